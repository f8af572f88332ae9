"""verbatim/report/render.py: the analysis on the page (pure: tables in, HTML out)."""

import pyarrow as pa

from verbatim.report.render import build_model, render


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
