"""A temporary local Prefect API for one CLI run, started before anything heavy is imported.

Without ``PREFECT_API_URL`` Prefect starts the same temporary server itself on first use,
but only after ``prefect`` (and its server package) is imported, and it waits for it. We
start it as the first thing the CLI does, so its start-up (seconds, in its own process)
overlaps with importing torch and loading the models.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from verbatim.tasks.errors import ConfigError


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the CLI dies, even by SIGKILL (atexit never runs then)."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class TemporaryPrefectAPI:
    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/api"
        spec = importlib.util.find_spec("prefect")
        assert spec is not None and spec.origin is not None  # a dependency: installed with verbatim
        prefect_parent = Path(spec.origin).parent.parent
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(prefect_parent),
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        atexit.register(self.stop)

    def wait_ready(self, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace")[-800:] if self.process.stderr else ""
                raise ConfigError(
                    "Prefect API",
                    f"the temporary server exited ({err.strip()})",
                    "set PREFECT_API_URL to a running Prefect server, or check PREFECT_HOME is writable",
                )
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise ConfigError(
            "Prefect API",
            f"the temporary server did not start within {timeout_s:.0f} s",
            "set PREFECT_API_URL to a running Prefect server",
        )

    def stop(self) -> None:
        # Runs after Prefect flushed its logs and events (see run.py). uvicorn's graceful
        # shutdown then waits seconds for idle keep-alive connections; SQLite survives a kill,
        # so a short grace is enough (this was 3-5 s at the end of every CLI run).
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_if_needed() -> TemporaryPrefectAPI | None:
    """Start a temporary API unless ``PREFECT_API_URL`` is set; points this process at it."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    api = TemporaryPrefectAPI()
    os.environ["PREFECT_API_URL"] = api.url
    return api
