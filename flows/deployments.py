"""The deployments of the upload-triggered stack, registered and run by the warm worker
(``flows/worker.py``, started by ``verbatim up`` or by hand):

- ``process-recording/on-upload``: started by a trigger on each ``verbatim.recording.uploaded``
  event, with the object's URI and ETag as parameters. A burst of uploads queues as Scheduled
  runs; each warm worker takes one at a time, so the workers are the model slots (no Prefect
  concurrency limit: acquiring one cost about 2 s per run, a quarter of a 30 s interview's work).
- ``build-themes/hourly``: rebuilds the corpus themes every hour.

The same flows deploy to Kubernetes or ECS work pools with ``infra/prefect.yaml``.
"""

from __future__ import annotations

import dataclasses

from prefect.events import DeploymentEventTrigger
from verbatim.flows.process import process_recording
from verbatim.flows.themes import build_themes
from verbatim.tasks.s3_events import UPLOADED_EVENT
from verbatim.tasks.settings import Settings

DEPLOYMENT_NAMES = ("process-recording/on-upload", "build-themes/hourly")


def deployments(datasets: str, settings: Settings):
    on_upload = process_recording.to_deployment(
        name="on-upload",
        description="Processes each recording uploaded to the inbox (triggered by verbatim.recording.uploaded).",
        # No S3 endpoint in the parameters: each run reads it from its worker's environment
        # (AWS_ENDPOINT_URL), so runs queued before a restart do not carry a stale address.
        parameters={
            "out": datasets,
            "settings": dataclasses.asdict(settings) | {"s3_endpoint_url": None},
            "skip_if_processed": True,
        },
        triggers=[
            DeploymentEventTrigger(
                name="recording uploaded",
                expect={UPLOADED_EVENT},
                match={"prefect.resource.id": "s3://*"},
                parameters={"uri": "{{ event.resource.id }}", "etag": "{{ event.payload.etag }}"},
            )
        ],
        tags=["verbatim", "on-upload"],
    )
    themes = build_themes.to_deployment(
        name="hourly",
        cron="0 * * * *",
        parameters={"datasets": datasets},
        tags=["verbatim"],
    )
    return on_upload, themes
