"""``verbatim report DATASETS --html FILE``: one self-contained HTML page for analysts.

Themes ranked in a bar chart with their quotes (recording and time range), each theme's
sentiment, journey stage and segments; competitors customers mention (the early warning) and
their feature requests, with quotes and seconds; per-interview quality (interviewer talk share,
question types, follow-ups and example requests) and a speaker timeline per recording; then each
interview as a conversation (its transcript with question types, sentiment and themes, an
extractive summary, each line playable from one embedded recording per interview).
Charts are inline SVG drawn here: no JavaScript, no network, opens anywhere.
``build_model`` is pure (tables in, plain dicts out); ``write_report`` does the I/O.
"""

from __future__ import annotations

import html
import sys
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import pyarrow as pa

from verbatim.report.summary import extractive_summary
from verbatim.tasks.errors import ConfigError, InputError
from verbatim.tasks.questions import QUESTION_TYPES
from verbatim.tasks.storage import display_name

QUOTES_PER_THEME = 3
TYPE_COLOURS = {
    "open": "#2f9e44",
    "past_behavior": "#1c7ed6",
    "closed": "#adb5bd",
    "leading": "#e03131",
    "hypothetical": "#f08c00",
}
ROLE_COLOURS = {"interviewer": "#7048e8", "customer": "#12b886"}


def clock(seconds: float) -> str:
    """83.4 -> '1:23' (h:mm:ss past an hour)."""
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _rows(table: pa.Table | None) -> list[dict]:
    return table.to_pylist() if table is not None else []


class _Conversations:
    """Each interview as a conversation: its utterances in time order with what the analysis
    found in them (question types, the statement's sentiment and theme), and its summary."""

    def __init__(self, tables: dict[str, pa.Table | None], themes: list[dict]) -> None:
        self.theme = {t["theme_id"]: t for t in themes}
        # a statement's theme (the best-ranked one if several) and its similarity to it
        self.theme_of: dict[str, tuple[str, float]] = {}
        for m in _rows(tables.get("theme_mentions")):
            sid, tid = m.get("statement_id"), m["theme_id"]
            if not sid or tid not in self.theme:
                continue
            held = self.theme_of.get(sid)
            if held is None or self.theme[tid]["rank"] < self.theme[held[0]]["rank"]:
                self.theme_of[sid] = (tid, float(m.get("similarity") or 0.0))
        self.rank_of = {sid: (self.theme[tid]["rank"], sim) for sid, (tid, sim) in self.theme_of.items()}
        self.utterances: dict[str, list[dict]] = {}
        for u in _rows(tables.get("utterances")):
            self.utterances.setdefault(u["recording_id"], []).append(u)
        self.statements: dict[str, list[dict]] = {}
        self.statement_of: dict[str, dict] = {}  # utterance_id -> its statement
        for s in _rows(tables.get("statements")):
            if "recording_id" not in s:
                continue  # a report model built from the filter columns only
            self.statements.setdefault(s["recording_id"], []).append(s)
            for uid in s.get("utterance_ids") or [s.get("utterance_id")]:
                self.statement_of[uid] = s
        self.question_types: dict[str, list[str]] = {}
        for x in _rows(tables.get("questions")):
            kinds = self.question_types.setdefault(x.get("utterance_id") or "", [])
            if x["question_type"] not in kinds:
                kinds.append(x["question_type"])
        self.competitors: dict[str, set[str]] = {}
        for m in _rows(tables.get("mentions")):
            if m["kind"] == "competitor" and m.get("utterance_id"):
                self.competitors.setdefault(m["utterance_id"], set()).add(m["term"])

    def _theme_fields(self, statement_id: str) -> dict:
        tid = self.theme_of.get(statement_id, ("", 0.0))[0]
        t = self.theme.get(tid)
        return {"theme_id": tid, "theme_rank": t["rank"] if t else None, "theme_label": t["label"] if t else ""}

    def lines(self, rid: str, role_of: dict[str, str], segment: str) -> list[dict]:
        """Every utterance of recording ``rid`` in time order, as the transcript shows it."""
        out = []
        utterances = sorted(
            self.utterances.get(rid, []), key=lambda u: (u["start_s"], u.get("utterance_index") or 0, u.get("utterance_id") or "")
        )
        for u in utterances:
            uid = u.get("utterance_id") or ""
            s = self.statement_of.get(uid)
            out.append(
                {
                    "start_s": u["start_s"],
                    "end_s": u["end_s"],
                    "clock": clock(u["start_s"]),
                    "speaker": u["speaker"],
                    "role": u.get("role") or role_of.get(u["speaker"], "customer"),
                    "text": u["text"],
                    "question_types": self.question_types.get(uid, []),
                    "sentiment": (s.get("sentiment") or "") if s else "",
                    "stage": (s.get("journey_stage") or "") if s else "",
                    **self._theme_fields(s["statement_id"] if s else ""),
                    "competitor": "|".join(sorted(self.competitors.get(uid, ()))),  # the page's filter splits on |
                    "segment": segment,
                }
            )
        return out

    def summary(self, rid: str) -> list[dict]:
        """The interview's extractive summary (``summary.extractive_summary``), in time order."""
        statements = self.statements.get(rid, [])
        picked = set(extractive_summary(statements, self.rank_of))
        return [
            {
                "text": s["text"],
                "start_s": s["start_s"],
                "start": clock(s["start_s"]),
                "end": clock(s["end_s"]),
                "sentiment": s.get("sentiment") or "",
                **self._theme_fields(s["statement_id"]),
            }
            for s in sorted(statements, key=lambda s: (s["start_s"], s["statement_id"]))
            if s["statement_id"] in picked
        ]


