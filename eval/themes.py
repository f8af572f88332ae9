"""How well themes, question types and roles are recovered (issue 4's measure).

    uv run python -m eval.themes            # text sets + the six synthetic interviews (render, process, themes)
    uv run python -m eval.themes --text     # the hand-labelled text sets only (seconds)
    uv run python -m eval.themes --renderings 3 --noise-db -60 [--gain-db 1] --keep runs/   # then:
    uv run python -m eval.themes --sweep --keep runs/    # lowest Jaccard per clustering threshold
    uv run python -m eval.themes --rich-audio invoicing_app [--renderings 2]   # a rich set rendered and processed

Audio: renders ``eval.theme_interviews`` with espeak-ng, runs ``verbatim process`` then
``verbatim themes`` (the real CLI, real models), and scores the result the way the issue
states it: for each theme planted in 2+ interviews, the best *distinct* theme's set of
interviews in ``theme_mentions`` must match the planted set with Jaccard >= 0.75; every
planted leading and hypothetical question must be in ``questions`` with its type; and, as
issue 23's hidden check asks, each planted theme's match (all pain points) must carry
``share_negative`` >= 0.6.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

JACCARD_FLOOR = 0.75
NEGATIVE_FLOOR = 0.6  # a planted pain point's theme: its share of negative mentions (issue 23)


def best_matches(planted: dict[str, set[str]], found: list[set[str]]) -> dict[str, tuple[float, int | None]]:
    """Planted theme -> (Jaccard, index into ``found``) of the best still-unused found theme
    (greedy, best pairs first); (0.0, None) where none shares an interview."""
    pairs = sorted(((len(p & f) / len(p | f), name, k) for name, p in planted.items() for k, f in enumerate(found)), reverse=True)
    best: dict[str, tuple[float, int | None]] = {name: (0.0, None) for name in planted}
    used: set[int] = set()
    for score, name, k in pairs:
        if best[name][1] is None and k not in used and score > 0:
            best[name] = (score, k)
            used.add(k)
    return best


def match_themes(planted: dict[str, set[str]], found: list[set[str]]) -> dict[str, float]:
    """Planted theme -> Jaccard of the best still-unused found theme (``best_matches``)."""
    return {name: score for name, (score, _) in best_matches(planted, found).items()}


def text_candidates(interviews: dict[str, list[tuple]]) -> tuple[list, np.ndarray]:
    """Candidates for a hand-labelled set (interview -> tuples whose first item is the statement;
    the interview is the recording) and their embeddings."""
    from verbatim.tasks import embed, themes

    # The question it answers where the set has one (eval.theme_corpus); otherwise each
    # statement answers a question of its own.
    # As the pipeline picks them (``themes.is_candidate``: background, contact details and
    # pleasantries are no candidates).
    candidates = [themes.Candidate(f"{i}-{k}", i, f"{i}-{k}", "C", 0.0, 1.0, said[0],
                                   said[2] if len(said) > 2 else f"{i}-q{k}")
                  for i, lines in interviews.items() for k, said in enumerate(lines)
                  if themes.is_candidate(said[0], True)]
    return candidates, embed.embed([themes.embedding_text(c.text) for c in candidates])


_TOPICS: dict[str, np.ndarray] = {}


def topics_of(candidates: list) -> np.ndarray | None:
    """The candidates' topic vectors as the pipeline stores them (``statements.topic_embedding``:
    the analysis model's vector of the statement without leading fillers), cached per text."""
    from verbatim.tasks import embed, themes

    if not candidates:
        return None
    texts = [themes.embedding_text(c.text) for c in candidates]
    missing = [t for t in dict.fromkeys(texts) if t not in _TOPICS]
    if missing:
        _TOPICS.update(zip(missing, np.asarray(embed.analysis_embed(missing), np.float32)))
    return np.stack([_TOPICS[t] for t in texts])


