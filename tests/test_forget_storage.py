"""The storage steps of `verbatim forget` (local datasets): per-recording reads, dropping rows of
an append-only table, deleting the source."""

import pyarrow as pa
import pyarrow.compute as pc

from verbatim.tasks import storage


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
