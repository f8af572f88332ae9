"""Rich scripted interviews with planted themes, for tuning and testing theme clustering on
interviews that look like real ones (``python -m eval.themes --rich``).

Six domain sets of seven interviews each. Every interview opens with a pleasantry and then
holds exactly six customer answers that are not pleasantries: one or two background answers
(who they are, their business, how long and how often they use the product), in three or four
interviews of each set a contact answer (a phone number or an email address, spoken), answers
that raise a planted theme, follow-up answers that elaborate a theme just raised (kind
``"elaboration"``, same label), and one-off opinions, praise and wishes said only once in the
set. Some interviews end with a closing pleasantry.

This is the case where clustering failed before: every answer, background and one-offs
included, is soaked in the domain's everyday words ("invoice", "gym", "desk", "rental car",
"lesson", "vet"), so shared words cannot tell the themes apart, and pleasantries and contact
details must not come out as themes of their own.

Each set plants exactly three themes: two pain points and either a feature request
(invoicing, coworking, language app) or a praise (gym, car rental, vet clinic). A theme is
first raised in three to five interviews (at most once per interview, plus elaborations) and
said in different words each time. The two pain points of each set are a near miss
(``NEAR_MISS``): two genuinely different topics a lazy embedding would merge (payments showing
late as paid vs a slow app; a crowded gym floor vs booked-out classes; no free desks vs no
free meeting rooms; surprise charges vs a slow deposit refund; the app mishearing my
pronunciation vs recorded voices that talk too fast; no free slots online vs booking
messages that never arrive). Labels are ``None`` for pleasantries, background, contact
details and one-offs; no two ``None`` answers of a set share a topic with each other or with
a planted theme, so a cluster made of them is a false theme.

``TUNING`` sets may be used to choose clustering settings; ``HELD_OUT`` sets must never be
tuned on and serve only to report how well those settings generalise. ``scripts`` gives the
spoken lines in order for rendering with espeak-ng (plain words: no brand names, no
acronyms, numbers and email addresses written as spoken). ``check`` lists structural
problems (an empty list when the sets are consistent).

Written for this project by hand; no external source, and under the repository's MIT
licence.
"""

from __future__ import annotations

import re

Exchange = tuple[str, str, str | None, str]
"""(interviewer question, customer answer, planted theme label or None, kind)"""

KINDS = ("pleasantry", "background", "contact", "pain", "praise", "request", "elaboration", "other")

