"""Prefect flows: one recording (``process-recording``) and a batch (``process-batch``).

Flows only orchestrate; the work lives in ``tasks/``. Stages are Prefect tasks so
the UI shows each one with its timing; only storage I/O is retried (with
backoff), and only for errors that can heal.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from tasks import align, audio, diarize, embed, interview, roles, rows, storage, themes, transcribe
from verbatim.errors import VerbatimError
from verbatim.settings import Settings
from verbatim.versions import library_versions

# recordings last: its row marks a recording as complete
TABLE_ORDER = ("speaker_turns", "words", "utterances", "speakers", "questions", "qa_pairs", "interview_quality",
               "statements", "recordings")


def _retry_only_transient(task, task_run, state) -> bool:
    """Retry a failed task only if its error says retrying can help (never model errors)."""
    try:
        state.result()
    except VerbatimError as exc:
        return exc.retryable
    except Exception:
        return False
    return False


io_task = dict(retries=3, retry_delay_seconds=[1, 4, 15], retry_condition_fn=_retry_only_transient, cache_policy=NO_CACHE)
compute_task = dict(cache_policy=NO_CACHE)


@task(name="fetch", **io_task)
def fetch_task(uri: str, endpoint_url: str | None) -> storage.FetchedInput:
    return storage.fetch(uri, endpoint_url)


@task(name="decode", **compute_task)
def decode_task(fetched: storage.FetchedInput) -> audio.DecodedAudio:
    return audio.decode(fetched.path, fetched.uri)


@task(name="transcribe", **compute_task)
def transcribe_task(decoded: audio.DecodedAudio, settings: Settings) -> transcribe.Transcript:
    return transcribe.transcribe(decoded.samples, settings)


@task(name="diarize", **compute_task)
def diarize_task(decoded: audio.DecodedAudio, recording_id: str, settings: Settings, device: str) -> diarize.Diarization:
    return diarize.diarize(decoded.samples, recording_id, settings, device)


@task(name="align", **compute_task)
def align_task(transcript: transcribe.Transcript, diarization: diarize.Diarization):
    words = align.assign_speakers(transcript.words, diarization.exclusive_turns)
    return words, align.build_utterances(words)


@task(name="analyze", **compute_task)
def analyze_task(recording_id: str, utterances: list, diarization: diarize.Diarization, duration_s: float,
                 interviewers: tuple[str, ...], settings: Settings, device: str):
    """Roles, questions, answers, quality, and embedded customer statements."""
    analysis = interview.analyze(recording_id, utterances, rows.share_of_talk(diarization.turns), duration_s,
                                 partial(rows.utterance_id, recording_id), interviewers)
    vectors = embed.embed([themes.embedding_text(s.text) for s in analysis.statements], settings.embedding_model, device)
    return analysis, vectors


@task(name="write-datasets", **io_task)
def write_task(sink_dest: str, endpoint_url: str | None, recording_id: str, tables: dict) -> dict[str, str]:
    sink = storage.DatasetSink(sink_dest, endpoint_url)
    return {name: sink.write(name, recording_id, tables[name]) for name in TABLE_ORDER}


@dataclass
class RecordingResult:
    """What one recording produced (or why it failed), for the batch summary."""

    uri: str
    ok: bool
    recording_id: str | None = None
    duration_s: float = 0.0
    num_speakers: int = 0
    num_words: int = 0
    num_utterances: int = 0
    num_questions: int = 0
    num_statements: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    failed_stage: str | None = None


def _run_name() -> str:
    uri = flow_run.parameters.get("uri", "recording")
    return f"recording: {Path(uri.rstrip('/')).name or uri}"


class _Stages:
    """Times each stage and remembers which one was running when something failed."""

    def __init__(self, logger, uri: str) -> None:
        self.logger, self.uri, self.seconds, self.current = logger, uri, {}, None

    def run(self, name: str, fn, *args, **kwargs):
        self.current = name
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        self.seconds[name] = round(time.perf_counter() - start, 3)
        self.logger.info("%s: %s done in %.1f s", Path(self.uri).name, name, self.seconds[name])
        return result


@flow(name="process-recording", flow_run_name=_run_name, log_prints=True, persist_result=False)
def process_recording(uri: str, out: str, settings: dict | None = None) -> RecordingResult:
    """Fetch, decode, transcribe + diarize (concurrently), align, and write one recording's datasets."""
    cfg = Settings(**(settings or {})).validate()
    logger = get_run_logger()
    stages = _Stages(logger, uri)
    fetched = stages.run("fetch", fetch_task, uri, cfg.s3_endpoint_url)
    try:
        decoded = stages.run("decode", decode_task, fetched)
        recording_id = fetched.sha256
        device = transcribe.resolve_device(cfg)
        # The two models run concurrently on the same decoded array (threads: both release the GIL).
        start = time.perf_counter()
        stages.current = "transcribe+diarize"
        transcript_future = transcribe_task.submit(decoded, cfg)
        diarization_future = diarize_task.submit(decoded, recording_id, cfg, device)
        transcript = transcript_future.result()
        diarization = diarization_future.result()
        stages.seconds["transcribe+diarize"] = round(time.perf_counter() - start, 3)
        logger.info("%s: transcribed %d words, %d speakers in %.1f s", Path(uri).name, len(transcript.words),
                    len(diarization.speakers), stages.seconds["transcribe+diarize"])
        words, utterances = stages.run("align", align_task, transcript, diarization)
        interviewers = roles.parse_interviewers(cfg.interviewers or fetched.metadata.get("interviewer-speaker"))
        analysis, vectors = stages.run("analyze", analyze_task, recording_id, utterances, diarization,
                                       decoded.duration_s, interviewers, cfg, device)
        info = rows.RecordingInfo(
            recording_id=recording_id,
            source_uri=uri,
            size_bytes=fetched.size_bytes,
            duration_s=round(decoded.duration_s, 3),
            sample_rate=decoded.source_sample_rate,
            channels=decoded.source_channels,
            codec=decoded.codec,
        )
        tables = rows.build_tables(info, transcript, diarization, words, utterances, analysis, vectors, cfg.embedding_model,
                                   library_versions(), asdict(cfg) | {"hf_token": None})
        written = stages.run("write-datasets", write_task, out, cfg.s3_endpoint_url, recording_id, tables)
    finally:
        fetched.cleanup()
    result = RecordingResult(
        uri=uri,
        ok=True,
        recording_id=recording_id,
        duration_s=info.duration_s,
        num_speakers=tables["recordings"]["num_speakers"][0].as_py(),
        num_words=len(words),
        num_utterances=len(utterances),
        num_questions=len(analysis.questions),
        num_statements=len(analysis.statements),
        stage_seconds=stages.seconds,
    )
    _publish_artifact(result, written)
    return result


