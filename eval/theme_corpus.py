"""A larger hand-labelled corpus of customer-interview statements for tuning and
evaluating theme clustering (sentence embeddings + clustering) on text alone.

Six domain sets, each of eight interviews. Every statement is kept with the
interviewer question it answers and is labelled with the theme it plants or ``None``.
Each set plants exactly three themes; a theme is raised in two to five interviews (at
most once per interview) and said in different words each time, so that clustering has
to match meaning rather than shared words. Each set also holds a near-miss pair
(``NEAR_MISS``): two themes a lazy embedding would merge (late delivery vs slow support,
bank fees vs wrong charges, ...), worded with some surface words in common ("slow",
"waiting", "days", "charge") so the test is real.

``None`` marks background (job, family, how they found the product), praise, one-off
opinions and feature wishes said only once, and outliers that borrow a theme's
vocabulary without being that complaint ("Delivery is on Tuesdays, which suits me
fine."). None statements never share a topic with one another within a set, so a
cluster made of them is a false theme.

``TUNING`` sets may be used to choose clustering settings; ``HELD_OUT`` sets must never
be tuned on and serve only to report how well those settings generalise. The split
puts one physical-goods/travel set, one consumer-digital set and one service set in
each half, and one reliability-vs-speed near miss in each.

Written for this project by hand; no external source, and under the repository's MIT
licence.
"""

from __future__ import annotations

Said = tuple[str, str | None, str]
"""(customer statement, planted theme label or None, the interviewer question it answers)"""

