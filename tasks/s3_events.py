"""S3 event notifications -> upload events (pure, no I/O).

AWS (and moto) deliver bucket notifications to SQS as JSON with ``Records``; keys are
URL-encoded with '+' for spaces. The first message on a new notification configuration
is an ``s3:TestEvent`` with no records. Events may repeat, arrive late or out of order:
consumers must be idempotent (the flow checks the object's ETag against what it already
processed), so this module only parses and filters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import unquote_plus

UPLOADED_EVENT = "verbatim.recording.uploaded"


@dataclass(frozen=True)
class Upload:
    bucket: str
    key: str  # decoded, literal S3 key
    size: int
    etag: str
    sequencer: str
    event_name: str
    event_time: str

    @property
    def uri(self) -> str:
        return f"s3://{self.bucket}/{self.key}"


def parse_message(body: str, prefix: str = "") -> list[Upload]:
    """Uploads in one SQS message body (S3 notification JSON, or SNS-wrapped), under ``prefix``.

    Test events, deletions and keys outside ``prefix`` (e.g. the datasets) give nothing;
    a body that is not an S3 notification raises ``ValueError``.
    """
    doc = json.loads(body)
    if isinstance(doc, dict) and doc.get("Type") == "Notification" and "Message" in doc:  # via SNS
        doc = json.loads(doc["Message"])
    if not isinstance(doc, dict):
        raise ValueError("not an S3 event notification")
    if doc.get("Event") == "s3:TestEvent":
        return []
    if "Records" not in doc:
        raise ValueError("not an S3 event notification (no Records)")
    out = []
    for record in doc["Records"]:
        name = record.get("eventName", "")
        if not name.startswith("ObjectCreated:"):
            continue
        s3 = record["s3"]
        key = unquote_plus(s3["object"]["key"])
        if not key.startswith(prefix) or key.endswith("/"):
            continue
        out.append(
            Upload(
                bucket=s3["bucket"]["name"],
                key=key,
                size=int(s3["object"].get("size", 0)),
                etag=s3["object"].get("eTag", "").strip('"'),
                sequencer=s3["object"].get("sequencer", ""),
                event_name=name,
                event_time=record.get("eventTime", ""),
            )
        )
    return out


def event_payload(upload: Upload, metadata: dict[str, str]) -> dict:
    """The Prefect event's resource and payload for one upload (metadata: x-amz-meta-*)."""
    resource = {
        "prefect.resource.id": upload.uri,
        "prefect.resource.name": upload.key.rsplit("/", 1)[-1],
        "verbatim.bucket": upload.bucket,
        "verbatim.key": upload.key,
        "verbatim.etag": upload.etag,
    }
    payload = {
        "size": upload.size,
        "etag": upload.etag,
        "sequencer": upload.sequencer,
        "s3_event": upload.event_name,
        "event_time": upload.event_time,
        "metadata": metadata,
    }
    return {"event": UPLOADED_EVENT, "resource": resource, "payload": payload}