def build_model(tables: dict[str, pa.Table | None], datasets: str) -> dict:
    """Everything the page shows, from the datasets' tables (pure)."""
    recordings = sorted(_rows(tables.get("recordings")), key=lambda r: r["source_uri"])
    if not recordings:
        raise InputError(datasets, "holds no processed recordings", f"run: verbatim process FILE... --out {datasets}")
    name = {r["recording_id"]: display_name(r["source_uri"]) for r in recordings}
    segment_of = {r["recording_id"]: r.get("segment") or "" for r in recordings}
    statement = {
        s["statement_id"]: (s.get("sentiment") or "", s.get("journey_stage") or "") for s in _rows(tables.get("statements"))
    }

    def quote(m: dict, theme_id: str = "", competitor: str = "") -> dict:
        """A quote as the page shows it (a theme mention or a mention row): where it was said,
        its clip (attach_clips fills it in) and what the page's filters match it on."""
        sentiment, stage = statement.get(m.get("statement_id") or "", ("", ""))
        return {
            "text": m["text"],
            "recording": name.get(m["recording_id"], m["recording_id"][:12]),
            "start": clock(m["start_s"]),
            "end": clock(m["end_s"]),
            "recording_id": m["recording_id"],
            "start_s": m["start_s"],
            "end_s": m["end_s"],
            "clip": None,
            "theme_id": theme_id,
            "competitor": competitor,
            "segment": segment_of.get(m["recording_id"], ""),
            "sentiment": sentiment,
            "stage": stage,
        }

    mentions = _rows(tables.get("theme_mentions"))
    segment_rows = _rows(tables.get("theme_segments"))
    themes = []
    for t in sorted(_rows(tables.get("themes")), key=lambda t: t["rank"]):
        quotes = sorted((m for m in mentions if m["theme_id"] == t["theme_id"]), key=lambda m: -m["similarity"])
        themes.append(
            {
                "rank": t["rank"],
                "label": t["label"],
                "keywords": t["keywords"],
                "theme_id": t["theme_id"],
                "num_recordings": t["num_recordings"],
                "num_mentions": t["num_mentions"],
                "share_negative": t.get("share_negative"),
                "share_positive": t.get("share_positive"),
                "journey_stage": (t.get("journey_stage") or "").replace("_", " "),
                "segments": [
                    (s["segment"] or "no segment", s["num_recordings"]) for s in segment_rows if s["theme_id"] == t["theme_id"]
                ],
                "quotes": [quote(q, theme_id=t["theme_id"]) for q in quotes[:QUOTES_PER_THEME]],
            }
        )
    quality = {q["recording_id"]: q for q in _rows(tables.get("interview_quality"))}
    speakers = _rows(tables.get("speakers"))
    turns = _rows(tables.get("speaker_turns"))
    questions = _rows(tables.get("questions"))
    conversations = _Conversations(tables, themes)
    interviews = []
    for r in recordings:
        rid = r["recording_id"]
        q = quality.get(rid, {})
        role_of = {s["speaker"]: s.get("role") or "customer" for s in speakers if s["recording_id"] == rid}
        interviews.append(
            {
                "name": name[rid],
                "recording_id": rid,
                "duration_s": r["duration_s"],
                "duration": clock(r["duration_s"]),
                "interviewer_talk_share": q.get("interviewer_talk_share"),
                "num_questions": q.get("num_questions", 0),
                "num_follow_ups": q.get("num_follow_ups"),
                "num_example_requests": q.get("num_example_requests"),
                "unprobed_vague_answers": q.get("unprobed_vague_answers"),
                "types": {t: q.get(f"num_{t}", 0) for t in QUESTION_TYPES},
                "longest_answer_s": q.get("longest_customer_answer_s", 0.0),
                "speakers": [
                    {"speaker": s, "role": role_of[s]} for s in sorted(role_of, key=lambda s: (role_of[s] != "interviewer", s))
                ],
                "turns": [(t["speaker"], t["start_s"], t["end_s"]) for t in turns if t["recording_id"] == rid],
                "flagged": [
                    (x["start_s"], x["question_type"], x["text"])
                    for x in questions
                    if x["recording_id"] == rid and x["question_type"] in ("leading", "hypothetical")
                ],
                "lines": conversations.lines(rid, role_of, segment_of.get(rid, "")),
                "summary": conversations.summary(rid),
                "audio": None,  # attach_clips: the whole recording, when the page's budget allows
                "audio_note": "",
            }
        )
    said = sorted(_rows(tables.get("mentions")), key=lambda m: (name.get(m["recording_id"], ""), m["start_s"]))

    def quoted(m: dict) -> dict:
        return {"term": m["term"], **quote(m, competitor=m["term"] if m["kind"] == "competitor" else "")}

    competitors: dict[str, list[dict]] = {}
    for m in said:
        if m["kind"] == "competitor":
            competitors.setdefault(m["term"], []).append(quoted(m))
    return {
        "competitors": sorted(
            ({"name": k, "num_recordings": len({q["recording"] for q in v}), "quotes": v} for k, v in competitors.items()),
            key=lambda c: (-c["num_recordings"], c["name"]),
        ),
        "requests": [quoted(m) for m in said if m["kind"] == "feature_request"],
        # the page's filter menus: (data key, label, values present), empty menus left out
        "filters": [
            (key, label, values)
            for key, label, values in (
                ("segment", "Segment", sorted({v for v in segment_of.values() if v})),
                (
                    "sentiment",
                    "Sentiment",
                    [v for v in ("negative", "neutral", "positive") if v in {s for s, _ in statement.values()}],
                ),
                ("stage", "Journey stage", sorted({st for _, st in statement.values() if st})),
                ("competitor", "Competitor", sorted(competitors)),
            )
            if values
        ],
        "has_mentions_table": tables.get("mentions") is not None,
        "datasets": datasets,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "num_recordings": len(recordings),
        "total_duration": clock(sum(r["duration_s"] for r in recordings)),
        "themes": themes,
        "max_recordings": max([t["num_recordings"] for t in themes] + [1]),
        "interviews": interviews,
        "has_themes_table": tables.get("themes") is not None,
    }


