"""``verbatim up``: the whole upload-triggered stack on loopback, in the foreground.

    S3 + SQS (moto server, journaled to disk) ─▶ bucket notification ─▶ queue
      ─▶ bridge (thread here) ─▶ Prefect event verbatim.recording.uploaded
      ─▶ deployment trigger ─▶ a process-recording/on-upload run, taken by a warm worker
         (models loaded once per worker, not per upload: flows/worker.py)
      ─▶ Parquet datasets under VERBATIM_HOME/datasets

State lives under ``VERBATIM_HOME`` (default ``./.verbatim``): ``s3/journal.jsonl``
(every S3 request, replayed at start: see ``verbatim/stack/s3_journal.py``), ``prefect/``
(the Prefect server's SQLite database), ``datasets/``, ``logs/``. Ctrl-C or SIGTERM stops
every child within 30 s; after ``kill -9`` the children die with this process (Linux
parent-death signal) and the next start replays the journal and reconciles the inbox.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

from verbatim.tasks.errors import ConfigError

log = logging.getLogger("verbatim.stack.up")

BUCKET, INBOX_PREFIX, QUEUE, DLQ = "verbatim", "inbox/", "verbatim-uploads", "verbatim-uploads-dlq"
REGION = "us-east-1"
DEPLOYMENT = "process-recording/on-upload"
PRIVATE_DIRS = ("s3", "prefect", "logs")  # the journal (every object), Prefect's database, logs: owner only
# A worker that dies is replaced, unless workers died this often lately: then something is wrong
# with the machine or the setup, not with one file, and the stack stops and says so.
MAX_WORKER_RESTARTS, WORKER_RESTART_WINDOW_S = 3, 600


@dataclass(frozen=True)
class Credentials:
    access_key_id: str
    secret_access_key: str


def stack_credentials(home: Path) -> Credentials:
    """This VERBATIM_HOME's S3 credentials: made at first start, kept (owner-only) for the next.

    A fixed key printed in a README would let any local process read and delete every
    upload; one per home, stored 0600, lets only its owner (and what they hand it to) in.
    """
    path = home / "s3" / "credentials.json"
    if path.exists():
        data = json.loads(path.read_text())
        return Credentials(data["access_key_id"], data["secret_access_key"])
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    creds = Credentials("AKIA" + "".join(secrets.choice(alphabet) for _ in range(16)), secrets.token_urlsafe(30))
    _write_private(path, json.dumps(asdict(creds)))
    return creds


def gpu_count() -> int:
    """NVIDIA GPUs on this machine (``nvidia-smi -L``; 0 without a driver), without importing torch here."""
    try:
        listed = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return 0
    return sum(line.startswith("GPU ") for line in listed.stdout.splitlines()) if listed.returncode == 0 else 0


def worker_share(i: int, workers: int, gpus: int, cpus: int, user_set: bool = False) -> dict[str, str]:
    """What worker ``i`` of ``workers`` may use: GPU ``i mod gpus`` and its share of the cores.

    Several workers on one GPU is how one machine keeps it busy: one worker's diarization is
    CPU-bound Python that threads cannot overlap, and 16 workers on one H200 processed 353x
    real time against 232x for one (docs/performance.md, GPU). But each worker's torch and CTranslate2 take
    every core by default: 16 workers x 16 threads ran 4-20 times slower than one alone.
    ``user_set``: CUDA_VISIBLE_DEVICES or OMP_NUM_THREADS already chosen by the user: kept.
    """
    if workers <= 1 or user_set:
        return {}
    env = {"OMP_NUM_THREADS": str(max(1, cpus // workers))}
    if gpus:
        env["CUDA_VISIBLE_DEVICES"] = str(i % gpus)
    return env


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable and writable by the owner only."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.chmod(tmp, 0o600)  # O_CREAT's mode does not apply to a file left by a crash
    tmp.replace(path)  # readers never see half a file


@dataclass(frozen=True)
class StackInfo:
    s3_endpoint: str
    region: str
    aws_access_key_id: str
    aws_secret_access_key: str
    inbox: str
    datasets: str
    prefect_api: str
    prefect_ui: str
    queue_url: str
    dead_letter_queue_url: str
    deployment: str
    workers: int
    pid: int
    children: dict[str, int]


def _port(preferred: int) -> int:
    """``preferred`` if free (stable URLs across restarts), else any free port."""
    for candidate in (preferred, 0):
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a port in TIME_WAIT after a restart is free
            try:
                s.bind(("127.0.0.1", candidate))
                return s.getsockname()[1]
            except OSError:
                continue
    raise ConfigError("verbatim up", "no free port on 127.0.0.1", "free a port or set VERBATIM_S3_PORT / VERBATIM_PREFECT_PORT")


def _die_with_parent() -> None:
    import ctypes

    os.setsid()  # own process group: stopping it stops its children too
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


def _wait_until(ready, timeout_s: float, what: str, proc: subprocess.Popen, log_file: Path) -> None:
    """Wait for ``ready()`` while the child that should make it true is alive."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ConfigError(what, f"exited during start (exit {proc.returncode})", f"see {log_file}")
        if ready():
            return
        time.sleep(0.3)
    raise ConfigError(what, f"was not ready within {timeout_s:.0f} s", f"see {log_file}")


