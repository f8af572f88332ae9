"""faster-whisper's fallback made repeatable: a doubtful window is re-decoded by beam search, not sampled.

When a window's text repeats itself (compression ratio over 2.4) or the model doubts it (mean
log-probability under -1), faster-whisper decodes it again at rising temperatures (0.2 ... 1.0),
sampling five candidates each time from CTranslate2's random generator. That generator is
seeded once per worker thread from the machine's entropy, never per call, so the same
recording gave different words from run to run, and different again when other recordings
shared the model (espeak's "Best number is zero seven seven zero zero ..." read "Lero 7, 7,
Lero, Lero, Hine" on one run and "deal with 7000, deal with 9000" on the next). Decoding with
temperature 0 alone is repeatable but keeps what the fallback is there to stop: that window ran
into a loop ("Nieloghain Nieloghain ... I'm sorry I'm sorry ...") to the end of the window.

``BeamFallback`` keeps faster-whisper's fallback (the same thresholds, the same choice of the
best attempt) and changes only how each retry decodes: beam search, as the first attempt, with
a repetition penalty that grows with the temperature the retry stands for (1 + t). The loop is
gone, and the words depend on the audio alone. Windows that pass at temperature 0, which are
all of them on the rendered interviews and nearly all on real meetings (1 of 45 segments of the
ten 30-s AMI clips falls back: ``python -m eval.fallbacks``), are decoded exactly as before.
"""

from __future__ import annotations

import threading


class BeamFallback:
    """A stand-in for CTranslate2's ``Whisper`` model: a ``generate`` call that samples (a
    temperature above zero and ``sampling_topk`` other than 1, as faster-whisper's fallback
    asks) decodes by beam search with a repetition penalty instead, as wide as this thread's
    last first attempt; every other call (the first attempt, the batched pipeline's) passes
    through unchanged.

    The penalty also lowers the scores the retry returns, which faster-whisper compares with
    its -1 threshold and with the other attempts: a retry is judged on a slightly harsher
    scale than a sample was, and when every attempt fails faster-whisper keeps the best of
    those under its compression threshold, so a looping first attempt still loses."""

    def __init__(self, inner) -> None:
        self.inner = inner
        # the beam of this thread's last first attempt: a retry searches as widely (--beam-size)
        self.first = threading.local()

    def __getattr__(self, name: str):  # encode, detect_language, is_multilingual, ... of the original
        return getattr(self.inner, name)

    def generate(self, *args, **kwargs):
        temperature = float(kwargs.get("sampling_temperature", 0.0))
        if not (temperature > 0 and kwargs.get("sampling_topk", 1) != 1):
            self.first.beam_size = kwargs.get("beam_size", 5)
        else:
            for sampling in ("sampling_temperature", "sampling_topk", "num_hypotheses"):
                kwargs.pop(sampling, None)
            kwargs["beam_size"] = getattr(self.first, "beam_size", 5)
            kwargs["repetition_penalty"] = max(float(kwargs.get("repetition_penalty", 1.0)), 1.0 + temperature)
        return self.inner.generate(*args, **kwargs)


def install(model) -> None:
    """Make a loaded ``WhisperModel``'s fallback decode by beam search (idempotent)."""
    if not isinstance(model.model, BeamFallback):
        model.model = BeamFallback(model.model)
