"""Hand-labelled evaluation data for the statement and question classifiers.

Written by hand for this project (MIT licence, like the rest of it): nothing here is copied from
a public data set or produced by a model. The statements read like ASR transcripts of real
customers: hedged and negated sentiment, mixed feelings, about a quarter of them without
punctuation or capitals, competitor names in many forms, and decoys (an ordinary word that
looks like a product name). When a statement was ambiguous it was rewritten until it was not.

Customer statements (``STATEMENTS``, domain -> list of ``Statement``), each
``(text, sentiment, stage, competitors, request)``:

- ``sentiment``: ``"negative"``, ``"neutral"`` or ``"positive"``, how the customer feels about
  the product or company in that statement; a mixed statement gets its dominant feeling, a
  hedged one ("it mostly works fine I guess") is positive only when clearly positive.
- ``stage``: the customer-journey stage the statement is about, or ``None`` when no stage fits
  (pure background, small talk):

  - ``discovery``: finding, choosing or comparing the product, first hearing of it, the trial
    decision;
  - ``onboarding``: signing up, setting up, installing, importing data, learning it at first;
  - ``everyday_use``: using it day to day: features, speed, reliability, quality;
  - ``support``: getting help: help desk, chat, documentation, complaints handling;
  - ``billing``: prices, invoices, charges, refunds, plans, payment;
  - ``renewal``: renewing, upgrading or downgrading, cancelling, leaving, switching away,
    staying.

- ``competitors``: the competitor or alternative products and companies the customer mentions
  as used, tried, compared or considered, as the tuple of their canonical names (empty when
  none). A mix of real names and invented ones; a decoy ("a quick book to read", "sage advice",
  "prime time", "painted lime green") is not a mention.
- ``request``: True when the statement is a feature request, something the customer wishes the
  product did or would pay for ("I wish it could...", "I'd pay extra for...", "it would be
  great to have...", "if only it had...").

Interviewer questions (``QUESTIONS``, domain -> list of ``Question``), each
``(previous customer answer, question, follow_up, example)``:

- ``follow_up``: True when the question asks about the answer just given ("Why was that?",
  "What happened next?", "You mentioned the export, what went wrong?"), False for a question
  on a new topic.
- ``example``: True when the question asks for a specific example or instance ("Could you give
  me a specific example?", "Walk me through a specific time when...", "What was the last time
  that happened?"); near misses ("For example, do you use the app or the website?", "Give me a
  second to find my notes", "Is there a time of day you prefer?") are False.

Split: the ``TUNING`` domains may be used to choose prompts, thresholds and settings; the
``HELD_OUT`` domains were written in the same way but are never tuned on, and report how the
classifiers generalise to a domain they have not seen.

    python -c "import eval.analysis_sets as a; print(a.summary()); print(a.check())"
"""

from __future__ import annotations

from collections import Counter

Statement = tuple[str, str, str | None, tuple[str, ...], bool]
Question = tuple[str, str, bool, bool]

STAGES = ("discovery", "onboarding", "everyday_use", "support", "billing", "renewal")
SENTIMENTS = ("negative", "neutral", "positive")

TUNING: tuple[str, ...] = (
    "accounting_software", "food_delivery", "home_insurance",
    "mobile_banking", "online_groceries", "hotel_booking", "project_management_saas",
    "mobile_network", "energy_supplier", "airline", "online_fashion", "payroll_software",
)
HELD_OUT: tuple[str, ...] = ("video_streaming", "bike_sharing", "dental_practice")

MIN_STATEMENTS = 42
MIN_QUESTIONS = 15
MIN_PER_STAGE = 4
MIN_EXAMPLE_REQUESTS = 4