CORPORA: dict[str, dict[str, list[Exchange]]] = {
    # Small businesses sending invoices with an app.
    # Themes: payment_status_lag (pain), slow_loading (pain), recurring_invoices (request).
    "invoicing_app": {
        "inv1": [
            ("Hi Maria, thanks so much for making time for this today.",
             "Happy to help, thanks for having me.", None, "pleasantry"),
            ("Could you start by telling me a little about your business?",
             "Sure. We are a flower shop and we send about forty invoices every week, mostly to hotels and "
             "restaurants, all from the app.", None, "background"),
            ("Tell me about the last time a client paid one of your invoices.",
             "Honestly, the client paid me on Monday, but the invoice still said unpaid in the app until "
             "Thursday.", "payment_status_lag", "pain"),
            ("What happened then?",
             "Yeah, so I sent the hotel a reminder about money they had already paid, and the manager was "
             "quite annoyed with me.", "payment_status_lag", "elaboration"),
            ("How does the app feel day to day when you're working with invoices?",
             "It's sluggish. Every time I tap on the invoice list, the app hangs for a good while before "
             "anything shows up.", "slow_loading", "pain"),
            ("Is there anything you particularly like about the invoices themselves?",
             "I like that the invoices have our logo and our colours on them, they look really professional "
             "to clients.", None, "praise"),
            ("Can we follow up with you later?",
             "Sure, my phone number is oh seven seven, four five one, two two nine.", None, "contact"),
            ("That's all from me, thank you Maria.",
             "No problem, good luck with the project.", None, "pleasantry"),
        ],
        "inv2": [
            ("Hello Tom, thank you for joining the call.",
             "Thanks for inviting me, glad to be here.", None, "pleasantry"),
            ("What do you do for work?",
             "I'm a freelance wedding photographer, and every invoice I send to my couples goes out through "
             "the app.", None, "background"),
            ("How long have you been invoicing that way?",
             "About two years now. Before the app I wrote my invoices by hand in a paper notebook, "
             "believe it or not.", None, "background"),
            ("If you could add one thing to the app, what would it be?",
             "Could it repeat an invoice on a schedule? Two studios pay me a monthly fee, and I type out the "
             "identical invoice for them every time.", "recurring_invoices", "request"),
            ("How do you feel about what you pay for it?",
             "The monthly price of the invoicing app went up last spring, which stung a little for a one "
             "person business.", None, "pain"),
            ("Tell me about the last time you looked up an old invoice.",
             "Last week a client asked about an invoice from March, and just pulling it up took almost "
             "half a minute on my phone.", "slow_loading", "pain"),
            ("Do you work with any clients abroad?",
             "A few, and I'd like to write invoices in French for the ones in Belgium, the app only does "
             "English.", None, "request"),
            ("Thanks Tom, that's been really useful.",
             "You're welcome, take care.", None, "pleasantry"),
        ],
        "inv3": [
            ("Good morning Anna, thanks for talking to us.",
             "Good morning, it's my pleasure.", None, "pleasantry"),
            ("Tell me about your company.",
             "We're a cleaning company with six regular office clients, and I do all the invoicing in the "
             "app myself.", None, "background"),
            ("How do you keep track of who has paid?",
             "I check the app, but the status lags days behind. My invoices show money owing that clients "
             "cleared last week.", "payment_status_lag", "pain"),
            ("Have you tried the receipt photo feature?",
             "I tried snapping receipts into the app once, but honestly I keep them in a shoebox and sort "
             "them out with the invoices at the end of the year.", None, "other"),
            ("What would make invoicing quicker for you?",
             "What I really want is a monthly invoice that mails itself out to my regular clients, "
             "without me lifting a finger.", "recurring_invoices", "request"),
            ("Can you tell me more about that?",
             "Yeah, so the six office contracts are the same price every month, and I copy each invoice by "
             "hand, change the date and press send.", "recurring_invoices", "elaboration"),
            ("What's the best way to reach you if we have more questions?",
             "You can email me at anna dot berg at gmail dot com.", None, "contact"),
        ],
        "inv4": [
            ("Hi Sam, thanks for taking the time.",
             "Sure thing, happy to do it.", None, "pleasantry"),
            ("Could you introduce yourself and your business?",
             "I run a small plumbing business with three vans, and I write the invoices in the app at the "
             "end of each job.", None, "background"),
            ("What's the most frustrating part of using the app?",
             "Honestly, it just crawls. I'm standing in a customer's kitchen waiting for the invoice "
             "screen to open, and it takes forever.", "slow_loading", "pain"),
            ("Is there something you'd like to add to your invoices?",
             "I'd like to attach photos of the finished job to an invoice, so the customer sees the new "
             "boiler or the fixed pipe.", None, "request"),
            ("How did you first set things up?",
             "Moving my customer list from my old spreadsheet into the invoicing app was quick and "
             "painless, it took ten minutes.", None, "praise"),
            ("When a customer pays by bank transfer, what do you see in the app?",
             "The money lands in my bank account straight away, but the app only ticks the invoice off "
             "three or four days later.", "payment_status_lag", "pain"),
            ("Anything else that bothers you?",
             "My business partner and I can't both be logged in to the invoicing app at the same time, which "
             "is awkward.", None, "pain"),
            ("Great, thanks Sam, that's really helpful.",
             "Anytime, cheers.", None, "pleasantry"),
        ],
        "inv5": [
            ("Hello Lisa, thanks for joining us today.",
             "Hi, thanks for having me, it's nice to chat.", None, "pleasantry"),
            ("What kind of work do you do?",
             "I'm an electrician. I went self employed eighteen months ago and I've sent my invoices with "
             "the app from day one.", None, "background"),
            ("How often do you open the app?",
             "Mostly on Monday mornings, when I send the invoices for all of last week's jobs in one go.",
             None, "background"),
            ("Imagine you got a free afternoon back every month. What would the app have to do?",
             "Bill my maintenance customers without me. If an invoice could go out on the first of each "
             "month automatically, that would save me hours.", "recurring_invoices", "request"),
            ("Have you ever contacted support?",
             "Once, about an invoice I'd sent to the wrong address, and the support team answered my email "
             "the same afternoon.", None, "praise"),
            ("How do you manage the end of the year?",
             "The yearly report of all my invoices made my tax return much easier this spring, it was all in "
             "one place.", None, "praise"),
            ("If we build something new, could we call you to try it?",
             "Yeah, call me on my mobile, it's oh seven nine one, three three eight, six four zero.",
             None, "contact"),
        ],
        "inv6": [
            ("Hi Rosa, thank you for speaking with me.",
             "My pleasure, thanks for asking me.", None, "pleasantry"),
            ("Tell me a bit about yourself.",
             "I do the books for my husband's bakery, so I send invoices to the cafes and restaurants we "
             "deliver bread to.", None, "background"),
            ("How do you know when a cafe has paid?",
             "That's the problem. The app takes ages to mark an invoice as settled, so for days it tells "
             "me a cafe owes us when they don't.", "payment_status_lag", "pain"),
            ("Do you ever change prices for particular customers?",
             "Yes, giving our oldest cafe ten percent off each invoice is simple, I just type in the number "
             "and it does the rest.", None, "praise"),
            ("And how quick is the app when you search for something?",
             "Searching through last year's invoices is painfully slow, the screen stays blank for ages "
             "before the results come up.", "slow_loading", "pain"),
            ("What do you do while you wait?",
             "I mean, I make a coffee. It's silly, but finding one old invoice for the bakery can eat ten "
             "minutes of my morning.", "slow_loading", "elaboration"),
            ("Is there any other device you'd like to use it on?",
             "I'd like the app to work on my tablet as well, the phone screen is tiny for writing long "
             "invoices.", None, "request"),
        ],
        "inv7": [
            ("Thanks for coming in today, Paul.",
             "No problem at all, happy to help.", None, "pleasantry"),
            ("What does your business do?",
             "We're a design studio of five people, and we send maybe ten invoices a month to our clients.",
             None, "background"),
            ("How did you come to use this app?",
             "Before this we made invoices in a word processor. A friend who runs a cafe showed me her "
             "invoicing app, so we tried it.", None, "background"),
            ("Which part of invoicing takes most of your time?",
             "The repeat work. Three clients pay us a fixed fee, and I wish I could set up their invoice "
             "once and let the app resend it monthly.", "recurring_invoices", "request"),
            ("How did the new year go in the app?",
             "The invoice numbers restarted at one in January, and our accountant was not happy about the "
             "duplicate numbers.", None, "pain"),
            ("When do you usually do your invoicing?",
             "Late at night, mostly, so I'd love a dark screen option in the app, the white invoices are "
             "blinding after ten.", None, "request"),
            ("Would you be open to a follow-up chat in a few weeks?",
             "Of course. Email is easiest, it's paul at studio north dot com.", None, "contact"),
            ("Wonderful, thank you Paul.",
             "Thank you, bye for now.", None, "pleasantry"),
        ],
    },
    # A chain of fitness clubs and its app.
    # Themes: floor_crowded (pain), classes_booked_out (pain), helpful_trainers (praise).
    "gym_membership": {
        "gym1": [
            ("Hi James, thanks for coming in to chat.",
             "No worries, happy to help out.", None, "pleasantry"),
            ("To start, tell me a bit about how you use the gym.",
             "I've been a member of the gym for three years, I go to the club near my office four times a "
             "week.", None, "background"),
            ("What do you usually do there?",
             "Mostly weights, and a bit of rowing to warm up. My gym routine is pretty fixed by now.",
             None, "background"),
            ("When do you usually train, and how is it then?",
             "Straight after work, and the gym is packed. I queue for every machine and sometimes just "
             "give up and go home.", "floor_crowded", "pain"),
            ("What about the changing rooms?",
             "The showers in the changing room at my club are often cold by the evening, which is miserable "
             "after a workout.", None, "pain"),
            ("Who do you deal with most at the club?",
             "The trainers, and they're brilliant. They come over and fix my form on the deadlift without me "
             "even asking.", "helpful_trainers", "praise"),
            ("Anything about the atmosphere you'd change?",
             "The music on the gym floor is far too loud, honestly, I wear earplugs under my headphones.",
             None, "pain"),
            ("Great, thanks James.",
             "Cheers, see you around.", None, "pleasantry"),
        ],
        "gym2": [
            ("Hello Emma, thank you for joining us.",
             "Thanks, it's nice to be asked.", None, "pleasantry"),
            ("How long have you been with the gym?",
             "I joined the gym chain last January as a new year's resolution, and to my own surprise I've "
             "kept going.", None, "background"),
            ("Tell me about the last time you tried to book a class.",
             "I tried to reserve a yoga class in the gym app on Sunday, and it was sold out again, so I'm "
             "stuck on the waiting list.", "classes_booked_out", "pain"),
            ("What happened then?",
             "Yeah, so class bookings open at seven in the morning, and by five past seven every place at "
             "the club is gone, even with my phone ready.", "classes_booked_out", "elaboration"),
            ("If you could change one thing about your club, what would it be?",
             "I'd love a sauna at my club. The bigger gyms in the chain have one and we don't.", None, "request"),
            ("And when you train on your own, how is it?",
             "Between five and seven the weights area is rammed, you wait ten minutes just to get a bench at "
             "the club.", "floor_crowded", "pain"),
            ("Can we follow up with you later?",
             "Sure, email is best, it's emma dot wood at gmail dot com.", None, "contact"),
        ],
        "gym3": [
            ("Good morning Dan, thanks for making the time.",
             "Morning, no problem at all.", None, "pleasantry"),
            ("Could you tell me a little about yourself?",
             "I'm retired, so I go to the club every weekday morning for a swim and a gentle session in the "
             "gym.", None, "background"),
            ("What do you think of the people who work at the gym?",
             "The instructors at the club really know their stuff, and they're so patient with a slow old "
             "beginner in the gym like me.", "helpful_trainers", "praise"),
            ("How do you get to the club?",
             "I drive. Parking at the club is free for members, which honestly is half the reason I picked "
             "that gym.", None, "praise"),
            ("Is everything in the gym working as it should?",
             "The water fountain near the weights has been broken for weeks, so I buy bottled water at the "
             "desk.", None, "pain"),
            ("Do you go to any of the group classes?",
             "I'd like to, but getting into a class is a lottery, the timetable in the app shows them fully "
             "booked days ahead.", "classes_booked_out", "pain"),
            ("Is there anything you'd like that other gyms offer?",
             "I wish I could bring my grandson along for free now and then, other gyms give their members a "
             "guest pass.", None, "request"),
        ],
        "gym4": [
            ("Hi Sara, thanks for talking with us today.",
             "Of course, thanks for having me.", None, "pleasantry"),
            ("What do you do for a living?",
             "I'm a nurse, so I work shifts and fit my gym sessions around my hours at the hospital.",
             None, "background"),
            ("How did you choose this gym?",
             "I picked the club because it's right on my bus route home, and the gym looked bright and modern.",
             None, "background"),
            ("Tell me about a typical visit.",
             "At lunchtime there are so many members in the gym that I can't get through my workout in the "
             "time I have.", "floor_crowded", "pain"),
            ("Can you tell me more about that?",
             "Last Tuesday I stood by the squat rack for twenty minutes, then gave up and did push ups in a "
             "corner of the gym.", "floor_crowded", "elaboration"),
            ("Have you ever paused your membership?",
             "When I froze my membership for a month, I had to go into the club and fill in a paper form. "
             "Very old fashioned.", None, "pain"),
            ("If we have more questions, how can we reach you?",
             "You can text me on oh seven eight two, five five zero, one nine three.", None, "contact"),
        ],
        "gym5": [
            ("Hello Mark, thanks for joining the call.",
             "Hi, glad I could make it.", None, "pleasantry"),
            ("How do you use your membership?",
             "I mostly use the gym for classes, three or four a week, and the gym app to book them.",
             None, "background"),
            ("How easy is it to get a place?",
             "Not easy. Every spin class fills up within minutes of going live in the app, I've only got in "
             "twice this year.", "classes_booked_out", "pain"),
            ("Which parts of the app do you like?",
             "I like the workout log in the gym app, I can see every session I've done since I joined.",
             None, "praise"),
            ("How has the gym helped you with your goals?",
             "The staff on the gym floor are lovely. One coach wrote me a whole plan to strengthen my bad "
             "knee.", "helpful_trainers", "praise"),
            ("How do you feel about the cost?",
             "The monthly membership fee went up twice this year, and nobody at the club explained why.",
             None, "pain"),
            ("Anything small that annoys you?",
             "The lockers take a coin, and I never have any coins on me when I arrive at the gym.",
             None, "pain"),
            ("Thanks Mark, really appreciate it.",
             "No problem, have a good day.", None, "pleasantry"),
        ],
        "gym6": [
            ("Hi Lucy, thanks for taking part.",
             "Happy to, it's a nice break from work.", None, "pleasantry"),
            ("How long have you been a member?",
             "About eight years. I've trained at this club since the day it opened, so I know the gym inside "
             "out.", None, "background"),
            ("How does the gym feel in the evenings now?",
             "Honestly, the club is just too busy after six, all the treadmills are taken and people hover "
             "behind you waiting their turn.", "floor_crowded", "pain"),
            ("How do you get into the club?",
             "I use the code on my phone at the door, so I don't need to carry a membership card anymore. "
             "Very handy.", None, "praise"),
            ("Do you do any group sessions?",
             "I'd love to do the boxing classes, but the spots vanish from the booking screen almost "
             "instantly. There's never one left.", "classes_booked_out", "pain"),
            ("What would make the gym fit your life better?",
             "A place to leave my kids while I train would make the gym so much easier as a single mum.",
             None, "request"),
            ("Is it alright if we get in touch again?",
             "Sure, just give me a ring, my number is oh seven four four, six one two, eight eight seven.",
             None, "contact"),
        ],
        "gym7": [
            ("Thanks for coming, Tom. How are you?",
             "Good thanks, happy to be here.", None, "pleasantry"),
            ("Tell me about yourself.",
             "I'm a student, I have the cheaper gym membership and go to the club next to the university "
             "most days.", None, "background"),
            ("What's the best thing about your club?",
             "The coaching team, easily. They remember my name and always check how my training is going.",
             "helpful_trainers", "praise"),
            ("Can you give me an example?",
             "When I hurt my back, a trainer spent half an hour showing me gentle stretches at the gym, "
             "and she didn't charge me anything.", "helpful_trainers", "elaboration"),
            ("What do you think of how the club is kept?",
             "It's spotless. They wipe down the machines every hour, which you don't see at every gym.",
             None, "praise"),
            ("Is there a time you avoid going?",
             "Monday evenings. There's no room to move on the gym floor, it's shoulder to shoulder around "
             "the free weights.", "floor_crowded", "pain"),
            ("If the chain could do one new thing, what would it be?",
             "Open a club on the north side of town. That's where I live, and I'd switch to that gym in a "
             "heartbeat.", None, "request"),
        ],
    },
    # Desks and meeting rooms rented by freelancers and startups.
    # Themes: no_free_desks (pain), meeting_rooms_taken (pain), longer_opening_hours (request).
    "coworking_space": {
        "cow1": [
            ("Hi Lena, thanks for making the time today.",
             "Happy to help, thanks for having me.", None, "pleasantry"),
            ("Could you tell me about your work and how you use the space?",
             "I'm a freelance web designer, and I've rented a hot desk at the coworking space for about a "
             "year now.", None, "background"),
            ("What's one thing you would change about the space?",
             "I'd really like the space to stay open later. It shuts at seven, and that's exactly when I "
             "do my best work.", "longer_opening_hours", "request"),
            ("What do you think of the kitchen and the coffee?",
             "The free coffee in the kitchen at the space is genuinely good, better than most cafes round "
             "here, and I drink a lot of it.", None, "praise"),
            ("Tell me about a normal morning when you arrive.",
             "If I get to the space after nine, every hot desk is taken and I end up working on the sofa "
             "by the door.", "no_free_desks", "pain"),
            ("How does the space feel to work in?",
             "It's bright and full of plants, honestly the coworking space just feels nice to walk into.",
             None, "praise"),
            ("Can we follow up with you later?",
             "Sure, email me at lena at lena designs dot com, that's the quickest.", None, "contact"),
            ("Brilliant, thank you Lena.",
             "No problem, good luck with it.", None, "pleasantry"),
        ],
        "cow2": [
            ("Hello Chris, thanks for joining us.",
             "Thanks for inviting me, glad to help.", None, "pleasantry"),
            ("Tell me about your company.",
             "We're a startup of four people. We have a fixed desk membership at the coworking space and "
             "share one long table.", None, "background"),
            ("How did you end up here?",
             "A friend who has a desk in the space recommended it, and we signed up the same week we left "
             "our old office.", None, "background"),
            ("Tell me about the last time you needed a meeting room.",
             "I tried to reserve one for a client pitch, and the rooms were booked solid. The next free slot "
             "was Thursday.", "meeting_rooms_taken", "pain"),
            ("Why do you think that happens?",
             "Yeah, so one company books the big room every morning for a quick catch up and barely uses it, "
             "and nobody else can get in.", "meeting_rooms_taken", "elaboration"),
            ("How reliable is the internet?",
             "The internet connection in the space cuts out a few times a day, which is awful in the "
             "middle of a video call.", None, "pain"),
            ("Do you use any of the extra services?",
             "They accept parcels for members at the front desk, which is really useful for a small company "
             "like ours.", None, "praise"),
        ],
        "cow3": [
            ("Good morning Nina, thank you for coming.",
             "Morning, my pleasure.", None, "pleasantry"),
            ("What kind of work do you do?",
             "I'm a writer. I mostly need a quiet desk and a good chair, so I pay for the part time plan "
             "at the space.", None, "background"),
            ("How often are you in?",
             "Three days a week at the space, usually Monday to Wednesday. The other days I write at home "
             "at my kitchen table.", None, "background"),
            ("How easy is it to find somewhere to sit?",
             "Honestly, there are more members than desks. Most mornings I walk round the whole floor twice "
             "looking for a free seat.", "no_free_desks", "pain"),
            ("How comfortable is the space?",
             "It's freezing in winter, I've worked in my coat at my desk some mornings because the "
             "heating is so weak.", None, "pain"),
            ("Imagine you could change the rules of the membership. What would you change?",
             "Weekend access. On Saturdays the building is locked, so I'm stuck at home when I'd rather be "
             "writing at the space.", "longer_opening_hours", "request"),
            ("Do you use the printer?",
             "I've given up. The printer at the space is always jammed or out of paper, so I print at the "
             "library.", None, "pain"),
        ],
        "cow4": [
            ("Hi Jack, thanks for taking the time.",
             "No problem, happy to do it.", None, "pleasantry"),
            ("How long have you been a member?",
             "About six months. I moved to the coworking space from a traditional office when I went "
             "freelance as an accountant.", None, "background"),
            ("When you meet clients, where do you meet them?",
             "Often in the kitchen area, because every bookable room in the space was already reserved by "
             "the time I looked.", "meeting_rooms_taken", "pain"),
            ("Do you go to any of the member events?",
             "I love the Friday drinks, I've made real friends among the other members of the space that way.",
             None, "praise"),
            ("What about the open area where people work?",
             "I mean, the flexible desk plan is a gamble. Some days there's nowhere to sit and I go home to "
             "work from my kitchen.", "no_free_desks", "pain"),
            ("What happened the last time?",
             "Last Monday I carried my laptop around every floor of the space, then gave up and worked "
             "from the cafe downstairs all day.", "no_free_desks", "elaboration"),
            ("What's the best way to reach you?",
             "You can find me at the space most days, or call oh seven nine five, eight zero zero, three one "
             "two.", None, "contact"),
        ],
        "cow5": [
            ("Hello Kate, thanks for speaking with me.",
             "Thanks, it's a pleasure.", None, "pleasantry"),
            ("Tell me about your organisation.",
             "We're a small charity, and we rent two desks in the coworking space for our team of two.",
             None, "background"),
            ("And what do you do yourself?",
             "I run our fundraising, so I'm in the space most days, on the phone with donors or writing "
             "grant applications at my desk.", None, "background"),
            ("When do you find the space doesn't work for you?",
             "Early mornings. If the doors opened at six instead of eight, I could get two hours in at the "
             "space before the school run.", "longer_opening_hours", "request"),
            ("Anything unusual about the place?",
             "Some members bring their dogs in, which I love, though the space does get a bit chaotic around "
             "lunchtime.", None, "other"),
            ("How do you handle meetings with donors?",
             "Honestly the small conference room is always spoken for, so I plan my meetings around the odd "
             "hour when it happens to be free.", "meeting_rooms_taken", "pain"),
            ("Is there anything missing from the building?",
             "A shower would be nice. I run to the space in the mornings and arrive at my desk a sweaty mess.",
             None, "request"),
            ("Thank you Kate, that's everything.",
             "Great, thanks for listening.", None, "pleasantry"),
        ],
        "cow6": [
            ("Hi Leo, thanks for joining.",
             "Hey, thanks for having me.", None, "pleasantry"),
            ("What does your company do?",
             "We're a video production company of three, and we've been members of the coworking space "
             "since it opened two years ago.", None, "background"),
            ("How do you use the space day to day?",
             "We edit on our laptops at the shared tables in the space, and now and then we film "
             "interviews in a quiet corner.", None, "background"),
            ("What's the hardest part of working there?",
             "By half past eight the open area is full, not a single empty desk left for latecomers like me.",
             "no_free_desks", "pain"),
            ("What do you think of the members' app?",
             "The app for checking in at the space is clunky, I have to log in again every single time I "
             "arrive.", None, "pain"),
            ("Is it good value?",
             "For what we get, the monthly membership price is fair, the space costs us less than our old "
             "studio did.", None, "praise"),
            ("Would you be up for a follow-up chat?",
             "Sure, drop me a line at leo dot evans at gmail dot com.", None, "contact"),
        ],
        "cow7": [
            ("Thanks for coming in, Ruth.",
             "Happy to, I was in the building anyway.", None, "pleasantry"),
            ("Tell me a bit about yourself.",
             "I'm a translator and I mostly work alone, so for me the coworking space is really about having "
             "people around.", None, "background"),
            ("Have you had trouble getting a meeting room?",
             "All the time. Getting a room for a call with a client is nearly impossible, the same few "
             "companies block them all week.", "meeting_rooms_taken", "pain"),
            ("Do you use the business address service?",
             "Yes, I use the space's address on my website and my letters, it looks more serious than my "
             "flat.", None, "other"),
            ("If you could have one new thing from the space, what would it be?",
             "Could members get a key for the evenings? Closing at six is early for freelancers, we don't "
             "keep office hours.", "longer_opening_hours", "request"),
            ("How quiet is it?",
             "People take loud phone calls at their desks, and it's hard to concentrate in the open area of "
             "the space.", None, "pain"),
            ("Can we contact you again if we have questions?",
             "Of course, my mobile is oh seven seven zero, two one four, five five six.", None, "contact"),
        ],
    },
    # Renting cars from branches at airports, stations and town centres.
    # Themes: surprise_charges (pain), deposit_refund_slow (pain), cars_clean_new (praise).
    "car_rental": {
        "car1": [
            ("Hi David, thanks for taking the time to talk.",
             "Happy to help, thanks for asking me.", None, "pleasantry"),
            ("Tell me a bit about how you use car rental.",
             "I travel for work about twice a month, and I rent a car from the airport branch nearly every "
             "time.", None, "background"),
            ("Tell me about the last time you returned a car.",
             "When I brought the car back they added a fuel fee I'd never heard of, even though I filled the "
             "tank myself.", "surprise_charges", "pain"),
            ("How was picking the car up?",
             "Slow. The queue at the rental desk at the airport was an hour long, with only one person "
             "working.", None, "pain"),
            ("What did you think of the car itself?",
             "Spotless and almost brand new. The rental car last month had barely a thousand miles on the "
             "clock.", "cars_clean_new", "praise"),
            ("Is there anything you'd like as a regular customer?",
             "I wish frequent renters earned points or a free day now and then, I rent a car so often.",
             None, "request"),
            ("Can we follow up with you later?",
             "Sure, my number is oh seven one two, nine nine four, three zero six.", None, "contact"),
        ],
        "car2": [
            ("Hello Claire, thank you for joining.",
             "Thanks for having me, it's no trouble.", None, "pleasantry"),
            ("Could you introduce yourself?",
             "We're a family of five, so every summer we rent a big car for our holiday by the sea.",
             None, "background"),
            ("How do you usually book?",
             "I book the car on the website a week or two before, then collect it at the rental branch by "
             "the station.", None, "background"),
            ("What happened with the payment side of the rental?",
             "The deposit they held on my card took nearly three weeks to come back after we returned the "
             "car.", "deposit_refund_slow", "pain"),
            ("How did that affect you?",
             "That was five hundred pounds we needed for school uniforms, and it just sat there frozen long "
             "after the rental was over.", "deposit_refund_slow", "elaboration"),
            ("Anything about travelling with the kids?",
             "I'd like to reserve a child seat when I book the car, last time the branch had run out.",
             None, "request"),
            ("Have you tried dropping a car at a different branch?",
             "Yes, being able to leave the rental car in another city was brilliant for our road trip last "
             "year.", None, "praise"),
            ("Thanks Claire, that's really helpful.",
             "You're welcome, bye.", None, "pleasantry"),
        ],
        "car3": [
            ("Good morning Peter, thanks for coming in.",
             "Morning, glad to help.", None, "pleasantry"),
            ("What do you do, and how do you use rental cars?",
             "I'm a sales rep. I drive between customers all week, always in a rental car, because the firm "
             "doesn't give us cars.", None, "background"),
            ("How did your last rental end?",
             "Badly. The final bill for the rental came to about sixty pounds more than the price I "
             "booked, with extras nobody had mentioned.", "surprise_charges", "pain"),
            ("What were the extras?",
             "A cleaning fee, an airport fee, and some insurance I'd said no to at the counter, all added on "
             "after I dropped the car off.", "surprise_charges", "elaboration"),
            ("Have you ever had a car you weren't expecting?",
             "Once I got an electric car without asking for one, and I had no idea how to charge it, "
             "nobody at the branch explained.", None, "other"),
            ("And the deposit, how did that go?",
             "Honestly, getting the security money back after a rental is the worst bit, it stays blocked "
             "on my credit card for ages.", "deposit_refund_slow", "pain"),
            ("How were the staff?",
             "The man at the rental counter was quite rude when I asked a simple question about the car's "
             "lights.", None, "pain"),
        ],
        "car4": [
            ("Hi Julia, thanks so much for joining.",
             "Thank you, happy to be part of it.", None, "pleasantry"),
            ("How often do you rent a car?",
             "I don't own a car myself, so I rent one most weekends to visit my parents in the countryside.",
             None, "background"),
            ("What keeps you coming back to this rental company?",
             "Honestly, the cars. Every one I've picked up has been gleaming, freshly washed and "
             "vacuumed, not a crumb inside.", "cars_clean_new", "praise"),
            ("How do returns work for you on Sunday nights?",
             "I use the key box for late returns, which is handy because I'm never back with the car before "
             "midnight.", None, "praise"),
            ("Is there anything you'd add to the cars?",
             "A phone holder on the dashboard, every rental car should have one for directions.",
             None, "request"),
            ("Have you ever been surprised by the bill?",
             "Yes. A charge for a second driver I never asked for turned up on my receipt, after I'd "
             "handed the car keys back.", "surprise_charges", "pain"),
            ("What's the best way to get hold of you?",
             "Email works best, it's julia dot green at gmail dot com.", None, "contact"),
        ],
        "car5": [
            ("Hello Mike, thanks for your time today.",
             "No problem, glad to do it.", None, "pleasantry"),
            ("Tell me about your business.",
             "We're a small building firm. We rent vans and cars from you whenever our own vehicles are "
             "in the garage.", None, "background"),
            ("How long have you rented from us?",
             "About five years now, mostly from the town centre branch, and we rent a car maybe once a month.",
             None, "background"),
            ("Tell me about the money side of renting.",
             "It was a month before the five hundred pound hold vanished from our business account, long "
             "after we'd returned the car.", "deposit_refund_slow", "pain"),
            ("Have you used the phone app to unlock a car?",
             "We tried, but the app wouldn't unlock the rental car in the underground car park, there was no "
             "signal at all.", None, "pain"),
            ("What would make booking better?",
             "I'd like to choose the exact model when I book, not just a category like compact or family car.",
             None, "request"),
            ("Could we call you if we have follow-up questions?",
             "Give my office a call, the number is oh two zero, seven four six, five one one eight.",
             None, "contact"),
        ],
        "car6": [
            ("Hi Susan, thanks for coming along.",
             "Hello, nice to meet you.", None, "pleasantry"),
            ("Tell me about your last few rentals.",
             "My husband and I rent a car three or four times a year, when we fly somewhere warm for a holiday.",
             None, "background"),
            ("How did the price compare with what you expected?",
             "I mean, the price you book for the car online is never the price you pay when you hand back "
             "the keys, they always add something.", "surprise_charges", "pain"),
            ("How do you get from the plane to the car?",
             "The shuttle bus from the terminal to the rental car park takes ages to come, we waited forty "
             "minutes.", None, "pain"),
            ("And the cars themselves?",
             "I'm always impressed by the cars, they're modern and clean, and they feel really well looked "
             "after.", "cars_clean_new", "praise"),
            ("Has anything gone better than you expected?",
             "Last time they upgraded us to a bigger car for free, which was a lovely start to the holiday.",
             None, "praise"),
            ("Have you ever left anything behind?",
             "We once left a jacket in the rental car, and the branch posted it back to us the next week.",
             None, "praise"),
            ("Thank you Susan, that's all I had.",
             "Thanks, it was nice talking to you.", None, "pleasantry"),
        ],
        "car7": [
            ("Thanks for joining us, Rob.",
             "Sure, thanks for the invite.", None, "pleasantry"),
            ("What do you do?",
             "I'm a photographer, so I rent a car whenever a job is outside the city, which is most weeks.",
             None, "background"),
            ("How long have you been renting with us?",
             "I rented my first car from you last spring, and I've used the same branch for every rental "
             "since.", None, "background"),
            ("What's your impression of the rental cars?",
             "The car was immaculate, it smelled new inside, and everything from the lights to the seats "
             "worked perfectly.", "cars_clean_new", "praise"),
            ("How did you find the car at the airport?",
             "The text message with the bay number was really helpful, I walked straight to the rental car.",
             None, "praise"),
            ("Was there anything on the bill you didn't expect?",
             "They slipped an insurance I'd turned down onto my rental invoice anyway, I only noticed when I "
             "checked my statement.", "surprise_charges", "pain"),
            ("Is there anything you'd like to do from your phone?",
             "I'd like to extend my rental from my phone. Last time I had to ring the branch and wait on "
             "hold forever.", None, "request"),
        ],
    },
    # A language-learning phone app.
    # Themes: speech_marked_wrong (pain), audio_too_fast (pain), offline_lessons (request).
    "language_app": {
        "lang1": [
            ("Hi Sofia, thanks for joining us today.",
             "Hi, thank you, I'm glad to help.", None, "pleasantry"),
            ("Tell me why you're learning a language.",
             "We're moving to Spain next year, so I'm learning Spanish, and I do a lesson on the app every "
             "morning.", None, "background"),
            ("How long have you been using the app?",
             "Since last autumn, so about eight months. I've finished the first three units of the Spanish "
             "course.", None, "background"),
            ("If you could add one feature, what would it be?",
             "Downloading lessons before a flight. Right now the app needs internet for every single "
             "exercise, so I can't practise in the air.", "offline_lessons", "request"),
            ("What do you enjoy about the lessons?",
             "The little stories at the end of each unit of the course are fun, I actually look forward to "
             "those lessons.",
             None, "praise"),
            ("How do you find the listening exercises?",
             "Hard. The recorded voices talk so fast that I can't catch a single word of the Spanish the "
             "first time.", "audio_too_fast", "pain"),
            ("Do you pay for the app?",
             "Yes, and the yearly subscription is expensive for what it is, I nearly cancelled my lessons "
             "last month.", None, "pain"),
        ],
        "lang2": [
            ("Hello Ben, thank you for talking with me.",
             "No problem, it's nice to be asked.", None, "pleasantry"),
            ("Could you tell me about yourself?",
             "My wife is Portuguese, so I'm learning the language on the app to talk properly with her family.",
             None, "background"),
            ("Tell me about the speaking exercises.",
             "Honestly, they never understand me. I repeat the same Portuguese word five times into the "
             "phone before the app accepts it.", "speech_marked_wrong", "pain"),
            ("What do you do when that happens?",
             "Yeah, so now I skip every speaking exercise, which is a shame, because talking to my "
             "in-laws is the whole point of the lessons.", "speech_marked_wrong", "elaboration"),
            ("Is there anything the lessons don't teach you?",
             "Grammar. The app just shows me sentences and expects me to guess the rules, I'd like proper "
             "explanations.", None, "request"),
            ("Have you tried the free version?",
             "I did at first, and the adverts between lessons drove me mad, a video after every single "
             "exercise.", None, "pain"),
            ("Can we follow up with you later?",
             "Sure, my mobile is oh seven eight eight, two six one, nine four three.", None, "contact"),
            ("Thanks Ben, that's really useful.",
             "Any time, good luck with it.", None, "pleasantry"),
        ],
        "lang3": [
            ("Good afternoon Carol, thanks for coming.",
             "Good afternoon, my pleasure.", None, "pleasantry"),
            ("Tell me about your language learning.",
             "I'm a retired teacher, and I practise my Italian on the app for twenty minutes after breakfast "
             "every day.", None, "background"),
            ("What's the hardest part of the lessons for you?",
             "The people in the audio clips of the lessons rattle through their sentences, I have to "
             "replay each one four or five times.", "audio_too_fast", "pain"),
            ("What works well for you?",
             "The vocabulary review in the app is great, the words I keep forgetting come back again and "
             "again until they stick.", None, "praise"),
            ("Where else would you like to use the app?",
             "At our cottage in the hills, but there's no signal there, so I'd like to save a week of "
             "lessons on my phone first.", "offline_lessons", "request"),
            ("Can you tell me more about that?",
             "On our last holiday the cottage had no internet at all, and I couldn't open a single lesson "
             "for a whole week.", "offline_lessons", "elaboration"),
            ("How do you feel about the daily reminders?",
             "The reminder notifications are a bit pushy, honestly, the app nags me even when I've already "
             "practised.", None, "pain"),
        ],
        "lang4": [
            ("Hi Nick, thanks for taking part.",
             "Hi, happy to take part, thanks for asking.", None, "pleasantry"),
            ("What language are you learning?",
             "French. I'm a university student and I use the app on the bus to practise my French vocabulary.",
             None, "background"),
            ("How often do you practise?",
             "One lesson every evening before bed. I've kept it up for about four hundred days in a row now.",
             None, "background"),
            ("How do you get on with the microphone exercises?",
             "Badly. When I say a French sentence into the microphone, the app marks me wrong, though my "
             "tutor says it was fine.", "speech_marked_wrong", "pain"),
            ("What would you change about the course?",
             "I'd like to pick the topics of my lessons, like cooking or football, instead of one fixed "
             "course for everyone.", None, "request"),
            ("And the listening side?",
             "The listening parts of the French lessons go at native speed from the start, which is way "
             "beyond a learner like me.", "audio_too_fast", "pain"),
            ("If we have more questions, how can we reach you?",
             "You can email me at nick dot hall at gmail dot com.", None, "contact"),
        ],
        "lang5": [
            ("Hello Amy, thanks so much for your time.",
             "Hello, thanks, glad to help.", None, "pleasantry"),
            ("Tell me about yourself and the app.",
             "I'm a nurse, and lots of my patients speak Polish, so I'm learning the basics on the language "
             "app.", None, "background"),
            ("Tell me about the last time you couldn't do a lesson.",
             "Yesterday, on the underground. Please let me do my lessons without a connection, there's no "
             "signal between stations.", "offline_lessons", "request"),
            ("How do the lessons fit into your day?",
             "The lessons are short enough for a coffee break, five minutes and I'm done, which suits my "
             "shifts at the hospital.", None, "praise"),
            ("What do you think of the pronunciation checks?",
             "Way too strict. I'll say a Polish word perfectly and it still flashes red and takes away "
             "one of my hearts.", "speech_marked_wrong", "pain"),
            ("Have you had any technical problems?",
             "The app logged me out after an update, and I had to reset my password twice before I could get "
             "back to my lessons.", None, "pain"),
            ("What keeps you motivated?",
             "I like tracking my progress on the chart, watching the bar grow each week keeps me going "
             "with the lessons.", None, "praise"),
        ],
        "lang6": [
            ("Hi Joe, thank you for joining the call.",
             "Thanks, nice to meet you.", None, "pleasantry"),
            ("What are you learning?",
             "Japanese. I started on the app in January as a complete beginner, I'd never studied a language "
             "before.", None, "background"),
            ("What's the biggest obstacle in the lessons right now?",
             "I wish the speakers in the lessons would slow down, the dialogues race by before I've "
             "understood the first half.", "audio_too_fast", "pain"),
            ("What happened the last time?",
             "Last night there was a dialogue at a train station in my lesson, and even after six replays "
             "I couldn't tell where the man was going.", "audio_too_fast", "elaboration"),
            ("Is there anything you'd like added?",
             "Handwriting practice for the Japanese characters would help, I can read them on the app but I "
             "can't write them.", None, "request"),
            ("And speaking, how is that going?",
             "I mean, it just doesn't recognise my voice. My accent is fine in real life, but the app keeps "
             "failing my spoken answers.", "speech_marked_wrong", "pain"),
            ("Would you be happy for us to contact you again?",
             "Yes, just message me on oh seven five five, three eight two, seven one zero, any evening.",
             None, "contact"),
        ],
        "lang7": [
            ("Thanks for coming in, Grace.",
             "Thanks for having me, it's lovely to be here.", None, "pleasantry"),
            ("Why did you start using the app?",
             "I learnt some German at school years ago, and I'm using the app to brush it up before a "
             "work trip to Berlin.", None, "background"),
            ("How do you use the app?",
             "Mostly on my phone, sometimes on my laptop at lunchtime, one or two lessons when the office is "
             "quiet.", None, "background"),
            ("What do you think of the weekly league?",
             "I don't care about it, honestly, competing with strangers on the app isn't why I'm learning "
             "German.", None, "other"),
            ("What would make the app fit your life better?",
             "An offline mode, so my German practice doesn't stop every time my mobile data runs out at "
             "the end of the month.", "offline_lessons", "request"),
            ("When do you usually study?",
             "In bed, so a dark screen option would be nice, the white lessons are so bright late at night.",
             None, "request"),
            ("What else do you do to learn?",
             "I also watch German films with subtitles, the app is only one part of my learning.",
             None, "other"),
            ("Lovely, thank you Grace.",
             "Thank you, bye for now.", None, "pleasantry"),
        ],
    },
    # A veterinary clinic chain with an online booking system.
    # Themes: no_free_slots (pain), messages_missing (pain), gentle_vets (praise).
    "vet_clinic": {
        "vet1": [
            ("Hi Helen, thanks for making time to talk.",
             "Happy to help, thanks for having me.", None, "pleasantry"),
            ("Tell me about your pets and the clinic.",
             "We have two dogs and a cat, and we've been taking them to this vet clinic for about six years.",
             None, "background"),
            ("Tell me about the last time you booked a visit.",
             "I booked online but never got a confirmation email, so I turned up not knowing whether the vet "
             "even expected us.", "messages_missing", "pain"),
            ("What do you think of the prices?",
             "The bills are steep. A simple check up for the cat cost us more than my own doctor would "
             "charge.", None, "pain"),
            ("How easy is it to get an appointment?",
             "Not easy. The online booking for the vet shows nothing free for a week, even when my dog is "
             "clearly unwell.", "no_free_slots", "pain"),
            ("How do you get to the clinic?",
             "By car, but parking outside the clinic is a nightmare, I end up carrying a heavy dog from two "
             "streets away.", None, "pain"),
            ("Can we follow up with you later?",
             "Sure, my phone number is oh seven seven three, two nine one, five zero eight.", None, "contact"),
        ],
        "vet2": [
            ("Hello Robert, thank you for joining.",
             "Thanks, glad to help out.", None, "pleasantry"),
            ("Tell me about your animals.",
             "I've got an old labrador with bad hips, so we're at the vet clinic nearly every month for his "
             "joints.", None, "background"),
            ("How do you usually book?",
             "Through the online booking system on my laptop. I've booked all his vet appointments that way "
             "since last year.", None, "background"),
            ("What's your experience of the vets themselves?",
             "They're wonderful with animals. My old boy is nervous of everyone, but he actually wags his "
             "tail when we walk into the clinic.", "gentle_vets", "praise"),
            ("Can you tell me more about that?",
             "Yeah, so the vet gets down on the floor with him, talks softly and lets him sniff her hands "
             "before she examines those sore hips.", "gentle_vets", "elaboration"),
            ("Do you use the clinic's website for anything else?",
             "I look at his medical records online, which was handy when we took him to a different vet on "
             "holiday.", None, "praise"),
            ("How does getting his medicine work?",
             "Ordering his repeat pain medicine from the clinic takes days, the vet pharmacy always seems to "
             "be behind.", None, "pain"),
            ("Thanks Robert, that's everything.",
             "My pleasure, take care.", None, "pleasantry"),
        ],
        "vet3": [
            ("Good morning Jane, thanks for coming in.",
             "Morning, it's no trouble at all.", None, "pleasantry"),
            ("Could you introduce yourself?",
             "I breed rabbits as a hobby, so I book appointments at the vet fairly often, maybe once a "
             "fortnight.", None, "background"),
            ("What happened the last time you needed the vet quickly?",
             "One of my rabbits stopped eating, and the earliest slot on the clinic's booking system was "
             "three weeks away.", "no_free_slots", "pain"),
            ("How do the rabbits cope at the clinic?",
             "I wish there were a separate waiting area for small animals, my rabbits panic when big dogs "
             "bark at them.", None, "request"),
            ("Do you get reminders before appointments?",
             "No, and that's a problem. The reminder text for the rabbits' vaccinations never arrived, "
             "and we missed the vet completely.", "messages_missing", "pain"),
            ("What happened then?",
             "The clinic charged me for a missed appointment, and I'd checked my phone and my emails, "
             "there was simply no message from them.", "messages_missing", "elaboration"),
            ("What's the best way to reach you?",
             "You can email me at jane dot shaw at gmail dot com.", None, "contact"),
        ],
        "vet4": [
            ("Hi Alan, thanks for taking the time.",
             "No problem, happy to do it.", None, "pleasantry"),
            ("Tell me about your household.",
             "We got a puppy in the spring, and the vet clinic near our house was the obvious choice for her.",
             None, "background"),
            ("How did the first visits go?",
             "Really well. The nurse sat on the floor with our puppy and calmed her down before the vet even "
             "touched her.", "gentle_vets", "praise"),
            ("Have you been to any events at the clinic?",
             "The puppy training evening they ran at the clinic was great fun, and really useful for a first "
             "time dog owner.", None, "praise"),
            ("Have you ever needed help out of hours?",
             "Once, when she ate chocolate at midnight. The emergency phone line for the clinic was "
             "brilliant, so calm and clear.", None, "praise"),
            ("Tell me about booking her next visit.",
             "Getting a vet appointment online is impossible, the whole week is greyed out on the calendar "
             "before Monday even starts.", "no_free_slots", "pain"),
            ("Do the opening hours suit you?",
             "Not really, the vet clinic closes at noon on Saturday, which is the only day I'm free.",
             None, "pain"),
        ],
        "vet5": [
            ("Hello Mary, thank you for your time.",
             "Hello, I'm happy to help, it's no trouble.", None, "pleasantry"),
            ("Tell me about your pets.",
             "My cat is fifteen and has kidney trouble, so the vet knows us very well by now.",
             None, "background"),
            ("How long have you been with the clinic?",
             "About ten years, since we moved to the area, and I've used the online booking since the clinic "
             "started it.", None, "background"),
            ("How does the clinic let you know about appointments?",
             "Honestly, the booking system doesn't send anything the day before, and with an old cat on "
             "three medicines I lose track.", "messages_missing", "pain"),
            ("What's the clinic itself like?",
             "Spotless. It doesn't smell like a vet at all, which honestly surprised me the first time we "
             "went.", None, "praise"),
            ("How does your cat cope with the visits?",
             "Better than she used to. The vet is so patient, she talks softly to my old girl and never "
             "rushes her.", "gentle_vets", "praise"),
            ("Could we ring you if we have more questions?",
             "Best to call me in the evening on oh seven nine nine, four four zero, two six one.",
             None, "contact"),
        ],
        "vet6": [
            ("Hi Steve, thanks for coming along.",
             "Hi, thanks for inviting me.", None, "pleasantry"),
            ("Tell me a bit about yourself.",
             "I work from home, so I can usually take our two dogs to the vet during the day if I need to.",
             None, "background"),
            ("Tell me about the last time one of your dogs was ill.",
             "Honestly, every time I opened the clinic's booking page the calendar was full, not a single "
             "appointment for days.", "no_free_slots", "pain"),
            ("What did you do?",
             "In the end I rang the vet and begged, and they squeezed my dog in at the very end of the day.",
             "no_free_slots", "elaboration"),
            ("Do you usually see the same vet?",
             "No, we see a different vet almost every visit, I'd prefer the same one who knows our dogs.",
             None, "pain"),
            ("If the clinic offered something new, what would you use?",
             "Video calls with a vet, for small things, it would save us a trip with two big dogs in the car.",
             None, "request"),
            ("Do you buy anything at the clinic?",
             "I buy our dog food at the clinic's front desk now, it's the special kind for sensitive stomachs.",
             None, "other"),
        ],
        "vet7": [
            ("Thanks for joining us, Laura.",
             "Thanks for having me, it's a pleasure.", None, "pleasantry"),
            ("Tell me about your animals.",
             "I have a farm with a few horses, but I use this vet clinic for our three dogs and the farm cats.",
             None, "background"),
            ("How did you find the clinic?",
             "Through our neighbour, who takes her cats to this vet. We registered the dogs the same week we "
             "moved in.", None, "background"),
            ("What would make the online booking better for you?",
             "I'd like to add a note when I book, so the vet knows what's wrong before we even arrive.",
             None, "request"),
            ("What do you like most about the clinic?",
             "They're so kind with the animals. Our youngest dog hates being handled, but the vet held him "
             "gently the whole time.", "gentle_vets", "praise"),
            ("Do you use any other services?",
             "We use a groomer nearby, the vet clinic doesn't do grooming, which is fine by me.",
             None, "other"),
            ("Would you be open to a follow-up call?",
             "Of course, or email me, it's laura at hill farm dot com.", None, "contact"),
            ("Thank you Laura, that's been great.",
             "Thank you, goodbye.", None, "pleasantry"),
        ],
    },
}

