"""A forget killed outright (SIGKILL, no clean-up), then undone by the next forget.

    uv run python -m eval.forget_kill DATASETS SOURCE [--after 5.6 5.9 6.2]

For each delay: copies DATASETS (a folder ``verbatim process`` wrote; it is never changed),
starts ``verbatim forget COPY --source SOURCE``, kills it with SIGKILL that many seconds in,
then runs ``verbatim forget COPY --source`` a file never processed, which only recovers: the
datasets must be byte for byte as before the first forget (unless the first had committed,
journal gone, before the kill: then it stands, and nothing kept aside may be left). Prints, per delay, how many files
the killed forget had changed, whether its journal was left, and whether the copy is as before.
The delays that land mid-forget depend on the machine (a forget is a few seconds here).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def files(root: Path) -> dict[str, str]:
    """Every file but a forget's kept copies -> a hash of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).parts[0].startswith(".forget-")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", type=Path)
    parser.add_argument("source", help="a recording processed into DATASETS")
    parser.add_argument("--after", type=float, nargs="+", default=[5.6, 5.9, 6.2], help="seconds before the kill")
    args = parser.parse_args(argv)
    verbatim = [sys.executable, "-m", "verbatim.cli"]
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for delay in args.after:
            copy = Path(tmp) / f"after-{delay}"
            shutil.copytree(args.datasets, copy)
            before = files(copy)
            run = subprocess.Popen([*verbatim, "forget", str(copy), "--source", args.source],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            run.send_signal(signal.SIGKILL)
            run.wait()
            now = files(copy)
            changed = sum(before.get(k) != v for k, v in now.items()) + len(before.keys() - now.keys())
            journals = len(list(copy.glob(".forget-*/journal.json")))
            done = subprocess.run([*verbatim, "forget", str(copy), "--source", str(Path(tmp) / "never-processed.wav")],
                                  capture_output=True, text=True)
            clean = not list(copy.glob(".forget-*"))
            if journals == 0 and changed:  # it had committed: the forget stands, only its clean-up may be left
                outcome, ok = "had committed before the kill (the forget stands)", clean
            else:
                ok = files(copy) == before and clean
                outcome = "as before" if ok else "NOT AS BEFORE"
            failed += not ok
            print(f"killed after {delay} s: {changed} files changed, journal left: {journals}; "
                  f"after the next forget (exit {done.returncode}): {outcome}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