STATEMENTS: dict[str, list[Statement]] = {
    "accounting_software": [
        # discovery
        ("We compared Xero and Ledgerly for about a month before we picked you.", "neutral", "discovery", ("Xero", "Ledgerly"), False),
        ("my accountant recommended it and honestly she was right", "positive", "discovery", (), False),
        ("Choosing it was the easiest decision we made last year, the free trial sold me in two days.", "positive", "discovery", (), False),
        ("The website made it really hard to tell whether it even did payroll, I almost went with Tallybook instead.", "negative", "discovery", ("Tallybook",), False),
        ("i tried freshbooks before but it was really built for freelancers not a shop like ours", "neutral", "discovery", ("FreshBooks",), False),
        ("The sales demo was not bad at all, they actually used our own numbers.", "positive", "discovery", (), False),
        # onboarding
        ("Importing five years of invoices from the old spreadsheet took one afternoon, which honestly amazed me.", "positive", "onboarding", (), False),
        ("yeah so the setup wizard kept asking for our tax number and then rejecting it and i gave up for a week", "negative", "onboarding", (), False),
        ("Connecting the bank feed was fine I guess, it took a couple of tries.", "neutral", "onboarding", (), False),
        ("I wish the setup had a way to bring over our chart of accounts from Sage in one go.", "neutral", "onboarding", ("Sage",), True),
        ("The first few weeks I felt completely lost, nothing was where I expected it.", "negative", "onboarding", (), False),
        ("we set it up on a friday and by monday the whole team was using it", "positive", "onboarding", (), False),
        # everyday use
        ("Honestly, reconciling the bank account is a couple of clicks now, I can't complain.", "positive", "everyday_use", (), False),
        ("It's not that it's bad, but the reports take ages to load at month end.", "negative", "everyday_use", (), False),
        ("I use it mostly to send invoices and chase the ones that are late.", "neutral", "everyday_use", (), False),
        ("the dashboard crashed twice last week right when i was doing the vat return", "negative", "everyday_use", (), False),
        ("It mostly works, though I still keep a spreadsheet on the side just in case.", "neutral", "everyday_use", (), False),
        ("I love the receipt scanner, it would be great if it picked up the VAT amount too.", "positive", "everyday_use", (), True),
        ("The mobile app is genuinely lovely, I snap a receipt on the train and it's filed.", "positive", "everyday_use", (), False),
        ("Countwise handles multiple currencies much better, we still use it for the US side.", "negative", "everyday_use", ("Countwise",), False),
        ("if only it could send the late payment reminders by itself that would save me an hour a week", "neutral", "everyday_use", (), True),
        # support
        ("I opened a ticket about the payroll bug three weeks ago and nobody has answered.", "negative", "support", (), False),
        ("the lady on the chat was brilliant she walked me through the whole year end thing", "positive", "support", (), False),
        ("The help articles are out of date, half the screenshots show the old menus.", "negative", "support", (), False),
        ("When I complained about the missing invoices they just sent me a link to the FAQ, I was not amused.", "negative", "support", (), False),
        ("I'd pay extra for a phone line to a real accountant during tax season.", "neutral", "support", (), True),
        ("Our accountant gave us some sage advice: never call support in January, because you'll wait an hour.", "negative", "support", (), False),
        # billing
        ("The price went up by forty percent in January with one email as warning.", "negative", "billing", (), False),
        ("QuickBooks is cheaper for what we actually use, I have to be honest.", "negative", "billing", ("QuickBooks",), False),
        ("i got charged twice in march and the refund took six weeks", "negative", "billing", (), False),
        ("The invoices you send us are clear, our bookkeeper likes that.", "positive", "billing", (), False),
        ("We're on the standard plan, about thirty pounds a month, which feels steep for what we use.", "negative", "billing", (), False),
        ("It would be lovely if we could add a part-time bookkeeper without paying for a full seat.", "neutral", "billing", (), True),
        # renewal
        ("We just renewed for another two years, no hesitation.", "positive", "renewal", (), False),
        ("honestly if the price goes up again we'll probably move back to xero", "negative", "renewal", ("Xero",), False),
        ("Cancelling the payroll add-on was a nightmare, I had to email three times.", "negative", "renewal", (), False),
        ("We upgraded to the plus plan last month when we hired two people, and it was painless.", "positive", "renewal", (), False),
        ("My sister uses Tallybook for her salon and keeps telling me to switch, but we're happy where we are.", "positive", "renewal", ("Tallybook",), False),
        ("nobody told us the contract renews automatically so we were stuck for another year", "negative", "renewal", (), False),
        ("It would be great if downgrading didn't delete our old reports, then I'd happily move to the smaller plan.", "neutral", "renewal", (), True),
        # no stage
        ("I run a small bakery with two shops and about twelve staff.", "neutral", None, (), False),
        ("My accountant actually wrote a quick book on small business tax, he's a bit of a character.", "neutral", None, (), False),
        ("sorry my dog is barking give me a second", "neutral", None, (), False),
        ("We've been in business since 2009, we started as a market stall.", "neutral", None, (), False),
        ("yeah it's been a busy week with the school holidays", "neutral", None, (), False),
    ],
    "food_delivery": [
        # discovery
        ("I first saw you on an advert on the bus and the first-order discount was great, that's what got me.", "positive", "discovery", (), False),
        ("we compared deliveroo and uber eats in our area and you had way more of the local places", "positive", "discovery", ("Deliveroo", "Uber Eats"), False),
        ("My flatmate uses Munchly and kept sending me her codes, but their app always felt clunky next to yours.", "positive", "discovery", ("Munchly",), False),
        ("The restaurant list when I first browsed was tiny, I almost didn't bother.", "negative", "discovery", (), False),
        ("A friend recommended it and I'm really glad she did.", "positive", "discovery", (), False),
        ("i used just eat for years before this and honestly i only switched because of the student discount", "neutral", "discovery", ("Just Eat",), False),
        # onboarding
        ("Signing up took about a minute, it pulled my address straight from the phone.", "positive", "onboarding", (), False),
        ("the app wouldn't accept my card when i was setting up the account so i had to use paypal", "negative", "onboarding", (), False),
        ("Setting up the group order for the office was confusing the first time, it's not that it's bad, it just took ages to figure out.", "negative", "onboarding", (), False),
        ("I added my allergies to the profile when I signed up and now it flags dishes for me, which is brilliant.", "positive", "onboarding", (), False),
        ("I wish the sign-up let you verify with your email instead of a text, my phone signal at home is terrible.", "neutral", "onboarding", (), True),
        ("setting it up was no trouble at all to be fair", "positive", "onboarding", (), False),
        ("It made me type my address in three times before it saved it, on Just Eat it took seconds.", "negative", "onboarding", ("Just Eat",), False),
        # everyday use
        ("yeah so the app crashed twice last week and i lost my order", "negative", "everyday_use", (), False),
        ("The food usually turns up hot, which is all I really ask for.", "positive", "everyday_use", (), False),
        ("I order maybe twice a week, mostly lunch at work.", "neutral", "everyday_use", (), False),
        ("The live map jumps around a lot, but the food gets here, so it's fine I guess.", "neutral", "everyday_use", (), False),
        ("I love the reorder button, it would be great to have the same for a half-finished basket.", "positive", "everyday_use", (), True),
        ("Last Friday the order came fifty minutes late and the noodles were cold.", "negative", "everyday_use", (), False),
        ("Uber Eats has more restaurants near my office, so for lunch I usually use them instead.", "negative", "everyday_use", ("Uber Eats",), False),
        ("On Sundays we just eat whatever is in the fridge, so ordering is really a weekday thing for us.", "neutral", "everyday_use", (), False),
        ("the restaurant ratings are useless everything is four point eight stars and then the food is awful", "negative", "everyday_use", (), False),
        ("if only it let you schedule an order for the next day i'd use it for the kids' lunches", "neutral", "everyday_use", (), True),
        # support
        ("When my drink was missing the chat sorted it out in about two minutes, I was impressed.", "positive", "support", (), False),
        ("i reported the rider for being rude and never heard anything back", "negative", "support", (), False),
        ("The help section is fine for simple stuff, I've never really needed more.", "neutral", "support", (), False),
        ("There's no phone number anywhere, you're stuck with a bot that goes round in circles.", "negative", "support", (), False),
        ("I'd love a way to reach a real person in the chat when the bot doesn't understand.", "neutral", "support", (), True),
        # billing
        ("The refund for the cold order came like a bolt from the blue, I'd already given up on it.", "positive", "billing", (), False),
        ("The service fee has crept up and now it's almost the price of the meal itself.", "negative", "billing", (), False),
        ("Deliveroo is cheaper for the same restaurant, I checked last week.", "negative", "billing", ("Deliveroo",), False),
        ("the subscription pays for itself honestly free delivery on everything", "positive", "billing", (), False),
        ("I got charged for an order that was cancelled and it took ten days to come back.", "negative", "billing", (), False),
        ("I pay with Apple Pay and about one time in five it fails and I have to type the card in.", "negative", "billing", (), False),
        ("It would be nice to split the bill with flatmates right in the app.", "neutral", "billing", (), True),
        # renewal
        ("I cancelled the Plus membership in January because we were cooking more, nothing to do with you.", "neutral", "renewal", (), False),
        ("i've switched to dishdash for most things now they just have better riders round here", "negative", "renewal", ("Dishdash",), False),
        ("I keep renewing the membership every month without even thinking about it, it's that good.", "positive", "renewal", (), False),
        ("Cancelling the membership was hidden so deep in the settings I had to google it.", "negative", "renewal", (), False),
        ("I upgraded to the annual plan because it works out cheaper, a no-brainer really.", "positive", "renewal", (), False),
        ("If you had a family plan I'd upgrade tomorrow, honestly I'd pay extra for that.", "neutral", "renewal", (), True),
        ("My brother works for Grabbit so I get his discount codes, but I keep coming back to you for the choice.", "positive", "renewal", ("Grabbit",), False),
        # no stage
        ("I live in a shared flat with four other students near the university.", "neutral", None, (), False),
        ("we're vegetarian mostly my partner is vegan", "neutral", None, (), False),
        ("Sorry, the doorbell just went, one moment.", "neutral", None, (), False),
        ("i work nights at the hospital so my days are a bit upside down", "neutral", None, (), False),
        ("I'm a terrible cook, always have been.", "neutral", None, (), False),
    ],
    "home_insurance": [
        # discovery
        ("I found you on a comparison site, you weren't the cheapest but the reviews were so good it was an easy choice.", "positive", "discovery", (), False),
        ("we got quotes from aviva direct line and you and honestly the prices were all within a few pounds", "neutral", "discovery", ("Aviva", "Direct Line"), False),
        ("My neighbour is with Hearthguard and suggested them, so I got a quote from both.", "neutral", "discovery", ("Hearthguard",), False),
        ("The quote page asked so many questions about the roof that I nearly went back to Aviva instead.", "negative", "discovery", ("Aviva",), False),
        ("i heard about you from a podcast advert i think", "neutral", "discovery", (), False),
        ("Getting a quote was not bad at all, about five minutes on the phone.", "positive", "discovery", (), False),
        ("honestly the comparison site said flood cover was included and then it wasn't on the actual quote", "negative", "discovery", (), False),
        # onboarding
        ("Once I'd paid, the policy documents were in my inbox within a minute.", "positive", "onboarding", (), False),
        ("they sent the welcome pack to our old address even though i'd typed the new one in twice", "negative", "onboarding", (), False),
        ("Setting up the account online was fine I guess, nothing special.", "neutral", "onboarding", (), False),
        ("It would be great to have a checklist at the start of what to photograph for your home inventory.", "neutral", "onboarding", (), True),
        ("Nobody explained when we took out the policy that the garden shed wasn't covered, I only found out later.", "negative", "onboarding", (), False),
        ("I moved over from Admiral and getting set up was painless, you even handled the cancellation with them.", "positive", "onboarding", ("Admiral",), False),
        # everyday use
        ("The app shows all my documents in one place, which is handy when the mortgage people ask.", "positive", "everyday_use", (), False),
        ("yeah so when the pipe burst the claim form in the app kept timing out and i had to start again three times", "negative", "everyday_use", (), False),
        ("I log in maybe once a year to check the cover, that's about it.", "neutral", "everyday_use", (), False),
        ("It's not that the app is bad, but finding which rooms are covered for accidental damage takes forever.", "negative", "everyday_use", (), False),
        ("After the storm the loss adjuster came out within two days and the roof was fixed in a fortnight, couldn't fault it.", "positive", "everyday_use", (), False),
        ("I'd pay extra for a leak sensor that talks to the app and warns me.", "neutral", "everyday_use", (), True),
        ("Lemonade lets you do the whole claim by video, I wish you had that.", "neutral", "everyday_use", ("Lemonade",), True),
        ("When the kitchen flooded we made lemonade out of lemons, the payout covered a brand new floor, so no complaints here.", "positive", "everyday_use", (), False),
        ("The app logs me out every single time I switch to another app to find a photo.", "negative", "everyday_use", (), False),
        # support
        ("i rang to ask a simple question about the excess and was on hold for fifty minutes", "negative", "support", (), False),
        ("The man on the phone was really patient with my mum, he explained every line of the policy.", "positive", "support", (), False),
        ("I complained about the adjuster being rude and got a proper apology and a call back from a manager.", "positive", "support", (), False),
        ("The FAQ is useless, it doesn't even say what counts as accidental damage.", "negative", "support", (), False),
        ("Your emails come from a no-reply address so you can never just reply with a question, I was not amused.", "negative", "support", (), False),
        ("They gave me a direct line to the claims team, which saved me going through the switchboard again.", "positive", "support", (), False),
        ("it would be really helpful to have a whatsapp number for quick questions", "neutral", "support", (), True),
        # billing
        ("The monthly premium went up by a third in the middle of the year and nothing about our house had changed.", "negative", "billing", (), False),
        ("Covera is about eighty pounds cheaper for the same cover, my husband keeps mentioning it.", "negative", "billing", ("Covera",), False),
        ("paying monthly by direct debit is easy i never have to think about it", "positive", "billing", (), False),
        ("They charged us an admin fee for changing the name on the policy, twenty-five pounds for a typo.", "negative", "billing", (), False),
        ("We pay about three hundred a year for buildings and contents, which seems a lot for a two-bed.", "negative", "billing", (), False),
        ("It would be nice if the annual statement broke down what each part of the cover costs.", "neutral", "billing", (), True),
        # renewal
        ("We've renewed three years running and I wouldn't go anywhere else.", "positive", "renewal", (), False),
        ("the renewal quote was two hundred pounds more than new customers pay so we're leaving for homesafe", "negative", "renewal", ("Homesafe",), False),
        ("Cancelling when we sold the house took one phone call, really painless.", "positive", "renewal", (), False),
        ("We switched to Direct Line for the car but kept the house with you.", "neutral", "renewal", ("Direct Line",), False),
        ("I only found out it had auto-renewed when the money left my account, nobody asked me.", "negative", "renewal", (), False),
        ("We downgraded to buildings only when my son moved out with the furniture, and they made that really easy.", "positive", "renewal", (), False),
        ("If you offered a loyalty discount after five years I'd sign up for another five without looking around.", "neutral", "renewal", (), True),
        # no stage
        ("We bought the house in 2015, it's a Victorian terrace.", "neutral", None, (), False),
        ("my wife handles most of the paperwork to be honest", "neutral", None, (), False),
        ("Sorry, I'm just getting over a cold.", "neutral", None, (), False),
        ("we've got two kids and a very old cat", "neutral", None, (), False),
        ("I work from home three days a week as a graphic designer.", "neutral", None, (), False),
    ],
    "mobile_banking": [
        # discovery
        ("We looked at Starling and Revolut as well, but yours was the only app that did business and personal in one login.", "positive", "discovery", ("Starling", "Revolut"), False),
        ("my friend showed me how she splits the bills with her flatmates in the app and that pretty much made my mind up", "positive", "discovery", (), False),
        ("The website never said clearly whether my savings would be protected by the deposit guarantee, so I nearly didn't bother.", "negative", "discovery", (), False),
        ("I heard about you on a podcast, one of those money-saving ones.", "neutral", "discovery", (), False),
        ("The reviews in the app store were mixed, so at first I only moved fifty quid across to see how it went.", "neutral", "discovery", (), False),
        ("i'd been with barclays for twenty years and honestly i only started looking around because my local branch closed", "neutral", "discovery", ("Barclays",), False),
        ("Picking you was easy in the end, the video on the homepage showed exactly how the savings pots work.", "positive", "discovery", (), False),
        ("Pennyvault kept popping up in my feed, but when I read about their outages I went with you instead and I'm glad I did.", "positive", "discovery", ("Pennyvault",), False),
        ("It took me ages to work out which of your three current accounts I actually needed, the descriptions all read the same.", "negative", "discovery", (), False),
        # onboarding
        ("Opening the account took ten minutes, I scanned my passport, did a selfie and that was it.", "positive", "onboarding", (), False),
        ("the selfie check failed four times because of the light in my kitchen so i gave up and tried again the next day", "negative", "onboarding", (), False),
        ("Moving my salary and direct debits over when I joined was fine I guess, one of them went missing for a week.", "neutral", "onboarding", (), False),
        ("I wish the sign-up had let me add my partner as a joint holder straight away instead of in a separate form afterwards.", "neutral", "onboarding", (), True),
        ("The card arrived two days after I applied and activating it was a single tap.", "positive", "onboarding", (), False),
        ("they asked me for proof of address three times and each time said the letter was too old even though it was from that month", "negative", "onboarding", (), False),
        ("The first week I kept hunting for my sort code, it's tucked away three menus down.", "negative", "onboarding", (), False),
        ("i came over from hsbc and the app pulled in all my saved payees by itself which was a nice surprise", "positive", "onboarding", ("HSBC",), False),
        ("Setting up the fingerprint login was a bit fiddly at the start, nothing major.", "neutral", "onboarding", (), False),
        # everyday use
        ("I check my balance most mornings on the bus, that's about it really.", "neutral", "everyday_use", (), False),
        ("The spending categories are spot on, I can see exactly how much went on takeaways last month.", "positive", "everyday_use", (), False),
        ("yeah so last payday the app was down the whole morning and i couldn't pay my rent until the afternoon", "negative", "everyday_use", (), False),
        ("It mostly works, although the payment notifications sometimes come an hour after I've paid.", "neutral", "everyday_use", (), False),
        ("it does what it says on the tin i tap my phone at the till and the ping comes straight away", "positive", "everyday_use", (), False),
        ("Every time I try to pay someone new I get logged out halfway through and have to start again.", "negative", "everyday_use", (), False),
        ("I love the savings pots, it would be great if I could lock one until a certain date so I can't dip into it.", "positive", "everyday_use", (), True),
        ("When I go abroad I take my Revolut card, because yours gets declined in about half the shops.", "negative", "everyday_use", ("Revolut",), False),
        ("if only the app let me search my transactions by amount that would save me a lot of scrolling", "neutral", "everyday_use", (), True),
        ("The round-ups have quietly put away about four hundred pounds this year without me noticing.", "positive", "everyday_use", (), False),
        ("During that nationwide card machine outage last December your app still let me send money to friends, so I wasn't stuck.", "positive", "everyday_use", (), False),
        ("I use it for day-to-day spending and keep my savings somewhere else.", "neutral", "everyday_use", (), False),
        ("honestly it's never once let me down", "positive", "everyday_use", (), False),
        # support
        ("when my card was skimmed i waited on the phone for forty minutes and then the line went dead", "negative", "support", (), False),
        ("The person in the chat sorted out a blocked payment in about five minutes, no fuss at all.", "positive", "support", (), False),
        ("I've only looked at the help pages once, to find out how to order a new PIN.", "neutral", "support", (), False),
        ("I reported a dodgy payment through the chat and someone from the fraud team rang me back within the hour.", "positive", "support", (), False),
        ("The bot keeps suggesting articles about lost cards when I'm asking about something completely different.", "negative", "support", (), False),
        ("I'd love a way to book a call back instead of sitting in the chat queue.", "neutral", "support", (), True),
        ("my complaint about the frozen account got a template letter back saying they'd looked into it and that was that", "negative", "support", (), False),
        ("With Starling I always got a human in the chat within a minute, here it's twenty minutes of a bot first.", "negative", "support", ("Starling",), False),
        ("The lady on the phone stayed with me until the old card was blocked and a new one was on its way.", "positive", "support", (), False),
        ("I was going back and forth with the chat for about a week over a payment that bounced, and every time someone new picked it up I had to explain the whole thing from the beginning.", "negative", "support", (), False),
        # billing
        ("No monthly fee and no charge for spending abroad, for me that's the whole point.", "positive", "billing", (), False),
        ("The overdraft interest jumped in the spring and I only found out from my statement.", "negative", "billing", (), False),
        ("i got charged a late fee on the credit card even though the payment left my account the day before", "negative", "billing", (), False),
        ("I'm on the premium account, it's twelve pounds a month with phone insurance included.", "neutral", "billing", (), False),
        ("They charged me five pounds for a paper statement I never asked for.", "negative", "billing", (), False),
        ("It would be nice to see the fee for an international payment before I send it, not afterwards.", "neutral", "billing", (), True),
        ("the refund for the double charge came back in two days without me even having to ask", "positive", "billing", (), False),
        ("Sending money to my sister in Poland cost me nine pounds in fees and an exchange rate I'd call creative.", "negative", "billing", (), False),
        ("The fees page lists every charge in plain English, nothing tucked away in the small print.", "positive", "billing", (), False),
        # renewal
        ("I moved my main account to Monzo last month, I just got tired of the app freezing.", "negative", "renewal", ("Monzo",), False),
        ("We upgraded to the joint premium account when we bought the house, and it took about two minutes.", "positive", "renewal", (), False),
        ("closing the old savings account meant writing a letter and posting it which in this day and age is a bit much", "negative", "renewal", (), False),
        ("I've been with you six years now and I can't see myself moving.", "positive", "renewal", (), False),
        ("I downgraded from premium to the standard account because I never used the airport lounge passes.", "neutral", "renewal", (), False),
        ("Coinrail keeps sending me switching offers with a hundred and fifty quid bonus, and after the last outage I'm seriously thinking about it.", "negative", "renewal", ("Coinrail",), False),
        ("If you brought out a cashback tier I'd upgrade straight away, I'd happily pay a few pounds a month for it.", "neutral", "renewal", (), True),
        ("my daughter banks with nationwide and keeps telling me to join her but i'm staying put the app suits me fine", "positive", "renewal", ("Nationwide",), False),
        ("When I tried to close the credit card they put me through to a retention team who spent twenty minutes offering me things I didn't want.", "negative", "renewal", (), False),
        # no stage
        ("I'm a nurse, I've been on nights most of this month.", "neutral", None, (), False),
        ("sorry there's a starling got into the kitchen give me a second", "neutral", None, (), False),
        ("We've got three kids, so money is always a bit of a juggle.", "neutral", None, (), False),
        ("i moved to leeds for work about two years ago", "neutral", None, (), False),
        ("My husband is the one who's good with numbers, honestly.", "neutral", None, (), False),
        # plain-spoken price, speed, reliability, support and setup remarks
        ("no way is the premium account worth what they charge every month", "negative", "billing", (), False),
        ("Honestly, I'm paying far too much in fees for what is basically a current account.", "negative", "billing", (), False),
        ("Taking cash out of a machine costs me every single time, those charges are daylight robbery.", "negative", "billing", (), False),
        ("The app is painfully slow to open, I'm stood at the till watching the spinner go round.", "negative", "everyday_use", (), False),
        ("the app crashes every time i try to open my statements", "negative", "everyday_use", (), False),
        ("transfers to my other bank take days to show up which is useless when the rent is due", "negative", "everyday_use", (), False),
        ("I sent a message about a missing payment two weeks ago and nobody has replied yet.", "negative", "support", (), False),
        ("Getting the account set up was an absolute pain, it took me the best part of a fortnight to get verified.", "negative", "onboarding", (), False),
        ("the fee for a transfer to my euro account is about two pounds each time", "neutral", "billing", (), False),
        ("The app takes about three seconds to open on my phone and then asks for my fingerprint.", "neutral", "everyday_use", (), False),
        ("I've contacted support twice this year, both times through the chat in the app.", "neutral", "support", (), False),
        ("for what it costs me the premium account is honestly a bargain", "positive", "billing", (), False),
        ("Transfers land in seconds and the app hasn't crashed on me once this year.", "positive", "everyday_use", (), False),
        ("I messaged about a blocked card on a Sunday and had an answer inside ten minutes.", "positive", "support", (), False),
    ],
    "online_groceries": [
        # discovery
        ("We started using you during the first lockdown when every other slot in town was booked for weeks.", "neutral", "discovery", (), False),
        ("i tried ocado first but they didn't deliver to our village so that decided it really", "neutral", "discovery", ("Ocado",), False),
        ("A colleague swore by you and she was right, the fruit and veg is better than at the big supermarkets.", "positive", "discovery", (), False),
        ("Before you signed up you couldn't even see which products were available in your area, so I nearly went elsewhere.", "negative", "discovery", (), False),
        ("We compared Tesco and Sainsbury's for a while, and yours had the only slots before eight in the morning.", "positive", "discovery", ("Tesco", "Sainsbury's"), False),
        ("I heard about you from a leaflet that came through the door.", "neutral", "discovery", (), False),
        ("the first time i looked at the app i honestly couldn't tell if you were a supermarket or one of those meal kit things", "negative", "discovery", (), False),
        ("Choosing you over Basketly came down to the fact that you stock the gluten-free bread my son eats.", "positive", "discovery", ("Basketly",), False),
        ("I gave it a go because of the first-delivery-free offer, and I haven't looked back since.", "positive", "discovery", (), False),
        # onboarding
        ("Creating the account and booking my first slot took about five minutes.", "positive", "onboarding", (), False),
        ("the app wouldn't save my flat number when i was setting up so the first driver couldn't find us", "negative", "onboarding", (), False),
        ("Building that first big shop took ages because I had to search for every single item one by one.", "negative", "onboarding", (), False),
        ("It would be great if new customers could paste in a shopping list when they first join, instead of adding things one at a time.", "neutral", "onboarding", (), True),
        ("There was a little tour of the app the first time I logged in, which I actually found handy.", "positive", "onboarding", (), False),
        ("Adding my dietary preferences at the start was fine I guess, though it still shows me meat offers.", "neutral", "onboarding", (), False),
        ("Nobody told me at sign-up that you need to be in for a two-hour window, I thought they'd leave it on the step.", "negative", "onboarding", (), False),
        ("The welcome email explained substitutions and slot booking in plain words, I didn't need anything else.", "positive", "onboarding", (), False),
        # everyday use
        ("I do one big shop on a Sunday evening for the week and top up at the corner shop.", "neutral", "everyday_use", (), False),
        ("The fruit is always ripe but not too ripe, I don't know how you manage it.", "positive", "everyday_use", (), False),
        ("last week half the order was missing and the substitutions were things like oat milk for double cream", "negative", "everyday_use", (), False),
        ("The driver always texts twenty minutes before, which makes planning the evening easy.", "positive", "everyday_use", (), False),
        ("It mostly works I guess, although the eggs turn up cracked maybe once a month.", "neutral", "everyday_use", (), False),
        ("The frozen stuff was soft by the time it reached us, twice in one month.", "negative", "everyday_use", (), False),
        ("I love the favourites list, if only it could remind me when I've forgotten something I buy every week.", "positive", "everyday_use", (), True),
        ("The search gives me twelve kinds of hummus before it shows me a plain tin of chickpeas.", "negative", "everyday_use", (), False),
        ("For frozen things we still use the Iceland delivery, and you do everything else.", "neutral", "everyday_use", ("Iceland",), False),
        ("it would be handy to book a slot for the whole month ahead instead of just the next week", "neutral", "everyday_use", (), True),
        ("The use-by dates are usually five or six days out, so nothing goes to waste in our house.", "positive", "everyday_use", (), False),
        ("The slots before work are always gone by Tuesday, so I end up waiting in for the evening one.", "negative", "everyday_use", (), False),
        ("we get a delivery roughly every ten days usually on a thursday evening", "neutral", "everyday_use", (), False),
        ("the drivers are always lovely to be fair", "positive", "everyday_use", (), False),
        # support
        ("I reported the squashed bread through the chat and someone had replied before I'd even put the kettle on.", "positive", "support", (), False),
        ("i rang about a missing bag and got passed between three people who each asked for my order number again", "negative", "support", (), False),
        ("The help centre answered my question about returning the bags, that's the only time I've used it.", "neutral", "support", (), False),
        ("When the driver left our shopping at the wrong house, customer services arranged a redelivery that same night.", "positive", "support", (), False),
        ("The chatbot just keeps asking if I'd like to rate my last order.", "negative", "support", (), False),
        ("I'd love to be able to attach a photo to a complaint instead of describing the mouldy strawberries in words.", "neutral", "support", (), True),
        ("With Sainsbury's you get a real person on the phone, here it's a web form and a two-day wait.", "negative", "support", ("Sainsbury's",), False),
        ("my complaint about the rude driver got an answer a week later asking if i still needed help", "negative", "support", (), False),
        ("The woman on the phone was so patient with my dad, who doesn't really get apps, and she put the order in for him.", "positive", "support", (), False),
        # billing
        ("The delivery pass works out at about a pound a shop for us, which is nothing.", "positive", "billing", (), False),
        ("the minimum basket went up from forty to fifty pounds and nobody told us", "negative", "billing", (), False),
        ("Tesco is a good ten percent cheaper for the same basket, I've compared them.", "negative", "billing", ("Tesco",), False),
        ("We usually spend around ninety pounds a week, give or take.", "neutral", "billing", (), False),
        ("They charged full price for a substitute that was half the size, and the refund took a fortnight.", "negative", "billing", (), False),
        ("The receipt email lists every substitution and what it cost, which my wife likes for the budget.", "positive", "billing", (), False),
        ("It would be really helpful to see the final price of the weighed items before the driver arrives.", "neutral", "billing", (), True),
        ("the total at the door was thirty pounds more than the app had said once the meat was weighed", "negative", "billing", (), False),
        ("Paying with the saved card is quick, I never have to dig my purse out.", "positive", "billing", (), False),
        ("After a couple of months of comparing receipts from the shop and from you, I worked out that the same basket costs me about fifteen percent more online, and nobody mentions that anywhere.", "negative", "billing", (), False),
        # renewal
        ("We paused the delivery pass over the summer because we were at the caravan most weekends.", "neutral", "renewal", (), False),
        ("we've moved most of our shopping to crateful now their slots are just more reliable round here", "negative", "renewal", ("Crateful",), False),
        ("I renewed the annual pass without even checking the price, and that says it all really.", "positive", "renewal", (), False),
        ("Cancelling the pass meant going through four screens asking if I was sure.", "negative", "renewal", (), False),
        ("We upgraded to the midweek pass when the baby came along and it was dead simple.", "positive", "renewal", (), False),
        ("If you did a smaller pass just for heavy things like water and cat litter, I'd happily downgrade to that.", "neutral", "renewal", (), True),
        ("my neighbour keeps trying to get me onto amazon fresh but i'm sticking with you the fruit alone is worth it", "positive", "renewal", ("Amazon Fresh",), False),
        ("After the third missing delivery we stopped ordering for a couple of months and went back to the shops.", "negative", "renewal", (), False),
        ("I tried Larder for a month and came straight back, their drivers just dumped the bags at the gate.", "positive", "renewal", ("Larder",), False),
        # no stage
        ("We live on the top floor with no lift.", "neutral", None, (), False),
        ("sorry the kettle's just boiled hang on a sec", "neutral", None, (), False),
        ("We went to Iceland last summer for our anniversary, saw the northern lights and everything.", "neutral", None, (), False),
        ("i'm a teaching assistant and my husband drives a bus", "neutral", None, (), False),
        ("Our larder cupboard is about the size of a shoebox.", "neutral", None, (), False),
        # plain-spoken price, speed, reliability, support and setup remarks
        ("The delivery charges are way too high, some weeks they're nearly a tenth of the whole shop.", "negative", "billing", (), False),
        ("honestly the prices are steep for what turns up on the doorstep", "negative", "billing", (), False),
        ("the delivery pass isn't worth the money not even close", "negative", "billing", (), False),
        ("The app is so slow when I'm searching that doing the weekly shop takes me the whole evening.", "negative", "everyday_use", (), False),
        ("the driver turns up an hour late more often than not", "negative", "everyday_use", (), False),
        ("The app crashes every time I try to edit my order, so I've given up changing anything once it's booked.", "negative", "everyday_use", (), False),
        ("I've sent three messages about the damaged shopping and still haven't heard a thing back.", "negative", "support", (), False),
        ("setting up the first order was such a faff i nearly gave up before i'd bought anything", "negative", "onboarding", (), False),
        ("Delivery costs us four pounds fifty on a weekday evening and a bit more at weekends.", "neutral", "billing", (), False),
        ("Loading the app and getting to my favourites list takes about half a minute on my phone.", "neutral", "everyday_use", (), False),
        ("I've used the chat twice, once for a missing bag and once to change my address.", "neutral", "support", (), False),
        ("honestly for the quality you get the prices are very fair", "positive", "billing", (), False),
        ("The app is quick, I can get the whole weekly shop done in about ten minutes.", "positive", "everyday_use", (), False),
        ("When I reported the damaged eggs, someone from support replied within twenty minutes and sorted it.", "positive", "support", (), False),
    ],
    "hotel_booking": [
        # discovery
        ("I found you through a search for last-minute rooms in Edinburgh, and you were the only site with anything left.", "positive", "discovery", (), False),
        ("we used to book everything on booking.com and i only tried you because a friend had a discount code", "neutral", "discovery", ("Booking.com",), False),
        ("I compared you with Expedia and Hotels.com for our honeymoon and honestly they all showed the same hotels, so I just picked one.", "neutral", "discovery", ("Expedia", "Hotels.com"), False),
        ("Your adverts followed me around the internet for weeks, which made me less keen to try you, not more.", "negative", "discovery", (), False),
        ("The reviews on your site felt honest, people mention the bad bits too, and that's what won me over.", "positive", "discovery", (), False),
        ("i think i first saw you on the telly during the football", "neutral", "discovery", (), False),
        ("When I was deciding, your site didn't say whether you had apartments as well as hotels, so I nearly went with Staywise.", "negative", "discovery", ("Staywise",), False),
        ("I found you in the first place through Kayak, you came up top for a hotel in Bath.", "neutral", "discovery", ("Kayak",), False),
        ("my sister kept going on about your app so i gave it a try mostly to shut her up and she was right", "positive", "discovery", (), False),
        ("We were planning a family wedding abroad and I spent a whole weekend going between your site and the hotels' own pages, trying to work out who actually had rooms with sea views.", "neutral", "discovery", (), False),
        # onboarding
        ("Making an account took thirty seconds with my Google login.", "positive", "onboarding", (), False),
        ("the app made me verify my email and my phone number before i could even search which felt like a lot", "negative", "onboarding", (), False),
        ("Importing my old bookings from my email was fine I guess, it missed a couple.", "neutral", "onboarding", (), False),
        ("I wish it had asked about my hotel loyalty cards when I set up the account, I had to find that menu myself later.", "neutral", "onboarding", (), True),
        ("The first time I used the app I couldn't work out how to filter for rooms with free cancellation.", "negative", "onboarding", (), False),
        ("Setting up the business account for our team was painless, we had everyone on it by lunchtime.", "positive", "onboarding", (), False),
        ("i came across from airbnb and the app picked up my saved card and passport details from my phone which was smart", "positive", "onboarding", ("Airbnb",), False),
        ("The welcome screens went past so fast that I still didn't know where my saved hotels were kept.", "negative", "onboarding", (), False),
        # everyday use
        ("I book maybe fifteen nights a year, mostly for work.", "neutral", "everyday_use", (), False),
        ("The app keeps all the confirmation numbers in one place, so at check-in I just show my phone.", "positive", "everyday_use", (), False),
        ("yeah so twice now the hotel had no record of the booking when we turned up", "negative", "everyday_use", (), False),
        ("Search results load a bit slowly on the train, but I get there in the end.", "neutral", "everyday_use", (), False),
        ("The photos of the room in Lisbon were clearly from about ten years ago.", "negative", "everyday_use", (), False),
        ("it just shows you what's free near where you are and you tap and that's it", "positive", "everyday_use", (), False),
        ("I love the saved searches, it would be great if it told me when a room I'm watching becomes available again.", "positive", "everyday_use", (), True),
        ("The late check-in notes I type in the app never seem to reach the hotel.", "negative", "everyday_use", (), False),
        ("if only the map let me draw the area i want to stay in instead of zooming in and out all the time", "neutral", "everyday_use", (), True),
        ("The filters actually work, when I ask for step-free access I get step-free access.", "positive", "everyday_use", (), False),
        ("I usually book about a week ahead, on my phone in the evening.", "neutral", "everyday_use", (), False),
        ("Never had a single problem with check-in.", "positive", "everyday_use", (), False),
        # support
        ("i called about a double booking at eleven at night and got a recorded message telling me to try again in the morning", "negative", "support", (), False),
        ("When the hotel in Rome overbooked, your team found us another room round the corner within an hour.", "positive", "support", (), False),
        ("I've only used the help pages once, to check how to add a second guest.", "neutral", "support", (), False),
        ("The chat kept sending me back to the hotel and the hotel kept sending me back to you.", "negative", "support", (), False),
        ("I'd love a proper phone number for when you're standing at a reception desk at midnight.", "neutral", "support", (), True),
        ("my complaint about the dirty room was closed after two days without anyone replying", "negative", "support", (), False),
        ("The woman I spoke to rang the hotel herself and got them to put a cot in the room while I waited.", "positive", "support", (), False),
        ("Hotels.com has a live chat with actual people, yours is a form and a forty-eight hour wait.", "negative", "support", ("Hotels.com",), False),
        ("The agent stayed on the line while the hotel looked for our booking, so we weren't left standing in the lobby.", "positive", "support", (), False),
        # billing
        ("The price at checkout was thirty euros higher than on the search page, all in fees.", "negative", "billing", (), False),
        ("paying at the hotel instead of upfront is handy for work because the invoice comes straight from them", "positive", "billing", (), False),
        ("Booking.com had the same room for twenty pounds less that weekend, I checked afterwards.", "negative", "billing", ("Booking.com",), False),
        ("We usually spend about a hundred and twenty a night, a bit more in London.", "neutral", "billing", (), False),
        ("The refund was back on my card three days after the hotel closed for renovation.", "positive", "billing", (), False),
        ("It would be nice to split the payment between two cards when I'm travelling with friends.", "neutral", "billing", (), True),
        ("i got charged in dollars for a hotel in spain and my bank added its own fee on top", "negative", "billing", (), False),
        ("The points I earn take about ten percent off every fifth stay, which adds up.", "positive", "billing", (), False),
        ("They took a deposit for a pay-at-the-hotel room, which I only noticed on my bank statement.", "negative", "billing", (), False),
        # renewal
        ("I've moved all my work travel to Roomly since our company signed a deal with them.", "neutral", "renewal", ("Roomly",), False),
        ("we've stuck with you for years partly out of habit but mostly because it never lets us down", "positive", "renewal", (), False),
        ("Deleting my account took an email to a privacy address and a ten-day wait.", "negative", "renewal", (), False),
        ("I upgraded to the Gold membership for the free breakfast and it paid for itself on the first trip.", "positive", "renewal", (), False),
        ("After the mess in Rome I went back to booking directly with the hotels for a while.", "negative", "renewal", (), False),
        ("If there were a family tier with connecting rooms guaranteed, I'd upgrade without thinking twice.", "neutral", "renewal", (), True),
        ("I tried Compass for a city break in Prague, their app crashed at check-in, so I came back to you.", "positive", "renewal", ("Compass",), False),
        ("I let my status drop from Gold to Silver this year because I'm travelling less.", "neutral", "renewal", (), False),
        ("Cancelling the Gold membership was one button, no guilt trip, which I appreciated.", "positive", "renewal", (), False),
        ("to be honest i'm only keeping the account until my points are used up", "negative", "renewal", (), False),
        # no stage
        ("I'm a sales rep for a kitchen company, so I'm on the road a lot.", "neutral", None, (), False),
        ("We took a kayak out on the loch on the last day, first time for both of us.", "neutral", None, (), False),
        ("sorry i'm in the car park the signal is patchy", "neutral", None, (), False),
        ("My partner is Portuguese, so we go over to see her family twice a year.", "neutral", None, (), False),
        ("i've got no sense of direction honestly even with a compass i'd get lost", "neutral", None, (), False),
        # plain-spoken price, speed, reliability, support and setup remarks
        ("The booking fees are ridiculous, I'm paying extra just for the privilege of using the site.", "negative", "billing", (), False),
        ("honestly the prices on here are silly money for a basic double room", "negative", "billing", (), False),
        ("Paying that much for one night felt like a rip-off, the room wasn't worth half of it.", "negative", "billing", (), False),
        ("the search results take that long to load i've made a cup of tea by the time they show up", "negative", "everyday_use", (), False),
        ("The app keeps freezing halfway through a booking, so I never know if it's gone through.", "negative", "everyday_use", (), False),
        ("I asked about changing the dates a week ago and I'm still waiting for anyone to answer.", "negative", "support", (), False),
        ("the customer service line is hopeless you're on hold for an hour and then get cut off", "negative", "support", (), False),
        ("Setting up the business account was a real headache, it took us most of a month to get everyone on it.", "negative", "onboarding", (), False),
        ("A double room in the city centre comes to around ninety pounds a night on your site.", "neutral", "billing", (), False),
        ("The app takes a few seconds to load the map when I search a new town.", "neutral", "everyday_use", (), False),
        ("I've been in touch with support twice, both times by email about changing a date.", "neutral", "support", (), False),
        ("for the price you pay the rooms are honestly great value", "positive", "billing", (), False),
        ("The app is really quick, I can find and book a room in under two minutes.", "positive", "everyday_use", (), False),
        ("I emailed about a wrong date on a booking and someone had fixed it before I'd finished breakfast.", "positive", "support", (), False),
    ],
    "project_management_saas": [
        # discovery
        ("We trialled Asana and Trello side by side for a sprint before we settled on you.", "neutral", "discovery", ("Asana", "Trello"), False),
        ("our cto had used it at her last company and pushed for it from day one", "neutral", "discovery", (), False),
        ("The feature list on the website was so vague I couldn't tell whether you even had time tracking.", "negative", "discovery", (), False),
        ("Honestly the free trial convinced the whole team in a week, nobody wanted to go back to spreadsheets.", "positive", "discovery", (), False),
        ("i found you on a list of tools for small agencies i think", "neutral", "discovery", (), False),
        ("Jira felt like a lot for a team of eight designers, so we went looking for something lighter and found you.", "neutral", "discovery", ("Jira",), False),
        ("The sales call was not bad at all, they built a board with our actual projects on it while we watched.", "positive", "discovery", (), False),
        ("We almost went elsewhere because your demo kept freezing during the screen share.", "negative", "discovery", (), False),
        ("Your template gallery is what sold it to me, there was one for exactly our kind of product launch.", "positive", "discovery", (), False),
        # onboarding
        ("Importing our old Trello boards took one click and even the labels came across.", "positive", "onboarding", ("Trello",), False),
        ("the csv import scrambled all the due dates so we spent a week fixing them by hand", "negative", "onboarding", (), False),
        ("Inviting the team was fine I guess, a few of the invites went to spam.", "neutral", "onboarding", (), False),
        ("It would be great if the setup asked what kind of team you are and built the first board for you.", "neutral", "onboarding", (), True),
        ("For the first month half the team was still emailing each other tasks because nobody knew where anything lived.", "negative", "onboarding", (), False),
        ("we set up the workspace on a tuesday morning and by the afternoon stand-up everyone had their tasks in it", "positive", "onboarding", (), False),
        ("The getting-started videos are short and to the point, I watched three and I was away.", "positive", "onboarding", (), False),
        ("Setting up permissions for our clients took me two full days of trial and error.", "negative", "onboarding", (), False),
        # everyday use
        ("I open it first thing every morning to see what's due, and again after lunch.", "neutral", "everyday_use", (), False),
        ("The timeline view is spot on for planning launches, I can see every clash at a glance.", "positive", "everyday_use", (), False),
        ("yeah so the board takes about ten seconds to load once you've got more than a few hundred tasks on it", "negative", "everyday_use", (), False),
        ("It mostly does the job, though the notifications are a bit much.", "neutral", "everyday_use", (), False),
        ("it just does what we need tasks go in tasks come out and nobody argues about who's doing what", "positive", "everyday_use", (), False),
        ("Twice this month a comment I'd written disappeared after I hit save.", "negative", "everyday_use", (), False),
        ("I love the recurring tasks, if only they could skip bank holidays.", "positive", "everyday_use", (), True),
        ("ClickUp has proper docs built in, so we still keep our specs over there and link to them from here.", "negative", "everyday_use", ("ClickUp",), False),
        ("I'd pay extra for a workload view that shows who's drowning and who's got time to spare.", "neutral", "everyday_use", (), True),
        ("The mobile app is fine for ticking things off, but I'd never plan a project on it.", "neutral", "everyday_use", (), False),
        ("Dependencies actually shift by themselves when something slips, which saved my skin last quarter.", "positive", "everyday_use", (), False),
        ("nobody on the team complains about it", "positive", "everyday_use", (), False),
        ("What I keep coming back to is that when a client asks me where something is, I send them a link to the board and they can see for themselves without me writing a status email.", "positive", "everyday_use", (), False),
        ("I'd had a notion that the automations would send reminders, but they only fire when a status changes.", "negative", "everyday_use", (), False),
        # support
        ("I raised a ticket about the broken calendar integration and it took eleven days to get a first reply.", "negative", "support", (), False),
        ("the guy on the chat recorded a little video showing me how to fix our automation which was above and beyond", "positive", "support", (), False),
        ("I've used the docs a couple of times to look up keyboard shortcuts.", "neutral", "support", (), False),
        ("Every answer from support starts with 'have you tried clearing your cache'.", "negative", "support", (), False),
        ("I'd love a community forum where other admins share how they've set up their boards.", "neutral", "support", (), True),
        ("When we deleted a whole project by mistake, support restored it from a backup the same morning.", "positive", "support", (), False),
        ("with basecamp we had a named account manager and here we're just a ticket number", "negative", "support", ("Basecamp",), False),
        ("My complaint about the outage got a form reply and a link to the status page.", "negative", "support", (), False),
        ("The help articles have a short clip for every step, so I rarely need to ask anyone.", "positive", "support", (), False),
        # billing
        ("We pay per seat, about nine pounds each a month for fourteen people.", "neutral", "billing", (), False),
        ("The price per seat went up twice in one year, the second time with two weeks' notice.", "negative", "billing", (), False),
        ("monday.com quoted us almost half for the same number of seats", "negative", "billing", ("Monday.com",), False),
        ("i got billed for three people who'd left months ago because deactivating them doesn't stop the charge", "negative", "billing", (), False),
        ("The nonprofit discount made it affordable for us, it's half the list price.", "positive", "billing", (), False),
        ("It would be great if guests who only leave comments didn't count as a paid seat.", "neutral", "billing", (), True),
        ("The invoices come with the VAT split out and our finance team has never had to ask a question.", "positive", "billing", (), False),
        ("Paying for the year up front saved us about two months' worth, which kept finance happy.", "positive", "billing", (), False),
        ("The bill for March was four hundred pounds more than February and nobody could tell me why.", "negative", "billing", (), False),
        # renewal
        ("We renewed for another year without even discussing it, it's just part of how we work now.", "positive", "renewal", (), False),
        ("honestly if they move the timeline view to the enterprise tier we'll be off to asana", "negative", "renewal", ("Asana",), False),
        ("Downgrading from Business to Team wiped our automations without any warning.", "negative", "renewal", (), False),
        ("We upgraded to the Business plan when we hit twenty people and the switch was seamless.", "positive", "renewal", (), False),
        ("The design team moved to Notion last spring, but engineering stayed with you.", "neutral", "renewal", ("Notion",), False),
        ("If the Team plan had guest access I'd happily downgrade to it from Business.", "neutral", "renewal", (), True),
        ("Cancelling our second workspace took an email to sales and three weeks of back and forth.", "negative", "renewal", (), False),
        ("a few people keep pushing taskforge but nobody wants to move three years of projects and honestly this does everything we need", "positive", "renewal", ("Taskforge",), False),
        ("We're staying mainly because moving everything would be a nightmare, not because we love it.", "negative", "renewal", (), False),
        # no stage
        ("I run a small design studio, there are fourteen of us now.", "neutral", None, (), False),
        ("we got as far as basecamp on the trek last spring before my knee gave out", "neutral", None, (), False),
        ("Sorry, my colleague just walked in, one sec.", "neutral", None, (), False),
        ("i've been a project manager for about twelve years in one form or another", "neutral", None, (), False),
        ("Half of us work remotely, mostly from Lisbon and Manchester.", "neutral", None, (), False),
        # plain-spoken price, speed, reliability, support and setup remarks
        ("We're paying way over the odds per seat for what's basically a to-do list with colours.", "negative", "billing", (), False),
        ("honestly the business plan is a waste of money most of the team only ever uses the basics", "negative", "billing", (), False),
        ("The price per head is just too high for an agency our size, finance moans about it every month.", "negative", "billing", (), False),
        ("The board is sluggish all day, you click on a task and sit there watching it think.", "negative", "everyday_use", (), False),
        ("notifications go missing all the time so people miss deadlines they never heard about", "negative", "everyday_use", (), False),
        ("The app crashed three times during our planning meeting yesterday and lost my changes.", "negative", "everyday_use", (), False),
        ("I raised a ticket about the broken export a fortnight ago and nobody has even acknowledged it.", "negative", "support", (), False),
        ("getting the workspace set up properly was a real slog it took us the best part of a month", "negative", "onboarding", (), False),
        ("We're on the annual plan, which works out at about eight pounds a seat each month.", "neutral", "billing", (), False),
        ("The app syncs in the background every few minutes, and there's a refresh button if you need it sooner.", "neutral", "everyday_use", (), False),
        ("Support is by email on our plan, and the phone line is only for enterprise customers.", "neutral", "support", (), False),
        ("to be fair the per seat price is really reasonable for what it does", "positive", "billing", (), False),
        ("It's fast even with our biggest projects, and I can't remember the last time it went down.", "positive", "everyday_use", (), False),
        ("I had a question about permissions and support answered with a clear fix in about twenty minutes.", "positive", "support", (), False),
    ],
    "mobile_network": [
        # discovery
        ("I picked you because my whole family was already on your network and the shared data deal made sense.", "positive", "discovery", (), False),
        ("we looked at vodafone and three but yours was the only sim only deal with unlimited data under fifteen quid", "positive", "discovery", ("Vodafone", "Three"), False),
        ("Honestly the coverage map on your website promised full signal in our village and that turned out to be a fairy tale.", "negative", "discovery", (), False),
        ("I saw the advert with the dog on the telly, that's about all I remember.", "neutral", "discovery", (), False),
        ("My brother's on Skylink and says it's cheaper, but every time I've used his phone out here it had no signal.", "positive", "discovery", ("Skylink",), False),
        ("the comparison site made you look cheap but the price went up the moment i added roaming", "negative", "discovery", (), False),
        ("I was with O2 for ten years before this, then I moved when I changed jobs.", "neutral", "discovery", ("O2",), False),
        # onboarding
        ("The new SIM came the next morning and I kept my old number without any fuss.", "positive", "onboarding", (), False),
        ("porting my number over took nine days and i had no phone for two of them", "negative", "onboarding", (), False),
        ("The eSIM setup wanted a QR code that the email never actually contained.", "negative", "onboarding", (), False),
        ("Activating it was a case of popping the SIM in and waiting ten minutes, easy.", "positive", "onboarding", (), False),
        ("I wish the welcome text explained how to set up voicemail, I still haven't done it.", "neutral", "onboarding", (), True),
        ("I set it up on my lunch break, nothing to report really.", "neutral", "onboarding", (), False),
        # everyday use
        ("Calls drop every single time I go under the railway bridge on my way home.", "negative", "everyday_use", (), False),
        ("The 5G in town is really quick, I stream on the bus without it buffering.", "positive", "everyday_use", (), False),
        ("i mostly use it for whatsapp and maps nothing fancy", "neutral", "everyday_use", (), False),
        ("Signal indoors at my flat is patchy, I have to stand by the window to send a text.", "negative", "everyday_use", (), False),
        ("It mostly works, though the data slows to a crawl at football matches.", "neutral", "everyday_use", (), False),
        ("The app shows exactly how much data I've got left, which stops me going over.", "positive", "everyday_use", (), False),
        ("it would be great if unused data rolled over into the next month", "neutral", "everyday_use", (), True),
        ("the wifi calling is a lifesaver in our basement office", "positive", "everyday_use", (), False),
        # support
        ("I rang about a strange charge and the man on the phone had it cleared before I'd finished my tea.", "positive", "support", (), False),
        ("The chatbot sent me round in circles for half an hour and never put me through to a person.", "negative", "support", (), False),
        ("My phone was stolen on holiday and they had the SIM blocked and a new one posted the same day.", "positive", "support", (), False),
        ("i've never needed to contact them which i suppose is a good sign", "neutral", "support", (), False),
        ("they told me three different things on three different calls about why my signal had gone", "negative", "support", (), False),
        ("If you had a proper live chat in the evenings I'd use it instead of ringing.", "neutral", "support", (), True),
        ("The help page on roaming answered my question in about two lines.", "positive", "support", (), False),
        # billing
        ("My bill went up by four pounds in April and nobody warned me.", "negative", "billing", (), False),
        ("Twelve pounds a month for unlimited calls and texts is fair for what I use.", "positive", "billing", (), False),
        ("I pay by direct debit on the first of the month.", "neutral", "billing", (), False),
        ("they charged me roaming in france even though the plan says europe is included", "negative", "billing", (), False),
        ("Vodafone's family plan works out about ten pounds cheaper for the four of us, my wife keeps pointing that out.", "negative", "billing", ("Vodafone",), False),
        ("I'd pay a couple of pounds more for a plan that included calls to Poland.", "neutral", "billing", (), True),
        ("The bill breaks down every call and text, which I like.", "positive", "billing", (), False),
        # renewal
        ("When my contract ended they offered me the same deal for less, so staying was easy.", "positive", "renewal", (), False),
        ("Leaving meant ringing up for a PAC code and sitting through three retention offers.", "negative", "renewal", (), False),
        ("if the price goes up again in april we'll probably move to giffgaff", "negative", "renewal", ("giffgaff",), False),
        ("I upgraded my handset through the app and the new phone came in two days.", "positive", "renewal", (), False),
        ("My contract runs out in the summer, I haven't looked at anything else yet.", "neutral", "renewal", (), False),
        ("We moved the kids' phones to Three last year, but my husband and I stayed with you.", "neutral", "renewal", ("Three",), False),
        ("i've been with you six years and never once thought about leaving", "positive", "renewal", (), False),
        # decoys and small talk
        ("I read the whole contract in three sittings, a proper page turner it was not.", "negative", "onboarding", (), False),
        ("Sorry, the kettle's just boiled, give me a second.", "neutral", None, (), False),
        ("We live right at the end of the valley, miles from anywhere.", "neutral", None, (), False),
        ("I work nights at the hospital, so I'm usually on my phone at odd hours.", "neutral", None, (), False),
    ],
    "energy_supplier": [
        # discovery
        ("We switched to you because you were the only supplier with a proper green tariff that wasn't silly money.", "positive", "discovery", (), False),
        ("i found you on a comparison site and you came out about eighty quid a year cheaper than british gas", "positive", "discovery", ("British Gas",), False),
        ("Our neighbours are with Octopus and rave about it, but their fixed deal had gone by the time we looked.", "neutral", "discovery", ("Octopus",), False),
        ("The quote online said one thing and the first bill said something quite different.", "negative", "discovery", (), False),
        ("A colleague mentioned you at work, that was really the start of it.", "neutral", "discovery", (), False),
        ("Your website made it so hard to find the unit rates that I nearly went with EDF instead.", "negative", "discovery", ("EDF",), False),
        ("I liked that the prices were on the front page, no digging around.", "positive", "discovery", (), False),
        # onboarding
        ("The switch went through in about two weeks and we didn't have to do a thing.", "positive", "onboarding", (), False),
        ("getting the smart meter fitted took three cancelled appointments and a day off work each time", "negative", "onboarding", (), False),
        ("I sent the opening meter readings through the app in a minute.", "positive", "onboarding", (), False),
        ("The welcome pack was four pages of jargon about tariffs I still don't understand.", "negative", "onboarding", (), False),
        ("I wish the sign-up had asked about our solar panels, we had to sort the export tariff separately.", "neutral", "onboarding", (), True),
        ("They moved us over from the old supplier, it was all a bit of a blur.", "neutral", "onboarding", (), False),
        # everyday use
        ("The app shows what we used yesterday, hour by hour, which has changed how we run the dishwasher.", "positive", "everyday_use", (), False),
        ("The smart meter stopped sending readings in March and we've had estimated bills ever since.", "negative", "everyday_use", (), False),
        ("i check the usage graph maybe once a month", "neutral", "everyday_use", (), False),
        ("The in-home display is useless, it goes blank every few days and needs unplugging.", "negative", "everyday_use", (), False),
        ("It's fine I suppose, the lights come on, that's all I really think about it.", "neutral", "everyday_use", (), False),
        ("it would be nice if the app warned me when the heating was using more than usual", "neutral", "everyday_use", (), True),
        ("We never had a single power cut that was your fault, and the reminders for meter readings are handy.", "positive", "everyday_use", (), False),
        # support
        ("I reported a gas smell, and an engineer was at the door within the hour.", "positive", "support", (), False),
        ("I waited fifty minutes on hold to ask one question about my direct debit.", "negative", "support", (), False),
        ("When the meter was wrong they sent someone out and refunded the difference without any argument.", "positive", "support", (), False),
        ("their emails all come from a no reply address so you can't answer them", "negative", "support", (), False),
        ("The help centre article on switching tariffs was clear enough.", "neutral", "support", (), False),
        ("If you could book the engineer visits online I'd never ring again.", "neutral", "support", (), True),
        ("i've only called them once, when we moved in", "neutral", "support", (), False),
        # billing
        ("Our direct debit jumped from ninety to a hundred and forty pounds with one email's notice.", "negative", "billing", (), False),
        ("The bills are clear, every line says what it's for and how they got the number.", "positive", "billing", (), False),
        ("We pay monthly by direct debit, around a hundred pounds.", "neutral", "billing", (), False),
        ("they sat on a two hundred pound credit on our account for a year until i asked for it back", "negative", "billing", (), False),
        ("British Gas charges about twenty pounds a month less for the same fixed deal, I checked last week.", "negative", "billing", ("British Gas",), False),
        ("I'd happily pay a bit more for a tariff that's cheaper at night for charging the car.", "neutral", "billing", (), True),
        ("The standing charge is lower than anyone else we looked at.", "positive", "billing", (), False),
        # renewal
        ("They emailed me before the fix ended with three options and a clear recommendation, so renewing took a minute.", "positive", "renewal", (), False),
        ("Leaving the old tariff meant an exit fee that nobody had mentioned when we signed up.", "negative", "renewal", (), False),
        ("honestly if the direct debit goes up again we'll be off to octopus", "negative", "renewal", ("Octopus",), False),
        ("We renewed for another two years without really looking around.", "positive", "renewal", (), False),
        ("Our fixed deal ends in October, I'll look at the options nearer the time.", "neutral", "renewal", (), False),
        ("My mum moved to Ovo when she downsized, but we're staying put.", "neutral", "renewal", ("Ovo",), False),
        ("We've had three years with you and I wouldn't go anywhere else.", "positive", "renewal", (), False),
        # decoys and small talk
        ("The house is painted octopus ink blue, my daughter chose it.", "neutral", None, (), False),
        ("Sorry, the dog wants to go out, one moment.", "neutral", None, (), False),
        ("We've got an old Victorian terrace with single glazing, so it's cold whatever we do.", "neutral", None, (), False),
        ("I'm a retired teacher, so I'm home most of the day.", "neutral", None, (), False),
    ],
    "airline": [
        # discovery
        ("I booked with you because you were the only airline flying direct to Porto from our airport on a Saturday.", "positive", "discovery", (), False),
        ("we usually fly easyjet but their fares for half term were silly so we gave you a go", "neutral", "discovery", ("easyJet",), False),
        ("The fare on the comparison site was forty pounds, and by the time I'd added a bag and a seat it was nearly a hundred.", "negative", "discovery", (), False),
        ("A friend flew with you to Lisbon last spring and said the legroom was the best she'd had in years.", "positive", "discovery", (), False),
        ("I looked at Ryanair and British Airways for the same dates, you sat somewhere in the middle on price.", "neutral", "discovery", ("Ryanair", "British Airways"), False),
        ("your website kept timing out while i was comparing dates so i nearly booked with jet2 instead", "negative", "discovery", ("Jet2",), False),
        ("I honestly can't remember how I first heard of you, probably an advert.", "neutral", "discovery", (), False),
        # onboarding (booking, check-in, first setup)
        ("Online check-in took two minutes and the boarding pass went straight into my phone's wallet.", "positive", "onboarding", (), False),
        ("creating an account wanted my passport number before it would even show me my booking", "negative", "onboarding", (), False),
        ("The booking confirmation spelled my surname wrong and I had to pay twenty pounds to change it.", "negative", "onboarding", (), False),
        ("Adding my frequent flyer number to the booking was dead simple.", "positive", "onboarding", (), False),
        ("I wish the app let you check in the whole family at once instead of one passenger at a time.", "neutral", "onboarding", (), True),
        ("I downloaded the app the night before we flew, that's about it.", "neutral", "onboarding", (), False),
        # everyday use (the flight itself)
        ("The crew on the way back were lovely with our two year old, they brought her crayons and a little badge.", "positive", "everyday_use", (), False),
        ("We sat on the tarmac for ninety minutes with no air conditioning and barely an announcement.", "negative", "everyday_use", (), False),
        ("the seats dont recline but for a two hour flight i dont really mind", "neutral", "everyday_use", (), False),
        ("Both flights left on time to the minute, which with small kids is everything.", "positive", "everyday_use", (), False),
        ("The sandwich cost eight pounds and tasted of the fridge.", "negative", "everyday_use", (), False),
        ("It was a flight, it got us there, I don't have strong feelings about it.", "neutral", "everyday_use", (), False),
        ("it would be great if the app told you which gate before the airport screens do", "neutral", "everyday_use", (), True),
        ("my bag came off the belt first for once which made my week", "positive", "everyday_use", (), False),
        # support
        ("When our flight was cancelled the app had already rebooked us on the next one before we reached the desk.", "positive", "support", (), False),
        ("I've been chasing the compensation for the delay since March and all I get is an automated email.", "negative", "support", (), False),
        ("The lady at the desk in Faro found us two seats together after the system had split us up.", "positive", "support", (), False),
        ("the chat told me to ring the call centre and the call centre told me to use the chat", "negative", "support", (), False),
        ("I've never had to contact customer services, touch wood.", "neutral", "support", (), False),
        ("If you had a proper callback option I wouldn't mind the queue so much.", "neutral", "support", (), True),
        ("They lost my suitcase for four days and when it turned up the handle was snapped off.", "negative", "support", (), False),
        # billing
        ("Sixty pounds return to Dublin is a bargain, I'd pay that every time.", "positive", "billing", (), False),
        ("they charged me for a cabin bag at the gate even though the same bag went free on the way out", "negative", "billing", (), False),
        ("I paid with my credit card, the usual way.", "neutral", "billing", (), False),
        ("The refund for the cancelled leg was back on my card within a week, no chasing.", "positive", "billing", (), False),
        ("Jet2 includes a twenty-two kilo bag in the fare, with you it's another thirty pounds each way.", "negative", "billing", ("Jet2",), False),
        ("I'd pay a bit extra for a fare that let me change the date once for free.", "neutral", "billing", (), True),
        ("The price went up by fifty pounds between me looking in the morning and booking at lunchtime.", "negative", "billing", (), False),
        # renewal (loyalty, booking again, leaving)
        ("We've already booked with you again for the summer, no question.", "positive", "renewal", (), False),
        ("After the lost bag I moved my work trips to British Airways and I haven't looked back.", "negative", "renewal", ("British Airways",), False),
        ("My silver status runs out in June, I'll see whether it's worth keeping.", "neutral", "renewal", (), False),
        ("the points lapsed after a year without anyone telling me which felt a bit cheeky", "negative", "renewal", (), False),
        ("I let my membership lapse when I stopped travelling for work, nothing to do with the service.", "neutral", "renewal", (), False),
        ("They matched my status from Skyvale when I moved over, so I lost nothing by switching.", "positive", "renewal", ("Skyvale",), False),
        ("if the bag fees go up again we'll go back to easyjet for the short hops", "negative", "renewal", ("easyJet",), False),
        # decoys and small talk
        ("My nephew is training to be a pilot, he's a real high flyer.", "neutral", None, (), False),
        ("Sorry, that's the doorbell, one second.", "neutral", None, (), False),
        ("We've got family in Portugal so we go over two or three times a year.", "neutral", None, (), False),
        ("I get really nervous on take-off, always have.", "neutral", None, (), False),
    ],
    "online_fashion": [
        # discovery
        ("I found you through an Instagram advert for a coat and ended up buying the coat and two jumpers.", "positive", "discovery", (), False),
        ("i normally shop on asos but a friend said your sizes run truer so i tried you", "neutral", "discovery", ("ASOS",), False),
        ("The photos on the site made the dress look navy and it turned up closer to purple.", "negative", "discovery", (), False),
        ("Your size guide actually has measurements for each item, which nobody else bothers with.", "positive", "discovery", (), False),
        ("I compared your jeans with the ones on Zalando and honestly they looked like the same pair.", "neutral", "discovery", ("Zalando",), False),
        ("The search kept showing me kids' clothes when I typed in women's trainers.", "negative", "discovery", (), False),
        ("My daughter buys everything on Boohoo, but the quality there put me off for good, so I came to you.", "positive", "discovery", ("Boohoo",), False),
        # onboarding
        ("Signing up took a minute and the welcome code knocked fifteen percent off my first order.", "positive", "onboarding", (), False),
        ("it made me create an account just to check out which i hate", "negative", "onboarding", (), False),
        ("The style quiz when I joined was a nice touch, the suggestions were spot on.", "positive", "onboarding", (), False),
        ("I signed up at the till in the shop, the girl did it for me.", "neutral", "onboarding", (), False),
        ("The first order confirmation went to spam, so for two days I thought it hadn't gone through.", "negative", "onboarding", (), False),
        ("I wish the sign-up let you save your sizes so it only showed what's in stock for you.", "neutral", "onboarding", (), True),
        # everyday use (ordering, delivery, the clothes)
        ("The parcel came the next morning, beautifully wrapped, it felt like a present.", "positive", "everyday_use", (), False),
        ("Two of the three tops had threads coming loose after one wash.", "negative", "everyday_use", (), False),
        ("i mostly buy basics, t-shirts and socks, nothing exciting", "neutral", "everyday_use", (), False),
        ("The courier left my parcel in the recycling bin and then marked it as delivered.", "negative", "everyday_use", (), False),
        ("The jeans fit like they were made for me, I went back and bought them in black.", "positive", "everyday_use", (), False),
        ("It usually arrives when it says it will, though the tracking is a bit vague.", "neutral", "everyday_use", (), False),
        ("it would be great to filter out everything that's only available in tiny sizes", "neutral", "everyday_use", (), True),
        ("the app remembers my sizes so i can order in about thirty seconds on the bus", "positive", "everyday_use", (), False),
        # support
        ("I messaged about a missing belt and they sent a new one out the same day, no questions.", "positive", "support", (), False),
        ("The return label link in the email just took me to the home page.", "negative", "support", (), False),
        ("i had to explain the same problem to three different people on the chat", "negative", "support", (), False),
        ("The help page on returns told me everything I needed in a few lines.", "positive", "support", (), False),
        ("I've only contacted them once, about a delivery date.", "neutral", "support", (), False),
        ("If the chat was open on Sundays I'd use it, that's when I do my shopping.", "neutral", "support", (), True),
        ("Someone rang me back within the hour about the wrong size and swapped it without me posting anything first.", "positive", "support", (), False),
        # billing
        ("Free returns are the whole reason I shop with you, I order two sizes and send one back.", "positive", "billing", (), False),
        ("the refund for my return took five weeks and i had to chase it twice", "negative", "billing", (), False),
        ("I pay with PayPal, it's just easier.", "neutral", "billing", (), False),
        ("Delivery went up to four ninety-nine and nobody mentioned it until the checkout.", "negative", "billing", (), False),
        ("Zara charges nothing for delivery over thirty pounds, here I pay whatever I spend.", "negative", "billing", ("Zara",), False),
        ("I'd pay a few pounds a year for a premier delivery pass if you offered one.", "neutral", "billing", (), True),
        ("For the quality the prices are more than fair, I'd say.", "positive", "billing", (), False),
        # renewal (staying, leaving, the loyalty scheme)
        ("I've been a customer for eight years and I'm not going anywhere.", "positive", "renewal", (), False),
        ("After the refund saga I deleted my account and moved my orders to Threadly.", "negative", "renewal", ("Threadly",), False),
        ("My premier membership renews in May, I haven't decided whether to keep it.", "neutral", "renewal", (), False),
        ("they cancelled my loyalty points when i didn't order for a year which felt petty", "negative", "renewal", (), False),
        ("I renewed the delivery pass without even thinking about it, it pays for itself.", "positive", "renewal", (), False),
        ("My sister moved over to ASOS for the student discount, but I'm staying.", "neutral", "renewal", ("ASOS",), False),
        ("honestly if returns start costing money i'll shop somewhere else", "negative", "renewal", (), False),
        # decoys and small talk
        ("My kitchen is painted a sort of zara sand colour, you know the one.", "neutral", None, (), False),
        ("Hang on, the baby's just woken up.", "neutral", None, (), False),
        ("I work in a school, so I'm on my feet all day.", "neutral", None, (), False),
        ("I've never been one for fashion really, my wife would tell you.", "neutral", None, (), False),
    ],
    "payroll_software": [
        # discovery
        ("Our accountant recommended you and said half her clients already ran payroll on it.", "positive", "discovery", (), False),
        ("we were on sage for years but the desktop version was showing its age so we looked around", "neutral", "discovery", ("Sage",), False),
        ("The demo made auto-enrolment look like one click, and it was nothing of the sort.", "negative", "discovery", (), False),
        ("We trialled BrightPay and Paylane side by side, and yours was the one the office manager could use without me.", "positive", "discovery", ("BrightPay", "Paylane"), False),
        ("The pricing page didn't say whether the per-employee fee included directors, so I had to book a call to find out.", "negative", "discovery", (), False),
        ("i think i found you on google, it was a while ago now", "neutral", "discovery", (), False),
        ("Gusto looked nicer but it doesn't do UK payroll, and yours does everything we need, so that decided it.", "positive", "discovery", ("Gusto",), False),
        # onboarding
        ("Importing forty employees from a spreadsheet took an afternoon and every tax code came across.", "positive", "onboarding", (), False),
        ("connecting to hmrc failed four times with an error code nobody at support had seen", "negative", "onboarding", (), False),
        ("The setup wizard asked for our pension provider details and linked it all up itself.", "positive", "onboarding", (), False),
        ("Moving our year-to-date figures over in October meant a week of checking every payslip by hand.", "negative", "onboarding", (), False),
        ("I wish the setup had a checklist of everything HMRC needs before you start, we kept getting stuck halfway.", "neutral", "onboarding", (), True),
        ("Our bookkeeper did the setup, I just signed off the first run.", "neutral", "onboarding", (), False),
        # everyday use
        ("Running the monthly payroll takes me about ten minutes now, it used to eat a whole morning.", "positive", "everyday_use", (), False),
        ("Payslips went out with last month's overtime on them and we had to reissue the lot.", "negative", "everyday_use", (), False),
        ("i run it on the twenty fifth, approve it, and that's it really", "neutral", "everyday_use", (), False),
        ("The employee app means staff download their own payslips instead of emailing me for them.", "positive", "everyday_use", (), False),
        ("The reports screen takes about a minute to load for a company our size.", "negative", "everyday_use", (), False),
        ("It mostly does what we need, though holiday pay for part-timers still confuses it.", "neutral", "everyday_use", (), False),
        ("it would be great if it could pull hours straight from our rota app", "neutral", "everyday_use", (), True),
        ("the real time submissions just go through, i haven't had a rejection in two years", "positive", "everyday_use", (), False),
        # support
        ("I rang about a tax code I didn't understand and the adviser talked me through it in five minutes.", "positive", "support", (), False),
        ("the support inbox takes three working days to reply which is useless on payroll day", "negative", "support", (), False),
        ("When the pension file was rejected someone from support fixed the mapping for us that same afternoon.", "positive", "support", (), False),
        ("The help articles are written for accountants, I needed two read-throughs for every one.", "negative", "support", (), False),
        ("I've used the webinars a couple of times, they're fine.", "neutral", "support", (), False),
        ("If you offered phone support on payroll days only, I'd pay for that.", "neutral", "support", (), True),
        ("I've honestly never needed to ask them anything.", "neutral", "support", (), False),
        # billing
        ("Four pounds an employee a month is cheap next to what our accountant used to charge for the same thing.", "positive", "billing", (), False),
        ("they started charging for leavers as well as current staff and didn't tell anyone", "negative", "billing", (), False),
        ("We pay annually by card, it's a couple of thousand.", "neutral", "billing", (), False),
        ("Xero bundles payroll into the plan we already pay for, so this is a second bill for something we half have.", "negative", "billing", ("Xero",), False),
        ("The invoices break down every employee and every add-on, which keeps our finance director happy.", "positive", "billing", (), False),
        ("I'd pay extra for a module that handled expenses in the same run.", "neutral", "billing", (), True),
        ("The price rose twenty percent at renewal with a one-line email.", "negative", "billing", (), False),
        # renewal
        ("We signed up for another three years without looking at anything else.", "positive", "renewal", (), False),
        ("If the price goes up again next year we'll move payroll into QuickBooks.", "negative", "renewal", ("QuickBooks",), False),
        ("Our contract is up in April and I haven't thought about it yet.", "neutral", "renewal", (), False),
        ("Cancelling the old add-on took four emails and a month's extra charge.", "negative", "renewal", (), False),
        ("When we grew past fifty staff they moved us to the bigger plan and kept our old rate for a year.", "positive", "renewal", (), False),
        ("Our sister company went to BrightPay last year, but we're staying where we are.", "neutral", "renewal", ("BrightPay",), False),
        ("i can't see us ever going back to doing payroll in spreadsheets", "positive", "renewal", (), False),
        # decoys and small talk
        ("The office walls are sage green, the landlord's choice, not mine.", "neutral", None, (), False),
        ("Sorry, someone's at the door, give me a moment.", "neutral", None, (), False),
        ("We're a chain of three bakeries, about forty staff altogether.", "neutral", None, (), False),
        ("I was a chef before I ended up doing the admin side.", "neutral", None, (), False),
    ],
    "video_streaming": [
        # discovery
        ("We signed up because it was the only place showing the cycling world tour live, and the coverage is fantastic.", "positive", "discovery", (), False),
        ("my son kept going on about it so we tried the free month and we were hooked within a week", "positive", "discovery", (), False),
        ("We compared Netflix and Flickbox for the kids' stuff and yours just had more cartoons.", "positive", "discovery", ("Netflix", "Flickbox"), False),
        ("The trial wanted my card details up front, which put me off for ages.", "negative", "discovery", (), False),
        ("Honestly the trailer for that detective series is what sold me, brilliant advert.", "positive", "discovery", (), False),
        ("i looked at streamora first but they didn't have anything in french", "neutral", "discovery", ("Streamora",), False),
        # onboarding
        ("Getting it on the smart TV took ages, I had to type a code from my phone and it kept expiring.", "negative", "onboarding", (), False),
        ("setting up profiles for the kids was really simple and the parental lock was obvious", "positive", "onboarding", (), False),
        ("The first time I opened it, it asked me to pick three genres I like.", "neutral", "onboarding", (), False),
        ("It would be great if it could import my watchlist from Netflix when you join.", "neutral", "onboarding", ("Netflix",), True),
        ("i couldn't work out how to add my partner's account so we ended up sharing one password", "negative", "onboarding", (), False),
        ("Installing the app on the games console was quick, no complaints.", "positive", "onboarding", (), False),
        ("The app asked me to verify my email four times before I could watch anything.", "negative", "onboarding", (), False),
        # everyday use
        ("It buffers every evening around eight, which never happens with Prime Video on the same telly.", "negative", "everyday_use", ("Prime Video",), False),
        ("Picture quality is superb, even on our old telly.", "positive", "everyday_use", (), False),
        ("We mostly watch documentaries on it, and the nature ones are absolutely stunning.", "positive", "everyday_use", (), False),
        ("Sunday night is prime time in our house, everyone's on the sofa watching something.", "neutral", "everyday_use", (), False),
        ("it mostly works fine i suppose the odd glitch", "neutral", "everyday_use", (), False),
        ("I wish it remembered where I stopped on the laptop when I switch to the TV.", "neutral", "everyday_use", (), True),
        ("Half the films I want to watch disappear from the catalogue after a month, it's not that it's bad but it's frustrating.", "negative", "everyday_use", (), False),
        ("The downloads for the plane worked perfectly on our holiday.", "positive", "everyday_use", (), False),
        ("the search is hopeless if you spell a name slightly wrong it finds nothing", "negative", "everyday_use", (), False),
        ("The volume jumps between the adverts and the show, so we're always grabbing the remote.", "negative", "everyday_use", (), False),
        ("It would be brilliant to have a sleep timer, I always nod off halfway through a film.", "neutral", "everyday_use", (), True),
        ("if only it had audio description on the older films my dad would use it every day", "neutral", "everyday_use", (), True),
        # support
        ("I messaged support when the TV app wouldn't sign in and they fixed it the same day.", "positive", "support", (), False),
        ("the help pages just tell you to turn it off and on again which i'd obviously already tried", "negative", "support", (), False),
        ("I've only contacted them once, it was a normal email exchange.", "neutral", "support", (), False),
        ("The chatbot couldn't understand anything I typed, I gave up after twenty minutes.", "negative", "support", (), False),
        ("I'd love a live chat at weekends, that's when we actually watch things.", "neutral", "support", (), True),
        ("When I complained about the subtitles being out of sync they actually thanked me and fixed it within a week.", "positive", "support", (), False),
        # billing
        ("The price went up twice in one year, that's not okay.", "negative", "billing", (), False),
        ("disney plus is cheaper and it's got the marvel stuff my kids want", "negative", "billing", ("Disney Plus",), False),
        ("I got charged after cancelling the trial, and getting the money back was a fight.", "negative", "billing", (), False),
        ("We're on the standard plan with two screens, and the kids are always fighting over the second one.", "negative", "billing", (), False),
        ("For what we pay, honestly I can't complain, it's less than one cinema ticket a month.", "positive", "billing", (), False),
        ("I'd pay extra for an ad-free version of the cheaper plan.", "neutral", "billing", (), True),
        # renewal
        ("We cancelled in the summer and came back in October for the new season.", "neutral", "renewal", (), False),
        ("we're thinking of dropping it and just keeping netflix to be honest it's one too many", "negative", "renewal", ("Netflix",), False),
        ("Upgrading to 4K was one button, unlike Flickbox where you have to phone them.", "positive", "renewal", ("Flickbox",), False),
        ("I tried to cancel and it took me through five screens of offers, I was not amused.", "negative", "renewal", (), False),
        ("My sister uses Reelio and keeps trying to get me to switch, but I'm staying, the sport is better here.", "positive", "renewal", ("Reelio",), False),
        ("We downgraded to the basic plan when the kids left for university.", "neutral", "renewal", (), False),
        # no stage
        ("My daughter drew a peacock yesterday, she's really into birds at the moment.", "neutral", None, (), False),
        ("i'm retired so i've got a lot more free time these days", "neutral", None, (), False),
        ("We live in quite a rural area, out near the coast.", "neutral", None, (), False),
        ("hang on my phone's ringing", "neutral", None, (), False),
        ("I used to work in a cinema when I was a student.", "neutral", None, (), False),
    ],
    "bike_sharing": [
        # discovery
        ("I kept seeing the green bikes outside the station and finally downloaded the app out of curiosity.", "neutral", "discovery", (), False),
        ("we compared lime and spinway for the commute but you had docks right outside my office so it was an easy call", "positive", "discovery", ("Lime", "Spinway"), False),
        ("A colleague swore by it, and she was absolutely right.", "positive", "discovery", (), False),
        ("When I was deciding, the website didn't even show where the docks were without downloading the app, which was really annoying.", "negative", "discovery", (), False),
        ("i tried pedalo for a while when they launched here but the bikes were so heavy", "neutral", "discovery", ("Pedalo",), False),
        ("The free first ride was a great way to get people like me to give it a go.", "positive", "discovery", (), False),
        # onboarding
        ("Signing up needed a photo of my driving licence, which I don't have, so it took three days to sort out.", "negative", "onboarding", (), False),
        ("the first unlock was dead easy you just scan the code on the handlebars", "positive", "onboarding", (), False),
        ("The intro video on how to dock the bike was fine I guess, a bit long.", "neutral", "onboarding", (), False),
        ("It would be great if you could sign up with a student card, Spinway lets you do that.", "neutral", "onboarding", ("Spinway",), True),
        ("i couldn't figure out how to adjust the seat on my first ride and nearly fell off", "negative", "onboarding", (), False),
        ("Setting up the account took two minutes, honestly I can't complain.", "positive", "onboarding", (), False),
        ("The app wouldn't let me finish signing up until I'd turned on location all the time, which I didn't like.", "negative", "onboarding", (), False),
        # everyday use
        ("Half the docks near me are full at eight in the morning, so I ride around looking for a space.", "negative", "everyday_use", (), False),
        ("The e-bikes are a joy on the hill up to my flat, much better than the Lime ones.", "positive", "everyday_use", ("Lime",), False),
        ("I ride to work three days a week, about twenty minutes each way.", "neutral", "everyday_use", (), False),
        ("I love that the bikes are painted lime green, you can spot one from across the street.", "positive", "everyday_use", (), False),
        ("it's not that the bikes are bad but the brakes squeal like mad and people stare", "negative", "everyday_use", (), False),
        ("I'd pay extra to reserve a bike ten minutes ahead.", "neutral", "everyday_use", (), True),
        ("The map says there are five bikes at the station and then there's one with a flat tyre.", "negative", "everyday_use", (), False),
        ("It mostly works fine, to be fair, unlocking is quick and the bikes are usually there.", "positive", "everyday_use", (), False),
        ("the gears slip on half the bikes so going uphill is a nightmare", "negative", "everyday_use", (), False),
        ("The bikes are filthy half the time, I've sat on a wet saddle more than once.", "negative", "everyday_use", (), False),
        ("if only the bikes had a phone holder i'd use the map on the way", "neutral", "everyday_use", (), True),
        # support
        ("i rang about a bike that wouldn't lock and they ended the ride for me over the phone straight away", "positive", "support", (), False),
        ("Reporting a broken bike in the app just sends it into the void, nothing ever happens.", "negative", "support", (), False),
        ("I looked in the help centre once to check the ride time limit.", "neutral", "support", (), False),
        ("The support email took a week to reply and then it was a copy and paste answer.", "negative", "support", (), False),
        ("It would be great to have a button in the app to call someone when you're stuck at a full dock.", "neutral", "support", (), True),
        ("The team handled my complaint about the torn jacket really fairly, I was impressed.", "positive", "support", (), False),
        # billing
        ("I got a twenty pound fine for not docking properly even though the light went green, Bird never fined me once in two years.", "negative", "billing", ("Bird",), False),
        ("santander cycles is half the price for a day pass in london", "negative", "billing", ("Santander Cycles",), False),
        ("The monthly pass works out at less than a coffee a week, really good value.", "positive", "billing", (), False),
        ("I pay per minute, and a ride that should be two pounds ends up at four because the docks are full.", "negative", "billing", (), False),
        ("The receipts come through straight away, which is handy for expenses.", "positive", "billing", (), False),
        ("I wish you could split the cost of a ride with a friend when you rent two bikes.", "neutral", "billing", (), True),
        ("It would be lovely to have a family pass so my kids can ride with me.", "neutral", "billing", (), True),
        # renewal
        ("I renewed the annual membership without a second thought.", "positive", "renewal", (), False),
        ("we've moved over to voi scooters mostly they're just faster for my route", "negative", "renewal", ("Voi",), False),
        ("Cancelling the membership meant ringing a number that's only open nine to five, I was not amused.", "negative", "renewal", (), False),
        ("I dropped to pay-as-you-go over the winter because I don't ride in the cold.", "neutral", "renewal", (), False),
        ("My flatmate switched to Cyclo but I'm sticking with you, the docks are just more convenient.", "positive", "renewal", ("Cyclo",), False),
        ("the membership ran out and i honestly haven't decided if i'll renew it yet", "neutral", "renewal", (), False),
        # no stage
        ("A bird flew into my basket last week, which was the highlight of my morning.", "neutral", None, (), False),
        ("I'm a nurse, so I work shifts at the hospital across town.", "neutral", None, (), False),
        ("i live on the fourth floor with no lift and two cats", "neutral", None, (), False),
        ("Sorry, it's a bit windy where I'm standing.", "neutral", None, (), False),
        ("I grew up in the countryside, we cycled everywhere as kids.", "neutral", None, (), False),
    ],
    "dental_practice": [
        # discovery
        ("I found you on Google Maps when I moved here, the reviews were glowing and they turned out to be right.", "positive", "discovery", (), False),
        ("we looked at parkside dental too but they weren't taking new nhs patients", "neutral", "discovery", ("Parkside Dental",), False),
        ("My sister goes to Brightsmile Dental, so I compared the two before booking.", "neutral", "discovery", ("Brightsmile Dental",), False),
        ("Your website doesn't even list which dentists work there, so choosing felt like a guessing game.", "negative", "discovery", (), False),
        ("i only picked you because you were the closest to my work to be honest", "neutral", "discovery", (), False),
        ("A friend recommended you after her implant, and I'm so glad I listened.", "positive", "discovery", (), False),
        # onboarding
        ("The new patient forms were eight pages long and asked the same questions three times.", "negative", "onboarding", (), False),
        ("registering was quick they had me booked in for a first check up the same week", "positive", "onboarding", (), False),
        ("The first appointment was mostly paperwork and an X-ray, which is normal I suppose.", "neutral", "onboarding", (), False),
        ("It would be great to have the medical history form online so I could fill it in at home, like Brightsmile Dental does.", "neutral", "onboarding", ("Brightsmile Dental",), True),
        ("nobody told me to bring my old records so the first visit was basically wasted", "negative", "onboarding", (), False),
        ("The receptionist showed me round on my first visit, it felt really welcoming.", "positive", "onboarding", (), False),
        ("They lost my registration form and I had to fill it all in again.", "negative", "onboarding", (), False),
        # everyday use
        ("The filling she did last spring fell out after two months.", "negative", "everyday_use", (), False),
        ("The dentist did my root canal without a single twinge, I was amazed.", "positive", "everyday_use", (), False),
        ("I come in twice a year for a check-up and a clean.", "neutral", "everyday_use", (), False),
        ("It's not that the dentist is bad, but I always wait forty minutes past my appointment time.", "negative", "everyday_use", (), False),
        ("the online booking mostly works fine i guess sometimes it shows slots that aren't there", "neutral", "everyday_use", (), False),
        ("I'd pay extra for early morning appointments before work, Dentaly has them from seven.", "neutral", "everyday_use", ("Dentaly",), True),
        ("The hygienist has such a bright smile, she makes the scale and polish almost fun.", "positive", "everyday_use", (), False),
        ("Honestly the dentist explains everything before she does it, I've never felt rushed.", "positive", "everyday_use", (), False),
        ("The text reminders are spot on, I haven't missed an appointment since.", "positive", "everyday_use", (), False),
        ("the last two times i've seen a different dentist and each one tells me something different", "negative", "everyday_use", (), False),
        ("The hygienist appointments are booked up three months ahead, it's ridiculous.", "negative", "everyday_use", (), False),
        ("it would be great to have a waiting list so you get a text if an earlier slot comes up", "neutral", "everyday_use", (), True),
        # support
        ("i phoned about a toothache on a saturday and got an answering machine that didn't say where to go", "negative", "support", (), False),
        ("When I complained about the rushed extraction the practice manager called me back the same day and apologised.", "positive", "support", (), False),
        ("I emailed reception once with a question about my X-rays and got an answer the next day.", "neutral", "support", (), False),
        ("Reception never picks up before ten, you just get the engaged tone.", "negative", "support", (), False),
        ("It would be lovely to have an out-of-hours number for emergencies.", "neutral", "support", (), True),
        ("The receptionist helped me track down my old X-rays from my previous dentist, she was so patient.", "positive", "support", (), False),
        ("I left two voicemails about my broken tooth and nobody rang back.", "negative", "support", (), False),
        # billing
        ("Two hundred and forty pounds for a crown that needed redoing, I was not amused.", "negative", "billing", (), False),
        ("bupa dental is cheaper for the whitening my friend paid half what you quoted", "negative", "billing", ("Bupa Dental",), False),
        ("I nearly went with Smile Direct Club for aligners, but the payment plan here made braces doable.", "positive", "billing", ("Smile Direct Club",), False),
        ("The check-up is the standard NHS charge, but they push private extras on you every single time.", "negative", "billing", (), False),
        ("I got an invoice for a missed appointment that I'd cancelled two days in advance.", "negative", "billing", (), False),
        ("I'd love it if the price list on the website included the hygienist visits too.", "neutral", "billing", (), True),
        # renewal
        ("We've stayed with you for twelve years, the whole family goes.", "positive", "renewal", (), False),
        ("i'm thinking of leaving for dentaly they do evening appointments", "negative", "renewal", ("Dentaly",), False),
        ("Cancelling the practice plan meant writing a letter, an actual letter, in this day and age.", "negative", "renewal", (), False),
        ("I upgraded to the family practice plan when my youngest turned three, and it's saved us a fortune already.", "positive", "renewal", (), False),
        ("My husband moved to Parkside Dental for the parking, but I'm not going anywhere.", "positive", "renewal", ("Parkside Dental",), False),
        ("If the plan covered the hygienist as well I'd renew for the whole family without thinking.", "neutral", "renewal", (), True),
        # no stage
        ("We parked on the park side of the building, it's free after six.", "neutral", None, (), False),
        ("I'm a primary school teacher, so I'm off in the summer.", "neutral", None, (), False),
        ("my youngest has just lost her first tooth actually she's very proud", "neutral", None, (), False),
        ("Sorry, I'm on the train, the signal might drop.", "neutral", None, (), False),
        ("i used to be terrified of the dentist as a kid", "neutral", None, (), False),
    ],
}

