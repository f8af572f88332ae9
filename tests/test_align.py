"""Alignment and utterance building on hand-built inputs."""

import pytest

from tasks.align import FALLBACK_SPEAKER, assign_speakers, build_utterances
from tasks.diarize import Turn
from tasks.transcribe import Word


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

