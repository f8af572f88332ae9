"""Decoding: every supported container/codec, downmix, and each kind of bad input."""

from pathlib import Path

import numpy as np
import pytest

from verbatim.tasks.audio import SAMPLE_RATE, decode
from tests.media import FORMATS, encode, resample
from verbatim.tasks.errors import InputError

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


def test_overlong_recording_is_refused_with_the_fix():
    path = SHARED / "speech" / "jfk.flac"  # 11 s, refused under a 5 s limit
    with pytest.raises(InputError, match="longer than") as err:
        decode(path, "jfk.flac", max_duration_s=5)
    assert "jfk.flac" in str(err.value) and "split" in err.value.fix


def test_sample_buffer_keeps_every_chunk_in_order():
    from verbatim.tasks.audio import _SampleBuffer

    rng = np.random.default_rng(0)
    from verbatim.tasks.audio import to_pcm

    chunks = [(0.3 * rng.standard_normal(n)).astype(np.float32) for n in rng.integers(1, 5000, 200)]
    buffer = _SampleBuffer("chunks.wav")
    for chunk in chunks:
        buffer.append(chunk)
    out = buffer.finish()
    assert np.array_equal(out, to_pcm(np.concatenate(chunks))) and out.dtype == np.int16


def test_decoding_keeps_the_samples_out_of_the_process_memory(tmp_path):
    # A 4-hour file is 0.46 GB of int16: decoded into a file map, not the heap, it must not
    # raise the process's peak by its size (before: once its size; earlier still: twice).
    # Measured in a fresh process so nothing else has raised its peak RSS yet.
    import subprocess
    import sys

    from eval.synth import write_wav

    path = tmp_path / "long.wav"
    write_wav(path, np.zeros(SAMPLE_RATE * 1200, np.float32))  # 20 minutes
    # VmHWM, not ru_maxrss: Linux carries the parent's (pytest's) peak into ru_maxrss across exec.
    code = (
        # PyAV is imported inside decode() (the GPU bench runs without it): import it first, so
        # the peak measures the samples, not the library.
        "import sys, av; from pathlib import Path; from tasks.audio import decode; from eval.bench import peak_ram_mb;"
        "before = peak_ram_mb(); d = decode(Path(sys.argv[1]), sys.argv[1]);"
        "print(peak_ram_mb() - before, d.pcm.nbytes / 2**20)"
    )
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True, cwd=repo)
    grew_mb, array_mb = map(float, out.stdout.split())
    assert array_mb > 35  # 20 minutes of int16
    assert grew_mb < 0.3 * array_mb, (grew_mb, array_mb)


def _rss_file_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1]) / 1024
    pytest.skip("no RssFile in /proc/self/status (not Linux)")


def test_pages_of_the_recording_read_by_a_stage_are_dropped_when_memory_is_released(tmp_path):
    import os

    from eval.synth import write_wav
    from verbatim.tasks.memory import release_free_memory

    path = tmp_path / "ten.wav"
    write_wav(path, (0.1 * np.random.default_rng(1).standard_normal(SAMPLE_RATE * 600)).astype(np.float32))
    decoded = decode(path, "ten.wav")
    assert not decoded.pcm.flags.writeable  # a read-only map: no stage can change the recording
    before = _rss_file_mb()
    total = int(np.abs(decoded.pcm.astype(np.int64)).sum())  # a stage reads every block
    read = _rss_file_mb()
    assert read - before > 0.8 * decoded.pcm.nbytes / 2**20
    release_free_memory()
    assert _rss_file_mb() - before < 0.2 * decoded.pcm.nbytes / 2**20
    # Read again after the drop: the same samples, from the page cache.
    assert int(np.abs(decoded.pcm.astype(np.int64)).sum()) == total
    # The backing file never had a name: nothing is left in the temp folder by a crash.
    assert not [f for f in os.listdir(tempfile_dir()) if f.startswith("verbatim-pcm-")]


def tempfile_dir() -> str:
    import tempfile

    return tempfile.gettempdir()


def test_the_recording_is_kept_as_16_bit_pcm_exactly_for_16_bit_input(tmp_path):
    # 16-bit WAV at 16 kHz, the commonest recorder output: int16 storage loses nothing.
    import wave

    rng = np.random.default_rng(0)
    pcm = rng.integers(-32768, 32767, SAMPLE_RATE * 3, dtype=np.int16)
    path = tmp_path / "pcm16.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1), out.setsampwidth(2), out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())
    decoded = decode(path, "pcm16.wav")
    assert decoded.pcm.dtype == np.int16 and np.array_equal(decoded.pcm, pcm)
    assert np.array_equal(decoded.samples, pcm.astype(np.float32) / 32768)


def test_float_samples_round_to_the_nearest_16_bit_step_and_clip():
    from verbatim.tasks.audio import as_float, to_pcm

    x = np.array([0.0, 1 / 32768, 0.4 / 32768, 0.6 / 32768, -1.0, 1.5, -1.5, 0.999999], np.float32)
    assert to_pcm(x).tolist() == [0, 1, 0, 1, -32768, 32767, -32768, 32767]
    assert np.abs(as_float(to_pcm(x[:4])) - x[:4]).max() <= 0.5 / 32768
    assert as_float(x) is x  # float32 passes through