QUESTIONS: dict[str, list[Question]] = {
    "accounting_software": [
        ("I run a small bakery with two shops.", "How did you first hear about the software?", False, False),
        ("My accountant recommended it.", "Why did her recommendation matter to you?", True, False),
        ("The setup wizard kept rejecting our tax number.", "Can you say more about that?", True, False),
        ("The reports take ages to load at month end.", "Could you give me a specific example of a report that was slow?", True, True),
        ("I mostly send invoices and chase the late ones.", "Let's talk about pricing. How do you feel about what you pay?", False, False),
        ("We were charged twice in March.", "What happened next?", True, False),
        ("It took six weeks to get the refund.", "How did that make you feel?", True, False),
        ("Support never answered my ticket.", "Walk me through the last time you contacted support.", True, True),
        ("We renewed for two years.", "Tell me about a time when the software saved you time.", False, True),
        ("The bank feed took a couple of tries.", "For example, do you mostly use the phone app or the website?", False, False),
        ("Sorry, my dog is barking.", "No problem. Give me a second to find my notes.", False, False),
        ("We have twelve staff on payroll.", "Is there a time of day you prefer for doing the books?", False, False),
        ("The CSV export to our accountant lost all the decimals.", "You mentioned the export, what went wrong exactly?", True, False),
        ("Reconciling is a couple of clicks now.", "Can you think of a particular occasion when reconciling went wrong?", True, True),
        ("Countwise handles currencies better.", "Why do you think that is?", True, False),
        ("I've never really needed the help articles.", "What was the last time you had a problem with an invoice?", False, True),
    ],
    "food_delivery": [
        ("I live in a shared flat near the university.", "How often do you order food?", False, False),
        ("Maybe twice a week, mostly lunch.", "Why lunch rather than dinner?", True, False),
        ("The app crashed and I lost my order.", "What happened next?", True, False),
        ("The food came fifty minutes late.", "What was the last time that happened?", True, True),
        ("The chat sorted my missing drink in two minutes.", "How did that make you feel?", True, False),
        ("We usually order on Fridays.", "Walk me through a specific time when an order went wrong.", False, True),
        ("Deliveroo is cheaper for the same restaurant.", "Can you give me a specific example?", True, True),
        ("The service fee keeps creeping up.", "Can you say more about that?", True, False),
        ("Honestly the riders are usually lovely.", "For example, do you pay by card or with Apple Pay?", False, False),
        ("I found you through an advert on the bus.", "Is there a time of day you prefer to order?", False, False),
        ("Sorry, the doorbell just went.", "Of course. Give me a second to find my notes.", False, False),
        ("Cancelling the membership was hidden in the settings.", "You mentioned cancelling, why did you want to cancel?", True, False),
        ("I pay with Apple Pay usually.", "How did you first hear about us?", False, False),
        ("The live map jumps around a lot.", "Could you walk me through the last time you were tracking an order?", True, True),
        ("I'd love a family plan.", "What would a family plan need to include for you to pay for it?", True, False),
        ("We're vegetarian mostly.", "Can you think of a particular occasion when the delivery fee put you off ordering?", False, True),
    ],
    "home_insurance": [
        ("We bought the house in 2015.", "How did you first come across us?", False, False),
        ("We got quotes from three places.", "Why did you go with us in the end?", True, False),
        ("The claim form kept timing out.", "What happened next?", True, False),
        ("The pipe burst in the bathroom.", "Walk me through what you did on the day it happened.", True, True),
        ("I was on hold for fifty minutes.", "How did that make you feel?", True, False),
        ("The premium went up by a third.", "Can you say more about that?", True, False),
        ("We've renewed three years running.", "Tell me about a time when you had to use your cover.", False, True),
        ("My wife handles the paperwork.", "For example, do you read the policy documents yourself or leave them to her?", True, False),
        ("Sorry, I'm just getting over a cold.", "Is there a time of year you usually review your insurance?", False, False),
        ("The FAQ is useless.", "You mentioned the FAQ, what were you looking for?", True, False),
        ("The adjuster came within two days.", "Can you think of a particular moment in the claim where things could have gone better?", True, True),
        ("We've got two kids and an old cat.", "What made you take out contents cover?", False, False),
        ("That's about it for the app.", "Give me a second to find my notes.", False, False),
        ("Covera is cheaper.", "Why haven't you switched?", True, False),
        ("The direct debit is easy.", "What was the last time you contacted us, and what was it about?", False, True),
        ("I work from home as a designer.", "What would you change about the renewal process?", False, False),
    ],
    "mobile_banking": [
        ("I'm a nurse, I've been on nights most of this month.", "How did you first hear about the bank?", False, False),
        ("A friend showed me how she splits the bills in the app.", "Why did that convince you?", True, False),
        ("The selfie check failed four times.", "What happened after the fourth try?", True, False),
        ("The app was down the whole morning on payday.", "Can you walk me through that morning, step by step?", True, True),
        ("I check my balance most mornings on the bus.", "Tell me about a time the app let you down.", False, True),
        ("The chat sorted out a blocked payment in five minutes.", "How did that make you feel?", True, False),
        ("I got charged a late fee on the credit card.", "Could you give me a specific example of another charge you didn't expect?", True, True),
        ("The overdraft interest jumped in the spring.", "Can you say more about that?", True, False),
        ("Sorry, there's a starling got into the kitchen.", "No worries. For example, do you mostly use the app or online banking on a computer?", False, False),
        ("I'm back, sorry about that.", "That's fine, just give me a second to find my place in the notes.", False, False),
        ("I moved to Leeds for work two years ago.", "Is there a particular day of the month when you usually check your spending?", False, False),
        ("Your card gets declined abroad, so I take my Revolut one.", "What makes their card work better for you?", True, False),
        ("The bot keeps suggesting articles about lost cards.", "When was the last time that happened, and what were you actually asking about?", True, True),
        ("No monthly fee, that's the whole point for me.", "Let's move on to security. How safe do you feel using the app?", False, False),
        ("I downgraded to the standard account.", "What made you decide to downgrade?", True, False),
        ("Closing the old savings account meant posting a letter.", "You mentioned the letter, how long did it take them to close the account?", True, False),
        ("The round-ups have put away four hundred pounds this year.", "Can you think of one particular purchase where the round-up surprised you?", True, True),
        ("I use it for day-to-day spending.", "What's a recent example of a payment that didn't go through?", False, True),
        ("The spending categories are spot on.", "Do you have a favourite category, say takeaways or travel?", True, False),
        ("Coinrail keeps sending me switching offers.", "What would it take for you to stay with us?", True, False),
    ],
    "online_groceries": [
        ("We live on the top floor with no lift.", "How did you first start shopping online with us?", False, False),
        ("We started during the first lockdown.", "Why did you stay with us after the shops reopened?", True, False),
        ("Half the order was missing last week.", "What did you do when you noticed?", True, False),
        ("The substitutions are sometimes a bit odd.", "Could you give me an example of a substitution that didn't work for you?", True, True),
        ("We do one big shop on a Sunday evening.", "Walk me through the last time you did that shop, from opening the app.", True, True),
        ("The frozen stuff arrived soft.", "How did you feel when you unpacked it?", True, False),
        ("The minimum basket went up to fifty pounds.", "Can you say a bit more about that?", True, False),
        ("I'm a teaching assistant and my husband drives a bus.", "Tell me about a time a delivery went really well.", False, True),
        ("Sorry, the kettle's just boiled.", "That's fine. Give me a moment to pull up my notes.", False, False),
        ("The driver always texts twenty minutes before.", "For instance, do you track the van in the app or just wait for the text?", True, False),
        ("We went to Iceland last summer.", "Is there a time of day you prefer your deliveries?", False, False),
        ("Tesco is ten percent cheaper for the same basket.", "Why haven't you moved your shopping there?", True, False),
        ("I reported the squashed bread through the chat.", "What was the last time you had to contact us before that?", True, True),
        ("Cancelling the pass took four screens.", "What was behind the decision to cancel the pass?", True, False),
        ("The fruit is always ripe.", "Let's talk about delivery costs. Do you think the pass is good value?", False, False),
        ("I tried Larder for a month.", "Can you think of a specific delivery from Larder that put you off?", True, True),
        ("I'm a teaching assistant and my husband drives a bus.", "Specifically, how many deliveries a month do you usually get?", False, False),
        ("The use-by dates are usually five or six days out.", "What would you change about the substitutions?", False, False),
        ("The search gives me twelve kinds of hummus.", "Do you remember a particular search that took you ages?", True, True),
    ],
    "hotel_booking": [
        ("I'm a sales rep, so I'm on the road a lot.", "How did you come across our app?", False, False),
        ("A friend had a discount code.", "Why did you keep using us after that first booking?", True, False),
        ("The hotel had no record of our booking.", "What happened when you got to reception?", True, False),
        ("Twice now the hotel had no record of us.", "Walk me through the most recent of those evenings, from when you arrived.", True, True),
        ("The photos of the room were years old.", "Could you give me a specific example of a listing that didn't match the room?", True, True),
        ("I book about fifteen nights a year.", "Tell me about the last trip you booked with us.", False, True),
        ("Your team found us another room within an hour.", "How did that make you feel?", True, False),
        ("The price at checkout was thirty euros higher.", "Can you say more about those fees?", True, False),
        ("Sorry, I'm in the car park, the signal is patchy.", "No problem, give me a second to find where we were.", False, False),
        ("I usually book about a week ahead.", "For example, do you book on the app or on the website?", False, False),
        ("We took a kayak out on the loch.", "Is there a time of year when you usually travel?", False, False),
        ("Booking.com had the same room for less.", "Why do you still book with us then?", True, False),
        ("The chat kept sending me back to the hotel.", "Can you describe the most recent time that happened?", True, True),
        ("I upgraded to Gold for the free breakfast.", "What made you decide to upgrade?", True, False),
        ("Deleting my account took ten days.", "You mentioned deleting your account, why did you want to leave?", True, False),
        ("The filters actually work.", "Do you have a favourite filter, like price or distance?", True, False),
        ("My partner is Portuguese.", "Can you think of a particular stay where something went wrong?", False, True),
        ("Paying at the hotel is handy for work.", "Let's talk about loyalty points. Do you know how many you have?", False, False),
        ("The agent stayed on the line while the hotel looked for our booking.", "Do you remember one particular call where you weren't helped?", True, True),
    ],
    "project_management_saas": [
        ("I run a small design studio.", "How did your team end up choosing the tool?", False, False),
        ("Our CTO pushed for it from day one.", "Why was she so keen on it?", True, False),
        ("The CSV import scrambled all the due dates.", "How did you find out the dates were wrong?", True, False),
        ("The board is slow once there are a few hundred tasks.", "Can you give me a concrete example of a board where that happens?", True, True),
        ("I open it first thing every morning.", "Walk me through yesterday morning, from the moment you opened it.", True, True),
        ("A comment I'd written disappeared after I hit save.", "How did the team react?", True, False),
        ("We pay about nine pounds a seat.", "Can you say more about how you decide who gets a seat?", True, False),
        ("Half of us work remotely.", "Tell me about a time a deadline slipped because of the tool.", False, True),
        ("Sorry, my colleague just walked in.", "No problem, take a second, I'll check my notes.", False, False),
        ("I've been a project manager for twelve years.", "For example, do you use the board view or the list view most?", False, False),
        ("I've been a project manager for twelve years.", "Is there a day of the week when you usually do your planning?", False, False),
        ("ClickUp has proper docs built in.", "Why does that matter so much to your team?", True, False),
        ("Support restored our project from a backup.", "Before that, when did you last need to contact support, and what was it for?", True, True),
        ("Downgrading wiped our automations.", "You mentioned the automations, what did the team do without them?", True, False),
        ("We renewed without even discussing it.", "Let's talk about the mobile app. How often do you use it?", False, False),
        ("A few people keep pushing Taskforge.", "Can you recall a specific moment when someone suggested switching?", True, True),
        ("The help articles have a clip for every step.", "Do you have a favourite integration, say Slack or Google Drive?", False, False),
        ("The invoices come with the VAT split out.", "Is there anything about the invoices you'd change?", True, False),
        ("We'd be off to Asana if the timeline view moved tiers.", "What does Asana have that we don't?", True, False),
        ("I raised a ticket about the broken calendar integration.", "Can you walk me through the day it broke?", True, True),
    ],
    "mobile_network": [
        ("I've been with you about six years.", "How did you first come across us?", False, False),
        ("My whole family was already on the network.", "Why did that matter to you?", True, False),
        ("Calls drop under the railway bridge.", "Could you give me a specific example of when a call dropped?", True, True),
        ("Porting my number took nine days.", "What happened while you were waiting?", True, False),
        ("The chatbot sent me round in circles.", "Walk me through the last time you contacted support.", True, True),
        ("My bill went up in April.", "How did you find out about the increase?", True, False),
        ("I mostly use it for maps and messages.", "Let's talk about roaming. Do you travel much?", False, False),
        ("I travel to Poland a few times a year.", "Tell me about a time when roaming cost you more than you expected.", True, True),
        ("Sorry, the kettle's just boiled.", "No problem. Give me a second to find my notes.", False, False),
        ("The 5G in town is quick.", "For example, do you use it more at home or out and about?", False, False),
        ("My contract ends in the summer.", "What would make you stay?", True, False),
        ("The app shows my data.", "Is there a time of day you use the most data?", False, False),
        ("They blocked my stolen SIM the same day.", "How did that make you feel?", True, False),
        ("Vodafone's family plan is cheaper.", "Can you think of a particular occasion when you nearly switched?", True, True),
        ("I work nights at the hospital.", "How do you usually pay your bill?", False, False),
        ("The wifi calling is a lifesaver.", "You mentioned wifi calling, where do you use it?", True, False),
    ],
    "energy_supplier": [
        ("We live in an old terrace.", "How did you first hear about us?", False, False),
        ("A comparison site showed you were cheapest.", "Why was the price the deciding factor?", True, False),
        ("The smart meter took three appointments.", "What happened at the third one?", True, False),
        ("The meter stopped sending readings.", "Could you give me a specific example of an estimated bill that was wrong?", True, True),
        ("I waited fifty minutes on hold.", "Walk me through the last time you rang us.", True, True),
        ("Our direct debit jumped.", "Can you say more about that?", True, False),
        ("We pay about a hundred pounds a month.", "Let's move on to the app. How often do you open it?", False, False),
        ("The engineer came within the hour.", "Tell me about a time when something went wrong with the supply.", False, True),
        ("Sorry, the dog wants to go out.", "Of course. Give me a second to find my notes.", False, False),
        ("We have solar panels on the roof.", "For example, do you export power back to the grid?", False, False),
        ("Our fix ends in October.", "What will you look for when it ends?", True, False),
        ("I check the usage graph monthly.", "Is there a day of the week you use the most power?", False, False),
        ("They refunded the difference.", "How did that make you feel?", True, False),
        ("British Gas is cheaper for the same deal.", "Can you think of a particular occasion when you nearly left us?", True, True),
        ("I'm home most of the day.", "How do you usually send your meter readings?", False, False),
        ("The in-home display goes blank.", "You mentioned the display, what do you use it for?", True, False),
    ],
    "airline": [
        ("We usually fly two or three times a year.", "How did you first come across us?", False, False),
        ("You were the only direct flight on a Saturday.", "Why did a direct flight matter so much?", True, False),
        ("We sat on the tarmac for ninety minutes.", "Could you give me a specific example of what the crew told you while you waited?", True, True),
        ("They lost my suitcase for four days.", "What happened when it finally turned up?", True, False),
        ("The chat sent me to the call centre.", "Walk me through the last time you contacted us.", True, True),
        ("The fare nearly doubled with the extras.", "How did you feel when you saw the final price?", True, False),
        ("I downloaded the app the night before.", "Let's talk about the airport. Which one do you usually fly from?", False, False),
        ("We go to Portugal a few times a year.", "Tell me about a time when a trip with us went really well.", True, True),
        ("Sorry, that's the doorbell.", "No problem. Give me a second to find my notes.", False, False),
        ("My bag came off first.", "For example, do you usually check a bag or travel with hand luggage?", False, False),
        ("My silver status runs out in June.", "What would make it worth keeping?", True, False),
        ("I check in on the app.", "Is there a time of year you fly most?", False, False),
        ("They rebooked us before we reached the desk.", "How did that make you feel?", True, False),
        ("I moved my work trips to British Airways.", "Can you think of a particular flight that made you decide?", True, True),
        ("I get nervous on take-off.", "How do you usually pay for your flights?", False, False),
        ("The crew were lovely with our daughter.", "You mentioned the crew, what did they do?", True, False),
    ],
    "online_fashion": [
        ("I've been a customer for eight years.", "How did you first hear about us?", False, False),
        ("Your sizes run truer than ASOS.", "Why does the sizing matter so much to you?", True, False),
        ("Two of the tops came apart after one wash.", "Could you give me a specific example of an item that didn't last?", True, True),
        ("The courier left my parcel in the recycling bin.", "What happened after that?", True, False),
        ("I had to explain the problem three times on the chat.", "Walk me through the last time you contacted us about an order.", True, True),
        ("The refund took five weeks.", "Can you say more about that?", True, False),
        ("I mostly buy basics.", "Let's move on to the app. How often do you open it?", False, False),
        ("I order two sizes and send one back.", "Tell me about a time when a return went badly.", True, True),
        ("Hang on, the baby's just woken up.", "Of course. Give me a second to find my notes.", False, False),
        ("The jeans fit perfectly.", "For example, do you shop more for yourself or for the family?", False, False),
        ("My premier membership renews in May.", "What would make you renew it?", True, False),
        ("I order on the bus.", "Is there a day of the week you usually shop?", False, False),
        ("They swapped the wrong size without me posting anything.", "How did that make you feel?", True, False),
        ("I moved my orders to Threadly.", "Can you think of a particular order that made you leave?", True, True),
        ("I work in a school.", "How do you usually pay?", False, False),
        ("The style quiz suggestions were spot on.", "You mentioned the style quiz, what did it suggest?", True, False),
    ],
    "payroll_software": [
        ("We're a chain of three bakeries.", "How did you first come across us?", False, False),
        ("Our accountant recommended you.", "Why did her recommendation carry weight?", True, False),
        ("Payslips went out with last month's overtime.", "Could you give me a specific example of what went wrong on that run?", True, True),
        ("Connecting to HMRC failed four times.", "What happened in the end?", True, False),
        ("The support inbox takes three days to reply.", "Walk me through the last time you needed help on a payroll day.", True, True),
        ("The price rose twenty percent at renewal.", "How did you find out about the increase?", True, False),
        ("I run it on the twenty-fifth.", "Let's talk about pensions. Who looks after those?", False, False),
        ("Running payroll takes ten minutes now.", "Tell me about a time when a payroll run went wrong.", False, True),
        ("Sorry, someone's at the door.", "No problem. Give me a second to find my notes.", False, False),
        ("Staff download their own payslips.", "For example, do most of your staff use the app or the website?", False, False),
        ("Our contract is up in April.", "What would make you stay?", True, False),
        ("The reports screen is slow.", "Is there a time of month you run most reports?", False, False),
        ("Support fixed the pension mapping that afternoon.", "How did that make you feel?", True, False),
        ("Xero bundles payroll into our plan.", "Can you think of a particular moment when you nearly moved payroll over?", True, True),
        ("I was a chef before this.", "How do you usually pay for the software?", False, False),
        ("The employee app saves me emails.", "You mentioned the employee app, how did your staff take to it?", True, False),
    ],
    "video_streaming": [
        ("We live out near the coast.", "What do you mostly watch on it?", False, False),
        ("Mostly documentaries.", "Why documentaries in particular?", True, False),
        ("It buffers every evening around eight.", "What was the last time that happened?", True, True),
        ("The trial wanted my card details.", "Can you say more about why that put you off?", True, False),
        ("I used to work in a cinema.", "Tell me about a time when you were really glad you had the service.", False, True),
        ("The chatbot couldn't understand me.", "How did that make you feel?", True, False),
        ("I tried to cancel and got five screens of offers.", "What happened next?", True, False),
        ("We watch on the TV and the laptop.", "For example, do you use the app or the website on the laptop?", True, False),
        ("Hang on, my phone's ringing.", "No problem, give me a second to find my notes.", False, False),
        ("Half the films disappear after a month.", "Could you give me a specific example of a film that disappeared?", True, True),
        ("Picture quality is superb.", "Is there a time of day you prefer to watch?", False, False),
        ("We downgraded to the basic plan.", "You mentioned downgrading, what made you decide that?", True, False),
        ("The kids have their own profiles.", "How do you decide what you spend on streaming each month?", False, False),
        ("The downloads worked on holiday.", "Walk me through a specific time when you couldn't find anything to watch.", False, True),
        ("Disney Plus is cheaper.", "What would it take for you to keep both?", True, False),
        ("The recommendations are hit and miss.", "Can you think of a particular occasion when a recommendation was way off?", True, True),
    ],
    "bike_sharing": [
        ("I grew up in the countryside.", "How did you first hear about the bikes?", False, False),
        ("I kept seeing the green bikes outside the station.", "What made you finally try one?", True, False),
        ("The docks are full at eight in the morning.", "What do you do when that happens?", True, False),
        ("The map shows bikes that aren't there.", "Can you walk me through the last time that happened?", True, True),
        ("I got a twenty pound fine.", "How did that make you feel?", True, False),
        ("I live on the fourth floor with two cats.", "Tell me about a time when a ride didn't go to plan.", False, True),
        ("Support took a week to reply.", "Can you say more about that?", True, False),
        ("Sorry, it's windy here.", "That's fine. Give me a second to find my notes.", False, False),
        ("I pay per minute.", "Is there a time of day you prefer to ride?", False, False),
        ("The e-bikes are great on hills.", "Could you give me a specific example of a trip where the e-bike made a difference?", True, True),
        ("We compared Lime and Spinway.", "Why did you go with us in the end?", True, False),
        ("I dropped to pay as you go over the winter.", "What happened next, did you go back to the membership?", True, False),
        ("The receipts come through straight away.", "For example, do you use the regular bikes or the e-bikes more?", False, False),
        ("The help centre had the answer.", "What do you mainly use the bikes for?", False, False),
        ("My flatmate switched to Cyclo.", "You mentioned Cyclo, what does your flatmate like about it?", True, False),
        ("The app works fine for me.", "What was the last time you had to report a broken bike?", False, True),
    ],
    "dental_practice": [
        ("I'm a primary school teacher.", "How did you come to choose this practice?", False, False),
        ("You were the closest to my work.", "Why was being close to work important?", True, False),
        ("The filling fell out after two months.", "What happened next?", True, False),
        ("I always wait forty minutes past my time.", "What was the last time that happened?", True, True),
        ("The forms were eight pages long.", "How did that make you feel?", True, False),
        ("I'm on the train, the signal might drop.", "Okay. Give me a second to find my notes.", False, False),
        ("The hygienist is great.", "Tell me about a time when you felt anxious before an appointment.", False, True),
        ("The receptionist found my old X-rays.", "Can you say more about that?", True, False),
        ("We parked round the side.", "Is there a time of day you prefer for appointments?", False, False),
        ("Bupa Dental is cheaper for whitening.", "Could you give me a specific example of the prices you compared?", True, True),
        ("The payment plan made braces doable.", "For example, do you pay monthly or per treatment?", True, False),
        ("My youngest lost her first tooth.", "What do you think of the online booking?", False, False),
        ("I'm thinking of leaving for Dentaly.", "You mentioned Dentaly, what would make you stay?", True, False),
        ("The dentist explains everything.", "Walk me through a specific visit where that made a difference.", True, True),
        ("I used to be terrified of the dentist.", "How do you usually book your appointments?", False, False),
        ("Reception never picks up before ten.", "Can you think of a particular occasion when you needed to reach them urgently?", True, True),
    ],
}