class Stack:
    def __init__(self, home: Path, workers: int = 1, poll: bool = False) -> None:
        self.home = home.resolve()
        self.workers = workers
        self.poll = poll
        self.children: list[tuple[str, subprocess.Popen]] = []
        self.worker_slots: dict[str, int] = {}  # worker name -> its slot (GPU index), to start a replacement
        self.stop_event = threading.Event()
        self.bridge_thread: threading.Thread | None = None
        for sub in ("s3", "prefect", "datasets", "logs"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        for sub in PRIVATE_DIRS:
            os.chmod(self.home / sub, 0o700)
        self.credentials = stack_credentials(self.home)
        (self.home / "stack.json").unlink(missing_ok=True)  # left by a killed stack: it would point at dead ports

    # -- children ---------------------------------------------------------------------------
    def _spawn(self, name: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
        log_file = self.home / "logs" / f"{name}.log"
        out = log_file.open("ab")
        proc = subprocess.Popen(
            cmd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
            cwd=self.home,
        )
        self.children.append((name, proc))
        return proc

    def _base_env(self) -> dict[str, str]:
        return {
            **os.environ,
            "AWS_ACCESS_KEY_ID": self.credentials.access_key_id,
            "AWS_SECRET_ACCESS_KEY": self.credentials.secret_access_key,
            "AWS_DEFAULT_REGION": REGION,
            "VERBATIM_STACK_PID": str(os.getpid()),
            "PREFECT_HOME": str(self.home / "prefect"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "HF_HUB_OFFLINE": "1",
            "PYTHONUNBUFFERED": "1",
        }

    def start_s3(self) -> str:
        from verbatim.stack import s3_journal

        journal = self.home / "s3" / "journal.jsonl"
        previous = s3_journal.rotate(journal)  # the fresh server journals the replayed state anew
        port = _port(int(os.environ.get("VERBATIM_S3_PORT", "9000")))
        spill = self.home / "s3" / "objects"  # the server's object bodies over the buffer size: temporary files
        spill.mkdir(exist_ok=True)
        env = {
            **self._base_env(),
            "MOTO_ENABLE_RECORDING": "true",
            "MOTO_RECORDER_FILEPATH": str(journal),
            "MOTO_S3_DEFAULT_KEY_BUFFER_SIZE": str(s3_journal.KEY_BUFFER_BYTES),
            "TMPDIR": str(spill),
            "VERBATIM_S3_ACCESS_KEY_ID": self.credentials.access_key_id,
            "VERBATIM_S3_SECRET_ACCESS_KEY": self.credentials.secret_access_key,
        }
        # moto behind authentication, with its admin API closed (verbatim/stack/s3_server.py).
        proc = self._spawn(
            "s3", [sys.executable, "-m", "verbatim.stack.s3_server", "--host", "127.0.0.1", "--port", str(port)], env
        )
        endpoint = f"http://127.0.0.1:{port}"
        from verbatim.stack.s3_server import HEALTH_PATH

        _wait_until(lambda: _answers(f"{endpoint}{HEALTH_PATH}"), 60, "S3 server (moto)", proc, self.home / "logs" / "s3.log")
        s3, sqs = self._clients(endpoint)
        started = time.monotonic()
        state = s3_journal.compact(previous)
        s3_journal.replay(state, s3)
        log.info(
            "S3: replayed %d buckets, %d objects from the journal in %.1f s",
            len(state.buckets),
            len(state.objects),
            time.monotonic() - started,
        )
        if BUCKET not in state.buckets:
            s3.create_bucket(Bucket=BUCKET)
        if not self.poll:
            dlq = sqs.create_queue(QueueName=DLQ)["QueueUrl"]
            dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
            queue = sqs.create_queue(
                QueueName=QUEUE,
                Attributes={
                    "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "5"}),
                    "VisibilityTimeout": "60",
                },
            )["QueueUrl"]
            arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
            s3.put_bucket_notification_configuration(
                Bucket=BUCKET,
                NotificationConfiguration={
                    "QueueConfigurations": [
                        {
                            "QueueArn": arn,
                            "Events": ["s3:ObjectCreated:*"],
                            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": INBOX_PREFIX}]}},
                        }
                    ]
                },
            )
            self.queue_url, self.dlq_url = queue, dlq
        else:
            self.queue_url = self.dlq_url = ""
        for old in previous:  # only now: until the replay is complete they are the only full copy
            old.unlink()
        return endpoint

    def _clients(self, endpoint: str):
        import boto3

        kw = dict(
            endpoint_url=endpoint,
            region_name=REGION,
            aws_access_key_id=self.credentials.access_key_id,
            aws_secret_access_key=self.credentials.secret_access_key,
        )
        return boto3.client("s3", **kw), boto3.client("sqs", **kw)

    def start_prefect(self) -> str:
        port = _port(int(os.environ.get("VERBATIM_PREFECT_PORT", "4200")))
        exe = str(Path(sys.executable).parent / "prefect")
        proc = self._spawn(
            "prefect-server", [exe, "server", "start", "--host", "127.0.0.1", "--port", str(port)], self._base_env()
        )
        api = f"http://127.0.0.1:{port}/api"
        _wait_until(lambda: _answers(f"{api}/health"), 180, "Prefect server", proc, self.home / "logs" / "prefect-server.log")
        asyncio.run(_crash_orphaned_runs(api))
        return api

    def start_workers(self, api: str, s3_endpoint: str) -> None:
        """One warm worker per slot (flows/worker.py): each loads the models once, then takes
        the uploads' runs one at a time. The first registers the deployments once it is warm."""
        self.api, self.s3_endpoint = api, s3_endpoint
        for i in range(self.workers):
            self.start_worker(i, register=i == 0)

    @staticmethod
    def worker_name(i: int) -> str:
        return "worker" if i == 0 else f"worker-{i + 1}"

    def start_worker(self, i: int, register: bool = False) -> None:
        from verbatim.flows.lifeline import READY_FILE_ENV

        name = self.worker_name(i)
        self.worker_slots[name] = i
        ready = self.home / "logs" / f".{name}.ready"
        ready.unlink(missing_ok=True)
        env = {**self._base_env(), "PREFECT_API_URL": self.api, "AWS_ENDPOINT_URL": self.s3_endpoint, READY_FILE_ENV: str(ready)}
        env.update(
            worker_share(
                i,
                self.workers,
                gpu_count(),
                os.cpu_count() or 1,
                "CUDA_VISIBLE_DEVICES" in os.environ or "OMP_NUM_THREADS" in os.environ,
            )
        )
        cmd = [
            sys.executable,
            "-m",
            "verbatim.flows.worker",
            "--datasets",
            str(self.home / "datasets"),
            "--s3-endpoint-url",
            self.s3_endpoint,
            "--name",
            self.run_tag_name(name),
        ]
        if register:
            cmd += ["--register"]
        proc = self._spawn(name, cmd, env)
        # Ready once its models are loaded and it polls for runs: an upload made after the
        # banner never waits for a model load.
        _wait_until(ready.exists, 300, f"warm worker {name}", proc, self.home / "logs" / f"{name}.log")

    @staticmethod
    def run_tag_name(name: str) -> str:
        return f"{socket.gethostname()}-{name}"

    def replace_worker(self, name: str, proc: subprocess.Popen) -> None:
        """A worker died on its own (the kernel's out-of-memory killer, a crash in a model's native
        code): its run cannot finish. Mark that run Crashed and quarantine its upload (a failures
        row, not retryable: the reconcile would send the same file into the same death), then start
        a fresh worker in its slot."""
        self.children.remove((name, proc))
        asyncio.run(_quarantine_runs_of(self.run_tag_name(name), name, proc.returncode, str(self.home / "datasets")))
        self.start_worker(self.worker_slots[name])
        self.write_info()

    def start_bridge(self, s3_endpoint: str, api: str) -> None:
        from verbatim.stack.bridge import Bridge, BridgeConfig

        os.environ.update(
            PREFECT_API_URL=api,
            AWS_ACCESS_KEY_ID=self.credentials.access_key_id,
            AWS_SECRET_ACCESS_KEY=self.credentials.secret_access_key,
            AWS_DEFAULT_REGION=REGION,
        )
        bridge = Bridge(
            BridgeConfig(
                BUCKET, INBOX_PREFIX, str(self.home / "datasets"), s3_endpoint, self.queue_url or None, poll_interval_s=3.0
            )
        )
        self.bridge_thread = threading.Thread(target=bridge.run, args=(self.stop_event,), name="bridge", daemon=True)
        self.bridge_thread.start()

    # -- lifecycle ----------------------------------------------------------------------------
    def up(self) -> StackInfo:
        s3 = self.start_s3()
        api = self.start_prefect()
        self.start_workers(api, s3)
        self.start_bridge(s3, api)
        return self.write_info()

    def write_info(self) -> StackInfo:
        """stack.json: how to reach the stack, and its processes (written again when a worker is replaced)."""
        info = StackInfo(
            s3_endpoint=self.s3_endpoint,
            region=REGION,
            aws_access_key_id=self.credentials.access_key_id,
            aws_secret_access_key=self.credentials.secret_access_key,
            inbox=f"s3://{BUCKET}/{INBOX_PREFIX}",
            datasets=str(self.home / "datasets"),
            prefect_api=self.api,
            prefect_ui=self.api.removesuffix("/api"),
            queue_url=self.queue_url,
            dead_letter_queue_url=self.dlq_url,
            deployment=DEPLOYMENT,
            workers=self.workers,
            pid=os.getpid(),
            children={name: proc.pid for name, proc in self.children},
        )
        _write_private(self.home / "stack.json", json.dumps(asdict(info), indent=2))  # it holds the secret
        return info

    def down(self) -> None:
        """Stop in dependency order within 30 s: bridge, workers (and their flow runs), servers."""
        self.stop_event.set()
        (self.home / "stack.json").unlink(missing_ok=True)
        if self.bridge_thread is not None:
            self.bridge_thread.join(timeout=4)
        workers = [(n, p) for n, p in self.children if n.startswith("worker")]
        servers = [(n, p) for n, p in self.children if not n.startswith("worker")]
        self._stop(workers, grace_s=10)  # a worker reports its flow run's end to the API: stop it first
        self._stop(servers, grace_s=8)

    @staticmethod
    def _stop(children: list[tuple[str, subprocess.Popen]], grace_s: float) -> None:
        for _, proc in children:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + grace_s
        for name, proc in children:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("%s did not stop within %.0f s; killing it", name, grace_s)
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # whatever is left in its group (flow-run processes)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()


async def _quarantine_runs_of(tag_name: str, name: str, code: int | None, datasets: str) -> None:
    """Crash the unfinished runs a dead worker had taken, each with a failures row saying why."""
    from datetime import datetime, timezone

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType, FlowRunFilterTags
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    from verbatim.tasks import rows, storage

    how = "killed (out of memory?)" if code in (-9, 137) else f"exit code {code}"
    async with get_client() as client:
        runs = await client.read_flow_runs(
            flow_run_filter=FlowRunFilter(
                tags=FlowRunFilterTags(all_=[f"worker:{tag_name}"]),
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.PENDING, StateType.RUNNING])),
            )
        )
        for run in runs:
            uri = run.parameters.get("uri")
            if not uri:  # a themes build: nothing to quarantine, the next hourly run rebuilds
                await client.set_flow_run_state(run.id, Crashed(message=f"the worker process died ({how})"), force=True)
                continue
            reason = (
                f"{uri}: the worker process died while processing it ({how}); see logs/{name}.log. A very long "
                f"or unusual file can exhaust the worker's memory: split or re-encode it, or give the machine more memory"
            )
            await client.set_flow_run_state(run.id, Crashed(message=reason), force=True)
            table = rows.failure_table(
                uri, run.parameters.get("etag"), "worker", reason, False, str(run.id), run.name, datetime.now(timezone.utc)
            )
            storage.DatasetSink(datasets).append("failures", str(run.id), table)
            log.warning("%s", reason)