CORPORA: dict[str, dict[str, list[Said]]] = {
    # Subscription food delivery. Near miss: late_delivery vs support_slow.
    "meal_kits": {
        "mk1": [
            ("Honestly I'm a secondary school teacher, so weeknights are pretty hectic for us.", None,
             "Thanks for joining, tell me a bit about yourself."),
            ("The box showed up four days late, so half of that week's dinners were ruined.", "late_delivery",
             "Tell me about the last time your order arrived."),
            ("I emailed customer service about a refund and it took them eight days to reply.", "support_slow",
             "Have you ever needed help from the company?"),
            ("I'd really like more vegetarian curries on the menu.", None,
             "If you could change one thing about the menu, what would it be?"),
        ],
        "mk2": [
            ("Yeah, so I waited all week for my order and it finally came on Saturday night.", "late_delivery",
             "How has delivery been for you lately?"),
            ("The servings are tiny, my husband is still hungry after dinner.", "portions_small",
             "What do you think of the meals themselves?"),
            ("We live in a small flat near the station with two very nosy cats.", None,
             "Where do you usually cook?"),
        ],
        "mk3": [
            ("We signed up after a friend gave us a discount code at Christmas.", None,
             "How did you first hear about us?"),
            ("Waiting on the help chat is slow, I sat there forty minutes before anyone answered.", "support_slow",
             "What happened when you reported the missing sauce?"),
            ("Two-person meals barely feed one adult, to be honest.", "portions_small",
             "Is the food enough for your household?"),
            ("Delivery is on Tuesdays, which suits me fine.", None,
             "Which day do your boxes usually come?"),
        ],
        "mk4": [
            ("Shipping never comes when they say it will, the tracking date just keeps changing.", "late_delivery",
             "What's the most frustrating part of the service?"),
            ("When something goes wrong you message them and then hear nothing back for days.", "support_slow",
             "How do they handle problems?"),
            ("There's never quite enough chicken in the pack for what the recipe calls for.", "portions_small",
             "How do you find the ingredients?"),
            ("The recipe cards are beautiful, I actually keep them all in a folder.", None,
             "Is there anything you particularly like?"),
        ],
        "mk5": [
            ("My daughter is learning to cook with the kids' recipes, and she loves it.", None,
             "Who in the house does the cooking?"),
            ("Last month the courier turned up two days after the date in the app.", "late_delivery",
             "Walk me through your most recent delivery."),
            ("The portion of chilli sauce was perfect, not too spicy for the little ones.", None,
             "How was the last recipe you made?"),
        ],
        "mk6": [
            ("Their support team is painfully slow to get back to you, honestly.", "support_slow",
             "How would you rate the customer service?"),
            ("I end up cooking extra pasta on the side because the quantities are so stingy.", "portions_small",
             "Do you add anything to the meals yourself?"),
            ("The support person who helped me set up my allergy settings was lovely.", None,
             "Have you ever contacted the company?"),
        ],
        "mk7": [
            ("I paused the subscription over the summer while we were travelling.", None,
             "Have you ever taken a break from the service?"),
            ("Honestly, my food is hardly ever on the doorstep on the day they promise.", "late_delivery",
             "Does your order usually arrive when expected?"),
            ("I rang the helpline twice and both times I was on hold for ages.", "support_slow",
             "Did you manage to get the refund sorted?"),
            ("The family box they sell is really more like a box for three.", "portions_small",
             "How do you feel about the price for what you get?"),
            ("I've started taking photos of every dish for my Instagram.", None,
             "Do you share the meals with anyone?"),
        ],
        "mk8": [
            ("I mostly cook the recipes on Sundays and Wednesdays.", None,
             "When do you usually cook the meals?"),
            ("The recycling instructions on the packaging are actually really clear.", None,
             "What do you think about the packaging?"),
            ("The app makes choosing the week's meals really quick.", None,
             "How do you find the app?"),
        ],
    },
    # Consumer banking app. Near miss: fees_high vs wrong_charge.
    "banking_app": {
        "ba1": [
            ("I'm a freelance graphic designer, so money comes in at odd times.", None,
             "Thanks for joining, could you tell me a little about yourself?"),
            ("The monthly fee has crept up to twelve pounds, which feels steep for a basic account.", "fees_high",
             "How do you feel about what the account costs?"),
            ("I got charged twice for the same grocery shop and it took weeks to sort out.", "wrong_charge",
             "Have you ever had a problem with a payment?"),
        ],
        "ba2": [
            ("Honestly, sending money abroad costs me way more here than with other banks.", "fees_high",
             "Do you use the international transfers?"),
            ("Half the time the security code text never arrives, so I can't get in.", "login_trouble",
             "What's it like getting into the app?"),
            ("I switched over from my old bank about two years ago.", None,
             "How long have you banked with us?"),
            ("The savings pots feature is brilliant for putting money aside for holidays.", None,
             "Which features do you use most?"),
        ],
        "ba3": [
            ("There was a payment on my statement to a gym I've never even been a member of.", "wrong_charge",
             "Tell me about the last time you contacted support."),
            ("Face ID stopped working after the update and I keep getting locked out.", "login_trouble",
             "Has anything changed since the last update?"),
            ("The fee on my mortgage was explained really clearly by the advisor.", None,
             "How did the mortgage application go?"),
        ],
        "ba4": [
            ("It's expensive, every little thing like a replacement card comes with a charge.", "fees_high",
             "What do you think of the pricing?"),
            ("They took the account fee out two times in March, by mistake apparently.", "wrong_charge",
             "Is there anything on your statements that surprised you?"),
            ("I check my balance on the bus most mornings.", None,
             "When do you usually open the app?"),
            ("I'd love to be able to split bills with friends inside the app.", None,
             "What would you add if you could?"),
        ],
        "ba5": [
            ("My partner and I have a joint account with you as well.", None,
             "Who else in your household banks with us?"),
            ("I pay for the premium plan and I'm honestly not sure it's worth the money.", "fees_high",
             "Which plan are you on, and why?"),
            ("I had to reset my password three times this year just to sign in.", "login_trouble",
             "Any trouble with your password or security?"),
            ("A refund from a shop showed up as a debit instead of a credit, so my balance was off.", "wrong_charge",
             "Have your transactions always looked right?"),
        ],
        "ba6": [
            ("Logging in with my fingerprint is quick, I never even think about it.", None,
             "How do you usually log in?"),
            ("The cashback offers are mostly for shops I never go to.", None,
             "What do you think of the rewards?"),
            ("Spending categories are a bit hit and miss, my coffee sometimes counts as travel.", None,
             "Do you use the spending insights?"),
        ],
        "ba7": [
            ("Their overdraft interest is a rip-off compared to what my sister pays at her bank.", "fees_high",
             "Have you ever used the overdraft?"),
            ("The app billed me a currency conversion on a payment that was in pounds anyway.", "wrong_charge",
             "Tell me about a time something went wrong with a card payment."),
            ("Getting into my account on a new phone took a trip to the branch.", "login_trouble",
             "How was moving the app to your new phone?"),
            ("I found you through a comparison website.", None,
             "How did you choose this bank?"),
        ],
        "ba8": [
            ("I mostly use it for paying rent and the odd transfer to my mum.", None,
             "What do you mainly use the app for?"),
            ("My card payment at the petrol station showed up straight away, which I like.", None,
             "How quickly do payments appear for you?"),
            ("The dark mode is easy on the eyes late at night.", None,
             "Is there anything about the design you like?"),
        ],
    },
    # Healthcare appointment booking. Near miss: no_slots vs waiting_room.
    "clinic_booking": {
        "cb1": [
            ("I'm a nurse myself, so I know how stretched clinics are.", None,
             "Thanks for joining, could you tell me a bit about yourself?"),
            ("The earliest appointment they offered me was five weeks away.", "no_slots",
             "Tell me about the last time you tried to book."),
            ("Once I got there, I sat in the waiting room for over an hour past my time.", "waiting_room",
             "How did the visit itself go?"),
        ],
        "cb2": [
            ("Yeah, so you open the booking page and every day is greyed out for a month.", "no_slots",
             "What do you see when you go to book online?"),
            ("If I need to move an appointment the app won't let me, I have to phone.", "reschedule_hard",
             "What happens when your plans change?"),
            ("I book for my elderly dad as well as for myself.", None,
             "Who do you usually book appointments for?"),
            ("The reminder text the day before is really handy.", None,
             "Do you get reminders before appointments?"),
        ],
        "cb3": [
            ("They run late every single visit, I've learned to bring a book.", "waiting_room",
             "What's it like on the day of your appointment?"),
            ("Cancelling online just gives an error, so I ended up marked as a no-show.", "reschedule_hard",
             "Have you ever needed to cancel?"),
            ("I got a same-day appointment for my flu jab, which surprised me.", None,
             "Have you had any appointments recently?"),
        ],
        "cb4": [
            ("Getting in to see a doctor takes weeks, by then I've usually got better on my own.", "no_slots",
             "How easy is it to see someone when you're ill?"),
            ("My ten-thirty appointment actually started at quarter to twelve.", "waiting_room",
             "Was your last appointment on time?"),
            ("Changing the time of a booking means calling during office hours, which I can't do from work.",
             "reschedule_hard", "How do you change a booking?"),
            ("I'd like to see the doctor's name before I book.", None,
             "What would make booking easier?"),
        ],
        "cb5": [
            ("I'm a student, so I'm usually free during the day.", None,
             "To start, what does a normal week look like for you?"),
            ("I was waiting nearly a month just for a slot with the physio.", "no_slots",
             "Have you booked anything other than a GP visit?"),
            ("The receptionists are always friendly on the phone.", None,
             "How do you find the staff?"),
        ],
        "cb6": [
            ("You check in on time and then you're stuck in a plastic chair while they catch up.", "waiting_room",
             "Describe what happens after you arrive."),
            ("There's no button to rebook, you have to cancel and start again from scratch.", "reschedule_hard",
             "Talk me through rebooking an appointment."),
            ("The waiting room is bright and there's a water machine, which is nice.", None,
             "What do you think of the building?"),
            ("Parking near the surgery is impossible.", None,
             "How do you get to the clinic?"),
        ],
        "cb7": [
            ("There are never any openings with my own GP, her calendar is always full.", "no_slots",
             "Do you usually see the same doctor?"),
            ("Waiting forty-five minutes in reception with a sick toddler was awful.", "waiting_room",
             "Tell me about bringing your children in."),
            ("The video consultation worked fine when I had a rash.", None,
             "Have you tried the video appointments?"),
            ("Prescriptions go straight to my pharmacy now, that's great.", None,
             "What about repeat prescriptions?"),
        ],
        "cb8": [
            ("I usually book on my laptop rather than on my phone.", None,
             "Which device do you book on?"),
            ("I've been with this practice for about ten years now.", None,
             "How long have you been a patient here?"),
            ("The form asks for my insurance number every single time.", None,
             "Is there anything annoying about the booking form?"),
        ],
    },
    # Airline. Near miss: flight_delayed vs lost_luggage.
    "airline": {
        "al1": [
            ("I fly about twice a month for work, mostly to sales meetings.", None,
             "Thanks for joining, tell me a bit about how you travel."),
            ("Our flight to Lisbon left three hours late and nobody told us why.", "flight_delayed",
             "Tell me about your most recent trip with us."),
            ("My suitcase didn't turn up at the carousel and it took four days to find it.", "lost_luggage",
             "How did things go when you landed?"),
        ],
        "al2": [
            ("Honestly, I've never had one of their planes take off on schedule.", "flight_delayed",
             "How punctual have your flights been?"),
            ("The legroom is ridiculous, my knees were pressed into the seat in front.", "cramped_seats",
             "How comfortable was the flight?"),
            ("I always travel with hand luggage only, it's just easier.", None,
             "Do you usually check a bag?"),
        ],
        "al3": [
            ("They sent my bag to Frankfurt while I went to Madrid.", "lost_luggage",
             "Did anything go wrong on that trip?"),
            ("I'm six foot two and I can't sit comfortably on their planes for more than an hour.", "cramped_seats",
             "What's the cabin like for you?"),
            ("We usually fly to Spain to see my wife's family.", None,
             "Where do you tend to fly?"),
            ("Checking in online was simple, it took me two minutes.", None,
             "How was checking in?"),
        ],
        "al4": [
            ("We sat on the tarmac for ninety minutes before the pilot said we could go.", "flight_delayed",
             "What happened after you boarded?"),
            ("I waited at the belt for an hour and my case never came out.", "lost_luggage",
             "Walk me through arriving in Rome."),
            ("Rows are packed so tight you can't even open your laptop.", "cramped_seats",
             "Do you manage to work on board?"),
            ("I'd like to be able to choose my meal in advance in the app.", None,
             "What would you like to see in the app?"),
        ],
        "al5": [
            ("My flight last week landed twenty minutes early, which was a nice surprise.", None,
             "How was your flight last week?"),
            ("The departure board just kept pushing our time back all afternoon.", "flight_delayed",
             "What was the airport experience like?"),
            ("The cabin crew were lovely with my son, they gave him a colouring book.", None,
             "What did you think of the staff on board?"),
            ("I usually book through the website rather than the app.", None,
             "How do you normally book your tickets?"),
        ],
        "al6": [
            ("Two of our bags went missing on the way back and we're still chasing compensation.", "lost_luggage",
             "Is there anything still unresolved?"),
            ("On the long-haul the seat barely reclined and there was no room to stretch, so I couldn't sleep.",
             "cramped_seats", "How was the overnight flight?"),
            ("The lounge at Heathrow was so crowded we couldn't find a seat.", None,
             "Did you use the lounge?"),
            ("Their loyalty points expire too quickly to be useful.", None,
             "Are you in the frequent flyer programme?"),
        ],
        "al7": [
            ("I missed my connection in Amsterdam because the first leg was so far behind.", "flight_delayed",
             "Have you ever had trouble with a connecting flight?"),
            ("The baggage desk gave me a reference number, then I heard nothing about my luggage for a week.",
             "lost_luggage", "What did the airline do to help?"),
            ("I mostly choose them because they fly from my local airport.", None,
             "Why do you pick this airline?"),
        ],
        "al8": [
            ("Coffee on board is overpriced for what it is.", None,
             "What do you think of the food and drink?"),
            ("I've been flying with them since I was at university.", None,
             "How long have you flown with us?"),
            ("The safety video is actually quite funny, my kids love it.", None,
             "Anything memorable about the flights?"),
            ("The boarding passes on my phone sometimes don't scan at the gate.", None,
             "How do you find the mobile boarding pass?"),
        ],
    },
    # Home broadband. Near miss: connection_drops vs speed_slow.
    "home_internet": {
        "hi1": [
            ("I work from home three days a week, I'm an accountant.", None,
             "To start, could you tell me about yourself?"),
            ("The internet cuts out completely a few times every evening.", "connection_drops",
             "How reliable has the service been?"),
            ("I'm paying for five hundred megabits and the speed tests show about forty.", "speed_slow",
             "Are you getting the speeds you signed up for?"),
            ("The engineer who installed it was quick and tidy.", None,
             "How did the installation go?"),
        ],
        "hi2": [
            ("Yeah, so my video calls freeze, the router light goes red and everything's just gone.",
             "connection_drops", "What happens when you're on a work call?"),
            ("After the first year my bill jumped by fifteen pounds a month without any warning.", "price_hike",
             "Has your bill changed since you joined?"),
            ("We moved over from a cable provider when we bought the house.", None,
             "What were you using before us?"),
        ],
        "hi3": [
            ("Downloads crawl, a single game update takes the whole night.", "speed_slow",
             "How is the internet for gaming?"),
            ("The introductory deal ended and now I pay nearly double.", "price_hike",
             "How do you feel about the price?"),
            ("I'd love a package with a TV box included.", None,
             "Is there anything you wish the service offered?"),
            ("The price was the main reason I signed up in the first place.", None,
             "Why did you pick us originally?"),
        ],
        "hi4": [
            ("We lose the connection most nights and have to restart the box.", "connection_drops",
             "Walk me through a typical evening online."),
            ("Netflix buffers constantly in the evenings because the line is so sluggish.", "speed_slow",
             "What do you mostly use the internet for?"),
            ("They put prices up every April, above inflation, and call it an adjustment.", "price_hike",
             "What do you think of the yearly price changes?"),
            ("The router looks nice, it just sits on the bookshelf.", None,
             "What do you think of the equipment?"),
        ],
        "hi5": [
            ("My daughter streams on Twitch most evenings, she's quite serious about it.", None,
             "Who uses the internet at home?"),
            ("It's not slow exactly, it just disappears for ten minutes at a time.", "connection_drops",
             "Can you describe the problem in your own words?"),
            ("When there was an outage in our area they texted me updates, which was good.", None,
             "Has there been an outage that affected you?"),
            ("I'd rate the call centre staff pretty highly, they're patient.", None,
             "Have you spoken to anyone at the company?"),
        ],
        "hi6": [
            ("It's always connected, but honestly it's slow as treacle.", "speed_slow",
             "How would you describe the service to a friend?"),
            ("My monthly cost went from thirty to forty-five the moment the contract rolled over.", "price_hike",
             "What happened when your contract ended?"),
            ("The customer portal is confusing, I can never find anything in it.", None,
             "Have you used the online account?"),
        ],
        "hi7": [
            ("The Wi-Fi goes off randomly, once right in the middle of my son's online exam.", "connection_drops",
             "Has it ever caused you real trouble?"),
            ("Pages take ages to load even when nobody else is home.", "speed_slow",
             "Is it better at certain times of day?"),
            ("I got a free smart speaker when I joined, which was a nice touch.", None,
             "Did you get anything when you signed up?"),
        ],
        "hi8": [
            ("I'm retired, so I'm mostly online for email and the news.", None,
             "Tell me a little about yourself."),
            ("The speed upstairs is fine since they gave us a booster.", None,
             "How is the coverage around the house?"),
            ("The bill arrives as a PDF, which is easy to file away.", None,
             "How do you receive your bills?"),
        ],
    },
    # B2B project management SaaS. Near miss: app_crashes vs app_slow.
    "project_software": {
        "ps1": [
            ("I'm head of operations at a logistics firm with about two hundred staff.", None,
             "Thanks for joining, tell me about your role and company."),
            ("The desktop app crashes whenever I drag a task onto another board.", "app_crashes",
             "What problems do you run into day to day?"),
            ("The board takes ages to load once a project has more than a few hundred tasks.", "app_slow",
             "How does it cope with your bigger projects?"),
            ("I get an email for every tiny change, my inbox is drowning.", "notification_noise",
             "How do you keep up with updates from your team?"),
        ],
        "ps2": [
            ("Twice this week it just closed on me and I lost the comment I was writing.", "app_crashes",
             "Has the app ever lost any of your work?"),
            ("Everything's sluggish, even ticking a checkbox has a little lag.", "app_slow",
             "How does the app feel to use?"),
            ("The keyboard shortcuts save me loads of time.", None,
             "Any features you rely on?"),
            ("I'd love a proper integration with our accounting software.", None,
             "What's missing for you?"),
        ],
        "ps3": [
            ("Honestly, the mobile version freezes and quits if you open a big attachment.", "app_crashes",
             "Do you use it on your phone?"),
            ("The pings never stop, so my team muted the app and now they miss real updates.", "notification_noise",
             "How does your team use notifications?"),
            ("Our last tool crashed constantly, that's honestly why we switched.", None,
             "Why did you move to us?"),
            ("The timeline view is great for showing directors where we are.", None,
             "Which views do you use most?"),
        ],
        "ps4": [
            ("Searching is so slow that I just scroll through the list instead.", "app_slow",
             "How do you find things in the tool?"),
            ("We get a white screen and an error message at least once a day.", "app_crashes",
             "How stable is the product for you?"),
            ("Our team is split between Leeds and Warsaw.", None,
             "Where is your team based?"),
            ("I'd rate their support team highly, they answer within the hour.", None,
             "Have you dealt with customer support?"),
        ],
        "ps5": [
            ("Switching between projects, you're staring at a spinner for ten seconds.", "app_slow",
             "Talk me through your morning routine in the tool."),
            ("There are so many alerts that the important ones get buried.", "notification_noise",
             "Do you ever miss anything important?"),
            ("Pricing per seat was fine for our budget.", None,
             "How did the pricing work out?"),
        ],
        "ps6": [
            ("Whenever I export a Gantt chart the whole thing falls over.", "app_crashes",
             "Do you use the export features?"),
            ("It doesn't crash or anything, it's just really slow first thing in the morning.", "app_slow",
             "Is performance a problem?"),
            ("The weekly summary email is actually useful for catching up.", None,
             "Do you read the weekly summary?"),
            ("The onboarding sessions with their trainer were really good.", None,
             "How was getting started?"),
        ],
        "ps7": [
            ("I turned notifications off because one project sent me forty a day.", "notification_noise",
             "Have you changed your notification settings?"),
            ("The new loading animation is kind of cute, to be fair.", None,
             "What do you think of the redesign?"),
            ("Permissions are a bit confusing for our guest users.", None,
             "Do you invite clients into the tool?"),
        ],
        "ps8": [
            ("I've got a background in civil engineering, so I love a good Gantt chart.", None,
             "How did you get into project management?"),
            ("I mainly use it to track client deliverables and deadlines.", None,
             "What do you use the tool for mostly?"),
            ("Their status page is honest when there's an outage, which I appreciate.", None,
             "How do they communicate about incidents?"),
        ],
    },
}

