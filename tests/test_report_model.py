"""verbatim/report/render.py: the analysis on the page (pure: tables in, HTML out)."""

import base64
import hashlib
import io
import random
import wave
from pathlib import Path

import av
import numpy as np
import pyarrow as pa
from verbatim.tasks.clips import data_uri_chars

from verbatim.report.render import attach_clips, build_model, render
from verbatim.report.summary import extractive_summary


def _t(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows)


def test_the_page_shows_theme_sentiment_segments_competitors_requests_and_probing():
    rid = "a" * 64
    tables = {
        "recordings": _t([{"recording_id": rid, "source_uri": "file:///x/acme.wav", "duration_s": 90.0}]),
        "themes": _t([{"theme_id": "t1", "rank": 1, "label": "Support is slow", "keywords": ["support"],
                       "num_recordings": 2, "num_mentions": 3, "share_negative": 0.75, "share_positive": 0.0,
                       "journey_stage": "support"}]),
        "theme_mentions": _t([{"theme_id": "t1", "recording_id": rid, "text": "Nobody answers", "start_s": 3.0,
                               "end_s": 5.0, "similarity": 0.9}]),
        "theme_segments": _t([{"theme_id": "t1", "segment": "smb", "num_recordings": 2, "num_mentions": 3}]),
        "mentions": _t([
            {"recording_id": rid, "kind": "competitor", "term": "QuickBooks", "text": "We used <b>Quick Books</b>",
             "start_s": 61.0, "end_s": 62.5},
            {"recording_id": rid, "kind": "feature_request", "term": "I wish it could repeat invoices",
             "text": "I wish it could repeat invoices.", "start_s": 70.0, "end_s": 72.0},
        ]),
        "interview_quality": _t([{"recording_id": rid, "num_questions": 4, "num_follow_ups": 2,
                                  "num_example_requests": 1, "unprobed_vague_answers": 1}]),
    }
    page = render(build_model(tables, "datasets/"))
    assert "75% negative" in page and "stage: support" in page and "by segment: smb 2" in page
    assert "<h3>QuickBooks" in page and "1:01–1:02" in page
    assert "&lt;b&gt;Quick Books&lt;/b&gt;" in page  # quotes are escaped
    assert "I wish it could repeat invoices." in page
    assert "<td>2</td>\n  <td>1</td>\n  <td>1</td>" in page  # follow-ups, example requests, vague answers left


def test_datasets_from_before_the_analysis_still_render():
    rid = "b" * 64
    tables = {"recordings": _t([{"recording_id": rid, "source_uri": "s3://b/old.wav", "duration_s": 30.0}]),
              "themes": _t([{"theme_id": "t1", "rank": 1, "label": "Old theme", "keywords": [], "num_recordings": 2,
                             "num_mentions": 2}])}
    page = render(build_model(tables, "old/"))
    assert "Old theme" in page and "Processed before mentions were extracted" in page


