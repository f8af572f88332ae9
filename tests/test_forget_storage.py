"""The storage steps of `verbatim forget`: per-recording reads, dropping rows of an append-only
table, deleting the source, and the journal that makes a forget all or nothing (local and S3)."""

import pyarrow as pa
import pytest
import pyarrow.compute as pc

from verbatim.tasks import erasure_journal, storage
from verbatim.tasks.errors import InputError


def test_drop_rows_rewrites_only_the_files_holding_them(tmp_path):
    sink = storage.DatasetSink(str(tmp_path))
    sink.append("failures", "run1", pa.table({"source_uri": ["file:///a.wav", "file:///b.wav"], "reason": ["x", "y"]}))
    sink.append("failures", "run2", pa.table({"source_uri": ["file:///a.wav"], "reason": ["z"]}))
    sink.append("failures", "run3", pa.table({"source_uri": ["file:///c.wav"], "reason": ["w"]}))
    before = (tmp_path / "failures" / "part-run3.parquet").stat().st_mtime_ns
    assert sink.drop_rows("failures", pc.field("source_uri") == "file:///a.wav") == 2
    left = sink.read("failures").column("source_uri").to_pylist()
    assert sorted(left) == ["file:///b.wav", "file:///c.wav"]
    assert not (tmp_path / "failures" / "part-run2.parquet").exists()  # emptied: removed
    assert (tmp_path / "failures" / "part-run3.parquet").stat().st_mtime_ns == before  # untouched
    assert sink.drop_rows("failures", pc.field("source_uri") == "file:///a.wav") == 0  # twice is harmless


def test_read_one_recording_and_delete_a_local_source(tmp_path):
    sink = storage.DatasetSink(str(tmp_path / "out"))
    assert sink.read_recording("words", "f" * 64) is None
    wav = tmp_path / "x.wav"
    wav.write_bytes(b"RIFF")
    assert storage.delete_source(str(wav)) and not wav.exists()
    assert not storage.delete_source(str(wav))  # already gone


def _files(sink: storage.DatasetSink) -> dict[str, bytes]:
    """Every file of the datasets (kept-aside copies included) -> its bytes."""
    return {p: sink.get_bytes(p) for p in sink.list_under(f"{sink.dest}/")}


def _changed_by_a_forget(sink: storage.DatasetSink) -> erasure_journal.Journal:
    """A forget's steps through a journal, left uncommitted: a recording's files removed, a
    failures file rewritten without its row, a corpus file rebuilt, an erasures file created."""
    journal = erasure_journal.Journal(sink)
    for table in ("words", "recordings"):
        assert journal.remove(sink.location(table, "a" * 64))
    assert not journal.remove(sink.location("speakers", "a" * 64))  # it has none: nothing to keep
    assert sink.drop_rows("failures", pc.field("source_uri") == "file:///a.wav", journal.keep, journal.written) == 1
    journal.keep(f"{sink.table_root('themes')}/part-0.parquet")
    journal.written(sink.write_corpus("themes", pa.table({"theme_id": ["t2"]})))
    erasure = sink.append_location("erasures", "now")
    journal.created(erasure)
    journal.written(sink.put(erasure, pa.table({"recording_id": ["a" * 64]})))
    return journal


def _datasets(sink: storage.DatasetSink) -> None:
    for rid in ("a" * 64, "b" * 64):
        sink.write_recording(rid, {t: pa.table({"recording_id": [rid]}) for t in ("words", "recordings")}, ("words", "recordings"))
    sink.append("failures", "run1", pa.table({"source_uri": ["file:///a.wav", "file:///b.wav"]}))
    sink.write_corpus("themes", pa.table({"theme_id": ["t1"]}))


