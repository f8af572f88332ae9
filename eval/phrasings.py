"""The many ways people say things the rules and the classifier must read, in labelled batches
with a tuning and a held-out part each: customers' feature requests (scored against
``mentions.feature_requests``, behind the ``feature_request`` mentions), interviewers' requests for
a specific example (``probing.asks_for_example``), which answers stay out of themes
(``statement_kinds.statement_kind``: background, contact, pleasantry) and how a customer feels
(``sentiment.classify``, as the pipeline calls it: trouble that never came, idioms, numbers).

    uv run python -m eval.phrasings              # every part, misses and false finds listed

Written 2026-12-06 because the labelled sets of ``eval.analysis`` and the rendered parts of
``eval.mention_interviews`` hold only a few ways of asking ("I wish it could", "I'd pay extra
for", "it would be great to"), while customers have many ("there should be a way to undo",
"a family plan would be great", "any chance you could add a dark mode?", "what I'm missing is
..."). ``TUNING`` was written first and scored with the rules as they were (5 of 30 requests
found, 6 of 20 others taken for one); the rules were then widened on it. ``HELD_OUT`` (other
domains: a gym, a courier, a grocery app) was written before that widening and scored once after
it, never tuned on (before it: 3 of 25 found, 5 of 20 others taken for one). The others in each part are what a wish's words also say without asking
for anything: a regret ("if I had known I'd have..."), a habit ("if the class was full I'd just
go for a run"), a wish to meet again, an offer of a drink.
A second tuning batch (15 requests, 10 others, 2026-12-06) found 10 and took 4 others for one
("I'd love to see you at the fair again", "it would be nice to meet the team", "I'd pay more for
the old tariff", "it needs a minute to load"); widened on it ("a shared calendar would make a huge
difference", "my wish list", "I'm hoping you'll add", "why can't I just...? That would be ideal",
a plural thing wished for: "I'd really like reminders"): 15/15, 0/10. ``HELD_OUT_2``, written with
it and scored once after: 5/12 and 1/8 before, 6/12 and 1/8 after: the ways of asking are many
more than rules can list. So the pipeline also reads a request from a statement's analysis-model
reading (``mentions.wishes_read``, its word pieces since 2026-12-07, fitted on the tuning part by ``eval.analysis --fit``), and the
parts are scored as it finds them, rules or model (the rules alone are printed first).

Requests for an example, the same way: ``EXAMPLES_TUNING`` holds a first batch of 20 requests
and 16 other questions (10/20 flagged, 1 false, with the rules as they were) and a second batch
of 15 and 15 written as held out before any rule for the first was written (9/15, 0 false);
the first round of rules took it to 10/15, so it was read and the rules were recast as one verb
that asks for a story or a case followed by one case ("give an instance", "think back to your
last invoice run"); it became tuning. ``EXAMPLES_HELD_OUT`` was written before that recast and
scored once after it (9/15 flagged and 0 false before, 14/15 and 0 after). The others are what
an interviewer asks that names a time or a case without asking for one ("is there a particular
reason you cancelled?", "was that the first time you'd used it?", "could you describe your
typical week?").
A third tuning batch (25 and 10, 2026-12-06) found 22 and no false one; its misses called a case
to mind ("think about the most recent delivery...", "recall the last claim you made", "take me back
to the day..."), and a fourth batch written as held out before any rule for them (3/10, 0/8 false)
was read while writing those rules, so it is tuning too (after: 68/70 of the tuning part, 0/49
false). A fifth batch, written as held out after both and before those rules, went 3/10 -> 6/10
(0/8 false); it was then read and a second round of rules written on it ("thinking of the last
booking...", "take me back to when...", "the first time you...", "was there a day the sync
failed?", and "any particular occasion"): tuning 79/80, 0/57 false. ``EXAMPLES_HELD_OUT_2``,
written before that second round and scored once after it: 8/10 and 0/8 false before, 10/10 and
0/8 after.

Which answers stay out of themes: ``KINDS_TUNING`` (29 answers: background said other ways, pain
and praise said beside a self-description, contact, pleasantries) had 13 on the wrong side of the
line with the rules as they were; the rules were widened on it (0 after). ``KINDS_HELD_OUT`` (20)
was written before that: 8 wrong before, 5 after.

How a customer feels, three pairs of batches written 2026-12-06. Trouble that never came ("not
once has it crashed"): tuning 6/14 with 2 swaps before the praise cue read it, 11/14 with 1
after ("There's never a queue", -0.05 from neutral); held out, written before the cue, 9/10
before and after. Idioms ("you can't beat it",
"pulling my hair out"): tuning 19/24 with 2 swaps before, 23/24 and 1 after; held out 15/20 with 1
swap before, 16/20 and none after. Numbers ("We book roughly thirty classes a week", "Booking a
class takes two taps now"): the classifier reads a quantity as a complaint, 36/50 and 16/22
right, 4 and 2 swaps; fitting on the tuning batch fixed the facts but not the praise and was not
kept (docs/analysts.md), so both stay measures of a weakness, neither fitted on. With the weights
of later sessions they read 41/50 with 5 swaps and 18/22 with 2; then little effort said as a
count ("two taps", "one click and...", "down to ten minutes", ``sentiment.little_effort``) was
made praise from the tuning batch's misses: 46/50 with none, the first held-out batch (read
before) 19/22 with 2, and ``NUMBERS_HELD_OUT_2``, written before the rule, 22/24 with 2 swaps
before and 23/24 with 1 after (its "took three taps" is missed: three is not counted as few). (The "before"
figures in this docstring were scored by scratch scripts on the same sentences, before this
module gathered them; sentiment labels within 0.05 of a boundary can move between such runs.)

"held out 7" (requests and requests for an example) is eval/request_batches.py's sealed batch by
a writer who never read the rules, scored once after the request model over word pieces was
chosen (2026-12-07): requests 31/42 -> 39/42 with 2/35 others taken both times; requests for an
example 26/28, none false (the refitted example model it was also scored with, 24/28, was not kept).
"tuning C" and "held out 8" (requests for an example) are eval/request_batches.py's next two
batches by other such writers: C is fitted on; held out 8 was sealed until the example-request
model over word pieces was chosen and scored once: 23/36 -> 31/36, 2/36 others taken both times
(34/36 and none since its misses and false finds were read). "follow-ups" are probes into the
story being told beside requests for a new case (eval/request_batches.py's ``FOLLOW_UPS``).
"""

from __future__ import annotations

import argparse

from eval import request_batches

TUNING = [
    (True, "It'd be brilliant if the app could remind me the day before."),
    (True, 'Ideally it would sync with my Google calendar.'),
    (True, 'What would really help is a way to export everything to Excel.'),
    (True, "I'd want a way to share the dashboard with my accountant."),
    (True, "We'd really benefit from a shared inbox for the team."),
    (True, 'My one ask would be an offline mode.'),
    (True, 'There should be a way to undo a deleted booking.'),
    (True, 'It should let you pick the delivery day yourself.'),
    (True, "I'd kill for a bulk edit button."),
    (True, "I keep hoping you'll add Apple Pay."),
    (True, "I'd be happy to pay more for priority support."),
    (True, "I'd like it if the app let me skip a week."),
    (True, "I'd prefer it if the reminders came by text."),
    (True, "If you could add a calendar view, that'd be great."),
    (True, 'Any chance you could add a dark mode?'),
    (True, "It'd make my life so much easier if it tracked mileage."),
    (True, 'It would help a lot if the invoices had our logo.'),
    (True, "We'd need a proper API before we could roll it out."),
    (True, 'Really, it just needs an undo button.'),
    (True, "Give us a way to tag clients and we'd be sorted."),
    (True, "The thing I'd add is a weekly summary email."),
    (True, 'Being able to split a bill would be amazing.'),
    (True, 'A family plan would be great.'),
    (True, "It'd be good to have a search bar in the settings."),
    (True, 'I really want a way to pause my membership over the summer.'),
    (True, "Honestly I'd love some kind of loyalty scheme."),
    (True, 'Can you make the text bigger on the receipts?'),
    (True, "We'd happily pay twenty pounds a month for that."),
    (True, "If there was a way to batch the orders I'd use it every day."),
    (True, "What I'm missing is a way to see last year's numbers next to this year's."),
    (False, "If you had asked me a year ago I'd have said no."),
    (False, 'It needs a bit of getting used to at first.'),
    (False, "I'd love a coffee actually, thanks."),
    (False, 'It would be nice to see you at the conference next year.'),
    (False, "I wish I'd started using it sooner."),
    (False, "I'd like to say thanks to the support team, they were great."),
    (False, 'What I really need is more hours in the day.'),
    (False, "We'd been with them for six years before we moved."),
    (False, "I would have cancelled if the refund hadn't come through."),
    (False, "If the delivery was late I'd just ring them."),
    (False, 'It should arrive by Friday, they told me.'),
    (False, 'There should be plenty of room on the new plan.'),
    (False, "We'd already paid for the year by then."),
    (False, "I'd recommend it to anyone running a small shop."),
    (False, 'I keep the receipts in a shoebox, to be honest.'),
    (False, "Ideally I'd work fewer hours, but that's the job."),
    (False, 'Being able to see it all on my phone is great.'),
    (False, 'The weekly summary email is really useful.'),
    (False, "I'd prefer not to say how much we spend."),
    (False, "It'd be a shame to leave after so long."),
    # second batch (2026-12-06, later): 10/15 found and 4/10 others taken for one before the
    # rules written on it
    (True, "It'd be nice if the app remembered my usual order."),
    (True, 'Could you add a way to split the bill between flatmates?'),
    (True, 'What I really want is a dark mode for the night shift.'),
    (True, 'Honestly, a shared calendar would make a huge difference for us.'),
    (True, "If there was a family plan, I'd sign up my kids too."),
    (True, "I'd happily pay a bit more for same-day delivery."),
    (True, 'Please bring back the old weekly view.'),
    (True, 'Being able to export to Excel would save me hours.'),
    (True, 'My wish list would start with offline maps.'),
    (True, "I'd really like reminders the day before a class."),
    (True, 'You should let us pause the subscription for a month.'),
    (True, "It needs a proper search, that's my big request."),
    (True, "Why can't I just scan the barcode? That would be ideal."),
    (True, "Adding a second user to the account is the one thing I'd ask for."),
    (True, "I'm hoping you'll add Apple Pay soon."),
    (False, "I'd love to see you at the fair again next year."),
    (False, 'It would be nice to meet the team one day.'),
    (False, "I wish I'd found you sooner, honestly."),
    (False, 'If the class is full, I just go for a run instead.'),
    (False, "I would have cancelled if they hadn't called me back."),
    (False, 'You should see the queue at the old place.'),
    (False, 'The search is great, I use it every day.'),
    (False, "I'd pay more for the old tariff, it was cheaper."),
    (False, "It needs a minute to load in the morning, but then it's fine."),
    (False, 'We added a second user last month and it was easy.'),
]

