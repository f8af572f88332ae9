"""Prefect flows: one recording (``process-recording``) and a batch (``process-batch``).

Flows only orchestrate; the work lives in ``tasks/``. Stages are Prefect tasks so
the UI shows each one with its timing; only storage I/O is retried (with
backoff), and only for errors that can heal.
"""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from functools import partial
from typing import TypedDict

import numpy as np
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE, CachePolicy
from prefect.concurrency.sync import concurrency
from prefect.runtime import flow_run
from prefect.tasks import RetryConditionCallable, StateHookCallable
from verbatim.flows import lifeline
from verbatim.schemas.tables import CORPUS_TABLES, RECORDING_TABLES
from verbatim.tasks import (
    align,
    audio,
    diarize,
    embed,
    heard_names,
    interview,
    manifest,
    redact,
    roles,
    rows,
    storage,
    themes,
    transcribe,
    voices,
)
from verbatim.tasks.errors import VerbatimError
from verbatim.tasks.progress import Abandoned, StageWatch, Stop, stops_sibling
from verbatim.tasks.settings import Settings
from verbatim.tasks.versions import library_versions

TAGGED_METADATA = ("segment", "interviewer")  # object metadata keys that become flow-run tags

# recordings last: its row marks a recording as complete
TABLE_ORDER = (*[t for t in RECORDING_TABLES if t != "recordings"], "recordings")  # recordings last: the commit


def _retry_only_transient(task, task_run, state) -> bool:
    """Retry a failed task only if its error says retrying can help (never model errors)."""
    try:
        state.result()
    except VerbatimError as exc:
        return exc.retryable
    except Exception:
        return False
    return False


# Stage timings are Prefect's own: each task run's total run time (retries included), as the UI
# shows it, collected by a hook per flow run for the summary line and the artifact. The hook of a
# failed task names the stage that failed, for the failures row.
# A run's entries are taken out when it ends; what a run never collects (a task that finished
# after its flow had failed) is dropped after an hour, so a warm worker's store stays small.
_STAGE_SECONDS: dict[str, dict[str, float]] = {}
_FAILED_STAGE: dict[str, str] = {}
_FIRST_SEEN: dict[str, float] = {}
_HOOK_LOCK = threading.Lock()
_FORGET_AFTER_S = 3600.0


def _seen(run_id: str) -> None:
    """Note a run in the stores (caller holds the lock) and drop the runs nobody collected."""
    now = time.monotonic()
    _FIRST_SEEN.setdefault(run_id, now)
    for old in [r for r, t in _FIRST_SEEN.items() if now - t > _FORGET_AFTER_S]:
        _FIRST_SEEN.pop(old, None), _STAGE_SECONDS.pop(old, None), _FAILED_STAGE.pop(old, None)


def _keep_timing(task, task_run, state) -> None:
    with _HOOK_LOCK:
        _seen(str(task_run.flow_run_id))
        seconds = _STAGE_SECONDS.setdefault(str(task_run.flow_run_id), {})
        seconds[task.name] = round(seconds.get(task.name, 0.0) + task_run.total_run_time.total_seconds(), 3)


def _keep_failed_stage(task, task_run, state) -> None:
    try:
        state.result()
    except Abandoned:
        return  # stopped because its sibling failed: the sibling is the stage to name
    except BaseException:
        pass
    with _HOOK_LOCK:
        _seen(str(task_run.flow_run_id))
        _FAILED_STAGE.setdefault(str(task_run.flow_run_id), task.name)


def _stage_report(run_id: str) -> tuple[dict[str, float], str | None]:
    """This flow run's stage seconds and failed stage, taken out of the hooks' store."""
    with _HOOK_LOCK:
        _FIRST_SEEN.pop(run_id, None)
        return _STAGE_SECONDS.pop(run_id, {}), _FAILED_STAGE.pop(run_id, None)


# ``@task`` options the stages share. TypedDicts, so that ``@task(**io_task, **_timed)`` is type
# checked like keyword arguments (their keys do not overlap: a key in both would be passed twice).
class TaskOptions(TypedDict, total=False):
    retries: int
    retry_delay_seconds: list[float]
    retry_condition_fn: RetryConditionCallable
    cache_policy: CachePolicy


