"""``verbatim process`` end to end, through Prefect, with the real models on real and synthetic speech."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from pyannote.metrics.diarization import DiarizationErrorRate

from eval.references import annotation_from_turns, load_rttm, normalize_text
from tests.conftest import ROOT, SHARED

def annotation_from_rows(uri: str, rows: list[dict]):
    """speaker_turns rows as a pyannote Annotation."""
    from pyannote.core import Annotation, Segment

    ann = Annotation(uri=uri)
    for r in rows:
        ann[Segment(r["start_s"], r["end_s"])] = r["speaker"]
    return ann


def file_uri(path) -> str:
    """How a local recording is named in the datasets: its absolute file:// URI."""
    return Path(os.path.abspath(path)).as_uri()


def read(out: Path, table: str):
    return ds.dataset(out / table, format="parquet", partitioning="hive").to_table()


@pytest.fixture(scope="module")
def batch(tmp_path_factory, run_cli, synth, sample_wav):
    """One batch with good recordings and every kind of bad input."""
    inputs = tmp_path_factory.mktemp("inputs")
    bad = {
        "not-audio.wav": b"just some text pretending to be audio\n" * 40,
        "zero-bytes.mp3": b"",
    }
    for name, content in bad.items():
        (inputs / name).write_bytes(content)
    data = (SHARED / "ami-debug" / "dev01.wav").read_bytes()
    (inputs / "truncated.wav").write_bytes(data[: len(data) // 4])
    good = [str(sample_wav), str(synth["synth_travel"][0]), str(SHARED / "speech" / "jfk.flac"),
            str(SHARED / "speech" / "empty.wav")]
    bad_paths = [str(inputs / n) for n in ("not-audio.wav", "zero-bytes.mp3", "truncated.wav")] + [str(inputs / "missing.wav")]
    out = tmp_path_factory.mktemp("datasets")
    proc = run_cli("process", *good[:2], *bad_paths, *good[2:], "--out", str(out))
    return {"proc": proc, "out": out, "good": good, "bad": bad_paths}


def test_batch_exit_code_is_nonzero_when_any_input_failed(batch):
    assert batch["proc"].returncode == 1, batch["proc"].stderr[-3000:]


def test_the_terminal_shows_progress_and_results_not_prefects_run_bookkeeping(batch):
    # Hook and state lines and run links stay in the Prefect UI (issue 26); --verbose prints them.
    err = batch["proc"].stderr
    for line in ("Running hook '", "finished running successfully", "Finished in state", "View at http",
                 "doesn't have the corresponding recognizer", "Loading weights"):
        assert line not in err, line
    assert "transcription: " in err and "recordings processed" in err


def test_every_good_recording_has_rows_in_every_table(batch):
    out = batch["out"]
    recordings = read(out, "recordings").to_pylist()
    assert sorted(r["source_uri"] for r in recordings) == sorted(map(file_uri, batch["good"]))
    for table in ("speaker_turns", "utterances", "words", "speakers"):
        ids = set(read(out, table).column("recording_id").to_pylist())
        # empty.wav (silence) rightly has no words or turns; every other recording has rows
        assert len(ids) >= 3, table


def test_each_bad_input_gets_one_clear_line_naming_it_and_nothing_written(batch):
    stderr = batch["proc"].stderr
    summary = stderr[stderr.index("Verbatim: "):]
    assert "Verbatim: 4 of 8 recordings processed" in summary
    expectations = {"not-audio.wav": "not readable as audio", "zero-bytes.mp3": "empty (0 bytes)",
                    "truncated.wav": "truncated", "missing.wav": "no such file"}
    for path in batch["bad"]:
        lines = [l for l in summary.splitlines() if l.strip().startswith("FAILED") and path in l]
        assert len(lines) == 1, (path, summary)
        assert expectations[Path(path).name] in lines[0]
        assert " — " in lines[0]  # "<input>: <problem> — <fix>"
    assert "Traceback" not in stderr
    written = {r["source_uri"] for r in read(batch["out"], "recordings").to_pylist()}
    assert not written & set(map(file_uri, batch["bad"]))
    # Each is quarantined in the failures dataset with its stage and reason.
    failures = {f["source_uri"]: f for f in read(batch["out"], "failures").to_pylist()}
    assert set(failures) == set(map(file_uri, batch["bad"]))
    assert {Path(u).name: f["stage"] for u, f in failures.items()} == {
        "not-audio.wav": "decode", "zero-bytes.mp3": "decode", "truncated.wav": "decode", "missing.wav": "fetch"}
    assert all(" — " in f["reason"] and not f["retryable"] for f in failures.values())


def test_synthetic_interview_text_and_speakers(batch, synth):
    path, turns = synth["synth_travel"]
    out = batch["out"]
    rec = [r for r in read(out, "recordings").to_pylist() if r["source_uri"] == file_uri(path)][0]
    assert rec["num_speakers"] == 2 and rec["language"] == "en"
    utts = [u for u in read(out, "utterances").to_pylist() if u["recording_id"] == rec["recording_id"]]
    utts.sort(key=lambda u: u["start_s"])
    import jiwer

    hyp = normalize_text(" ".join(u["text"] for u in utts))
    ref = normalize_text(" ".join(t.text for t in turns))
    assert jiwer.wer(ref, hyp) <= 0.15
    # Speakers alternate as scripted: the interviewer's questions and the customer's answers differ in speaker.
    question = [u for u in utts if "last time you planned" in u["text"].lower()][0]
    answer = [u for u in utts if "spreadsheet" in u["text"].lower()][0]
    assert question["speaker"] != answer["speaker"]
    hyp_turns = [t for t in read(out, "speaker_turns").to_pylist() if t["recording_id"] == rec["recording_id"]]
    der = DiarizationErrorRate(collar=0.5)(annotation_from_turns("x", turns), annotation_from_rows("x", hyp_turns))
    assert der <= 0.10


def test_real_call_diarization_and_invariants(batch, sample_wav):
    out = batch["out"]
    rec = [r for r in read(out, "recordings").to_pylist() if r["source_uri"] == file_uri(sample_wav)][0]
    turns = [t for t in read(out, "speaker_turns").to_pylist() if t["recording_id"] == rec["recording_id"]]
    ref = load_rttm(sample_wav.with_suffix(".rttm"))["sample"]
    assert DiarizationErrorRate(collar=0.0)(ref, annotation_from_rows("sample", turns)) <= 0.15
    words = [w for w in read(out, "words").to_pylist() if w["recording_id"] == rec["recording_id"]]
    words.sort(key=lambda w: w["word_index"])
    assert len(words) > 30
    assert all(0 <= w["start_s"] <= w["end_s"] <= rec["duration_s"] + 0.05 for w in words)
    assert all(a["start_s"] <= b["start_s"] for a, b in zip(words, words[1:]))
    speakers = {s["speaker"]: s for s in read(out, "speakers").to_pylist() if s["recording_id"] == rec["recording_id"]}
    assert set(speakers) == {w["speaker"] for w in words} | {t["speaker"] for t in turns}
    assert abs(sum(s["share_of_talk"] for s in speakers.values()) - 1.0) < 1e-6


def test_silence_is_valid_and_yields_empty_rows(batch):
    rec = [r for r in read(batch["out"], "recordings").to_pylist() if r["source_uri"].endswith("empty.wav")][0]
    assert rec["num_words"] == 0 and rec["num_speakers"] == 0 and rec["duration_s"] == 1.0


def test_rerun_replaces_and_same_bytes_under_two_names_are_one_recording(batch, run_cli, sample_wav, tmp_path):
    out = batch["out"]
    before = {t: read(out, t).num_rows for t in ("recordings", "words", "utterances", "speaker_turns")}
    files_before = sorted(p.relative_to(out) for p in out.rglob("*.parquet"))
    copy = tmp_path / "same-call-renamed.wav"
    shutil.copyfile(sample_wav, copy)
    proc = run_cli("process", str(copy), "--out", str(out))
    assert proc.returncode == 0, proc.stderr[-3000:]
    after = {t: read(out, t).num_rows for t in before}
    assert after == before
    assert sorted(p.relative_to(out) for p in out.rglob("*.parquet")) == files_before
    assert not list(out.rglob("*.tmp"))
    recs = [r for r in read(out, "recordings").to_pylist() if r["source_uri"] == file_uri(copy)]
    assert len(recs) == 1  # the row now says where the latest copy came from


def test_wrong_model_path_fails_fast_with_a_fix(run_cli, sample_wav, tmp_path):
    proc = run_cli("process", str(sample_wav), "--out", str(tmp_path / "o"), "--whisper-model", "/no/such/model/dir")
    assert proc.returncode == 2
    assert "--whisper-model /no/such/model/dir" in proc.stderr and "—" in proc.stderr
    assert not (tmp_path / "o" / "recordings").exists()


def test_bad_destination_fails_fast(run_cli, sample_wav, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run_cli("process", str(sample_wav), "--out", str(blocker))
    assert proc.returncode == 2 and "is not a folder" in proc.stderr


def test_same_name_from_two_folders_both_stay_and_the_token_is_stored_nowhere(run_cli, sample_wav, prefect_home,
                                                                             tmp_path):
    """Issue 11: `cd x && verbatim process same.wav`, then the same in y (another recording),
    into one --out: both stay. HF_TOKEN in the environment reaches no file and no output."""
    token = "hf_canary_7f3a9d2e_must_not_be_stored"
    out = tmp_path / "lake"
    for folder, source in (("x", sample_wav), ("y", SHARED / "speech" / "empty.wav")):
        (tmp_path / folder).mkdir()
        shutil.copyfile(source, tmp_path / folder / "same.wav")
        proc = run_cli("process", "same.wav", "--out", str(out), "--whisper-model", "tiny.en",
                       env={"HF_TOKEN": token, "PYTHONPATH": str(ROOT)}, cwd=tmp_path / folder)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "replaced" not in proc.stderr and token not in proc.stdout + proc.stderr
    uris = sorted(r["source_uri"] for r in read(out, "recordings").to_pylist())
    assert uris == [file_uri(tmp_path / "x" / "same.wav"), file_uri(tmp_path / "y" / "same.wav")]
    for root in (prefect_home, out):
        for path in Path(root).rglob("*"):
            if path.is_file():
                assert token.encode() not in path.read_bytes(), path