HELD_OUT = [
    (True, "The one feature I'd really like is a way to freeze my account when I'm travelling."),
    (True, 'If the app showed how many people were in the gym, that would be ideal.'),
    (True, "It'd be super helpful to get a text when the parcel is ten minutes away."),
    (True, 'Honestly a cheaper student tier would go down really well.'),
    (True, "What we'd love is for the driver to send a photo when they drop it off."),
    (True, 'It would be a big help if the labels printed straight from the order screen.'),
    (True, "Could you guys add a way to reorder last week's shopping?"),
    (True, 'My main wish is proper two factor login.'),
    (True, 'There really should be an option to hide the prices from clients.'),
    (True, "We'd definitely pay extra for same day collection."),
    (True, "I'd appreciate it if the invoices went out in Welsh as well."),
    (True, "I'd quite like the option of a phone call instead of the chat."),
    (True, 'You should be able to book two classes back to back.'),
    (True, "Surely it can't be that hard to add a dark mode."),
    (True, "Hopefully one day they'll bring in a family membership."),
    (True, 'It would make sense to have the receipts in the same place as the orders.'),
    (True, 'I really wish the search understood spelling mistakes.'),
    (True, 'Something like a shared shopping list would be really handy.'),
    (True, "If you brought back the weekly planner we'd go back to the annual plan."),
    (True, 'I would like to be able to change the delivery address after ordering.'),
    (True, 'One thing that would help is a reminder the night before a class.'),
    (True, "It'd be nice if the trainers could leave notes on my profile."),
    (True, 'Would it be possible to add a waiting list for the popular classes?'),
    (True, "What I'd like to see is a proper export to our accounts software."),
    (True, "Having the timetable in my phone's calendar would save me loads of time."),
    (False, "It'd be nice to catch up again in a few months."),
    (False, "If I had known about the fees I'd have picked another plan."),
    (False, 'It needs some time to learn where everything is.'),
    (False, "I'd love a glass of water if that's alright."),
    (False, "If the class was full I'd usually just go for a run instead."),
    (False, "There should be a train at eight, so I'll be on time."),
    (False, 'I wish I had more time to go to the gym.'),
    (False, "We'd have stayed with the old courier if they'd been cheaper."),
    (False, "I would like to thank the drivers, they're always polite."),
    (False, 'It would be great to see the team at the next event.'),
    (False, 'Having the timetable on the wall is really useful.'),
    (False, 'The dark mode they added last month is great.'),
    (False, 'Something like half our orders go out on Mondays.'),
    (False, 'The family membership is good value for us.'),
    (False, 'Hopefully the weather holds for the outdoor class.'),
    (False, 'What we love is how quick the drivers are.'),
    (False, "I'd rather not say which competitor we used."),
    (False, 'We would usually book three classes a week.'),
    (False, 'My main job is running the warehouse.'),
    (False, "It would make sense if you think about it, they're a big company."),
]

# Written with the second tuning batch, before the rules written on it; scored once after them
# (5/12 found and 1/8 others taken for one before; never tuned on).
HELD_OUT_2 = [
    (True, 'A shared shopping list would make my life so much easier.'),
    (True, "I'd really love an option to skip a week."),
    (True, 'My one wish would be a bigger font on the receipts.'),
    (True, 'I keep hoping someone adds a widget for the home screen.'),
    (True, 'Honestly, integration with my calendar would be a game changer.'),
    (True, "I'd like the app to warn me before the price goes up."),
    (True, "Why isn't there a button to reorder? That would be perfect."),
    (True, "I'm hoping you'll bring in a student discount."),
    (True, 'It would help a lot if the driver could text me.'),
    (True, 'Top of my list would be a way to track the van.'),
    (True, "I'd gladly pay extra for a two-hour delivery slot."),
    (True, 'Let us choose the delivery day, please.'),
    (False, 'It would be lovely to see you at the next open day.'),
    (False, "I'd really like to thank the driver, he was great."),
    (False, "I'd gladly pay again if it stays this good."),
    (False, 'The widget on my home screen is really handy.'),
    (False, 'I keep hoping the weather gets better so I can cycle.'),
    (False, 'Honestly, a calendar would be no use to me.'),
    (False, 'It would help if I remembered my password, to be fair.'),
    (False, 'Top of my list this week is moving house.'),
]


EXAMPLES_TUNING = [
    (True, 'Could you give me a specific example?'),
    (True, 'Take me back to the last time that happened.'),
    (True, 'Talk me through the most recent order you placed.'),
    (True, 'Can you describe what happened the last time the app crashed?'),
    (True, 'What happened the last time you tried to book?'),
    (True, 'Can you think of an instance where that went wrong?'),
    (True, 'Is there a particular moment that stands out?'),
    (True, 'Do you have an example of that?'),
    (True, 'Can you tell me about a recent booking that went badly?'),
    (True, 'Could you walk me through a typical booking, step by step, from the last one you made?'),
    (True, 'What did you do the most recent time it happened?'),
    (True, 'Like when, for instance?'),
    (True, 'Can you recall the last occasion you contacted support?'),
    (True, 'Have you got an example?'),
    (True, 'Any examples come to mind?'),
    (True, 'Tell me about the last time you used it.'),
    (True, 'Could you share a story about a time it helped?'),
    (True, 'Can you remember when that last happened?'),
    (True, "What's a recent example?"),
    (True, 'Think of the last time you ran payroll. What happened?'),
    (False, 'For example, do you pay monthly?'),
    (False, 'Can you give me your email?'),
    (False, 'Tell me about your business.'),
    (False, 'Could you give me a rough number?'),
    (False, 'How often do you use it?'),
    (False, 'Is there a particular day you usually order?'),
    (False, 'What do you think of the new design?'),
    (False, 'Why was that?'),
    (False, 'Can you say more about that?'),
    (False, 'How did that make you feel?'),
    (False, 'What time of day do you usually book?'),
    (False, 'Do you remember how you found us?'),
    (False, 'Walk me through your setup.'),
    (False, 'Give me a second to find my notes.'),
    (False, "Was that the first time you'd used it?"),
    (False, 'Was that the last time you used it?'),
    (True, 'Can you give me one concrete case where the report was wrong?'),
    (True, 'Would you mind describing the most recent time you had to call them?'),
    (True, 'Tell me about one occasion when the delivery went really well.'),
    (True, 'Is there a specific moment you can point to?'),
    (True, 'Talk us through what happened on the day the system went down.'),
    (True, 'Could you think back to your last invoice run and tell me how it went?'),
    (True, 'Do you have a concrete example of that?'),
    (True, 'Can you walk me through your last shift using the rota app?'),
    (True, "What's an example of something that confused you?"),
    (True, 'Is there a time that sticks in your mind?'),
    (True, 'Can you tell me about the last booking you made?'),
    (True, 'Can you give an instance of that happening?'),
    (True, 'When did that most recently happen, and what did you do?'),
    (True, "Any particular occasion you're thinking of?"),
    (True, 'Could you describe a recent situation where the app saved you time?'),
    (False, 'Do you have a favourite feature?'),
    (False, 'Could you give me a rough idea of how many staff you have?'),
    (False, 'Can you tell me about your role?'),
    (False, 'What was it like when you first started?'),
    (False, 'How long does a typical delivery take?'),
    (False, 'For instance, would you use it on a tablet?'),
    (False, 'What happened after that?'),
    (False, 'Can you tell me more?'),
    (False, 'Is there a specific reason you chose us?'),
    (False, 'Do you ever use the reports?'),
    (False, 'What would make it better?'),
    (False, 'How do you feel about the price?'),
    (False, "Is there anything else you'd like to add?"),
    (False, "Would you say it's easy to use?"),
    (False, 'Give me one moment, my screen froze.'),
    # third batch (2026-12-06): 22/25 flagged, 0/10 false before the rules for a case called to mind
    (True, 'Think about the most recent delivery that arrived late. What happened?'),
    (True, 'Can you recall a particular occasion when the app let you down?'),
    (True, 'Could you describe a specific situation where the booking failed?'),
    (True, "What's an example of a time the invoice was wrong?"),
    (True, 'Give me one concrete case where support helped you.'),
    (True, 'Can you remember the last time that happened? What did you do?'),
    (True, 'Describe the most recent time you contacted us.'),
    (True, 'Take me back to the day your card was declined.'),
    (True, 'Is there a specific moment that stands out?'),
    (True, 'Could you share an example?'),
    (True, 'Do you have an example of that?'),
    (True, 'What did that look like the last time it happened?'),
    (True, 'Can you think of a specific instance?'),
    (True, 'Tell me more about one specific time that went wrong.'),
    (True, 'Any examples come to mind?'),
    (True, 'Can you paint me a picture of the last time you used it?'),
    (True, 'When was the last time that happened, and what did you do?'),
    (True, 'Could you point to a specific order where that happened?'),
    (True, 'Recall the last claim you made. How did it go?'),
    (True, "Let's take a specific example: your last invoice. What happened?"),
    (True, 'Can you give me an example?'),
    (True, 'For instance?'),
    (True, 'Such as?'),
    (True, 'Like what, for example?'),
    (True, "What's a recent example?"),
    (False, 'How often do you use the app?'),
    (False, 'What do you think about the price?'),
    (False, 'Would you recommend us to a friend?'),
    (False, "Is there anything else you'd like to add?"),
    (False, 'Think about the price. Is it fair?'),
    (False, 'Do you remember how you heard about us?'),
    (False, 'What would you change?'),
    (False, 'Can you tell me your role?'),
    (False, 'What happened to your old provider?'),
    (False, 'How did you feel about that?'),
    # fourth batch, written as held out before those rules and read while writing them: 3/10, 0/8 false before
    (True, 'Think of the last time you called us. How did that go?'),
    (True, 'Remember the most recent invoice you sent? What went wrong?'),
    (True, "Take us back to the morning the delivery didn't come."),
    (True, 'Think about your most recent booking and talk me through it.'),
    (True, 'Could you recall the last order that went missing?'),
    (True, 'Picture the last time you renewed. What did you do?'),
    (True, 'Cast your mind back to your first week with us. What stood out?'),
    (True, "I'd love to hear about a specific time the app saved you."),
    (True, 'Pick one recent trip and tell me how the booking went.'),
    (True, 'Go back to the night the app crashed. What happened?'),
    (False, 'Think about the price for a moment. Is it fair?'),
    (False, 'Do you remember where you heard about us?'),
    (False, "What's the last thing you'd change?"),
    (False, 'Can you recall your account number?'),
    (False, 'Think about our competitors. How do we compare?'),
    (False, 'What do you think of the recent changes to the app?'),
    (False, 'Is the last step of checkout clear?'),
    (False, 'Do you think about switching often?'),
    # fifth batch, written as held out after the fourth and before any rule for either: 3/10, 0/8 false
    # before; 6/10 after the first round of rules; then read, and the second round written on it
    (True, 'Can you remember your last delivery? How was it?'),
    (True, 'Recall a recent call with our support team for me.'),
    (True, "Let's go back to your most recent order. What went wrong?"),
    (True, 'Thinking of the last booking you made, what was hard?'),
    (True, 'Bring to mind the most recent time you paid a bill with us.'),
    (True, 'Tell me what happened the first time you logged in.'),
    (True, 'Could you take me back to when the payment failed?'),
    (True, 'Think about one specific shift last week. How did the app behave?'),
    (True, 'Describe your most recent return, step by step.'),
    (True, 'Think back over the past month. Was there a day the sync failed? What happened?'),
    (False, 'Can you remember your password?'),
    (False, 'Think about what matters most to you in a bank. What is it?'),
    (False, 'Remember how much you paid?'),
    (False, "Let's go back to pricing. Is it fair?"),
    (False, 'Thinking of switching, what would make you stay?'),
    (False, 'Do you recall the name of the rep?'),
    (False, 'Picture an ideal app. What does it do?'),
    (False, 'Go back to the home screen. What do you see first?'),
]