class TaskHooks(TypedDict):
    on_completion: list[StateHookCallable]
    on_failure: list[StateHookCallable]


io_task = TaskOptions(retries=3, retry_delay_seconds=[1, 4, 15], retry_condition_fn=_retry_only_transient, cache_policy=NO_CACHE)
compute_task = TaskOptions(cache_policy=NO_CACHE)
# The stages of process-recording report their timings (build-themes shares the retry policy only).
_timed = TaskHooks(on_completion=[_keep_timing], on_failure=[_keep_timing, _keep_failed_stage])


@task(name="fetch", **io_task, **_timed)
def fetch_task(uri: str, endpoint_url: str | None) -> storage.FetchedInput:
    return storage.fetch(uri, endpoint_url)


@task(name="decode", **compute_task, **_timed)
def decode_task(fetched: storage.FetchedInput) -> audio.DecodedAudio:
    return audio.decode(fetched.path, fetched.uri)


def _watch(stage: str, decoded: audio.DecodedAudio, stop: Stop | None) -> StageWatch:
    """Progress lines in the run's log (the CLI prints them too), and the sibling's stop signal."""
    return StageWatch(stage, decoded.duration_s, get_run_logger().info, stop)


@task(name="transcribe", **compute_task, **_timed)
def transcribe_task(decoded: audio.DecodedAudio, settings: Settings, uri: str, stop: Stop | None = None) -> transcribe.Transcript:
    with stops_sibling(stop, "transcription"):
        return transcribe.transcribe(decoded.pcm, settings, uri, _watch("transcription", decoded, stop))


@task(name="diarize", **compute_task, **_timed)
def diarize_task(
    decoded: audio.DecodedAudio,
    recording_id: str,
    settings: Settings,
    device: str,
    num_speakers: int | None = None,
    stop: Stop | None = None,
) -> diarize.Diarization:
    with stops_sibling(stop, "diarization"):
        return diarize.diarize(decoded.pcm, recording_id, settings, device, num_speakers, _watch("diarization", decoded, stop))


def _sibling_results(*futures) -> list:
    """The results of sibling stages; if any failed, its own error (not a sibling's ``Abandoned``)."""
    results, failed, abandoned = [], [], []
    for future in futures:
        try:
            results.append(future.result())
        except Abandoned as exc:
            abandoned.append(exc)
        except Exception as exc:
            failed.append(exc)
    if failed or abandoned:
        raise (failed or abandoned)[0]
    return results


@task(name="align", **compute_task, **_timed)
def align_task(
    transcript: transcribe.Transcript, diarization: diarize.Diarization
) -> tuple[list[align.SpeakerWord], list[align.Utterance]]:
    said = align.drop_invented_repeats(transcript.words, diarization.turns)
    words = align.mend_turn_boundaries(align.assign_speakers(said, diarization.exclusive_turns))
    return words, align.build_utterances(words)


@task(name="hear-names", **compute_task, **_timed)
def hear_names_task(
    decoded: audio.DecodedAudio,
    words: list,
    utterances: list,
    diarization: diarize.Diarization,
    interviewers: tuple[str, ...],
    language: str,
    settings: Settings,
) -> tuple[list, list]:
    """The run's competitor names where a prompted decode of the customers' speech hears them
    and Whisper wrote other words (tasks/heard_names.py); the utterances rebuilt from the words."""
    said = roles.infer_roles(utterances, rows.share_of_talk(diarization.turns), interviewers)
    customers = {speaker for speaker, role in said.items() if role == roles.CUSTOMER}
    model, _, _ = transcribe.get_model(settings)
    words, made = heard_names.hear_names(decoded.pcm, words, customers, settings.competitor_names(), model, language)
    if made:
        get_run_logger().info("heard %d configured name(s) Whisper first wrote as other words", len(made))
    return words, align.build_utterances(words)


