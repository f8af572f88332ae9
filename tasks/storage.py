"""Read recordings from, and write datasets to, a local folder or S3 (one interface for both).

Output paths are deterministic per recording (``<table>/recording_id=<id>/part-0.parquet``),
so a rerun replaces rather than duplicates; every file is written atomically
(a temp file renamed into place locally, a single PUT on S3), so a crash
leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyarrow as pa
import pyarrow.parquet as pq
from verbatim.tasks.errors import ConfigError, InputError, TransientStorageError

MAX_INPUT_BYTES = 8 << 30  # 8 GiB: far above a 4-hour WAV at 44.1 kHz stereo (2.5 GB)
CHUNK = 8 << 20

# What S3 answers for an object that is not there: get_object says NoSuchKey, head_object a bare
# 404 (NotFound in some servers), since a HEAD answer has no body to name the error.
MISSING_OBJECT_CODES = frozenset({"NoSuchKey", "404", "NotFound"})


def s3_error_code(exc: BaseException) -> str:
    """The error code of a botocore ``ClientError`` ("" for anything else)."""
    return str(getattr(exc, "response", {}).get("Error", {}).get("Code", ""))


@dataclass(frozen=True)
class FetchedInput:
    """A recording copied to (or found on) local disk, with its content hash."""

    uri: str
    path: Path
    sha256: str
    size_bytes: int
    is_temporary: bool
    metadata: dict[str, str] = field(default_factory=dict)  # S3 user metadata (x-amz-meta-*), lower-case keys
    etag: str | None = None  # S3 only

    def cleanup(self) -> None:
        if self.is_temporary:
            self.path.unlink(missing_ok=True)


def s3_client(endpoint_url: str | None = None):
    """A boto3 S3 client; endpoint and credentials come from the usual AWS settings."""
    import boto3
    from botocore.config import Config

    return boto3.client("s3", endpoint_url=endpoint_url, config=Config(retries={"max_attempts": 4, "mode": "standard"}))


def split_s3(uri: str) -> tuple[str, str]:
    """``s3://bucket/key`` -> (bucket, key). The key is taken literally: S3 keys may hold
    '?', '#', '%', spaces or '..', which URL parsing would mangle."""
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    return bucket, key


def source_uri(uri: str) -> str:
    """The identity of a recording's source: ``s3://bucket/key`` as given, a local file as
    the ``file://`` URI of its absolute, normalised path.

    Old versions of a recording are retired by this string, so two files that share a name
    in different folders must never map to the same one (``same.wav`` typed in two folders
    is two recordings). Symbolic links are not resolved: a link is its own source.
    """
    if uri.startswith("s3://"):
        return uri
    path = local_path(uri)
    return Path(os.path.abspath(path)).as_uri()


def delete_source(uri: str, endpoint_url: str | None = None) -> bool:
    """Delete the recording itself (a local file or an S3 object); False if it was not there."""
    if uri.startswith("s3://"):
        bucket, key = split_s3(uri)
        client = s3_client(endpoint_url)
        try:
            client.head_object(Bucket=bucket, Key=key)
        except Exception as exc:
            if s3_error_code(exc) in MISSING_OBJECT_CODES:
                return False
            raise
        client.delete_object(Bucket=bucket, Key=key)
        return True
    path = local_path(uri)
    if not path.is_file():
        return False
    path.unlink()
    return True


def local_path(uri: str) -> Path:
    """The local path named by a ``file://`` URI or a plain (possibly relative) path."""
    return Path(unquote(urlparse(uri).path)) if uri.startswith("file://") else Path(uri)


def older_versions(recordings: list[dict], uri: str, recording_id: str) -> list[str]:
    """recording_ids that an overwrite of ``uri`` with ``recording_id`` retires: earlier
    versions of the very same source (same normalised URI), never another file's rows."""
    return sorted({r["recording_id"] for r in recordings if r["source_uri"] == uri and r["recording_id"] != recording_id})


