"""How far apart voices are, for choosing ``tasks.voices.SAME_VOICE`` by margin.

    uv run python -m eval.voices

Renders the nine scripted interviews of eval (six espeak voices by ``identity``, several in
more than one interview) and embeds each speaker's voice from its reference turns. Pairs of the same voice
in two different interviews must score at or above the threshold, pairs of different voices
below it: prints both ranges, the gap between them (the margin), and where the threshold sits.
Tuning part: eval.interviews' three interviews plus three theme interviews; held out: the
other three theme interviews (their pairs with every other interview).
"""

from __future__ import annotations

import itertools
import tempfile
import wave
from pathlib import Path

import numpy as np

from eval import interviews, theme_interviews
from eval.synth import render
from verbatim.tasks.voices import SAME_VOICE, embed_voice

HELD_OUT = {"delta", "ember", "fjord"}


def identity(espeak_voice: str) -> str:
    """Who a rendered voice is: espeak's voice variant ("+klatt", "+Annie", "+f3"). The language
    part changes the accent, not the voice ("en-us" and "en-029" are one male voice to any
    speaker embedding: 0.90), and a pitch setting is the same voice a little higher."""
    return espeak_voice.split("+", 1)[1] if "+" in espeak_voice else "default male"


def voices_of_scripts(folder: Path) -> list[tuple[str, tuple, np.ndarray]]:
    """(interview, voice identity, embedding) for every speaker of every scripted interview."""
    out = []
    scripts = {**interviews.SCRIPTS, **theme_interviews.SCRIPTS}
    for name, (voices, lines) in scripts.items():
        path = folder / f"{name}.wav"
        turns = render(lines, voices, path)
        with wave.open(str(path)) as w:
            pcm = np.frombuffer(w.readframes(w.getnframes()), np.int16)
        for speaker, voice in voices.items():
            spans = [(t.start_s, t.end_s) for t in turns if t.speaker == speaker]
            vector = embed_voice(pcm, spans)
            if vector is not None:
                out.append((name, identity(voice.name), vector))
    return out


def pairs(voices: list, held_out: bool) -> tuple[list[float], list[float]]:
    same, different = [], []
    for (n1, v1, e1), (n2, v2, e2) in itertools.combinations(voices, 2):
        if n1 == n2 or ((n1 in HELD_OUT or n2 in HELD_OUT) != held_out):
            continue
        (same if v1 == v2 else different).append(float(np.dot(e1, e2)))
    return same, different


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        voices = voices_of_scripts(Path(tmp))
    print(f"{len(voices)} speaker voices, {len({v for _, v, _ in voices})} distinct")
    for part, held in (("tuning", False), ("held out", True)):
        same, different = pairs(voices, held)
        lo_same = min(same) if same else float("nan")
        hi_diff = max(different) if different else float("nan")
        ok = all(s >= SAME_VOICE for s in same) and all(d < SAME_VOICE for d in different)
        print(f"{part:9s} same voice: {len(same):3d} pairs, {min(same):.3f}..{max(same):.3f}; different: {len(different):3d} pairs, "
              f"{min(different):.3f}..{hi_diff:.3f}; margin {lo_same - hi_diff:+.3f}; threshold {SAME_VOICE}: "
              f"{'all pairs right' if ok else 'WRONG PAIRS'}")


if __name__ == "__main__":
    main()
