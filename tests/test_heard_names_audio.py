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
    said = duckdb.sql(
        f"SELECT string_agg(word, ' ' ORDER BY word_index) FROM read_parquet('{tmp_path}/heard/words/*/*.parquet')"
    ).fetchall()[0][0]
    assert "HubSpot" in said


def test_windows_decoded_together_hear_what_faster_whisper_hears_one_at_a_time(mail5):
    # heard_names.decode restates faster-whisper's one-window decode (initial_prompt, beam 5 at
    # temperature 0, no timestamps) over CTranslate2 to batch the windows: it must write the
    # same words, window by window, or the renames would rest on another decode than described
    from pathlib import Path

    import numpy as np
    from verbatim.tasks import audio, heard_names, transcribe
    from verbatim.tasks.settings import Settings

    samples = audio.as_float(audio.decode(Path(mail5), "mail5").pcm)
    model, _, _ = transcribe.get_model(Settings())
    names = COMPETITORS.split(",")
    # three windows of the interview, silence and a window too short for one frame, decoded two at
    # a time (so across batch boundaries) and one by one
    second = audio.SAMPLE_RATE
    windows = [
        samples[: 15 * second],
        samples[15 * second : 30 * second],
        np.zeros(5 * second, np.float32),
        samples[30 * second : 30 * second + 100],
        samples[30 * second : 45 * second],
    ]
    together = heard_names.decode(model, windows, names, "en", batch=2)
    alone = []
    for window in windows:
        segments, _ = model.transcribe(
            window,
            language="en",
            initial_prompt=heard_names.prompt(names),
            beam_size=5,
            temperature=0.0,
            vad_filter=False,
            condition_on_previous_text=False,
            without_timestamps=True,
        )
        alone.append(" ".join(s.text.strip() for s in segments))
    assert together == alone
    assert together[0] and together[1] and together[4] and not together[3]
