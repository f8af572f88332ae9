"""``verbatim speakers``: list a recording's speakers, and correct them (a name, a role, one voice
split in two) for ``verbatim reanalyze`` to apply (tasks/corrections.py, flows/reanalyze.py).

A correction is a row of ``speaker_corrections`` (one file per command, never content): the
recording, the label, and what to change. Nothing else is touched until ``reanalyze`` runs.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone

import pyarrow as pa

from verbatim.schemas.tables import APPEND_TABLES
from verbatim.tasks import corrections, storage
from verbatim.tasks.errors import InputError, VerbatimError


def _recording(sink: storage.DatasetSink, datasets: str, recording_id: str | None, source: str | None) -> dict:
    recordings = sink.read("recordings")
    rows = [] if recordings is None else recordings.select(["recording_id", "source_uri"]).to_pylist()
    if recording_id:
        found = [r for r in rows if r["recording_id"] == recording_id]
        what = f"--recording-id {recording_id}"
    else:
        uri = storage.source_uri(source or "")
        found = [r for r in rows if r["source_uri"] == uri]
        what = f"--source {source}"
    if not found:
        raise InputError(what, f"is not a recording in {datasets}", f"see: verbatim speakers list {datasets}")
    return found[0]


def set_speaker(
    datasets: str,
    speaker: str,
    recording_id: str | None = None,
    source: str | None = None,
    name: str | None = None,
    role: str | None = None,
    merge_into: str | None = None,
    endpoint_url: str | None = None,
) -> int:
    if not (name or role or merge_into):
        print("error: verbatim speakers set: nothing to change: give --name, --role or --merge-into", file=sys.stderr)
        return 2
    try:
        sink = storage.DatasetSink(datasets, endpoint_url)
        recording = _recording(sink, datasets, recording_id, source)
        rid = recording["recording_id"]
        table = sink.read_recording("speakers", rid)
        labels = [] if table is None else sorted(table.column("speaker").to_pylist())
        corrections.check(labels, speaker, role, merge_into, storage.display_name(recording["source_uri"]))
        now = datetime.now(timezone.utc)
        row = {"recording_id": rid, "speaker": speaker, "name": name, "role": role, "merge_into": merge_into, "corrected_at": now}
        sink.append(
            "speaker_corrections",
            now.strftime("%Y%m%dT%H%M%S%f"),
            pa.Table.from_pylist([row], schema=APPEND_TABLES["speaker_corrections"]),
        )
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    said = ", ".join(f"{k} {v}" for k, v in (("name", name), ("role", role), ("merged into", merge_into)) if v)
    print(f"Recorded for {speaker} of {storage.display_name(recording['source_uri'])}: {said}.")
    print(f"Apply it with: verbatim reanalyze {datasets} --recording-id {rid}")
    return 0


def list_speakers(
    datasets: str, recording_id: str | None = None, source: str | None = None, endpoint_url: str | None = None
) -> int:
    try:
        sink = storage.DatasetSink(datasets, endpoint_url)
        speakers = sink.read("speakers")
        recordings = sink.read("recordings")
        if recording_id or source:
            wanted = {_recording(sink, datasets, recording_id, source)["recording_id"]}
        else:
            wanted = None
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if speakers is None or recordings is None:
        print(f"error: {datasets}: no processed recordings: run verbatim process FILE... --out {datasets}", file=sys.stderr)
        return 2
    names = dict(zip(recordings.column("recording_id").to_pylist(), recordings.column("source_uri").to_pylist()))
    print(f"{'recording':<28} {'id':<12}  {'speaker':<11} {'role':<12} {'source':<10} {'share':>6}  name")
    for s in sorted(speakers.to_pylist(), key=lambda s: (storage.display_name(names.get(s["recording_id"], "")), s["speaker"])):
        if wanted is not None and s["recording_id"] not in wanted:
            continue
        name = s.get("name") or s.get("voice_name") or ""
        print(
            f"{storage.display_name(names.get(s['recording_id'], ''))[:28]:<28} {s['recording_id'][:12]:<12}  {s['speaker']:<11} "
            f"{s['role']:<12} {s.get('role_source') or '':<10} {s['share_of_talk']:>6.0%}  {name}"
        )
    return 0