# Clips stop being embedded past this many characters of data: URIs (the page stays mailable).
CLIP_BUDGET_CHARS = 10_000_000


def quotes_to_play(model: dict) -> list[dict]:
    """Every quote the page shows with a play control, most important first (the budget may
    stop the tail): theme quotes, then competitor mentions (three each), then feature requests."""
    out = [q for t in model["themes"] for q in t["quotes"]]
    out += [q for c in model["competitors"] for q in c["quotes"][:3]]
    return out + list(model["requests"])


def attach_clips(
    model: dict,
    recordings: list[dict],
    redactions: list[dict],
    endpoint_url: str | None,
    budget_chars: int = CLIP_BUDGET_CHARS,
) -> list[str]:
    """Give each quote a playable clip (``clip``: a data URI; ``clip_start_s``) cut from its
    recording, redacted spans silent. A recording whose file is gone or has changed since it
    was processed (another hash) gets no clips; returns one line per such recording.
    Then, with what is left of ``budget_chars`` (quotes come first), each interview's whole
    recording for its transcript's play controls (``_attach_interview_audio``)."""
    from verbatim.tasks import clips
    from verbatim.tasks.audio import SAMPLE_RATE, decode
    from verbatim.tasks.errors import VerbatimError
    from verbatim.tasks.storage import fetch

    source = {r["recording_id"]: r["source_uri"] for r in recordings}
    silent: dict[str, list[tuple[float, float]]] = {}
    for r in redactions:
        silent.setdefault(r["recording_id"], []).append((r["start_s"], r["end_s"]))
    wanted: dict[str, list[dict]] = {}
    for q in quotes_to_play(model):
        wanted.setdefault(q["recording_id"], []).append(q)
    spent, problems = 0, []
    for rid, quotes in wanted.items():
        try:
            fetched = fetch(source[rid], endpoint_url)
        except (VerbatimError, KeyError) as exc:
            problems.append(f"{source.get(rid, rid)}: no audio clips ({exc})")
            continue
        try:
            if fetched.sha256 != rid:
                problems.append(f"{source[rid]}: no audio clips (the file has changed since it was processed)")
                continue
            audio = decode(fetched.path, source[rid])
            duration_s = len(audio.pcm) / SAMPLE_RATE
            for q in quotes:
                lo, hi = clips.clip_bounds(q["start_s"], q["end_s"], duration_s)
                pcm = clips.silenced(audio.pcm[int(lo * SAMPLE_RATE) : int(hi * SAMPLE_RATE)], lo, silent.get(rid, []))
                uri = clips.opus_data_uri(pcm)
                if spent + len(uri) > budget_chars:
                    problems.append("clip budget reached: later quotes have no audio")
                    return problems + _attach_interview_audio(model, source, silent, endpoint_url, 0, problems)
                q["clip"], q["clip_start_s"] = uri, round(lo, 2)
                spent += len(uri)
        except VerbatimError as exc:
            problems.append(f"{source[rid]}: no audio clips ({exc})")
        finally:
            fetched.cleanup()
    return problems + _attach_interview_audio(model, source, silent, endpoint_url, budget_chars - spent, problems)