def recovered(candidates: list, vectors: np.ndarray, planted: dict[str, set[str]],
              interview: dict[str, str] | None = None, **settings) -> tuple[list, dict[str, float]]:
    """The themes ``build_themes`` finds (``settings`` passed on to it) and each planted theme's
    Jaccard with the interviews of its best match (``interview``: recording id -> interview; the
    recording id itself where absent)."""
    from verbatim.tasks import themes

    found = themes.build_themes(candidates, vectors, topics=topics_of(candidates), **settings)
    of = interview or {}
    raised = [{of.get(candidates[m].recording_id, candidates[m].recording_id) for m in t.members} for t in found]
    return found, match_themes(planted, raised)


def text_sets() -> list[tuple[str, bool, dict[str, float]]]:
    """Theme recovery on the hand-labelled statement sets (clustering only, no audio):
    (set, held out?, planted theme -> Jaccard)."""
    from eval.theme_statements import CORPORA, HELD_OUT, planted

    return [(name, name in HELD_OUT, recovered(*text_candidates(interviews), planted(name))[1])
            for name, interviews in CORPORA.items()]


def corpus_report() -> list[tuple[str, str, float, float, float]]:
    """(set, tuning/held-out, min Jaccard, mean statement precision, mean recall) per set of
    ``eval.theme_corpus`` at the shipped clustering settings."""
    from eval.theme_corpus import CORPORA, HELD_OUT, planted

    rows = []
    for name, interviews in CORPORA.items():
        label_of = {f"{i}-{k}": label for i, s in interviews.items() for k, (_, label, _) in enumerate(s)}
        candidates, vectors = text_candidates(interviews)
        found, jaccard = recovered(candidates, vectors, planted(name))
        precision, recall = [], []
        for label in planted(name):
            truth = {sid for sid, lab in label_of.items() if lab == label}  # recall: of all its statements
            members = [{candidates[m].statement_id for m in t.members} for t in found]
            best = max(members, key=lambda m: len(truth & m), default=None)
            hit = len(truth & best) if best else 0
            precision.append(hit / len(best) if best and hit else 0.0)
            recall.append(hit / len(truth))
        rows.append((name, "held-out" if name in HELD_OUT else "tuning", min(jaccard.values()),
                     float(np.mean(precision)), float(np.mean(recall))))
    return rows


def rich_candidates(name: str) -> tuple[list, np.ndarray, dict[str, str | None]]:
    """Candidates of one rich-interview set (``eval.theme_rich``) as the pipeline picks them (an
    answer to a line in which ``questions.find_questions`` finds no question answers none, as
    "That's all from me, thank you."; ``themes.is_candidate`` filters), their embeddings, and
    statement id -> planted theme (None: no theme)."""
    from eval.theme_rich import CORPORA
    from verbatim.tasks import embed, questions, themes

    candidates, truth = [], {}
    for interview, exchanges in CORPORA[name].items():
        for k, (question, answer, label, _kind) in enumerate(exchanges):
            question_id = f"{interview}-q{k}" if questions.find_questions(question) else None
            if not themes.is_candidate(answer, question_id is not None):
                continue
            candidates.append(themes.Candidate(f"{interview}-{k}", interview, f"{interview}-{k}", "C",
                                               float(k), k + 0.9, answer, question_id))
            truth[f"{interview}-{k}"] = label
    return candidates, embed.embed([themes.embedding_text(c.text) for c in candidates]), truth


def rich_scores(candidates: list, found: list, truth: dict[str, str | None],
                planted: dict[str, set[str]]) -> dict[str, object]:
    """Per planted theme: Jaccard of its interviews with its best match's, and mention precision
    (the share of that match's mentions that are this theme); and whether a theme that is not
    one planted topic (its most common label covers under half its mentions, or is no theme)
    ranks above a planted one."""
    return theme_scores([[truth[candidates[m].statement_id] for m in t.members] for t in found],
                        [{candidates[m].recording_id for m in t.members} for t in found],
                        [t.rank for t in found], planted)


