"""Die with the stack: processes started under ``verbatim up`` exit when it is gone.

``verbatim up`` gives its direct children a parent-death signal, but that is not enough: a
worker busy in a model call, or a process that ignores or mishandles SIGTERM, would keep
processing against a dead S3 server and write false "S3 unreachable" failure rows.

So each of them (the warm workers, the S3 server) watches the stack's process (``VERBATIM_STACK_PID``, set by ``up``) and
exits as soon as it is gone. A zombie counts as gone: after ``kill -9`` the stack's
process lingers as a zombie until its own parent reaps it.
"""

from __future__ import annotations

import os
import threading
import time

STACK_PID_ENV = "VERBATIM_STACK_PID"
READY_FILE_ENV = "VERBATIM_WORKER_READY_FILE"  # a warm worker touches it once its models are loaded
EXIT_CODE = 143  # as if terminated by SIGTERM
_started = threading.Event()


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running (not zombie) process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    except OSError:
        return True  # cannot tell: assume alive rather than kill work
    return state not in (b"Z", b"X")


def watch_stack(interval_s: float = 0.5) -> None:
    """Start (once per process) a daemon thread that exits this process when the stack dies."""
    raw = os.environ.get(STACK_PID_ENV, "")
    if not raw.isdigit() or _started.is_set():
        return
    _started.set()
    pid = int(raw)

    def watch() -> None:
        while alive(pid):
            time.sleep(interval_s)
        os._exit(EXIT_CODE)  # no cleanup to run: the stack that would use it is gone

    threading.Thread(target=watch, name="stack-lifeline", daemon=True).start()
