"""``verbatim demo``: a real recording through the real models, then a look at the Parquet."""

from __future__ import annotations

import sys
from pathlib import Path

from verbatim.run import run_batch
from verbatim.tasks.settings import Settings


def demo_recording() -> Path:
    """pyannote.audio's packaged sample: a real two-speaker phone call (MIT), ~30 s."""
    import pyannote.audio

    return Path(pyannote.audio.__file__).parent / "sample" / "sample.wav"


def dictionary_path() -> Path:
    """The column docs beside the schemas, wherever the package is (a checkout or a wheel)."""
    from verbatim import schemas

    return Path(schemas.__file__).parent / "DATA_DICTIONARY.md"


def run_demo(out: Path, settings: Settings) -> int:
    recording = demo_recording()
    datasets = out.resolve()
    print(f"Verbatim demo: processing {recording} (a real two-speaker call) into {datasets}", file=sys.stderr)
    results = run_batch([str(recording)], str(datasets), settings)
    if not all(r.ok for r in results):
        return 1
    import duckdb

    utterances = f"read_parquet('{datasets}/utterances/*/*.parquet', hive_partitioning=true)"
    speakers = f"read_parquet('{datasets}/speakers/*/*.parquet', hive_partitioning=true)"
    print("\nWho talked how much (speakers table):")
    print(
        duckdb.sql(
            f"SELECT speaker, role, round(talk_time_s, 1) AS talk_s, round(share_of_talk, 2) AS share, num_turns, "
            f"num_questions FROM {speakers} ORDER BY speaker"
        )
    )
    questions = f"read_parquet('{datasets}/questions/*/*.parquet', hive_partitioning=true)"
    asked = duckdb.execute(f"SELECT round(start_s, 1) AS at_s, question_type, text FROM {questions} ORDER BY start_s").df()
    print("The interviewer's questions, typed (questions table):")
    print(asked.to_string(index=False, max_colwidth=70) if len(asked) else "  none found (this call is a chat, not an interview)")
    print("The conversation (utterances table, first 12):")
    print(
        duckdb.execute(
            f"SELECT speaker, round(start_s, 2) AS start_s, round(end_s, 2) AS end_s, text "
            f"FROM {utterances} ORDER BY start_s LIMIT 12"
        )
        .df()
        .to_string(index=False, max_colwidth=70)
    )
    print(f"""
Your Parquet datasets are in {datasets}/ (recordings, speaker_turns, utterances, words, speakers,
questions, qa_pairs, interview_quality, statements).
Column docs: {dictionary_path()}. Look at them with:
  uv run python -c "import duckdb; print(duckdb.sql(\\"SELECT * FROM {utterances}\\"))"
  uv run python -c "import pandas as pd; print(pd.read_parquet('{datasets}/words'))"
Themes across many interviews: uv run verbatim themes {datasets}  (then: uv run verbatim report {datasets} --html report.html)
""")
    return 0
