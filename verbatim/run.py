"""Run the batch flow from the terminal and print a closing summary."""

from __future__ import annotations

import dataclasses
import sys

from verbatim.settings import Settings


def run_batch(uris: list[str], out: str, settings: Settings):
    """Process ``uris`` into ``out`` through the ``process-batch`` flow; print what happened.

    Without ``PREFECT_API_URL`` a temporary Prefect API is started first, so that its
    start-up overlaps with loading the transcription model.
    """
    from verbatim import prefect_api
    from verbatim.warmup import load_transcription_model

    api = prefect_api.start_if_needed()
    load_transcription_model(settings)
    from flows.process import process_batch
    from verbatim.logs import quiet_expected_failures

    quiet_expected_failures()
    if api is not None:
        api.wait_ready()
        print(f"Prefect API (temporary, for this run): {api.url}", file=sys.stderr)
    results = process_batch(uris, out, dataclasses.asdict(settings))
    print_summary(results, out)
    # The API stops at exit (atexit, registered before Prefect's own handlers, so it runs
    # after Prefect has flushed its logs and events to it).
    return results


def print_summary(results, out: str) -> None:
    ok = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    print(file=sys.stderr)
    print(f"Verbatim: {len(ok)} of {len(results)} recordings processed into {out}", file=sys.stderr)
    for r in ok:
        timing = ", ".join(f"{k} {v:.1f}s" for k, v in r.stage_seconds.items())
        print(f"  ok      {r.uri}: {r.duration_s:.1f} s audio, {r.num_speakers} speakers, "
              f"{r.num_words} words, {r.num_utterances} utterances ({timing})", file=sys.stderr)
    for r in failed:
        print(f"  FAILED  {r.error}", file=sys.stderr)
    if ok:
        print(f"Datasets: {out}/<table>/recording_id=<sha256>/part-0.parquet for tables recordings, speaker_turns, "
              f"utterances, words, speakers, questions, qa_pairs, interview_quality, statements", file=sys.stderr)
        print(f"Themes:   uv run verbatim themes {out}", file=sys.stderr)
        print(f"Query:    uv run python -c \"import duckdb; print(duckdb.sql(\\\"SELECT speaker, start_s, text FROM "
              f"read_parquet('{out}/utterances/*/*.parquet', hive_partitioning=true) ORDER BY recording_id, start_s\\\"))\"",
              file=sys.stderr)