@task(name="redact", **compute_task, **_timed)
def redact_task(words: list, utterances: list, keep: tuple[str, ...] = ()) -> tuple[list, list, list[redact.Redaction]]:
    """Personal data out of every word before anything reads the text (tasks/redact.py); the
    names in ``keep`` (the run's competitors) are companies, never a person."""
    new_words, redactions = redact.redact_words(
        [sw.word for sw in words], redact.turn_groups([sw.speaker for sw in words]), frozenset(keep)
    )
    said = [replace(sw, word=w) for sw, w in zip(words, new_words)]
    # The same utterances (boundaries unchanged), reading the redacted words.
    position = {id(sw.word): i for i, sw in enumerate(words)}
    redone = [replace(u, words=tuple(new_words[position[id(w)]] for w in u.words)) for u in utterances]
    return said, redone, redactions


@task(name="analyze", **compute_task, **_timed)
def analyze_task(
    recording_id: str,
    utterances: list,
    diarization: diarize.Diarization,
    duration_s: float,
    interviewers: tuple[str, ...],
    settings: Settings,
    device: str,
) -> tuple[interview.InterviewAnalysis, np.ndarray, list[interview.StatementLabels]]:
    """Roles, questions, answers, quality, and embedded customer statements."""
    config = interview.AnalysisConfig(settings.competitor_names(), settings.trackers, settings.journey)
    analysis = interview.analyze(
        recording_id,
        utterances,
        rows.share_of_talk(diarization.turns),
        duration_s,
        partial(rows.utterance_id, recording_id),
        interviewers,
        config,
    )
    analysis = interview.with_examples_read(analysis, device)
    vectors = embed.embed([themes.embedding_text(s.text) for s in analysis.statements], settings.embedding_model, device)
    labels = interview.label_statements(analysis.statements, config, device)
    return analysis, vectors, labels


@task(name="voices", **compute_task, **_timed)
def voices_task(
    pcm, diarization: diarize.Diarization, datasets: str, endpoint_url: str | None, recording_id: str
) -> tuple[list[voices.SpeakerVoice], dict[str, np.ndarray]]:
    """Each speaker's voice matched against the remembered ones (tasks/voices.py): a name and
    role for enrolled voices, one voice_id per person across recordings."""
    vectors = voices.speaker_voices(pcm, diarization.exclusive_turns)
    registry = voices.registry_from_table(storage.DatasetSink(datasets, endpoint_url).read("voices"))
    return voices.match_speakers(vectors, registry, recording_id), vectors


# Recordings of one batch run in threads: the registry is read, extended and written by one at a time.
_VOICES_LOCK = threading.Lock()


def remember_voices(datasets: str, endpoint_url: str | None, new_rows: list[dict]) -> None:
    """Add the voices first heard in a recording to the ``voices`` table (after its rows are written)."""
    if not new_rows:
        return
    import pyarrow as pa

    with _VOICES_LOCK:
        sink = storage.DatasetSink(datasets, endpoint_url)
        current = sink.read("voices")
        known = set() if current is None else set(current.column("voice_id").to_pylist())
        rows_ = ([] if current is None else current.to_pylist()) + [r for r in new_rows if r["voice_id"] not in known]
        sink.write_corpus("voices", pa.Table.from_pylist(rows_, schema=CORPUS_TABLES["voices"]))


@task(name="write-datasets", **io_task, **_timed)
def write_task(sink_dest: str, endpoint_url: str | None, recording_id: str, tables: dict) -> dict[str, str]:
    sink = storage.DatasetSink(sink_dest, endpoint_url)
    return sink.write_recording(recording_id, tables, TABLE_ORDER)


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
    skipped: bool = False  # not processed, and rightly: see ``reason``
    reason: str | None = None  # why it was skipped (processed before, consent refused)


def _run_name() -> str:
    return f"recording: {storage.display_name(flow_run.parameters.get('uri', 'recording'))}"


@task(name="check-processed", **io_task, **_timed)
def already_processed(out: str, endpoint_url: str | None, uri: str, etag: str) -> str | None:
    """recording_id of a finished recording of this exact object version, if any."""
    return storage.DatasetSink(out, endpoint_url).recorded_versions().get((uri, etag))