def _attach_interview_audio(
    model: dict,
    source: dict[str, str],
    silent: dict[str, list[tuple[float, float]]],
    endpoint_url: str | None,
    left_chars: int,
    known: list[str],
) -> list[str]:
    """Give each interview with a transcript its whole recording (``audio``: a low-bit-rate Opus
    data URI, redacted spans silent) while ``left_chars`` allows, in page order; one that does
    not fit, or whose file is gone, gets ``audio_note`` instead. Returns problem lines, leaving
    out recordings already named in ``known`` (the quote clips' problems)."""
    from verbatim.tasks import clips
    from verbatim.tasks.audio import decode
    from verbatim.tasks.errors import VerbatimError
    from verbatim.tasks.storage import fetch

    problems: list[str] = []
    no_fit: list[str] = []

    def missing(rid: str, why: str) -> None:
        uri = source.get(rid, rid)
        if not any(line.startswith(f"{uri}: ") for line in known):
            problems.append(f"{uri}: no interview audio ({why})")

    no_room = "Its audio is not embedded: the recording does not fit in what is left of the page's audio budget."
    gone = "Its audio is not embedded: the recording's file is not available (or has changed since it was processed)."
    for i in model["interviews"]:
        rid = i["recording_id"]
        if not i["lines"]:
            continue
        if clips.data_uri_chars(i["duration_s"]) > left_chars:  # judged before decoding anything
            i["audio_note"] = no_room
            no_fit.append(i["name"])
            continue
        try:
            fetched = fetch(source[rid], endpoint_url)
        except (VerbatimError, KeyError) as exc:
            i["audio_note"] = gone
            missing(rid, str(exc))
            continue
        try:
            if fetched.sha256 != rid:
                i["audio_note"] = gone
                missing(rid, "the file has changed since it was processed")
                continue
            audio = decode(fetched.path, source[rid])
            uri = clips.opus_data_uri(clips.silenced(audio.pcm, 0.0, silent.get(rid, [])), clips.WHOLE_BIT_RATE)
            if len(uri) > left_chars:
                i["audio_note"] = no_room
                no_fit.append(i["name"])
                continue
            i["audio"] = uri
            left_chars -= len(uri)
        except VerbatimError as exc:
            i["audio_note"] = gone
            missing(rid, str(exc))
        finally:
            fetched.cleanup()
    if no_fit:
        names = ", ".join(no_fit[:5]) + (f" and {len(no_fit) - 5} more" if len(no_fit) > 5 else "")
        problems.append(f"interview audio budget reached: {names} play no transcript lines")
    return problems