EXAMPLES_HELD_OUT = [
    (True, 'Could you tell me about a specific call that went badly?'),
    (True, 'Can you give me a real example from last month?'),
    (True, "What was going on the last time you couldn't find a desk?"),
    (True, 'Think about the most recent delivery that arrived late. What happened?'),
    (True, 'Can you describe one particular order that went wrong?'),
    (True, 'Could you talk me through your most recent refund?'),
    (True, 'Is there an example you could share with me?'),
    (True, 'Tell me about an occasion when the support team surprised you.'),
    (True, 'Can you remember a specific day when the app let you down?'),
    (True, 'How did it go the last time you exported the data?'),
    (True, "Do you recall a particular case where the numbers didn't match?"),
    (True, "Can you take me through yesterday's bookings, one by one?"),
    (True, "What's one example of a report you couldn't get?"),
    (True, 'Would you be able to describe a recent time it was slow?'),
    (True, 'Share an example with me, if you can.'),
    (False, 'Can you give me a sense of how big your team is?'),
    (False, 'Tell me about how you use the reports.'),
    (False, 'Do you have any questions for me?'),
    (False, 'Is there a particular reason you cancelled?'),
    (False, 'What was your first impression?'),
    (False, 'When do you usually do the invoicing?'),
    (False, 'Could you describe your typical week?'),
    (False, 'Would you recommend us to a friend?'),
    (False, 'Can you tell me what you like about it?'),
    (False, 'How long have you been a customer?'),
    (False, 'What happens when you run out of stock?'),
    (False, 'Do you remember the price you paid?'),
    (False, "Is there anything you'd change?"),
    (False, 'Can you think of anything else?'),
    (False, "What's your role in the team?"),
]

# Written after the fifth batch and before the second round of rules; scored once after them
# (8/10 flagged, 0/8 false before; never tuned on).
EXAMPLES_HELD_OUT_2 = [
    (True, 'Thinking back to the last invoice you sent, what went wrong?'),
    (True, 'Was there a time when the app let you down?'),
    (True, 'Take me back to when the order went missing.'),
    (True, 'What happened the last time your delivery was late?'),
    (True, 'Describe the moment you realised the charge was wrong.'),
    (True, 'Was there a particular week when it kept crashing?'),
    (True, 'Tell me about the first time the report failed.'),
    (True, 'Can you think back to a recent shift that went badly?'),
    (True, 'Remember a day when the booking system was down? Tell me about it.'),
    (True, "Let's pick one recent order. How did it go?"),
    (False, 'Was there a reason you left?'),
    (False, 'Is there a day you prefer for delivery?'),
    (False, 'Thinking about the future, what would you like to see?'),
    (False, 'Go back to the main menu and tell me what you see.'),
    (False, 'Was there anything else?'),
    (False, 'Do you think back on the old system fondly?'),
    (False, 'What was the reason for the recent price change?'),
    (False, 'Is there a time of year when you order more?'),
]

# A fourth held-out batch, written 2026-12-06 (21:45) before the third held-out batch's misses were
# turned into rules (a plant shop, travel booking, a pharmacy, a school's parents' app). Rules or
# model: 6/15 found and 1/10 others taken for one before those rules, 7/15 and 1/10 after (the
# third held-out batch, read, 5/15 -> 13/15). Its misses were printed when it was first scored.
HELD_OUT_4 = [
    (True, "It'd be ace if I could see the delivery slot before I pay."),
    (True, "Can we have a reminder when my prescription is due?"),
    (True, "How about letting us pay for the whole term in one go?"),
    (True, "I'd really appreciate a way to message the teacher directly."),
    (True, "The app needs a proper search for plants by name."),
    (True, "You could add a filter for pet-safe plants, that'd help."),
    (True, "Please bring back the old checkout, it was quicker."),
    (True, "I'm waiting for the day they add a price alert."),
    (True, "Is there any way you could show the seat map earlier?"),
    (True, "A repeat prescription button would save me a phone call every month."),
    (True, "Let parents sign the permission slips in the app."),
    (True, "Honestly I'd switch over completely if you did group bookings."),
    (True, "What's really needed is an option to pause deliveries."),
    (True, "It would be better if the reminders came the night before."),
    (True, "If the app could scan the barcode on the box, I'd use it every time."),
    (False, "How about we take a short break?"),
    (False, "I'm waiting for the bus most mornings, so I use the app then."),
    (False, "Can we have a quick chat about the price later?"),
    (False, "Please bring the kids' forms on Friday, the school said."),
    (False, "It would be better if I slept more, to be honest."),
    (False, "The search for plants by name works fine."),
    (False, "We'd switch off our phones during dinner."),
    (False, "Is there any way to tell which plant this is? I've lost the label."),
    (False, "A repeat prescription is what I collect every month."),
    (False, "If the weather holds we'll go away at half term."),
]


# A fifth held-out batch of requests, written 2026-12-06 (21:50) before the fourth's misses were
# turned into rules (a garage, a cinema app, a food bank's volunteers, a cleaning service), by the
# hand that wrote them: 7/15 found and 0/10 others taken for one before, 10/15 and 0/10 after.
HELD_OUT_5 = [
    (True, "I'd really value being able to see the mechanic's notes."),
    (True, "The booking page needs a way to pick the same cleaner every week."),
    (True, "You could let volunteers swap shifts between themselves."),
    (True, "Any way you could send a text when the car's ready?"),
    (True, "How about offering a student night on Tuesdays?"),
    (True, "It would be easier if the rota showed who else is on."),
    (True, "We're waiting for the day the app does gift cards."),
    (True, "Let customers rate the clean straight after."),
    (True, "A loyalty card would go a long way with us."),
    (True, "If you added Saturday slots we'd book every month."),
    (True, "My top request would be online payment."),
    (True, "I'd welcome an option to add snacks to the ticket."),
    (True, "What the app really lacks is a seat picker."),
    (True, "Could there be a reminder before the MOT is due?"),
    (True, "I'd be over the moon if I could book two films at once."),
    (False, "I'd really value your opinion on the new garage."),
    (False, "The booking page loads quickly these days."),
    (False, "You could let me know by email, that's fine."),
    (False, "Any way you could call me after five?"),
    (False, "How about Tuesday for the follow-up call?"),
    (False, "It would be easier if I lived closer, honestly."),
    (False, "Let customers know we're closed on Monday, the manager said."),
    (False, "A loyalty card is in my wallet somewhere."),
    (False, "I'd welcome you to come and see the food bank."),
    (False, "I'd be over the moon if my team won on Saturday."),
]


