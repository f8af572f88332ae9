"""Long recordings are transcribed block by block: the cutting logic."""

import numpy as np

from verbatim.tasks.transcribe import BLOCK_S, SAMPLE_RATE, blocks


def test_long_audio_is_cut_into_bounded_blocks_at_quiet_points():
    rng = np.random.default_rng(0)
    audio = rng.normal(0, 0.1, 50 * 60 * SAMPLE_RATE).astype(np.float32)  # 50 min of "speech"
    quiet = 19 * 60 * SAMPLE_RATE + 40 * SAMPLE_RATE  # a pause at 19:40, within 30 s of the 20:00 limit
    audio[quiet : quiet + SAMPLE_RATE] = 0.0
    out = blocks(audio, block_s=20 * 60)
    assert out[0][0] == 0 and out[-1][1] == len(audio)
    assert all(a[1] == b[0] for a, b in zip(out, out[1:]))  # contiguous, nothing lost or doubled
    assert all(end - start <= 20 * 60 * SAMPLE_RATE for start, end in out)
    assert quiet <= out[0][1] <= quiet + SAMPLE_RATE  # the first cut falls in the pause
    assert blocks(audio[: 5 * SAMPLE_RATE]) == [(0, 5 * SAMPLE_RATE)]
    # The default keeps faster-whisper's whole-input STFT small (memory, see tasks/transcribe.py).
    assert BLOCK_S <= 5 * 60 and all(e - s <= BLOCK_S * SAMPLE_RATE for s, e in blocks(audio))
