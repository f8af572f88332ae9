"""`verbatim up` in a home of its own, for the measuring scripts (stack_throughput, store_scale)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

CLI = [sys.executable, "-m", "verbatim.cli"]


class LocalStack:
    """Starts `verbatim up` in ``home`` (any free ports) and waits for its stack.json, which is
    written once the stack is ready, its warm worker included. ``on_wait`` runs while waiting."""

    def __init__(self, home: Path, log: Path, on_wait=None, timeout_s: float = 3600) -> None:
        env = {k: v for k, v in os.environ.items()
               if k not in ("PREFECT_API_URL", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
        env.update(VERBATIM_HOME=str(home), VERBATIM_S3_PORT="0", VERBATIM_PREFECT_PORT="0", PYTHONUNBUFFERED="1")
        home.mkdir(parents=True, exist_ok=True)
        (home / "stack.json").unlink(missing_ok=True)
        self.home, self.log = home, log
        started = time.perf_counter()
        self.proc = subprocess.Popen([*CLI, "up"], env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT)
        while not (home / "stack.json").exists():
            if self.proc.poll() is not None or time.perf_counter() - started > timeout_s:
                raise SystemExit(f"verbatim up did not start: see {log}")
            if on_wait is not None:
                on_wait(self.proc.pid)
            time.sleep(0.1)
        self.start_s = time.perf_counter() - started
        self.info = json.loads((home / "stack.json").read_text())
        import boto3

        self.s3 = boto3.client("s3", endpoint_url=self.info["s3_endpoint"], region_name=self.info["region"],
                               aws_access_key_id=self.info["aws_access_key_id"],
                               aws_secret_access_key=self.info["aws_secret_access_key"])
        self.bucket, _, self.prefix = self.info["inbox"].removeprefix("s3://").partition("/")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=120)