def _journal_cases(sink: storage.DatasetSink) -> None:
    _datasets(sink)
    before = _files(sink)
    # a failure mid-way: rollback puts every file back as it was, and nothing is left aside
    journal = _changed_by_a_forget(sink)
    assert _files(sink) != before
    journal.rollback()
    assert _files(sink) == before
    # a forget killed outright leaves its journal: the next forget's recover undoes it
    name = _changed_by_a_forget(sink).name
    assert erasure_journal.recover(sink) == [(name, [])]
    assert _files(sink) == before
    assert erasure_journal.recover(sink) == []
    # killed, then another command wrote files it had changed (the themes rebuilt, the
    # recording processed again): those stay as written, the rest goes back
    name = _changed_by_a_forget(sink).name
    sink.write_corpus("themes", pa.table({"theme_id": ["t3"]}))
    sink.write_recording("a" * 64, {"words": pa.table({"recording_id": ["again"]})}, ("words",))
    newer = {p: b for p, b in _files(sink).items() if "/themes/" in p or f"recording_id={'a' * 64}/" in p and "/words/" in p}
    assert erasure_journal.recover(sink) == [(name, sorted(["themes/part-0.parquet", f"words/recording_id={'a' * 64}/part-0.parquet"]))]
    assert {p: b for p, b in _files(sink).items() if p in newer} == newer
    assert sink.read("themes").column("theme_id").to_pylist() == ["t3"]
    assert sink.read("failures").num_rows == 2 and sink.read_recording("recordings", "a" * 64) is not None
    sink.write_corpus("themes", pa.table({"theme_id": ["t1"]}))
    sink.write_recording("a" * 64, {"words": pa.table({"recording_id": ["a" * 64]})}, ("words",))
    assert _files(sink) == before
    # a commit cut short after its journal went (the moment a forget is final): the next
    # forget's recover clears the kept copies and puts nothing back
    journal = _changed_by_a_forget(sink)
    done = _files(sink)
    sink.remove(f"{journal.root}/{erasure_journal.JOURNAL}")
    assert erasure_journal.recover(sink) == []
    assert _files(sink) == {p: b for p, b in done.items() if erasure_journal.PREFIX not in p}
    after = _files(sink)
    assert not any(erasure_journal.PREFIX in p for p in after)
    assert sink.read_recording("words", "a" * 64) is None and sink.read_recording("words", "b" * 64) is not None
    assert sink.read("failures").column("source_uri").to_pylist() == ["file:///b.wav"]
    assert sink.read("themes").column("theme_id").to_pylist() == ["t2"]


def test_a_forget_journal_undoes_every_change_on_failure_or_after_a_kill_locally(tmp_path):
    sink = storage.DatasetSink(str(tmp_path / "datasets"))
    _journal_cases(sink)
    assert not (tmp_path / "datasets" / "words" / f"recording_id={'a' * 64}").exists()  # its folder went too
    assert sorted(p.name for p in (tmp_path / "datasets").iterdir()) == ["erasures", "failures", "recordings", "themes", "words"]


def test_a_forget_killed_under_one_spelling_of_the_folder_is_undone_under_another(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    relative = storage.DatasetSink("./datasets/")
    _datasets(relative)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    _changed_by_a_forget(relative)  # killed: never committed
    assert erasure_journal.recover(storage.DatasetSink(str(tmp_path / "datasets"))) != []
    assert {p.relative_to(tmp_path): p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()} == before


def test_one_forget_at_a_time_on_a_folder(tmp_path):
    sink = storage.DatasetSink(str(tmp_path / "datasets"))
    with erasure_journal.lock(sink):
        with pytest.raises(InputError, match="another forget is running"):
            with erasure_journal.lock(storage.DatasetSink(str(tmp_path / "datasets"))):
                pass
    with erasure_journal.lock(sink):  # released when the first ended
        pass


def test_a_forget_journal_undoes_every_change_on_s3(s3_endpoint):
    import boto3

    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket="journal")
    _journal_cases(storage.DatasetSink("s3://journal/datasets", s3_endpoint))
