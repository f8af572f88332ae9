"""Does a RIFF/WAVE file hold what its header says? (pure: bytes in, a verdict out)

ffmpeg decodes a PCM WAV cut short without complaint (it stops at the end of the file), and
one whose header declares less than the file holds stops at the declared end: both come out
as a shorter recording, silently. The header's data-chunk size against the file's size tells
the cases apart. Streaming writers (ffmpeg or sox writing to a pipe) cannot go back to fill
the sizes in and leave 0 or a huge placeholder there: such a header makes no claim, so it is
accepted as it is.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

# Sizes a streaming writer leaves in the header: 0, 0xFFFFFFFF (ffmpeg), 0x7FFFF000 and
# nearby (sox, some recorders). No real WAV chunk is this close to the 32-bit limit.
_PLACEHOLDER_FROM = 0x7FFF0000
_MAX_CHUNKS = 64  # chunks walked before giving up on a header (a hostile file could hold millions)


@dataclass(frozen=True)
class WavMismatch:
    """The header and the file disagree: ``problem`` says how, in seconds where it can."""

    problem: str


def check(fh: BinaryIO, file_size: int) -> WavMismatch | None:
    """None if ``fh`` is not a RIFF/WAVE file, has a streaming header, or matches its header."""
    fh.seek(0)
    head = fh.read(12)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None  # RF64, W64, other containers: ffmpeg's own checks apply
    byte_rate = 0
    pos = 12
    for _ in range(_MAX_CHUNKS):
        fh.seek(pos)
        chunk = fh.read(8)
        if len(chunk) < 8:
            return None  # no data chunk: ffmpeg refuses the file itself
        chunk_id, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if chunk_id == b"fmt " and size >= 12:
            byte_rate = struct.unpack("<I", fh.read(12)[8:12])[0]
        if chunk_id == b"data":
            return _check_data(fh, file_size, pos + 8, size, byte_rate)
        if size >= _PLACEHOLDER_FROM:
            return None
        pos += 8 + size + (size & 1)  # chunks are padded to an even length
    return None


def _seconds(n_bytes: int, byte_rate: int) -> str:
    return f"{n_bytes / byte_rate:.1f} s" if byte_rate else f"{n_bytes} bytes"


def _check_data(fh: BinaryIO, file_size: int, start: int, size: int, byte_rate: int) -> WavMismatch | None:
    if size == 0 or size >= _PLACEHOLDER_FROM:
        return None  # a streaming header: no claim to check
    present = file_size - start
    if start + size > file_size:
        return WavMismatch(
            f"the file is truncated: its WAV header declares {_seconds(size, byte_rate)} of audio "
            f"but the file holds {_seconds(max(present, 0), byte_rate)}"
        )
    end = start + size + (size & 1)
    if _trailing_chunks_end(fh, end, file_size) is None:
        extra = file_size - start - size
        return WavMismatch(
            f"the WAV header declares {_seconds(size, byte_rate)} of audio but "
            f"{_seconds(extra, byte_rate)} more follow it that are not WAV chunks (a wrong header)"
        )
    return None


def _trailing_chunks_end(fh: BinaryIO, pos: int, file_size: int) -> int | None:
    """Walk the chunks after the audio (LIST, id3, cue...); None if the bytes there are not chunks.

    A few stray bytes (under one chunk header) are tolerated: some writers pad the file.
    """
    for _ in range(_MAX_CHUNKS):
        if file_size - pos < 8:
            return pos
        fh.seek(pos)
        chunk = fh.read(8)
        chunk_id, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if not all(32 <= b < 127 for b in chunk_id) or pos + 8 + size > file_size + 1:
            return None
        pos += 8 + size + (size & 1)
    return None
