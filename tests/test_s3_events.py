"""S3 notifications -> uploads; the moto journal's compaction and replay; the bridge in polling mode
(real S3 API over HTTP: moto's server)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest

from verbatim.tasks.s3_events import UPLOADED_EVENT, event_payload, parse_message
from tests.conftest import free_port, listening
from verbatim.stack import s3_journal
from verbatim.stack.bridge import Bridge, BridgeConfig


def _record(key: str, name: str = "ObjectCreated:Put") -> dict:
    return {"eventName": name, "eventTime": "2026-11-22T10:00:00Z",
            "s3": {"bucket": {"name": "verbatim"}, "object": {"key": key, "size": 5, "eTag": "abc", "sequencer": "01"}}}


def test_test_event_deletions_and_other_prefixes_give_nothing():
    assert parse_message(json.dumps({"Event": "s3:TestEvent", "Bucket": "verbatim"})) == []
    body = {"Records": [_record("inbox/a.wav", "ObjectRemoved:Delete"), _record("datasets/x.parquet"), _record("inbox/")]}
    assert parse_message(json.dumps(body), "inbox/") == []


def test_keys_are_url_decoded_and_sns_wrapping_is_undone():
    body = json.dumps({"Records": [_record("inbox/acme+call+%231+%28final%29.wav")]})
    [upload] = parse_message(json.dumps({"Type": "Notification", "Message": body}), "inbox/")
    assert upload.key == "inbox/acme call #1 (final).wav" and upload.uri == "s3://verbatim/inbox/acme call #1 (final).wav"
    event = event_payload(upload, {"segment": "smb"})
    assert event["event"] == UPLOADED_EVENT and event["resource"]["prefect.resource.id"] == upload.uri
    assert event["payload"]["etag"] == "abc" and event["payload"]["metadata"] == {"segment": "smb"}


@pytest.mark.parametrize("body", ["not json", json.dumps({"hello": 1}), json.dumps([1, 2])])
def test_other_messages_are_rejected(body):
    with pytest.raises(ValueError):
        parse_message(body)


def _moto(journal: Path | None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ}
    if journal:
        env.update(MOTO_ENABLE_RECORDING="true", MOTO_RECORDER_FILEPATH=str(journal))
    exe = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or "moto_server"
    proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, listening(port) or f"http://127.0.0.1:{port}"


def _client(endpoint: str):
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="k", aws_secret_access_key="s")


def test_journal_replay_restores_objects_metadata_multipart_and_deletes(tmp_path):
    journal = tmp_path / "journal.jsonl"
    proc, endpoint = _moto(journal)
    try:
        s3 = _client(endpoint)
        s3.create_bucket(Bucket="verbatim")
        s3.put_object(Bucket="verbatim", Key="inbox/a b#1.wav", Body=b"small", Metadata={"segment": "smb"})
        big = os.urandom(9 * 1024 * 1024)  # above boto3's multipart threshold (8 MiB)
        (tmp_path / "big.wav").write_bytes(big)
        s3.upload_file(str(tmp_path / "big.wav"), "verbatim", "inbox/big.wav", ExtraArgs={"Metadata": {"consent": "yes"}})
        s3.put_object(Bucket="verbatim", Key="inbox/gone.wav", Body=b"x")
        s3.delete_object(Bucket="verbatim", Key="inbox/gone.wav")
        s3.get_object(Bucket="verbatim", Key="inbox/big.wav")["Body"].read()
    finally:
        proc.kill()  # as kill -9: nothing is flushed beyond what moto journaled per request
        proc.wait()
    with journal.open("a") as fh:
        fh.write('{"method": "PUT", "url": "http://x/verbatim/inbox/cut')  # a line cut short by the kill
    state = s3_journal.compact(journal)
    assert state.buckets == ["verbatim"] and set(k for _, k in state.objects) == {"inbox/a b#1.wav", "inbox/big.wav"}
    proc, endpoint = _moto(None)
    try:
        s3 = _client(endpoint)
        s3_journal.replay(state, s3)
        assert s3.get_object(Bucket="verbatim", Key="inbox/big.wav")["Body"].read() == big
        head = s3.head_object(Bucket="verbatim", Key="inbox/a b#1.wav")
        assert head["Metadata"] == {"segment": "smb"} and head["ContentLength"] == 5
        assert s3.head_object(Bucket="verbatim", Key="inbox/big.wav")["Metadata"] == {"consent": "yes"}
    finally:
        proc.kill()
        proc.wait()


def test_bridge_polling_mode_sends_each_version_once(s3_endpoint, tmp_path):
    s3 = boto3.client("s3", endpoint_url=s3_endpoint)
    s3.create_bucket(Bucket="polled")
    sent = []
    bridge = Bridge(BridgeConfig("polled", "inbox/", str(tmp_path / "datasets"), s3_endpoint, None),
                    emit=lambda **event: sent.append(event))
    s3.put_object(Bucket="polled", Key="inbox/one.wav", Body=b"1", Metadata={"interviewer": "sam"})
    s3.put_object(Bucket="polled", Key="datasets/x.parquet", Body=b"not an upload")
    assert bridge.reconcile() == 1  # what was uploaded while nothing listened
    bridge._poll_inbox_once()
    assert len(sent) == 1 and sent[0]["payload"]["metadata"] == {"interviewer": "sam"}
    s3.put_object(Bucket="polled", Key="inbox/one.wav", Body=b"new content")  # an overwrite is a new version
    bridge._poll_inbox_once()
    assert len(sent) == 2 and sent[1]["resource"]["verbatim.etag"] != sent[0]["resource"]["verbatim.etag"]


def _stack_s3_server(journal: Path, key_id: str, secret: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "MOTO_ENABLE_RECORDING": "true", "MOTO_RECORDER_FILEPATH": str(journal),
           "VERBATIM_S3_ACCESS_KEY_ID": key_id, "VERBATIM_S3_SECRET_ACCESS_KEY": secret}
    proc = subprocess.Popen([sys.executable, "-m", "verbatim.stack.s3_server", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, listening(port) or f"http://127.0.0.1:{port}"


def test_refused_writes_do_not_come_back_at_the_next_start(tmp_path):
    """moto journals a request before it checks the signature: a PUT or DELETE refused for a
    wrong key must not be in the journal, or the next start's replay would carry it out."""
    journal = tmp_path / "journal.jsonl"
    key_id, secret = "AKIA" + "B" * 16, "t" * 40
    proc, endpoint = _stack_s3_server(journal, key_id, secret)
    try:
        good = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key_id,
                            aws_secret_access_key=secret)
        bad = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key_id,
                           aws_secret_access_key="wrong" * 8)
        good.create_bucket(Bucket="verbatim")
        good.put_object(Bucket="verbatim", Key="inbox/kept.wav", Body=b"kept")
        for call in (lambda: bad.put_object(Bucket="verbatim", Key="inbox/planted.wav", Body=b"x"),
                     lambda: bad.delete_object(Bucket="verbatim", Key="inbox/kept.wav")):
            with pytest.raises(Exception, match="SignatureDoesNotMatch|AccessDenied|Forbidden"):
                call()
    finally:
        proc.kill()
        proc.wait()
    state = s3_journal.compact(journal)
    assert set(state.objects) == {("verbatim", "inbox/kept.wav")}
    assert s3_journal.read_body(state.objects[("verbatim", "inbox/kept.wav")]) == b"kept"


def test_concurrent_multipart_uploads_journal_whole(tmp_path):
    """boto3 sends a large file's parts ten at a time, and users upload several files at once:
    every part must land in the journal whole, or a restart replays the object short."""
    from concurrent.futures import ThreadPoolExecutor

    journal = tmp_path / "journal.jsonl"
    key_id, secret = "AKIA" + "A" * 16, "s" * 40
    proc, endpoint = _stack_s3_server(journal, key_id, secret)
    try:
        s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id=key_id, aws_secret_access_key=secret)
        for _ in range(300):
            try:
                s3.create_bucket(Bucket="verbatim")
                break
            except Exception:
                time.sleep(0.1)
        files = {}
        for i in range(3):
            files[f"inbox/big-{i}.wav"] = tmp_path / f"big-{i}.wav"
            files[f"inbox/big-{i}.wav"].write_bytes(os.urandom(20 * 1024 * 1024))  # 3 parts of 8 MiB each
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda kv: s3.upload_file(str(kv[1]), "verbatim", kv[0]), files.items()))
    finally:
        proc.kill()
        proc.wait()
    state = s3_journal.compact(journal)
    for key, path in files.items():
        assert s3_journal.read_body(state.objects[("verbatim", key)]) == path.read_bytes(), key
