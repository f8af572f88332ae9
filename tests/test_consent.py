"""Consent is honoured before anything is decoded: a manifest row that refuses it stops the recording."""

import shutil

import duckdb

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
    assert "skipped" in done.stderr and "no consent (the participants manifest says no)" in done.stderr
    assert "Task run 'decode" not in done.stderr and "Task run 'fetch" not in done.stderr  # refused before any stage
    # Only its failures row, with stage consent; no other table exists.
    assert sorted(p.name for p in out.iterdir()) == ["failures"]
    rows = duckdb.sql(f"SELECT stage, reason, source_uri FROM read_parquet('{out}/failures/*.parquet')").fetchall()
    assert len(rows) == 1 and rows[0][0] == "consent" and "jfk.flac" in rows[0][2] and "consent" in rows[0][1]


def test_require_consent_treats_a_missing_value_as_no(tmp_path, run_cli, speech):
    manifest = tmp_path / "participants.csv"
    manifest.write_text(f"file,segment\n{speech.name},smb\n")
    out = tmp_path / "datasets"
    done = run_cli("process", str(speech), "--out", str(out), "--manifest", str(manifest), "--require-consent")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "no consent value was given (--require-consent)" in done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["failures"]


def test_a_manifest_naming_a_file_not_given_is_refused_before_any_model_loads(tmp_path, run_cli, speech):
    manifest = tmp_path / "participants.csv"
    manifest.write_text("file,segment\nsomeone-else.wav,smb\n")
    done = run_cli("process", str(speech), "--out", str(tmp_path / "out"), "--manifest", str(manifest))
    assert done.returncode == 2
    assert "someone-else.wav" in done.stderr and "row 1" in done.stderr
    assert "Prefect" not in done.stderr  # nothing started
