"""Decode any container/codec once to 16 kHz mono 16-bit PCM (PyAV), kept out of the heap.

Both models read the same array. It is int16, half the size of float32, and each stage
converts only the stretch it works on (``as_float``): faster-whisper a 5-minute block,
pyannote a batch of 10 s chunks, CAM++ a 20 s block. For the 16-bit recordings most
recorders write this is exact (the float32 values PyAV decodes them to are multiples of
1/32768); anything finer is rounded to the nearest 16-bit step, 96 dB below full scale.

The samples are written to an unlinked temporary file as they decode and the array is a
read-only memory map of it (``_SampleBuffer``): the OS page cache holds them, and pages the
stages have read are dropped from the process whenever freed memory is given back
(``memory.keep_paged``). In the heap, a 4-hour recording was 0.46 GB of the process's peak;
mapped, only the blocks being read count.
"""

from __future__ import annotations

import io
import mmap
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # PyAV is imported where audio is decoded (decode), not at import
    import av
from verbatim.tasks import wav_header
from verbatim.tasks.errors import InputError
from verbatim.tasks.memory import keep_paged

SAMPLE_RATE = 16_000
# Longest recording accepted: a whole day of interviews in one file is a mistake, and the
# decoded array (0.46 GB at 4 h) must fit next to the models.
MAX_DURATION_S = 8 * 3600


PCM_SCALE = 32768.0  # int16 sample k stands for k / 32768


def as_float(pcm: np.ndarray) -> np.ndarray:
    """float32 samples in [-1, 1) from int16 ``pcm`` (float32 input is returned as it is)."""
    if pcm.dtype == np.float32:
        return pcm
    return pcm.astype(np.float32) * np.float32(1.0 / PCM_SCALE)


def to_pcm(samples: np.ndarray) -> np.ndarray:
    """int16 PCM of float ``samples`` (rounded to the nearest step, clipped at full scale)."""
    return np.clip(np.rint(samples * np.float32(PCM_SCALE)), -32768, 32767).astype(np.int16)


@dataclass(frozen=True)
class DecodedAudio:
    """A decoded recording. ``pcm`` is int16 with shape (n,) at ``SAMPLE_RATE`` (read-only when
    made by ``decode``: a map of a temporary file)."""

    pcm: np.ndarray
    source_sample_rate: int
    source_channels: int
    codec: str
    container: str

    @property
    def samples(self) -> np.ndarray:
        """The whole recording as float32 (a new array of twice ``pcm``'s size: for short clips
        and evaluation; the pipeline converts block by block)."""
        return as_float(self.pcm)

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / SAMPLE_RATE


