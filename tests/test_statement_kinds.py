"""tasks/statement_kinds.py: background, contact details and pleasantries are kept out of themes."""

import pytest

from eval.theme_rich import CORPORA, check
from verbatim.tasks import embed, themes
from verbatim.tasks.statement_kinds import THEME_KINDS, statement_kind


@pytest.mark.parametrize("text, kind", [
    ("Sure, my phone number is oh seven seven, four five one, two two nine.", "contact"),
    ("You can email me at maria dot lopez at gmail dot com.", "contact"),
    ("Call me on 07700 900123 any time after five.", "contact"),
    ("Write to tom.baker@example.org and I'll answer.", "contact"),
    # as statements reach the labels: redacted ("give me a ring" was praise, and formed a theme)
    ("Sure, just give me a ring, my number [PHONE] [PHONE] [PHONE].", "contact"),
    ("It's [EMAIL], I check it every day.", "contact"),
    ("Sure, email is best, it's [PERSON] not will not email .com", "contact"),
    ("Happy to help, thanks for having me.", "pleasantry"),
    ("Thank you, it was lovely talking to you.", "pleasantry"),
    ("We are a flower shop and we send about forty invoices every week.", "background"),
    ("I've been a member of the gym for three years, I go to the club near my office.", "background"),
    ("I run a small bakery with two shops.", "background"),
    # Background that also judges something stays a candidate.
    ("We are a flower shop, but the app is terrible, invoices take ages to load.", "pain"),
    ("I wish the app could repeat an invoice on a schedule every month.", "request"),
    ("It would be great if the club opened earlier on Sundays.", "request"),
    ("The refund took a month and nobody answered my complaint.", "pain"),
    ("The trainers are wonderful, they always remember my name.", "praise"),
    # background said other ways (a batch written for the rule, 2026-12-06)
    ("My husband and I set up the studio in 2019.", "background"),
    ("There are eight of us, mostly part-timers.", "background"),
    ("We've got two vans and a small warehouse.", "background"),
    ("Our customers are mostly students from the college nearby.", "background"),
    ("Mostly I book for myself, sometimes for my mum.", "background"),
    ("We found you through a friend who runs a café.", "background"),
    ("I've used the app since it launched, maybe four years.", "background"),
    ("I'm in charge of the rota for about thirty drivers.", "background"),
    ("I look after the front desk three days a week.", "background"),
    ("No worries at all, happy to help anytime.", "pleasantry"),
    # ... and a trouble said beside it is still a pain point, in product words or as a story
    ("I run the front desk, and the check-in screen freezes every morning.", "pain"),
    ("We're a small team, and the app keeps logging us out.", "pain"),
    ("I usually book on my phone, but the page times out every single time.", "pain"),
    # a past event is no background; keeping going is no trouble
    ("Once I got an electric car without asking for one, and nobody could tell me how to charge it.", "other"),
])
def test_statement_kinds(text, kind):
    assert statement_kind(text) == kind


def test_kinds_kept_out_of_themes_are_not_candidates():
    assert not themes.is_candidate("You can email me at anna dot berg at gmail dot com.", True)
    assert not themes.is_candidate("We are a design studio with twelve people in Leeds.", True)
    assert not themes.is_candidate("Thanks so much for having me today.", True)
    assert themes.is_candidate("The installation took us almost two weeks to finish.", True)
    assert {"pain", "praise", "request", "other"} == set(THEME_KINDS)


def test_background_and_contact_details_shared_by_every_interview_form_no_theme():
    # The grab-bag of issue 22: in one domain every background answer shares the vocabulary
    # ("invoices every week") and every contact answer the form ("my number is ..."). With the
    # statement kinds they never reach the clustering, so only the planted complaint is a theme.
    interviews = {
        "a": ["We are a flower shop and we send about forty invoices every week.",
              "Sure, my phone number is oh seven seven, four five one, two two nine.",
              "The app takes forever to open an invoice, I stand there waiting."],
        "b": ["I run a plumbing business and I send invoices to about sixty clients a month.",
              "You can reach me on my mobile, it's oh seven nine, three three one, eight eight two.",
              "Opening any invoice is painfully slow, the screen just spins for ages."],
        "c": ["We are a cleaning company with ten staff and we invoice every Friday.",
              "Best to email me at sara dot quinn at gmail dot com.",
              "Loading my list of invoices takes a minute or more, it is so sluggish."],
        "d": ["I'm a freelance photographer, I send maybe five invoices a week.",
              "My number is oh seven four, five five two, one nine nine, call any time.",
              "Every invoice screen is slow to load and it wastes my mornings."],
    }
    candidates = [themes.Candidate(f"{i}-{k}", i, f"{i}-{k}", "C", float(k), k + 0.9, text, f"{i}-q{k}")
                  for i, said in interviews.items() for k, text in enumerate(said)]
    kept = [c for c in candidates if themes.is_candidate(c.text, True)]
    assert [c.statement_id for c in kept] == ["a-2", "b-2", "c-2", "d-2"]
    vectors = embed.embed([themes.embedding_text(c.text) for c in kept])
    found = themes.build_themes(kept, vectors)
    assert len(found) == 1 and {kept[m].recording_id for m in found[0].members} == set(interviews)


def test_the_rich_interview_sets_are_well_formed():
    assert check() == []
    assert len(CORPORA) == 6
