"""Configured names Whisper wrote as other words, heard again with the names as context.

Whisper's base model writes a product name it has not learnt as other words: "I once emptied my
clothes for free plan" for "I was tempted by HubSpot's free plan", "Clemio" for Klaviyo, "trailer
boards" for Trello boards. Text rules cannot find a name in words that share none of its letters
or sounds (``mentions._heard_as``). Decoded again with the run's names as the prompt ("We talked
about Mailchimp, Klaviyo, ..."), a short stretch of customer speech comes back with the name
where it was said: the model hears the audio, the prompt only makes the name a likely word.

Prompting every window of the main pass (faster-whisper's ``hotwords``) made Whisper skip whole
answers and write names nobody said (eval.mention_interviews, docs/analysts.md). So the main
transcript keeps its words and only a short run of them is replaced: where the prompted decode
writes a configured name the stretch did not hold, in place of words Whisper doubted the first
time, and the words around it read the same (``renames``). Only customers' stretches are
decoded again (a competitor is a customer's mention), packed into windows of at most
``WINDOW_S`` seconds, beam search at temperature 0 only, so the same audio gives the same words.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from verbatim.tasks import mentions
from verbatim.tasks.align import SpeakerWord
from verbatim.tasks.audio import SAMPLE_RATE, as_float
from verbatim.tasks.memory import one_large_step

WINDOW_S = 28.0  # Whisper hears 30 s at a time; the gaps and padding fit in the rest
GAP_S = 0.4  # silence between two stretches packed into one window
PAD_S = 0.2  # audio kept either side of a stretch's words
MAX_RUN = 6  # words on either side of a replacement at most: a name and the words it was heard in
MIN_SAME = 0.6  # the window's words read the same as before at least this much (difflib ratio)
MIN_CONTEXT = 2  # words unchanged right before and after a replacement, together at least
# Whisper writes a name it has not learnt as words it doubts ("Clemio" 0.31, "to store" 0.07 for
# Gusto, "fresher" 0.57 for Fresha: the least sure word of each replaced run, over six parts of
# eval.mention_interviews), while words it was sure of were right ("Just a bamboo plant" 0.85,
# "took bookings" 0.72, both turned into names by the prompt): a run is replaced only when its
# least sure word is below this, the middle of the gap between the two.
MAX_SURE = 0.65


@dataclass(frozen=True)
class Rename:
    """Words ``start``..``end`` (exclusive) of a window become ``words`` (which hold ``name``)."""

    start: int
    end: int
    words: tuple[str, ...]
    name: str


def prompt(names: Sequence[str]) -> str:
    return "We talked about " + ", ".join(names) + "."


def _norm(word: str) -> str:
    return re.sub(r"[^a-z0-9']", "", word.lower())


def _holds(tokens: Sequence[str], name: str) -> list[tuple[int, int]]:
    """Runs of one to three ``tokens`` (punctuation already stripped, ``_norm``) whose letters are
    the name's ("hub spot", "hubspot's")."""
    want = mentions.name_letters(name.removesuffix("'s"))
    out = []
    for i in range(len(tokens)):
        for j in range(i + 1, min(i + 3, len(tokens)) + 1):
            said = mentions.name_letters("".join(tokens[i:j]).removesuffix("'s"))
            if said == want:
                out.append((i, j))
    return out


def renames(
    old: Sequence[str], new_text: str, names: Sequence[str], probabilities: Sequence[float] | None = None
) -> list[Rename]:
    """Where the prompted decode ``new_text`` writes a configured name that the words ``old``
    (the same stretch as first written) do not hold: the run of old words it replaces.

    Kept only when the decode is the same speech: the two read alike (``MIN_SAME``), the name
    takes the place of at most ``MAX_RUN`` old words (not inserted where nothing was heard),
    and ``MIN_CONTEXT`` words right before and after it are unchanged; and, given the old
    words' ``probabilities`` (Whisper's, one per word), only where Whisper doubted one of the
    words replaced (``MAX_SURE``). A decode that repeats the prompt ("talked about") is no
    evidence."""
    new = new_text.split()
    if not old or not new or "talked about" in new_text.lower():
        return []
    a, b = [_norm(w) for w in old], [_norm(w) for w in new]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < MIN_SAME:
        return []
    old_text = " ".join(old)
    blocks = matcher.get_opcodes()
    out: list[Rename] = []
    for name in names:
        if mentions.configured_competitors(old_text, [name]):
            continue  # already written (or found by the text rules)
        for j1, j2 in _holds(b, name):
            k = next((k for k, op in enumerate(blocks) if op[3] <= j1 and j2 <= op[4] and op[0] == "replace"), None)
            if k is None:
                continue
            _, i1, i2, b1, b2 = blocks[k]
            if i2 - i1 > MAX_RUN or b2 - b1 > MAX_RUN:
                continue
            before = blocks[k - 1] if k > 0 and blocks[k - 1][0] == "equal" else None
            after = blocks[k + 1] if k + 1 < len(blocks) and blocks[k + 1][0] == "equal" else None
            context = sum(op[2] - op[1] for op in (before, after) if op)
            if context < MIN_CONTEXT or not _makes_sense(new, j1, name):
                continue
            if probabilities is not None and min(probabilities[i1:i2], default=0.0) >= MAX_SURE:
                continue  # words Whisper was sure of: the prompt, not the audio, wrote the name
            out.append(Rename(i1, i2, tuple(new[b1:b2]), name))
    # one replacement per run of old words (the first name found there)
    taken: set[int] = set()
    kept = []
    for r in sorted(out, key=lambda r: (r.start, r.end)):
        if not taken & set(range(r.start, r.end)):
            kept.append(r)
            taken |= set(range(r.start, r.end))
    return kept