# A third round of requests for an example, written 2026-12-06 (21:25) in other domains before any
# rule for it, as the feature requests' third round: tuning (a vet, car sharing, lessons) and held
# out (a bank, event tickets, home energy, a dentist), scored before and once after: tuning 11/15
# flagged and 0/10 false before, 15/15 and 0/10 after; held out 13/15 and 0/10 both times (missed:
# "Is there a moment you can think of when...", "Which recent booking would you pick to show me
# what you mean?").
EXAMPLES_TUNING_3 = [
    (True, "Can you give me one real example of the car not being there?"),
    (True, "Tell me about a recent lesson that went wrong."),
    (True, "Talk me through what happened the last time you booked a vet visit."),
    (True, "Describe a specific morning when the car wouldn't unlock."),
    (True, "Could you think of a case where the reminder didn't arrive?"),
    (True, "What's the most recent time that happened?"),
    (True, "Recount the last lesson you cancelled, from the start."),
    (True, "Give me a specific instance, if you can."),
    (True, "Can you remember an exact moment when you nearly gave up?"),
    (True, "Is there a story you could tell me about a bad booking?"),
    (True, "Paint me a picture of a failed pickup, a real one."),
    (True, "When was the last time it went wrong? Walk me through it."),
    (True, "What's one situation where the app really let you down?"),
    (True, "Can you point to a particular lesson where it worked well?"),
    (True, "Tell me about an occasion when the vet called you back late."),
    (False, "For instance, do you drive at weekends?"),
    (False, "How many lessons do you take a month?"),
    (False, "What's a typical price you pay?"),
    (False, "Can you tell me a bit about your pets?"),
    (False, "Do you remember which plan you started on?"),
    (False, "What would you tell a friend about us?"),
    (False, "Is there a specific reason you chose car sharing?"),
    (False, "How long is a lesson, usually?"),
    (False, "Have you ever recommended us?"),
    (False, "Could you give me your postcode?"),
]

EXAMPLES_HELD_OUT_3 = [
    (True, "Could you give me a concrete example of when the app was slow?"),
    (True, "Can you recall a specific instance where the bill surprised you?"),
    (True, "Walk me through the last time you bought tickets with us."),
    (True, "What's a recent example of a payment going wrong?"),
    (True, "Tell me about a specific appointment that didn't go to plan."),
    (True, "Is there one occasion that sticks in your mind?"),
    (True, "Can you describe a specific time you had to call us?"),
    (True, "Give me an example of a reading you had to correct."),
    (True, "Think of the most recent time you topped up. How did that go?"),
    (True, "Any example come to mind?"),
    (True, "Can you share a story about a time the app helped you?"),
    (True, "When did that last happen, and what did you do?"),
    (True, "Could you talk me through one recent transfer step by step?"),
    (True, "Which recent booking would you pick to show me what you mean?"),
    (True, "Is there a moment you can think of when the tickets didn't arrive?"),
    (False, "For example, do you use the app or the website?"),
    (False, "How often do you check your balance?"),
    (False, "Can you give me a rough idea of your monthly spend?"),
    (False, "What do you think about the new tariff?"),
    (False, "Could you describe your household?"),
    (False, "Why did you choose us in the first place?"),
    (False, "Do you remember roughly when you joined?"),
    (False, "Is there anything you'd change about the dentist's reminders?"),
    (False, "How did you hear about the tickets?"),
    (False, "What's your favourite feature?"),
]


# Written with HELD_OUT_4, before the third held-out batch's misses were turned into rules: 6/10
# flagged and 0/8 false before and after (the third, read, 13/15 -> 15/15).
EXAMPLES_HELD_OUT_4 = [
    (True, "Can you think of a moment recently when the app surprised you?"),
    (True, "Which time stands out when it went wrong?"),
    (True, "Talk me through one delivery that didn't arrive."),
    (True, "What's an example from last month?"),
    (True, "Tell me about the worst experience you've had with us."),
    (True, "Could you describe what happened the last time you called support?"),
    (True, "Is there an occasion you remember where the reminder helped?"),
    (True, "Pick a recent trip and tell me how booking it went."),
    (True, "Give me one case where the price was wrong."),
    (True, "Can you take me through a recent order from start to finish?"),
    (False, "What do you usually order?"),
    (False, "Would you recommend us to a friend?"),
    (False, "How do you normally book your trips?"),
    (False, "Is there a time of day that suits you for deliveries?"),
    (False, "Which features do you use most?"),
    (False, "What's the best way to reach you?"),
    (False, "Can you remember your login email?"),
    (False, "If we offered a cheaper plan, would you switch?"),
]


# A fifth held-out batch, written 2026-12-06 (21:50) before the fourth held-out batch's misses were
# turned into rules (a garage, a cinema app, a food bank's volunteers, a cleaning service): 1/10
# flagged and 0/8 false before, 7/10 and 0/8 after the rule learnt the shape of one past event.
EXAMPLES_HELD_OUT_5 = [
    (True, "Tell me about the most frustrating booking you've made with us."),
    (True, "Talk me through a repair that took longer than promised."),
    (True, "Which visit sticks in your mind, and why?"),
    (True, "Can you describe one shift where the rota went wrong?"),
    (True, "Was there ever a clean you weren't happy with? What happened?"),
    (True, "Think of a film night that didn't go to plan. What went wrong?"),
    (True, "Could you tell me about the best service you've had from us?"),
    (True, "Go through a recent booking with me, step by step."),
    (True, "What's a time you had to chase us for an update?"),
    (True, "Is there a clean you remember that went really well?"),
    (False, "How often do you book a service?"),
    (False, "Tell me a bit about your car."),
    (False, "Which film would you like to see next?"),
    (False, "What would make the rota easier?"),
    (False, "Do you usually book online or by phone?"),
    (False, "Talk me through your price expectations."),
    (False, "What's the best time to call you?"),
    (False, "Would you use a loyalty card if we had one?"),
]


KINDS_TUNING = [
    ('background', "We're a family-run bakery with two shops in Leeds."),
    ('background', 'I look after the front desk three days a week.'),
    ('background', 'My husband and I set up the studio in 2019.'),
    ('background', 'There are eight of us, mostly part-timers.'),
    ('background', "I've used the app since it launched, maybe four years."),
    ('background', 'Mostly I book for myself, sometimes for my mum.'),
    ('background', "It's just me, I'm a freelance photographer."),
    ('background', 'We found you through a friend who runs a café.'),
    ('background', "I'm in charge of the rota for about thirty drivers."),
    ('background', "We've got two vans and a small warehouse."),
    ('background', "I teach yoga, so I'm at the studio most evenings."),
    ('background', 'Our customers are mostly students from the college nearby.'),
    ('background', 'We signed up in January, after our old system shut down.'),
    ('background', 'I do the books on Sunday nights, usually.'),
    ('background', 'My role is operations, so scheduling is my job.'),
    ('pain', "We're a small team, and the app keeps logging us out."),
    ('pain', 'I run the front desk, and the check-in screen freezes every morning.'),
    ('pain', 'Every Monday the sync fails and I have to start again.'),
    ('pain', 'It took three weeks to get our deposit back.'),
    ('pain', 'The booking page shows slots that are already gone.'),
    ('praise', 'I run a bakery, and the ordering page has honestly been brilliant.'),
    ('praise', "The staff remember my dog's name, which is lovely."),
    ('praise', 'Setting it up was quick, our whole team was on it in a day.'),
    ('request', "I'd love a way to see last month's bookings next to this month's."),
    ('background', 'We usually pay by card, sometimes by bank transfer.'),
    ('contact', 'You can reach me on oh seven seven double two, four five six, nine nine one.'),
    ('contact', "Drop me an email, it's sam at bakehouse dot co dot uk."),
    ('pleasantry', "Thanks so much for having me, it's been great."),
    ('pleasantry', 'No worries at all, happy to help anytime.'),
]

KINDS_HELD_OUT = [
    ('background', 'I manage a team of twelve carers across the county.'),
    ('background', "We've been customers for about three years now."),
    ('background', 'Most of our orders come in on Friday afternoons.'),
    ('background', "I'm the office manager, so the invoices land on my desk."),
    ('background', 'We heard about you at a trade fair in Birmingham.'),
    ('background', 'There are three locations, and I cover two of them.'),
    ('background', 'I usually book on my phone during my lunch break.'),
    ('background', 'Our clinic sees around sixty patients a day.'),
    ('background', 'I started using it when I took over the café from my aunt.'),
    ('background', 'We have two kids, so we order the family box.'),
    ('pain', "We're a busy clinic, and the reminders keep going out at midnight."),
    ('pain', "I manage the rota, and the app keeps dropping shifts I've saved."),
    ('pain', 'I usually book on my phone, but the page times out every single time.'),
    ('pain', 'Our team of twelve spends an hour a day re-entering the same orders.'),
    ('praise', "I'm the office manager, and the new export has saved me hours."),
    ('praise', "We've been customers for three years and the service has been spot on."),
    ('background', 'We mostly order on Mondays and Thursdays.'),
    ('contact', 'Best to call the shop, the number is oh one one three, four nine six, two two one nine.'),
    ('pleasantry', 'Lovely to chat, thanks for your time.'),
    ('request', "We're a small firm, and I'd love an option to split invoices between clients."),
]

NEVER_CAME_TUNING = [
    ('positive', "I've never had a problem with it."),
    ('positive', 'It has never let me down.'),
    ('positive', 'Not once has it crashed on me.'),
    ('positive', "I haven't had a single issue since we started."),
    ('positive', 'Nothing has gone wrong so far.'),
    ('positive', 'No problems at all, touch wood.'),
    ('positive', "It's been four years and I've never had a payment go missing."),
    ('positive', "We've never lost a booking."),
    ('positive', "I've never had to chase a payment since."),
    ('positive', 'Never had a complaint from a client about the invoices.'),
    ('positive', 'It never crashes, even with big files.'),
    ('positive', 'I never have to wait for the train tickets to load.'),
    ('positive', "There's never a queue at the self check-in."),
    ('positive', "I've never had a late delivery with them."),
]

NEVER_CAME_HELD_OUT = [
    ('positive', "In two years the booking system hasn't had one outage."),
    ('positive', "We've not had a single complaint about the new menus."),
    ('positive', "Honestly, I've never had an issue with the deliveries."),
    ('positive', 'The card reader has never failed on a busy Saturday.'),
    ('positive', 'No issues whatsoever since we moved the team over.'),
    ('positive', 'They have never let us down, even at Christmas.'),
    ('negative', 'I never had a problem until the update in March.'),
    ('negative', "We hadn't had any issues before this year, now it crashes weekly."),
    ('neutral', "I've never had a reason to call support."),
    ('neutral', "We haven't had a chance to try the reports yet."),
]

