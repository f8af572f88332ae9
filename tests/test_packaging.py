"""The wheel as a user gets it: one import root (`verbatim`), working outside the repository.

The repository keeps the design card's folders (flows/, tasks/, schemas/) at its top; the wheel
installs them inside the package. A test from the checkout cannot see a mistake in that mapping
(the checkout's folders would hide it), so these build the wheel, install it into a fresh
virtual environment and run it from an empty folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _uv() -> list[str]:
    # `uv run` names its own binary in $UV; otherwise the uv that scripts/test.sh installed.
    exe = os.environ.get("UV") or shutil.which("uv")
    return [exe] if exe else ["python3", "-m", "uv"]


def _build_wheel(out: Path) -> Path:
    subprocess.run([*_uv(), "build", "--wheel", "-q", "-o", str(out)], cwd=ROOT, check=True, timeout=300)
    (wheel,) = out.glob("verbatim-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return _build_wheel(tmp_path_factory.mktemp("dist"))


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: nothing that points back into the checkout."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "PYTHONHOME")
    return {k: v for k, v in os.environ.items() if k not in drop} | extra


@pytest.mark.lint
def test_the_wheel_installs_one_import_root(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {"verbatim", wheel.name.split("-py3")[0] + ".dist-info"}, sorted(tops)
    for shipped in ("verbatim/cli.py", "verbatim/flows/process.py", "verbatim/tasks/audio.py",
                    "verbatim/schemas/tables.py", "verbatim/schemas/DATA_DICTIONARY.md",
                    "verbatim/stack/up.py", "verbatim/report/report.html.j2"):
        assert shipped in names, shipped
    assert not [n for n in names if n.startswith(("verbatim/eval/", "verbatim/tests/", "eval/", "tests/"))]


@pytest.mark.models
def test_the_wheel_works_from_a_fresh_environment(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([*_uv(), "venv", "-q", str(venv), "--python", sys.executable], check=True, timeout=120)
    python = venv / "bin" / "python"
    # Dependencies come from uv's cache (symlinked, not copied: gigabytes of torch otherwise),
    # pinned by the lock file as `uv sync` pins them.
    lock = subprocess.run([*_uv(), "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes", "-q"],
                          cwd=ROOT, check=True, capture_output=True, text=True, timeout=120).stdout
    (tmp_path / "requirements.txt").write_text(lock)
    subprocess.run([*_uv(), "pip", "install", "-q", "--link-mode", "symlink", "--python", str(python),
                    "-r", str(tmp_path / "requirements.txt"), str(wheel)], check=True, timeout=900)

    away = tmp_path / "elsewhere"
    away.mkdir()
    env = _clean_env(HOME=str(away), PREFECT_HOME=str(away / ".prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false")

    def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=away, env=env, capture_output=True, text=True, timeout=timeout)

    helped = run(str(venv / "bin" / "verbatim"), "--help")
    assert helped.returncode == 0 and "process" in helped.stdout and "up" in helped.stdout, helped.stderr

    # Every shipped module imports from the installed package alone (a stray `from tasks import`
    # or an import of eval/ would fail here, not in the checkout).
    imported = run(str(python), "-c", (
        "import importlib, pkgutil, verbatim\n"
        "mods = [m.name for m in pkgutil.walk_packages(verbatim.__path__, 'verbatim.')]\n"
        "[importlib.import_module(m) for m in mods]\n"
        "print(verbatim.__file__, len(mods))"), timeout=300)
    assert imported.returncode == 0, imported.stderr[-3000:]
    where, count = imported.stdout.split()
    assert Path(where).is_relative_to(venv) and int(count) > 30, imported.stdout

    # The measuring tools live in the repository: one clear line, not a traceback.
    evaluated = run(str(venv / "bin" / "verbatim"), "eval")
    assert evaluated.returncode == 2 and "run it from a checkout" in evaluated.stderr, evaluated.stderr

    demo = run(str(venv / "bin" / "verbatim"), "demo", "--out", str(away / "demo"), timeout=600)
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert list((away / "demo" / "utterances").glob("*/*.parquet")), demo.stdout
