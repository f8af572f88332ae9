"""The habits of a maintained Python project (issue 26): ruff's lint and format hold on the
shipped code (configuration in pyproject.toml, no per-file exceptions)."""

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
    assert "per-file-ignores" not in (ROOT / "pyproject.toml").read_text()
