"""Terminal logging: one clear line for expected failures, full tracebacks only for bugs.

Prefect logs a failed task or flow with its traceback. For a ``VerbatimError``
(bad input, bad setting) the message already names the input and the fix, and a stage
``Abandoned`` because its sibling failed says so: the console drops their tracebacks; the
Prefect API (and UI) still receives them.
"""

from __future__ import annotations

import logging
import os
import re

from verbatim.tasks.errors import VerbatimError
from verbatim.tasks.progress import Abandoned


class _HideExpectedTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, (VerbatimError, Abandoned)):
            record.exc_info = None
            record.exc_text = None
        return True


# Prefect's own run bookkeeping: which hook ran, which state a run entered, where a run is in
# the UI (a link to a server that the one-shot CLI stops on exit). The UI and the API keep them.
_BOOKKEEPING = re.compile(
    r"^(Running hook '|Hook '.*' finished running|Finished in state |Created (task|flow) run |Executing '|"
    r"Beginning (flow|subflow) run |View at https?://|Submitting task run |Executing flow |Created subflow run )"
)


class _HideRunBookkeeping(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not _BOOKKEEPING.match(record.getMessage())


def verbose() -> bool:
    """``--verbose`` (VERBATIM_VERBOSE=1): the terminal shows Prefect's run logs as they are."""
    return os.environ.get("VERBATIM_VERBOSE", "") not in ("", "0", "false")


def quiet_expected_failures() -> None:
    """Attach the filters to Prefect's console handlers (call after importing prefect): no
    traceback for an expected failure, and (unless ``verbose()``) no run bookkeeping lines."""
    from prefect.logging.handlers import PrefectConsoleHandler

    wanted = [_HideExpectedTracebacks] + ([] if verbose() else [_HideRunBookkeeping])
    for logger in [logging.getLogger(), *[logging.getLogger(n) for n in list(logging.root.manager.loggerDict)]]:
        for handler in getattr(logger, "handlers", []):
            if not isinstance(handler, PrefectConsoleHandler):
                continue
            for kind in wanted:
                if not any(isinstance(f, kind) for f in handler.filters):
                    handler.addFilter(kind())
