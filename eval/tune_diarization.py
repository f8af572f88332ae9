"""Tune the packaged diarization's clustering on a development set and print DER before/after.

    uv run python -m eval.tune_diarization [--write]

Tuning set: ami-debug train (real meetings) plus the synthetic interviews.
Reported set: ami-debug development and pyannote's sample.wav. The grid never sees them, but
earlier changes were judged by the development clips, so only sample.wav is truly held out
(``verbatim eval`` labels the development means "tuning").
Segmentations and window embeddings are computed once per file (pyannote's training
cache); only the window clustering's options vary across the grid, and the choice is the middle
of the widest window of settings within a tolerance of the best (margin, not the best point).
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import warnings
from pathlib import Path

import numpy as np
from pyannote.metrics.diarization import DiarizationErrorRate

from eval import references as refs
from verbatim.tasks.audio import decode
from verbatim.tasks.diarize import PACKAGED_PARAMS, SEGMENTATION_STEP, build_packaged_pipeline
from verbatim.tasks.packaged_pipeline import WindowClustering
from verbatim.tasks.speaker_clustering import ClusterOptions

TOLERANCE = 0.01
MERGE = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9]
MIN_WINDOWS = [2, 4, 8]


def as_file(ref: refs.Reference) -> dict:
    import torch

    samples = decode(ref.audio.read_bytes(), str(ref.audio)).samples
    return {"uri": ref.uri, "waveform": torch.from_numpy(samples)[None], "sample_rate": 16_000, "annotation": ref.annotation}


def mean_der(pipeline, files: list[dict], options: ClusterOptions, collar: float = 0.0) -> float:
    pipeline.clustering = WindowClustering(options)
    scores = []
    for f in files:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = pipeline(f)
        scores.append(DiarizationErrorRate(collar=collar)(f["annotation"], out.speaker_diarization))
    return float(np.mean(scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=float, default=SEGMENTATION_STEP["cpu"],
                        help="segmentation step (default: the CPU default, which is what ships offline)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tune = [as_file(r) for r in refs.ami("train") + refs.synthetic(Path(tmp))]
        report = [as_file(r) for r in refs.ami("development") + [refs.pyannote_sample()]]
    pipeline = build_packaged_pipeline(step=args.step)
    pipeline.instantiate(PACKAGED_PARAMS)
    pipeline.training = True  # segmentations and window embeddings computed once per file, reused

    grid = {(m, w): mean_der(pipeline, tune, ClusterOptions(merge_similarity=m, min_cluster_windows=w))
            for m, w in itertools.product(MERGE, MIN_WINDOWS)}
    best = min(grid.values())
    # Choose by margin: for each minimum cluster size, the run of merge thresholds whose tuning
    # DER stays within TOLERANCE of the best; take the middle of the widest run.
    runs = []
    for w in MIN_WINDOWS:
        ok = [m for m in MERGE if grid[(m, w)] <= best + TOLERANCE]
        run: list[float] = []
        for m in MERGE:
            if m in ok:
                run.append(m)
            elif run:
                runs.append((len(run), w, run))
                run = []
        if run:
            runs.append((len(run), w, run))
    width, w, run = max(runs, key=lambda r: (r[0], -r[1]))
    chosen = ClusterOptions(merge_similarity=run[len(run) // 2], min_cluster_windows=w)
    print(f"{'merge':>6}" + "".join(f"{'min ' + str(w):>9}" for w in MIN_WINDOWS) + "   (tuning mean DER, collar 0)")
    for m in MERGE:
        print(f"{m:6.2f}" + "".join(f"{grid[(m, w)]:9.3f}" for w in MIN_WINDOWS))
    print(f"window within {TOLERANCE} of the best ({best:.3f}): merge {run[0]:.2f}-{run[-1]:.2f} at min {w}; "
          f"chosen {chosen.merge_similarity:.2f} (shipped {ClusterOptions().merge_similarity:.2f})")
    for name, files in (("tuning (ami train + synth)", tune), ("report (ami dev + sample)", report)):
        print(f"{name:<28} chosen {mean_der(pipeline, files, chosen):.3f}  shipped {mean_der(pipeline, files, ClusterOptions()):.3f}")


if __name__ == "__main__":
    main()
