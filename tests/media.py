"""Write test audio in many containers and codecs with PyAV (the same FFmpeg that decodes)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

# (suffix, container format, codec, sample format, sample rate)
FORMATS = [
    ("wav", "wav", "pcm_s16le", "s16", 16000),
    ("f32.wav", "wav", "pcm_f32le", "flt", 22050),
    ("flac", "flac", "flac", "s16", 44100),
    ("mp3", "mp3", "libmp3lame", "fltp", 44100),
    ("m4a", "ipod", "aac", "fltp", 48000),
    ("ogg", "ogg", "libopus", "flt", 48000),
    ("webm", "webm", "libopus", "flt", 48000),
    ("mp4", "mp4", "aac", "fltp", 44100),
    ("mov", "mov", "aac", "fltp", 44100),
]


def resample(samples: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    n = int(round(len(samples) * dst_rate / src_rate))
    return np.interp(np.linspace(0, len(samples) - 1, n), np.arange(len(samples)), samples).astype(np.float32)


def encode(samples: np.ndarray, rate: int, path: Path, fmt: str, codec: str, sample_fmt: str, channels: int = 1) -> Path:
    """Encode mono float ``samples`` at ``rate`` (duplicated to ``channels``) into ``path``."""
    layout = "mono" if channels == 1 else "stereo"
    data = np.tile(samples[None, :], (channels, 1)).astype(np.float32)
    with av.open(str(path), mode="w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        stream.time_base = Fraction(1, rate)
        resampler = av.AudioResampler(format=sample_fmt, layout=layout, rate=rate)
        step = 1024
        pts = 0
        for i in range(0, data.shape[1], step):
            block = np.ascontiguousarray(data[:, i : i + step])
            frame = av.AudioFrame.from_ndarray(block, format="fltp", layout=layout)
            frame.sample_rate = rate
            frame.pts = pts
            pts += block.shape[1]
            for f in resampler.resample(frame):
                for packet in stream.encode(f):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path