RETIRE_ORDER = ("recordings", *[t for t in RECORDING_TABLES if t != "recordings"])  # recordings first


@task(name="retire-old-versions", **io_task, **_timed)
def retire_old_versions(out: str, endpoint_url: str | None, uri: str, recording_id: str) -> list[str]:
    """An overwrite replaces the old rows: drop other recordings that came from the same URI."""
    return storage.DatasetSink(out, endpoint_url).retire_older_versions(uri, recording_id, RETIRE_ORDER)


def _record_failure(
    out: str, endpoint_url: str | None, uri: str, etag: str | None, stage: str, reason: str, retryable: bool
) -> None:
    """Quarantine: a failures row saying what failed and why; the recording itself is left as it is."""
    now = datetime.now(timezone.utc)
    run_id = str(flow_run.id or "") or None
    table = rows.failure_table(uri, etag, stage, reason, retryable, run_id, flow_run.name, now)
    try:
        storage.DatasetSink(out, endpoint_url).append("failures", run_id or now.strftime("%Y%m%dT%H%M%S%f"), table)
    except Exception as exc:  # never hide the original failure behind this one
        get_run_logger().error("could not write the failures row for %s: %s", uri, exc)


def _with_env_endpoint(cfg: Settings) -> Settings:
    """A run without an S3 endpoint in its settings uses the worker's AWS_ENDPOINT_URL(_S3)."""
    if cfg.s3_endpoint_url:
        return cfg
    return replace(cfg, s3_endpoint_url=Settings.from_env().s3_endpoint_url)


def _tag_run(metadata: dict[str, str]) -> None:
    """Flow-run tags from the object's metadata (segment, interviewer), for filtering in the UI."""
    tags = [f"{k}:{metadata[k]}" for k in TAGGED_METADATA if metadata.get(k)]
    if not tags or flow_run.id is None:
        return
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.update_flow_run(flow_run.id, tags=sorted(set(flow_run.tags) | set(tags)))


