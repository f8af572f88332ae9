"""tasks/whisper_steps.py: faster-whisper's VAD and features piece by piece give what the whole-block steps give."""

import numpy as np
from faster_whisper.feature_extractor import FeatureExtractor
from faster_whisper.vad import VadOptions, get_speech_timestamps, get_vad_model

from verbatim.tasks import whisper_steps
from verbatim.tasks.audio import SAMPLE_RATE


def _speechlike(seconds: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    bursts = (np.sin(2 * np.pi * 0.3 * t) > 0).astype(np.float32)  # ~1.7 s on, 1.7 s off
    voice = 0.3 * np.sin(2 * np.pi * 140 * t) * (1 + 0.5 * np.sin(2 * np.pi * 3 * t))
    return ((voice + 0.05 * rng.standard_normal(len(t))) * bursts).astype(np.float32)


def test_features_in_pieces_equal_the_whole_block_features():
    # 95 s: three full pieces of 30 s and a partial one, and the last-frame drop.
    audio = _speechlike(95.0)
    whole = FeatureExtractor(feature_size=80)(audio, chunk_length=30)
    pieces = whisper_steps.PiecewiseFeatures(FeatureExtractor(feature_size=80))(audio, chunk_length=30)
    assert pieces.shape == whole.shape and pieces.dtype == whole.dtype
    assert np.max(np.abs(pieces - whole)) < 1e-5  # the mel product's blocking may move the last bit
    short = _speechlike(0.5)  # under one piece
    assert np.allclose(whisper_steps.PiecewiseFeatures(FeatureExtractor())(short), FeatureExtractor()(short), atol=1e-5)


def test_vad_in_batches_gives_the_same_speech_probabilities_and_timestamps():
    audio = _speechlike(70.0, seed=1)
    vad = get_vad_model()
    session = vad.session.session if isinstance(vad.session, whisper_steps.PiecewiseVad) else vad.session
    padded = np.pad(audio, (0, 512 - len(audio) % 512))
    vad.session = session
    whole = vad(padded)
    whole_stamps = get_speech_timestamps(audio, VadOptions())
    vad.session = whisper_steps.PiecewiseVad(session, batch=300)  # several batches for 70 s (2,188 windows)
    try:
        pieces = vad(padded)
        assert pieces.shape == whole.shape
        assert np.allclose(pieces, whole, atol=1e-5)
        assert get_speech_timestamps(audio, VadOptions()) == whole_stamps
    finally:
        vad.session = whisper_steps.PiecewiseVad(session)
