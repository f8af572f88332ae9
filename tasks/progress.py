"""How far a long stage is, and the signal that stops it when its sibling has failed.

Transcription and diarization of one recording run side by side. When one fails, the other's
result is worthless (nothing is written without both), so it should stop within seconds
instead of running to the end of an hour of audio. Both stages call ``StageWatch.update``
as they go; that call raises ``Abandoned`` once the shared ``Stop`` is set, and reports
progress (minutes done of minutes total) at most once every ``every_s`` seconds.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Callable, Iterator

REPORT_EVERY_S = 30.0


class Abandoned(Exception):
    """A stage stopped on purpose because its sibling failed (not a failure of its own)."""


class Stop:
    """Shared by the stages of one recording: the first to fail sets it, with its name."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = ""

    def set(self, reason: str) -> None:
        if not self._event.is_set():
            self.reason = reason
            self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


@contextlib.contextmanager
def stops_sibling(stop: Stop | None, stage: str) -> Iterator[None]:
    """Run ``stage``; if it fails (on its own, not ``Abandoned``), set ``stop`` for its sibling."""
    try:
        yield
    except Exception as exc:
        if stop is not None and not isinstance(exc, Abandoned):
            stop.set(stage)
        raise


class StageWatch:
    """Progress of one stage over ``total_s`` seconds of audio.

    ``report`` receives a line such as ``"transcription: 12.5 of 60.0 min"``; the first
    update is reported, then at most one line every ``every_s`` seconds (``clock`` is
    injectable for tests).
    """

    def __init__(
        self,
        stage: str,
        total_s: float,
        report: Callable[[str], None] | None = None,
        stop: Stop | None = None,
        every_s: float = REPORT_EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stage = stage
        self.total_s = max(0.0, float(total_s))
        self.report = report
        self.stop = stop
        self.every_s = every_s
        self._clock = clock
        self._last: float | None = None

    def check(self) -> None:
        """Raise ``Abandoned`` if the sibling stage has failed."""
        if self.stop is not None and self.stop.is_set():
            raise Abandoned(f"{self.stage} abandoned: {self.stop.reason} failed")

    def update(self, done_s: float, step: str | None = None) -> None:
        """``done_s`` seconds of audio are done (``step``: the part of the stage, if it has parts)."""
        self.check()
        if self.report is None:
            return
        now = self._clock()
        if self._last is not None and now - self._last < self.every_s:
            return
        self._last = now
        done = min(max(0.0, done_s), self.total_s)
        part = f" ({step})" if step else ""
        self.report(f"{self.stage}{part}: {done / 60:.1f} of {self.total_s / 60:.1f} min")
