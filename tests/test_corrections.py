"""Speaker corrections (tasks/corrections.py): the latest correction wins, merges follow chains,
merged turns count once, a role correction decides the interviewers, bad corrections are refused
with one line."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from verbatim.tasks import corrections
from verbatim.tasks.align import SpeakerWord, build_utterances
from verbatim.tasks.diarize import Turn
from verbatim.tasks.errors import InputError
from verbatim.tasks.transcribe import Word

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _row(speaker, minutes, **fields):
    return {"recording_id": "r", "speaker": speaker, "corrected_at": T0 + timedelta(minutes=minutes),
            "name": None, "role": None, "merge_into": None, **fields}


def test_the_latest_value_of_each_field_wins_and_other_recordings_are_ignored():
    rows = [_row("SPEAKER_01", 2, name="Dana"), _row("SPEAKER_01", 1, name="Dan", role="customer"),
            _row("SPEAKER_01", 3, role="interviewer"), {**_row("SPEAKER_01", 9, name="Other"), "recording_id": "x"}]
    fixes = corrections.latest(rows, "r")
    assert fixes.by_speaker == {"SPEAKER_01": corrections.SpeakerFix(name="Dana", role="interviewer")}


def test_merges_follow_chains():
    fixes = corrections.latest([_row("SPEAKER_02", 1, merge_into="SPEAKER_01"), _row("SPEAKER_01", 2, merge_into="SPEAKER_00")], "r")
    assert fixes.merges == {"SPEAKER_02": "SPEAKER_00", "SPEAKER_01": "SPEAKER_00"}


def test_merged_turns_join_where_they_overlap_or_touch_so_talk_counts_once():
    turns = [Turn("A", 0.0, 2.0), Turn("B", 1.5, 3.0), Turn("A", 5.0, 6.0), Turn("B", 6.0, 7.0)]
    assert corrections.merged_turns(turns, {"B": "A"}) == (Turn("A", 0.0, 3.0), Turn("A", 5.0, 7.0))
    assert corrections.merged_turns(turns, {}) == tuple(turns)


def test_merged_words_make_one_speakers_utterance():
    words = [SpeakerWord(Word(0.0, 0.4, "So", 0.9), "A"), SpeakerWord(Word(0.5, 0.9, "then", 0.9), "B")]
    utterances = build_utterances(corrections.merged_words(words, {"B": "A"}))
    assert [(u.speaker, len(u.words)) for u in utterances] == [("A", 2)]


def test_a_role_correction_decides_the_interviewers_and_none_leaves_them_inferred():
    stored = {"SPEAKER_00": "interviewer", "SPEAKER_01": "customer", "SPEAKER_02": "customer"}
    swap = corrections.latest([_row("SPEAKER_00", 1, role="customer"), _row("SPEAKER_01", 1, role="interviewer")], "r")
    assert corrections.interviewers(stored, swap, swap.merges) == ("SPEAKER_01",)
    named = corrections.latest([_row("SPEAKER_00", 1, name="Dana")], "r")
    assert corrections.interviewers(stored, named, named.merges) is None
    # a merged label's stored role no longer counts
    merged = corrections.latest([_row("SPEAKER_02", 1, merge_into="SPEAKER_00", role="interviewer")], "r")
    assert corrections.interviewers(stored, merged, merged.merges) == ("SPEAKER_00",)


@pytest.mark.parametrize("speaker, role, merge_into, expected", [
    ("SPEAKER_09", None, None, "has no speaker 'SPEAKER_09'"),
    ("SPEAKER_01", "moderator", None, "is not a role"),
    ("SPEAKER_01", None, "SPEAKER_01", "is not another speaker"),
    ("SPEAKER_01", None, "SPEAKER_07", "is not another speaker"),
])
def test_a_correction_that_cannot_apply_is_one_line(speaker, role, merge_into, expected):
    with pytest.raises(InputError) as err:
        corrections.check(["SPEAKER_00", "SPEAKER_01"], speaker, role, merge_into, "a.wav")
    assert expected in str(err.value)


def test_redactions_follow_the_rebuilt_utterances():
    words = [SpeakerWord(Word(0.0, 0.4, "Hi", 0.9), "A"), SpeakerWord(Word(2.0, 2.4, "[PERSON]", 0.9), "B")]
    utterances = build_utterances(corrections.merged_words(words, {}))
    moved = corrections.moved_redactions([{"utterance_id": "old", "start_s": 2.0, "end_s": 2.4}], utterances, lambda i: f"u{i}")
    assert moved == [{"utterance_id": "u1", "start_s": 2.0, "end_s": 2.4}]
