"""Issue 11: nothing lost, nothing leaked. Each test here failed on the code before the fix."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from verbatim.tasks import storage
from verbatim.tasks.audio import decode
from tests.conftest import ROOT, SHARED
from verbatim.tasks.errors import ConfigError, InputError


def write_wav(path: Path, seconds: float, rate: int = 16000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.3 * np.sin(2 * np.pi * 220 * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def set_data_size(path: Path, size: int) -> None:
    raw = bytearray(path.read_bytes())
    at = raw.index(b"data") + 4
    raw[at:at + 4] = struct.pack("<I", size)
    path.write_bytes(bytes(raw))


# -- 1. same name, different folders ---------------------------------------------------------

def test_same_name_in_two_folders_is_two_sources(tmp_path, monkeypatch):
    (tmp_path / "x").mkdir(), (tmp_path / "y").mkdir()
    monkeypatch.chdir(tmp_path / "x")
    in_x = storage.source_uri("same.wav")
    monkeypatch.chdir(tmp_path / "y")
    in_y = storage.source_uri("same.wav")
    assert in_x != in_y and in_x.startswith("file:///") and in_x.endswith("/x/same.wav")
    assert storage.source_uri("../x/./same.wav") == in_x  # normalised
    assert storage.source_uri(in_x) == in_x and storage.source_uri("s3://b/k #1.wav") == "s3://b/k #1.wav"
    hostile = "call #1 ?(final) 100%.wav"
    assert storage.local_path(storage.source_uri(hostile)).name == hostile
    rows = [{"recording_id": "a", "source_uri": in_x}, {"recording_id": "b", "source_uri": in_y}]
    assert storage.older_versions(rows, in_y, "c") == ["b"]  # a new version of y retires y's, never x's


# -- 2. truncated or mislabelled 16-bit WAVs ---------------------------------------------------

def test_truncated_16_bit_wav_is_refused(tmp_path):
    whole = write_wav(tmp_path / "long.wav", 6.8)
    cut = tmp_path / "trunc.wav"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    with pytest.raises(InputError, match="truncated"):
        decode(cut, "trunc.wav")


def test_header_claiming_ten_times_its_data_is_refused(tmp_path):
    path = write_wav(tmp_path / "claims.wav", 2.0)
    set_data_size(path, 10 * 2 * 16000 * 2)
    with pytest.raises(InputError, match="truncated"):
        decode(path, "claims.wav")


def test_header_claiming_1_s_of_a_longer_file_is_refused(tmp_path):
    path = write_wav(tmp_path / "short-header.wav", 6.8)
    set_data_size(path, 2 * 16000)
    with pytest.raises(InputError, match="declares 1.0 s"):
        decode(path, "short-header.wav")


def test_streaming_header_and_trailing_chunks_are_accepted(tmp_path):
    streamed = write_wav(tmp_path / "streamed.wav", 2.0)
    set_data_size(streamed, 0xFFFFFFFF)  # what ffmpeg leaves when it writes to a pipe
    assert abs(decode(streamed, "streamed.wav").duration_s - 2.0) < 0.05
    tagged = write_wav(tmp_path / "tagged.wav", 2.0)
    info = b"INFOISFT" + struct.pack("<I", 6) + b"sox14\0"
    raw = tagged.read_bytes() + b"LIST" + struct.pack("<I", len(info)) + info
    tagged.write_bytes(raw[:4] + struct.pack("<I", len(raw) - 8) + raw[8:])
    assert abs(decode(tagged, "tagged.wav").duration_s - 2.0) < 0.05
    # Bytes in memory are checked the same way.
    with pytest.raises(InputError, match="truncated"):
        decode(write_wav(tmp_path / "b.wav", 3.0).read_bytes()[:20000], "b.wav")


# -- 3. names that look like ffmpeg protocols --------------------------------------------------

def test_a_file_named_like_a_protocol_is_read_as_that_file(tmp_path, monkeypatch):
    write_wav(tmp_path / "same.wav", 1.0), write_wav(tmp_path / "long16.wav", 3.0)
    name = "concat:same.wav|long16.wav"
    (tmp_path / name).write_text("meeting notes, not audio\n" * 50)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="not readable as audio"):
        decode(Path(name), name)
    fetched = storage.fetch(storage.source_uri(name))
    with pytest.raises(InputError, match="not readable as audio"):
        decode(fetched.path, fetched.uri)


# -- 4. a failed write leaves nothing of the recording ------------------------------------------

def test_failed_recording_write_leaves_none_of_its_files(tmp_path):
    out = tmp_path / "lake"
    sink = storage.DatasetSink(str(out))
    (out / "words").write_text("a file where the words table folder should be")
    tables = {name: pa.table({"recording_id": ["rid"], "n": [1]}) for name in ("speaker_turns", "words", "recordings")}
    with pytest.raises(ConfigError, match="cannot write") as err:
        sink.write_recording("rid", tables, ("speaker_turns", "words", "recordings"))
    assert "unexpected" not in str(err.value) and " — " in str(err.value)
    left = [p for p in out.rglob("*") if p.is_file() and p != out / "words"]
    assert left == [], left
    assert not (out / "speaker_turns" / "recording_id=rid").exists()


def test_recording_write_is_whole_when_it_succeeds(tmp_path):
    sink = storage.DatasetSink(str(tmp_path))
    tables = {name: pa.table({"recording_id": ["rid"]}) for name in ("words", "recordings")}
    written = sink.write_recording("rid", tables, ("words", "recordings"))
    assert all(Path(p).exists() for p in written.values()) and not list(tmp_path.rglob("*.tmp"))


# -- 9. inputs and settings that used to fail late or with the wrong line ------------------------

def test_symlink_loop_is_not_no_such_file(tmp_path):
    loop = tmp_path / "loop.wav"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="symbolic link loop"):
        storage.fetch(str(loop))


def test_file_in_unreadable_folder_says_permission_denied(tmp_path, monkeypatch):
    # Mocked: these tests run as root, for whom no folder is unreadable; the fault is the
    # PermissionError that stat() raises for a user without search permission on the folder.
    def denied(self, *a, **k):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", denied)
    with pytest.raises(InputError, match="permission denied"):
        storage.fetch(str(tmp_path / "locked" / "call.wav"))


def test_fifo_is_refused_not_read_forever(tmp_path):
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        storage.fetch(str(fifo))


def _cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "CUDA_VISIBLE_DEVICES": ""}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, "-m", "verbatim.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)


@pytest.mark.parametrize("option, expected", [
    (["--embedding-model", "/nonexistent"], "--embedding-model /nonexistent"),
    (["--device", "cuda"], "--device cuda"),
])
def test_bad_setting_exits_2_before_any_model_work(tmp_path, option, expected):
    proc = _cli("process", str(SHARED / "speech" / "jfk.flac"), "--out", str(tmp_path / "out"), *option, timeout=60)
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = [l for l in proc.stderr.splitlines() if l.startswith("error:")]
    assert len(lines) == 1 and expected in lines[0] and " — " in lines[0], proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and not (tmp_path / "out" / "recordings").exists()


# -- 5. secrets are never settings ----------------------------------------------------------------

def test_hf_token_is_not_a_setting(monkeypatch):
    import dataclasses

    from verbatim.tasks.settings import Settings

    monkeypatch.setenv("HF_TOKEN", "hf_canary_not_for_parameters")
    settings = Settings.from_env()
    assert "hf_canary_not_for_parameters" not in repr(dataclasses.asdict(settings))
    assert "hf_token" not in {f.name for f in dataclasses.fields(Settings)}


# -- 7/8. status and the bridge ----------------------------------------------------------------------

def test_a_later_success_clears_an_earlier_retryable_failure():
    from datetime import datetime, timezone

    from verbatim.stack.status import open_failures

    t = datetime(2026, 1, 1, tzinfo=timezone.utc)
    failures = [{"source_uri": "s3://b/inbox/a.wav", "source_etag": "e1", "failed_at": t, "retryable": True},
                {"source_uri": "s3://b/inbox/bad.wav", "source_etag": "e2", "failed_at": t, "retryable": False}]
    assert [f["source_uri"] for f in open_failures(failures, {("s3://b/inbox/a.wav", "e1")})] == ["s3://b/inbox/bad.wav"]


def test_bridge_keeps_the_message_when_head_object_fails_for_another_reason(s3_endpoint):
    import boto3
    from botocore.exceptions import ClientError

    from verbatim.stack.bridge import Bridge, BridgeConfig

    s3, sqs = boto3.client("s3", endpoint_url=s3_endpoint), boto3.client("sqs", endpoint_url=s3_endpoint)
    s3.create_bucket(Bucket="bridge-throttle")
    s3.put_object(Bucket="bridge-throttle", Key="inbox/a.wav", Body=b"x")
    queue = sqs.create_queue(QueueName="bridge-throttle", Attributes={"VisibilityTimeout": "0"})["QueueUrl"]
    body = ('{"Records": [{"eventName": "ObjectCreated:Put", "eventTime": "2026-01-01T00:00:00Z", "s3": {"bucket": '
            '{"name": "bridge-throttle"}, "object": {"key": "inbox/a.wav", "size": 1, "eTag": "abc", "sequencer": "1"}}}]}')
    sqs.send_message(QueueUrl=queue, MessageBody=body)
    emitted = []
    bridge = Bridge(BridgeConfig("bridge-throttle", "inbox/", "/nonexistent", s3_endpoint, queue),
                    emit=lambda **e: emitted.append(e))

    # Mocked: moto cannot be made to throttle; the fault is S3's SlowDown answer to head_object.
    def throttled(**kw):
        raise ClientError({"Error": {"Code": "SlowDown", "Message": "slow down"}}, "HeadObject")

    real_head, bridge.s3.head_object = bridge.s3.head_object, throttled
    assert bridge.poll_queue_once(wait_s=1) == 0 and not emitted
    bridge.s3.head_object = real_head
    assert bridge.poll_queue_once(wait_s=2) == 1 and len(emitted) == 1  # redelivered, then sent
    assert not sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=1).get("Messages")  # and only then deleted


def test_bridge_reconciles_while_running(s3_endpoint, tmp_path):
    import threading
    import time

    import boto3

    from verbatim.stack.bridge import Bridge, BridgeConfig

    s3, sqs = boto3.client("s3", endpoint_url=s3_endpoint), boto3.client("sqs", endpoint_url=s3_endpoint)
    s3.create_bucket(Bucket="bridge-reconcile")
    queue = sqs.create_queue(QueueName="bridge-reconcile")["QueueUrl"]  # no notifications: events get lost
    emitted, stop = [], threading.Event()
    bridge = Bridge(BridgeConfig("bridge-reconcile", "inbox/", str(tmp_path / "datasets"), s3_endpoint, queue,
                                 reconcile_every_s=1.0), emit=lambda **e: emitted.append(e))
    thread = threading.Thread(target=bridge.run, args=(stop,), daemon=True)
    thread.start()
    time.sleep(1.5)
    s3.put_object(Bucket="bridge-reconcile", Key="inbox/late.wav", Body=b"x")  # its event never reaches the queue
    deadline = time.time() + 20
    while not emitted and time.time() < deadline:
        time.sleep(0.5)
    stop.set()
    thread.join(10)
    assert [e["resource"]["prefect.resource.id"] for e in emitted] == ["s3://bridge-reconcile/inbox/late.wav"]


def _journal_line(method: str, key: str, body: bytes = b"") -> str:
    """One request as moto's recorder journals it (unsigned: the compaction accepts both)."""
    import base64
    import json

    return json.dumps({"method": method, "url": f"http://127.0.0.1:9000/verbatim/{key}", "headers": {},
                       "body": base64.b64encode(body).decode(), "body_encoded": True}) + "\n"