NEAR_MISS: dict[str, tuple[str, str]] = {
    "meal_kits": ("late_delivery", "support_slow"),
    "banking_app": ("fees_high", "wrong_charge"),
    "clinic_booking": ("no_slots", "waiting_room"),
    "airline": ("flight_delayed", "lost_luggage"),
    "home_internet": ("connection_drops", "speed_slow"),
    "project_software": ("app_crashes", "app_slow"),
}
"""Set name -> the two planted themes a lazy embedding would merge."""

TUNING: tuple[str, ...] = ("meal_kits", "home_internet", "clinic_booking")
HELD_OUT: tuple[str, ...] = ("airline", "banking_app", "project_software")


def planted(name: str) -> dict[str, set[str]]:
    """Theme -> interviews it is planted in."""
    out: dict[str, set[str]] = {}
    for interview, statements in CORPORA[name].items():
        for _, theme, _ in statements:
            if theme:
                out.setdefault(theme, set()).add(interview)
    return out


def summary() -> str:
    """One line per set (interviews, statements, themes, outliers), then the totals."""
    lines = []
    totals = [0, 0, 0, 0]
    for name, interviews in CORPORA.items():
        said = [s for statements in interviews.values() for s in statements]
        counts = [len(interviews), len(said), len(planted(name)), sum(1 for s in said if s[1] is None)]
        totals = [t + c for t, c in zip(totals, counts)]
        split = "tuning" if name in TUNING else "held-out"
        lines.append(f"{name} ({split}): {counts[0]} interviews, {counts[1]} statements, "
                     f"{counts[2]} themes, {counts[3]} outliers")
    lines.append(f"total: {totals[0]} interviews, {totals[1]} statements, {totals[2]} themes, "
                 f"{totals[3]} outliers ({totals[3] / totals[1]:.0%})")
    return "\n".join(lines)
