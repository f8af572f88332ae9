"""Durability for the local S3 server: moto's request journal, compacted and replayed.

moto's server keeps objects in memory only. With ``MOTO_ENABLE_RECORDING`` every request it
answers with success (headers, base64 body) is appended to a journal file *before* the answer
is sent (``s3_server.guard``), so anything an uploader was told is stored survives ``kill -9``. At the next start this module reads
the old journal, reduces it to the S3 state it describes (buckets, objects with their
metadata, deletions; multipart uploads joined into whole objects; SQS traffic and reads
dropped) and replays that state into the fresh server, which journals it anew.
Uploaders keep the real S3 API (aws cli, boto3, rclone) throughout.

Memory stays bounded by the largest object, not by what is stored or was ever uploaded: the
compacted state holds, per object, only where its bytes are in the journal (the byte offset of
each request line), and the replay reads one object at a time. The server spills every object
over ``KEY_BUFFER_BYTES`` to a temporary file (moto's ``MOTO_S3_DEFAULT_KEY_BUFFER_SIZE``), so
its own memory does not grow with the bytes stored either (``eval/store_scale.py`` measures both).
"""

from __future__ import annotations

import base64
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

log = logging.getLogger("verbatim.stack.s3_journal")

KEY_BUFFER_BYTES = 256 * 1024  # objects larger than this live in temporary files in the server, not in memory


@dataclass(frozen=True)
class BodyRef:
    """Where one request's body is: a journal file and the byte offset of its line."""

    path: Path
    offset: int
    chunked: bool  # sent with aws-chunked content encoding (undone when read)


@dataclass
class S3Object:
    parts: tuple[BodyRef, ...]  # one for a PUT, one per part for a multipart upload
    content_type: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class S3State:
    buckets: list[str] = field(default_factory=list)
    objects: dict[tuple[str, str], S3Object] = field(default_factory=dict)


def read_body(obj: S3Object) -> bytes:
    """An object's bytes, read back from the journal(s)."""
    out = bytearray()
    for ref in obj.parts:
        with ref.path.open("rb") as fh:
            fh.seek(ref.offset)
            body = _body(json.loads(fh.readline()))
        out += _undo_chunked(body) if ref.chunked else body
    return bytes(out)


def rotate(journal: Path) -> list[Path]:
    """Move the live journal aside for a fresh server; return the journals to compact, oldest first.

    Journals left by a start that died before its replay finished are kept and read first: the
    one the fresh server wrote then holds only part of the state, so replacing the older journal
    with it would lose objects.
    """
    older = sorted(journal.parent.glob(f"{journal.stem}.previous*.jsonl"), key=_generation)
    if journal.exists():
        target = journal.with_name(f"{journal.stem}.previous.{max(map(_generation, older), default=0) + 1}.jsonl")
        journal.replace(target)
        older.append(target)
    return older


def _generation(path: Path) -> int:
    tag = path.name.split(".")[-2]
    return int(tag) if tag.isdigit() else 0


def _entries(path: Path):
    """(byte offset, entry) per journal line; a line cut short by a kill is skipped (its request was never answered)."""
    if not path.exists():
        return
    with path.open("rb") as fh:
        while True:
            offset = fh.tell()
            line = fh.readline()
            if not line:
                return
            try:
                yield offset, json.loads(line)
            except json.JSONDecodeError:
                log.warning("skipping a truncated journal line in %s", path)


def _is_s3(entry: dict) -> bool:
    headers = {k.lower(): v for k, v in entry.get("headers", {}).items()}
    auth = headers.get("authorization", "")
    if "x-amz-target" in headers:  # JSON protocols (SQS, ...)
        return False
    return "/s3/aws4_request" in auth or (not auth and not urlsplit(entry["url"]).path.startswith("/moto-api"))


def _bucket_and_key(entry: dict) -> tuple[str, str]:
    parts = urlsplit(entry["url"])
    host = {k.lower(): v for k, v in entry["headers"].items()}.get("host", parts.netloc)
    path = parts.path
    labels = host.split(":")[0].split(".")
    if len(labels) > 1 and not re.fullmatch(r"[\d.]+", host.split(":")[0]) and labels[0] not in ("s3", "localhost"):
        return labels[0], unquote(path.lstrip("/"))  # virtual-hosted style
    bucket, _, key = path.lstrip("/").partition("/")
    return unquote(bucket), unquote(key)


