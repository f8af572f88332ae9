"""Keep glibc from holding on to freed model activations.

glibc serves allocations above a threshold with their own mmap and returns them to the OS
on free; but after each such free it *raises* the threshold (up to 32 MiB), so later
activations of that size come from the heap, where fragmentation keeps them resident.
Diarization and transcription allocate and free tens of MB per batch, so peak RSS grows
by hundreds of MB that the program no longer uses. Fixing the threshold with ``mallopt``
(the same as ``MALLOC_MMAP_THRESHOLD_=1048576`` in the environment) turns the adjustment off.
Called where model work starts: the CLI and the flows (served flow runs are their own processes).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
MMAP_THRESHOLD_BYTES = 1 << 20


@functools.cache
def limit_heap_fragmentation() -> bool:
    """Fix glibc's mmap threshold at 1 MiB for this process; False where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
