"""Turn one recording's results into Arrow tables matching ``schemas.tables`` (pure, no I/O)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

import pyarrow as pa

from schemas.tables import TABLES
from tasks.align import SpeakerWord, Utterance
from tasks.diarize import Diarization
from tasks.transcribe import Transcript


@dataclass(frozen=True)
class RecordingInfo:
    recording_id: str
    source_uri: str
    size_bytes: int
    duration_s: float
    sample_rate: int
    channels: int
    codec: str


def utterance_id(recording_id: str, index: int) -> str:
    return f"{recording_id[:16]}-{index:05d}"


def build_tables(
    info: RecordingInfo,
    transcript: Transcript,
    diarization: Diarization,
    words: list[SpeakerWord],
    utterances: list[Utterance],
    versions: dict[str, str],
    settings: dict,
    processed_at: datetime | None = None,
) -> dict[str, pa.Table]:
    """All tables for one recording, keyed by table name."""
    rid = info.recording_id
    processed_at = processed_at or datetime.now(timezone.utc)
    utt_of_word: list[str] = []
    for u in utterances:
        utt_of_word += [utterance_id(rid, u.index)] * len(u.words)
    speakers = sorted({t.speaker for t in diarization.turns} | {w.speaker for w in words})

    talk = defaultdict(float)
    turns_count = Counter()
    for t in diarization.turns:
        talk[t.speaker] += t.end_s - t.start_s
        turns_count[t.speaker] += 1
    words_count = Counter(w.speaker for w in words)
    total_talk = sum(talk.values())

    rows = {
        "recordings": [
            {
                "recording_id": rid,
                "source_uri": info.source_uri,
                "sha256": rid,
                "size_bytes": info.size_bytes,
                "duration_s": info.duration_s,
                "sample_rate": info.sample_rate,
                "channels": info.channels,
                "codec": info.codec,
                "language": transcript.language,
                "language_probability": transcript.language_probability,
                "num_speakers": len(speakers),
                "num_words": len(words),
                "whisper_model": transcript.model,
                "whisper_compute_type": transcript.compute_type,
                "diarization_pipeline": diarization.pipeline,
                "device": transcript.device,
                "library_versions": json.dumps(versions, sort_keys=True),
                "settings": json.dumps(settings, sort_keys=True, default=str),
                "processed_at": processed_at,
            }
        ],
        "speaker_turns": [
            {
                "recording_id": rid,
                "turn_index": i,
                "speaker": t.speaker,
                "start_s": t.start_s,
                "end_s": t.end_s,
                "duration_s": round(t.end_s - t.start_s, 3),
            }
            for i, t in enumerate(diarization.turns)
        ],
        "utterances": [
            {
                "recording_id": rid,
                "utterance_id": utterance_id(rid, u.index),
                "utterance_index": u.index,
                "speaker": u.speaker,
                "start_s": u.start_s,
                "end_s": u.end_s,
                "text": u.text,
                "word_count": len(u.words),
                "mean_word_probability": u.mean_probability,
            }
            for u in utterances
        ],
        "words": [
            {
                "recording_id": rid,
                "utterance_id": utt,
                "word_index": i,
                "word": sw.word.text,
                "start_s": sw.word.start_s,
                "end_s": sw.word.end_s,
                "probability": sw.word.probability,
                "speaker": sw.speaker,
            }
            for i, (sw, utt) in enumerate(zip(words, utt_of_word))
        ],
        "speakers": [
            {
                "recording_id": rid,
                "speaker": s,
                "talk_time_s": round(talk[s], 3),
                "share_of_talk": (talk[s] / total_talk) if total_talk else 0.0,
                "num_turns": turns_count[s],
                "num_words": words_count[s],
            }
            for s in speakers
        ],
    }
    return {name: pa.Table.from_pylist(rows[name], schema=TABLES[name]) for name in TABLES}