def _conversation_tables(rid: str, source_uri: str = "file:///x/acme.wav", duration_s: float = 60.0) -> dict:
    """One interview: the interviewer asks (an open and a leading question), the customer answers
    in statements of which two are in themes; utterances given out of order."""
    def utt(k: int, speaker: str, role: str, start: float, text: str) -> dict:
        return {"recording_id": rid, "utterance_id": f"u{k}", "utterance_index": k, "speaker": speaker, "role": role,
                "start_s": start, "end_s": start + 4.0, "text": text}

    def stmt(k: int, start: float, text: str, sentiment: str, score: float, kind: str = "pain") -> dict:
        return {"recording_id": rid, "statement_id": f"u{k}-s", "utterance_id": f"u{k}", "utterance_ids": [f"u{k}"],
                "start_s": start, "end_s": start + 4.0, "text": text, "kind": kind, "sentiment": sentiment,
                "sentiment_score": score, "journey_stage": "support"}

    utterances = [
        utt(3, "SPEAKER_01", "customer", 14.0, "Support never answers, it is awful."),
        utt(0, "SPEAKER_00", "interviewer", 1.0, "Thanks for joining."),
        utt(1, "SPEAKER_00", "interviewer", 5.0, "Tell me about the last time you called support?"),
        utt(2, "SPEAKER_01", "customer", 9.5, "I called on Monday about [PERSON]'s invoice."),
        utt(4, "SPEAKER_00", "interviewer", 20.0, "So support is too slow, right?"),
        utt(5, "SPEAKER_01", "customer", 25.0, "Invoices take forever to send."),
        utt(6, "SPEAKER_01", "customer", 31.0, "I love the mobile app."),
    ]
    return {
        "recordings": _t([{"recording_id": rid, "source_uri": source_uri, "duration_s": duration_s, "segment": "smb"}]),
        "speakers": _t([{"recording_id": rid, "speaker": "SPEAKER_00", "role": "interviewer"},
                        {"recording_id": rid, "speaker": "SPEAKER_01", "role": "customer"}]),
        "utterances": _t(utterances),
        "questions": _t([
            {"recording_id": rid, "utterance_id": "u1", "question_type": "open", "start_s": 5.0, "text": "Tell me?"},
            {"recording_id": rid, "utterance_id": "u4", "question_type": "leading", "start_s": 20.0, "text": "So?"},
        ]),
        "statements": _t([
            stmt(2, 9.5, "I called on Monday about [PERSON]'s invoice.", "neutral", 0.0, "background"),
            stmt(3, 14.0, "Support never answers, it is awful.", "negative", -0.9),
            stmt(5, 25.0, "Invoices take forever to send.", "negative", -0.6),
            stmt(6, 31.0, "I love the mobile app.", "positive", 0.8, "praise"),
        ]),
        "themes": _t([{"theme_id": "t-support", "rank": 1, "label": "Support is slow", "keywords": ["support"],
                       "num_recordings": 2, "num_mentions": 3},
                      {"theme_id": "t-invoice", "rank": 2, "label": "Invoices are slow", "keywords": ["invoice"],
                       "num_recordings": 2, "num_mentions": 2}]),
        "theme_mentions": _t([
            {"theme_id": "t-invoice", "recording_id": rid, "statement_id": "u5-s", "text": "Invoices take forever to send.",
             "start_s": 25.0, "end_s": 29.0, "similarity": 0.8},
            {"theme_id": "t-support", "recording_id": rid, "statement_id": "u3-s", "text": "Support never answers, it is awful.",
             "start_s": 14.0, "end_s": 18.0, "similarity": 0.9},
        ]),
        "interview_quality": _t([{"recording_id": rid, "num_questions": 2, "num_follow_ups": 1,
                                  "interviewer_talk_share": 0.3}]),
    }


def test_each_interview_is_a_conversation_in_time_order_with_roles_question_types_sentiment_and_themes():
    rid = "c" * 64
    interview = build_model(_conversation_tables(rid), "datasets/")["interviews"][0]
    lines = interview["lines"]
    assert [line["start_s"] for line in lines] == [1.0, 5.0, 9.5, 14.0, 20.0, 25.0, 31.0]
    assert [line["role"] for line in lines] == ["interviewer", "interviewer", "customer", "customer", "interviewer",
                                                "customer", "customer"]
    assert lines[1]["clock"] == "0:05" and lines[1]["question_types"] == ["open"]
    assert lines[4]["question_types"] == ["leading"] and lines[0]["question_types"] == []
    assert lines[2]["text"] == "I called on Monday about [PERSON]'s invoice."  # as stored: redacted
    assert (lines[3]["sentiment"], lines[3]["theme_rank"], lines[3]["theme_label"]) == ("negative", 1, "Support is slow")
    assert (lines[5]["theme_id"], lines[5]["theme_rank"]) == ("t-invoice", 2)
    assert lines[6]["sentiment"] == "positive" and lines[6]["theme_id"] == "" and lines[6]["segment"] == "smb"
    assert lines[0]["sentiment"] == "" and lines[0]["theme_rank"] is None  # the interviewer's lines carry no statement
    page = render(build_model(_conversation_tables(rid), "datasets/"))
    section = page.split('<h2 id="interviews">')[1]
    assert f'<details class="interview" id="interview-{rid[:12]}">' in section
    assert "interviewer talk 30%" in section and "follow-ups 1" in section
    assert "open question</span>" in section and "leading question</span>" in section
    assert 'data-theme="t-support" data-segment="smb" data-sentiment="negative" data-stage="support"' in section
    assert "[PERSON]&#39;s invoice" in section  # escaped, as stored
    assert 'class="seek"' not in section  # no audio attached: no play controls


