"""Consent is honoured before anything is decoded: a manifest row that refuses it stops the recording."""

import shutil

import pytest

from tests.conftest import SHARED


@pytest.fixture
def speech(tmp_path):
    path = tmp_path / "jfk.flac"
    shutil.copy(SHARED / "speech" / "jfk.flac", path)
    return path


def test_a_recording_without_consent_is_not_processed(tmp_path, run_cli, speech):
    manifest = tmp_path / "participants.csv"
    manifest.write_text(f"file,consent,segment\n{speech.name},no,smb\n")
    out = tmp_path / "datasets"
    done = run_cli("process", str(speech), "--out", str(out), "--manifest", str(manifest))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "skipped" in done.stderr and "consent refused or withdrawn in the participants manifest" in done.stderr
    assert "Task run 'decode" not in done.stderr and "Task run 'fetch" not in done.stderr  # refused before any stage
    assert not (out / "recordings").exists() and not (out / "words").exists()


def test_a_manifest_naming_a_file_not_given_is_refused_before_any_model_loads(tmp_path, run_cli, speech):
    manifest = tmp_path / "participants.csv"
    manifest.write_text("file,segment\nsomeone-else.wav,smb\n")
    done = run_cli("process", str(speech), "--out", str(tmp_path / "out"), "--manifest", str(manifest))
    assert done.returncode == 2
    assert "someone-else.wav" in done.stderr and "row 1" in done.stderr
    assert "Prefect" not in done.stderr  # nothing started