def theme_scores(labels_of: list[list[str | None]], raised_of: list[set[str]], ranks: list[int],
                 planted: dict[str, set[str]]) -> dict[str, object]:
    """``rich_scores`` for found themes given as the planted label of each mention (None: no
    theme), the interviews each was raised in, and each one's rank; ``match`` is the index of each
    planted theme's match among them."""
    # Each planted theme is matched to the found theme holding most of its mentions (one found
    # theme per planted one, best pairs first); its Jaccard and precision are that theme's.
    pairs = sorted(((labels.count(name), labels.count(name) / len(labels), name, k)
                    for name in planted for k, labels in enumerate(labels_of)), reverse=True)
    match: dict[str, int] = {}
    for shared, _, name, k in pairs:
        if shared and name not in match and k not in match.values():
            match[name] = k
    jaccard, precision, rank_of = {}, {}, {}
    for name, interviews in planted.items():
        k = match.get(name)
        if k is None:
            jaccard[name], precision[name], rank_of[name] = 0.0, 0.0, None
            continue
        jaccard[name] = len(interviews & raised_of[k]) / len(interviews | raised_of[k])
        precision[name] = labels_of[k].count(name) / len(labels_of[k])
        rank_of[name] = ranks[k]
    impostors = []
    for labels, rank in zip(labels_of, ranks):
        top = max(set(labels), key=lambda lab: (labels.count(lab), str(lab)))
        if top is None or labels.count(top) < len(labels) / 2:
            impostors.append(rank)
    lowest_planted = max((r for r in rank_of.values() if r is not None), default=0)
    return {"jaccard": jaccard, "precision": precision, "match": match,
            "impostor_above": any(r < lowest_planted for r in impostors), "themes": len(labels_of)}


def rich_report(**settings) -> list[tuple[str, bool, dict[str, object]]]:
    """(set, held out?, scores) for each rich-interview set at ``settings`` (build_themes')."""
    from eval.theme_rich import CORPORA, HELD_OUT, planted
    from verbatim.tasks import themes

    out = []
    for name in CORPORA:
        candidates, vectors, truth = rich_candidates(name)
        found = themes.build_themes(candidates, vectors, topics=topics_of(candidates), **settings)
        out.append((name, name in HELD_OUT, rich_scores(candidates, found, truth, planted(name))))
    return out


def rich_passes(scores: dict[str, object]) -> bool:
    """The issue's floor for a rich set: every planted theme Jaccard >= 0.75 and precision >= 0.8,
    no cluster that is not a planted topic above a planted theme."""
    return (all(j >= JACCARD_FLOOR for j in scores["jaccard"].values())
            and all(p >= RICH_PRECISION_FLOOR for p in scores["precision"].values()) and not scores["impostor_above"])


RICH_PRECISION_FLOOR = 0.8


def print_rich_report() -> bool:
    """Print the rich-interview sets; True when every tuning set passes."""
    ok = True
    print("rich interviews (eval/theme_rich.py; floor: Jaccard >= 0.75, mention precision >= 0.8, no impostor above):")
    for name, held_out, scores in rich_report():
        ok &= _print_rich_line(name, held_out, scores) or held_out
    return ok


def _print_rich_line(name: str, held_out: bool, scores: dict[str, object], where: str = "") -> bool:
    """Print one rich set's scores on a line (``where``: which rendering); True when it passes."""
    passed = rich_passes(scores)
    print(f"  {'*' if held_out else ' '}{name:<16} {where}{'pass' if passed else 'FAIL'}  "
          + ", ".join(f"{t} J {scores['jaccard'][t]:.2f} P {scores['precision'][t]:.2f}" for t in sorted(scores["jaccard"]))
          + f"  themes {scores['themes']}" + ("  IMPOSTOR ABOVE A PLANTED THEME" if scores["impostor_above"] else ""),
          flush=True)
    return passed