def test_the_summary_carries_the_themes_then_the_strongest_feelings_in_time_order():
    interview = build_model(_conversation_tables("c" * 64), "datasets/")["interviews"][0]
    # the two theme statements (rank 1, rank 2), then the strongest feeling left (praise, 0.8); the
    # neutral background statement is left out; shown in time order
    assert [s["start_s"] for s in interview["summary"]] == [14.0, 25.0, 31.0]
    assert [s["theme_rank"] for s in interview["summary"]] == [1, 2, None]


def test_the_summary_is_one_statement_per_theme_best_ranked_first_and_deterministic():
    def s(sid: str, start: float, score: float, sentiment: str = "negative", kind: str = "pain") -> dict:
        return {"statement_id": sid, "start_s": start, "sentiment": sentiment, "sentiment_score": score, "kind": kind}

    statements = [s("a", 10, -0.2), s("b", 20, -0.3), s("c", 30, -0.1), s("d", 40, -0.1), s("e", 50, -0.1),
                  s("f", 60, 0.9, "positive", "pleasantry"), s("g", 70, -0.7), s("h", 80, 0.7, "positive"),
                  s("i", 90, 0.0, "neutral")]
    theme_of = {"a": (3, 0.5), "b": (3, 0.5), "c": (1, 0.7), "d": (1, 0.9), "e": (2, 0.6), "i": (4, 0.9)}
    picked = extractive_summary(statements, theme_of, size=4, max_theme_picks=3)
    # themes 1, 2, 3 (d most similar in theme 1; a before b, equally similar, in theme 3), then the
    # strongest feeling: g and h tie at 0.7, the earlier wins; the pleasantry never counts
    assert picked == ["a", "d", "e", "g"]
    for seed in range(5):
        shuffled = statements[:]
        random.Random(seed).shuffle(shuffled)
        assert extractive_summary(shuffled, theme_of, size=4, max_theme_picks=3) == picked
    assert extractive_summary(statements, theme_of, size=2) == ["d", "e"]  # the two best-ranked themes
    assert extractive_summary([], {}) == []


def _wav(path: Path, seconds: float) -> str:
    """A 16 kHz mono tone as a WAV file; returns its sha256 (the recording_id)."""
    tone = (np.sin(np.arange(int(16_000 * seconds)) * 2 * np.pi * 220 / 16_000) * 8000).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes(tone.tobytes())
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_interview_audio_comes_after_the_quote_clips_and_is_left_out_over_budget(tmp_path):
    path = tmp_path / "acme.wav"
    rid = _wav(path, 60.0)
    tables = _conversation_tables(rid, path.as_uri(), 60.0)
    recordings = tables["recordings"].to_pylist()
    redactions = [{"recording_id": rid, "start_s": 12.0, "end_s": 13.0}]
    # room for the quote clips (~15 kB each) but not for the whole minute (~130 kB at 12 kbit/s)
    model = build_model(tables, "datasets/")
    assert data_uri_chars(60.0) > 60_000  # judged before decoding: no time spent on what cannot fit
    problems = attach_clips(model, recordings, redactions, None, budget_chars=60_000)
    interview = model["interviews"][0]
    assert all(q["clip"] for t in model["themes"] for q in t["quotes"])  # quotes keep priority
    assert interview["audio"] is None and "does not fit" in interview["audio_note"]
    assert problems == ["interview audio budget reached: acme.wav play no transcript lines"]
    section = render(model).split('<h2 id="interviews">')[1]
    assert 'class="empty audio-note"' in section and '<audio class="interview-audio"' not in section
    assert 'class="seek"' not in section
    # with room, the whole recording is embedded once and every line plays from its start
    model = build_model(tables, "datasets/")
    assert attach_clips(model, recordings, redactions, None) == []
    audio = model["interviews"][0]["audio"]
    assert audio.startswith("data:audio/ogg;base64,") and len(audio) < 60 * 16_000 / 8 * 4 / 3  # under 16 kbit/s
    with av.open(io.BytesIO(base64.b64decode(audio.split(",", 1)[1]))) as container:
        pcm = np.concatenate([f.to_ndarray().reshape(-1) for f in container.decode(audio=0)])
        rate = container.streams.audio[0].codec_context.sample_rate
    assert abs(len(pcm) / rate - 60.0) < 0.2
    assert np.abs(pcm[int(12.2 * rate) : int(12.8 * rate)]).max() < 0.01  # the redacted second is silent
    section = render(model).split('<h2 id="interviews">')[1]
    assert section.count('<audio class="interview-audio"') == 1 and "audio-note" not in section
    assert section.count('<button class="seek" type="button" data-start="25.0"') == 2  # its transcript line and summary