def _makes_sense(new: Sequence[str], j1: int, name: str) -> bool:
    """Whether a name heard at ``new[j1]`` may be the competitor: the prompt makes Whisper write a
    name wherever the sound allows ("we hiked to the Basecamp in the Alps"), so a name made of
    everyday words ("Basecamp", "Notion", "HubSpot") counts only after a competitor verb ("tried",
    "compared", "tempted by"), as those words do when Whisper writes them in lower case."""
    if not _everyday_words(mentions.name_letters(name)):
        return True
    return mentions.after_competitor_verb(" ".join(new[:j1]))


def _everyday_words(letters: str, most: int = 3) -> bool:
    """Whether ``letters`` are one to ``most`` everyday words of three letters or more run
    together ("basecamp", "salesforce", "notion"; not "trello", nor "asana" as "as an a")."""
    if letters in mentions.everyday_words():
        return True
    return most > 1 and any(
        letters[:k] in mentions.everyday_words() and _everyday_words(letters[k:], most - 1) for k in range(3, len(letters) - 2)
    )


def stretches(words: Sequence[SpeakerWord], speakers: Collection[str], window_s: float = WINDOW_S) -> list[list[range]]:
    """Windows to decode again: runs of consecutive words said by ``speakers`` (index ranges into
    ``words``, each at most ``window_s`` long), packed in order into windows of at most
    ``window_s`` seconds of speech, gaps and padding included."""
    runs: list[range] = []
    start: int | None = None
    for i, sw in enumerate(words):
        if sw.speaker not in speakers:
            if start is not None:
                runs.append(range(start, i))
            start = None
        elif start is None:
            start = i
        elif sw.word.end_s - words[start].word.start_s + 2 * PAD_S > window_s:
            runs.append(range(start, i))  # a run longer than a window is cut
            start = i
    if start is not None:
        runs.append(range(start, len(words)))
    windows: list[list[range]] = []
    used = 0.0
    for run in runs:
        length = words[run[-1]].word.end_s - words[run[0]].word.start_s + 2 * PAD_S
        if windows and used + GAP_S + length <= window_s:
            windows[-1].append(run)
            used += GAP_S + length
        else:
            windows.append([run])
            used = length
    return windows


def window_audio(samples: np.ndarray, words: Sequence[SpeakerWord], window: Sequence[range]) -> np.ndarray:
    """The window's stretches of ``samples`` (16 kHz) as float32, apart by ``GAP_S`` of silence."""
    gap = np.zeros(int(GAP_S * SAMPLE_RATE), dtype=np.float32)
    pieces = []
    for run in window:
        a = max(0, int((words[run[0]].word.start_s - PAD_S) * SAMPLE_RATE))
        b = min(len(samples), int((words[run[-1]].word.end_s + PAD_S) * SAMPLE_RATE))
        pieces += [as_float(samples[a:b]), gap]
    return np.concatenate(pieces[:-1]) if pieces else np.zeros(0, dtype=np.float32)


def apply(words: list[SpeakerWord], indices: Sequence[int], found: Sequence[Rename]) -> list[SpeakerWord]:
    """``words`` with each rename's run (positions into ``indices``) replaced by its new words,
    timed evenly over the run's seconds, with the run's speaker, segment and mean probability."""
    out = list(words)
    for r in sorted(found, key=lambda r: r.start, reverse=True):
        run = [words[indices[k]] for k in range(r.start, r.end)]
        first, last = run[0].word, run[-1].word
        step = (last.end_s - first.start_s) / len(r.words)
        probability = sum(sw.word.probability for sw in run) / len(run)
        new = [
            SpeakerWord(
                replace(
                    first,
                    start_s=round(first.start_s + n * step, 3),
                    end_s=round(first.start_s + (n + 1) * step, 3),
                    text=text,
                    probability=probability,
                ),
                run[0].speaker,
            )
            for n, text in enumerate(r.words)
        ]
        out[indices[r.start] : indices[r.end - 1] + 1] = new
    return out


