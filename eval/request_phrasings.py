"""Requests as people phrase them: customers' feature requests (each statement labelled a
request or not, scored against ``mentions.feature_requests``, the rule behind the
``feature_request`` mentions) and interviewers' requests for a specific example (each question
labelled, scored against ``probing.asks_for_example``, behind ``questions.asks_for_example``).

    uv run python -m eval.request_phrasings              # every part, misses and false finds listed

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
"""

from __future__ import annotations

import argparse

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

def score(rows: list[tuple[bool, str]], rule) -> tuple[int, int, int, int, list[str], list[str]]:
    """(requests found, requests, others taken for one, others, misses, false finds) of
    ``rule`` (text -> whether it is a request) on ``rows``."""
    found = [(wish, text, bool(rule(text))) for wish, text in rows]
    misses = [text for wish, text, hit in found if wish and not hit]
    false = [text for wish, text, hit in found if not wish and hit]
    wishes = sum(wish for wish, _ in rows)
    return wishes - len(misses), wishes, len(false), len(rows) - wishes, misses, false


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    from verbatim.tasks.mentions import feature_requests
    from verbatim.tasks.probing import asks_for_example

    parts = (("feature requests, tuning", TUNING, feature_requests), ("feature requests, held out", HELD_OUT, feature_requests),
             ("example requests, tuning", EXAMPLES_TUNING, asks_for_example),
             ("example requests, held out", EXAMPLES_HELD_OUT, asks_for_example))
    for name, rows, rule in parts:
        hit, wishes, false, others, misses, wrong = score(rows, rule)
        print(f"{name:27s} found {hit}/{wishes} (recall {hit / wishes:.3f}), others taken for one {false}/{others}")
        for text in misses:
            print(f"    missed: {text}")
        for text in wrong:
            print(f"    false:  {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
