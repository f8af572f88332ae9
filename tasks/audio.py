"""Decode any container/codec once, in memory, to 16 kHz mono float32 (PyAV).

Both models read the same array: faster-whisper takes it as-is and pyannote takes
``{"waveform": tensor[1, n], "sample_rate": 16000}``.
"""

from __future__ import annotations

import io
from pathlib import Path
from dataclasses import dataclass

import av
import numpy as np

from verbatim.errors import InputError

SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class DecodedAudio:
    """A decoded recording. ``samples`` has shape (n,) at ``SAMPLE_RATE``."""

    samples: np.ndarray
    source_sample_rate: int
    source_channels: int
    codec: str
    container: str

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def decode(data: bytes | Path, name: str) -> DecodedAudio:
    """Decode ``data`` (the bytes of ``name``, or a local file) to 16 kHz mono float32.

    Stereo and multichannel audio is downmixed by averaging; the original channel
    count is kept in the result. Raises ``InputError`` naming ``name`` for empty,
    undecodable, truncated or audio-less input.
    """
    if isinstance(data, Path) and data.stat().st_size == 0 or not isinstance(data, Path) and not data:
        raise InputError(name, "the file is empty (0 bytes)", "upload the recording again; the copy here has no content")
    try:
        source = str(data) if isinstance(data, Path) else io.BytesIO(data)
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
        chunks: list[np.ndarray] = []
        decoded_frames = 0
        try:
            for frame in container.decode(stream):
                decoded_frames += 1
                channels = channels or len(frame.layout.channels)
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray()[0])
            for out in resampler.resample(None):  # flush the resampler's tail
                chunks.append(out.to_ndarray()[0])
        except (av.error.InvalidDataError, av.error.FFmpegError) as exc:
            if decoded_frames == 0:
                raise InputError(
                    name, f"the audio stream cannot be decoded ({exc})", "re-export or re-upload the recording"
                ) from exc
            raise InputError(
                name,
                f"the audio is truncated or corrupt after {sum(map(len, chunks)) / SAMPLE_RATE:.1f} s ({exc})",
                "re-upload the complete file",
            ) from exc
        codec = stream.codec_context.name
        expected_s = _declared_duration_s(container, stream)
        container_name = container.format.name
    if decoded_frames == 0:
        raise InputError(name, "the audio track holds no samples", "check that the recording is not empty or cut off")
    samples = np.concatenate(chunks).astype(np.float32, copy=False) if chunks else np.zeros(0, np.float32)
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


def _declared_duration_s(container: av.container.InputContainer, stream: av.audio.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None
