"""A competitor name Whisper writes as other words, heard again with the names as its prompt
(tasks/heard_names.py), end to end: an interview of eval.mention_interviews' tuning part rendered
with espeak-ng and processed by the real CLI and models, with and without ``--no-hear-names``."""

from __future__ import annotations

import duckdb
import pytest

from eval.mention_interviews import TUNING
from eval.synth import interview_lines, render_missing

COMPETITORS, INTERVIEWS = TUNING


@pytest.fixture(scope="module")
def mail5(tmp_path_factory):
    stem, ask, say, exchanges = next(i for i in INTERVIEWS if i[0] == "mail5")
    lines = interview_lines(((x.question, x.answer) for x in exchanges), stem)
    return render_missing([(stem, {"interviewer": ask, "customer": say}, lines)], tmp_path_factory.mktemp("mail5"))[0]


def _mentions(out) -> list[tuple[str, str]]:
    return duckdb.sql(f"SELECT term, text FROM read_parquet('{out}/mentions/*/*.parquet') WHERE kind = 'competitor'").fetchall()


def test_a_name_whisper_first_wrote_as_other_words_is_heard_and_found(mail5, run_cli, tmp_path):
    # "I was tempted by HubSpot's free plan": the packaged base model first writes "I once
    # emptied my clothes for free plan" (eval.mention_interviews --part tuning)
    plain = run_cli("process", mail5, "--out", str(tmp_path / "plain"), "--competitors", COMPETITORS, "--no-hear-names")
    assert plain.returncode == 0, plain.stderr[-2000:]
    assert not [t for t, _ in _mentions(tmp_path / "plain") if t == "HubSpot"]
    heard = run_cli("process", mail5, "--out", str(tmp_path / "heard"), "--competitors", COMPETITORS)
    assert heard.returncode == 0, heard.stderr[-2000:]
    found = [text for term, text in _mentions(tmp_path / "heard") if term == "HubSpot"]
    assert len(found) == 1 and "free plan" in found[0], _mentions(tmp_path / "heard")
    # the words around the name are those first written; the words table holds the name too
    assert "stock alerts" in found[0]
    said = duckdb.sql(f"SELECT string_agg(word, ' ' ORDER BY word_index) FROM read_parquet('{tmp_path}/heard/words/*/*.parquet')").fetchall()[0][0]
    assert "HubSpot" in said
