"""Render a long two-speaker interview for benchmarks.

    uv run python -m eval.long_audio --minutes 9 --out /tmp/interview-9min.wav

Lines of all scripted interviews, spoken by one interviewer and one customer voice, cycled
until the length is reached (rendered once, ~5 minutes of speech, then tiled for longer files).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from verbatim.tasks.audio import SAMPLE_RATE
from eval.interviews import C, I, SCRIPTS
from eval.synth import speak, write_wav

VOICES = SCRIPTS["synth_travel"][0]


def render_long(minutes: float, out: Path) -> Path:
    lines = [line for _, script in SCRIPTS.values() for line in script]
    pieces: list[np.ndarray] = []
    total = 0
    target = int(minutes * 60 * SAMPLE_RATE)
    cache: list[np.ndarray] = []
    for i, line in enumerate(lines * 3):  # about 5 minutes of speech, rendered once
        audio = speak(line.text, VOICES[I if line.speaker == I else C])
        cache += [audio, np.zeros(int((0.4 + 0.1 * (i % 5)) * SAMPLE_RATE), np.float32)]
        if sum(map(len, cache)) > 5 * 60 * SAMPLE_RATE:
            break
    block = np.concatenate(cache)
    while total < target:
        take = block[: target - total]
        pieces.append(take)
        total += len(take)
    write_wav(out, np.concatenate(pieces))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(render_long(args.minutes, args.out))


if __name__ == "__main__":
    main()
