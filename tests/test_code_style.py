"""The habits of a maintained Python project (issue 26): ruff's lint and format and mypy's type
check hold on the shipped code (configuration in pyproject.toml, no per-file exceptions)."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["flows", "tasks", "schemas", "verbatim"]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args, *SHIPPED], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing_in_the_shipped_code():
    done = _ruff("check", "--no-cache")
    assert done.returncode == 0, done.stdout[-3000:]


def test_the_shipped_code_is_formatted():
    done = _ruff("format", "--check", "--no-cache")
    assert done.returncode == 0, done.stdout[-3000:]


def test_no_per_file_exceptions_are_configured():
    config = (ROOT / "pyproject.toml").read_text()
    assert "per-file-ignores" not in config and "tool.mypy.overrides" not in config


def test_mypy_finds_nothing_in_the_shipped_code():
    # scripts/typecheck.py checks the package as the wheel lays it out (verbatim.tasks is tasks/)
    done = subprocess.run([sys.executable, "scripts/typecheck.py"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, (done.stdout + done.stderr)[-6000:]
    # every module of the four folders was checked (none taken for an untyped library); mypy also
    # counts a folder without __init__.py (tasks/config) as a namespace package
    checked = re.search(r"no issues found in (\d+) source files", done.stdout)
    assert checked, done.stdout[-3000:]
    assert int(checked.group(1)) >= sum(len(list((ROOT / folder).rglob("*.py"))) for folder in SHIPPED), done.stdout
