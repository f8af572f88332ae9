"""Render long interviews for benchmarks and the long-recording tests.

    uv run python -m eval.long_audio --minutes 9 --out /tmp/interview-9min.wav
    uv run python -m eval.long_audio --minutes 30 --joined --out /tmp/joined-30min.wav
    uv run python -m eval.long_audio --minutes 60 --real --out /tmp/real-60min.wav

Default: lines of all scripted interviews, spoken by one interviewer and one customer voice,
cycled until the length is reached (rendered once, ~5 minutes of speech, then tiled).
``--joined``: whole scripted interviews, each with its own voices (nine interviews, nine
interviewer/customer pairs), joined one after the other as a new user joins recordings to
try a long file; each pass through them is rendered with its own dither, so no two
stretches of the result are the same samples (a 12-minute one crashed diarization before).
``--real``: real recorded speech, joined: the twelve AMI meeting excerpts of
``../shared/data/ami-debug`` and pyannote's two-speaker call ``sample.wav``, one after the
other with a second of silence between, each pass with its own dither (real content at
interview length: overlap, far-field noise, 2-4 speakers per excerpt).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from verbatim.tasks.audio import SAMPLE_RATE
from eval import interviews, theme_interviews
from eval.interviews import C, I, SCRIPTS
from eval.synth import Line, RenderedTurn, Voice, rttm_lines, speak, write_wav

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


JOIN_GAP_S = 1.5  # silence between two joined interviews


def joined_scripts() -> list[tuple[dict[str, Voice], list[Line]]]:
    """The scripted interviews of eval (three from ``eval.interviews``, six with planted themes)."""
    return list(interviews.SCRIPTS.values()) + list(theme_interviews.SCRIPTS.values())


def render_joined(minutes: float, out: Path, seed: int = 0) -> list[RenderedTurn]:
    """Whole scripted interviews joined until ``minutes`` (cut there), as a 16-bit WAV at ``out``.

    Returns the reference turns, each speaker named by its voice (the same espeak voice in two
    interviews is one speaker, as a diarizer hears it)."""
    target = int(minutes * 60 * SAMPLE_RATE)
    scripts = joined_scripts()
    spoken = [[(voices[line.speaker], speak(line.text, voices[line.speaker])) for line in lines] for voices, lines in scripts]
    names: dict[Voice, str] = {}
    rng = np.random.default_rng(seed)
    pieces: list[np.ndarray] = []
    turns: list[RenderedTurn] = []
    total = 0
    gaps = (0.5, 0.7, 0.4, 0.9, 0.6)
    while total < target:
        for (voices, lines), said in zip(scripts, spoken):
            for i, (line, (voice, audio)) in enumerate(zip(lines, said)):
                start = total
                # one LSB of dither per pass: the same script never repeats sample for sample
                pieces.append(audio + (rng.random(len(audio)) - rng.random(len(audio))).astype(np.float32) / 32767)
                total += len(audio)
                if start < target:
                    speaker = names.setdefault(voice, f"voice{len(names):02d}")
                    turns.append(RenderedTurn(speaker, round(start / SAMPLE_RATE, 3),
                                              round(min(total, target) / SAMPLE_RATE, 3), line.text))
                gap = np.zeros(int(gaps[i % len(gaps)] * SAMPLE_RATE), np.float32)
                pieces.append(gap)
                total += len(gap)
            pieces.append(np.zeros(int(JOIN_GAP_S * SAMPLE_RATE), np.float32))
            total += int(JOIN_GAP_S * SAMPLE_RATE)
            if total >= target:
                break
    write_wav(out, np.concatenate(pieces)[:target])
    return turns


def render_real(minutes: float, out: Path, seed: int = 0) -> Path:
    """Real recordings (AMI excerpts, pyannote's sample call) joined until ``minutes``, as a 16-bit WAV."""
    from verbatim.tasks.audio import decode
    from eval.references import SHARED, pyannote_sample_dir

    paths = sorted((SHARED / "ami-debug").glob("*.wav")) + [pyannote_sample_dir() / "sample.wav"]
    clips = [decode(p, str(p)).samples for p in paths]
    target = int(minutes * 60 * SAMPLE_RATE)
    rng = np.random.default_rng(seed)
    pieces: list[np.ndarray] = []
    total = 0
    while total < target:
        for clip in clips:
            pieces += [clip + (rng.random(len(clip)) - rng.random(len(clip))).astype(np.float32) / 32767,
                       np.zeros(SAMPLE_RATE, np.float32)]
            total += len(clip) + SAMPLE_RATE
            if total >= target:
                break
    write_wav(out, np.concatenate(pieces)[:target])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--joined", action="store_true", help="whole interviews, each with its own voices, joined")
    parser.add_argument("--real", action="store_true", help="real recorded speech (AMI excerpts, sample.wav), joined")
    parser.add_argument("--seed", type=int, default=0, help="dither seed of --joined and --real")
    args = parser.parse_args()
    if args.joined:
        turns = render_joined(args.minutes, args.out, args.seed)
        rttm = args.out.with_suffix(".rttm")
        rttm.write_text("\n".join(rttm_lines(args.out.stem, turns)) + "\n")
        print(args.out, rttm)
    elif args.real:
        print(render_real(args.minutes, args.out, args.seed))
    else:
        print(render_long(args.minutes, args.out))


if __name__ == "__main__":
    main()