@flow(name="process-recording", flow_run_name=_run_name, log_prints=True, persist_result=False)
def process_recording(
    uri: str,
    out: str,
    settings: Settings | None = None,
    etag: str | None = None,
    skip_if_processed: bool = False,
    concurrency_limit: str | None = None,
    participant: dict[str, str] | None = None,
) -> RecordingResult:
    """Fetch, decode, transcribe + diarize (concurrently), align, analyze and write one recording's datasets.

    Event-triggered runs pass the object's ``etag`` with ``skip_if_processed`` (an event seen
    twice does the work once). ``concurrency_limit`` names a Prefect global concurrency limit the
    model work queues behind: for work pools that start a process per run (``gpu`` in
    infra/prefect.yaml, one slot per GPU); warm workers take one run at a time and need none.
    A failure leaves a ``failures`` row and fails the run with the reason; nothing is deleted.
    ``participant`` is the recording's row of the participants manifest (``tasks/manifest.py``):
    it fills the recordings row before the object's metadata does, and its speaker-count hints
    (``num_speakers``, ``min_speakers``, ``max_speakers``; else the object's metadata's) apply
    where the settings give none.
    """
    lifeline.watch_stack()  # under `verbatim up`: exit with the stack, never outlive it
    # One typed object end to end: Prefect turns a deployment's JSON parameters into Settings.
    cfg = _with_env_endpoint(settings or Settings()).validate()
    participant = dict(participant or {})
    uri = storage.source_uri(uri)  # a local file is known by its absolute file:// URI, never by a bare name
    logger = get_run_logger()
    run_id = str(flow_run.id)
    if skip_if_processed and etag:
        done = already_processed(out, cfg.s3_endpoint_url, uri, etag)
        if done:
            logger.info("%s (etag %s) was already processed as recording %s: nothing to do", uri, etag, done[:16])
            _stage_report(run_id)
            return RecordingResult(uri=uri, ok=True, recording_id=done, skipped=True, reason="processed before")
    if manifest.consent_refused(participant.get("consent")):
        return _no_consent(out, cfg, uri, etag, "the participants manifest says no", logger, run_id)
    fetched = None
    try:
        fetched = fetch_task(uri, cfg.s3_endpoint_url)
        consent = participant.get("consent") or fetched.metadata.get("consent")
        if manifest.consent_refused(consent) or (cfg.require_consent and not consent):
            # fetched (the object's metadata travels with its bytes), never decoded
            why = "the object's metadata says no" if consent else "no consent value was given (--require-consent)"
            fetched.cleanup()
            return _no_consent(out, cfg, uri, fetched.etag or etag, why, logger, run_id)
        # Speaker-count hints of this recording (manifest row, else the object's metadata) apply
        # where the settings give none.
        if hints := manifest.speaker_hints(participant, fetched.metadata, uri):
            cfg = replace(
                cfg,
                num_speakers=cfg.num_speakers if cfg.num_speakers is not None else hints.get("num_speakers"),
                min_speakers=cfg.min_speakers if cfg.min_speakers is not None else hints.get("min_speakers"),
                max_speakers=cfg.max_speakers if cfg.max_speakers is not None else hints.get("max_speakers"),
            ).validate()
        _tag_run(fetched.metadata | participant)
        result, written = _process(uri, out, cfg, fetched, logger, concurrency_limit, participant)
    except BaseException as exc:
        if not isinstance(exc, Exception):
            # A signal or shutdown (Prefect's TerminationSignal, KeyboardInterrupt): the worker
            # stopped, not the recording. No failures row: the run ends Crashed and the bridge's
            # reconcile sends the upload again (a row would mark it done-and-failed for good).
            raise
        reason = str(exc) if isinstance(exc, VerbatimError) else f"{uri}: unexpected {exc.__class__.__name__}: {exc}"
        retryable = isinstance(exc, VerbatimError) and exc.retryable
        failed_stage = _stage_report(run_id)[1] or "process"  # "process": the flow's own code, between tasks
        _record_failure(
            out, cfg.s3_endpoint_url, uri, (fetched.etag if fetched else None) or etag, failed_stage, reason, retryable
        )
        raise
    finally:
        if fetched is not None:
            fetched.cleanup()
    recording_id = result.recording_id
    assert recording_id is not None  # _process sets it: only a skipped recording has none
    retired = retire_old_versions(out, cfg.s3_endpoint_url, uri, recording_id)
    if retired:
        logger.info("%s: replaced %d older version(s) of this recording", storage.display_name(uri), len(retired))
    result.stage_seconds = _stage_report(run_id)[0]
    _publish_artifact(result, recording_id, written)
    return result


def _no_consent(out: str, cfg: Settings, uri: str, etag: str | None, why: str, logger, run_id: str) -> RecordingResult:
    """No consent: nothing is decoded, transcribed or written but a failures row (stage
    ``consent``) saying so; the recording itself is left where it is."""
    reason = (
        f"{uri}: not processed: no consent ({why}); "
        "fix: record the participant's consent (manifest column consent, or object metadata consent=yes)"
    )
    logger.info("%s: not processed: no consent (%s)", storage.display_name(uri), why)
    _record_failure(out, cfg.s3_endpoint_url, uri, etag, "consent", reason, False)
    _stage_report(run_id)
    return RecordingResult(uri=uri, ok=True, skipped=True, reason=f"no consent ({why})")


