"""Prefect flow ``forget-recording``: erase a recording from every table, on request or by age.

``verbatim forget DATASETS --source URI_OR_PATH`` (or ``--recording-id ID``, or ``--older-than
DAYS`` for a retention policy). For each recording:

1. its rows are counted table by table (the audit row holds counts, never content);
2. its files go from every per-recording table, ``recordings`` last: until the end the recording
   still shows as present, so a forget cut short is seen and finished by running it again
   (running it twice is harmless: the second finds nothing, or only what is left);
3. its rows go from ``failures`` and ``speaker_corrections`` (each file rewritten without them);
4. the corpus tables (themes, theme_mentions, theme_segments) are rebuilt from the statements
   that remain (the ``build-themes`` flow: theme ids of the others are kept);
5. an ``erasures`` row records the recording id, when, and how many rows each table lost;
6. with ``delete_source`` the recording itself (the local file or the S3 object) is deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow, get_run_logger
from verbatim.flows import lifeline
from verbatim.flows.themes import rebuild_corpus
from verbatim.schemas.tables import APPEND_TABLES, RECORDING_TABLES
from verbatim.tasks import storage
from verbatim.tasks.errors import InputError

# recordings last: a recording listed there is not yet forgotten (see the module's docstring)
FORGET_ORDER = (*[t for t in RECORDING_TABLES if t != "recordings"], "recordings")


@dataclass
class ForgetResult:
    datasets: str
    recording_ids: list[str] = field(default_factory=list)
    rows_removed: dict[str, int] = field(default_factory=dict)
    sources_deleted: list[str] = field(default_factory=list)


def _targets(
    sink: storage.DatasetSink, source: str | None, recording_id: str | None, older_than_days: float | None
) -> list[tuple[str, str]]:
    """(recording_id, source_uri) of the recordings to forget."""
    recordings = sink.read("recordings")
    known = [] if recordings is None else recordings.select(["recording_id", "source_uri", "processed_at"]).to_pylist()
    if recording_id:
        return sorted({(r["recording_id"], r["source_uri"]) for r in known if r["recording_id"] == recording_id}) or [
            (recording_id, "")
        ]  # rows left by an interrupted forget still go
    if source:
        uri = storage.source_uri(source)
        return sorted({(r["recording_id"], r["source_uri"]) for r in known if r["source_uri"] == uri})
    cutoff = datetime.now(timezone.utc) - timedelta(days=older_than_days or 0)
    return sorted({(r["recording_id"], r["source_uri"]) for r in known if r["processed_at"] < cutoff})


def _count(sink: storage.DatasetSink, table: str, recording_id: str) -> int:
    data = sink.read_recording(table, recording_id)
    return 0 if data is None else data.num_rows


@flow(name="forget-recording", flow_run_name="forget", log_prints=True, persist_result=False)
def forget(
    datasets: str,
    source: str | None = None,
    recording_id: str | None = None,
    older_than_days: float | None = None,
    delete_source: bool = False,
    s3_endpoint_url: str | None = None,
) -> ForgetResult:
    """Erase recordings from ``datasets`` (exactly one of ``source``, ``recording_id``, ``older_than_days``)."""
    lifeline.watch_stack()
    logger = get_run_logger()
    if sum(x is not None for x in (source, recording_id, older_than_days)) != 1:
        raise InputError(
            "verbatim forget",
            "needs exactly one of --source, --recording-id, --older-than",
            "name the recording by its source or id, or give a retention age in days",
        )
    sink = storage.DatasetSink(datasets, s3_endpoint_url)
    targets = _targets(sink, source, recording_id, older_than_days)
    result = ForgetResult(datasets)
    if not targets:
        logger.info("nothing to forget in %s (already forgotten, or never processed)", datasets)
        if source and delete_source:
            result.sources_deleted += _delete_source(source, s3_endpoint_url)
        return result
    erased_at = datetime.now(timezone.utc)
    audit = []
    for rid, uri in targets:
        removed = {t: _count(sink, t, rid) for t in FORGET_ORDER}
        sink.delete_recording(rid, FORGET_ORDER)
        removed["failures"] = sink.drop_rows("failures", pc.field("source_uri") == uri) if uri else 0
        # the analysts' corrections name its speakers: they go with it
        removed["speaker_corrections"] = sink.drop_rows("speaker_corrections", pc.field("recording_id") == rid)
        # A voice is biometric data: the anonymous voices first heard here go too (enrolled ones stay).
        removed["voices"] = sink.drop_rows("voices", pc.field("first_recording_id").isin([rid]))  # null (enrolled): kept
        result.recording_ids.append(rid)
        for t, n in removed.items():
            result.rows_removed[t] = result.rows_removed.get(t, 0) + n
        audit.append(
            {
                "recording_id": rid,
                "erased_at": erased_at,
                "rows_removed": json.dumps(removed, sort_keys=True),
                "source_deleted": bool(delete_source),
            }
        )
        logger.info("forgot recording %s: %d rows", rid[:16], sum(removed.values()))
        if delete_source and uri:
            result.sources_deleted += _delete_source(uri, s3_endpoint_url)
    rebuild_corpus(datasets, s3_endpoint_url)
    sink.append("erasures", erased_at.strftime("%Y%m%dT%H%M%S%f"), pa.Table.from_pylist(audit, schema=APPEND_TABLES["erasures"]))
    return result


def _delete_source(uri: str, endpoint_url: str | None) -> list[str]:
    return [uri] if storage.delete_source(uri, endpoint_url) else []
