"""Uploads through `verbatim up` against the same files through one `verbatim process` batch.

    uv run python -m eval.stack_throughput [--files 6] [--seconds 30] [--trickle 4 --every 15]

Renders distinct two-speaker interviews (espeak-ng; slices of one long render, each with its own
content), then, on this machine and alone (run nothing else meanwhile):

1. ``verbatim process`` of the burst's files in one batch: whole-process wall time, model loads
   included (what a user pays for one batch).
2. ``verbatim up`` in a fresh home; once it is up (its worker warm), one lone upload, then a
   burst of ``--files`` uploads at once (boto3, one thread each), then ``--trickle`` uploads
   one every ``--every`` seconds.
   Upload-to-row latency per recording: from the end of its upload to the moment its
   ``recordings`` row lands (the file's modification time: the row is written last).

Prints each latency, p50/p95, recordings per minute, and the ratio the issue asks for:
(first upload of the burst -> last row) / (the batch's wall time).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from eval.local_stack import CLI, LocalStack
from eval.long_audio import render_long
from eval.synth import write_wav
from verbatim.tasks.audio import SAMPLE_RATE, decode

def render_files(folder: Path, count: int, seconds: float) -> list[Path]:
    """``count`` interviews of ``seconds`` each: consecutive slices of one long render."""
    source = render_long(count * seconds / 60 + 0.5, folder / "source.wav")
    samples = decode(source, str(source)).samples
    step = int(seconds * SAMPLE_RATE)
    paths = []
    for i in range(count):
        path = folder / f"interview-{i + 1:02d}.wav"
        write_wav(path, samples[i * step:(i + 1) * step])
        paths.append(path)
    return paths


def time_batch(files: list[Path], out: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([*CLI, "process", *map(str, files), "--out", str(out)], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"verbatim process failed:\n{done.stderr[-3000:]}")
    return wall


class Stack(LocalStack):
    """`verbatim up` with the uploads and row times this measurement needs."""

    def __init__(self, home: Path) -> None:
        super().__init__(home, home.parent / "up.out", timeout_s=600)

    def upload(self, path: Path) -> tuple[str, float, float]:
        """(uri, upload start, upload end) in time.time() seconds."""
        began = time.time()
        self.s3.upload_file(str(path), self.bucket, self.prefix + path.name)
        return f"s3://{self.bucket}/{self.prefix}{path.name}", began, time.time()

    def row_times(self) -> dict[str, float]:
        """source_uri -> when its recordings row was written (file modification time)."""
        import pyarrow.parquet as pq

        rows = {}
        for part in Path(self.info["datasets"]).glob("recordings/*/part-0.parquet"):
            uri = pq.read_table(part, columns=["source_uri"]).column(0)[0].as_py()
            rows[uri] = part.stat().st_mtime
        return rows

    def wait_rows(self, uris: list[str], timeout_s: float = 900) -> dict[str, float]:
        deadline = time.time() + timeout_s
        while time.time() < deadline:
            rows = self.row_times()
            if all(u in rows for u in uris):
                return rows
            time.sleep(0.25)
        raise SystemExit(f"rows missing after {timeout_s:.0f} s: {[u for u in uris if u not in self.row_times()]}")


def summary(name: str, latencies: list[float]) -> str:
    q = statistics.quantiles(latencies, n=20, method="inclusive") if len(latencies) > 1 else latencies * 19
    return f"{name}: p50 {statistics.median(latencies):.1f} s, p95 {q[18]:.1f} s, max {max(latencies):.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=6, help="uploads in the burst (default 6)")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each interview (default 30)")
    parser.add_argument("--trickle", type=int, default=4, help="uploads in the steady trickle (default 4; 0: none)")
    parser.add_argument("--every", type=float, default=15.0, help="seconds between trickle uploads (default 15)")
    parser.add_argument("--keep", type=Path, help="work here and keep it (default: a temporary folder, removed)")
    args = parser.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="verbatim-throughput-"))
    tmp.mkdir(parents=True, exist_ok=True)
    files = render_files(tmp / "audio", 1 + args.files + args.trickle, args.seconds)
    lone, burst, trickle = files[0], files[1:1 + args.files], files[1 + args.files:]
    print(f"{len(files)} interviews of {args.seconds:.0f} s rendered in {tmp / 'audio'}", flush=True)

    batch_s = time_batch(burst, tmp / "batch")
    print(f"verbatim process, {len(burst)} files in one batch: {batch_s:.1f} s wall", flush=True)

    stack = Stack(tmp / "home")
    print(f"verbatim up: ready in {stack.start_s:.1f} s (models loaded before the banner)", flush=True)
    try:
        uri, _, uploaded = stack.upload(lone)
        lone_s = stack.wait_rows([uri])[uri] - uploaded
        print(f"lone upload ({args.seconds:.0f} s clip): row {lone_s:.1f} s after the upload", flush=True)

        with ThreadPoolExecutor(len(burst)) as pool:
            sent = list(pool.map(stack.upload, burst))
        rows = stack.wait_rows([u for u, _, _ in sent])
        first_upload = min(b for _, b, _ in sent)
        last_row = max(rows[u] for u, _, _ in sent)
        burst_s = last_row - first_upload
        burst_lat = [rows[u] - e for u, _, e in sent]
        print(summary(f"burst of {len(burst)}, upload-to-row", burst_lat))
        print(f"burst: first upload to last row {burst_s:.1f} s; {len(burst) / burst_s * 60:.1f} recordings/min; "
              f"ratio to one batch {burst_s / batch_s:.2f} (issue 12 asks <= 1.5)", flush=True)

        if trickle:
            sent = []
            for i, path in enumerate(trickle):
                if i:
                    time.sleep(max(0.0, args.every - (time.time() - sent[-1][1])))
                sent.append(stack.upload(path))
            rows = stack.wait_rows([u for u, _, _ in sent])
            print(summary(f"trickle of {len(trickle)}, one every {args.every:.0f} s, upload-to-row",
                          [rows[u] - e for u, _, e in sent]), flush=True)
    finally:
        stack.stop()
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