TUNING: tuple[str, ...] = ("invoicing_app", "gym_membership", "coworking_space")
HELD_OUT: tuple[str, ...] = ("car_rental", "language_app", "vet_clinic")

NEAR_MISS: dict[str, tuple[str, str]] = {
    "invoicing_app": ("payment_status_lag", "slow_loading"),
    "gym_membership": ("floor_crowded", "classes_booked_out"),
    "coworking_space": ("no_free_desks", "meeting_rooms_taken"),
    "car_rental": ("surprise_charges", "deposit_refund_slow"),
    "language_app": ("speech_marked_wrong", "audio_too_fast"),
    "vet_clinic": ("no_free_slots", "messages_missing"),
}
"""Set name -> the two planted pain points a lazy embedding would merge."""

_NO_LABEL = ("pleasantry", "background", "contact")


def planted(name: str) -> dict[str, set[str]]:
    """Theme label -> interviews it is planted in."""
    out: dict[str, set[str]] = {}
    for interview, exchanges in CORPORA[name].items():
        for _, _, label, _ in exchanges:
            if label:
                out.setdefault(label, set()).add(interview)
    return out


def mentions(name: str) -> dict[str, set[tuple[str, int]]]:
    """Theme label -> {(interview, exchange index)}, elaborations included."""
    out: dict[str, set[tuple[str, int]]] = {}
    for interview, exchanges in CORPORA[name].items():
        for i, (_, _, label, _) in enumerate(exchanges):
            if label:
                out.setdefault(label, set()).add((interview, i))
    return out


