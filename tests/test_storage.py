"""Storage: S3 in and out over a real S3 API (moto server, HTTP), atomic local writes, S3 error mapping."""

from __future__ import annotations

import io

import boto3
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from verbatim.schemas.tables import RECORDING_TABLES

from verbatim.schemas.tables import SPEAKERS
from verbatim.tasks import storage
from tests.conftest import SHARED
from verbatim.tasks.errors import InputError, TransientStorageError

HOSTILE_KEY = "inbox/Q3 café & co/../ünï code+plus?=%20.flac"


def speakers_table(recording_id: str, n: int) -> pa.Table:
    return pa.Table.from_pylist(
        [{"recording_id": recording_id, "speaker": f"SPEAKER_{i:02d}", "talk_time_s": 1.0, "share_of_talk": 1.0 / n,
          "num_turns": 1, "num_words": 3, "role": "customer", "num_questions": 0} for i in range(n)],
        schema=SPEAKERS,
    )


def test_local_write_is_atomic_when_the_writer_dies_midway(tmp_path, monkeypatch):
    sink = storage.DatasetSink(str(tmp_path))
    target = sink.write("speakers", "rid", speakers_table("rid", 2))

    # A crash in the middle of writing Parquet cannot be produced on demand, so the writer is
    # replaced by one that writes half a file and then fails, as a killed process would.
    def dying_writer(table, where, **kwargs):
        with open(where, "wb") as fh:
            fh.write(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(storage.pq, "write_table", dying_writer)
    with pytest.raises(OSError):
        sink.write("speakers", "rid", speakers_table("rid", 5))
    assert pq.read_table(target).num_rows == 2  # the old file, whole
    assert [p.name for p in (tmp_path / "speakers" / "recording_id=rid").iterdir()] == ["part-0.parquet"]


def test_s3_recording_in_and_datasets_out(s3_endpoint, run_cli, tmp_path):
    s3 = boto3.client("s3", endpoint_url=s3_endpoint)
    s3.create_bucket(Bucket="interviews")
    s3.upload_file(str(SHARED / "speech" / "jfk.flac"), "interviews", HOSTILE_KEY)
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}
    good = f"s3://interviews/{HOSTILE_KEY}"
    missing = "s3://interviews/inbox/not-there.wav"
    proc = run_cli("process", good, missing, "--out", "s3://interviews/datasets", "--s3-endpoint-url", s3_endpoint, env=env)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert f"FAILED  {missing}: no such object" in proc.stderr
    all_keys = [o["Key"] for o in s3.list_objects_v2(Bucket="interviews", Prefix="datasets/")["Contents"]]
    keys = [k for k in all_keys if k.split("/")[1] in RECORDING_TABLES]
    assert len(keys) == len(RECORDING_TABLES) and all(k.endswith("/part-0.parquet") for k in keys)
    [failure_key] = [k for k in all_keys if k.startswith("datasets/failures/")]  # the missing object, quarantined
    failure = pq.read_table(io.BytesIO(s3.get_object(Bucket="interviews", Key=failure_key)["Body"].read())).to_pylist()[0]
    assert failure["source_uri"] == missing and failure["stage"] == "fetch" and not failure["retryable"]
    rec_key = [k for k in keys if k.startswith("datasets/recordings/recording_id=")][0]
    rec = pq.read_table(io.BytesIO(s3.get_object(Bucket="interviews", Key=rec_key)["Body"].read())).to_pylist()[0]
    assert rec["source_uri"] == good
    words_key = [k for k in keys if k.startswith("datasets/words/")][0]
    words = pq.read_table(io.BytesIO(s3.get_object(Bucket="interviews", Key=words_key)["Body"].read()))
    assert "country" in " ".join(words.column("word").to_pylist()).lower()
    # The recording itself is never touched.
    assert s3.head_object(Bucket="interviews", Key=HOSTILE_KEY)["ContentLength"] == (SHARED / "speech" / "jfk.flac").stat().st_size
    # Themes read the statements from S3 and write the corpus tables back (a monologue: no theme).
    themes = run_cli("themes", "s3://interviews/datasets", "--s3-endpoint-url", s3_endpoint, env=env)
    assert themes.returncode == 0, themes.stderr[-2000:]
    assert "0 themes from 0 customer statements" in themes.stderr
    assert s3.head_object(Bucket="interviews", Key="datasets/themes/part-0.parquet")["ContentLength"] > 0


def test_s3_missing_bucket_is_a_clear_input_error(s3_endpoint):
    with pytest.raises(InputError, match="no such bucket"):
        storage.fetch("s3://no-such-bucket-here/x.wav", s3_endpoint)


def test_s3_unreachable_endpoint_is_transient(monkeypatch):
    # some credentials, so that the connection is what fails (with none it is a ConfigError)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with pytest.raises(TransientStorageError) as err:
        storage.fetch("s3://b/k.wav", "http://127.0.0.1:9")
    assert err.value.retryable


def test_s3_access_denied_is_not_retried(monkeypatch):
    # moto's server does not enforce IAM, so AccessDenied is produced with botocore's Stubber.
    from botocore.stub import Stubber

    client = boto3.client("s3", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
    stub = Stubber(client)
    stub.add_client_error("get_object", service_error_code="AccessDenied", http_status_code=403)
    stub.activate()
    monkeypatch.setattr(storage, "s3_client", lambda endpoint_url=None: client)
    with pytest.raises(InputError, match="access denied") as err:
        storage.fetch("s3://bucket/secret.wav")
    assert not err.value.retryable and "s3:GetObject" in err.value.fix
