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
import mmap
import threading
import weakref
from typing import Iterator


@functools.lru_cache(maxsize=1)
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


_PAGED: weakref.WeakSet = weakref.WeakSet()
_PAGED_LOCK = threading.Lock()


def keep_paged(mapping: mmap.mmap) -> None:
    """Drop ``mapping``'s resident pages each time freed memory is given back.

    For a read-only map of a file (the decoded recording) this loses nothing: a page read
    again comes back from the OS page cache (or the file) on its next access. Without it, every
    page a stage has read stays in the process's resident size until the map is closed.
    """
    with _PAGED_LOCK:
        _PAGED.add(mapping)


def drop_paged() -> None:
    """Drop the resident pages of the maps given to ``keep_paged`` (cheap: a page-table walk)."""
    with _PAGED_LOCK:
        mappings = list(_PAGED)
    for mapping in mappings:
        try:
            mapping.madvise(mmap.MADV_DONTNEED)
        except (ValueError, OSError, AttributeError):  # closed meanwhile, or no madvise on this OS
            pass


def release_free_memory() -> bool:
    """Return the heap's free pages to the OS, and drop the resident pages of maps given to
    ``keep_paged`` (the heap part: glibc only; elsewhere it returns False)."""
    drop_paged()
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
    VAD and log-mel features of a 5-minute block (+250-360 MB whole; tasks/whisper_steps.py now
    runs them piece by piece), the CAM++ trunk over a 20 s block (+~200 MB for a fraction of a
    second). When two coincide, the process peak is their sum; taking turns makes it the larger
    of the two, for a wait of at most a few seconds.
    """
    with _LARGE_STEP:
        try:
            yield
        finally:
            release_free_memory()
