"""Voices remembered across recordings: enrolled people (an interviewer, named) and the
anonymous voices of everyone else, so one customer carries one ``voice_id`` in every interview.

A voice is the unit-length mean of CAM++ embeddings (the packaged diarization embedding) over
3 s windows of that speaker's speech. Two voices are the same person when their cosine
similarity reaches ``SAME_VOICE``; below it a speaker gets no name and a new anonymous id, so
an unknown voice is never given someone's name. Matching is pure (``match_speakers``); the
registry (the ``voices`` table) is read and written by the caller.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import numpy as np
from verbatim.tasks.audio import SAMPLE_RATE, as_float

WINDOW_S = 3.0
MAX_WINDOWS = 40  # per speaker: enough for a stable mean, bounded cost on a long recording
MIN_TURN_S = 1.0
# Cosine similarity at or above which two voice embeddings are one person. Chosen by margin on
# eval.voices: on the tuning part the same voice in two recordings scored 0.889-0.975 and
# different voices 0.160-0.704; 0.80 sits in the middle of that gap (held out: 0.896 vs 0.742).
SAME_VOICE = 0.80


@dataclass(frozen=True)
class Voice:
    voice_id: str
    name: str | None  # enrolled voices only
    role: str | None  # enrolled role ("interviewer"), else None
    embedding: np.ndarray  # unit length, shape (192,)


@dataclass(frozen=True)
class SpeakerVoice:
    speaker: str
    voice_id: str
    name: str | None
    role: str | None
    similarity: float | None  # to the matched voice; None for a new voice
    new: bool


def windows(spans: list[tuple[float, float]], window_s: float = WINDOW_S, limit: int = MAX_WINDOWS) -> list[tuple[float, float]]:
    """Up to ``limit`` windows of ``window_s`` inside ``spans`` (seconds), spread evenly over them."""
    out: list[tuple[float, float]] = []
    for start, end in spans:
        if end - start < MIN_TURN_S:
            continue
        t = start
        while t < end - MIN_TURN_S + 1e-9:
            out.append((t, min(end, t + window_s)))
            t += window_s
    if len(out) > limit:
        pick = np.linspace(0, len(out) - 1, limit).round().astype(int)
        out = [out[i] for i in pick]
    return out


def embed_voice(pcm: np.ndarray, spans: list[tuple[float, float]], embedding=None) -> np.ndarray | None:
    """The voice of the speech in ``spans`` of 16 kHz ``pcm``: unit-length (192,), or None when
    there is under one second of it."""
    import torch

    chosen = windows(spans)
    if not chosen:
        return None
    model = embedding or _model()
    length = int(WINDOW_S * SAMPLE_RATE)
    batch = np.zeros((len(chosen), 1, length), np.float32)
    masks = np.zeros((len(chosen), length // 160), np.float32)
    for i, (a, b) in enumerate(chosen):
        first = int(round(a * SAMPLE_RATE))  # window bounds in samples: never longer than ``length``
        piece = as_float(pcm[first : first + min(length, int(round((b - a) * SAMPLE_RATE)))])
        batch[i, 0, : len(piece)] = piece
        masks[i, : max(1, len(piece) // 160)] = 1.0
    vectors = model(torch.from_numpy(batch), torch.from_numpy(masks))
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    mean = vectors.mean(axis=0)
    return (mean / np.linalg.norm(mean)).astype(np.float32)


@functools.lru_cache(maxsize=1)
def _model():
    from verbatim.tasks.speaker_embedding import CamPlusPlusEmbedding

    return CamPlusPlusEmbedding()


def new_voice_id(seed: str) -> str:
    return "v-" + hashlib.sha256(seed.encode()).hexdigest()[:12]


def match_speakers(
    speakers: dict[str, np.ndarray], registry: list[Voice], seed: str, threshold: float = SAME_VOICE
) -> list[SpeakerVoice]:
    """Each speaker's voice: the most similar registry voice at or above ``threshold`` (one
    speaker per voice in a recording: the best-matching speaker keeps it), else a new anonymous
    voice (id from ``seed`` and the speaker label). Enrolled voices come first on ties."""
    scored = []
    for speaker, vector in speakers.items():
        for k, voice in enumerate(registry):
            similarity = float(np.dot(vector, voice.embedding))
            if similarity >= threshold:
                scored.append((-similarity, voice.name is None, k, speaker))
    taken_voice: set[int] = set()
    chosen: dict[str, tuple[int, float]] = {}
    for neg, _, k, speaker in sorted(scored):
        if speaker in chosen or k in taken_voice:
            continue
        chosen[speaker] = (k, -neg)
        taken_voice.add(k)
    out = []
    for speaker in sorted(speakers):
        if speaker in chosen:
            k, similarity = chosen[speaker]
            v = registry[k]
            out.append(SpeakerVoice(speaker, v.voice_id, v.name, v.role, round(similarity, 4), False))
        else:
            out.append(SpeakerVoice(speaker, new_voice_id(f"{seed}/{speaker}"), None, None, None, True))
    return out


def speaker_voices(pcm: np.ndarray, turns) -> dict[str, np.ndarray]:
    """The voice of each speaker of a recording, from its exclusive (non-overlapped) turns;
    speakers with under a second of such speech are left out."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for t in turns:
        spans.setdefault(t.speaker, []).append((t.start_s, t.end_s))
    out = {}
    for speaker, own in sorted(spans.items()):
        vector = embed_voice(pcm, own)
        if vector is not None:
            out[speaker] = vector
    return out


def registry_from_table(table) -> list[Voice]:
    """The ``voices`` table as ``Voice`` objects, enrolled voices first (they win ties)."""
    if table is None:
        return []
    rows = table.to_pylist()
    voices = [Voice(r["voice_id"], r["name"], r["role"], np.asarray(r["embedding"], np.float32)) for r in rows]
    return sorted(voices, key=lambda v: (v.name is None, v.voice_id))


def new_voice_rows(found: list[SpeakerVoice], vectors: dict[str, np.ndarray], recording_id: str, now) -> list[dict]:
    """Rows for the voices first heard in this recording (``SpeakerVoice.new``)."""
    return [
        {
            "voice_id": f.voice_id,
            "name": None,
            "role": None,
            "embedding": vectors[f.speaker].tolist(),
            "first_recording_id": recording_id,
            "source": f"recording {recording_id} {f.speaker}",
            "created_at": now,
        }
        for f in found
        if f.new
    ]
