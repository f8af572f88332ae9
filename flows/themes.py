"""Prefect flow ``build-themes``: statements of every recording -> ``themes``, ``theme_mentions``
and ``theme_segments`` (themes by the recordings' segments).

Run it after a batch (``verbatim themes DATASETS``) or on a schedule (``verbatim themes
DATASETS --serve --cron "0 * * * *"``). Reading and writing are retried tasks; the
clustering is pure (``tasks/themes.py``). Theme ids survive rebuilds: the previous
``themes`` table is read first and matched by centroid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from verbatim.flows import lifeline
from verbatim.flows.process import compute_task, io_task
from verbatim.schemas.tables import CORPUS_TABLES
from verbatim.tasks import rows, storage, themes
from verbatim.tasks.errors import InputError


@dataclass
class ThemesResult:
    datasets: str
    num_recordings: int
    num_statements: int
    num_candidates: int
    num_themes: int
    written: dict[str, str]


@task(name="read-statements", **io_task)
def read_task(datasets: str, endpoint_url: str | None) -> tuple[pa.Table | None, pa.Table | None, dict[str, str | None]]:
    sink = storage.DatasetSink(datasets, endpoint_url)
    recordings = sink.read("recordings")
    segments = (
        {}
        if recordings is None or "segment" not in recordings.column_names
        else dict(zip(recordings.column("recording_id").to_pylist(), recordings.column("segment").to_pylist()))
    )
    return sink.read("statements"), sink.read("themes"), segments


@task(name="cluster-statements", **compute_task)
def cluster_task(statements: pa.Table, previous: pa.Table | None) -> tuple[list[themes.Candidate], list[themes.Theme]]:
    candidates, vectors, topics = themes.candidates_from_rows(statements.to_pylist())
    prior = [
        themes.PreviousTheme(r["theme_id"], np.asarray(r["centroid"], np.float32))
        for r in (previous.to_pylist() if previous is not None else [])
    ]
    return candidates, themes.build_themes(candidates, vectors, prior, topics=topics)


@task(name="write-themes", **io_task)
def write_task(datasets: str, endpoint_url: str | None, tables: dict[str, pa.Table]) -> dict[str, str]:
    sink = storage.DatasetSink(datasets, endpoint_url)
    # Mentions first: a reader who sees the new themes file finds its mentions already there.
    return {name: sink.write_corpus(name, tables[name]) for name in ("theme_mentions", "theme_segments", "themes")}


@flow(name="build-themes", flow_run_name="themes: {datasets}", log_prints=True, persist_result=False)
def build_themes(datasets: str, s3_endpoint_url: str | None = None) -> ThemesResult:
    """Cluster the customer statements of every recording under ``datasets`` into ranked themes."""
    lifeline.watch_stack()
    logger = get_run_logger()
    statements, previous, segments = read_task(datasets, s3_endpoint_url)
    if statements is None or statements.num_rows == 0:
        raise InputError(
            datasets, "holds no statements", "process recordings into it first: verbatim process FILE... --out " + datasets
        )
    candidates, found = cluster_task(statements, previous)
    tables = rows.theme_tables(candidates, found, datetime.now(timezone.utc), segments)
    written = write_task(datasets, s3_endpoint_url, tables)
    recordings = len(set(statements.column("recording_id").to_pylist()))
    logger.info("%d themes from %d candidate statements in %d recordings", len(found), len(candidates), recordings)
    create_table_artifact(
        key="themes",
        description=f"{len(found)} themes across {recordings} recordings",
        table=[
            {
                "rank": t.rank,
                "theme": t.label,
                "recordings": t.num_recordings,
                "mentions": len(t.members),
                "negative": f"{row['share_negative']:.0%}",
                "stage": row["journey_stage"] or "",
                "quote": candidates[t.representative].text[:120],
            }
            for t, row in zip(found, tables["themes"].to_pylist())
        ],
    )
    return ThemesResult(datasets, recordings, statements.num_rows, len(candidates), len(found), written)


def rebuild_corpus(datasets: str, endpoint_url: str | None = None) -> int:
    """Themes from the statements there are (``build_themes``), or empty corpus tables when there
    are none (the last recording forgotten, or none left with a customer); the number of themes."""
    sink = storage.DatasetSink(datasets, endpoint_url)
    statements = sink.read("statements")
    if statements is None or statements.num_rows == 0:
        for table in ("themes", "theme_mentions", "theme_segments"):  # voices are not built from statements
            sink.write_corpus(table, CORPUS_TABLES[table].empty_table())
        return 0
    return build_themes(datasets, endpoint_url).num_themes