def print_rich_audio(names: list[str], renderings: int, keep: Path | None) -> bool:
    """Render, process and score each named rich set ``renderings`` times (the first plain, the
    others with one-LSB dither); True when every tuning set passes every time."""
    from eval.theme_rich import CORPORA, HELD_OUT

    unknown = [n for n in names if n not in CORPORA]
    if unknown:
        raise SystemExit(f"--rich-audio: no rich set {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    ok = True
    for name in names:
        for rendering in range(max(1, renderings)):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(keep or tmp) / name / f"rendering-{rendering}"
                scores = rich_audio(name, folder, rendering or None)
            ok &= _print_rich_line(name, name in HELD_OUT, scores, f"rendering {rendering} ") or name in HELD_OUT
    return ok


def print_text_report() -> bool:
    """Print theme recovery on the text sets and the labelled corpus; True when every tuning
    text set passes (held-out sets only report how the settings generalise)."""
    ok = True
    for name, held_out, scores in text_sets():
        print(f"text set {name}{' (held out)' if held_out else ''}: "
              + ", ".join(f"{t} {j:.2f}" for t, j in sorted(scores.items())))
        ok &= held_out or all(j >= JACCARD_FLOOR for j in scores.values())
    print("labelled corpus (eval/theme_corpus.py; issue-10 floor: every held-out theme Jaccard >= 0.8; not yet met):")
    for name, part, jmin, precision, recall in corpus_report():
        print(f"  {name:<17}{part:<9} min Jaccard {jmin:.2f}  statement precision {precision:.2f}  recall {recall:.2f}")
    return ok


SWEEP = tuple(round(0.66 + 0.02 * i, 2) for i in range(20))  # clustering thresholds (cosine distance, 0.66-1.04)
ELABORATION_SWEEP = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 1.01)  # 1.01: always apart


def sweep(keep: Path | None) -> None:
    """Lowest Jaccard of any planted theme per set, at each clustering threshold: the text sets
    (tuning, with follow-up answers, held out), the labelled corpus, the rich sets and, with ``keep``, the
    audio renderings an earlier run kept (``keep/rendering-*/datasets``, or ``keep/datasets``);
    then the lowest over the tuning sets per threshold and elaboration similarity, the grid the
    shipped pair is chosen from. Clustering only; nothing is re-run."""
    import pyarrow.dataset as ds

    from eval.theme_corpus import CORPORA as CORPUS
    from eval.theme_corpus import HELD_OUT as CORPUS_HELD_OUT
    from eval.theme_corpus import TUNING as CORPUS_TUNING
    from eval.theme_corpus import planted as corpus_planted
    from eval.theme_interviews import planted_themes
    from eval.theme_rich import CORPORA as RICH
    from eval.theme_rich import HELD_OUT as RICH_HELD_OUT
    from eval.theme_rich import planted as rich_planted
    from eval.theme_statements import CORPORA, HELD_OUT, planted
    from verbatim.tasks import themes

    sets = []  # (name, candidates, vectors, planted, recording id -> interview)
    for source, plant in ((CORPORA, planted), (CORPUS, corpus_planted)):
        for name, interviews in source.items():
            sets.append((name, *text_candidates(interviews), plant(name), {i: i for i in interviews}))
    for name in RICH:
        cands, vectors, _ = rich_candidates(name)
        sets.append((name, cands, vectors, rich_planted(name), None))
    folders = sorted(keep.glob("rendering-*/datasets")) + ([keep / "datasets"] if (keep / "datasets").is_dir() else []) \
        if keep else []
    for folder in folders:
        names = {r["recording_id"]: Path(r["source_uri"]).stem
                 for r in ds.dataset(folder / "recordings", partitioning="hive").to_table().to_pylist()}
        cands, vectors, _ = themes.candidates_from_rows(  # as the build-themes flow picks them
            ds.dataset(folder / "statements", partitioning="hive").to_table().to_pylist())
        sets.append((folder.parent.name if folder.parent != keep else "audio", cands, vectors, planted_themes(), names))
    held_out = set(HELD_OUT) | set(CORPUS_HELD_OUT) | set(RICH_HELD_OUT)

    def lowest(name_set, threshold: float, elaboration: float = themes.ELABORATION_SIMILARITY) -> float:
        _, cands, vectors, plant, interview = name_set
        return min(recovered(cands, vectors, plant, interview, max_distance=threshold,
                             elaboration_similarity=elaboration)[1].values())

    print(f"lowest Jaccard of a planted theme per set and threshold (shipped {themes.TOPIC_MAX_DISTANCE} on the topic "
          f"vectors; * held out):")
    print(f"{'set':<18}" + "".join(f"{t:>6.2f}" for t in SWEEP))
    for name_set in sets:
        name = name_set[0]
        print(f"{'*' if name in held_out else ' '}{name:<17}" + "".join(f"{lowest(name_set, t):>6.2f}" for t in SWEEP))
    # The corpus and the rich sets fail at every setting (docs/analysts.md), so they cannot choose one:
    # the tuning sets here are the text sets that are neither held out nor corpus nor rich, and the
    # audio renderings.
    tuning = [x for x in sets if x[0] not in held_out and x[0] not in CORPUS_TUNING and x[0] not in RICH]
    print(f"lowest over {', '.join(x[0] for x in tuning)}, per elaboration similarity (rows; shipped "
          f"{themes.ELABORATION_SIMILARITY}) and threshold:")
    print(f"{'':<18}" + "".join(f"{t:>6.2f}" for t in SWEEP))
    for elaboration in ELABORATION_SWEEP:
        print(f" {elaboration:<17.2f}" + "".join(f"{min(lowest(x, t, elaboration) for x in tuning):>6.2f}" for t in SWEEP))


