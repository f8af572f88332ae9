"""Shared fixtures: the CLI as users run it, rendered interviews, a real S3 API (moto server over HTTP)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"

# Every test has one cost class, so there is a quick loop (`bash scripts/test.sh -m unit`,
# under 2 minutes) beside the full suite CI runs. A module's class applies to its tests unless
# a test uses a fixture that costs more, or carries its own marker (the Chromium test).
COSTS = ("unit", "lint", "models", "browser", "stack")  # cheapest first
MODULE_COST = {
    "test_align": "unit", "test_audio": "unit", "test_data_safety": "unit", "test_interview": "unit",
    "test_questions": "unit", "test_schemas": "unit", "test_settings": "unit", "test_speaker_clustering": "unit", "test_speaker_embedding": "unit", "test_progress": "unit", "test_memory": "unit", "test_statement_kinds": "unit", "test_manifest": "unit", "test_whisper_steps": "unit", "test_analysis_rules": "unit", "test_heard_names": "unit", "test_heard_names_audio": "models", "test_consent": "models", "test_report_model": "unit", "test_forget_storage": "unit", "test_redaction": "models",
    "test_long_recordings": "models",
    "test_storage": "unit", "test_transcribe_blocks": "unit", "test_worker_share": "unit", "test_gpu_bench": "unit", "test_clips": "unit", "test_docs": "unit", "test_qdpx": "unit", "test_corrections": "unit", "test_analysis_model": "unit", "test_voices": "models",
    "test_infra": "lint", "test_code_style": "lint",
    "test_accuracy_guards": "models", "test_analysis_end_to_end": "models", "test_bench": "models",
    "test_diarization_real": "models", "test_end_to_end": "models", "test_packaging": "models", "test_themes": "models",
    "test_s3_events": "stack", "test_stack": "stack",
}
FIXTURE_COST = {"run_cli": "models", "synth": "models", "s3_endpoint": "stack"}


def pytest_configure(config) -> None:
    for name, what in (("unit", "pure logic and small real files: seconds, no models, no servers"),
                       ("lint", "the infra linters"), ("models", "the real models on real audio"),
                       ("browser", "headless Chromium"), ("stack", "S3/Prefect servers or verbatim up")):
        config.addinivalue_line("markers", f"{name}: {what}")


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        own = [m.name for m in item.iter_markers() if m.name in COSTS]
        if own:
            continue
        module = item.module.__name__.rsplit(".", 1)[-1]
        if module not in MODULE_COST:
            raise pytest.UsageError(f"{module}: give it a cost class in tests/conftest.py MODULE_COST")
        costs = [MODULE_COST[module]] + [FIXTURE_COST[f] for f in getattr(item, "fixturenames", ()) if f in FIXTURE_COST]
        item.add_marker(max(costs, key=COSTS.index))


def listening(port: int, timeout_s: float = 30) -> str | None:
    """The endpoint URL once something accepts connections on ``port`` (None if nothing does in time)."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("prefect-home")


@pytest.fixture(scope="session")
def run_cli(prefect_home):
    """Run ``verbatim ARGS`` in a fresh process, as a user would; returns CompletedProcess."""

    def run(*args: str, env: dict | None = None, timeout: int = 900, cwd: Path = ROOT) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                    "PYTHONUNBUFFERED": "1", **(env or {})}
        full_env.pop("PREFECT_API_URL", None)
        return subprocess.run([sys.executable, "-m", "verbatim.cli", *args], capture_output=True, text=True,
                              env=full_env, cwd=cwd, timeout=timeout)

    return run


@pytest.fixture(scope="session")
def synth(tmp_path_factory):
    """The scripted interviews rendered with espeak-ng: {name: (path, reference turns)}."""
    from eval.interviews import render_all

    return render_all(tmp_path_factory.mktemp("synth"))


@pytest.fixture(scope="session")
def sample_wav() -> Path:
    import pyannote.audio

    return Path(pyannote.audio.__file__).parent / "sample" / "sample.wav"


@pytest.fixture(scope="session")
def s3_endpoint():
    """A real S3 API over HTTP on loopback (moto's server), with test credentials."""
    port = free_port()
    exe = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or "moto_server"
    proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = listening(port, 60)
    if endpoint is None:
        proc.kill()
        raise RuntimeError("moto_server did not start")
    old = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")}
    os.environ.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1")
    yield endpoint
    proc.terminate()
    proc.wait(timeout=10)
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
