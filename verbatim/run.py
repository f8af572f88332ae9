"""Run the batch flow from the terminal and print a closing summary."""

from __future__ import annotations

import sys

from verbatim.tasks.settings import Settings


def run_batch(uris: list[str], out: str, settings: Settings, participants: dict[str, dict[str, str]] | None = None):
    """Process ``uris`` into ``out`` through the ``process-batch`` flow; print what happened.

    Without ``PREFECT_API_URL`` a temporary Prefect API is started first, so that its
    start-up overlaps with loading the transcription model.
    """
    from verbatim import prefect_api

    api = prefect_api.start_if_needed()  # first: it boots in its own process while the model loads here
    from verbatim.tasks.warm import load_transcription_model

    load_transcription_model(settings)
    from verbatim.flows.process import process_batch
    from verbatim.logs import quiet_expected_failures

    quiet_expected_failures()
    if api is not None:
        api.wait_ready()
        print(f"Prefect API (temporary, for this run): {api.url}", file=sys.stderr)
    results = process_batch(uris, out, settings, participants)
    print_summary(results, out)
    _flush_prefect_logs()
    # The API stops at exit (atexit, registered before Prefect's own handlers, so it runs
    # after Prefect has flushed its logs and events to it).
    return results


def _flush_prefect_logs() -> None:
    """Send the run's last logs to the API now. Left to ``logging.shutdown`` at exit, Prefect's
    drain waits out its 5 s deadlock guard (the logging lock is held there) on every run."""
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)


def print_summary(results, out: str) -> None:
    ok = [r for r in results if r.ok and not r.skipped]
    skipped = [r for r in results if r.ok and r.skipped]
    failed = [r for r in results if not r.ok]
    print(file=sys.stderr)
    print(
        f"Verbatim: {len(ok)} of {len(results)} recordings processed into {out}"
        + (f", {len(skipped)} skipped" if skipped else ""),
        file=sys.stderr,
    )
    for r in skipped:
        print(f"  skipped {r.uri}: {r.reason}", file=sys.stderr)
    for r in ok:
        timing = ", ".join(f"{k} {v:.1f}s" for k, v in r.stage_seconds.items())
        print(
            f"  ok      {r.uri}: {r.duration_s:.1f} s audio, {r.num_speakers} speakers, "
            f"{r.num_words} words, {r.num_utterances} utterances ({timing})",
            file=sys.stderr,
        )
    for r in failed:
        print(f"  FAILED  {r.error}", file=sys.stderr)
    if ok:
        print(
            f"Datasets: {out}/<table>/recording_id=<sha256>/part-0.parquet for tables recordings, speaker_turns, "
            f"utterances, words, speakers, questions, qa_pairs, interview_quality, statements, mentions, redactions",
            file=sys.stderr,
        )
        print(f"Themes:   uv run verbatim themes {out}", file=sys.stderr)
        print(
            f'Query:    uv run python -c "import duckdb; print(duckdb.sql(\\"SELECT speaker, start_s, text FROM '
            f"read_parquet('{out}/utterances/*/*.parquet', hive_partitioning=true) ORDER BY recording_id, start_s\\\"))\"",
            file=sys.stderr,
        )


def run_themes(datasets: str, s3_endpoint_url: str | None = None) -> int:
    """Build themes for ``datasets`` through the ``build-themes`` flow; print them ranked."""
    from verbatim import prefect_api

    api = prefect_api.start_if_needed()
    from verbatim.flows.themes import build_themes
    from verbatim.logs import quiet_expected_failures
    from verbatim.tasks.errors import VerbatimError

    quiet_expected_failures()
    if api is not None:
        api.wait_ready()
    try:
        result = build_themes(datasets, s3_endpoint_url)
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print_themes(datasets, result)
    return 0


def print_themes(datasets: str, result) -> None:
    import duckdb

    print(
        f"\nVerbatim: {result.num_themes} themes from {result.num_candidates} customer statements "
        f"({result.num_statements} in all) across {result.num_recordings} recordings",
        file=sys.stderr,
    )
    themes = f"read_parquet('{result.written['themes']}')"
    mentions = f"read_parquet('{result.written['theme_mentions']}')"
    if result.num_themes and not datasets.startswith("s3://"):
        print(
            duckdb.execute(
                f"SELECT rank, label, num_recordings AS recordings, num_mentions AS mentions, "
                f"representative_quote AS quote FROM {themes} ORDER BY rank"
            )
            .df()
            .to_string(index=False, max_colwidth=80)
        )
    print(
        f"""
Tables: {result.written["themes"]}
        {result.written["theme_mentions"]}
Quotes for the top theme:
  uv run python -c "import duckdb; print(duckdb.sql(\\"SELECT m.recording_id, m.start_s, m.text FROM {mentions} m JOIN {themes} t USING (theme_id) WHERE t.rank = 1\\"))"
Report: uv run verbatim report {datasets} --html report.html""",
        file=sys.stderr,
    )