def audio_set(folder: Path, reuse: bool = False, dither_seed: int | None = None, noise_db: float | None = None,
              gain_db: float = 0.0) -> tuple[dict[str, float], list[tuple[str, str, str | None]], dict[str, bool], dict[str, float | None]]:
    """Render, process and build themes for the six interviews; score themes, questions, roles,
    and each planted theme's match's ``share_negative`` (every planted theme here is a pain point)."""
    import duckdb

    from eval.theme_interviews import planted_questions, planted_themes, render_all

    out = folder / "datasets"
    paths = None if reuse and (out / "recordings").is_dir() else \
        [p for p, _ in render_all(folder / "audio", dither_seed, noise_db, gain_db).values()]
    rec = _process_and_build_themes(paths, out)
    mentions = duckdb.sql(f"SELECT theme_id, recording_id FROM read_parquet('{out}/theme_mentions/part-0.parquet')").fetchall()
    by_theme: dict[str, set[str]] = {}
    for theme_id, recording_id in mentions:
        by_theme.setdefault(theme_id, set()).add(rec[recording_id])
    matches = best_matches(planted_themes(), list(by_theme.values()))
    themes_score = {name: score for name, (score, _) in matches.items()}
    negative = dict(duckdb.sql(f"SELECT theme_id, share_negative FROM read_parquet('{out}/themes/part-0.parquet')").fetchall())
    ids = list(by_theme)
    feelings = {name: None if k is None else negative[ids[k]] for name, (_, k) in matches.items()}

    asked = duckdb.sql(f"SELECT recording_id, text, question_type FROM read_parquet('{out}/questions/*/*.parquet')").fetchall()
    questions = []
    for interview, text, qtype in planted_questions():
        got = [t for r, q, t in asked if rec[r] == interview and same_question(text, q)]
        questions.append((f"{interview}: {text}", qtype, got[0] if got else None))

    roles_ok = {}
    for r, interview in rec.items():
        first = duckdb.sql(f"SELECT role FROM read_parquet('{out}/utterances/*/*.parquet') "
                           f"WHERE recording_id = '{r}' ORDER BY start_s LIMIT 1").fetchall()
        roles_ok[interview] = bool(first) and first[0][0] == "interviewer"  # every script opens with the interviewer
    return themes_score, questions, roles_ok, feelings


