"""The event bridge: S3 uploads -> Prefect events (``verbatim.recording.uploaded``).

Two sources, one output:
- **queue** (AWS, and the local stack): long-polls an SQS queue fed by the bucket's
  ``ObjectCreated`` notifications; a message is deleted only after its events were sent,
  so a crash re-delivers it (at least once). Bodies that are not S3 notifications are left
  alone and reach the dead-letter queue through the queue's redrive policy.
- **poll** (S3 servers without notifications): lists the inbox every few seconds and sends
  an event for each key whose ETag it has not sent before.

On start, both reconcile: every inbox object not yet in the ``recordings`` or ``failures``
datasets under its current ETag gets an event, so uploads made while nothing was
listening (or lost with a killed queue) are processed. Duplicates are harmless: the flow
skips an object whose (uri, ETag) it already processed.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from tasks.s3_events import Upload, event_payload, parse_message

log = logging.getLogger("verbatim.bridge")


@dataclass(frozen=True)
class BridgeConfig:
    bucket: str
    prefix: str  # inbox prefix, e.g. "inbox/"
    datasets: str
    endpoint_url: str | None = None
    queue_url: str | None = None  # None: poll mode
    poll_interval_s: float = 5.0


def processed_versions(datasets: str, endpoint_url: str | None) -> set[tuple[str, str]]:
    """(uri, etag) pairs already processed or quarantined, from the datasets."""
    from tasks.storage import DatasetSink

    sink = DatasetSink(datasets, endpoint_url)
    seen = set(sink.recorded_versions())
    failures = sink.read("failures")  # quarantined for good; transient failures get another try
    if failures is not None:
        seen |= {(f["source_uri"], f["source_etag"]) for f in failures.to_pylist() if not f.get("retryable")}
    return {(u, e) for u, e in seen if e}


class Bridge:
    def __init__(self, config: BridgeConfig, emit=None) -> None:
        import boto3

        self.config = config
        self.s3 = boto3.client("s3", endpoint_url=config.endpoint_url)
        self.sqs = boto3.client("sqs", endpoint_url=config.endpoint_url) if config.queue_url else None
        self._emit = emit or _emit_prefect_event
        self.sent: dict[str, str] = {}  # uri -> last ETag sent (poll mode and reconcile)
        self.events_sent = 0

    def send(self, upload: Upload) -> None:
        try:
            head = self.s3.head_object(Bucket=upload.bucket, Key=upload.key)
            metadata = {k.lower(): v for k, v in head.get("Metadata", {}).items()}
        except Exception as exc:  # gone already (late event for a deleted object): nothing to process
            log.warning("skipping %s: %s", upload.uri, exc)
            return
        self._emit(**event_payload(upload, metadata))
        self.sent[upload.uri] = upload.etag
        self.events_sent += 1
        log.info("event sent for %s (etag %s)", upload.uri, upload.etag)

    def reconcile(self) -> int:
        """Send events for inbox objects not yet processed under their current ETag."""
        done = processed_versions(self.config.datasets, self.config.endpoint_url)
        count = 0
        for upload in self._list_inbox():
            if (upload.uri, upload.etag) not in done and self.sent.get(upload.uri) != upload.etag:
                self.send(upload)
                count += 1
        return count

    def _list_inbox(self) -> list[Upload]:
        out = []
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.config.bucket, Prefix=self.config.prefix)
        for page in pages:
            for o in page.get("Contents", []):
                if not o["Key"].endswith("/"):
                    out.append(Upload(self.config.bucket, o["Key"], int(o["Size"]), o["ETag"].strip('"'), "",
                                      "ObjectCreated:Poll", o["LastModified"].isoformat()))
        return out

    def poll_queue_once(self, wait_s: int = 2) -> int:
        """Receive up to 10 messages, send their events, delete them; returns events sent."""
        resp = self.sqs.receive_message(QueueUrl=self.config.queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=wait_s)
        sent = 0
        for msg in resp.get("Messages", []):
            try:
                uploads = parse_message(msg["Body"], self.config.prefix)
            except (ValueError, KeyError, TypeError) as exc:
                log.error("not an S3 notification, left for the dead-letter queue: %s (%s)", msg["Body"][:200], exc)
                continue
            for upload in uploads:
                self.send(upload)
                sent += 1
            self.sqs.delete_message(QueueUrl=self.config.queue_url, ReceiptHandle=msg["ReceiptHandle"])
        return sent

    def run(self, stop: threading.Event) -> None:
        """Reconcile, then follow the queue (or poll the inbox) until ``stop`` is set."""
        self._guard(self.reconcile)
        while not stop.is_set():
            if self.sqs is not None:
                self._guard(self.poll_queue_once)
            else:
                self._guard(self._poll_inbox_once)
                stop.wait(self.config.poll_interval_s)

    def _poll_inbox_once(self) -> None:
        for upload in self._list_inbox():
            if self.sent.get(upload.uri) != upload.etag:
                self.send(upload)

    def _guard(self, fn) -> None:
        try:
            fn()
        except Exception as exc:  # the S3 server or the Prefect API restarting: try again shortly
            log.warning("bridge: %s (%s); retrying", exc.__class__.__name__, exc)
            time.sleep(1.0)


def _emit_prefect_event(event: str, resource: dict, payload: dict) -> None:
    from prefect.events import emit_event

    if emit_event(event=event, resource=resource, payload=payload) is None:
        raise RuntimeError("Prefect did not accept the event (is PREFECT_API_URL set?)")