def _body(entry: dict) -> bytes:
    body = entry.get("body") or b""
    if entry.get("body_encoded"):
        return base64.b64decode(body)
    return body.encode() if isinstance(body, str) else body


def _is_chunked(headers: dict[str, str]) -> bool:
    """Sent with aws-chunked content encoding (botocore may use it for checksummed uploads)."""
    return "aws-chunked" in headers.get("content-encoding", "") or "streaming" in headers.get("x-amz-content-sha256", "").lower()


def _undo_chunked(body: bytes) -> bytes:
    out, rest = bytearray(), body
    while rest:
        header, _, rest = rest.partition(b"\r\n")
        size = int(header.split(b";")[0], 16)
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2 :]
    return bytes(out)


def compact(paths: Path | list[Path]) -> S3State:
    """The S3 state one journal, or several read in order, describes."""
    state = S3State()
    uploads: dict[str, dict] = {}  # uploadId -> {"bucket","key","meta","ctype","parts"}
    for path, offset, entry in ((p, o, e) for p in ([paths] if isinstance(paths, Path) else paths) for o, e in _entries(p)):
        method = entry.get("method", "GET")
        if method in ("GET", "HEAD") or not _is_s3(entry):
            continue
        headers = {k.lower(): v for k, v in entry.get("headers", {}).items()}
        query = parse_qs(urlsplit(entry["url"]).query, keep_blank_values=True)
        bucket, key = _bucket_and_key(entry)
        if not bucket:
            continue
        meta = {k[len("x-amz-meta-") :]: v for k, v in headers.items() if k.startswith("x-amz-meta-")}
        ref = BodyRef(path, offset, _is_chunked(headers))
        if not key:
            if method == "PUT" and not query and bucket not in state.buckets:
                state.buckets.append(bucket)
            elif method == "DELETE" and not query and bucket in state.buckets:
                state.buckets.remove(bucket)
                state.objects = {k: v for k, v in state.objects.items() if k[0] != bucket}
            continue
        if method == "POST" and "uploads" in query:
            # The upload id is in moto's answer, not the request: number initiations per key and
            # pair them with the parts in order (uploads of one key do not interleave in practice).
            uploads[f"pending:{bucket}/{key}"] = {"meta": meta, "ctype": headers.get("content-type")}
        elif method == "PUT" and "partNumber" in query:
            upload = uploads.setdefault(query["uploadId"][0], uploads.pop(f"pending:{bucket}/{key}", {"meta": {}, "ctype": None}))
            upload.setdefault("parts", {})[int(query["partNumber"][0])] = ref
        elif method == "POST" and "uploadId" in query:
            completed = uploads.pop(query["uploadId"][0], None)
            if completed and completed.get("parts"):
                parts = tuple(completed["parts"][n] for n in sorted(completed["parts"]))
                state.objects[(bucket, key)] = S3Object(parts, completed["ctype"], completed["meta"])
        elif method == "PUT" and not query and "x-amz-copy-source" not in headers:
            state.objects[(bucket, key)] = S3Object((ref,), headers.get("content-type"), meta)
        elif method == "PUT" and "x-amz-copy-source" in headers:
            src_bucket, _, src_key = unquote(headers["x-amz-copy-source"].lstrip("/")).partition("/")
            src = state.objects.get((src_bucket, src_key.split("?")[0]))
            if src:
                replace = headers.get("x-amz-metadata-directive", "COPY") == "REPLACE"
                state.objects[(bucket, key)] = S3Object(src.parts, src.content_type, meta if replace else dict(src.metadata))
        elif method == "DELETE" and not query:
            state.objects.pop((bucket, key), None)
        elif method == "POST" and "delete" in query:
            for k in re.findall(r"<Key>(.*?)</Key>", _body(entry).decode(errors="replace")):
                state.objects.pop((bucket, unquote(k)), None)
    return state


def replay(state: S3State, s3_client) -> None:
    """Recreate ``state`` through the S3 API (before notifications are configured: no events),
    one object in memory at a time."""
    for bucket in state.buckets:
        try:
            s3_client.create_bucket(Bucket=bucket)
        except s3_client.exceptions.BucketAlreadyOwnedByYou:
            pass
    for (bucket, key), obj in state.objects.items():
        extra = {"ContentType": obj.content_type} if obj.content_type else {}
        s3_client.put_object(Bucket=bucket, Key=key, Body=read_body(obj), Metadata=obj.metadata, **extra)