IDIOMS_TUNING = [
    ('positive', "We switched from spreadsheets and haven't looked back."),
    ('positive', "For the price, you can't beat it."),
    ('positive', 'Honestly, it was a no-brainer for us.'),
    ('positive', "It's worth every penny."),
    ('positive', 'It does exactly what it says on the tin.'),
    ('positive', "I couldn't be happier with the new app."),
    ('positive', "I can't fault the team at all."),
    ('positive', 'The reminders have been a lifesaver this winter.'),
    ('positive', 'The shared calendar has been a game changer for us.'),
    ('positive', 'It pays for itself within a month.'),
    ('positive', "Booking a class takes two taps now, that's all I want."),
    ('positive', "It's head and shoulders above the last one we had."),
    ('negative', 'The new checkout is driving me up the wall.'),
    ('negative', 'The double charge was the last straw.'),
    ('negative', "I'm fed up with chasing them for a reply."),
    ('negative', "Honestly I'm pulling my hair out with the sync."),
    ('negative', "It's a complete waste of time."),
    ('negative', 'The mobile app is not fit for purpose.'),
    ('negative', 'The so-called support line is a joke.'),
    ('negative', 'Getting a refund is a pain in the neck.'),
    ('negative', "I'm at my wits' end with the login."),
    ('negative', 'Every update is a step backwards.'),
    ('negative', "The reports are more trouble than they're worth."),
    ('negative', "They've really dropped the ball this year."),
]

IDIOMS_HELD_OUT = [
    ('positive', "Since we moved over we've never looked back."),
    ('positive', "You can't beat them on delivery times."),
    ('positive', 'Frankly, the new planner is a godsend.'),
    ('positive', 'It ticks every box for us.'),
    ('positive', 'The support team went above and beyond.'),
    ('positive', 'The app is a breath of fresh air after the old one.'),
    ('positive', "I'd give it ten out of ten."),
    ('positive', "It's streets ahead of what we used before."),
    ('negative', 'The invoicing side is an absolute shambles.'),
    ('negative', 'The constant logouts are doing my head in.'),
    ('negative', 'Their phone line is a joke, nobody ever picks up.'),
    ('negative', "I've had it up to here with the delays."),
    ('negative', 'The new pricing is daylight robbery.'),
    ('negative', 'Honestly, the onboarding was a total mess.'),
    ('negative', "We're sick and tired of the same bugs coming back."),
    ('negative', 'That update was a disaster for us.'),
    ('neutral', 'I was pulling the reports together for the board.'),
    ('neutral', 'The joke in our office is that Monday never ends.'),
    ('neutral', "We looked back at last year's numbers in January."),
    ('neutral', 'It beats me why people pay cash these days, but some do.'),
]

NUMBERS_TUNING = [
    ('neutral', 'We have about two hundred customers on the system.'),
    ('neutral', 'We book roughly thirty classes a week between the two studios.'),
    ('neutral', 'There are fourteen of us, split across the shop and the workshop.'),
    ('neutral', 'We send out around sixty quotes a month, mostly in spring.'),
    ('neutral', "I've had the car serviced there three times now."),
    ('neutral', 'Our pharmacy does about a hundred deliveries on a Saturday.'),
    ('neutral', 'I log about forty hours a week on the timesheet.'),
    ('neutral', 'We process something like five hundred orders a day in December.'),
    ('neutral', 'The school has nine hundred pupils and every parent gets the app.'),
    ('neutral', 'My daughter has two lessons a week, on Tuesday and Thursday.'),
    ('neutral', 'We have three vans and two of them are on the road every day.'),
    ('neutral', 'I order flowers for the office once a fortnight.'),
    ('neutral', 'The restaurant seats about eighty, and we do two sittings on Fridays.'),
    ('neutral', 'We keep around twelve thousand photos in the shared folder.'),
    ('neutral', 'I check the dashboard at eight and again at five.'),
    ('neutral', 'Most of our clients are within ten miles of the office.'),
    ('neutral', 'We moved over to the monthly plan about six months ago.'),
    ('neutral', 'There are four people who can approve invoices.'),
    ('neutral', 'I usually spend about an hour on Sunday planning the week.'),
    ('neutral', 'We had about fifty people at the launch event.'),
    ('neutral', 'Each job takes the plumber two or three hours on average.'),
    ('neutral', 'Our busiest day is Monday, with maybe thirty calls before lunch.'),
    ('neutral', 'The prescriptions are ready by four most afternoons.'),
    ('neutral', 'We have a hundred and twenty members on the waiting list for the new site.'),
    ('neutral', 'I pay twenty pounds a month, by direct debit.'),
    ('positive', 'Booking a class takes two taps now.'),
    ('positive', 'The whole quote is done in five minutes, from my phone, on site.'),
    ('positive', 'Paying takes about ten seconds, I just tap my card.'),
    ('positive', 'They had the boiler fixed within two hours of my call.'),
    ('positive', 'The prescription was at my door the next morning.'),
    ('positive', 'It cut our month-end close from four days to one.'),
    ('positive', "One click and the invoice is in the customer's inbox."),
    ('positive', 'I can approve thirty timesheets in about a minute now.'),
    ('positive', 'The table was ready at seven on the dot, even on a Friday.'),
    ('positive', "We've saved about three hours a week since we started."),
    ('positive', 'Three years in and it has never gone down once.'),
    ('positive', 'The car was ready at four, washed, with a full report.'),
    ('positive', 'Two clicks and the whole class has the homework.'),
    ('positive', 'It only took a day to get all fourteen of us set up.'),
    ('positive', 'Onboarding a new client is down to ten minutes.'),
    ('negative', 'It takes four clicks just to find the invoice I sent yesterday.'),
    ('negative', 'We waited forty minutes past our booking for a table.'),
    ('negative', "The engineer was three hours late and didn't call."),
    ('negative', 'Approving one timesheet takes five screens.'),
    ('negative', 'Two of the last three deliveries arrived damaged.'),
    ('negative', 'It took them nine days to answer a simple question.'),
    ('negative', 'Our bill went up thirty percent with no warning.'),
    ('negative', 'I had to re-enter two hundred contacts by hand.'),
    ('negative', 'The app logs me out every ten minutes.'),
    ('negative', 'The shop had one person on the till and twenty people queuing.'),
]

NUMBERS_HELD_OUT = [
    ('neutral', 'We run about forty weddings a year, mostly between May and September.'),
    ('neutral', 'There are eleven dentists and four hygienists across our practices.'),
    ('neutral', 'I walk two dogs in the morning and three in the afternoon.'),
    ('neutral', 'We print roughly two thousand labels a week.'),
    ('neutral', 'The club has about three hundred members and six courts.'),
    ('neutral', 'I teach twenty-five piano students, most of them after school.'),
    ('neutral', 'Our shop opens at nine and shuts at half five.'),
    ('neutral', 'We renewed for another two years last spring.'),
    ('neutral', 'I spend maybe fifteen minutes a day in the app.'),
    ('neutral', 'We get about eighty enquiries a week through the website.'),
    ('positive', 'The new kiosk checks people in in about ten seconds.'),
    ('positive', "Refunds land in the customer's account within the hour."),
    ('positive', 'Setting up the second shop took one afternoon.'),
    ('positive', 'The labels print in a couple of seconds, even in a big batch.'),
    ('positive', 'Our no-shows dropped from ten a week to two.'),
    ('positive', 'I found the right form in two clicks.'),
    ('positive', "It's been four years and I've never had a payment go missing."),
    ('negative', 'It takes six steps to cancel a single lesson.'),
    ('negative', 'We were on hold for fifty minutes, twice in one week.'),
    ('negative', 'Three of our five printers stopped connecting after the update.'),
    ('negative', 'The export of two thousand rows takes over an hour.'),
    ('negative', 'They billed us for twelve users when we only have eight.'),
]

# A second held-out batch of quantities, written 2026-12-06 (23:25) in domains neither numbers
# batch covers (parcel lockers, a hair salon, cinema tickets, tax-return software, grocery
# delivery, a GP surgery, bike repairs, a print shop, payroll), before ``sentiment.little_effort``
# was written; scored once after (22/24 with 2 swaps before, 23/24 with 1 after).
NUMBERS_HELD_OUT_2 = [
    ('neutral', 'We have about thirty staff on the payroll, most of them part time.'),
    ('neutral', 'I get my hair cut every six weeks or so.'),
    ('neutral', 'We go to the cinema maybe twice a month with the kids.'),
    ('neutral', 'The locker is about five minutes from my flat.'),
    ('neutral', 'I do the tax return for my husband and me every January.'),
    ('neutral', 'Our weekly shop is usually around ninety pounds.'),
    ('neutral', 'The surgery has six doctors and a nurse practitioner.'),
    ('neutral', 'I ride about a hundred miles a week, mostly commuting.'),
    ('positive', 'Picking up a parcel takes about twenty seconds with the code.'),
    ('positive', 'My booking was confirmed in under a minute, with a text straight after.'),
    ('positive', 'Buying the tickets took three taps, seats and all.'),
    ('positive', 'The whole tax return took me forty minutes this year instead of a weekend.'),
    ('positive', 'The shopping arrived in a one-hour slot, exactly as promised.'),
    ('positive', 'I got a call back from the doctor within twenty minutes.'),
    ('positive', 'They had the bike back to me the same afternoon.'),
    ('positive', 'Running payroll is down to about fifteen minutes a month.'),
    ('positive', 'Our posters were printed and ready in two hours.'),
    ('negative', 'It took eleven days for the parcel to reach the locker.'),
    ('negative', 'I sat in the salon for forty-five minutes past my appointment.'),
    ('negative', 'The ticket app needs nine screens before you can even pick a seat.'),
    ('negative', 'Three of the last four orders had something missing.'),
    ('negative', 'I rang the surgery twenty-two times before anyone picked up.'),
    ('negative', 'The repair took three weeks and they lost my lights.'),
    ('negative', 'Payroll takes two people a whole day every month.'),
]