def _publish_artifact(result: RecordingResult, written: dict[str, str]) -> None:
    timings = "\n".join(f"| {k} | {v:.2f} |" for k, v in result.stage_seconds.items())
    files = "\n".join(f"- `{k}`: `{v}`" for k, v in written.items())
    create_markdown_artifact(
        key=f"recording-{result.recording_id[:16]}",
        description=f"Verbatim summary for {result.uri}",
        markdown=(
            f"# {result.uri}\n\n"
            f"- recording_id: `{result.recording_id}`\n- duration: {result.duration_s:.1f} s\n"
            f"- speakers: {result.num_speakers}\n- words: {result.num_words}\n- utterances: {result.num_utterances}\n"
            f"- interviewer questions: {result.num_questions}\n- customer statements: {result.num_statements}\n\n"
            f"| stage | seconds |\n|---|---|\n{timings}\n\n## Files\n{files}\n"
        ),
    )


@flow(name="process-batch", log_prints=True, persist_result=False)
def process_batch(uris: list[str], out: str, settings: dict | None = None) -> list[RecordingResult]:
    """Process many recordings, ``settings.concurrency`` at a time; one bad file never stops the rest."""
    cfg = Settings(**(settings or {})).validate()
    logger = get_run_logger()

    def one(uri: str) -> RecordingResult:
        state = process_recording(uri, out, asdict(cfg), return_state=True)
        if state.is_completed():
            return state.result()
        try:
            state.result()
        except VerbatimError as exc:
            message = str(exc)
        except Exception as exc:  # an unexpected bug: still report it and go on with the batch
            message = f"{uri}: unexpected {exc.__class__.__name__}: {exc}"
        logger.error("FAILED %s", message)
        return RecordingResult(uri=uri, ok=False, error=message)

    with ThreadPoolExecutor(max_workers=cfg.concurrency, thread_name_prefix="recording") as pool:
        results = list(pool.map(one, uris))
    create_table_artifact(
        key="batch-summary",
        description=f"{sum(r.ok for r in results)} of {len(results)} recordings processed",
        table=[
            {
                "uri": r.uri,
                "status": "ok" if r.ok else "failed",
                "recording_id": (r.recording_id or "")[:16],
                "duration_s": r.duration_s,
                "speakers": r.num_speakers,
                "words": r.num_words,
                "error": r.error or "",
            }
            for r in results
        ],
    )
    return results
