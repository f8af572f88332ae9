"""Give each word a speaker and group words into utterances (pure logic, no I/O)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from verbatim.tasks.diarize import Turn
from verbatim.tasks.transcribe import Word

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


MIN_REPEAT_WORDS = 3  # shorter repeats ("yes, exactly") are said twice for real
MIN_SPEECH_COVER = 0.5  # a segment with less of its time inside diarized speech is "outside speech"


def drop_invented_repeats(words: tuple[Word, ...] | list[Word], turns: tuple[Turn, ...] | list[Turn]) -> list[Word]:
    """Words without the segments that repeat an earlier segment word for word while lying
    outside speech (diarization heard nobody for most of their time).

    Whisper sometimes fills a quiet window at a recording's end, or a long pause, with a
    sentence it decoded earlier: text nobody said at that moment. A real repeat is spoken, so
    it overlaps a speaker turn and is kept.
    """
    by_segment: dict[int, list[Word]] = {}
    for w in words:
        by_segment.setdefault(w.segment, []).append(w)
    seen: set[str] = set()
    dropped: set[int] = set()
    merged = _merged_speech(turns)
    for index, seg in by_segment.items():
        text = _normalised(" ".join(w.text for w in seg))
        if len(text.split()) >= MIN_REPEAT_WORDS and text in seen:
            span = seg[-1].end_s - seg[0].start_s
            covered = sum(max(0.0, min(seg[-1].end_s, e) - max(seg[0].start_s, b)) for b, e in merged)
            if span <= 0 or covered / span < MIN_SPEECH_COVER:
                dropped.add(index)
                continue
        seen.add(text)
    return [w for w in words if w.segment not in dropped]


def _merged_speech(turns) -> list[tuple[float, float]]:
    out: list[list[float]] = []
    for t in sorted(turns, key=lambda t: t.start_s):
        if out and t.start_s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], t.end_s)
        else:
            out.append([t.start_s, t.end_s])
    return [(a, b) for a, b in out]


def _normalised(text: str) -> str:
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch in " '").split())


MAX_FRAGMENT_WORDS = 3
MAX_FRAGMENT_GAP_S = 0.4
# A word or two of the other speaker inside one speaker's unfinished sentence ("I'd like to add a
# note when I | book, | so the vet knows...", one of 2,101 utterances of the rendered eval sets)
# split the customer's answer into two statements; a pause under a second either side is still
# one sentence. A listener's "right", "yeah" or "mm-hmm" there is theirs and stays.
MAX_SANDWICH_WORDS = 2
MAX_SANDWICH_GAP_S = 1.0
_BACKCHANNEL = frozenset(
    "yeah yes yep right okay ok mhm mm mmhmm hmm uhhuh sure exactly wow oh ah great absolutely really no nope".split()
)


def mend_turn_boundaries(words: list[SpeakerWord]) -> list[SpeakerWord]:
    """Give the first or last words of a sentence split by a speaker change to the sentence's speaker.

    Turn boundaries from diarization jitter by a few hundred ms, so the opening words of a
    question ("Wouldn't you | agree that ...?") can land in the other speaker's run. When one
    side of a change holds a short fragment (at most ``MAX_FRAGMENT_WORDS``) that belongs to the
    sentence on the other side (no sentence end between them, a gap under
    ``MAX_FRAGMENT_GAP_S``), the fragment goes to the speaker of the rest of the sentence.
    A word or two of the other speaker (at most ``MAX_SANDWICH_WORDS``, no sentence end, not
    only a listener's "right" or "yeah") between two runs of one speaker's unfinished sentence
    goes to that speaker too. Needs sentence punctuation; without it nothing is moved.
    """
    out = list(words)
    ends = [sw.word.text.endswith(SENTENCE_END) for sw in out]
    punctuated = any(ends)  # without sentence ends an unfinished sentence cannot be told
    for i in range(1, len(out)):
        a, b = out[i - 1].speaker, out[i].speaker
        if a == b or ends[i - 1] or out[i].word.start_s - out[i - 1].word.end_s > MAX_FRAGMENT_GAP_S:
            continue
        # a's run ends with the head of a sentence that b goes on with: words after a's last sentence end
        k = i - 1
        while k > 0 and out[k - 1].speaker == a and not ends[k - 1]:
            k -= 1
        if i - k <= MAX_FRAGMENT_WORDS and k > 0 and out[k - 1].speaker == a:
            out[k:i] = [SpeakerWord(sw.word, b) for sw in out[k:i]]
            continue
        # b's run starts with the tail of a's sentence, then b goes on with its own
        m = next((j for j in range(i, min(len(out), i + MAX_FRAGMENT_WORDS)) if ends[j]), None)
        if m is not None and m + 1 < len(out) and all(sw.speaker == b for sw in out[i : m + 2]):
            out[i : m + 1] = [SpeakerWord(sw.word, a) for sw in out[i : m + 1]]
            continue
        # b holds a word or two inside a's unfinished sentence, and a goes on with it
        j = i
        while j < len(out) and j - i < MAX_SANDWICH_WORDS and out[j].speaker == b and not ends[j]:
            j += 1
        if (
            punctuated
            and j < len(out)
            and out[j].speaker == a
            and out[j].word.start_s - out[j - 1].word.end_s <= MAX_SANDWICH_GAP_S
            and not all(_normalised(sw.word.text) in _BACKCHANNEL for sw in out[i:j])
        ):
            out[i:j] = [SpeakerWord(sw.word, a) for sw in out[i:j]]
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
    speaker = ""  # the speaker of ``current`` (read only once it has a word)
    for sw in words:
        if current and (
            sw.speaker != speaker or sw.word.start_s - current[-1].end_s > max_pause_s or current[-1].text.endswith(SENTENCE_END)
        ):
            utterances.append(Utterance(len(utterances), speaker, tuple(current)))
            current = []
        current.append(sw.word)
        speaker = sw.speaker
    if current:
        utterances.append(Utterance(len(utterances), speaker, tuple(current)))
    return utterances