# A third round, written 2026-12-06 (21:10) in other domains before any rule for it: a tuning
# batch (a vet app, car sharing, language lessons, music lessons) the rules are widened on, and a
# held-out batch (a bank app, event tickets, home energy, a dental practice) scored with the
# rules as they were and once after, never tuned on. Rules or model: tuning 9/20 found and 2/12
# others taken for one before, 19/20 and 0/12 after; held out 5/15 and 1/10 before and after.
TUNING_3 = [
    (True, "Can you make it so the app remembers my last order?"),
    (True, "It'd be handy to have a button that pauses all the notifications."),
    (True, "Give us a way to split the bill between flatmates."),
    (True, "I'm crying out for a proper offline mode."),
    (True, "Any plans to add Apple Pay? I'd use it straight away."),
    (True, "The missing piece for us is an API."),
    (True, "Just let me edit the booking instead of cancelling and rebooking."),
    (True, "Why can't it just save my card details?"),
    (True, "If only it showed the price before I confirm."),
    (True, "I'd kill for a night mode."),
    (True, "Please add more lesson slots in the evening."),
    (True, "We need bulk editing, badly."),
    (True, "A progress chart would be amazing."),
    (True, "I'd vote for a family account every time."),
    (True, "The dream would be for the car to unlock from my watch."),
    (True, "What would really make a difference is text reminders for the vet visits."),
    (True, "Bring back the old home screen, it was so much clearer."),
    (True, "It should really tell me when the car needs charging."),
    (True, "Could the teacher's notes be saved somewhere I can read them later?"),
    (True, "Adding a search to the lesson history would help me no end."),
    (False, "Can you make it to the session on Thursday?"),
    (False, "The button that pauses the notifications works well."),
    (False, "We split the bill between the three of us every month."),
    (False, "I'd kill for a holiday right now, to be honest."),
    (False, "The dream was always to run my own practice."),
    (False, "Please bear with me, I'm looking for the email."),
    (False, "We need to leave by five today."),
    (False, "A progress chart is the first thing I look at."),
    (False, "If only I'd started lessons earlier."),
    (False, "It should be fine, the car was charged last night."),
    (False, "The old home screen was clearer, but I've got used to the new one."),
    (False, "Any plans for the weekend? We're off to the coast."),
]

HELD_OUT_3 = [
    (True, "It would be really good if I could freeze my card from the app."),
    (True, "Let me pick my seat when I buy the ticket."),
    (True, "I'd love it if the meter readings went in automatically."),
    (True, "Can we get a reminder the day before the appointment?"),
    (True, "How about a way to transfer tickets to a friend?"),
    (True, "Give me a monthly summary of what I spent and I'd be happy."),
    (True, "The one thing I'm missing is joint accounts."),
    (True, "A text when the dentist is running late would be so useful."),
    (True, "You really need to add an export to a spreadsheet."),
    (True, "I'm still waiting for them to add Google Pay."),
    (True, "My biggest ask would be weekend appointments."),
    (True, "Put the tariff comparison on the home page, please."),
    (True, "Why not show the queue position while I wait for tickets?"),
    (True, "If there was a dark mode I'd use the app at night."),
    (True, "We'd switch the whole team over if it had single sign-on."),
    (False, "It would be really good to see you again next year."),
    (False, "Let me pick up the kids first and I'll call you back."),
    (False, "I'd love it if the weather stayed like this."),
    (False, "Can we get a coffee before we start?"),
    (False, "How about that match last night?"),
    (False, "The monthly summary is the best part of the app."),
    (False, "The one thing I'm missing is sleep, with a newborn."),
    (False, "You really need to see the new stadium, it's huge."),
    (False, "I'm still waiting for my brother to pay me back."),
    (False, "We'd switch supplier every year before we found you."),
]


# A fourth round, written 2026-12-07 by three writers who were given the definitions of issue 23
# and told not to read this repository (the rules, the model or any batch), so that the ways of
# asking are theirs rather than ours: asked for varied forms ("pick out one charter that went
# smoothly and take me through it", "it's crying out for a waitlist", "we'd need SSO before
# rolling it out wider") and for look-alikes of each (a habit, a preference, a hypothetical; a
# wish about the customer's own life, praise of what exists, a logistics request). Two tuning
# batches (A: a driving school, furniture rental, a theatre box office, a boat charter...; B: B2B
# software, payroll to data pipelines), 30 and 20 of each kind, scored with the rules as they
# were: requests for an example 9/30 with 1 false and 14/30 with 0; feature requests, rules or
# model, 21/30 with 1 false and 11/30 with 2. They are what the request model and the new model
# of requests for an example (``probing.examples_read``) are fitted on, with the tuning parts
# before. The held-out batches (a parking app, a library, a pharmacy, a ferry...), 20 and 15 of
# each kind, were written at the same time by the third writer and not read before the models
# were chosen; scored before the change: example requests 11/20 with 1 false, feature requests
# (rules or model) 13/20 with 1 false.

EXAMPLES_TUNING_A = [
    (True, "Can you recall a particular lesson where your instructor really helped something click?"),
    (True, "Picture the last time you picked up a prescription for your dog. What happened?"),
    (True, "Describe the worst furniture delivery you've had from us, start to finish."),
    (True, "Pick out one charter that went really smoothly and take me through it."),
    (True, "Go back to your first visit to the museum as a member. How did that day unfold?"),
    (True, "What's one moment at the box office that really annoyed you?"),
    (True, "Is there an occasion when a cleaner didn't show up? Tell me what happened."),
    (True, "Can you name a ride on the scooter app that went badly wrong?"),
    (True, "What stands out from the most recent order you placed at the co-op?"),
    (True, "How did it go the last time you ordered a meal-prep box at the cafe?"),
    (True, "Think of your worst week with us. What happened?"),
    (True, "Walk me through a shift at the co-op where the till system went down on you."),
    (True, "Reconstruct the fitting day when the installers came to set up your rented wardrobe."),
    (True, "Tell me about a crossing on the charter when the weather turned rough."),
    (True, "Talk me through one load that came to your flat damaged."),
    (True, "Walk me through the handover when you collected the boat keys last summer."),
    (True, "So, any time it really went wrong with the scooters?"),
    (True, "Relive for me the day of your driving test with us, from the morning on."),
    (True, "Narrate the day your cat's medication arrived late, from when you first noticed."),
    (True, "Single out the most frustrating call you made to the pharmacy helpline and tell me about it."),
    (True, "Point to a specific show night when the ticket scan didn't work. What went on?"),
    (True, "Was there a day when you couldn't find a single scooter nearby? Talk me through it."),
    (True, "Think back to the first cleaning you booked through the app. How did it go?"),
    (True, "Give me an example of a time the co-op ran out of something you really needed."),
    (True, "Remember a visit to the gym cafe when your order came out wrong? What happened then?"),
    (True, "Tell me the story of the most recent exhibition you went to on your membership."),
    (True, "What happened the last time you returned a rented desk?"),
    (True, "Share with me the smoothest booking you ever made with a cleaner, step by step."),
    (True, "Any particular trip on the boat that sticks in your mind? Tell me about it."),
    (True, "Walk me through exactly what happened when your refill order got cancelled last month."),
    (False, "How often do you take driving lessons in a typical month?"),
    (False, "Is there a particular day you prefer for furniture deliveries?"),
    (False, "What do you think of the last update to the scooter app?"),
    (False, "Is there a time you would pay more for a cleaner?"),
    (False, "Picture your ideal box office app. What would it look like?"),
    (False, "For example, do you use the website to order your pet's meds?"),
    (False, "Was that the first time you'd chartered a boat?"),
    (False, "Did you remember to cancel your membership renewal?"),
    (False, "Walk me through how you usually plan your weekly co-op shop."),
    (False, "Tell me about your household and who books the cleaners."),
    (False, "Describe your typical week at the gym cafe."),
    (False, "What time suits you for a follow-up call?"),
    (False, "Do you ever rent furniture for short stays?"),
    (False, "What stands out to you about our membership tiers in general?"),
    (False, "Think about the price of lessons. Does it feel fair to you?"),
    (False, "Is there one feature of the app you use the most?"),
    (False, "Roughly how many times have you ridden a scooter this month?"),
    (False, "Do you remember roughly what you paid last year?"),
    (False, "In general, what would make a charter feel worth the money?"),
    (False, "When you order prescriptions, what's your usual routine?"),
]

REQUESTS_TUNING_A = [
    (True, "What I'd really love is a way to reschedule lessons from my phone."),
    (True, "They ought to let you extend the sofa rental online."),
    (True, "Is there any chance of auto-refills for my dog's pills?"),
    (True, "My one ask would be seat previews before I buy the tickets."),
    (True, "If only the app had a dark mode for night rides."),
    (True, "A pause option would make my life easier when I'm travelling."),
    (True, "Honestly, the booking page is crying out for a waitlist."),
    (True, "I keep hoping they'll add a chat with the skipper before the charter."),
    (True, "It should let me pick the same cleaner every week."),
    (True, "Can't you just add a button to split the bill with my flatmates?"),
    (True, "The missing piece is a calendar sync for member events."),
    (True, "Give us a macro breakdown on every meal."),
    (True, "Bring back the old ten-ride bundle for the scooters."),
    (True, "I'd switch everything over to you if it could handle both my cats' prescriptions on one account."),
    (True, "Top of my list would be weekend evening lessons."),
    (True, "Someone should build a co-op app that tells me what's in stock."),
    (True, "Why isn't there a way to reserve a scooter ten minutes ahead?"),
    (True, "Add a reminder the day before the cleaner comes, please."),
    (True, "We need a way to share one membership card between two adults."),
    (True, "I'd happily pay extra for a guaranteed delivery slot."),
    (True, "Let me swap one chair in the set without redoing the whole order."),
    (True, "It'd be handy to get a text when my pet's meds ship."),
    (True, "Could you do a half-day charter option? That's what we'd actually book."),
    (True, "Any plans to let members bring a guest for free? I'd use that every month."),
    (True, "Really, the box office needs e-tickets I can keep in my phone wallet."),
    (True, "Put the allergens on the label, that's all I'm asking."),
    (True, "I'd love it if the cafe did a vegan meal plan."),
    (True, "A buy-to-keep option at the end of the lease would be brilliant."),
    (True, "How about a mock test mode in the driving school app?"),
    (True, "Please make the co-op work shifts bookable online instead of on the paper sheet."),
    (False, "I wish I'd started driving lessons years sooner."),
    (False, "I'd love to visit Lisbon next spring."),
    (False, "The new reminder option is great, I use it every week."),
    (False, "The app keeps freezing when I end a ride."),
    (False, "I'd love to help test the new app if you need people."),
    (False, "I should have read the rental terms more carefully."),
    (False, "We're planning to move house in June, so we'll rent a bigger table then."),
    (False, "Could you email me the summary after this call?"),
    (False, "We need a bigger van anyway for the move."),
    (False, "Honestly the auto-refill feature already saves me loads of time."),
    (False, "The cleaners were late twice last month, which was annoying."),
    (False, "I wish my dog would just take the pills without a fight."),
    (False, "My one regret is not buying the family membership earlier."),
    (False, "Can we move this interview to Thursday?"),
    (False, "I'd pay for the lessons myself if my parents didn't."),
    (False, "Someone should have told me the show started at seven."),
    (False, "The seat map they added last year is really clear."),
    (False, "We need to eat more vegetables as a family, that's why we signed up."),
    (False, "I keep meaning to book another charter but haven't got round to it."),
    (False, "Give me a second, I'll grab my account number."),
]