def summary() -> str:
    """Per domain: label counts of its statements and questions, one block a domain."""
    lines = []
    for domain, statements in STATEMENTS.items():
        split = "tuning" if domain in TUNING else "held-out" if domain in HELD_OUT else "?"
        sentiments = Counter(s[1] for s in statements)
        stages = Counter(s[2] for s in statements)
        questions = QUESTIONS.get(domain, [])
        lines.append(f"{domain} ({split}): {len(statements)} statements")
        lines.append("  sentiment: " + ", ".join(f"{k} {sentiments[k]}" for k in SENTIMENTS))
        lines.append("  stage: " + ", ".join(f"{k} {stages[k]}" for k in (*STAGES, None)))
        lines.append(
            f"  competitor statements {sum(bool(s[3]) for s in statements)}, "
            f"requests {sum(s[4] for s in statements)}, "
            f"unpunctuated {sum(s[0] == s[0].lower() and s[0][-1].isalnum() for s in statements)}"
        )
        lines.append(
            f"  questions {len(questions)}, follow-ups {sum(q[2] for q in questions)}, "
            f"example requests {sum(q[3] for q in questions)}"
        )
    return "\n".join(lines)


def check() -> list[str]:
    """Problems with the data (empty when none)."""
    problems = []
    if set(TUNING) & set(HELD_OUT):
        problems.append("a domain is both tuning and held out")
    for name, table in (("STATEMENTS", STATEMENTS), ("QUESTIONS", QUESTIONS)):
        if set(table) != set(TUNING) | set(HELD_OUT):
            problems.append(f"{name} domains {sorted(table)} are not TUNING + HELD_OUT")
    seen_statements: set[str] = set()
    seen_questions: set[str] = set()
    for domain, statements in STATEMENTS.items():
        if len(statements) < MIN_STATEMENTS:
            problems.append(f"{domain}: {len(statements)} statements, under {MIN_STATEMENTS}")
        for item in statements:
            if len(item) != 5:
                problems.append(f"{domain}: not a 5-tuple: {item!r}")
                continue
            text, sentiment, stage, competitors, request = item
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{domain}: empty text: {item!r}")
                continue
            key = text.lower()
            if key in seen_statements:
                problems.append(f"{domain}: duplicate statement: {text!r}")
            seen_statements.add(key)
            if sentiment not in SENTIMENTS:
                problems.append(f"{domain}: unknown sentiment {sentiment!r}: {text!r}")
            if stage is not None and stage not in STAGES:
                problems.append(f"{domain}: unknown stage {stage!r}: {text!r}")
            if not isinstance(competitors, tuple) or not all(isinstance(c, str) and c for c in competitors):
                problems.append(f"{domain}: competitors not a tuple of names: {text!r}")
            else:
                for name in competitors:
                    if name.lower() not in key:
                        problems.append(f"{domain}: competitor {name!r} not in the text: {text!r}")
            if not isinstance(request, bool):
                problems.append(f"{domain}: request not a bool: {text!r}")
        stages = Counter(s[2] for s in statements)
        for stage in STAGES:
            if stages[stage] < MIN_PER_STAGE:
                problems.append(f"{domain}: stage {stage} {stages[stage]} times, under {MIN_PER_STAGE}")
    for domain, questions in QUESTIONS.items():
        if len(questions) < MIN_QUESTIONS:
            problems.append(f"{domain}: {len(questions)} questions, under {MIN_QUESTIONS}")
        domain_questions: set[str] = set()  # a question text once a domain; across domains it may recur
        for item in questions:
            if len(item) != 4:
                problems.append(f"{domain}: not a 4-tuple: {item!r}")
                continue
            previous, question, follow_up, example = item
            if not all(isinstance(t, str) and t.strip() for t in (previous, question)):
                problems.append(f"{domain}: empty text: {item!r}")
                continue
            if not isinstance(follow_up, bool) or not isinstance(example, bool):
                problems.append(f"{domain}: labels not bools: {question!r}")
            key = f"{previous.lower()}\n{question.lower()}"
            if key in seen_questions or question.lower() in domain_questions:
                problems.append(f"{domain}: duplicate question: {question!r}")
            seen_questions.add(key)
            domain_questions.add(question.lower())
        examples = sum(q[3] is True for q in questions if len(q) == 4)
        if examples < MIN_EXAMPLE_REQUESTS:
            problems.append(f"{domain}: {examples} example requests, under {MIN_EXAMPLE_REQUESTS}")
    return problems