def test_a_start_that_dies_mid_replay_loses_no_object(tmp_path):
    """The live journal is moved aside at each start and the fresh server journals the replay
    anew. If that start dies half-way, its journal holds part of the state: the next start must
    read the older journal too, not replace it with the partial one."""
    from verbatim.stack import s3_journal

    journal = tmp_path / "journal.jsonl"
    journal.write_text(_journal_line("PUT", "") + _journal_line("PUT", "inbox/a.wav", b"A" * 1000)
                       + _journal_line("PUT", "inbox/b.wav", b"B" * 10) + _journal_line("PUT", "inbox/gone.wav", b"x")
                       + _journal_line("DELETE", "inbox/gone.wav"))
    first = s3_journal.rotate(journal)
    assert [p.name for p in first] == ["journal.previous.1.jsonl"] and not journal.exists()
    # the replay got through a.wav, then the stack was killed
    journal.write_text(_journal_line("PUT", "") + _journal_line("PUT", "inbox/a.wav", b"A" * 1000))
    second = s3_journal.rotate(journal)
    assert [p.name for p in second] == ["journal.previous.1.jsonl", "journal.previous.2.jsonl"]
    state = s3_journal.compact(second)
    assert sorted(k for _, k in state.objects) == ["inbox/a.wav", "inbox/b.wav"]
    assert s3_journal.read_body(state.objects[("verbatim", "inbox/b.wav")]) == b"B" * 10
    assert s3_journal.read_body(state.objects[("verbatim", "inbox/a.wav")]) == b"A" * 1000
    # the state holds where the bytes are, not the bytes
    assert all(isinstance(ref.offset, int) for obj in state.objects.values() for ref in obj.parts)