EXAMPLES_TUNING_B = [
    (True, "Can you remember the last time payroll didn't balance? What did you do?"),
    (True, "Pick one deal that slipped last quarter and take me through it."),
    (True, "Give me a concrete case where a contract review took way longer than it should have."),
    (True, "What's an instance where a truck went dark on the map and you had to chase it down?"),
    (True, "I'd love to hear about a specific audit where the trial data didn't line up."),
    (True, "Let's zoom in on one release that went sideways. What happened first?"),
    (True, "Describe what happened on the day the warehouse scanners went down."),
    (True, "Run me through the last month-end close, from the first step to sign-off."),
    (True, "When did this last bite you?"),
    (True, "Any story you could share about an onboarding that went badly?"),
    (True, "Is there one account that comes to mind where the support queue blew up? Tell me about it."),
    (True, "What was the most painful release you remember? Walk me through it."),
    (True, "And the last time that happened?"),
    (True, "Could you show me how you did it last time, step by step?"),
    (True, "Think back to the last ticket that got escalated. How did it unfold?"),
    (True, "Tell me about the most recent time a pipeline job failed overnight."),
    (True, "Take me back to the last shipment that went to the wrong dock. What did you do?"),
    (True, "Can you recall a particular time a signer couldn't open the envelope? What happened next?"),
    (True, "What happened the last time a design review got stuck on feedback?"),
    (True, "Walk me through the last purchase order that got held up in approvals."),
    (True, "Like when? Just give me one time it actually happened."),
    (True, "Tell me the story of the worst outage you've dealt with this year."),
    (True, "Last sprint, when the data load broke, what did you actually do?"),
    (True, "Okay, so what about the time the auditors showed up? How did that go?"),
    (True, "Can you think of a specific sales call where pricing came up? How did it go?"),
    (True, "Let's take yesterday's close as the example. What did you do first?"),
    (True, "Describe the last time you had to reissue a paycheck, start to finish."),
    (True, "What did you do the most recent time a site missed a patient visit window?"),
    (True, "Could you pull up the last contract you redlined and show me what you did?"),
    (True, "Does any particular incident stick out from when you switched vendors? Tell me about it."),
    (False, "How often do you run payroll corrections in a typical month?"),
    (False, "Walk me through your approval process in general, how it usually works."),
    (False, "Did the last release fix the scanner issue?"),
    (False, "Which specific report do you use most?"),
    (False, "If you had one wish for the contract review tool, what would it be?"),
    (False, "For example, some teams export everything to spreadsheets first. Just to give you an idea."),
    (False, "What do you think of the recent changes to the ticket view?"),
    (False, "Do you remember what time we agreed to meet next week?"),
    (False, "Can you show me your screen when you're ready? No rush."),
    (False, "Do you usually prefer email or Slack for approvals?"),
    (False, "Tell me about your role and what your team does."),
    (False, "What time works best for a follow-up session?"),
    (False, "Is there one tool you'd say you rely on most?"),
    (False, "Last time we spoke you mentioned a new hire. Are they still on the team?"),
    (False, "Typically, how long does a month-end close take you?"),
    (False, "Was the last audit on schedule, yes or no?"),
    (False, "What would you do if a shipment got lost tomorrow?"),
    (False, "Walk me through the main screens you use day to day."),
    (False, "How do you feel about the new e-signature templates overall?"),
    (False, "Could you send me a sample export file after the call, for our records?"),
]

REQUESTS_TUNING_B = [
    (True, "We'd need SSO before rolling it out wider."),
    (True, "An API for the exports would unblock us."),
    (True, "Honestly, just give us bulk edit."),
    (True, "It badly needs an audit log."),
    (True, "Is an Outlook plug-in on the roadmap?"),
    (True, "I'd pay for a sandbox."),
    (True, "Let admins set default permissions."),
    (True, "The day it syncs with Jira, we'll move the whole team over."),
    (True, "What's missing is a proper approval step."),
    (True, "If it could flag duplicates automatically, that would save hours."),
    (True, "Can you add a way to split a shipment across two docks?"),
    (True, "We really need the payroll module to handle multiple states."),
    (True, "Any chance of a dark mode for the drivers' tablets?"),
    (True, "Put a search box on the clause library, please."),
    (True, "Without a HubSpot connector this is a non-starter for us."),
    (True, "Why can't I schedule the pipeline runs myself? That should be there."),
    (True, "A mobile signing flow that doesn't need an account, that's the thing we're missing."),
    (True, "Our monitors keep asking for a read-only view for sponsors."),
    (True, "Give me a way to tag tickets in bulk and I'm happy."),
    (True, "If there were an offline mode for the scanners, we'd buy more seats."),
    (True, "Could the export include comments too? Right now it drops them."),
    (True, "Version compare on contracts would be huge for us."),
    (True, "We'd happily pay extra for EU data residency."),
    (True, "The geofence alerts should go out by SMS, not just email."),
    (True, "Let us attach files to purchase requests."),
    (True, "Some kind of undo for bulk deletes is long overdue."),
    (True, "A Slack ping when a signer opens the doc, that'd be ideal."),
    (True, "The one thing I'd ask for is custom fields on the vendor form."),
    (True, "Please let us lock a design frame so clients can't move stuff around."),
    (True, "Does it support webhooks yet? Because we really need them for the ETL."),
    (False, "The audit log you added is great."),
    (False, "The sync with Jira has been really solid for us."),
    (False, "Honestly the approval step is slow and it drives me nuts."),
    (False, "We need to hire two more people for the warehouse."),
    (False, "We're rolling it out to sales next month."),
    (False, "I wish the sponsors would send protocol amendments earlier."),
    (False, "Happy to join a beta if you're running one."),
    (False, "Can you send me the calendar invite for Thursday?"),
    (False, "We use the Outlook plug-in every day."),
    (False, "The export API is what feeds our finance dashboards."),
    (False, "Bulk edit saved us a ton of time last quarter."),
    (False, "The drivers hate the new map, it's way too cluttered."),
    (False, "We'd need sign-off from legal before I share those screenshots."),
    (False, "I'd pay a lot for a quieter office, honestly."),
    (False, "Our payroll team would love a long weekend after year-end."),
    (False, "We're on the enterprise plan with SSO turned on."),
    (False, "Could we move this call to 3 pm instead?"),
    (False, "The duplicate flagging catches most of our repeats already."),
    (False, "We moved the whole support team over in March."),
    (False, "Feel free to record this, and I can share our test data if it helps."),
]

EXAMPLES_HELD_OUT_6 = [
    (True, "Can you recall one particular evening when you couldn't find a parking spot near the venue?"),
    (True, "Picture the last ferry crossing you took with the car. What happened from the moment you got to the port?"),
    (True, "Go back to the most recent prescription you picked up and describe it for me."),
    (True, "What's one moment with the bike-share scheme that really stuck with you?"),
    (True, "Is there an occasion that stands out when the pet sitter didn't show up?"),
    (True, "Describe the worst laundry pickup you've had with them."),
    (True, "Pick out one tutoring session that went badly and take me through it."),
    (True, "I'd like to hear about a single collection day when your recycling got missed. What happened?"),
    (True, "Can you narrate the day you toured the wedding venue, start to finish?"),
    (True, "Think of the most annoying renewal you've done at the library. How did it go?"),
    (True, "Relive that last drop-off for me. What did you do first?"),
    (True, "Has there been a specific instance where the meter charged you twice? Talk me through it."),
    (True, "Take me back to the last time you booked a tutor for your daughter."),
    (True, "What happened the most recent time you tried to undock a bike and it wouldn't release?"),
    (True, "Can you share a story about an occasion when the ferry was cancelled on you?"),
    (True, "Thinking about your last refill, can you tell me step by step what you did?"),
    (True, "Tell me the story of the night your dog sitter cancelled at the last minute."),
    (True, "Remember a particular booking that went wrong? I'd love to hear how it unfolded."),
    (True, "Could you describe one specific visit to the branch where you left without the book you wanted?"),
    (True, "Which reservation at the venue gave you the biggest headache? Walk me through it."),
    (False, "How often do you use the parking app in a typical week?"),
    (False, "Is there a particular day of the week you prefer for laundry pickup?"),
    (False, "Was that the first time you'd taken the ferry with them?"),
    (False, "For example, do you ever renew your library books online?"),
    (False, "Is there a time of year when you'd be willing to pay more for a tutor?"),
    (False, "Walk me through how your household sorts the recycling in general."),
    (False, "Tell me a bit about your family and who uses the pharmacy."),
    (False, "What do you think about the bike-share pricing overall?"),
    (False, "When you think about pet-sitting platforms, what matters most to you?"),
    (False, "Do you remember roughly how much you paid last month?"),
    (False, "Thinking about the last year, would you say the service has got better or worse?"),
    (False, "How long does it usually take you to find a spot at the station?"),
    (False, "Did the sitter arrive on time last time?"),
    (False, "Is there a particular pharmacy branch you normally go to?"),
    (False, "If the ferry ran later at night, would you travel more often?"),
]

