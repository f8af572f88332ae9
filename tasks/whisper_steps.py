"""faster-whisper's two whole-block steps, done piece by piece: the same numbers, less memory.

For each block it is given, faster-whisper runs the Silero VAD over the whole block in one
ONNX batch (up to 10,000 windows of 32 ms) and computes the log-mel features of all its
speech at once with a NumPy STFT (every frame windowed, transformed and squared in full
arrays). On a 5-minute block these steps took +125-154 MB and +259 MB above the steady
state, and with diarization done they were the whole process's peak on an hour-long
recording (VmHWM sampled every 0.2 s jumped only at those moments).

- ``PiecewiseFeatures`` replaces the model's ``feature_extractor``: the STFT runs over 30 s
  of frames at a time into one mel array (80 x frames float32); the log, the clamp at the
  block's maximum minus 8 and the scaling then run on the whole, as faster-whisper does.
  Each frame's transform is the same; the mel product can differ in the last float bit,
  from how the matrix product is blocked (tests/test_whisper_steps.py bounds it).
- ``PiecewiseVad`` replaces the VAD model's ONNX session: the windows go through in batches
  of ``VAD_BATCH``, the LSTM state carried from one batch to the next exactly as faster-whisper
  carries it between its own batches of 10,000.
"""

from __future__ import annotations

import numpy as np

FEATURE_FRAMES = 3000  # STFT frames per piece: 30 s at whisper's 10 ms hop
VAD_BATCH = 1000  # Silero windows per ONNX run (32 s of audio)


class PiecewiseFeatures:
    """A stand-in for ``faster_whisper.feature_extractor.FeatureExtractor`` (same call, same output)."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __getattr__(self, name: str):  # sampling_rate, hop_length, nb_max_frames, ... of the original
        return getattr(self.inner, name)

    def __call__(self, waveform: np.ndarray, padding: int = 160, chunk_length: int | None = None) -> np.ndarray:
        fe = self.inner
        if chunk_length is not None:  # as the original: the call sets the model's window length
            fe.n_samples = chunk_length * fe.sampling_rate
            fe.nb_max_frames = fe.n_samples // fe.hop_length
        waveform = np.asarray(waveform, np.float32)
        if padding:
            waveform = np.pad(waveform, (0, padding))
        n_fft, hop = fe.n_fft, fe.hop_length
        padded = np.pad(waveform, (n_fft // 2, n_fft // 2), mode="reflect")  # the STFT's centring
        n_frames = 1 + (len(padded) - n_fft) // hop
        frames = np.lib.stride_tricks.sliding_window_view(padded, n_fft)[::hop][:n_frames]  # a view
        window = np.hanning(n_fft + 1)[:-1].astype("float32")
        kept = n_frames - 1  # faster-whisper drops the last frame
        mel = np.empty((fe.mel_filters.shape[0], kept), np.float32)
        for start in range(0, kept, FEATURE_FRAMES):
            stop = min(start + FEATURE_FRAMES, kept)
            spectrum = np.fft.rfft(frames[start:stop] * window, n=n_fft, axis=-1).astype("complex64")
            mel[:, start:stop] = fe.mel_filters @ (np.abs(spectrum) ** 2).T
        log_spec = np.log10(np.clip(mel, a_min=1e-10, a_max=None))
        log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
        return (log_spec + 4.0) / 4.0


class PiecewiseVad:
    """A stand-in for the Silero VAD's ``onnxruntime.InferenceSession``: ``run`` in smaller batches."""

    def __init__(self, session, batch: int = VAD_BATCH) -> None:
        self.session = session
        self.batch = batch

    def __getattr__(self, name: str):
        return getattr(self.session, name)

    def run(self, output_names, feeds: dict):
        windows, h, c = feeds["input"], feeds["h"], feeds["c"]
        outputs = []
        for start in range(0, len(windows), self.batch):
            output, h, c = self.session.run(output_names, {"input": windows[start : start + self.batch], "h": h, "c": c})
            outputs.append(output)
        return np.concatenate(outputs, axis=0), h, c


def install(model) -> None:
    """Make a loaded ``WhisperModel`` (and faster-whisper's shared VAD) work piece by piece."""
    if not isinstance(model.feature_extractor, PiecewiseFeatures):
        model.feature_extractor = PiecewiseFeatures(model.feature_extractor)
    from faster_whisper.vad import get_vad_model

    vad = get_vad_model()  # one per process (lru_cache), shared by every model
    if not isinstance(vad.session, PiecewiseVad):
        vad.session = PiecewiseVad(vad.session)
