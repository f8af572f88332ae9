"""Alignment and utterance building on hand-built inputs."""

import pytest

from verbatim.tasks.align import FALLBACK_SPEAKER, assign_speakers, build_utterances
from verbatim.tasks.diarize import Turn
from verbatim.tasks.transcribe import Word


def w(start, end, text="x", p=0.9):
    return Word(start, end, text, p)


TURNS = [Turn("A", 0.0, 2.0), Turn("B", 2.5, 4.0), Turn("A", 4.2, 6.0)]


@pytest.mark.parametrize(
    "word, expected",
    [
        (w(0.1, 0.5), "A"),  # inside a turn
        (w(2.6, 3.0), "B"),
        (w(1.9, 2.8), "B"),  # straddles: overlaps A by 0.1 s, B by 0.3 s
        (w(1.5, 2.6), "A"),  # overlaps A by 0.5 s, B by 0.1 s
        (w(2.1, 2.3), "A"),  # in the gap, nearer A's end (2.0) than B's start (2.5)
        (w(2.35, 2.45), "B"),  # in the gap, nearer B
        (w(7.0, 7.5), "A"),  # after the last turn
        (w(4.12, 4.16), "A"),  # short gap between B (ends 4.0) and A (starts 4.2): nearer A
    ],
)
def test_word_gets_turn_with_most_overlap_else_nearest(word, expected):
    assert assign_speakers([word], TURNS)[0].speaker == expected


def test_no_turns_falls_back_to_one_speaker():
    out = assign_speakers([w(0, 1), w(1, 2)], [])
    assert [s.speaker for s in out] == [FALLBACK_SPEAKER] * 2


def test_utterances_split_on_speaker_pause_and_sentence_end():
    words = assign_speakers(
        [
            w(0.0, 0.3, "Hello"),
            w(0.4, 0.8, "there."),  # sentence end -> split
            w(0.9, 1.2, "How"),
            w(1.3, 1.6, "are"),
            w(3.0, 3.3, "you"),  # 1.4 s pause -> split
            w(3.4, 3.8, "fine"),  # other speaker -> split
        ],
        [Turn("A", 0.0, 3.35), Turn("B", 3.35, 4.0)],
    )
    utts = build_utterances(words)
    assert [u.text for u in utts] == ["Hello there.", "How are", "you", "fine"]
    assert [u.speaker for u in utts] == ["A", "A", "A", "B"]
    assert [u.index for u in utts] == [0, 1, 2, 3]
    assert utts[1].start_s == 0.9 and utts[1].end_s == 1.6


def test_empty_inputs_give_empty_outputs():
    assert assign_speakers([], TURNS) == []
    assert build_utterances([]) == []



# --- text nobody said, and sentences split by a turn boundary -------------------------------

from verbatim.tasks.align import SpeakerWord, drop_invented_repeats, mend_turn_boundaries  # noqa: E402


def seg(texts, start, segment, gap=0.4):
    return [Word(start + i * gap, start + i * gap + 0.3, t, 0.9, segment) for i, t in enumerate(texts)]


QUESTION = ["What", "was", "your", "most", "recent", "experience?"]


def test_a_repeated_sentence_outside_speech_is_dropped():
    words = seg(QUESTION, 0.0, 0) + seg(["It", "was", "fine."], 3.0, 1) + seg(QUESTION, 9.0, 2)
    turns = [Turn("A", 0.0, 2.5), Turn("B", 3.0, 4.2)]  # nobody speaks after 4.2 s
    kept = drop_invented_repeats(words, turns)
    assert [w.text for w in kept] == QUESTION + ["It", "was", "fine."]


def test_a_repeated_sentence_that_was_spoken_is_kept():
    words = seg(QUESTION, 0.0, 0) + seg(["It", "was", "fine."], 3.0, 1) + seg(QUESTION, 9.0, 2)
    turns = [Turn("A", 0.0, 2.5), Turn("B", 3.0, 4.2), Turn("A", 9.0, 11.5)]
    assert len(drop_invented_repeats(words, turns)) == len(words)


def test_short_repeats_are_real_speech():
    words = seg(["Yes,", "exactly."], 0.0, 0) + seg(["Yes,", "exactly."], 9.0, 1)
    assert len(drop_invented_repeats(words, [Turn("A", 0.0, 1.0)])) == 4


def speak(texts_and_speakers, gap=0.35):
    return [SpeakerWord(Word(i * gap, i * gap + 0.3, t, 0.9), s) for i, (t, s) in enumerate(texts_and_speakers)]


def test_question_opening_given_to_the_customer_goes_back_to_the_interviewer():
    words = speak([("Nobody", "C"), ("answers.", "C"), ("Wouldn't", "C"), ("you", "C"),
                   ("agree", "I"), ("support", "I"), ("is", "I"), ("great?", "I")])
    assert [w.speaker for w in mend_turn_boundaries(words)] == ["C", "C"] + ["I"] * 6


def test_sentence_tail_given_to_the_next_speaker_goes_back():
    words = speak([("It", "C"), ("took", "C"), ("two", "I"), ("weeks.", "I"), ("So", "I"), ("why?", "I")])
    assert [w.speaker for w in mend_turn_boundaries(words)] == ["C"] * 4 + ["I", "I"]


def test_a_word_of_the_other_speaker_inside_an_unfinished_sentence_goes_back():
    # "I'd like to add a note when I | book, | so the vet knows..." (a rendered vet interview)
    words = speak([("Better?", "I"), ("A", "C"), ("note", "C"), ("when", "C"), ("I", "C"), ("book,", "I"),
                   ("so", "C"), ("she", "C"), ("knows.", "C"), ("Thanks.", "I")])
    assert [w.speaker for w in mend_turn_boundaries(words)] == ["I"] + ["C"] * 8 + ["I"]


@pytest.mark.parametrize("words", [
    # a listener's "right" inside the other's sentence is the listener's
    [("Done.", "I"), ("We", "C"), ("moved", "C"), ("the", "C"), ("team", "C"), ("right,", "I"), ("and", "C"), ("waited.", "C")],
    # three words are a turn of their own
    [("Done.", "I"), ("We", "C"), ("moved", "C"), ("the", "C"), ("team", "C"), ("and", "I"), ("then", "I"), ("what", "I"),
     ("happened", "C"), ("next.", "C")],
    # a complete sentence on each side: nothing to mend
    [("It", "C"), ("broke.", "C"), ("Why", "I"), ("then?", "I")],
    # a long fragment is a real turn, not jitter
    [("Done.", "C"), ("and", "C"), ("then", "C"), ("we", "C"), ("waited", "C"), ("more", "I"), ("weeks?", "I")],
    # no punctuation (tiny.en): nothing is moved
    [("it", "C"), ("broke", "C"), ("why", "I"), ("then", "I")],
])
def test_boundaries_left_alone(words):
    sw = speak(words)
    assert [w.speaker for w in mend_turn_boundaries(sw)] == [s for _, s in words]
