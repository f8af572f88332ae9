"""Load models before the first recording needs them.

The stage tasks ask the same cached, locked getters (``transcribe.get_model``,
``diarize.get_pipeline``, ``embed.get_model``), so nothing loads twice.

- ``warm_models``: a warm worker (``flows/worker.py``) loads every model at start, and runs each
  once on a few seconds of quiet noise: the first call of a torch model pays one-off costs
  (allocations, kernel selection) that should not land on the first upload.
- ``load_transcription_model``: ``verbatim process`` loads faster-whisper while the temporary
  Prefect API starts. Diarization is not loaded there: importing pyannote.audio costs ~15 s of
  one core, which the diarize task spends while transcription already runs beside it.
"""

from __future__ import annotations

import time

import numpy as np
from verbatim.tasks.audio import SAMPLE_RATE
from verbatim.tasks.settings import Settings

WARM_SECONDS = 4.0  # of noise through each model: enough to run every stage once


def warm_models(settings: Settings) -> dict[str, float]:
    """Load and exercise the transcription, diarization and embedding models; seconds per model.

    Raises what loading raises (``ConfigError`` naming the setting and the fix): a worker whose
    models cannot load should say so at start, not on every upload.
    """
    from verbatim.tasks import diarize, embed, transcribe

    device = transcribe.resolve_device(settings)
    noise = (np.random.default_rng(0).standard_normal(int(WARM_SECONDS * SAMPLE_RATE)) * 1e-3).astype(np.float32)
    seconds: dict[str, float] = {}

    start = time.perf_counter()
    model, _, _ = transcribe.get_model(settings)
    list(model.transcribe(noise, beam_size=1, vad_filter=False, without_timestamps=True)[0])
    seconds["transcription"] = time.perf_counter() - start

    start = time.perf_counter()
    diarize.diarize(noise, "warm-up", settings, device)
    seconds["diarization"] = time.perf_counter() - start

    start = time.perf_counter()
    embed.embed(["warm up"], settings.embedding_model, device)
    seconds["embedding"] = time.perf_counter() - start

    start = time.perf_counter()
    embed.analysis_embed_words(["warm up"], device)  # sentiment, journey stage and requests read it
    seconds["analysis"] = time.perf_counter() - start
    return {k: round(v, 2) for k, v in seconds.items()}


def load_transcription_model(settings: Settings) -> None:
    """Load faster-whisper now; a failure is left for the transcribe task to report per recording."""
    from verbatim.tasks import transcribe

    try:
        transcribe.get_model(settings)
    except Exception:
        pass
