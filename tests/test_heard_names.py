"""Configured names heard again with the names as Whisper's prompt (tasks/heard_names.py): which
runs of words a prompted decode may replace, which it may not, and how windows are packed."""

from __future__ import annotations

import pytest

from verbatim.tasks import heard_names
from verbatim.tasks.align import SpeakerWord
from verbatim.tasks.transcribe import Word

NAMES = ["Trello", "Asana", "Basecamp", "HubSpot", "Klaviyo", "Mailchimp"]


def _renamed(old: str, new: str) -> list[tuple[str, tuple[str, ...]]]:
    words = old.split()
    return [(" ".join(words[r.start : r.end]), r.words) for r in heard_names.renames(words, new, NAMES)]


@pytest.mark.parametrize("old, new, expected", [
    # words sharing no letter with the name, the rest the same: the name goes in their place
    ("I once emptied my clothes for free plan, but it couldn't do the stock alerts.",
     "I was tempted by HubSpot's free plan, but it couldn't do the stock alerts.",
     [("once emptied my clothes for", ("was", "tempted", "by", "HubSpot's"))]),
    ("I looked at her part, but it was too dear for us.",
     "I looked at HubSpot's, but it was too dear for us.",
     [("her part,", ("HubSpot's,",))]),  # the name with a possessive and a comma after it
    ("Clemio was too expensive for a sharp size and MailChimp kept sending us to upgrade.",
     "Klaviyo was too expensive for a sharp eyes, and Mailchimp kept sending us to upgrade.",
     [("Clemio", ("Klaviyo",))]),
    # two names in a row, each between unchanged words
    ("We compare you with us Anna and Bayes Camp, and you're one of the leaders.",
     "We compare you with Asana and Basecamp, and you're one of the leaders.",
     [("us Anna", ("Asana",)), ("Bayes Camp,", ("Basecamp,",))]),
    # a name of everyday words right after a person's "left": leaving a product names it
    # (eval.mention_interviews: the CRM part's "since we left HubSpot", the restaurant part's "We
    # left Toast" first heard "We left talks")
    ("Two years this spring, since we left her part. It did so much.",
     "Two years this spring, since we left HubSpot. It did so much.",
     [("her part.", ("HubSpot.",))]),
    # ... and so does a spell of use (eval.study_interviews: "I had a month on Tidal last year
    # to compare" first heard "on title")
    ("I had a month on face camp last year to compare and came straight back.",
     "I had a month on Basecamp last year to compare and came straight back.",
     [("face camp", ("Basecamp",))]),
])
def test_a_name_heard_in_place_of_other_words_replaces_them(old, new, expected):
    assert _renamed(old, new) == expected


@pytest.mark.parametrize("old, new", [
    # a name made of everyday words needs a competitor verb, as when Whisper writes it in lower case
    ("Last summer we hired Thomas Camp in the Alps, which was the best day.",
     "Last summer we hiked to the Basecamp in the Alps, which was the best day."),
    # "left" is a competitor verb only as a person's, right before the name (so "we left base
    # camp at dawn" would be taken for the product: rare in an interview, and a product left is
    # the commoner story there)
    ("On the way up we left the based camp at dawn and walked all day.",
     "On the way up we left the Basecamp at dawn and walked all day."),
    ("There was nothing left. Based camp was closed for the winter.",
     "There was nothing left. Basecamp was closed for the winter."),
    # the decode repeats the prompt, or reads otherwise: no evidence
    ("The editor is lovely.", "We talked about Trello, Asana, Basecamp, HubSpot."),
    ("It mostly works for us and the team likes it.", "Klaviyo, yes, sure, fine, whatever you say then."),
    # the name where nothing was written: inserted, not heard in place of words
    ("We moved over last year and never looked back.", "We moved over Trello last year and never looked back."),
    # the name already written (or found by the text rules): nothing to replace
    ("We were on Mailchimp for years.", "We were on Mailchimp for years."),
    # a spell of time or a look a few words before is no competitor verb (a review's cases)
    ("A few weeks on we hiked to Thomas Camp in the Alps, which was the best day.",
     "A few weeks on we hiked to the Basecamp in the Alps, which was the best day."),
    ("If you look at the map we stayed at Bayes Camp for a week.",
     "If you look at the map we stayed at Basecamp for a week."),
    # a long stretch rewritten around the name is another reading, not the same speech
    ("so we had all of our old boards in some other place back then", "so we had Trello then"),
])
def test_a_decode_that_is_no_evidence_replaces_nothing(old, new):
    assert _renamed(old, new) == []


