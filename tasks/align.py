"""Give each word a speaker and group words into utterances (pure logic, no I/O)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from tasks.diarize import Turn
from tasks.transcribe import Word

SENTENCE_END = (".", "?", "!")
FALLBACK_SPEAKER = "SPEAKER_00"  # diarization heard no one, yet words exist: assume one speaker


@dataclass(frozen=True)
class SpeakerWord:
    word: Word
    speaker: str


@dataclass(frozen=True)
class Utterance:
    index: int
    speaker: str
    words: tuple[Word, ...]

    @property
    def start_s(self) -> float:
        return self.words[0].start_s

    @property
    def end_s(self) -> float:
        return self.words[-1].end_s

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def mean_probability(self) -> float:
        return sum(w.probability for w in self.words) / len(self.words)


def assign_speakers(words: tuple[Word, ...] | list[Word], turns: tuple[Turn, ...] | list[Turn]) -> list[SpeakerWord]:
    """The speaker of each word: the turn that overlaps it most, else the nearest turn.

    ``turns`` should be the exclusive (non-overlapping) diarization; words that fall
    in a gap between turns go to the closest turn in time.
    """
    if not turns:
        return [SpeakerWord(w, FALLBACK_SPEAKER) for w in words]
    ordered = sorted(turns, key=lambda t: t.start_s)
    starts = [t.start_s for t in ordered]
    out = []
    for w in words:
        # Only turns starting before the word ends can overlap it; look at a few around.
        hi = bisect.bisect_right(starts, w.end_s)
        candidates = ordered[max(0, hi - 4) : hi + 1]
        best, best_overlap = None, 0.0
        for t in candidates:
            overlap = min(w.end_s, t.end_s) - max(w.start_s, t.start_s)
            if overlap > best_overlap:
                best, best_overlap = t, overlap
        if best is None:
            mid = (w.start_s + w.end_s) / 2
            best = min(candidates or ordered, key=lambda t: _distance(mid, t))
        out.append(SpeakerWord(w, best.speaker))
    return out


def _distance(point: float, turn: Turn) -> float:
    if point < turn.start_s:
        return turn.start_s - point
    if point > turn.end_s:
        return point - turn.end_s
    return 0.0


def build_utterances(words: list[SpeakerWord], max_pause_s: float = 1.0) -> list[Utterance]:
    """Runs of one speaker's words, split at a pause over ``max_pause_s`` and after sentence ends."""
    utterances: list[Utterance] = []
    current: list[Word] = []
    speaker = None
    for sw in words:
        if current and (
            sw.speaker != speaker
            or sw.word.start_s - current[-1].end_s > max_pause_s
            or current[-1].text.endswith(SENTENCE_END)
        ):
            utterances.append(Utterance(len(utterances), speaker, tuple(current)))
            current = []
        current.append(sw.word)
        speaker = sw.speaker
    if current:
        utterances.append(Utterance(len(utterances), speaker, tuple(current)))
    return utterances
