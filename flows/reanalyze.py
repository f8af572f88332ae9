"""Prefect flow ``reanalyze-recordings``: rebuild recordings from their stored words, with the
analysts' speaker corrections, then the themes (``verbatim reanalyze DATASETS``).

Nothing is decoded or transcribed: for each recording the stored words and turns are read back
(``tasks/corrections.py``), the corrections of ``speaker_corrections`` applied (merged labels,
roles, names), and roles, utterances, questions, answers, statements (re-embedded), mentions and
interview quality rebuilt by the code ``verbatim process`` runs. The recording's tables are
replaced as a whole, ``recordings`` last (``DatasetSink.write_recording``): a reader sees the old
version or the new one, never half of each. Then the themes are rebuilt once for the corpus
(empty when no recording has a customer statement left).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from functools import partial

import pyarrow as pa
from prefect import flow, get_run_logger, task
from verbatim.flows import lifeline
from verbatim.flows.process import TABLE_ORDER, compute_task, io_task
from verbatim.flows.themes import rebuild_corpus
from verbatim.schemas.tables import RECORDING_TABLES
from verbatim.tasks import align, corrections, embed, interview, rows, storage, themes
from verbatim.tasks.errors import InputError
from verbatim.tasks.settings import Settings
from verbatim.tasks.voices import SpeakerVoice

_READ = ("recordings", "words", "speaker_turns", "speakers", "redactions")


@dataclass
class ReanalyzeResult:
    datasets: str
    recording_ids: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)  # those with corrections applied
    num_themes: int = 0


@task(name="read-recording", **io_task)
def read_task(datasets: str, endpoint_url: str | None, recording_id: str) -> dict[str, list[dict]]:
    sink = storage.DatasetSink(datasets, endpoint_url)
    out = {}
    for name in _READ:
        table = sink.read_recording(name, recording_id)
        out[name] = [] if table is None else table.to_pylist()
    fixes = sink.read("speaker_corrections")
    out["speaker_corrections"] = [] if fixes is None else fixes.to_pylist()
    return out


def _settings(recording: dict) -> Settings:
    """The settings the recording was processed with (fields an older version did not know: defaults)."""
    saved = json.loads(recording.get("settings") or "{}")
    known = {f.name for f in dataclasses.fields(Settings)}
    return Settings(**{k: v for k, v in saved.items() if k in known})


@task(name="rebuild", **compute_task)
def rebuild_task(stored_rows: dict[str, list[dict]], recording_id: str) -> tuple[dict[str, pa.Table], bool]:
    """The recording's tables rebuilt from its stored rows and corrections; whether any applied."""
    [recording] = stored_rows["recordings"]
    stored = corrections.from_tables(
        recording, stored_rows["words"], stored_rows["speaker_turns"], stored_rows["speakers"], stored_rows["redactions"]
    )
    fixes = corrections.latest(stored_rows["speaker_corrections"], recording_id)
    merges = fixes.merges
    words = corrections.merged_words(stored.words, merges)
    turns = corrections.merged_turns(stored.diarization.turns, merges)
    diarization = dataclasses.replace(stored.diarization, turns=turns, exclusive_turns=turns)
    utterances = align.build_utterances(words)
    cfg = _settings(recording)
    stored_roles = {s["speaker"]: s["role"] for s in stored.speaker_rows}
    given = corrections.interviewers(stored_roles, fixes, merges)
    role_source = {s["speaker"]: s.get("role_source") or "questions" for s in stored.speaker_rows}
    if given is not None:
        interviewers, source = given, "corrected"
    else:
        # as processed: roles the stored rows say were given or heard stay; otherwise inferred again
        kept = {"given", "voice"}
        interviewers = tuple(sorted(s for s, r in stored_roles.items() if r == "interviewer" and role_source[s] in kept))
        source = next((role_source[s] for s in interviewers), "questions")
    config = interview.AnalysisConfig(cfg.competitor_names(), cfg.trackers, cfg.journey)
    uid = partial(rows.utterance_id, recording_id)
    analysis = interview.analyze(
        recording_id, utterances, rows.share_of_talk(turns), recording["duration_s"], uid, interviewers, config
    )
    analysis = interview.with_examples_read(analysis)
    vectors = embed.embed([themes.embedding_text(s.text) for s in analysis.statements], cfg.embedding_model)
    labels = interview.label_statements(analysis.statements, config)
    heard = [
        SpeakerVoice(s["speaker"], s["voice_id"], s.get("voice_name"), None, s.get("voice_similarity"), False)
        for s in stored.speaker_rows
        if s.get("voice_id") and s["speaker"] not in merges
    ]
    names = {s["speaker"]: s["name"] for s in stored.speaker_rows if s.get("name")} | {
        s: f.name for s, f in fixes.by_speaker.items() if f.name and s not in merges
    }
    tables = rows.build_tables(
        stored.info,
        stored.transcript,
        diarization,
        words,
        utterances,
        analysis,
        vectors,
        labels,
        cfg.embedding_model,
        json.loads(recording["library_versions"]),
        dataclasses.asdict(cfg),
        voices=heard,
        role_source=source,
        speaker_names=names,
    )
    # The recording's own row as processed (source, models, settings, manifest), recounted.
    speakers = tables["speakers"].num_rows
    tables["recordings"] = pa.Table.from_pylist(
        [{**recording, "num_speakers": speakers, "num_words": len(words)}], schema=RECORDING_TABLES["recordings"]
    )
    tables["redactions"] = pa.Table.from_pylist(
        corrections.moved_redactions(stored.redaction_rows, utterances, uid), schema=RECORDING_TABLES["redactions"]
    )
    return tables, bool(fixes.by_speaker)


@task(name="write-recording", **io_task)
def write_task(datasets: str, endpoint_url: str | None, recording_id: str, tables: dict[str, pa.Table]) -> dict[str, str]:
    return storage.DatasetSink(datasets, endpoint_url).write_recording(recording_id, tables, TABLE_ORDER)


@flow(name="reanalyze-recordings", flow_run_name="reanalyze: {datasets}", persist_result=False)
def reanalyze(datasets: str, recording_ids: list[str] | None = None, s3_endpoint_url: str | None = None) -> ReanalyzeResult:
    """Rebuild the given recordings (all when none are given) from their stored words, then the themes."""
    lifeline.watch_stack()
    logger = get_run_logger()
    sink = storage.DatasetSink(datasets, s3_endpoint_url)
    recordings = sink.read("recordings")
    present = [] if recordings is None else sorted(set(recordings.column("recording_id").to_pylist()))
    if not present:
        raise InputError(datasets, "holds no processed recordings", f"run: verbatim process FILE... --out {datasets}")
    wanted = sorted(set(recording_ids)) if recording_ids else present
    missing = [r for r in wanted if r not in present]
    if missing:
        raise InputError(
            f"--recording-id {missing[0]}", f"is not a recording in {datasets}", "see: verbatim speakers list " + datasets
        )
    result = ReanalyzeResult(datasets)
    for rid in wanted:
        stored = read_task(datasets, s3_endpoint_url, rid)
        tables, corrected = rebuild_task(stored, rid)
        write_task(datasets, s3_endpoint_url, rid, tables)
        result.recording_ids.append(rid)
        if corrected:
            result.corrected.append(rid)
        logger.info("%s: rebuilt from its words%s", rid[:12], " with corrections" if corrected else "")
    result.num_themes = rebuild_corpus(datasets, s3_endpoint_url)
    return result