def scripts(name: str) -> dict[str, list[tuple[str, str, str]]]:
    """Interview -> its spoken lines in order, (speaker, text, label): the interviewer's question
    (label "") then the customer's answer (the theme label, or "")."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for interview, exchanges in CORPORA[name].items():
        lines: list[tuple[str, str, str]] = []
        for question, answer, label, _ in exchanges:
            lines.append(("interviewer", question, ""))
            lines.append(("customer", answer, label or ""))
        out[interview] = lines
    return out


# How the customer feels in an answer of each kind (an elaboration feels as the theme it
# elaborates); "other" one-off remarks carry no planted feeling.
FEELING = {"pain": "negative", "praise": "positive", "request": "neutral", "background": "neutral",
           "contact": "neutral", "pleasantry": "neutral"}


def feelings(name: str) -> dict[str, list[tuple[str, str]]]:
    """Interview -> (customer answer, planted sentiment) for every answer whose kind plants one."""
    out: dict[str, list[tuple[str, str]]] = {}
    for interview, exchanges in CORPORA[name].items():
        theme_kind = {label: kind for _, _, label, kind in exchanges if label and kind != "elaboration"}
        out[interview] = [
            (answer, FEELING[k])
            for _, answer, label, kind in exchanges
            if (k := theme_kind.get(label, "other") if kind == "elaboration" else kind) in FEELING
        ]
    return out


def summary() -> str:
    """One line per set (interviews, answers other than pleasantries, themes, mentions, background,
    contact and pleasantry answers, split), then the totals."""
    lines = []
    keys = ("interviews", "answers", "themes", "mentions", "background", "contact", "pleasantry")
    totals = dict.fromkeys(keys, 0)
    for name, interviews in CORPORA.items():
        exchanges = [e for ex in interviews.values() for e in ex]
        kinds = [e[3] for e in exchanges]
        counts = {
            "interviews": len(interviews),
            "answers": sum(1 for k in kinds if k != "pleasantry"),
            "themes": len(planted(name)),
            "mentions": sum(len(m) for m in mentions(name).values()),
            "background": kinds.count("background"),
            "contact": kinds.count("contact"),
            "pleasantry": kinds.count("pleasantry"),
        }
        for k in keys:
            totals[k] += counts[k]
        split = "tuning" if name in TUNING else "held-out" if name in HELD_OUT else "unsplit"
        lines.append(f"{name} ({split}): {counts['interviews']} interviews, {counts['answers']} answers, "
                     f"{counts['themes']} themes ({counts['mentions']} mentions), "
                     f"{counts['background']} background, {counts['contact']} contact, "
                     f"{counts['pleasantry']} pleasantry")
    lines.append(f"total: {totals['interviews']} interviews, {totals['answers']} answers, {totals['themes']} "
                 f"themes ({totals['mentions']} mentions), {totals['background']} background, "
                 f"{totals['contact']} contact, {totals['pleasantry']} pleasantry")
    return "\n".join(lines)


def check() -> list[str]:
    """Structural problems of the sets; an empty list when they are consistent."""
    problems: list[str] = []
    if set(TUNING) & set(HELD_OUT):
        problems.append("a set is both tuning and held-out")
    if set(TUNING) | set(HELD_OUT) != set(CORPORA):
        problems.append("TUNING and HELD_OUT do not cover exactly the sets in CORPORA")
    for name, interviews in CORPORA.items():
        if len(interviews) != 7:
            problems.append(f"{name}: {len(interviews)} interviews, not 7")
        prefix = next(iter(interviews), "x1").rstrip("0123456789")
        if list(interviews) != [f"{prefix}{i}" for i in range(1, len(interviews) + 1)]:
            problems.append(f"{name}: interview ids are not {prefix}1..{prefix}{len(interviews)}")
        seen_answers: set[str] = set()
        for interview, exchanges in interviews.items():
            where = f"{name}/{interview}"
            if not exchanges or exchanges[0][3] != "pleasantry":
                problems.append(f"{where}: does not open with a pleasantry")
            answers = [e for e in exchanges if e[3] != "pleasantry"]
            if len(answers) != 6:
                problems.append(f"{where}: {len(answers)} answers other than pleasantries, not 6")
            backgrounds = sum(1 for e in exchanges if e[3] == "background")
            if not 1 <= backgrounds <= 2:
                problems.append(f"{where}: {backgrounds} background answers, not 1 or 2")
            if sum(1 for e in exchanges if e[3] == "contact") > 1:
                problems.append(f"{where}: more than one contact answer")
            first: set[str] = set()
            for i, (question, answer, label, kind) in enumerate(exchanges):
                at = f"{where}[{i}]"
                if kind not in KINDS:
                    problems.append(f"{at}: unknown kind {kind!r}")
                if kind in _NO_LABEL and label is not None:
                    problems.append(f"{at}: a {kind} answer carries the label {label!r}")
                if kind == "pleasantry" and 0 < i < len(exchanges) - 1:
                    problems.append(f"{at}: a pleasantry in the middle of the interview")
                if kind == "elaboration":
                    if label is None:
                        problems.append(f"{at}: an elaboration without a label")
                    elif i == 0 or exchanges[i - 1][2] != label:
                        problems.append(f"{at}: elaboration of {label!r} does not follow an answer with it")
                elif label is not None:
                    if label in first:
                        problems.append(f"{at}: {label!r} raised twice in one interview")
                    first.add(label)
                if kind != "pleasantry":
                    words = len(answer.split())
                    if not 8 <= words <= 30:
                        problems.append(f"{at}: answer of {words} words (want 8 to 30)")
                    if answer in seen_answers:
                        problems.append(f"{at}: answer repeated in the set")
                    seen_answers.add(answer)
                for text in (question, answer):
                    if re.search(r"\d", text):
                        problems.append(f"{at}: digits in {text!r}")
                    if re.search(r"\b[A-Z]{2,}\b", text):
                        problems.append(f"{at}: an acronym in {text!r}")
        themes = planted(name)
        if len(themes) != 3:
            problems.append(f"{name}: {len(themes)} planted themes, not 3")
        for label, where_planted in sorted(themes.items()):
            if not 3 <= len(where_planted) <= 5:
                problems.append(f"{name}: {label!r} planted in {len(where_planted)} interviews, not 3 to 5")
        kinds = [e[3] for ex in interviews.values() for e in ex]
        if not 3 <= kinds.count("contact") <= 4:
            problems.append(f"{name}: contact answers in {kinds.count('contact')} interviews, not 3 or 4")
        elaborated = sum(1 for ex in interviews.values() if any(e[3] == "elaboration" for e in ex))
        if not 2 <= elaborated <= 3:
            problems.append(f"{name}: elaborations in {elaborated} interviews, not 2 or 3")
        pair = NEAR_MISS.get(name)
        if pair is None:
            problems.append(f"{name}: no near-miss pair")
        else:
            for label in pair:
                first_kinds = {e[3] for ex in interviews.values() for e in ex if e[2] == label} - {"elaboration"}
                if label not in themes:
                    problems.append(f"{name}: near-miss label {label!r} is not planted")
                elif first_kinds != {"pain"}:
                    problems.append(f"{name}: near-miss label {label!r} is not a pain point")
    return problems