def decode(data: bytes | Path, name: str, max_duration_s: float = MAX_DURATION_S) -> DecodedAudio:
    """Decode ``data`` (the bytes of ``name``, or a local file) to 16 kHz mono int16 PCM.

    Stereo and multichannel audio is downmixed by averaging; the original channel
    count is kept in the result. Raises ``InputError`` naming ``name`` for empty,
    undecodable, truncated, audio-less or over-long (``max_duration_s``) input.
    """
    if isinstance(data, Path) and data.stat().st_size == 0 or not isinstance(data, Path) and not data:
        raise InputError(name, "the file is empty (0 bytes)", "upload the recording again; the copy here has no content")
    mismatch = _wav_mismatch(data)
    if mismatch is not None:
        raise InputError(name, mismatch.problem, "re-upload the complete file, or re-export it from the recorder")
    import av  # here, not at the top: code that only handles decoded samples (the GPU bench) runs without PyAV

    try:
        # A local file is opened through ffmpeg's file protocol, explicitly: a bare name such as
        # "concat:a.wav|b.wav" or "subfile:..." would otherwise be read as a protocol string.
        source = f"file:{data}" if isinstance(data, Path) else io.BytesIO(data)
        container = av.open(source, mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            name,
            f"not readable as audio or video: truncated, corrupt or not a media file ({exc.__class__.__name__})",
            "supply WAV, FLAC, MP3, M4A/AAC, OGG/Opus, WebM or MP4/MOV with an audio track",
        ) from exc
    with container:
        if not container.streams.audio:
            raise InputError(name, "the file has no audio track", "export the recording with its audio track included")
        stream = container.streams.audio[0]
        source_rate = int(stream.codec_context.sample_rate or stream.rate or 0)
        channels = int(stream.codec_context.channels or 0)
        resampler = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
        expected_s = _declared_duration_s(container, stream)
        if expected_s is not None and expected_s > max_duration_s:
            raise _too_long(name, expected_s, max_duration_s)
        buffer = _SampleBuffer(name)
        decoded_frames = 0
        try:
            for frame in container.decode(stream):
                decoded_frames += 1
                channels = channels or len(frame.layout.channels)
                for out in resampler.resample(frame):
                    buffer.append(out.to_ndarray()[0])
                if buffer.size > max_duration_s * SAMPLE_RATE:  # no duration declared, or a false one
                    raise _too_long(name, buffer.size / SAMPLE_RATE, max_duration_s)
            for out in resampler.resample(None):  # flush the resampler's tail
                buffer.append(out.to_ndarray()[0])
        except (av.error.InvalidDataError, av.error.FFmpegError) as exc:
            buffer.discard()
            if decoded_frames == 0:
                raise InputError(
                    name, f"the audio stream cannot be decoded ({exc})", "re-export or re-upload the recording"
                ) from exc
            raise InputError(
                name,
                f"the audio is truncated or corrupt after {buffer.size / SAMPLE_RATE:.1f} s ({exc})",
                "re-upload the complete file",
            ) from exc
        except BaseException:
            buffer.discard()
            raise
        codec = stream.codec_context.name
        container_name = container.format.name
    if decoded_frames == 0:
        raise InputError(name, "the audio track holds no samples", "check that the recording is not empty or cut off")
    samples = buffer.finish()
    # A WAV cut short still decodes without complaint; its header still declares the
    # full length, which is how a truncated upload is told from a short recording.
    if expected_s is not None and len(samples) / SAMPLE_RATE < 0.9 * expected_s - 1.0:
        raise InputError(
            name,
            f"the file is truncated: its header declares {expected_s:.1f} s but only "
            f"{len(samples) / SAMPLE_RATE:.1f} s could be read",
            "re-upload the complete file",
        )
    return DecodedAudio(samples, source_rate, channels, codec, container_name)


def _wav_mismatch(data: bytes | Path) -> wav_header.WavMismatch | None:
    if isinstance(data, Path):
        with data.open("rb") as fh:
            return wav_header.check(fh, data.stat().st_size)
    return wav_header.check(io.BytesIO(data), len(data))


def _too_long(name: str, seconds: float, limit_s: float) -> InputError:
    return InputError(
        name,
        f"the recording is longer than {limit_s / 3600:g} hours ({seconds / 3600:.2f} h or more)",
        f"split it into parts of at most {limit_s / 3600:g} hours (e.g. ffmpeg -i IN -f segment -segment_time 14400 -c copy OUT%d.EXT)",
    )


class _SampleBuffer:
    """int16 samples appended to an unlinked temporary file as frames decode, then mapped.

    The file has no name from the start (``TemporaryFile``), so nothing is left on disk by a
    crash; the map keeps its own handle, and the space is freed when the last array viewing
    it goes. Writes go to the page cache, not the heap, so decoding a 4-hour file needs no
    0.46 GB array (nor a list of chunks plus their concatenation).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.size = 0
        self._file = tempfile.TemporaryFile(prefix="verbatim-pcm-")

    def append(self, chunk: np.ndarray) -> None:
        try:
            self._file.write(to_pcm(chunk).tobytes())
        except OSError as exc:
            self.discard()
            raise InputError(
                self.name,
                f"no room for its decoded audio in {tempfile.gettempdir()} ({exc.strerror})",
                "free disk space there or point TMPDIR at a disk with room (about 115 MB per hour)",
            ) from exc
        self.size += len(chunk)

    def finish(self) -> np.ndarray:
        with self._file:
            self._file.flush()
            if self.size == 0:
                return np.zeros(0, np.int16)
            mapping = mmap.mmap(self._file.fileno(), self.size * 2, access=mmap.ACCESS_READ)
        keep_paged(mapping)
        return np.frombuffer(mapping, np.int16)

    def discard(self) -> None:
        self._file.close()


def _declared_duration_s(container: av.container.InputContainer, stream: av.audio.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        import av

        return container.duration / av.time_base
    return None
