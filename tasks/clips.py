"""Audio clips of quotes for the report: a little context either side, personal data silent,
Opus in Ogg, as a ``data:`` URI so the page stays one self-contained file.

Speech at 16 kbit/s Opus is clear and small: 10 s is ~20 kB (27 kB as base64).
"""

from __future__ import annotations

import base64
import io

import numpy as np
from verbatim.tasks.audio import SAMPLE_RATE

CONTEXT_S = 1.0  # before and after the quote
MAX_CLIP_S = 25.0  # a long statement plays its first 25 s
BIT_RATE = 16_000
WHOLE_BIT_RATE = 12_000  # a whole interview, played from any line of its transcript: ~2 kB of page per second


def data_uri_chars(duration_s: float, bit_rate: int = WHOLE_BIT_RATE) -> int:
    """About how many characters ``opus_data_uri`` takes for ``duration_s`` of audio at ``bit_rate``
    (base64 of the Opus bits, plus 15% for Ogg framing and the encoder overshooting its rate):
    the estimate a page budget is checked against before any decoding."""
    return int(duration_s * bit_rate / 8 * 1.15 * 4 / 3) + 1_000


def clip_bounds(start_s: float, end_s: float, duration_s: float) -> tuple[float, float]:
    """The clip's start and end in the recording (seconds): context included, length capped."""
    lo = max(0.0, start_s - CONTEXT_S)
    hi = min(duration_s, end_s + CONTEXT_S, lo + MAX_CLIP_S)
    return lo, max(lo, hi)


def silenced(pcm: np.ndarray, offset_s: float, spans: list[tuple[float, float]]) -> np.ndarray:
    """A copy of ``pcm`` (starting ``offset_s`` into its recording) with each (start, end) span, in
    the recording's seconds, set to silence: a redacted name is not heard either."""
    out = np.array(pcm, dtype=np.int16, copy=True)
    for start, end in spans:
        a = max(0, int((start - offset_s) * SAMPLE_RATE))
        b = min(len(out), int(np.ceil((end - offset_s) * SAMPLE_RATE)))
        if b > a:
            out[a:b] = 0
    return out


def opus_data_uri(pcm: np.ndarray, bit_rate: int = BIT_RATE) -> str:
    """16 kHz mono int16 ``pcm`` as ``data:audio/ogg;base64,...`` (Opus at ``bit_rate`` bit/s)."""
    import av

    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=SAMPLE_RATE)
        stream.bit_rate = bit_rate
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm, np.int16)[None, :], format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return "data:audio/ogg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