async def _crash_orphaned_runs(api: str) -> None:
    """Runs left unfinished by a previous stack (killed with it) are marked Crashed, with why.

    Their uploads are not lost: the bridge's reconcile at start sends a fresh event for every
    inbox object not yet in the datasets, and a new run processes it."""
    os.environ["PREFECT_API_URL"] = api
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    unfinished = [StateType.SCHEDULED, StateType.PENDING, StateType.RUNNING, StateType.CANCELLING, StateType.PAUSED]
    async with get_client() as client:
        runs = await client.read_flow_runs(
            flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=unfinished))),
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[DEPLOYMENT.split("/")[1]])),
        )
        for run in runs:
            await client.set_flow_run_state(
                run.id,
                Crashed(message="verbatim up restarted while this run was unfinished; the upload is re-queued by the bridge"),
                force=True,
            )
    if runs:
        log.info("marked %d unfinished runs of the previous stack as Crashed", len(runs))


def banner(info: StackInfo) -> str:
    stack_json = Path(info.datasets).parent / "stack.json"
    return f"""
Verbatim is up. Upload a recording and it is processed; Ctrl-C stops everything.

  Prefect UI   {info.prefect_ui}   (runs, stages, timings, failures)
  Inbox        {info.inbox}   (S3 API at {info.s3_endpoint}, signed requests only)
  Datasets     {info.datasets}/
  Credentials  {stack_json}   (this home's own S3 key, readable by you only)

Upload (aws cli, boto3 or rclone work the same; the credentials are not printed here):
  eval "$(uv run verbatim env)"
  aws s3 cp interview.m4a {info.inbox}interview.m4a --metadata segment=smb,interviewer=alex,consent=yes
  uv run python -c "import boto3; boto3.client('s3').upload_file('interview.m4a', '{info.inbox.split("/")[2]}', '{info.inbox.split("/", 3)[3]}interview.m4a')"

Then: uv run verbatim status        (recent runs and failures)
      uv run verbatim themes {info.datasets}
      uv run verbatim worker        (one more warm worker: {info.workers} running, each with its own models)
"""