# Windows decoded together: beam search over a batch shares each step's matrix products. The
# 9-minute interview's 16 customer windows on 2 CPU cores (`uv run python -m eval.name_batches`):
# 34.2 s one at a time, 26.9 s two, 20.3 s four, 19.0 s eight, the same words; but each window in
# a batch holds its beams' attention over the audio: peak memory +60 / +155 / +381 / +774 MiB.
BATCH = 4
NO_SPEECH, LOG_PROB = 0.6, -1.0  # faster-whisper's defaults for a window it skips as silent
MAX_WINDOW_SAMPLES = 30 * SAMPLE_RATE  # what Whisper hears in one decode


def decode(model, audios: Iterable[np.ndarray], names: Sequence[str], language: str, batch: int = BATCH) -> list[str]:
    """What Whisper hears in each window (16 kHz float32, at most 30 s) with the ``names`` as the
    previous text: faster-whisper's own decode of one window with ``initial_prompt``, beam 5 at
    temperature 0 only and no timestamps (``model`` a faster-whisper ``WhisperModel``), written
    here over CTranslate2's ``generate`` only to search ``batch`` windows' beams together
    (``model.transcribe`` takes one window at a time). The windows are read ``batch`` at a time.
    A window Whisper finds silent (its own no-speech rule), or one too short for a frame, hears
    nothing. The words are those of ``model.transcribe`` window by window as measured (a test
    compares them across batch boundaries), not by construction: a batch changes the shapes of
    the matrix products."""
    from faster_whisper.audio import pad_or_trim
    from faster_whisper.tokenizer import Tokenizer
    from faster_whisper.transcribe import get_suppressed_tokens

    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language)
    # as initial_prompt: the last half-context (223) of the prompt's tokens kept, so a long list of
    # names leaves the answer its room
    names_tokens = tokenizer.encode(" " + prompt(names))[-(model.max_length // 2 - 1) :]
    tokens = [tokenizer.sot_prev, *names_tokens, *tokenizer.sot_sequence, tokenizer.no_timestamps]
    suppress = list(get_suppressed_tokens(tokenizer, [-1]))
    heard: list[str] = []
    windows = iter(audios)
    while chunk := list(itertools.islice(windows, batch)):
        if any(len(a) > MAX_WINDOW_SAMPLES for a in chunk):
            raise ValueError("a window to decode again is longer than Whisper's 30 s")
        # the last frame dropped and the rest padded to 30 s, as model.transcribe does
        frames = [model.feature_extractor(a)[:, :-1] for a in chunk]
        spoken = [k for k, f in enumerate(frames) if f.shape[-1] > 0]  # no frame: model.transcribe decodes nothing
        said = [""] * len(chunk)
        if spoken:
            with one_large_step():  # the beams' attention over every window of the batch (above)
                results = model.model.generate(
                    model.encode(np.stack([pad_or_trim(frames[k]) for k in spoken])),
                    [tokens] * len(spoken),
                    beam_size=5,
                    patience=1,
                    length_penalty=1,
                    repetition_penalty=1,
                    no_repeat_ngram_size=0,
                    max_length=model.max_length,
                    return_scores=True,
                    return_no_speech_prob=True,
                    suppress_blank=True,
                    suppress_tokens=suppress,
                    max_initial_timestamp_index=50,
                )
            for k, result in zip(spoken, results, strict=True):
                ids = result.sequences_ids[0]
                avg_logprob = result.scores[0] * len(ids) / (len(ids) + 1)
                silent = result.no_speech_prob > NO_SPEECH and avg_logprob <= LOG_PROB
                said[k] = "" if silent else tokenizer.decode(ids).strip()
        heard += said
    return heard


def hear_names(
    samples: np.ndarray, words: list[SpeakerWord], speakers: Collection[str], names: Sequence[str], model, language: str
) -> tuple[list[SpeakerWord], list[Rename]]:
    """``words`` with the configured ``names`` put where a prompted decode of the ``speakers``'
    stretches hears them (``renames``), and the renames made; ``model`` is a faster-whisper model."""
    if not names or not words:
        return words, []
    windows = stretches(words, speakers)
    heard = decode(model, (window_audio(samples, words, window) for window in windows), names, language)
    made: list[tuple[list[int], Rename]] = []
    for window, text in zip(windows, heard, strict=True):
        indices = [i for run in window for i in run]
        old = [words[i].word for i in indices]
        made += [(indices, r) for r in renames([w.text for w in old], text, names, [w.probability for w in old])]
    out = words
    for indices, r in sorted(made, key=lambda m: m[0][m[1].start], reverse=True):  # later runs first: indices stay valid
        out = apply(out, indices, [r])
    return out, [r for _, r in made]
