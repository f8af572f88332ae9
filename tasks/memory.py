"""Memory of a long recording: freed heap given back, and large brief steps taking turns.

glibc's malloc keeps what a process frees inside its heaps for reuse. The CAM++ trunk over a
minute of audio allocates and frees a few hundred MB of intermediate tensors, of sizes that
land inside those heaps (below glibc's dynamic mmap threshold), so each block left the heap
larger and the resident size of a 1-hour run crept up by ~0.5 GB that nothing used.
``malloc_trim(0)`` returns the free pages (madvise), keeping the heap's layout: measured
cheap (milliseconds) when called once per block, unlike a fixed low mmap threshold, which
made diarization of one hour 50% slower (every large tensor mapped and zeroed afresh).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import threading
from typing import Iterator


@functools.lru_cache(maxsize=1)
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_free_memory() -> bool:
    """Return the heap's free pages to the OS (glibc only; elsewhere a no-op returning False)."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


_LARGE_STEP = threading.Lock()


@contextlib.contextmanager
def one_large_step() -> Iterator[None]:
    """Run a step whose working memory is large but brief, then give the freed memory back.

    Transcription and diarization run side by side, and each has such steps: faster-whisper's
    VAD and log-mel features of a 5-minute block (+250-360 MB for 1-3 s), the CAM++ trunk over
    a 20 s block (+~200 MB for a fraction of a second). When two coincide, the process peak is
    their sum; taking turns makes it the larger of the two, for a wait of at most a few seconds.
    """
    with _LARGE_STEP:
        try:
            yield
        finally:
            release_free_memory()
