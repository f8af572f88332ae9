"""Terminal logging: one clear line for expected failures, full tracebacks only for bugs.

Prefect logs a failed task or flow with its traceback. For a ``VerbatimError``
(bad input, bad setting) the message already names the input and the fix, and a stage
``Abandoned`` because its sibling failed says so: the console drops their tracebacks; the
Prefect API (and UI) still receives them.
"""

from __future__ import annotations

import logging

from verbatim.tasks.errors import VerbatimError
from verbatim.tasks.progress import Abandoned


class _HideExpectedTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, (VerbatimError, Abandoned)):
            record.exc_info = None
            record.exc_text = None
        return True


def quiet_expected_failures() -> None:
    """Attach the filter to Prefect's console handlers (call after importing prefect)."""
    from prefect.logging.handlers import PrefectConsoleHandler

    for logger in [logging.getLogger(), *[logging.getLogger(n) for n in list(logging.root.manager.loggerDict)]]:
        for handler in getattr(logger, "handlers", []):
            if isinstance(handler, PrefectConsoleHandler) and not any(isinstance(f, _HideExpectedTracebacks) for f in handler.filters):
                handler.addFilter(_HideExpectedTracebacks())