def _process(
    uri: str,
    out: str,
    cfg: Settings,
    fetched: storage.FetchedInput,
    logger,
    concurrency_limit: str | None,
    participant: dict[str, str],
) -> tuple[RecordingResult, dict[str, str]]:
    decoded = decode_task(fetched)
    recording_id = fetched.sha256
    device = transcribe.resolve_device(cfg)
    slot = concurrency(concurrency_limit, occupy=1, strict=True) if concurrency_limit else contextlib.nullcontext()
    with slot:
        # The two models run concurrently on the same decoded array (threads: both release the GIL).
        # The first to fail stops the other within seconds (``stop``): neither result is any use alone.
        stop = Stop()
        transcript_future = transcribe_task.submit(decoded, cfg, uri, stop)
        diarization_future = diarize_task.submit(decoded, recording_id, cfg, device, None, stop)
        transcript_future.wait()
        if not stop.is_set():
            embed.preload(cfg.embedding_model, device)  # while diarization finishes on the other core
            embed.preload_analysis(device)
            if cfg.redact == "pii":
                redact.preload()
        transcript, diarization = _sibling_results(transcript_future, diarization_future)
        logger.info(
            "%s: transcribed %d words, %d speakers", storage.display_name(uri), len(transcript.words), len(diarization.speakers)
        )
        words, utterances = align_task(transcript, diarization)
        if (
            not cfg.num_speakers
            and (cfg.max_speakers or 2) >= 2  # a recording bounded to one voice stays one
            and len(diarization.speakers) == 1
            and roles.sounds_like_two_voices(utterances)
        ):
            # An interview has two voices at least: one cluster that both asks and answers is two similar voices.
            logger.info("%s: one voice asks and answers: diarizing again with two speakers", storage.display_name(uri))
            diarization = diarize_task.with_options(name="re-diarize")(decoded, recording_id, cfg, device, 2)
            words, utterances = align_task(transcript, diarization)
        heard, voice_vectors = voices_task(decoded.pcm, diarization, out, cfg.s3_endpoint_url, recording_id)
        interviewers = roles.parse_interviewers(cfg.interviewers or fetched.metadata.get("interviewer-speaker"))
        role_source = "given" if interviewers else "questions"
        if not interviewers and any(v.role == roles.INTERVIEWER for v in heard):
            interviewers, role_source = tuple(v.speaker for v in heard if v.role == roles.INTERVIEWER), "voice"
        if cfg.competitor_names() and cfg.hear_names:
            words, utterances = hear_names_task(decoded, words, utterances, diarization, interviewers, transcript.language, cfg)
        redactions: list = []
        if cfg.redact == "pii":
            words, utterances, redactions = redact_task(words, utterances, cfg.competitor_names())
        analysis, vectors, labels = analyze_task(
            recording_id, utterances, diarization, decoded.duration_s, interviewers, cfg, device
        )
    info = rows.recording_info(fetched, decoded, participant)
    tables = rows.build_tables(
        info,
        transcript,
        diarization,
        words,
        utterances,
        analysis,
        vectors,
        labels,
        cfg.embedding_model,
        library_versions(),
        asdict(cfg),
        redactions=redactions,
        voices=heard,
        role_source=role_source,
    )
    written = write_task(out, cfg.s3_endpoint_url, recording_id, tables)
    remember_voices(
        out, cfg.s3_endpoint_url, voices.new_voice_rows(heard, voice_vectors, recording_id, datetime.now(timezone.utc))
    )
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
    )
    return result, written


def _publish_artifact(result: RecordingResult, recording_id: str, written: dict[str, str]) -> None:
    timings = "\n".join(f"| {k} | {v:.2f} |" for k, v in result.stage_seconds.items())
    files = "\n".join(f"- `{k}`: `{v}`" for k, v in written.items())
    create_markdown_artifact(
        key=f"recording-{recording_id[:16]}",
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
def process_batch(
    uris: list[str], out: str, settings: Settings | None = None, participants: dict[str, dict[str, str]] | None = None
) -> list[RecordingResult]:
    """Process many recordings, ``settings.concurrency`` at a time; one bad file never stops the rest.
    ``participants``: each recording's manifest row, keyed by the uri as given in ``uris``."""
    cfg = (settings or Settings()).validate()
    logger = get_run_logger()
    rows_of = {storage.source_uri(u): (participants or {}).get(u) for u in uris}
    uris = [storage.source_uri(u) for u in uris]

    def one(uri: str) -> RecordingResult:
        state = process_recording(uri, out, cfg, participant=rows_of.get(uri), return_state=True)
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
                "status": ("skipped: " + (r.reason or "")) if r.skipped else "ok" if r.ok else "failed",
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