def _process_and_build_themes(paths: list[Path] | None, out: Path) -> dict[str, str]:
    """Run ``verbatim process`` on ``paths`` (None: reuse what ``out`` holds) and ``verbatim
    themes`` on ``out``, as a user would; recording id -> interview (the file's stem)."""
    import duckdb

    cli = [sys.executable, "-m", "verbatim.cli"]
    if paths is not None:
        subprocess.run(cli + ["process", *[str(p) for p in paths], "--out", str(out)], check=True)
    subprocess.run(cli + ["themes", str(out)], check=True)
    return {r: Path(u).stem for r, u in duckdb.sql(
        f"SELECT recording_id, source_uri FROM read_parquet('{out}/recordings/*/*.parquet')").fetchall()}


# Customer voices for the rendered rich interviews, one per interview in turn; the interviewer
# speaks with another (eval.theme_interviews' voices, which diarization tells apart).
RICH_CUSTOMER_VOICES = (("en-us+f3", 60), ("en+Annie", 50), ("en+Annie", 40), ("en-gb-x-gbclan+f2", 50), ("en+Alicia", 50))


def rich_audio(name: str, folder: Path, dither_seed: int | None = None) -> dict[str, object]:
    """Render one rich-interview set with espeak-ng, run ``verbatim process`` and ``verbatim
    themes`` on it as a user would, and score the themes as ``rich_scores`` does: each mention's
    planted label is the label of the customer line its time span overlaps most."""
    import duckdb

    from eval.synth import Line, Voice, render
    from eval.theme_rich import planted, scripts

    rendered = {}
    for k, (interview, lines) in enumerate(scripts(name).items()):
        voice, pitch = RICH_CUSTOMER_VOICES[k % len(RICH_CUSTOMER_VOICES)]
        voices = {"interviewer": Voice("en-us" if k % 2 else "en+klatt"), "customer": Voice(voice, pitch=pitch)}
        path = folder / "audio" / f"{interview}.wav"
        seed = None if dither_seed is None else dither_seed * 100 + k
        turns = render([Line(*line) for line in lines], voices, path, dither_seed=seed)
        rendered[interview] = (path, [(t.start_s, t.end_s, label) for t, (_, _, label) in zip(turns, lines)])
    out = folder / "datasets"
    interview_of = _process_and_build_themes([p for p, _ in rendered.values()], out)
    rows = duckdb.sql(f"SELECT t.theme_id, t.rank, m.recording_id, m.start_s, m.end_s FROM read_parquet('{out}/themes/part-0.parquet') t "
                      f"JOIN read_parquet('{out}/theme_mentions/part-0.parquet') m USING (theme_id) ORDER BY t.rank").fetchall()

    def label_at(interview: str, start: float, end: float) -> str | None:
        spans = rendered[interview][1]
        overlap, label = max((min(end, b) - max(start, a), lab) for a, b, lab in spans)
        return (label or None) if overlap > 0 else None

    labels: dict[str, list[str | None]] = {}
    raised: dict[str, set[str]] = {}
    rank: dict[str, int] = {}
    for theme_id, theme_rank, recording_id, start, end in rows:
        interview = interview_of[recording_id]
        labels.setdefault(theme_id, []).append(label_at(interview, start, end))
        raised.setdefault(theme_id, set()).add(interview)
        rank[theme_id] = theme_rank
    ids = sorted(labels, key=lambda t: rank[t])
    return theme_scores([labels[t] for t in ids], [raised[t] for t in ids], [rank[t] for t in ids], planted(name))


