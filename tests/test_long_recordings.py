"""Recordings of interview length through ``verbatim process``, and a failed stage stopping its sibling.

Customer interviews run 20-60 minutes; before, anything past 9 minutes was untested and a
12-minute rendering crashed diarization (the cause has its own unit tests in
tests/test_speaker_embedding.py). The 30-minute, 1-hour and 4-hour runs are ``verbatim bench
--long`` (README), too slow for every CI run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import ROOT
from verbatim.schemas.tables import RECORDING_TABLES


def read(out: Path, table: str):
    return ds.dataset(out / table, format="parquet", partitioning="hive").to_table()


@pytest.fixture(scope="module")
def long_run(tmp_path_factory, run_cli):
    from eval.long_audio import render_joined

    folder = tmp_path_factory.mktemp("long")
    path = folder / "joined-12.5min.wav"
    render_joined(12.5, path, seed=3)
    out = folder / "datasets"
    proc = run_cli("process", str(path), "--out", str(out), timeout=1200)
    return {"proc": proc, "out": out, "path": path}


def test_a_rendered_interview_over_12_minutes_is_processed(long_run):
    proc, out = long_run["proc"], long_run["out"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    recording = read(out, "recordings").to_pylist()
    assert len(recording) == 1 and recording[0]["duration_s"] == pytest.approx(750, abs=0.1)
    for table in RECORDING_TABLES:
        # no competitor, request or personal data is planted in the scripts: those may be empty
        if table not in ("questions", "qa_pairs", "mentions", "redactions"):
            assert read(out, table).num_rows > 0, table
    turns = read(out, "speaker_turns").to_pylist()
    words = read(out, "words").to_pylist()
    assert max(t["end_s"] for t in turns) > 740  # diarized to the end, not stopped part-way
    assert max(w["end_s"] for w in words) > 740 and all(w["end_s"] <= 750.01 for w in words)
    assert len({t["speaker"] for t in turns}) >= 2
    assert read(out, "questions").num_rows >= 20  # nine interviews' questions, at least once each


def test_a_long_recording_reports_its_progress_at_most_every_30_seconds(long_run):
    log = long_run["proc"].stdout + long_run["proc"].stderr
    # Transcription of 12.5 minutes takes over a minute here: two lines at least. Diarization takes
    # 30-45 s (frame-level, concurrent with transcription), so one line or two, by the machine's load.
    for stage, at_least in (("transcription", 2), ("diarization", 1)):
        lines = re.findall(rf"\d\d:\d\d:\d\d\.\d+ \| INFO .*? - {stage}(?: \([a-z ]+\))?: ([\d.]+) of 12\.5 min", log)
        assert len(lines) >= at_least, f"no progress lines for {stage}"
        times = [tuple(map(float, t.split(":"))) for t in
                 re.findall(rf"(\d\d:\d\d:\d\d\.\d+) \| INFO .*? - {stage}(?: \([a-z ]+\))?: [\d.]+ of", log)]
        seconds = [h * 3600 + m * 60 + s for h, m, s in times]
        assert all(b - a >= 29.9 for a, b in zip(seconds, seconds[1:])), (stage, seconds)


# A failure of one stage, injected: with the length bug fixed, no valid recording makes either
# model fail on demand, so the test replaces one stage's function by one that fails after 2 s
# (in the CLI process, through the same flow) and records how the other stage ended.
INJECT = """
import json, sys, time
from verbatim.tasks import diarize, transcribe

failing, report = sys.argv[1], sys.argv[2]
sys.argv = [sys.argv[0], *sys.argv[3:]]

def fail(*args, **kwargs):
    time.sleep(2)
    raise RuntimeError(f"injected {failing} fault")

def watched(module, name):
    real = getattr(module, name)
    def run(*args, **kwargs):
        start = time.monotonic()
        try:
            return real(*args, **kwargs)
        except BaseException as exc:
            json.dump({"error": exc.__class__.__name__, "message": str(exc),
                       "seconds": time.monotonic() - start}, open(report, "w"))
            raise
    setattr(module, name, run)

if failing == "diarization":
    diarize.diarize = fail
    watched(transcribe, "transcribe")
else:
    transcribe.transcribe = fail
    watched(diarize, "diarize")
from verbatim.cli import main
main()
"""


@pytest.mark.parametrize("failing, sibling, stage", [("diarization", "transcription", "diarize"),
                                                      ("transcription", "diarization", "transcribe")])
def test_a_failed_stage_stops_its_sibling(tmp_path, prefect_home, failing, sibling, stage):
    from eval.long_audio import render_joined

    path = tmp_path / "joined-4min.wav"
    render_joined(4, path, seed=4)
    script, report, out = tmp_path / "inject.py", tmp_path / "sibling.json", tmp_path / "datasets"
    script.write_text(INJECT)
    env = {**os.environ, "PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PYTHONPATH": str(ROOT)}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.run([sys.executable, str(script), failing, str(report), "process", str(path), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert f"injected {failing} fault" in proc.stderr
    ended = json.loads(report.read_text())
    # the sibling stopped because of the failure, within seconds, not at the end of the audio
    assert ended["error"] == "Abandoned", ended
    assert ended["message"] == f"{sibling} abandoned: {failing} failed"
    failures = read(out, "failures").to_pylist()
    assert [(f["stage"], "injected" in f["reason"]) for f in failures] == [(stage, True)]
    assert read(out, "failures").num_rows == 1 and not (out / "recordings").exists()
