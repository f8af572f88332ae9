"""Decoding: every supported container/codec, downmix, and each kind of bad input."""

from pathlib import Path

import numpy as np
import pytest

from tasks.audio import SAMPLE_RATE, decode
from tests.media import FORMATS, encode, resample
from verbatim.errors import InputError

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return decode(SHARED / "speech" / "jfk.flac", "jfk").samples


@pytest.mark.parametrize("suffix, fmt, codec, sample_fmt, rate", FORMATS, ids=[f[0] for f in FORMATS])
def test_decodes_every_supported_format_to_16k_mono(tmp_path, speech, suffix, fmt, codec, sample_fmt, rate):
    path = encode(resample(speech, SAMPLE_RATE, rate), rate, tmp_path / f"clip.{suffix}", fmt, codec, sample_fmt, channels=2)
    out = decode(path, str(path))
    assert out.samples.dtype == np.float32 and out.samples.ndim == 1
    assert out.source_channels == 2
    assert out.source_sample_rate == rate
    assert abs(out.duration_s - 11.0) < 0.2  # codec priming/padding is a few ms
    # The decoded signal is the speech (not silence or noise): correlate with the original.
    n = min(len(out.samples), len(speech)) - 4000
    best = max(np.corrcoef(out.samples[lag : lag + n], speech[:n])[0, 1] for lag in range(0, 2000, 16))
    assert best > 0.9


def test_stereo_is_downmixed_and_channel_count_kept():
    out = decode(SHARED / "speech" / "stereo_diarization.wav", "stereo")
    assert out.source_channels == 2 and out.samples.ndim == 1
    assert abs(out.duration_s - 5.0) < 0.01


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "empty"),
        (b"this is a text file, not a recording\n" * 50, "not readable as audio"),
        (b"RIFF\x00\x00", "not readable as audio"),
    ],
    ids=["zero-bytes", "text", "header-only"],
)
def test_bad_bytes_give_one_clear_error(tmp_path, content, expected):
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(InputError, match=expected) as err:
        decode(path, str(path))
    assert str(path) in str(err.value) and err.value.fix


def test_truncated_wav_is_detected(tmp_path):
    data = (SHARED / "ami-debug" / "dev00.wav").read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="truncated"):
        decode(path, str(path))


def test_truncated_compressed_file_is_an_error(tmp_path, speech):
    full = encode(speech, SAMPLE_RATE, tmp_path / "full.mp3", "mp3", "libmp3lame", "fltp")
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(full.read_bytes()[:2000])
    with pytest.raises(InputError):
        decode(cut, str(cut))


def test_video_without_audio_is_an_error(tmp_path):
    import av

    path = tmp_path / "silent-video.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height = 32, 32
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    with pytest.raises(InputError, match="no audio track"):
        decode(path, str(path))
