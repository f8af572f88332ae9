"""``verbatim status``: recent runs (from the Prefect API) and quarantined uploads (failures dataset)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from verbatim.tasks.errors import ConfigError


def stack_info(home: Path) -> dict:
    path = home / "stack.json"
    if not path.exists():
        raise ConfigError(str(path), "not found: the stack is not running", "start it with: uv run verbatim up")
    return json.loads(path.read_text())


async def recent_runs(api: str, limit: int) -> list[dict]:
    os.environ["PREFECT_API_URL"] = api
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    async with get_client() as client:
        runs = await client.read_flow_runs(limit=limit, sort=FlowRunSort.START_TIME_DESC)
    return [
        {
            "name": r.name,
            "state": r.state_name,
            "start": r.start_time.strftime("%Y-%m-%d %H:%M:%S") if r.start_time else "",
            "seconds": round(r.total_run_time.total_seconds(), 1),
            "message": (r.state.message or "")[:100] if r.state else "",
        }
        for r in runs
    ]


def open_failures(failures: list[dict], processed: set[tuple[str, str]]) -> list[dict]:
    """Failures still standing, newest first: a failure of an object version that was later
    processed (a retryable "S3 unreachable" during a restart, then a success) is over."""
    standing = [f for f in failures if (f["source_uri"], f["source_etag"]) not in processed]
    return sorted(standing, key=lambda f: f["failed_at"], reverse=True)


def main(home: Path, limit: int = 20) -> int:
    try:
        info = stack_info(home)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    runs = asyncio.run(recent_runs(info["prefect_api"], limit))
    print(f"Prefect UI: {info['prefect_ui']}    inbox: {info['inbox']}    datasets: {info['datasets']}\n")
    print(f"Recent runs ({len(runs)}):")
    for r in runs:
        print(f"  {r['state']:<10} {r['start']:<20} {r['seconds']:>7.1f}s  {r['name']}  {r['message']}")
    from verbatim.tasks.storage import DatasetSink

    sink = DatasetSink(info["datasets"])
    failures = sink.read("failures")
    rows = open_failures(failures.to_pylist() if failures is not None else [], set(sink.recorded_versions()))
    print(f"\nQuarantined uploads ({len(rows)}; the objects stay in the inbox):")
    for f in rows[:limit]:
        print(f"  {f['failed_at']:%Y-%m-%d %H:%M:%S}  {f['source_uri']}  [{f['stage']}] {f['reason']}")
    return 0