HELD_OUT_6 = [
    (True, "What I'd really love is a way to reserve a parking spot the night before."),
    (True, "They ought to let you renew books by text message."),
    (True, "Is there any chance of getting refill reminders sent to my phone?"),
    (True, "My one ask would be a live map showing where the ferry actually is."),
    (True, "If only the app had a filter for tutors who do evening sessions."),
    (True, "A same-day pickup option would make my life so much easier."),
    (True, "Honestly, the booking page is crying out for a calendar view."),
    (True, "I keep hoping they'll add a way to pause the laundry subscription while I'm away."),
    (True, "It should let me pick which dock I'm returning the bike to in advance."),
    (True, "Can't you just add a button to message the sitter directly?"),
    (True, "I'd happily pay a couple of pounds extra for photo updates during the walk."),
    (True, "You know what would help? Text alerts the evening before recycling day."),
    (True, "Why isn't there an option to split the venue deposit between two cards?"),
    (True, "The thing that's missing for me is a family account, so I can collect my mum's prescriptions too."),
    (True, "Please, please let us book return ferry tickets in one go."),
    (True, "Being able to extend my parking from the app without walking back to the meter, that's what I need."),
    (True, "I'd like to see a waitlist feature for the popular tutors."),
    (True, "Give me a way to flag a missed bin from the app and I'd be happy."),
    (True, "Would it be possible for the library to put e-book holds on the same account?"),
    (True, "I'd sign up for a premium tier tomorrow if it included guaranteed pickup windows."),
    (False, "I wish I'd started using the bike scheme years ago."),
    (False, "I'd love to visit Lisbon on the ferry one day."),
    (False, "The refill reminders they already send are brilliant."),
    (False, "The parking app crashed on me twice last week and it was infuriating."),
    (False, "I'd love to help test the new version if you need volunteers."),
    (False, "I really regret not booking the venue earlier in the year."),
    (False, "I'm planning to switch to the fortnightly laundry plan next month."),
    (False, "Could you email me the summary after we're done?"),
    (False, "Can we move the rest of this call to Thursday?"),
    (False, "I love that I can already message the sitter from the app."),
    (False, "The tutors are usually late and nobody apologises."),
    (False, "I should really recycle more than I do."),
    (False, "I'd love a coffee right now, honestly."),
    (False, "It would be great if my kids read more, that's why we go to the library."),
    (False, "They added the calendar view last spring and it's made booking much easier."),
]


# Every batch of each kind, in the order the batches were written (tuning, then held out, by round)
REQUEST_BATCHES = (("tuning", TUNING), ("held out", HELD_OUT), ("held out 2", HELD_OUT_2), ("tuning 3", TUNING_3),
                   ("held out 3", HELD_OUT_3), ("held out 4", HELD_OUT_4), ("held out 5", HELD_OUT_5),
                   ("tuning A", REQUESTS_TUNING_A), ("tuning B", REQUESTS_TUNING_B), ("held out 6", HELD_OUT_6),
                   ("held out 7", request_batches.HELD_OUT_7))
EXAMPLE_BATCHES = (("tuning", EXAMPLES_TUNING), ("held out", EXAMPLES_HELD_OUT), ("held out 2", EXAMPLES_HELD_OUT_2),
                   ("tuning 3", EXAMPLES_TUNING_3), ("held out 3", EXAMPLES_HELD_OUT_3), ("held out 4", EXAMPLES_HELD_OUT_4),
                   ("held out 5", EXAMPLES_HELD_OUT_5), ("tuning A", EXAMPLES_TUNING_A), ("tuning B", EXAMPLES_TUNING_B),
                   ("held out 6", EXAMPLES_HELD_OUT_6), ("held out 7", request_batches.EXAMPLES_HELD_OUT_7),
                   ("tuning C", request_batches.EXAMPLES_TUNING_C), ("held out 8", request_batches.EXAMPLES_HELD_OUT_8),
                   ("follow-ups", request_batches.FOLLOW_UPS))

KEPT_OUT = ("background", "contact", "pleasantry")


def score(rows: list[tuple[bool, str]], rule) -> tuple[int, int, int, int, list[str], list[str]]:
    """(requests found, requests, others taken for one, others, misses, false finds) of
    ``rule`` (text -> whether it is a request) on ``rows``."""
    found = [(wish, text, bool(rule(text))) for wish, text in rows]
    misses = [text for wish, text, hit in found if wish and not hit]
    false = [text for wish, text, hit in found if not wish and hit]
    wishes = sum(wish for wish, _ in rows)
    return wishes - len(misses), wishes, len(false), len(rows) - wishes, misses, false


def _read_as_wishes(texts: list[str]) -> set[str]:
    """The texts the request model reads as wishes (``mentions.wishes_read`` on their analysis-model
    word pieces, as the pipeline reads its statements)."""
    from verbatim.tasks import embed, interview, mentions

    words = embed.analysis_embed_words([interview.classifier_text(t) for t in texts])[1]
    return {t for t, wish in zip(texts, mentions.wishes_read(words)) if wish}


def _read_as_examples(texts: list[str]) -> set[str]:
    """The questions the example-request model reads as asking for one (``probing.examples_read``
    on their word pieces, as the pipeline reads its questions)."""
    from verbatim.tasks import embed, probing

    return {t for t, read in zip(texts, probing.examples_read(texts, embed.analysis_embed_words(texts)[1])) if read}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    from verbatim.tasks.mentions import feature_requests
    from verbatim.tasks.probing import asks_for_example
    from verbatim.tasks.questions import find_questions
    from verbatim.tasks.statement_kinds import THEME_KINDS, statement_kind

    wished = _read_as_wishes([text for _, rows in REQUEST_BATCHES for _, text in rows])

    def as_pipeline(text: str) -> bool:
        """A feature request as the pipeline finds one: by the rules or read by the request model."""
        return bool(feature_requests(text)) or text in wished

    # As the pipeline reads an interviewer's line: the questions in it (``questions.find_questions``),
    # each flagged by the rules or the model
    found = {text: [q.text for q in find_questions(text)] for _, rows in EXAMPLE_BATCHES for _, text in rows}
    asked_for = _read_as_examples(sorted({q for qs in found.values() for q in qs}))

    def as_pipeline_asks(text: str) -> bool:
        """A request for an example as the pipeline finds one: a question of the line that the rules
        flag or the model reads."""
        return any(asks_for_example(q) or q in asked_for for q in found[text])

    for label, rows in REQUEST_BATCHES[1:]:  # the first tuning batch was fitted on: its rules-alone count says little
        name = f"feature requests by the rules alone, {label}"
        hit, wishes, false, others, _, _ = score(rows, feature_requests)
        print(f"{name:47s} found {hit}/{wishes}, others taken for one {false}/{others}")
    for label, rows in EXAMPLE_BATCHES:
        name = f"example requests by the rules alone, {label}"
        hit, wishes, false, others, _, _ = score(rows, asks_for_example)
        print(f"{name:47s} found {hit}/{wishes}, others taken for one {false}/{others}")
    parts = [(f"feature requests, {label}", rows, as_pipeline) for label, rows in REQUEST_BATCHES] + [
        (f"example requests, {label}", rows, as_pipeline_asks) for label, rows in EXAMPLE_BATCHES
    ]
    for name, rows, rule in parts:
        hit, wishes, false, others, misses, wrong = score(rows, rule)
        print(f"{name:27s} found {hit}/{wishes} (recall {hit / wishes:.3f}), others taken for one {false}/{others}")
        for text in misses:
            print(f"    missed: {text}")
        for text in wrong:
            print(f"    false:  {text}")
    for name, labelled in (("kept out of themes, tuning", KINDS_TUNING), ("kept out of themes, held out", KINDS_HELD_OUT)):
        wrong_side = [(kind, text) for kind, text in labelled if (kind in KEPT_OUT) == (statement_kind(text) in THEME_KINDS)]
        print(f"{name:27s} on the wrong side {len(wrong_side)}/{len(labelled)}")
        for kind, text in wrong_side:
            print(f"    {kind} read as {statement_kind(text)}: {text}")
    for name, labelled in (("never came, tuning", NEVER_CAME_TUNING), ("never came, held out", NEVER_CAME_HELD_OUT),
                           ("idioms, tuning", IDIOMS_TUNING), ("idioms, held out", IDIOMS_HELD_OUT),
                           ("numbers, tuning", NUMBERS_TUNING), ("numbers, held out", NUMBERS_HELD_OUT),
                           ("numbers, held out 2", NUMBERS_HELD_OUT_2)):
        got = feelings([text for _, text in labelled])
        missed = [(want, label, text) for (want, text), label in zip(labelled, got) if want != label]
        swaps = sum({want, label} == {"positive", "negative"} for want, label, _ in missed)
        print(f"{name:27s} sentiment right {len(labelled) - len(missed)}/{len(labelled)}, positive/negative swaps {swaps}")
        for want, label, text in missed:
            print(f"    {want} read as {label}: {text}")
    return 0


def feelings(texts: list[str]) -> list[str]:
    """The sentiment label of each text, as the pipeline gives it (``interview.classifier_text``,
    the analysis model's vectors, ``sentiment.classify``)."""
    from verbatim.tasks import embed, interview, sentiment

    said = [interview.classifier_text(t) for t in texts]
    vectors, words = embed.analysis_embed_words(said)
    return [label for label, _ in sentiment.classify(said, vectors, words=words)]


if __name__ == "__main__":
    raise SystemExit(main())
