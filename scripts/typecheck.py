"""mypy on the shipped code (flows/, tasks/, schemas/, verbatim/) as the wheel lays it out.

The code imports ``verbatim.tasks``, ``verbatim.flows`` and ``verbatim.schemas``: in the wheel
those folders sit inside ``verbatim/`` (pyproject's ``force-include``), in a checkout beside it
(verbatim/__init__.py extends the package's search path at run time, which mypy does not model).
So this lays the wheel's tree out in symbolic links under .mypy_cache/layout/ (mypy's cache
folder, which git ignores) and checks the package ``verbatim`` there, with the configuration in
pyproject.toml's [tool.mypy]. Findings name the files in the checkout (``tasks/storage.py``).

    .venv/bin/python scripts/typecheck.py      # exit status 0: no findings
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYOUT = ROOT / ".mypy_cache" / "layout"
INSIDE = ("flows", "tasks", "schemas")  # pyproject's force-include: checkout folder -> verbatim/<folder>


def lay_out() -> Path:
    """Links .mypy_cache/layout/verbatim/* to verbatim/* and to the folders the wheel puts inside it."""
    package = LAYOUT / "verbatim"
    package.mkdir(parents=True, exist_ok=True)
    ignore = LAYOUT.parent / ".gitignore"  # mypy writes the same at the end of its run
    if not ignore.exists():
        ignore.write_text("# Automatically created by mypy\n*\n")
    wanted = {entry.name: entry for entry in (ROOT / "verbatim").iterdir() if entry.name != "__pycache__"}
    wanted.update({name: ROOT / name for name in INSIDE})
    for link in package.iterdir():
        if link.name not in wanted or not link.is_symlink() or Path(os.readlink(link)) != wanted[link.name]:
            link.unlink()
    for name, target in wanted.items():
        if not (package / name).is_symlink():
            (package / name).symlink_to(target)
    return package


def to_checkout(line: str) -> str:
    """A finding's path in the layout -> the same file in the checkout."""
    for prefix in (str(LAYOUT) + os.sep, str(LAYOUT.relative_to(ROOT)) + os.sep):
        if line.startswith(prefix):
            rest = line[len(prefix) :]
            inside = re.match(r"verbatim/(%s)/" % "|".join(INSIDE), rest)
            return rest[len("verbatim/") :] if inside else rest
    return line


def main(argv: list[str]) -> int:
    lay_out()
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "-p", "verbatim", *argv],
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(LAYOUT)},
        capture_output=True,
        text=True,
    )
    sys.stdout.write("".join(to_checkout(line) + "\n" for line in done.stdout.splitlines()))
    sys.stderr.write(done.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
