"""``verbatim voices``: enrol a known voice (an interviewer, by name), list and remove them.

The ``voices`` table holds speaker embeddings only, never audio (tasks/voices.py). Every
recording processed afterwards matches its speakers against it: an enrolled interviewer is
named in ``speakers.voice_name`` and takes the interviewer role (``role_source`` = voice).
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa

from verbatim.schemas.tables import CORPUS_TABLES
from verbatim.tasks import voices
from verbatim.tasks.errors import ConfigError, InputError, VerbatimError
from verbatim.tasks.storage import DatasetSink

ROLES = ("interviewer", "customer")


def speech_spans(pcm: np.ndarray, frame_s: float = 0.5, floor: float = 0.1) -> list[tuple[float, float]]:
    """Where a clip has speech: 0.5 s frames louder than ``floor`` of its loudest, joined."""
    n = int(frame_s * 16_000)
    frames = pcm[: len(pcm) // n * n].astype(np.float32).reshape(-1, n)
    if not len(frames):
        return []
    rms = np.sqrt((frames**2).mean(axis=1))
    loud = rms > floor * rms.max() if rms.max() > 0 else np.zeros(len(rms), bool)
    spans: list[tuple[float, float]] = []
    for i in np.flatnonzero(loud):
        start = i * frame_s
        if spans and abs(spans[-1][1] - start) < 1e-6:
            spans[-1] = (spans[-1][0], start + frame_s)
        else:
            spans.append((start, start + frame_s))
    return spans


def _voice_from_clips(clips: list[str]) -> np.ndarray:
    from verbatim.tasks.audio import decode

    vectors = []
    for clip in clips:
        audio = decode(Path(clip), clip)
        vector = voices.embed_voice(audio.pcm, speech_spans(audio.pcm))
        if vector is None:
            raise InputError(clip, "has under a second of speech", "enrol from a clip where the person speaks for 10 s or more")
        vectors.append(vector)
    mean = np.mean(vectors, axis=0)
    return (mean / np.linalg.norm(mean)).astype(np.float32)


def _voice_from_recording(sink: DatasetSink, recording_id: str, speaker: str, endpoint_url: str | None) -> np.ndarray:
    from verbatim.tasks.audio import decode
    from verbatim.tasks.storage import fetch

    recording = sink.read_recording("recordings", recording_id)
    turns = sink.read_recording("speaker_turns", recording_id)
    if recording is None or turns is None:
        raise ConfigError(f"--recording-id {recording_id}", "no such processed recording", "use a recordings.recording_id")
    spans = [(t["start_s"], t["end_s"]) for t in turns.to_pylist() if t["speaker"] == speaker]
    if not spans:
        raise ConfigError(f"--speaker {speaker}", "does not speak in that recording", "use a label from its speakers table")
    uri = recording.column("source_uri")[0].as_py()
    fetched = fetch(uri, endpoint_url)
    try:
        if fetched.sha256 != recording_id:
            raise InputError(uri, "has changed since it was processed", "process it again, then enrol from the new recording")
        vector = voices.embed_voice(decode(fetched.path, uri).pcm, spans)
    finally:
        fetched.cleanup()
    if vector is None:
        raise InputError(uri, f"{speaker} has under a second of speech in it", "enrol from a longer recording or a clip")
    return vector


def enroll(
    name: str,
    clips: list[str],
    datasets: str,
    role: str | None,
    recording_id: str | None,
    speaker: str | None,
    endpoint_url: str | None = None,
) -> int:
    try:
        if role is not None and role not in ROLES:
            raise ConfigError("--role", f"unknown role {role!r}", "use interviewer or customer")
        if not name.strip():
            raise ConfigError("NAME", "is empty", "give the person's name, e.g. 'Maria (research lead)'")
        if bool(clips) == bool(recording_id):
            raise ConfigError(
                "AUDIO / --recording-id",
                "needs clips or a recording, not both or neither",
                "give audio clips of the person, or --recording-id ID --speaker SPEAKER_01",
            )
        if recording_id and not speaker:
            raise ConfigError("--speaker", "is missing", "name the speaker label in that recording, e.g. SPEAKER_01")
        sink = DatasetSink(datasets, endpoint_url)
        if recording_id:
            vector = _voice_from_recording(sink, recording_id, speaker or "", endpoint_url)
            source = f"recording {recording_id} {speaker}"
        else:
            vector = _voice_from_clips(clips)
            source = "clips: " + ", ".join(Path(c).name for c in clips)
        voice_id = voices.new_voice_id("enrolled/" + name.strip().lower())
        current = sink.read("voices")
        rows = [r for r in ([] if current is None else current.to_pylist()) if r["voice_id"] != voice_id]
        rows.append(
            {
                "voice_id": voice_id,
                "name": name.strip(),
                "role": role,
                "embedding": vector.tolist(),
                "first_recording_id": None,
                "source": source,
                "created_at": datetime.now(timezone.utc),
            }
        )
        sink.write_corpus("voices", pa.Table.from_pylist(rows, schema=CORPUS_TABLES["voices"]))
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"Enrolled {name.strip()} ({role or 'no role'}) as {voice_id} in {datasets}/voices: recordings processed from "
        f"now on name this voice"
    )
    return 0


def list_voices(datasets: str, endpoint_url: str | None = None) -> int:
    table = DatasetSink(datasets, endpoint_url).read("voices")
    rows = [] if table is None else table.to_pylist()
    enrolled = [r for r in rows if r["name"]]
    print(f"{len(enrolled)} enrolled voice(s), {len(rows) - len(enrolled)} anonymous voice(s) heard")
    for r in enrolled:
        print(f"  {r['voice_id']}  {r['name']}  {r['role'] or '-'}  ({r['source']})")
    return 0


def remove(datasets: str, name: str, endpoint_url: str | None = None) -> int:
    sink = DatasetSink(datasets, endpoint_url)
    table = sink.read("voices")
    rows = [] if table is None else table.to_pylist()
    keep = [r for r in rows if (r["name"] or "").lower() != name.strip().lower() and r["voice_id"] != name.strip()]
    if len(keep) == len(rows):
        print(f"error: no enrolled voice named {name!r} in {datasets} (see: verbatim voices list {datasets})", file=sys.stderr)
        return 2
    sink.write_corpus("voices", pa.Table.from_pylist(keep, schema=CORPUS_TABLES["voices"]))
    print(f"Removed {len(rows) - len(keep)} voice(s) named {name!r}")
    return 0
