"""Turn one recording's results into Arrow tables matching ``schemas.tables`` (pure, no I/O)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
import pyarrow as pa
from verbatim.schemas.tables import APPEND_TABLES, CORPUS_TABLES, RECORDING_TABLES
from verbatim.tasks import journey, manifest, themes
from verbatim.tasks.align import SpeakerWord, Utterance
from verbatim.tasks.audio import DecodedAudio
from verbatim.tasks.diarize import Diarization, Turn
from verbatim.tasks.interview import InterviewAnalysis, StatementLabels, all_mentions
from verbatim.tasks.storage import FetchedInput
from verbatim.tasks.transcribe import Transcript


@dataclass(frozen=True)
class RecordingInfo:
    recording_id: str
    source_uri: str
    size_bytes: int
    duration_s: float
    sample_rate: int
    channels: int
    codec: str
    source_etag: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()  # S3 user metadata, sorted (hashable: frozen dataclass)
    participant: tuple[tuple[str, str], ...] = ()  # the participants manifest's row (tasks/manifest.py), sorted


def recording_info(fetched: FetchedInput, decoded: DecodedAudio, participant: dict[str, str] | None = None) -> RecordingInfo:
    """What the recordings row says about the source: the fetched object and its decoded audio."""
    return RecordingInfo(
        recording_id=fetched.sha256,
        source_uri=fetched.uri,
        size_bytes=fetched.size_bytes,
        duration_s=round(decoded.duration_s, 3),
        sample_rate=decoded.source_sample_rate,
        channels=decoded.source_channels,
        codec=decoded.codec,
        source_etag=fetched.etag,
        metadata=tuple(sorted(fetched.metadata.items())),
        participant=tuple(sorted((participant or {}).items())),
    )


def mention_span(utterances: Sequence[Utterance], start: int, end: int) -> tuple[Utterance, float, float]:
    """The utterance and seconds of the words covering characters ``start``..``end`` of a
    statement's text (its utterances' texts joined by spaces, each its words joined by spaces)."""
    spans = []  # (utterance, word, first character, end character)
    offset = 0
    for u in utterances:
        for w in u.words:
            spans.append((u, w, offset, offset + len(w.text)))
            offset += len(w.text) + 1
    covered = [x for x in spans if x[3] > start and x[2] < end] or spans[-1:]
    return covered[0][0], covered[0][1].start_s, covered[-1][1].end_s


def failure_table(
    uri: str,
    etag: str | None,
    stage: str,
    reason: str,
    retryable: bool,
    flow_run_id: str | None,
    flow_run_name: str | None,
    failed_at: datetime,
) -> pa.Table:
    """One ``failures`` row: what failed, where, why (with the fix) and whether a retry can help."""
    row = {
        "source_uri": uri,
        "source_etag": etag,
        "stage": stage,
        "reason": reason,
        "retryable": retryable,
        "failed_at": failed_at,
        "flow_run_id": flow_run_id,
        "flow_run_name": flow_run_name,
    }
    return pa.Table.from_pylist([row], schema=APPEND_TABLES["failures"])


def utterance_id(recording_id: str, index: int) -> str:
    return f"{recording_id[:16]}-{index:05d}"


def talk_time(turns: tuple[Turn, ...] | list[Turn]) -> dict[str, float]:
    """Seconds of speech per speaker (overlapping turns count for each speaker)."""
    talk: dict[str, float] = defaultdict(float)
    for t in turns:
        talk[t.speaker] += t.end_s - t.start_s
    return dict(talk)


def share_of_talk(turns: tuple[Turn, ...] | list[Turn]) -> dict[str, float]:
    talk = talk_time(turns)
    total = sum(talk.values())
    return {s: (v / total if total else 0.0) for s, v in talk.items()}


def build_tables(
    info: RecordingInfo,
    transcript: Transcript,
    diarization: Diarization,
    words: list[SpeakerWord],
    utterances: list[Utterance],
    analysis: InterviewAnalysis,
    statement_vectors: np.ndarray,
    statement_labels: list[StatementLabels],
    embedding_model: str,
    versions: dict[str, str],
    settings: dict,
    processed_at: datetime | None = None,
    redactions: Sequence = (),
    voices: Sequence = (),
    role_source: str = "questions",
    speaker_names: Mapping[str, str] | None = None,
) -> dict[str, pa.Table]:
    """All per-recording tables, keyed by table name. ``statement_vectors`` row i embeds
    ``analysis.statements[i]`` (shape: (statements, dimensions))."""
    rid = info.recording_id
    processed_at = processed_at or datetime.now(timezone.utc)
    voice_of = {v.speaker: v for v in voices}  # tasks.voices.SpeakerVoice
    utt_of_word: list[str] = []
    for u in utterances:
        utt_of_word += [utterance_id(rid, u.index)] * len(u.words)
    speakers = sorted({t.speaker for t in diarization.turns} | {w.speaker for w in words})

    talk = talk_time(diarization.turns)
    shares = share_of_talk(diarization.turns)
    turns_count = Counter(t.speaker for t in diarization.turns)
    words_count = Counter(w.speaker for w in words)
    roles = analysis.roles
    metadata = dict(info.metadata)
    row = dict(info.participant)  # the manifest first: researchers' own record of the interview

    def said(key: str) -> str | None:
        return row.get(key) or metadata.get(key)

    extra = {k: v for k, v in row.items() if k not in manifest.KNOWN_COLUMNS}

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
                "speaker_count_rule": diarization.rule,
                "device": transcript.device,
                "library_versions": json.dumps(versions, sort_keys=True),
                "settings": json.dumps(settings, sort_keys=True, default=str),
                "processed_at": processed_at,
                "source_etag": info.source_etag,
                "segment": said("segment"),
                "interviewer": said("interviewer"),
                "consent": said("consent"),
                "object_metadata": json.dumps(metadata, sort_keys=True),
                "persona": said("persona"),
                "customer": said("customer"),
                "interview_date": row.get("interview_date"),
                "participant_metadata": json.dumps(extra, sort_keys=True) if row else None,
                "redaction": settings.get("redact", "pii"),
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
                "role": analysis.utterance_roles[u.index],
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
                "talk_time_s": round(talk.get(s, 0.0), 3),
                "share_of_talk": shares.get(s, 0.0),
                "num_turns": turns_count[s],
                "num_words": words_count[s],
                "role": roles.get(s),
                "num_questions": analysis.questions_asked.get(s, 0),
                "voice_id": voice_of[s].voice_id if s in voice_of else None,
                "voice_name": voice_of[s].name if s in voice_of else None,
                "voice_similarity": voice_of[s].similarity if s in voice_of else None,
                "role_source": role_source,
                "name": (speaker_names or {}).get(s),
            }
            for s in speakers
        ],
        "questions": [
            {
                "recording_id": rid,
                "question_id": q.question_id,
                "utterance_id": q.utterance_id,
                "speaker": q.speaker,
                "text": q.text,
                "question_type": q.question_type,
                "start_s": q.start_s,
                "end_s": q.end_s,
                "is_follow_up": q.is_follow_up,
                "asks_for_example": q.asks_for_example,
            }
            for q in analysis.questions
        ],
        "qa_pairs": analysis.qa_pairs,
        "interview_quality": [analysis.quality],
        "statements": [
            {
                "recording_id": rid,
                "statement_id": st.statement_id,
                "utterance_id": utterance_id(rid, st.utterances[0].index),
                "utterance_ids": [utterance_id(rid, u.index) for u in st.utterances],
                "speaker": st.speaker,
                "start_s": st.utterances[0].start_s,
                "end_s": st.utterances[-1].end_s,
                "text": st.text,
                "word_count": sum(len(u.words) for u in st.utterances),
                "question_id": st.question_id,
                "embedding": vector.tolist(),
                "embedding_model": embedding_model,
                "kind": labels.kind,
                "sentiment": labels.sentiment,
                "sentiment_score": labels.sentiment_score,
                "journey_stage": labels.journey_stage,
                "topic_embedding": None if labels.topic_embedding is None else labels.topic_embedding.tolist(),
            }
            for st, vector, labels in zip(analysis.statements, statement_vectors, statement_labels)
        ],
        "redactions": [
            {
                "recording_id": rid,
                "utterance_id": utt_of_word[r.first_word],
                "start_s": words[r.first_word].word.start_s,
                "end_s": words[r.last_word].word.end_s,
                "entity_type": r.kind,
                "num_words": r.last_word - r.first_word + 1,
            }
            for r in redactions
        ],
        "mentions": [
            {
                "recording_id": rid,
                "utterance_id": utterance_id(rid, u.index),
                "statement_id": st.statement_id,
                "speaker": st.speaker,
                "role": analysis.utterance_roles[u.index],
                "start_s": start_s,
                "end_s": end_s,
                "kind": found.kind,
                "term": found.term,
                "text": st.text,
            }
            for st, found in all_mentions(analysis, statement_labels)
            for u, start_s, end_s in [mention_span(st.utterances, found.start, found.end)]
        ],
    }
    return {name: pa.Table.from_pylist(rows[name], schema=RECORDING_TABLES[name]) for name in RECORDING_TABLES}


def theme_tables(
    candidates: list[themes.Candidate],
    found: list[themes.Theme],
    built_at: datetime,
    segments: dict[str, str | None] | None = None,
) -> dict[str, pa.Table]:
    """The ``themes``, ``theme_mentions`` and ``theme_segments`` tables of one build
    (``segments``: recording_id -> its segment, from the recordings table)."""
    theme_rows, mention_rows, segment_rows = [], [], []
    for t in found:
        rep = candidates[t.representative]
        feelings = [candidates[i].sentiment for i in t.members]
        by_segment: dict[str | None, list[int]] = defaultdict(list)
        for i in t.members:
            by_segment[(segments or {}).get(candidates[i].recording_id)].append(i)
        for segment in sorted(by_segment, key=lambda x: (x is None, x or "")):
            members = by_segment[segment]
            segment_rows.append(
                {
                    "theme_id": t.theme_id,
                    "segment": segment,
                    "num_recordings": len({candidates[i].recording_id for i in members}),
                    "num_mentions": len(members),
                }
            )
        theme_rows.append(
            {
                "theme_id": t.theme_id,
                "rank": t.rank,
                "label": t.label,
                "keywords": list(t.keywords),
                "num_recordings": t.num_recordings,
                "num_mentions": len(t.members),
                "representative_statement_id": rep.statement_id,
                "representative_quote": rep.text,
                "representative_recording_id": rep.recording_id,
                "representative_start_s": rep.start_s,
                "share_negative": round(feelings.count("negative") / len(feelings), 4),
                "share_positive": round(feelings.count("positive") / len(feelings), 4),
                "journey_stage": journey.dominant_stage([candidates[i].journey_stage for i in t.members]),
                "centroid": t.centroid.tolist(),
                "built_at": built_at,
            }
        )
        for i, sim in zip(t.members, t.similarities):
            s = candidates[i]
            mention_rows.append(
                {
                    "theme_id": t.theme_id,
                    "recording_id": s.recording_id,
                    "statement_id": s.statement_id,
                    "utterance_id": s.utterance_id,
                    "speaker": s.speaker,
                    "start_s": s.start_s,
                    "end_s": s.end_s,
                    "text": s.text,
                    "similarity": sim,
                }
            )
    return {
        "themes": pa.Table.from_pylist(theme_rows, schema=CORPUS_TABLES["themes"]),
        "theme_mentions": pa.Table.from_pylist(mention_rows, schema=CORPUS_TABLES["theme_mentions"]),
        "theme_segments": pa.Table.from_pylist(segment_rows, schema=CORPUS_TABLES["theme_segments"]),
    }
