"""Render scripted interviews with espeak-ng: audio with exact references (text and RTTM).

Used by the evaluation, the diarization tuning and the tests. espeak-ng must be
installed (Debian: ``apt-get install espeak-ng``). Voices were chosen far apart
for the CAM++ embedding (``eval.synth.voice_similarity`` prints the matrix):
many espeak voices sound alike to a speaker model.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from verbatim.tasks.audio import SAMPLE_RATE


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str
    label: str = ""  # what the line plants, for scoring: a theme name or a question type


@dataclass(frozen=True)
class Voice:
    name: str  # espeak-ng -v argument
    pitch: int = 50
    speed: int = 165


@dataclass(frozen=True)
class RenderedTurn:
    speaker: str
    start_s: float
    end_s: float
    text: str


def require_espeak() -> str:
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise RuntimeError("espeak-ng is not installed: apt-get install -y espeak-ng (Debian/Ubuntu)")
    return exe


def _resampled_float(path: str) -> np.ndarray:
    """espeak-ng's 22.05 kHz WAV as 16 kHz mono float32, unquantised.

    The pipeline keeps recordings as 16-bit PCM (tasks/audio.py); going through it here would
    round every resampled sample to 16 bits before the script is assembled and written, and
    shift all renderings by up to one LSB from those every earlier measurement used (enough to
    change base's words on one sentence of the theme corpus). So the same PyAV resampling as
    the pipeline, kept in float."""
    import av

    with av.open(path) as container:
        resampler = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
        chunks = [out.to_ndarray()[0] for frame in container.decode(audio=0) for out in resampler.resample(frame)]
        chunks += [out.to_ndarray()[0] for out in resampler.resample(None)]
    return np.concatenate(chunks) if chunks else np.zeros(0, np.float32)


def speak(text: str, voice: Voice) -> np.ndarray:
    """One utterance as 16 kHz mono float32, leading and trailing silence trimmed."""
    exe = require_espeak()
    with tempfile.NamedTemporaryFile(suffix=".wav") as tmp:
        subprocess.run(
            [exe, "-v", voice.name, "-p", str(voice.pitch), "-s", str(voice.speed), "-w", tmp.name, text],
            check=True,
            capture_output=True,
        )
        samples = _resampled_float(tmp.name)
    voiced = np.flatnonzero(np.abs(samples) > 1e-3)
    return samples[voiced[0] : voiced[-1] + 1] if voiced.size else samples[:0]


def render(
    lines: list[Line],
    voices: dict[str, Voice],
    path: Path,
    gaps_s: tuple[float, ...] = (0.5, 0.7, 0.4, 0.9, 0.6),
    lead_s: float = 0.5,
    dither_seed: int | None = None,
    noise_db: float | None = None,
    gain_db: float = 0.0,
) -> list[RenderedTurn]:
    """Write the interview to ``path`` (16-bit WAV) and return its reference turns.

    ``dither_seed`` adds triangular dither of one least significant bit before quantising, as
    sox does when it writes 16-bit audio: renderings with different seeds differ only by
    noise nobody hears (the robustness measure of ``eval.themes --renderings``); ``noise_db``
    adds white noise at that level (dBFS), e.g. -60 dB, well below the speech; ``gain_db``
    makes the speech a little louder or softer, as another recorder's level would (samples
    beyond full scale are clipped, as a hot recorder would: at +1 dB, 7 of ember's 430,000)."""
    pieces: list[np.ndarray] = [np.zeros(int(lead_s * SAMPLE_RATE), np.float32)]
    turns: list[RenderedTurn] = []
    cursor = lead_s
    for i, line in enumerate(lines):
        audio = speak(line.text, voices[line.speaker])
        turns.append(RenderedTurn(line.speaker, round(cursor, 3), round(cursor + len(audio) / SAMPLE_RATE, 3), line.text))
        gap = gaps_s[i % len(gaps_s)]
        pieces += [audio, np.zeros(int(gap * SAMPLE_RATE), np.float32)]
        cursor += len(audio) / SAMPLE_RATE + gap
    write_wav(path, np.concatenate(pieces) * np.float32(10 ** (gain_db / 20)), dither_seed=dither_seed,
              noise_db=noise_db)
    return turns


def write_wav(path: Path, samples: np.ndarray, sample_rate: int = SAMPLE_RATE, dither_seed: int | None = None,
              noise_db: float | None = None) -> None:
    """16-bit mono WAV; optional TPDF dither (``dither_seed``) and white noise at ``noise_db`` dBFS."""
    scaled = np.clip(samples, -1.0, 1.0).astype(np.float64) * 32767
    rng = np.random.default_rng(dither_seed)
    if noise_db is not None:
        scaled += rng.standard_normal(len(scaled)) * 32767 * 10 ** (noise_db / 20)
    if dither_seed is not None:
        scaled += rng.random(len(scaled)) - rng.random(len(scaled))  # triangular, +-1 LSB
    if noise_db is None and dither_seed is None:
        pcm = scaled.astype("<i2")  # plain truncation, as every earlier rendering
    else:
        pcm = np.clip(np.round(scaled), -32768, 32767).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())


def rttm_lines(uri: str, turns: list[RenderedTurn]) -> list[str]:
    return [f"SPEAKER {uri} 1 {t.start_s:.3f} {t.end_s - t.start_s:.3f} <NA> <NA> {t.speaker} <NA> <NA>" for t in turns]


def voice_similarity(voices: list[Voice], text: str = "Tell me about the last time you planned a trip with our app.") -> np.ndarray:
    """Cosine similarity of CAM++ embeddings between voices (diagnostic for picking voices)."""
    import torch

    from verbatim.tasks.speaker_embedding import CamPlusPlusEmbedding

    model = CamPlusPlusEmbedding()
    embs = np.stack([model(torch.from_numpy(speak(text, v))[None, None])[0] for v in voices])
    embs /= np.linalg.norm(embs, axis=1, keepdims=True)
    return embs @ embs.T


def render_missing(scripts: list[tuple[str, dict[str, Voice], list[Line]]], folder: Path) -> list[str]:
    """Render each ``(stem, voices, lines)`` to ``folder/stem.wav`` unless it is there already
    (espeak-ng is deterministic, so a file there is the same render); the paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem, voices, lines in scripts:
        path = folder / f"{stem}.wav"
        if not path.exists():
            render(lines, voices, path)
        paths.append(str(path))
    return paths


def interview_lines(exchanges: Iterable[tuple[str, str]], stem: str) -> list[Line]:
    """A scripted interview's lines: a greeting naming its number (the stem's last character),
    each (question, answer) in turn, and a closing remark that asks nothing."""
    out = [Line("interviewer", f"Thanks for joining today. This is our interview number {stem[-1]}.")]
    for question, answer in exchanges:
        out += [Line("interviewer", question), Line("customer", answer)]
    return out + [Line("interviewer", "That's all from me, thank you.")]


def planted_index(planted: Sequence[str], said: str, floor: float = 0.5) -> int | None:
    """Which planted text ``said`` (what the pipeline stored) transcribes: the index of the most
    alike by difflib's ratio, lower-cased, if it reaches ``floor``; else None."""
    ratios = [difflib.SequenceMatcher(None, p.lower(), said.lower()).ratio() for p in planted]
    best = max(range(len(ratios)), key=ratios.__getitem__, default=None)
    return best if best is not None and ratios[best] >= floor else None