def test_the_recordings_index_reads_each_file_once_and_sees_every_change(tmp_path, monkeypatch):
    """A warm worker looks up finished versions on every upload: the index lists the table each
    time (others' writes and retirements show at once) but reads only new or replaced files."""
    import pyarrow.parquet as pq

    def put(rid: str, uri: str, etag: str) -> Path:
        part = tmp_path / "recordings" / f"recording_id={rid}" / "part-0.parquet"
        part.parent.mkdir(parents=True, exist_ok=True)
        tmp = part.with_suffix(".tmp")
        pq.write_table(pa.table({"recording_id": [rid], "source_uri": [uri], "source_etag": [etag]}), tmp)
        tmp.replace(part)  # as the sink writes: rename into place
        return part

    reads = []
    original = storage.DatasetSink._read_ref
    monkeypatch.setattr(storage.DatasetSink, "_read_ref", lambda self, part: reads.append(part) or original(self, part))
    sink = storage.DatasetSink(str(tmp_path))
    put("a", "s3://b/inbox/a.wav", "e1")
    put("b", "s3://b/inbox/b.wav", "e2")
    assert sink.recorded_versions() == {("s3://b/inbox/a.wav", "e1"): "a", ("s3://b/inbox/b.wav", "e2"): "b"}
    assert len(reads) == 2
    assert storage.DatasetSink(str(tmp_path)).recorded_versions() and len(reads) == 2  # nothing new: nothing read
    put("b", "s3://b/inbox/b-copy.wav", "e2")  # the same content under another key replaces the file
    (tmp_path / "recordings" / "recording_id=a" / "part-0.parquet").unlink()  # retired by another writer
    assert sink.recorded_versions() == {("s3://b/inbox/b-copy.wav", "e2"): "b"}
    assert len(reads) == 3
