"""How `verbatim up`'s local S3 store behaves with gigabytes stored: start time and memory.

    uv run python -m eval.store_scale [--gb 5] [--object-mb 50] [--churn-gb 1]

In a fresh ``VERBATIM_HOME``: start the stack, upload ``--churn-gb`` of objects and delete them
again (history that is no longer stored), upload ``--gb`` of objects that stay (random bytes,
``--object-mb`` each, outside the inbox so nothing is processed), then restart the stack twice.
For each start it prints the time to ready, the replay's share of it (from the stack's log),
the S3 server's resident memory once up, the peak resident memory of `verbatim up` itself
(which compacts and replays the journal) and the journal's size on disk.

The first restart reads the history since the previous start (the churn included); the second
reads only what the first one wrote, which is what is stored. Neither holds the stored bytes in
memory: the compacted state keeps offsets into the journal, the replay reads one object at a
time, and the server keeps bodies over 256 KiB in temporary files.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from eval.local_stack import LocalStack

def _status_kb(pid: int, field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    return int(match.group(1)) if match else 0


class Stack(LocalStack):
    """`verbatim up` with what this measurement reads: memory, the replay's time, the object count."""

    def __init__(self, home: Path, log: Path) -> None:
        self.peak_kb = 0

        def watch(pid: int) -> None:
            self.peak_kb = max(self.peak_kb, _status_kb(pid, "VmHWM"))

        super().__init__(home, log, on_wait=watch)
        self.up_peak_mb = max(self.peak_kb, _status_kb(self.proc.pid, "VmHWM")) / 1024
        self.s3_rss_mb = _status_kb(self.info["children"]["s3"], "VmRSS") / 1024
        replays = re.findall(r"replayed \d+ buckets, (\d+) objects from the journal in ([\d.]+) s", log.read_text())
        self.objects, self.replay_s = (int(replays[-1][0]), float(replays[-1][1])) if replays else (0, 0.0)


def upload(stack: Stack, folder: Path, prefix: str, gb: float, object_mb: int) -> list[str]:
    """``gb`` of random objects under ``prefix``; returns their keys."""
    count = max(1, round(gb * 1024 / object_mb))
    blob = folder / "blob.bin"
    keys = [f"{prefix}{i:05d}.bin" for i in range(count)]

    def one(key: str) -> None:
        path = folder / key.replace("/", "_")
        with path.open("wb") as fh:  # distinct bytes per object: a store that deduplicates would cheat
            fh.write(os.urandom(1024))
            with blob.open("rb") as src:
                shutil.copyfileobj(src, fh)
        stack.s3.upload_file(str(path), "verbatim", key)
        path.unlink()

    blob.write_bytes(os.urandom(object_mb * 1024 * 1024))
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(one, keys))
    blob.unlink()
    return keys


def report(name: str, stack: Stack, home: Path) -> None:
    journal = sum(p.stat().st_size for p in (home / "s3").glob("journal*.jsonl")) / 2**30
    print(f"{name:<34}{stack.objects:>8}{stack.start_s:>10.1f}{stack.replay_s:>10.1f}{stack.s3_rss_mb:>12.0f}"
          f"{stack.up_peak_mb:>12.0f}{journal:>11.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gb", type=float, default=5.0, help="bytes that stay stored (default 5 GB)")
    parser.add_argument("--object-mb", type=int, default=50, help="size of each object (default 50 MB)")
    parser.add_argument("--churn-gb", type=float, default=1.0, help="uploaded, then deleted, before (default 1 GB)")
    parser.add_argument("--keep", type=Path, help="work here and keep it (default: a temporary folder, removed)")
    args = parser.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="verbatim-store-"))
    home, work = tmp / "home", tmp / "work"
    for p in (home, work):
        p.mkdir(parents=True, exist_ok=True)
    log = tmp / "up.out"
    try:
        print(f"{'start':<34}{'objects':>8}{'ready s':>10}{'replay s':>10}{'S3 RSS MB':>12}"
              f"{'up peak MB':>12}{'journal GB':>11}", flush=True)
        stack = Stack(home, log)
        report("fresh home", stack, home)
        churn = upload(stack, work, "archive/churn/", args.churn_gb, args.object_mb)
        for key in churn:
            stack.s3.delete_object(Bucket="verbatim", Key=key)
        upload(stack, work, "archive/kept/", args.gb, args.object_mb)
        stack.stop()
        for name in (f"restart 1 ({args.gb:g} GB + {args.churn_gb:g} GB history)", f"restart 2 ({args.gb:g} GB stored)"):
            stack = Stack(home, log)
            report(name, stack, home)
            stack.stop()
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
