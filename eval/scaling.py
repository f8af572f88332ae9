"""How throughput grows with recordings per process and recordings in flight (CPU, this machine).

    uv run python -m eval.scaling [--files 4] [--minutes 3] [--runs 1]

Renders ``--files`` distinct two-speaker interviews (slices of one long render at different
offsets, so each has its own content hash), then runs ``verbatim process`` as ``verbatim bench``
does (a fresh child process per configuration, model loading included) for:

- one recording alone (the fixed cost of a process: imports, model loads, Prefect),
- all recordings in one process, one at a time (``--concurrency 1``),
- all recordings in one process, two at a time (``--concurrency 2``).

Prints wall time and throughput in audio seconds per wall second for each, medians over
``--runs``. GPUs are not measured here (none on the machine this was written on).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from eval.long_audio import render_long
from verbatim.tasks.audio import SAMPLE_RATE, decode
from eval.bench import run_variant
from verbatim.tasks.settings import Settings
from eval.synth import write_wav


def render_files(folder: Path, count: int, minutes: float) -> list[str]:
    # Offsets of 71 s apart inside a long render: same voices, different words at each start.
    length = int(minutes * 60 * SAMPLE_RATE)
    offset = 71 * SAMPLE_RATE
    source = render_long(minutes + count * 71 / 60 + 1, folder / "source.wav")
    samples = decode(source, str(source)).samples
    paths = []
    for i in range(count):
        path = folder / f"interview-{i + 1}.wav"
        write_wav(path, samples[i * offset : i * offset + length])
        paths.append(str(path))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = render_files(Path(tmp), args.files, args.minutes)
        configs = [
            ("1 recording", paths[:1], 1),
            (f"{len(paths)} recordings, 1 in flight", paths, 1),
            (f"{len(paths)} recordings, 2 in flight", paths, 2),
        ]
        print(f"{'configuration':<32}{'audio s':>9}{'wall s':>9}{'audio s / wall s':>18}{'peak RAM MB':>13}")
        for name, files, concurrency in configs:
            runs = [run_variant("verbatim", files, Settings(concurrency=concurrency)) for _ in range(args.runs)]
            if not all(r["ok"] for r in runs):
                raise SystemExit(f"{name}: a recording failed")
            wall = statistics.median(r["total_s"] for r in runs)
            audio_s = len(files) * args.minutes * 60
            peak = max(r["peak_ram_mb"] for r in runs)
            print(f"{name:<32}{audio_s:>9.0f}{wall:>9.1f}{audio_s / wall:>18.2f}{peak:>13.0f}", flush=True)


if __name__ == "__main__":
    main()
