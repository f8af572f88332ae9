"""A warm worker: the stack's deployments run in one long-lived process whose models stay loaded.

    python -m verbatim.flows.worker [--register --datasets DEST]   (verbatim up starts these)
    verbatim worker            (one more, for the local stack or any $PREFECT_API_URL)

Why not Prefect's runner (``serve``) or a process work pool: both start a new Python process
for every flow run, by design, and each such process imports torch and loads the models again:
on this 2-core machine a burst of uploads cost about 34 s each that way, several times the work
of a 30 s interview. Prefect's background task workers keep a warm process, but each upload
still starts a flow-run process and the stages leave the flow run's graph in the UI.

What Prefect does here: the deployments (``process-recording/on-upload``, triggered by the
upload event; ``build-themes/hourly`` on its cron), the queue (their Scheduled runs on the
Prefect server), the claim (a run's Scheduled -> Pending transition, which the server grants
once: the orchestration rule that lets Prefect's own runners and workers share a deployment),
and the execution (Prefect's flow engine, in this process: the run named after the file, its
stage tasks with timings, logs and artifacts show in the UI as before). What is ours: the loop,
and loading the models before the first claim.

Any number of workers, on this machine or others, share the work through the Prefect server
alone: each claims one run at a time, oldest first, and tags it ``worker:NAME``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import socket
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast
from uuid import UUID

from prefect import Flow, get_client
from prefect.exceptions import Abort, ObjectNotFound, TerminationSignal
from prefect.flow_engine import run_flow
from prefect.logging import get_logger
from prefect.states import Crashed, Failed, Pending, Scheduled, State
from prefect.utilities.engine import propose_state_sync
from verbatim.flows import lifeline
from verbatim.flows.deployments import DEPLOYMENT_NAMES, deployments
from verbatim.flows.process import process_recording
from verbatim.flows.themes import build_themes
from verbatim.tasks.errors import ConfigError
from verbatim.tasks.settings import Settings
from verbatim.tasks.warm import warm_models

POLL_S = 0.5  # between looks at the queue when it is empty: a Prefect API call on loopback costs ~5 ms
API_RETRY_S = 3.0  # after a failed look: the Prefect API restarting or briefly unreachable
FLOWS: dict[str, Flow[..., Any]] = {"process-recording": process_recording, "build-themes": build_themes}

log = get_logger("verbatim.worker")


class Worker:
    """Claims the deployments' due runs one at a time and runs each in this process."""

    def __init__(self, deployment_ids: list[UUID], name: str) -> None:
        self.deployment_ids, self.name = deployment_ids, name
        self.stop = threading.Event()

    def next_run(self, client):
        """Claim the oldest due run of our deployments; None when there is none (or others took them)."""
        due = client.get_scheduled_flow_runs_for_deployments(
            self.deployment_ids, scheduled_before=datetime.now(timezone.utc) + timedelta(seconds=1), limit=20
        )
        for run in sorted(due, key=lambda r: (r.next_scheduled_start_time or r.expected_start_time or r.created, str(r.id))):
            try:
                state = propose_state_sync(client, Pending(), flow_run_id=run.id)
            except (Abort, Exception) as exc:  # Abort (a BaseException): another worker claimed it first
                log.debug("run %s not claimed: %s", run.id, exc)
                continue
            if not state.is_pending():
                continue
            try:
                # The tag is part of the claim: it says who took the run (the UI, and `verbatim up`
                # finds a dead worker's runs by it).
                client.update_flow_run(run.id, tags=sorted({*run.tags, f"worker:{self.name}"}))
                return client.read_flow_run(run.id)
            except Exception as exc:
                log.warning("run %s: claimed but could not be tagged or read (%s); handing it back", run.id, exc)
                _force_state(client, run.id, Scheduled())  # back in the queue, for this or another worker
        return None

    def execute(self, client, flow_run) -> None:
        started = time.perf_counter()
        try:
            flow = FLOWS.get(_flow_name(client, flow_run))
            if flow is None:  # claimed, so say why it will not run rather than leave it Pending
                message = f"this worker runs {', '.join(FLOWS)} only; deployment {flow_run.deployment_id} is another flow"
                _force_state(client, flow_run.id, Failed(message=message))
                log.error("run %s: %s", flow_run.id, message)
                return
            # Prefect's engine, in this thread: it moves the run to Running, creates the stage task
            # runs, sends logs, and turns a raised error into a Failed state (returned, not raised).
            # (A sync flow with return_type="state" returns its State; Prefect annotates every mode at once.)
            state = cast(State, run_flow(flow, flow_run=flow_run, return_type="state"))
        except (TerminationSignal, KeyboardInterrupt, SystemExit):  # the worker is stopping: take no more work
            self.stop.set()
            raise
        except BaseException as exc:
            # Not the recording's doing (an API error around the run, an Abort for a run cancelled
            # after the claim): Crashed, with no failures row, so the reconcile sends the upload
            # again; this worker goes on with the next run.
            log.error("run %s: %s: %s", flow_run.id, exc.__class__.__name__, exc)
            _force_state(client, flow_run.id, Crashed(message=f"the worker could not run it: {exc.__class__.__name__}: {exc}"))
            return
        log.info("%s: %s in %.1f s", flow_run.name, state.type.value, time.perf_counter() - started)

    def serve(self, ready_file: Path | None = None) -> None:
        with get_client(sync_client=True) as client:
            if ready_file is not None:
                ready_file.touch()
            log.info("worker %s polling %d deployment(s)", self.name, len(self.deployment_ids))
            while not self.stop.is_set():
                try:
                    run = self.next_run(client)
                except Exception as exc:  # the API restarting or unreachable for a moment: look again shortly
                    log.warning("could not read the queue (%s: %s); retrying", exc.__class__.__name__, exc)
                    self.stop.wait(API_RETRY_S)
                    continue
                if run is None:
                    self.stop.wait(POLL_S)
                    continue
                self.execute(client, run)


