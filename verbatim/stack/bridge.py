"""The event bridge: S3 uploads -> Prefect events (``verbatim.recording.uploaded``).

Two sources, one output:
- **queue** (AWS, and the local stack): long-polls an SQS queue fed by the bucket's
  ``ObjectCreated`` notifications; a message is deleted only after its events were sent,
  so a crash re-delivers it (at least once). Bodies that are not S3 notifications are left
  alone and reach the dead-letter queue through the queue's redrive policy.
- **poll** (S3 servers without notifications): lists the inbox every few seconds and sends
  an event for each key whose ETag it has not sent before.

On start, and every few minutes while running, both reconcile: every inbox object not yet in the ``recordings`` or ``failures``
datasets under its current ETag gets an event, so uploads made while nothing was
listening (or lost with a killed queue) are processed. Duplicates are harmless: the flow
skips an object whose (uri, ETag) it already processed.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from verbatim.tasks.s3_events import Upload, event_payload, parse_message

log = logging.getLogger("verbatim.stack.bridge")


@dataclass(frozen=True)
class BridgeConfig:
    bucket: str
    prefix: str  # inbox prefix, e.g. "inbox/"
    datasets: str
    endpoint_url: str | None = None
    queue_url: str | None = None  # None: poll mode
    poll_interval_s: float = 5.0
    reconcile_every_s: float = 180.0  # while running too, not only at start: recovers any lost event
    resend_after_s: float = 1800.0  # an unprocessed upload whose event is this old gets a new one


def processed_versions(datasets: str, endpoint_url: str | None) -> set[tuple[str, str]]:
    """(uri, etag) pairs already processed or quarantined, from the datasets."""
    from verbatim.tasks.storage import DatasetSink

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
        self.sent_at: dict[tuple[str, str], float] = {}  # (uri, etag) -> when its event was sent
        self.events_sent = 0

    def send(self, upload: Upload) -> None:
        """Emit the upload's event. Only a missing object is skipped; any other error (throttling,
        a connection reset, the API down) is raised, so the caller keeps the message for redelivery."""
        from botocore.exceptions import ClientError

        from verbatim.tasks.storage import MISSING_OBJECT_CODES, s3_error_code

        try:
            head = self.s3.head_object(Bucket=upload.bucket, Key=upload.key)
        except ClientError as exc:
            if s3_error_code(exc) in MISSING_OBJECT_CODES:
                log.warning("skipping %s: the object is gone (deleted after its upload)", upload.uri)
                return
            raise
        metadata = {k.lower(): v for k, v in head.get("Metadata", {}).items()}
        self._emit(**event_payload(upload, metadata))
        self.sent[upload.uri] = upload.etag
        self.sent_at[(upload.uri, upload.etag)] = time.monotonic()
        self.events_sent += 1
        log.info("event sent for %s (etag %s)", upload.uri, upload.etag)

    def reconcile(self) -> int:
        """Send events for inbox objects not yet processed under their current ETag.

        An event this bridge sent is sent again once ``resend_after_s`` has passed without a
        result (lost between the bridge and the flow run); sooner, it is taken to be queued.
        """
        done = processed_versions(self.config.datasets, self.config.endpoint_url)
        count = 0
        now = time.monotonic()
        for upload in self._list_inbox():
            sent_at = self.sent_at.get((upload.uri, upload.etag))
            if (upload.uri, upload.etag) not in done and (sent_at is None or now - sent_at > self.config.resend_after_s):
                self.send(upload)
                count += 1
        return count

    def _list_inbox(self) -> list[Upload]:
        out = []
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.config.bucket, Prefix=self.config.prefix)
        for page in pages:
            for o in page.get("Contents", []):
                if not o["Key"].endswith("/"):
                    out.append(
                        Upload(
                            self.config.bucket,
                            o["Key"],
                            int(o["Size"]),
                            o["ETag"].strip('"'),
                            "",
                            "ObjectCreated:Poll",
                            o["LastModified"].isoformat(),
                        )
                    )
        return out

    def poll_queue_once(self, wait_s: int = 2) -> int:
        """Receive up to 10 messages, send their events, delete them; returns events sent."""
        sqs = self.sqs
        assert sqs is not None, "no queue to poll (BridgeConfig.queue_url)"  # run() polls the inbox then
        resp = sqs.receive_message(QueueUrl=self.config.queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=wait_s)
        sent = 0
        for msg in resp.get("Messages", []):
            try:
                uploads = parse_message(msg["Body"], self.config.prefix)
            except (ValueError, KeyError, TypeError) as exc:
                log.error("not an S3 notification, left for the dead-letter queue: %s (%s)", msg["Body"][:200], exc)
                continue
            try:
                for upload in uploads:
                    self.send(upload)
                    sent += 1
            except Exception as exc:  # kept on the queue: redelivered after its visibility timeout
                log.warning(
                    "event not sent for %s (%s: %s); the message stays on the queue for redelivery",
                    [u.uri for u in uploads],
                    exc.__class__.__name__,
                    exc,
                )
                continue
            sqs.delete_message(QueueUrl=self.config.queue_url, ReceiptHandle=msg["ReceiptHandle"])
        return sent

    def run(self, stop: threading.Event) -> None:
        """Reconcile, then follow the queue (or poll the inbox) until ``stop`` is set."""
        self._guard(self.reconcile)
        last_reconcile = time.monotonic()
        while not stop.is_set():
            if time.monotonic() - last_reconcile >= self.config.reconcile_every_s:
                self._guard(self.reconcile)
                last_reconcile = time.monotonic()
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
