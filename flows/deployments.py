"""Serve the deployments of the upload-triggered stack (run by ``verbatim up``, or by hand).

    python -m verbatim.flows.deployments --datasets DEST [--gpu-slots 1] [--s3-endpoint-url URL]

- ``process-recording/on-upload``: started by a trigger on each ``verbatim.recording.uploaded``
  event, with the object's URI and ETag as parameters. Runs queue behind the global
  concurrency limit ``gpu`` (``--gpu-slots`` slots), so a burst of uploads waits instead
  of loading the models twenty times.
- ``build-themes/hourly``: rebuilds the corpus themes every hour.

The same flows deploy to Kubernetes or ECS work pools with ``infra/prefect.yaml``.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses

from prefect import serve
from prefect.events import DeploymentEventTrigger

from verbatim.flows import lifeline
from verbatim.flows.process import GPU_LIMIT, process_recording
from verbatim.flows.themes import build_themes
from verbatim.tasks.s3_events import UPLOADED_EVENT
from verbatim.tasks.settings import Settings


async def ensure_gpu_limit(slots: int) -> None:
    """Create or resize the global concurrency limit that guards the models, all slots free.

    Called before this runner serves anything, when no run of the stack can be alive (a
    restart marks the old ones Crashed): a run killed with its slot taken (``kill -9`` of
    ``verbatim up``) never gave it back, and with ``slot_decay_per_second`` 0 every later run
    would wait for that slot forever.
    """
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate

    async with get_client() as client:
        try:
            await client.read_global_concurrency_limit_by_name(GPU_LIMIT)
            await client.update_global_concurrency_limit(GPU_LIMIT, GlobalConcurrencyLimitUpdate(limit=slots, active=True, active_slots=0))
        except Exception:
            await client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=GPU_LIMIT, limit=slots))


def deployments(datasets: str, settings: Settings):
    on_upload = process_recording.to_deployment(
        name="on-upload",
        description="Processes each recording uploaded to the inbox (triggered by verbatim.recording.uploaded).",
        # No S3 endpoint in the parameters: each run reads it from its worker's environment
        # (AWS_ENDPOINT_URL), so runs queued before a restart do not carry a stale address.
        parameters={"out": datasets, "settings": dataclasses.asdict(settings) | {"s3_endpoint_url": None},
                    "skip_if_processed": True,
                    "concurrency_limit": GPU_LIMIT},
        triggers=[DeploymentEventTrigger(
            name="recording uploaded",
            expect={UPLOADED_EVENT},
            match={"prefect.resource.id": "s3://*"},
            parameters={"uri": "{{ event.resource.id }}", "etag": "{{ event.payload.etag }}"},
        )],
        tags=["verbatim", "on-upload"],
    )
    themes = build_themes.to_deployment(
        name="hourly", cron="0 * * * *", parameters={"datasets": datasets},
        tags=["verbatim"],
    )
    return on_upload, themes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", required=True)
    parser.add_argument("--gpu-slots", type=int, default=1)
    parser.add_argument("--s3-endpoint-url")
    args = parser.parse_args(argv)
    lifeline.watch_stack()  # the runner exits with `verbatim up`, even if its SIGTERM handling fails
    settings = Settings.from_env(s3_endpoint_url=args.s3_endpoint_url).validate()
    asyncio.run(ensure_gpu_limit(args.gpu_slots))
    # The runner itself also caps the flow-run processes it starts: each loads the models.
    serve(*deployments(args.datasets, settings), limit=max(2, 2 * args.gpu_slots), print_starting_message=False,
          pause_on_shutdown=False)


if __name__ == "__main__":
    main()
