"""Quote clips for the report (issue 26): bounds, silence over redactions, a playable Opus data URI."""

import base64
import io

import av
import numpy as np

from verbatim.tasks.clips import CONTEXT_S, MAX_CLIP_S, clip_bounds, opus_data_uri, silenced


def test_a_clip_has_context_either_side_and_stays_inside_the_recording():
    assert clip_bounds(10.0, 14.0, 60.0) == (10.0 - CONTEXT_S, 14.0 + CONTEXT_S)
    assert clip_bounds(0.2, 3.0, 3.5) == (0.0, 3.5)
    lo, hi = clip_bounds(5.0, 200.0, 300.0)
    assert hi - lo == MAX_CLIP_S  # a long statement plays its start


def test_redacted_seconds_are_silent_and_the_rest_untouched():
    pcm = np.full(16_000 * 4, 1000, np.int16)  # 4 s, starting 10 s into the recording
    out = silenced(pcm, 10.0, [(11.0, 12.0), (30.0, 31.0)])
    assert not out[16_000:32_000].any() and (out[:16_000] == 1000).all() and (out[32_000:] == 1000).all()
    assert (pcm == 1000).all()  # the recording itself is not changed


def test_the_clip_is_opus_in_ogg_that_decodes_to_its_length():
    tone = (np.sin(np.arange(16_000 * 3) * 2 * np.pi * 220 / 16_000) * 8000).astype(np.int16)
    uri = opus_data_uri(tone)
    assert uri.startswith("data:audio/ogg;base64,")
    data = base64.b64decode(uri.split(",", 1)[1])
    assert len(data) < 12_000  # ~16 kbit/s
    with av.open(io.BytesIO(data)) as container:
        assert container.streams.audio[0].codec_context.name == "opus"
        seconds = sum(f.samples / f.sample_rate for f in container.decode(audio=0))
    assert abs(seconds - 3.0) < 0.1
