"""Schemas: documented fields, metadata surviving a write and a read, dictionary in sync."""

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from verbatim.schemas import dictionary
from verbatim.schemas.tables import APPEND_TABLES, CORPUS_TABLES, RECORDING_TABLES, SCHEMA_VERSION, TABLES
from verbatim.tasks.storage import DatasetSink

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", list(TABLES))
def test_every_field_has_description_and_table_has_version(name):
    schema = TABLES[name]
    assert schema.metadata[b"schema_version"].decode() == SCHEMA_VERSION
    # Per-recording tables join on recording_id; corpus tables on theme_id; failures name the
    # source (no recording was made); erasures the recording id (never its source: a file name
    # may be a person's name); speaker corrections the recording they correct.
    # The voices registry joins speakers on voice_id.
    key = (
        "recording_id"
        if name in RECORDING_TABLES or name in ("erasures", "speaker_corrections")
        else "source_uri"
        if name in APPEND_TABLES
        else "voice_id"
        if name == "voices"
        else "theme_id"
    )
    assert schema.field(key)
    for f in schema:
        assert f.metadata[b"description"], f"{name}.{f.name} has no description"
        assert b"unit" in f.metadata


@pytest.mark.parametrize("name", list(TABLES))
def test_metadata_survives_write_and_read(tmp_path, name):
    schema = TABLES[name]
    empty = schema.empty_table()
    sink = DatasetSink(str(tmp_path))
    if name in CORPUS_TABLES:
        sink.write_corpus(name, empty)
    elif name in APPEND_TABLES:
        sink.append(name, "run-1", empty)
    else:
        sink.write(name, "abc123", empty)
    read = ds.dataset(tmp_path / name, format="parquet", partitioning="hive").schema
    assert read.metadata[b"schema_version"].decode() == SCHEMA_VERSION
    for f in schema:
        assert read.field(f.name).metadata[b"description"] == f.metadata[b"description"]
        assert read.field(f.name).type == f.type


def test_data_dictionary_is_generated_from_schemas():
    committed = (ROOT / "schemas" / "DATA_DICTIONARY.md").read_text()
    assert committed == dictionary.render(), "run: uv run python -m verbatim.schemas.dictionary > schemas/DATA_DICTIONARY.md"