def render(model: dict) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v: "n/a" if v is None else f"{100 * v:.0f}%"
    template = env.from_string(resources.files("verbatim.report").joinpath("report.html.j2").read_text())
    return template.render(m=model, type_colours=TYPE_COLOURS, role_colours=ROLE_COLOURS, types=QUESTION_TYPES, esc=html.escape)


def write_report(datasets: str, out: Path, endpoint_url: str | None = None) -> Path:
    """Read the datasets, render the page, write it atomically to ``out``."""
    from verbatim.tasks.storage import DatasetSink

    if out.exists() and out.is_dir():
        raise ConfigError(f"--html {out}", "is a folder", "give a file name, e.g. report.html")
    sink = DatasetSink(datasets, endpoint_url)
    names = (
        "recordings",
        "speakers",
        "speaker_turns",
        "questions",
        "interview_quality",
        "themes",
        "theme_mentions",
        "theme_segments",
        "mentions",
        "redactions",
        "statements",
        "utterances",
    )
    tables = {n: sink.read(n) for n in names}
    keep = {  # the page needs these columns, not the embeddings or the words' probabilities
        "statements": (
            "statement_id",
            "sentiment",
            "journey_stage",
            "recording_id",
            "utterance_id",
            "utterance_ids",
            "start_s",
            "end_s",
            "text",
            "kind",
            "sentiment_score",
        ),
        "utterances": ("recording_id", "utterance_id", "utterance_index", "speaker", "role", "start_s", "end_s", "text"),
    }
    for n, columns in keep.items():
        table = tables[n]
        if table is not None:
            tables[n] = table.select([c for c in columns if c in table.column_names])
    model = build_model(tables, datasets)
    for line in attach_clips(model, _rows(tables["recordings"]), _rows(tables["redactions"]), endpoint_url):
        print(f"note: {line}", file=sys.stderr)
    page = render(model)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    return out


def main(datasets: str, out: str, endpoint_url: str | None = None) -> int:
    from verbatim.tasks.errors import VerbatimError

    try:
        path = write_report(datasets, Path(out), endpoint_url)
    except VerbatimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Report: {path.resolve()} (open it in a browser)", file=sys.stderr)
    return 0