def _force_state(client, run_id: UUID, state) -> None:
    """Set a claimed run's state; if the API refuses too, say so (the next start crashes what is left)."""
    try:
        client.set_flow_run_state(run_id, state, force=True)
    except Exception as exc:
        log.error("run %s: could not set it %s (%s); it stays as it is until the next start", run_id, state.type.value, exc)


_FLOW_NAME_CACHE: dict[UUID, str] = {}


def _flow_name(client, flow_run) -> str:
    """The flow a run belongs to (``process-recording`` or ``build-themes``), by its flow id."""
    if flow_run.flow_id not in _FLOW_NAME_CACHE:
        _FLOW_NAME_CACHE[flow_run.flow_id] = client.read_flow(flow_run.flow_id).name
    return _FLOW_NAME_CACHE[flow_run.flow_id]


def deployment_ids(names: tuple[str, ...]) -> list[UUID]:
    """The ids of the deployments a worker takes runs from, which must exist already."""
    ids = []
    with get_client(sync_client=True) as client:
        for name in names:
            try:
                ids.append(client.read_deployment_by_name(name).id)
            except ObjectNotFound:
                raise ConfigError(
                    f"deployment {name}",
                    "is not registered on this Prefect API",
                    "start `verbatim up` (or `python -m verbatim.flows.worker --register`) first",
                ) from None
    return ids


def deployed_settings(client) -> Settings:
    """The settings the upload runs will use: the on-upload deployment's parameters (a worker that
    joins later warms what the runs need, not what its own environment says)."""
    deployment = client.read_deployment_by_name(DEPLOYMENT_NAMES[0])
    given = deployment.parameters.get("settings") or {}
    unknown = sorted(set(given) - {f.name for f in dataclasses.fields(Settings)})
    if unknown:
        raise ConfigError(
            f"deployment {DEPLOYMENT_NAMES[0]}",
            f"has settings this version does not know: {', '.join(unknown)}",
            "register it again with this version (restart verbatim up, or run the worker with --register)",
        )
    return Settings(**given).validate()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--register", action="store_true", help="create or update the deployments first (verbatim up's first worker does)"
    )
    parser.add_argument("--datasets", help="with --register: where the runs write (local folder or s3://...)")
    parser.add_argument("--s3-endpoint-url", help="with --register: the S3 endpoint (default: $AWS_ENDPOINT_URL)")
    parser.add_argument("--name", default=f"{socket.gethostname()}-{os.getpid()}", help="tag of the runs this worker takes")
    args = parser.parse_args(argv)
    lifeline.watch_stack()  # under `verbatim up`: exit with the stack
    if not os.environ.get("PREFECT_API_URL"):
        raise ConfigError(
            "PREFECT_API_URL",
            "is not set",
            "point it at the Prefect API the uploads go to (`verbatim env` prints the local stack's)",
        )
    if args.register:
        if not args.datasets:
            raise ConfigError("--register", "needs --datasets", "say where the runs write: a folder or s3://bucket/prefix")
        settings = Settings.from_env(s3_endpoint_url=args.s3_endpoint_url).validate()  # before any model loads
        for deployment in deployments(args.datasets, settings):
            deployment.apply()
    ids = deployment_ids(DEPLOYMENT_NAMES)
    with get_client(sync_client=True) as client:
        settings = deployed_settings(client)
    warmed = warm_models(settings)
    log.info("models warm: %s", ", ".join(f"{k} {v:.1f} s" for k, v in warmed.items()))
    worker = Worker(ids, args.name)

    def on_signal(signum, frame) -> None:
        # Between runs the loop just ends. Mid-run, SIGTERM reaches Prefect's engine's own handler
        # instead, which tries to end the run as Crashed and raises (a model call that does not
        # return in time is cut short by the stack's SIGKILL; the next start marks the run Crashed);
        # SIGINT lets the current run finish first.
        worker.stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    ready = os.environ.get(lifeline.READY_FILE_ENV)
    worker.serve(Path(ready) if ready else None)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