def display_name(uri: str) -> str:
    """The file name of ``uri`` for messages and run names (``interview 3.wav``, not ``interview%203.wav``)."""
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return (unquote(name) if uri.startswith("file://") else name) or uri


def fetch(uri: str, endpoint_url: str | None = None, max_bytes: int = MAX_INPUT_BYTES) -> FetchedInput:
    """Make ``uri`` (path, file:// or s3://) readable locally and hash it, streaming."""
    if uri.startswith("s3://"):
        return _fetch_s3(uri, endpoint_url, max_bytes)
    path = local_path(uri)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InputError(uri, "no such file", "check the path (it is read relative to the current folder)") from exc
    except PermissionError as exc:
        raise InputError(
            uri,
            "permission denied (a folder on its path is not searchable by this user)",
            "make the folder and the file readable by this user",
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(
                uri,
                "is a symbolic link loop (the link points back at itself)",
                "point the link at the recording, or pass the recording's real path",
            ) from exc
        if exc.errno == errno.ENOTDIR:
            raise InputError(uri, "no such file (a part of the path is a file, not a folder)", "check the path") from exc
        raise InputError(uri, f"cannot be read ({exc.strerror})", "check the path and its permissions") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(uri, "is a folder, not a recording", "pass the recording files inside it (e.g. folder/*.wav)")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(uri, "is not a regular file (a device, pipe or socket)", "pass a recording file")
    size = info.st_size
    _check_size(uri, size, max_bytes)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while block := fh.read(CHUNK):
                digest.update(block)
    except PermissionError as exc:
        raise InputError(uri, "permission denied", "make the file readable by this user") from exc
    return FetchedInput(uri, path, digest.hexdigest(), size, is_temporary=False)


def _check_size(uri: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(
            uri,
            f"the file is {size / 2**30:.1f} GiB, above the {max_bytes / 2**30:.0f} GiB limit",
            "split the recording, or re-encode it (e.g. to 16 kHz mono FLAC or Opus)",
        )


def _fetch_s3(uri: str, endpoint_url: str | None, max_bytes: int) -> FetchedInput:
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, key = split_s3(uri)
    if not bucket or not key:
        raise InputError(uri, "not a full S3 object URI", "use s3://bucket/key")
    client = s3_client(endpoint_url)
    fd, tmp = tempfile.mkstemp(prefix="verbatim-", suffix=Path(key).suffix[:16])
    digest = hashlib.sha256()
    size = 0
    try:
        response = client.get_object(Bucket=bucket, Key=key)
        _check_size(uri, int(response.get("ContentLength", 0)), max_bytes)
        with os.fdopen(fd, "wb") as out:
            for block in response["Body"].iter_chunks(CHUNK):
                digest.update(block)
                out.write(block)
                size += len(block)
    except ClientError as exc:
        os.unlink(tmp)
        code = s3_error_code(exc)
        if code in MISSING_OBJECT_CODES:
            raise InputError(uri, "no such object", "check the bucket and key (keys are case-sensitive)") from exc
        if code == "NoSuchBucket":
            raise InputError(uri, "no such bucket", "check the bucket name and the S3 endpoint (--s3-endpoint-url)") from exc
        if code in ("AccessDenied", "403"):
            raise InputError(uri, "access denied", "grant s3:GetObject on this key to the credentials in use") from exc
        raise TransientStorageError(uri, f"S3 error {code}", "retry; check the S3 endpoint if it persists") from exc
    except BotoCoreError as exc:
        os.unlink(tmp)
        if exc.__class__.__name__ in ("NoCredentialsError", "PartialCredentialsError"):
            raise ConfigError(
                uri, "no AWS credentials found", "set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a profile"
            ) from exc
        raise TransientStorageError(
            uri, f"S3 unreachable ({exc})", "check --s3-endpoint-url / AWS_ENDPOINT_URL and the network"
        ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    metadata = {k.lower(): v for k, v in (response.get("Metadata") or {}).items()}
    return FetchedInput(
        uri,
        Path(tmp),
        digest.hexdigest(),
        size,
        is_temporary=True,
        metadata=metadata,
        etag=response.get("ETag", "").strip('"') or None,
    )


@dataclass(frozen=True)
class RecordingRef:
    """Who one ``recordings`` row is: the recording and the object version it came from."""

    recording_id: str
    source_uri: str
    source_etag: str | None


# Per datasets location: part file -> (its version tag, its RecordingRef). A warm worker reads each
# recordings file once; later lookups list the table and read only new or replaced files, so a
# run's cost grows with one listing, not with re-reading every recording of the corpus.
_INDEX: dict[tuple[str, str | None], dict[str, tuple[str, RecordingRef]]] = {}
_INDEX_LOCK = threading.Lock()


class DatasetSink:
    """Writes one Parquet file per (table, recording) under a local folder or ``s3://bucket/prefix``."""

    def __init__(self, dest: str, endpoint_url: str | None = None) -> None:
        self.is_s3 = dest.startswith("s3://")
        # one spelling per folder ("./out/" is "out"), as the paths listed under it are written
        self.dest = dest.rstrip("/") if self.is_s3 else os.path.normpath(dest)
        self.endpoint_url = endpoint_url
        if not self.is_s3:
            root = Path(dest)
            if root.exists() and not root.is_dir():
                raise ConfigError(f"--out {dest}", "exists and is not a folder", "choose a folder (it is created if missing)")
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(
                    f"--out {dest}", f"cannot create the folder ({exc.strerror})", "choose a writable folder"
                ) from exc
        self._client = s3_client(endpoint_url) if self.is_s3 else None

    @property
    def _s3(self):
        """The S3 client: only an ``s3://`` sink has one (each S3 branch checks ``is_s3`` first)."""
        assert self._client is not None, f"{self.dest} is not on S3"
        return self._client

    def location(self, table: str, recording_id: str) -> str:
        return f"{self.dest}/{table}/recording_id={recording_id}/part-0.parquet"

    def table_root(self, table: str) -> str:
        return f"{self.dest}/{table}"

    def write(self, table: str, recording_id: str, data: pa.Table) -> str:
        """Write one recording's rows of ``table`` (replacing any earlier version)."""
        return self._put(self.location(table, recording_id), data)

    def write_recording(self, recording_id: str, tables: dict[str, pa.Table], order: tuple[str, ...]) -> dict[str, str]:
        """Write one recording's rows of every table in ``order`` (``recordings`` last), all or nothing.

        Locally every file is first written beside its target under a temporary name; only
        when all are written are they renamed into place, so a failure (a full disk, an
        unwritable table folder) leaves no new file of this recording behind. On S3 the
        objects are put in order and, if one fails, those put for a recording that had no
        ``recordings`` row before are deleted again.
        """
        if self.is_s3:
            return self._put_all_s3(recording_id, tables, order)
        staged: list[tuple[Path, Path]] = []
        created: list[Path] = []
        try:
            for name in order:
                target = Path(self.location(name, recording_id))
                try:
                    created += _make_folders(target.parent)
                except OSError as exc:
                    raise _output_error(self.dest, exc) from exc
                staged.append((self._stage(target, tables[name]), target))
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            for folder in reversed(created):
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        for tmp, target in staged:
            os.replace(tmp, target)  # atomic on POSIX: readers see the old file or the new one
        return {name: self.location(name, recording_id) for name in order}

    def _put_all_s3(self, recording_id: str, tables: dict[str, pa.Table], order: tuple[str, ...]) -> dict[str, str]:
        existed = self._exists(self.location("recordings", recording_id))
        written: list[str] = []
        try:
            for name in order:
                written.append(self._put(self.location(name, recording_id), tables[name]))
        except BaseException:
            if not existed:  # a new recording: take back what this attempt wrote
                for target in written:
                    bucket, key = split_s3(target)
                    with contextlib.suppress(Exception):
                        self._s3.delete_object(Bucket=bucket, Key=key)
            raise
        return {name: self.location(name, recording_id) for name in order}

    def _exists(self, target: str) -> bool:
        from botocore.exceptions import ClientError

        bucket, key = split_s3(target)
        try:
            self._s3.head_object(Bucket=bucket, Key=key)
            return True
        except ClientError as exc:
            if s3_error_code(exc) in MISSING_OBJECT_CODES:
                return False
            raise TransientStorageError(
                target, f"S3 error {s3_error_code(exc)}", "retry; check the S3 endpoint and permissions"
            ) from exc

    def write_corpus(self, table: str, data: pa.Table) -> str:
        """Write a corpus-level table (themes) as one file, replacing the previous one."""
        return self._put(f"{self.table_root(table)}/part-0.parquet", data)

    def append_location(self, table: str, part: str) -> str:
        return f"{self.table_root(table)}/part-{part}.parquet"

    def append(self, table: str, part: str, data: pa.Table) -> str:
        """Add one file to an append-only table (failures): ``<table>/part-<part>.parquet``."""
        return self._put(self.append_location(table, part), data)

    def read_recording(self, table: str, recording_id: str) -> pa.Table | None:
        """One recording's file of ``table`` (None if it has none)."""
        target = self.location(table, recording_id)
        try:
            if self.is_s3:
                bucket, key = split_s3(target)
                return pq.read_table(io.BytesIO(self._s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
            return pq.read_table(target) if Path(target).is_file() else None
        except Exception as exc:
            if s3_error_code(exc) in MISSING_OBJECT_CODES:
                return None
            raise

    def drop_rows(
        self,
        table: str,
        condition,
        before_change: Callable[[str], None] | None = None,
        after_change: Callable[[str], None] | None = None,
    ) -> int:
        """Rewrite each part file of an append-only table without the rows matching ``condition``
        (a pyarrow compute expression); returns how many rows went. Each file is replaced whole,
        after ``before_change(part)`` and before ``after_change(part)`` (``erasure_journal``'s
        ``Journal.keep`` and ``Journal.written``)."""
        removed = 0
        for part in self.parts(table):
            data = self._read_part(part)
            keep = data.filter(~condition)
            if keep.num_rows == data.num_rows:
                continue
            removed += data.num_rows - keep.num_rows
            if before_change is not None:
                before_change(part)
            if keep.num_rows:
                self._put(part, keep)
            else:
                self._remove(part)
            if after_change is not None:
                after_change(part)
        return removed

    def _list_parts_flat(self, table: str) -> list[str]:
        if self.is_s3:
            bucket, prefix = split_s3(self.table_root(table) + "/")
            pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
            return [
                f"s3://{bucket}/{o['Key']}" for page in pages for o in page.get("Contents", []) if o["Key"].endswith(".parquet")
            ]
        root = Path(self.table_root(table))
        return [str(p) for p in root.rglob("*.parquet")] if root.is_dir() else []

    def _read_part(self, part: str) -> pa.Table:
        return pq.read_table(io.BytesIO(self.get_bytes(part))) if self.is_s3 else pq.read_table(part)

    def _remove(self, part: str) -> None:
        if self.is_s3:
            bucket, key = split_s3(part)
            self._s3.delete_object(Bucket=bucket, Key=key)
        else:
            Path(part).unlink(missing_ok=True)

    def parts(self, table: str) -> list[str]:
        """Every part file of ``table``, sorted."""
        return sorted(self._list_parts_flat(table))

    def exists(self, target: str) -> bool:
        return self._exists(target) if self.is_s3 else Path(target).is_file()

    def fingerprint(self, target: str) -> str:
        """What is at ``target`` now: its ETag on S3, a hash of its bytes locally; "" if absent."""
        if not self.exists(target):
            return ""
        if self.is_s3:
            bucket, key = split_s3(target)
            return str(self._s3.head_object(Bucket=bucket, Key=key)["ETag"])
        return hashlib.sha256(Path(target).read_bytes()).hexdigest()

    def copy(self, source: str, target: str) -> None:
        """``source`` copied to ``target`` (same sink), replacing it."""
        if self.is_s3:
            (bucket, key), (to_bucket, to_key) = split_s3(source), split_s3(target)
            self._s3.copy_object(Bucket=to_bucket, Key=to_key, CopySource={"Bucket": bucket, "Key": key})
            return
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(target).with_name(f".{Path(target).name}.copy")
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)

    def move(self, source: str, target: str) -> None:
        """``source`` moved to ``target`` (same sink), replacing it; a rename locally."""
        if self.is_s3:
            self.copy(source, target)
            self._remove(source)
            return
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)

    def remove(self, target: str) -> None:
        """``target`` removed (nothing if it is not there); an emptied recording folder goes too."""
        self._remove(target)
        if not self.is_s3:
            with contextlib.suppress(OSError):
                Path(target).parent.rmdir()

    def put(self, target: str, data: pa.Table) -> str:
        """``data`` written to ``target`` whole (atomically)."""
        return self._put(target, data)

    def put_bytes(self, target: str, body: bytes) -> None:
        """A small file (a journal) written whole: a temp file renamed into place, or one PUT."""
        if self.is_s3:
            bucket, key = split_s3(target)
            self._s3.put_object(Bucket=bucket, Key=key, Body=body)
            return
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(target).with_name(f".{Path(target).name}.tmp")
        tmp.write_bytes(body)
        os.replace(tmp, target)

    def get_bytes(self, target: str) -> bytes:
        if self.is_s3:
            bucket, key = split_s3(target)
            return self._s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        return Path(target).read_bytes()

    def list_under(self, prefix: str) -> list[str]:
        """Files whose path starts with ``prefix`` (a path under this sink), sorted."""
        if self.is_s3:
            bucket, key = split_s3(prefix)
            pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=key)
            return sorted(f"s3://{bucket}/{o['Key']}" for page in pages for o in page.get("Contents", []))
        if prefix.endswith("/"):  # a folder: all of it
            found = Path(prefix).rglob("*")
        else:
            found = (f for d in Path(prefix).parent.glob(f"{Path(prefix).name}*") for f in (d, *d.rglob("*")))
        return sorted(str(f) for f in found if f.is_file())

    def delete_recording(self, recording_id: str, tables) -> None:
        """Remove one recording's files from ``tables`` (an overwritten source's old version)."""
        for table in tables:
            self.remove(self.location(table, recording_id))

    def recordings_index(self) -> list[RecordingRef]:
        """Every finished recording, from the ``recordings`` table: listed now (so other writers'
        additions and deletions are seen), read only where a file is new or was replaced."""
        listing = self._list_parts("recordings")
        key = (self.dest, self.endpoint_url)
        with _INDEX_LOCK:
            cached = dict(_INDEX.get(key, {}))
        fresh = {}
        for part, tag in listing.items():
            if part in cached and cached[part][0] == tag:
                fresh[part] = cached[part]
                continue
            ref = self._read_ref(part)
            if ref is not None:
                fresh[part] = (tag, ref)
        with _INDEX_LOCK:
            _INDEX[key] = fresh
        return [ref for _, ref in fresh.values()]

    def _list_parts(self, table: str) -> dict[str, str]:
        """Part files of ``table`` with a tag that changes when a file is replaced."""
        if self.is_s3:
            bucket, prefix = split_s3(self.table_root(table) + "/")
            pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
            return {
                f"s3://{bucket}/{o['Key']}": o["ETag"]
                for page in pages
                for o in page.get("Contents", [])
                if o["Key"].endswith(".parquet")
            }
        parts = {}
        # Another writer may retire a recording (and remove its folder) while this lists: a folder
        # or file gone mid-way is skipped, not an error.
        for folder in _entries(Path(self.table_root(table))):
            for p in _entries(folder):
                if p.name.endswith(".parquet"):
                    try:
                        st = p.stat()
                    except FileNotFoundError:
                        continue
                    parts[str(p)] = f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"  # a rename into place is a new inode
        return parts

    def _read_ref(self, part: str) -> RecordingRef | None:
        """The recording a part file is about; None if it was removed since the listing."""
        try:
            if self.is_s3:
                bucket, key = split_s3(part)
                table = pq.read_table(io.BytesIO(self._s3.get_object(Bucket=bucket, Key=key)["Body"].read()))
            else:
                table = pq.read_table(part)
        except FileNotFoundError:
            return None
        except Exception as exc:
            if s3_error_code(exc) in MISSING_OBJECT_CODES:
                return None
            raise
        if table.num_rows == 0:
            return None
        row = table.slice(0, 1).to_pylist()[0]
        return RecordingRef(row["recording_id"], row["source_uri"], row.get("source_etag"))

    def retire_older_versions(self, uri: str, recording_id: str, tables: tuple[str, ...]) -> list[str]:
        """After ``recording_id`` of ``uri`` is written, remove that source's earlier versions from
        ``tables`` (``recordings`` first, so a half-done retirement never shows as a complete
        recording); another source's rows are never touched. Returns the retired ids."""
        refs = [{"recording_id": r.recording_id, "source_uri": r.source_uri} for r in self.recordings_index()]
        old = older_versions(refs, uri, recording_id)
        for rid in old:
            self.delete_recording(rid, tables)
        return old

    def recorded_versions(self) -> dict[tuple[str, str], str]:
        """(source_uri, source_etag) -> recording_id for every finished S3 recording."""
        return {(r.source_uri, r.source_etag): r.recording_id for r in self.recordings_index() if r.source_etag}

    def read(self, table: str) -> pa.Table | None:
        """Every file of ``table`` concatenated (None if the table has no files yet)."""
        if self.is_s3:
            bucket, prefix = split_s3(self.table_root(table) + "/")
            pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
            keys = sorted(o["Key"] for page in pages for o in page.get("Contents", []) if o["Key"].endswith(".parquet"))
            parts = [pq.read_table(io.BytesIO(self._s3.get_object(Bucket=bucket, Key=k)["Body"].read())) for k in keys]
        else:
            root = Path(self.table_root(table))
            parts = [pq.read_table(p) for p in sorted(root.rglob("*.parquet"))] if root.is_dir() else []
        return pa.concat_tables(parts, promote_options="default") if parts else None

    def _put(self, target: str, data: pa.Table) -> str:
        if self.is_s3:
            buf = io.BytesIO()
            pq.write_table(data, buf, compression="zstd")
            bucket, key = split_s3(target)
            try:
                self._s3.put_object(Bucket=bucket, Key=key, Body=buf.getvalue())
            except Exception as exc:
                raise TransientStorageError(
                    target, f"S3 write failed ({exc.__class__.__name__})", "retry; check bucket permissions"
                ) from exc
            return target
        path = Path(target)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _output_error(self.dest, exc) from exc
        tmp = self._stage(path, data)
        os.replace(tmp, path)  # atomic on POSIX: readers see the old file or the new one
        return target

    def _stage(self, path: Path, data: pa.Table) -> Path:
        """``data`` written to a temporary file beside ``path`` (removed again if writing fails).

        A folder that cannot take a file is a setup problem and says so; an error of the
        writer itself (a full disk, a crash midway) is raised as it is."""
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-0.", suffix=".tmp")
        except OSError as exc:
            raise _output_error(self.dest, exc) from exc
        os.close(fd)
        try:
            pq.write_table(data, tmp, compression="zstd")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return Path(tmp)


def _entries(folder: Path) -> list[Path]:
    """What is in ``folder`` now; nothing if it is missing or was removed meanwhile."""
    try:
        with os.scandir(folder) as it:
            return [Path(e.path) for e in it]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; return the ones created (outermost first)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for f in reversed(missing):
        f.mkdir(exist_ok=True)
    return list(reversed(missing))


def _output_error(dest: str, exc: OSError) -> ConfigError:
    where = exc.filename or dest
    return ConfigError(
        f"--out {dest}",
        f"cannot write {where} ({exc.strerror or exc.__class__.__name__})",
        "make the datasets folder and its table folders writable by this user (and not files)",
    )
