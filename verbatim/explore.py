"""``verbatim search`` and ``verbatim export``: the datasets read back for an analyst.

search: customer statements ranked by meaning (tasks/search.py) for a query in any words.
export: every table as CSV (one file per table, UTF-8, a header, the Parquet columns; list
columns such as embeddings as JSON arrays), for spreadsheets and tools that read no Parquet;
and the interviews as a REFI-QDA project (``--qdpx``, tasks/qdpx.py) for MAXQDA, NVivo,
ATLAS.ti and QualCoder.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa

from verbatim.schemas.tables import TABLES
from verbatim.tasks.errors import ConfigError, VerbatimError
from verbatim.tasks.storage import DatasetSink


def search(datasets: str, query: str, top: int = 10, as_json: bool = False, endpoint_url: str | None = None) -> int:
    from verbatim.report.render import clock
    from verbatim.tasks import embed
    from verbatim.tasks.search import rank

    if not query.strip():
        print('error: the query is empty: give the words to look for, e.g. verbatim search DIR "late delivery"', file=sys.stderr)
        return 2
    try:
        sink = DatasetSink(datasets, endpoint_url)
        statements = sink.read("statements")
        recordings = sink.read("recordings")
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if statements is None or statements.num_rows == 0:
        print(
            f"error: {datasets}: no customer statements yet: process recordings first (verbatim process FILES --out {datasets})",
            file=sys.stderr,
        )
        return 2
    sources = (
        {}
        if recordings is None
        else dict(zip(recordings.column("recording_id").to_pylist(), recordings.column("source_uri").to_pylist()))
    )
    model = statements.column("embedding_model")[0].as_py()  # the query must live in the statements' space
    vector = embed.embed([query], model)[0]
    hits = rank(statements, vector, sources, top)
    if as_json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return 0
    for h in hits:
        where = Path(h.source_uri).name if h.source_uri else h.recording_id
        print(f"{h.score:.3f}  {where}  {clock(h.start_s)}-{clock(h.end_s)}  {h.speaker}: {h.text}")
    return 0


def export_csv(datasets: str, out: str, endpoint_url: str | None = None) -> int:
    """One CSV per table that has rows; the files appear whole (written beside, then renamed)."""
    target = Path(out)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(
            f"error: {ConfigError('--csv ' + out, f'cannot create the folder ({exc.strerror})', 'give a writable folder')}",
            file=sys.stderr,
        )
        return 2
    try:
        sink = DatasetSink(datasets, endpoint_url)
        written = []
        for name in TABLES:
            table = sink.read(name)
            if table is None:
                continue
            path = target / f"{name}.csv"
            write_csv(table, path)
            written.append(f"{name}.csv ({table.num_rows} rows)")
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not written:
        print(f"error: {datasets}: no tables to export: process recordings first", file=sys.stderr)
        return 2
    print(f"Wrote {len(written)} CSV files to {target}: " + ", ".join(written))
    return 0


def write_csv(table: pa.Table, path: Path) -> None:
    """``table`` as CSV: scalars as they are (null as empty), lists and structs as JSON."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(table.column_names)
        for batch in table.to_batches(max_chunksize=4096):
            columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
            for row in zip(*columns):
                writer.writerow([_cell(v) for v in row])
    partial.replace(path)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return repr(value)  # round-trips exactly
    return str(value)


def export_qdpx(datasets: str, out: str, endpoint_url: str | None = None) -> int:
    """The transcripts, themes (as codes on the quoted spans), roles and case variables as one
    ``.qdpx`` file; it appears whole (written beside, then renamed)."""
    from verbatim.tasks import qdpx
    from verbatim.tasks.storage import display_name

    target = Path(out)
    if target.suffix.lower() != ".qdpx" or target.is_dir():
        print(
            f"error: {ConfigError('--qdpx ' + out, 'is not a .qdpx file name', 'give a file name ending in .qdpx')}",
            file=sys.stderr,
        )
        return 2
    try:
        sink = DatasetSink(datasets, endpoint_url)
        tables = {name: sink.read(name) for name in ("recordings", "utterances", "statements", "themes", "theme_mentions")}
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    recordings = tables["recordings"]
    if recordings is None or recordings.num_rows == 0:
        print(
            f"error: {datasets}: no processed recordings to export: run verbatim process FILE... --out {datasets}",
            file=sys.stderr,
        )
        return 2

    def rows(name: str) -> list[dict]:
        table = tables[name]
        return [] if table is None else table.to_pylist()

    recording_rows = rows("recordings")
    xml, files = qdpx.build(
        recording_rows,
        rows("utterances"),
        rows("statements"),
        rows("themes"),
        rows("theme_mentions"),
        {r["recording_id"]: display_name(r["source_uri"]) for r in recording_rows},
    )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(qdpx.pack(xml, files))
        partial.replace(target)
    except OSError as exc:
        print(
            f"error: {ConfigError('--qdpx ' + out, f'cannot be written ({exc.strerror})', 'give a writable path')}",
            file=sys.stderr,
        )
        return 2
    num_themes = 0 if tables["themes"] is None else tables["themes"].num_rows
    print(
        f"Wrote {target}: {len(files)} transcripts, {num_themes} themes as codes (REFI-QDA; import it in MAXQDA, NVivo, ATLAS.ti)"
    )
    return 0