def same_question(planted: str, transcribed: str) -> bool:
    """Whether a transcribed question is the planted one: 60% of its words, ASR slips allowed."""
    words = {w.strip(".,?!'").lower() for w in planted.split()}
    return len(words & {w.strip(".,?!'").lower() for w in transcribed.split()}) >= 0.6 * len(words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--text", action="store_true", help="only the hand-labelled text sets (no audio)")
    parser.add_argument("--rich", action="store_true", help="only the rich-interview text sets (eval/theme_rich.py)")
    parser.add_argument("--rich-audio", nargs="+", metavar="SET",
                        help="only these rich-interview sets, rendered with espeak-ng and run through verbatim process "
                             "and verbatim themes (about 1.5 minutes a set on two cores); with --renderings N, N times")
    parser.add_argument("--sweep", action="store_true",
                        help="only print each set's lowest Jaccard per clustering threshold (with --keep: also the "
                             "audio renderings kept there by an earlier run)")
    parser.add_argument("--keep", help="folder to keep the rendered audio and datasets in (default: a temp folder)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse datasets processed by an earlier run")
    parser.add_argument("--renderings", type=int, default=1,
                        help="render the interviews this many times (the 2nd on with one-LSB dither, seeds 1, 2, ...) "
                             "and report the spread: robustness to noise nobody hears")
    parser.add_argument("--noise-db", type=float, default=None,
                        help="also add white noise at this level (dBFS, e.g. -60) to the dithered renderings")
    parser.add_argument("--gain-db", type=float, default=0.0,
                        help="also change the level of the dithered renderings by this much, up and down in turn "
                             "(e.g. 1: +1 dB, -1 dB, +1 dB, ...)")
    args = parser.parse_args(argv)

    if args.sweep:
        sweep(Path(args.keep) if args.keep else None)
        return 0
    if args.rich:
        return 0 if print_rich_report() else 1
    if args.rich_audio:
        return 0 if print_rich_audio(args.rich_audio, args.renderings, Path(args.keep) if args.keep else None) else 1
    ok = print_text_report()
    if Path(__file__).with_name("theme_rich.py").exists():
        ok &= print_rich_report()
    for rendering in range(args.renderings if not args.text else 0):
        seed = rendering or None  # the first rendering is the plain one
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(args.keep or tmp) / (f"rendering-{rendering}" if args.renderings > 1 else "")
            noise = args.noise_db if seed is not None else None
            gain = 0.0 if seed is None else args.gain_db * (1 if seed % 2 else -1)
            themes_score, questions, roles_ok, feelings = audio_set(folder, args.reuse, seed, noise, gain)
        kind = "plain" if seed is None else f"dither seed {seed}" + (f" + noise {noise:g} dB" if noise is not None else "") \
            + (f" + gain {gain:+g} dB" if gain else "")
        print(f"rendering {rendering} ({kind}):")
        print("audio themes (Jaccard with planted interviews): " + ", ".join(f"{t} {j:.2f}" for t, j in sorted(themes_score.items())))
        for q, want, got in questions:
            print(f"  {'ok ' if want == got else 'MISS'} {want:13s} got {got or '-':13s} {q}")
        typed = [want == got for _, want, got in questions]
        strict = [want == got for _, want, got in questions if want in ("leading", "hypothetical")]
        print(f"question types right: {sum(typed)}/{len(typed)} (leading + hypothetical: {sum(strict)}/{len(strict)})")
        print(f"interviewer found: {sum(roles_ok.values())}/{len(roles_ok)}")
        print(f"themes recovered (Jaccard >= {JACCARD_FLOOR}): {sum(j >= JACCARD_FLOOR for j in themes_score.values())}/{len(themes_score)}")
        # issue 23's hidden check: each planted theme (all pain points here) found with share_negative >= 0.6
        print(f"share_negative of each planted theme's match (>= {NEGATIVE_FLOOR}): "
              + ", ".join(f"{t} {'-' if v is None else f'{v:.2f}'}" for t, v in sorted(feelings.items())))
        ok &= all(j >= JACCARD_FLOOR for j in themes_score.values()) and len(strict) - sum(strict) <= 1
        ok &= all(v is not None and v >= NEGATIVE_FLOOR for v in feelings.values())
    print("PASS" if ok else "BELOW FLOOR")
    return 0 if ok else 1


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
