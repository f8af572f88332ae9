"""Prefect flow ``forget-recording``: erase a recording from every table, on request or by age.

``verbatim forget DATASETS --source URI_OR_PATH`` (or ``--recording-id ID``, or ``--older-than
DAYS`` for a retention policy). For each recording:

1. its rows are counted table by table (the audit row holds counts, never content);
2. its files go from every per-recording table, ``recordings`` last;
3. its rows go from ``failures``, ``speaker_corrections`` and ``voices`` (each file rewritten
   without them);
4. the corpus tables (themes, theme_mentions, theme_segments) are rebuilt from the statements
   that remain (the ``build-themes`` flow: theme ids of the others are kept);
5. an ``erasures`` row records the recording id, when, and how many rows each table lost;
6. with ``delete_source`` the recording itself (the local file or the S3 object) is deleted,
   once everything else is done.

All or nothing (``tasks/erasure_journal.py``): every file removed or rewritten in 2-5 is kept
aside first; a failure puts them all back, and a forget killed outright is rolled back by the
next one before it starts. Running it twice is harmless: the second finds nothing.
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
from verbatim.tasks import erasure_journal, storage
from verbatim.tasks.errors import InputError

# recordings last: a recording listed there is not yet forgotten (see the module's docstring)
FORGET_ORDER = (*[t for t in RECORDING_TABLES if t != "recordings"], "recordings")
THEME_TABLES = ("themes", "theme_mentions", "theme_segments")  # rebuilt without the recording


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
    with erasure_journal.lock(sink):
        for name, changed_since in erasure_journal.recover(sink):
            logger.warning("an earlier forget was cut short (%s): its changes were undone", name)
            for path in changed_since:
                logger.warning("  %s was written again since it cut short: left as it is now", path)
        targets = _targets(sink, source, recording_id, older_than_days)
        result = ForgetResult(datasets)
        if not targets:
            logger.info("nothing to forget in %s (already forgotten, or never processed)", datasets)
            if source and delete_source:
                result.sources_deleted += _delete_source(source, s3_endpoint_url)
            return result
        journal = erasure_journal.Journal(sink)
        try:
            _erase(sink, journal, targets, result, delete_source)
        except BaseException as exc:
            _undo(journal, datasets, exc)
            raise
        journal.commit()
    for rid in result.recording_ids:
        logger.info("forgot recording %s", rid[:16])
    # A source is deleted only once its rows are gone for good: a file cannot be put back.
    if delete_source:
        for uri in sorted({uri for _, uri in targets if uri}):
            result.sources_deleted += _delete_source(uri, s3_endpoint_url)
    return result


def _erase(
    sink: storage.DatasetSink,
    journal: erasure_journal.Journal,
    targets: list[tuple[str, str]],
    result: ForgetResult,
    delete_source: bool,
) -> None:
    """Steps 1-5 of the module's docstring, every file change through ``journal``."""
    erased_at = datetime.now(timezone.utc)
    audit = []
    for rid, uri in targets:
        removed = {t: _count(sink, t, rid) for t in FORGET_ORDER}
        for table in FORGET_ORDER:
            journal.remove(sink.location(table, rid))
        removed["failures"] = (
            sink.drop_rows("failures", pc.field("source_uri") == uri, journal.keep, journal.written) if uri else 0
        )
        # the analysts' corrections name its speakers: they go with it
        removed["speaker_corrections"] = sink.drop_rows(
            "speaker_corrections", pc.field("recording_id") == rid, journal.keep, journal.written
        )
        # A voice is biometric data: the anonymous voices first heard here go too (enrolled ones,
        # with no first recording, stay).
        removed["voices"] = sink.drop_rows("voices", pc.field("first_recording_id").isin([rid]), journal.keep, journal.written)
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
    theme_files = []  # what the rebuild may replace (its part-0) or leave
    for table in THEME_TABLES:
        parts, rebuilt = sink.parts(table), f"{sink.table_root(table)}/part-0.parquet"
        for part in parts:
            journal.keep(part)
        if rebuilt not in parts:
            journal.created(rebuilt)
        theme_files += sorted({*parts, rebuilt})
    rebuild_corpus(sink.dest, sink.endpoint_url)
    for part in theme_files:
        journal.written(part)
    erasure = sink.append_location("erasures", erased_at.strftime("%Y%m%dT%H%M%S%f"))
    journal.created(erasure)
    sink.put(erasure, pa.Table.from_pylist(audit, schema=APPEND_TABLES["erasures"]))
    journal.written(erasure)


def _undo(journal: erasure_journal.Journal, datasets: str, exc: BaseException) -> None:
    """All or nothing: every file removed or rewritten so far goes back as it was; an error is
    then one line that says so (Ctrl-C and the like stay as they are)."""
    try:
        journal.rollback()  # in the same run, under the lock: nothing else wrote meanwhile
    except Exception as failed:
        raise InputError(
            f"verbatim forget {datasets}",
            f"stopped by {_said(exc)}, and putting its files back failed too ({_said(failed)})",
            f"mend that, then run verbatim forget {datasets} again: it first puts back what this one removed",
        ) from exc
    if isinstance(exc, Exception):
        raise InputError(
            f"verbatim forget {datasets}",
            f"stopped by {_said(exc)}; nothing was removed, the datasets are as they were",
            "mend or move away what the message names (a damaged file, a full disk, storage permissions), then run it again",
        ) from exc


def _said(exc: BaseException) -> str:
    first = str(exc).splitlines()[0][:300] if str(exc) else "no message"
    return f"{exc.__class__.__name__}: {first}"


def _delete_source(uri: str, endpoint_url: str | None) -> list[str]:
    return [uri] if storage.delete_source(uri, endpoint_url) else []