def aws_env(info: dict) -> dict[str, str]:
    """The environment that points AWS clients at the running stack (from its stack.json)."""
    return {
        "AWS_ENDPOINT_URL": info["s3_endpoint"],
        "AWS_DEFAULT_REGION": info["region"],
        "AWS_ACCESS_KEY_ID": info["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY": info["aws_secret_access_key"],
    }


def env_lines(info: dict) -> str:
    """Shell ``export`` lines that point AWS clients at the running stack (``verbatim env``)."""
    import shlex

    return "".join(f"export {k}={shlex.quote(v)}\n" for k, v in aws_env(info).items())


def run_up(home: Path, workers: int, poll: bool) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    stack = Stack(home, workers, poll)
    stopping = threading.Event()

    def on_signal(signum, frame):
        stopping.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        info = stack.up()
    except BaseException as exc:
        stack.down()
        if isinstance(exc, ConfigError):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        raise
    print(banner(info), file=sys.stderr, flush=True)
    replaced: list[float] = []
    while not stopping.wait(1.0):
        for name, proc in list(stack.children):
            if proc.poll() is None:
                continue
            log_file = home / "logs" / (name + ".log")
            replaced = [t for t in replaced if time.monotonic() - t < WORKER_RESTART_WINDOW_S]
            if name.startswith("worker") and len(replaced) < MAX_WORKER_RESTARTS:
                print(
                    f"warning: {name} exited (code {proc.returncode}); see {log_file}. Its run is quarantined; "
                    f"starting a new {name}.",
                    file=sys.stderr,
                    flush=True,
                )
                replaced.append(time.monotonic())
                try:
                    stack.replace_worker(name, proc)
                except Exception as exc:  # the API or the datasets folder failing too: stop, cleanly
                    print(f"error: could not replace {name}: {exc}. Stopping.", file=sys.stderr)
                    stopping.set()
                    break
                continue
            print(f"error: {name} exited (code {proc.returncode}); see {log_file}. Stopping.", file=sys.stderr)
            stopping.set()
            break
    print("Stopping Verbatim...", file=sys.stderr, flush=True)
    stack.down()
    return 0