def _words(spec: list[tuple[str, float, float, str]]) -> list[SpeakerWord]:
    return [SpeakerWord(Word(a, b, text, 0.9, 0), speaker) for text, a, b, speaker in spec]


def test_windows_hold_only_the_customers_runs_and_stay_under_whisper_s_thirty_seconds():
    spec = []
    t = 0.0
    for turn in range(6):  # interviewer then customer, each turn 3 words over 6 s
        speaker = "SPEAKER_00" if turn % 2 == 0 else "SPEAKER_01"
        for k in range(3):
            spec.append((f"w{turn}{k}", t, t + 2.0, speaker))
            t += 2.0
    words = _words(spec)
    windows = heard_names.stretches(words, {"SPEAKER_01"}, window_s=14.0)
    assert [[list(run) for run in w] for w in windows] == [[[3, 4, 5], [9, 10, 11]], [[15, 16, 17]]]
    assert all(words[i].speaker == "SPEAKER_01" for w in windows for run in w for i in run)
    # a run longer than a window is cut
    long = _words([(f"x{k}", 2.0 * k, 2.0 * k + 2.0, "C") for k in range(20)])
    cut = heard_names.stretches(long, {"C"}, window_s=10.0)
    assert all(long[w[-1][-1]].word.end_s - long[w[0][0]].word.start_s <= 10.0 for w in cut)
    assert sorted(i for w in cut for run in w for i in run) == list(range(20))


def test_a_rename_takes_the_run_s_seconds_and_speaker():
    words = _words([("We", 0.0, 0.2, "C"), ("tried", 0.2, 0.5, "C"), ("us", 0.5, 0.7, "C"), ("Anna", 0.7, 1.1, "C"),
                    ("first.", 1.1, 1.5, "C")])
    found = heard_names.renames([w.word.text for w in words], "We tried Asana first.", NAMES)
    out = heard_names.apply(words, list(range(len(words))), found)
    assert [w.word.text for w in out] == ["We", "tried", "Asana", "first."]
    asana = out[2]
    assert (asana.word.start_s, asana.word.end_s, asana.speaker) == (0.5, 1.1, "C")
    assert asana.word.probability == pytest.approx(0.9)


@pytest.mark.parametrize("old, new, sure, expected", [
    # Whisper doubted a word of the run it wrote: the name heard with the prompt replaces it
    ("Before you we took bookings through fresher, but the fees added up.",
     "Before you we took bookings through Fresha, but the fees added up.",
     {"fresher,": 0.57}, [("fresher,", ("Fresha,",))]),
    # every word of the run was sure: the prompt, not the audio, wrote the name there
    ("Before you we took bookings through Fresha, but the fees added up.",
     "Before you we took Booksy through Fresha, but the fees added up.",
     {"bookings": 0.72}, []),
    ("Just a bamboo plant on my desk, it's the only thing I can't kill.",
     "Gusto bamboo plant on my desk, it's the only thing I can't kill.",
     {"Just": 0.91, "a": 0.85}, []),
])
def test_only_words_whisper_doubted_become_a_name(old, new, sure, expected):
    words = old.split()
    probabilities = [sure.get(w, 0.95) for w in words]
    found = heard_names.renames(words, new, ["Fresha", "Booksy", "Gusto"], probabilities)
    assert [(" ".join(words[r.start : r.end]), r.words) for r in found] == expected
    # without the probabilities (text alone) the decode is taken as it reads
    assert heard_names.renames(words, new, ["Fresha", "Booksy", "Gusto"]) != []
