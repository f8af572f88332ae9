"""How well the interview analysis reads customers: sentiment, journey stage, competitor and
feature-request mentions, follow-ups and requests for an example (issue 23's measure).

    uv run python -m eval.analysis            # tuning and held-out parts of eval/analysis_sets.py
    uv run python -m eval.analysis --misses   # also print what each held-out rule got wrong
    uv run python -m eval.analysis --fit      # refit the sentiment, stage and request classifiers on the tuning part
    uv run python -m eval.analysis --fit --only feature_request,example_request   # refit these, keep the others
    uv run python -m eval.analysis --requests-cv   # the request model's threshold: each tuning writer left out in turn
    uv run python -m eval.analysis --examples-cv   # the same for the example-request model
    uv run python -m eval.analysis --lodo     # leave one tuning domain out: how the sentiment model's size and the stage model's C are chosen
    uv run python -m eval.analysis --answers-cv   # each answer writer left out: sentiment and stage with and without the others' answers
    uv run python -m eval.analysis --curve    # held-out sentiment fitted on more and more tuning domains
    uv run python -m eval.analysis --rendered DIR/car_rental/rendering-0 ...   # rendered rich interviews
    uv run python -m eval.analysis --domains airline,payroll_software   # score a new batch before tuning on it

Text only (but ``--rendered``, which reads datasets the pipeline wrote): the rules
(tasks/mentions.py, probing.py) are pure; sentiment, journey stage and the request and
example-request models classify the packaged analysis model's reading of each statement or
question (its word pieces for sentiment, requests and requests for an example, its sentence
vector for the stage: tasks/sentiment.py, journey.py, mentions.py, probing.py), with
weights fitted on
the tuning part only (``--fit`` writes tasks/config/statement_models.json; sentiment also reads
the tuning rich interviews' answers, eval/theme_rich.py, and the stage the answers of
eval/answer_batches.py).
The tuning part may be used to change the rules; the held-out part only reports.
Competitors are scored with the set's names configured (as ``--competitors`` gives them) and
without (found from how they are said).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eval.analysis_sets import HELD_OUT, QUESTIONS, SENTIMENTS, STAGES, STATEMENTS, TUNING

FLOORS = {"sentiment macro-F1": 0.85, "journey stage accuracy": 0.75, "competitor recall": 0.9,
          "competitor precision": 0.9, "example-request recall": 1.0, "example-request precision": 0.95}


def macro_f1(pairs: list[tuple[str, str]], classes: tuple[str, ...]) -> float:
    scores = []
    for c in classes:
        tp = sum(t == c and p == c for t, p in pairs)
        fp = sum(t != c and p == c for t, p in pairs)
        fn = sum(t == c and p != c for t, p in pairs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 1.0


FIT_C = 10.0  # the stage model's, chosen on the tuning part by --lodo (leave one domain out): 0.814 (C=1) / 0.826 (3) / 0.829 (10) / 0.824 (30)
LODO_C = (1.0, 3.0, 10.0, 30.0)


def _training(domains: tuple[str, ...]) -> dict[str, tuple]:
    """Classifier name -> its training data from the statements of ``domains``: for
    ``journey_stage`` (sentence vectors, labels); for ``sentiment`` (word pieces, lexical
    features, labels), as ``attention_fit.fit_attention`` takes them."""
    return _read_labelled([s[:3] for d in domains for s in STATEMENTS[d]])


def _read_labelled(said: list[tuple]) -> dict[str, tuple]:
    """``_training``'s reading of (text, feeling, stage) rows: the classifiers' inputs and labels,
    one model pass for the vectors and word pieces both."""
    import numpy as np

    from verbatim.tasks import embed, interview, journey, sentiment

    texts = [interview.classifier_text(text) for text, _, _ in said]
    vectors, words = embed.analysis_embed_words(texts)
    return {"sentiment": (words, sentiment.lexical(texts), np.array([feeling for _, feeling, _ in said])),
            "journey_stage": (vectors, np.array([stage or journey.NO_STAGE for _, _, stage in said]))}


def _rich_sentiment() -> tuple:
    """(word pieces, lexical features, labels) of the customer answers of the rich interviews'
    tuning sets (eval/theme_rich.py: pain negative, praise positive, background, contact,
    pleasantries and requests neutral), fitted for sentiment beside the statements above.
    Answers said in an interview, several sentences long, are what the pipeline's statements
    are; fitted on the short statements alone, the rendered rich interviews' pain points and
    praise read as neutral (``--rendered``)."""
    import numpy as np

    from eval import theme_rich
    from verbatim.tasks import embed, interview, sentiment

    said = [pair for name in theme_rich.TUNING for answers in theme_rich.feelings(name).values() for pair in answers]
    texts = [interview.classifier_text(text) for text, _ in said]
    return embed.analysis_embed_words(texts)[1], sentiment.lexical(texts), np.array([feeling for _, feeling in said])


# Answer domains of eval/answer_batches.py that are a held-out domain of eval/analysis_sets.py under
# another name (dental_practice): kept out of every fit, so the held-out part stays unseen.
LIKE_HELD_OUT = frozenset({"dental booking"})


def _answer_writers(study: bool = False) -> dict[str, dict[str, tuple]]:
    """Writer -> the answers of ``eval.answer_batches`` (with ``study``: only the answers of the
    music study's script, ``eval.study_scripts``, a fourth writer's, which no fit reads), read as
    the classifiers read statements: ``sentiment`` (word pieces, lexical features, labels) and
    ``journey_stage`` (sentence vectors, labels)."""
    from eval.answer_batches import WRITERS
    from eval.study_scripts import INTERVIEWS

    if study:
        rows = {"music study": [(x.answer, x.sentiment, x.stage) for *_, xs in INTERVIEWS for x in xs]}
    else:
        rows = {w: [(text, feeling, stage) for domain, _, text, feeling, stage in answers if domain not in LIKE_HELD_OUT]
                for w, answers in WRITERS.items()}
    return {writer: _read_labelled(said) for writer, said in rows.items()}


def _stack(parts: list[tuple]) -> tuple:
    """One (word pieces, lexical features, labels) of several, in order."""
    import numpy as np

    return ([w for words, _, _ in parts for w in words], np.vstack([lexical for _, lexical, _ in parts]),
            np.concatenate([labels for _, _, labels in parts]))


def _stack_stages(parts: list[tuple]) -> tuple:
    """One (sentence vectors, stage labels) of several, in order."""
    import numpy as np

    return np.vstack([x for x, _ in parts]), np.concatenate([y for _, y in parts])


def _sentiment_fit(parts: list[tuple], heads: int | None = None, epochs: int | None = None):
    """The sentiment model fitted on ``parts`` ((word pieces, lexical, labels) each, stacked)."""
    from eval import attention_fit

    words, lexical, labels = _stack(parts)
    return attention_fit.fit_attention(words, lexical, [str(label) for label in labels],
                                       attention_fit.HEADS if heads is None else heads,
                                       attention_fit.EPOCHS if epochs is None else epochs)


def _sentiment_read(model, part: tuple) -> tuple[list[str], list[str]]:
    """The fitted sentiment ``model``'s labels for one part's statements, with the pipeline's
    neutral guard and without it (neither applies its wish rule: a wish is not praise)."""
    from verbatim.tasks.sentiment import guarded

    probabilities = model.probabilities(part[0], part[1])
    best = [model.classes[i] for i in probabilities.argmax(axis=1)]
    return [guarded(model.classes, p) for p in probabilities], best


def fit(C: float = FIT_C, only: tuple[str, ...] = ()) -> dict:
    """Fit the sentiment, journey-stage, request and example-request classifiers on the tuning
    part; their JSON weights (``only``: just these, by name)."""
    from sklearn.linear_model import LogisticRegression

    from verbatim.tasks.models import LinearModel

    unknown = set(only) - set(FITTED)
    if unknown:
        raise ValueError(f"unknown classifier(s) {', '.join(sorted(unknown))}; known: {', '.join(FITTED)}")
    wanted = set(only or FITTED)
    out = {}
    if wanted & {"sentiment", "journey_stage"}:
        training = _training(TUNING)
        if "sentiment" in wanted:
            # not the answers of eval/answer_batches.py: fitted with them, the music study's
            # answers read no better and the held-out statements worse (--answers-cv, docs/analysts.md)
            out["sentiment"] = _sentiment_fit([training["sentiment"], _rich_sentiment()]).to_json()
        if "journey_stage" in wanted:
            answers = [a["journey_stage"] for a in _answer_writers().values()]
            x, y = _stack_stages([training["journey_stage"], *answers])
            model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
            out["journey_stage"] = LinearModel(tuple(str(c) for c in model.classes_), model.coef_, model.intercept_).to_json()
    if "feature_request" in wanted:
        words, labels = _stack_writers(_request_writers())
        out["feature_request"] = _pieces_fit(words, labels).to_json()
    if "example_request" in wanted:
        words, labels = _stack_writers(_example_writers())
        out["example_request"] = _pieces_fit(words, labels).to_json()
    return out


FITTED = ("sentiment", "journey_stage", "feature_request", "example_request")  # what --fit writes, by name

Writers = dict[str, tuple[list, list[str], list[str]]]  # writer -> (word pieces, labels, texts)


def _by_writer(rows_by_writer: dict[str, list[tuple[bool, str]]], label: str, text: Callable[[str], str] = lambda t: t) -> Writers:
    """Writer -> (word pieces of ``text(t)``, ``label``/"other", texts) of (flag, t) rows."""
    from verbatim.tasks import embed

    out = {}
    for writer, rows in rows_by_writer.items():
        words = embed.analysis_embed_words([text(t) for _, t in rows])[1]
        out[writer] = (words, [label if flag else "other" for flag, _ in rows], [t for _, t in rows])
    return out


def _request_writers() -> Writers:
    """The tuning requests and look-alikes each writer wrote (``_by_writer``, read as the pipeline
    reads a statement, through ``interview.classifier_text``): what the request model is fitted on,
    a writer at a time. "earlier" is one hand: the tuning statements of this module's sets (their
    request flag) and eval/phrasings.py's first tuning batch (``TUNING``; its later one,
    ``TUNING_3``, stays out, as before); tuning A and B and the three batches of
    eval/request_batches.py are five more writers who never read the rules."""
    from eval import phrasings, request_batches
    from verbatim.tasks import interview

    said = {"earlier": [(bool(s[4]), s[0]) for d in TUNING for s in STATEMENTS[d]] + list(phrasings.TUNING),
            "tuning A": phrasings.REQUESTS_TUNING_A, "tuning B": phrasings.REQUESTS_TUNING_B,
            **dict(request_batches.REQUEST_WRITERS)}
    return _by_writer(said, "request", interview.classifier_text)


def _stack_writers(writers: Writers) -> tuple[list, list[str]]:
    """The word pieces and labels of several writers' batches, one after the other."""
    return [w for words, _, _ in writers.values() for w in words], [y for _, labels, _ in writers.values() for y in labels]


def _pieces_fit(words: list, labels: list[str]):
    """The request or the example-request model: an attention model over the word pieces with
    sentiment's size (``attention_fit.HEADS`` and ``EPOCHS``) and no extra features."""
    import numpy as np

    from eval import attention_fit

    return attention_fit.fit_attention(words, np.zeros((len(words), 0)), labels)


def _example_writers() -> Writers:
    """The requests for an example and look-alikes each writer wrote (``_by_writer``, read as the
    pipeline reads a question: its text): what the example-request model is fitted on, a writer at
    a time. "earlier" is one hand: the tuning questions of this module's sets (their flag, among
    them the follow-ups "what happened next?" that ask for no new case) and eval/phrasings.py's
    first and third tuning batches; tuning A and B and the four example batches of
    eval/request_batches.py are six more writers who never read the rules."""
    from eval import phrasings, request_batches

    asked = {"earlier": [(bool(example), q) for d in TUNING for _, q, _, example in QUESTIONS[d]]
             + list(phrasings.EXAMPLES_TUNING) + list(phrasings.EXAMPLES_TUNING_3),
             "tuning A": phrasings.EXAMPLES_TUNING_A, "tuning B": phrasings.EXAMPLES_TUNING_B,
             **dict(request_batches.EXAMPLE_WRITERS)}
    return _by_writer(asked, "example")


def _writers_cv(what: str, writers: Writers, label: str, rules: Callable[[str], object], chosen: float,
                may_read: Callable[[str], bool] = lambda t: True) -> None:
    """Leave one writer out: the model fitted on the other writers' batches (``_pieces_fit``)
    reads the one left out; per threshold, what rules or model find and the look-alikes taken for
    one, per writer and summed over the writers, beside the rules alone. The model's reading counts
    only where ``may_read`` (as the pipeline applies it)."""
    import numpy as np

    found = {t: [0, 0] for t in CV_THRESHOLDS}
    rules_found = rules_taken = wanted_all = others_all = 0
    for out, (words, labels, texts) in writers.items():
        model = _pieces_fit(*_stack_writers({w: v for w, v in writers.items() if w != out}))
        p = model.probabilities(words, np.zeros((len(words), 0)))[:, model.classes.index(label)]
        wanted = np.array([y == label for y in labels])
        by_rules = np.array([bool(rules(t)) for t in texts])
        p = np.where([may_read(t) for t in texts], p, 0.0)
        rules_found += int(by_rules[wanted].sum())
        rules_taken += int(by_rules[~wanted].sum())
        wanted_all += int(wanted.sum())
        others_all += int((~wanted).sum())
        cells = []
        for threshold in CV_THRESHOLDS:
            got = by_rules | (p >= threshold)
            found[threshold][0] += int(got[wanted].sum())
            found[threshold][1] += int(got[~wanted].sum())
            cells.append(f"{threshold}: {got[wanted].sum()} / {got[~wanted].sum()}")
        print(f"  {out} left out, rules alone {by_rules[wanted].sum()}/{wanted.sum()} found, {by_rules[~wanted].sum()}/"
              f"{(~wanted).sum()} others taken; rules or model p >= threshold: " + ", ".join(cells), flush=True)
    print(f"{what}, rules alone: {rules_found}/{wanted_all} found, {rules_taken}/{others_all} others taken for one")
    print(f"  rules or model p >= threshold (shipped {chosen}): found / others taken  "
          + ", ".join(f"{t}: {f} / {o}" for t, (f, o) in found.items()))


def requests_cv() -> None:
    """Leave one writer out (``_request_writers``, ``_writers_cv``).
    ``mentions.REQUEST_PROBABILITY`` is the middle of the flat window (0.93-0.97: 29-30 look-alikes
    taken, against 34 at 0.9)."""
    from verbatim.tasks import mentions

    _writers_cv("requests", _request_writers(), "request", mentions.feature_requests, mentions.REQUEST_PROBABILITY)


def examples_cv() -> None:
    """The same for the example-request model (``_example_writers``): ``probing.EXAMPLE_PROBABILITY``
    is the middle of the window of thresholds in which rules or model take no look-alike of the six
    newer writers (0.8-0.99, 2026-12-07)."""
    from verbatim.tasks import probing

    _writers_cv("requests for an example", _example_writers(), "example", probing.asks_for_example,
                probing.EXAMPLE_PROBABILITY, lambda q: not probing.probes_the_story(q))


CV_THRESHOLDS = (0.5, 0.7, 0.75, 0.8, 0.85, 0.875, 0.9, 0.93, 0.95, 0.97, 0.99)


LODO_ATTENTION = ((0, 80), (1, 80), (2, 40), (2, 80), (2, 120), (4, 80))  # (heads, epochs); 0 heads: the mean alone


def answers_cv() -> None:
    """Each answer writer left out in turn (``_answer_writers``): sentiment (as the pipeline
    guards it) and journey stage of its answers, read by the model fitted without any writer's
    answers (the tuning statements and rich answers alone) and by the one fitted with the other
    writers' answers beside them: whether answers of this shape carry over to a writer never
    seen."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    training = _training(TUNING)
    rich = _rich_sentiment()
    writers = _answer_writers()
    alone = _sentiment_fit([training["sentiment"], rich])
    stage_alone = LogisticRegression(C=FIT_C, max_iter=5000).fit(*training["journey_stage"])
    pairs: dict[str, list[tuple[str, str]]] = {"without": [], "with": []}
    stages: dict[str, list[tuple[str, str]]] = {"without": [], "with": []}
    # each writer left out in turn, then the music study's answers read by the fit on all three
    for out, data in [*writers.items(), *_answer_writers(study=True).items()]:
        others = [w for w in writers if w != out]
        model = _sentiment_fit([training["sentiment"], rich] + [writers[w]["sentiment"] for w in others])
        stage = LogisticRegression(C=FIT_C, max_iter=5000).fit(
            *_stack_stages([training["journey_stage"]] + [writers[w]["journey_stage"] for w in others]))
        want, (x, y) = data["sentiment"][2], data["journey_stage"]
        for name, m, s in (("without", alone, stage_alone), ("with", model, stage)):
            pairs[name] += list(zip(want, _sentiment_read(m, data["sentiment"])[0]))
            stages[name] += list(zip(y, s.predict(x)))
        who = f"writer {out} left out" if out in writers else f"{out}, read by the fit on all three writers"
        print(f"{who} ({len(want)} answers): sentiment macro-F1 "
              + ", ".join(f"{name} answers {macro_f1(pairs[name][-len(want):], SENTIMENTS):.3f}" for name in pairs)
              + "; stage accuracy "
              + ", ".join(f"{name} {np.mean([a == b for a, b in stages[name][-len(want):]]):.3f}" for name in stages), flush=True)
    n = sum(len(w["sentiment"][2]) for w in writers.values())  # the writers' answers come first, the study's after
    for name in pairs:
        for part, got, staged in (("the three writers left out", pairs[name][:n], stages[name][:n]),
                                  ("the music study", pairs[name][n:], stages[name][n:])):
            right = sum(a == b for a, b in got)
            swaps = sum({a, b} == {"positive", "negative"} for a, b in got)
            print(f"{part}, {name} the other writers' answers: sentiment accuracy {right / len(got):.3f}, "
                  f"macro-F1 {macro_f1(got, SENTIMENTS):.3f}, {swaps} swaps; stage accuracy "
                  f"{np.mean([a == b for a, b in staged]):.3f}")


def lodo() -> None:
    """Leave one tuning domain out: sentiment macro-F1 per (heads, epochs) of the attention model
    and stage accuracy per C, each on the domain left out, fitted on the others (the tuning part
    only, with the rich answers for sentiment and the answer batches for the stage in every fold,
    as the shipped fit has them: this is how ``attention_fit.HEADS``/``EPOCHS`` and FIT_C are
    chosen)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from verbatim.tasks.sentiment import MIN_FEELING_PROBABILITY

    def swaps(pairs: list[tuple[str, str]]) -> int:
        return sum({a, b} == {"positive", "negative"} for a, b in pairs)

    per_domain = {d: _training((d,)) for d in TUNING}
    answers = list(_answer_writers().values())  # the stage's, in every fold, as in the shipped fit
    rich = _rich_sentiment()  # in every fold
    for heads, epochs in LODO_ATTENTION:
        pairs, bare = [], []
        for out in TUNING:
            model = _sentiment_fit([per_domain[d]["sentiment"] for d in TUNING if d != out] + [rich], heads, epochs)
            want = per_domain[out]["sentiment"][2]
            guarded, unguarded = _sentiment_read(model, per_domain[out]["sentiment"])
            pairs += list(zip(want, guarded))
            bare += list(zip(want, unguarded))
        print(f"heads {heads} epochs {epochs:<4} leave-one-domain-out over {len(TUNING)} tuning domains: sentiment macro-F1 "
              f"{macro_f1(pairs, SENTIMENTS):.3f} ({swaps(pairs)} swaps) with a feeling only at p >= "
              f"{MIN_FEELING_PROBABILITY}, {macro_f1(bare, SENTIMENTS):.3f} ({swaps(bare)} swaps) without", flush=True)
    for C in LODO_C:
        pairs = []
        for out in TUNING:
            x, y = _stack_stages([per_domain[d]["journey_stage"] for d in TUNING if d != out]
                                 + [a["journey_stage"] for a in answers])
            model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
            pairs += list(zip(per_domain[out]["journey_stage"][1], model.predict(per_domain[out]["journey_stage"][0])))
        print(f"C={C:<5g} leave-one-domain-out over {len(TUNING)} tuning domains: stage accuracy "
              f"{sum(a == b for a, b in pairs) / len(pairs):.3f}")


def curve(draws: int = 6, seed: int = 0) -> None:
    """Held-out sentiment macro-F1 fitted on k randomly drawn tuning domains (``draws`` draws per
    k, the neutral guard applied): whether more tuning domains still help. The fit on all twelve
    takes them in a drawn order, so it is not byte for byte the shipped fit."""
    import random

    import numpy as np

    per_domain = {d: _training((d,))["sentiment"] for d in TUNING + HELD_OUT}
    rich = _rich_sentiment()  # in every fit, as in the shipped one
    held = _stack([per_domain[d] for d in HELD_OUT])
    rng = random.Random(seed)
    for k in [*range(3, len(TUNING), 2), len(TUNING)]:
        scores = []
        for _ in range(draws if k < len(TUNING) else 1):
            model = _sentiment_fit([per_domain[d] for d in rng.sample(TUNING, k)] + [rich])
            scores.append(macro_f1(list(zip(held[2], _sentiment_read(model, held)[0])), SENTIMENTS))
        print(f"{k:>2} tuning domains: held-out sentiment macro-F1 {np.mean(scores):.3f} (sd {np.std(scores):.3f}, {len(scores)} draws)",
              flush=True)


def rendered(folders: list[str], misses: list[str] | None = None) -> dict[str, tuple[int, int, int]]:
    """Sentiment of the statements of rich interviews rendered and processed as a user would
    (``python -m eval.themes --rich-audio SET --keep DIR``: each ``DIR/SET/datasets``) against
    the feeling planted in the line each statement transcribes (``theme_rich.feelings``).
    The statements' stored text is classified again with the shipped weights, as the pipeline
    classifies it, so a refit is measured without processing the audio again. Per set: (right,
    total, positive/negative swaps); a statement is scored when it matches its line closely
    enough (difflib ratio 0.5) to say which line it is."""
    import duckdb

    from eval import theme_rich
    from eval.synth import planted_index
    from verbatim.tasks import embed, interview, sentiment

    out: dict[str, tuple[int, int, int]] = {}
    for folder in folders:
        data = Path(folder) / "datasets" if (Path(folder) / "datasets").is_dir() else Path(folder)
        name = next((n for n in theme_rich.CORPORA if n in data.resolve().parts), None)
        if name is None:
            raise SystemExit(f"--rendered {folder}: no rich set's name ({', '.join(theme_rich.CORPORA)}) in its path; "
                             "give the --keep folder of eval.themes --rich-audio")
        if not (data / "statements").is_dir() or not (data / "recordings").is_dir():
            raise SystemExit(f"--rendered {folder}: no statements or recordings datasets there; "
                             "give a folder eval.themes --rich-audio SET --keep DIR wrote (DIR/SET/rendering-N)")
        lines = theme_rich.feelings(name)
        stems = dict(duckdb.sql(f"SELECT recording_id, source_uri FROM read_parquet('{data}/recordings/*/*.parquet')").fetchall())
        said = duckdb.sql(f"SELECT recording_id, text FROM read_parquet('{data}/statements/*/*.parquet') ORDER BY recording_id, start_s").fetchall()
        texts = [interview.classifier_text(text) for _, text in said]
        vectors, words = embed.analysis_embed_words(texts)
        got = sentiment.classify(texts, vectors, words=words)
        right = total = swaps = 0
        for (recording, text), (feeling, _) in zip(said, got):
            candidates = lines.get(Path(stems[recording]).stem, [])
            index = planted_index([a for a, _ in candidates], text)
            if index is None:
                continue
            want = candidates[index][1]
            total += 1
            right += feeling == want
            swaps += {feeling, want} == {"positive", "negative"}
            if misses is not None and feeling != want:
                misses.append(f"{name}: sentiment {want} got {feeling}: {text}")
        out[f"{name} ({'tuning' if name in theme_rich.TUNING else 'held out'}) {data.parent.name}"] = (right, total, swaps)
    return out


def score(domains: tuple[str, ...], misses: list[str] | None = None) -> dict[str, float]:
    from verbatim.tasks import embed, interview, journey, mentions, probing, sentiment

    stages = journey.load_journey(None)
    sent, stage_pairs = [], []
    comp_hit = comp_total = comp_found = comp_right = 0
    req_tp = req_fp = req_fn = 0
    ex_tp = ex_fp = ex_fn = fu_tp = fu_fp = fu_fn = 0
    for domain in domains:
        names = sorted({n for _, _, _, comps, _ in STATEMENTS[domain] for n in comps})
        texts = [interview.classifier_text(s[0]) for s in STATEMENTS[domain]]
        vectors, words = embed.analysis_embed_words(texts)
        wishes = mentions.wishes_read(words)
        feelings = sentiment.classify(texts, vectors, wishes, words)
        got_stages = journey.classify(texts, vectors, stages)
        for (text, feeling, stage, comps, request), (got, _), got_stage, wish in zip(STATEMENTS[domain], feelings, got_stages,
                                                                                     wishes):
            sent.append((feeling, got))
            stage_pairs.append((stage or "-", got_stage or "-"))
            found = mentions.find_in_text(text, names)
            terms = {f.term.lower() for f in found if f.kind == "competitor"}
            want = {c.lower() for c in comps}
            comp_total += len(want)
            comp_hit += len(want & terms)
            comp_found += len(terms)
            comp_right += len(terms & want)
            asked = wish or any(f.kind == "feature_request" for f in found)  # as the pipeline: rules or model
            req_tp += asked and request
            req_fp += asked and not request
            req_fn += request and not asked
            if misses is not None:
                if got != feeling:
                    misses.append(f"sentiment {feeling} got {got}: {text}")
                if (got_stage or None) != stage:
                    misses.append(f"stage {stage} got {got_stage}: {text}")
                if want != terms:
                    misses.append(f"competitors {sorted(want)} got {sorted(terms)}: {text}")
                if asked != request:
                    misses.append(f"request {request} got {asked}: {text}")
        put = [q for _, q, _, _ in QUESTIONS[domain]]
        asked_for = probing.examples_read(put, embed.analysis_embed_words(put)[1])
        for (answer, question, follow_up, example), read in zip(QUESTIONS[domain], asked_for):
            ex = read or probing.asks_for_example(question)  # as the pipeline: rules or model
            fu = probing.is_follow_up(question, answer)
            ex_tp += ex and example
            ex_fp += ex and not example
            ex_fn += example and not ex
            fu_tp += fu and follow_up
            fu_fp += fu and not follow_up
            fu_fn += follow_up and not fu
            if misses is not None:
                if ex != example:
                    misses.append(f"example {example} got {ex}: {question}  (after: {answer})")
                if fu != follow_up:
                    misses.append(f"follow-up {follow_up} got {fu}: {question}  (after: {answer})")
    return {
        "sentiment macro-F1": macro_f1(sent, SENTIMENTS),
        "sentiment accuracy": _ratio(sum(t == p for t, p in sent), len(sent)),
        "sentiment positive/negative swaps": float(sum({t, p} == {"positive", "negative"} for t, p in sent)),
        "journey stage accuracy": _ratio(sum(t == p for t, p in stage_pairs), len(stage_pairs)),
        "competitor recall": _ratio(comp_hit, comp_total),
        "competitor precision": _ratio(comp_right, comp_found),
        "feature-request recall": _ratio(req_tp, req_tp + req_fn),
        "feature-request precision": _ratio(req_tp, req_tp + req_fp),
        "example-request recall": _ratio(ex_tp, ex_tp + ex_fn),
        "example-request precision": _ratio(ex_tp, ex_tp + ex_fp),
        "follow-up recall": _ratio(fu_tp, fu_tp + fu_fn),
        "follow-up precision": _ratio(fu_tp, fu_tp + fu_fp),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="print what each rule got wrong on the held-out part")
    parser.add_argument("--tuning-misses", action="store_true", help="print the misses on the tuning part")
    parser.add_argument("--fit", action="store_true", help="refit the classifiers on the tuning part and write their weights")
    parser.add_argument("--lodo", action="store_true", help="only the leave-one-domain-out scores per sentiment model size and stage C (how they are chosen)")
    parser.add_argument("--only", help="with --fit: refit only these classifiers (comma-separated: sentiment, "
                        "journey_stage, feature_request, example_request), keeping the others' weights")
    parser.add_argument("--requests-cv", action="store_true",
                        help="only the request model, each tuning writer left out in turn, per threshold")
    parser.add_argument("--examples-cv", action="store_true",
                        help="only the example-request model, each tuning writer left out in turn, per threshold")
    parser.add_argument("--answers-cv", action="store_true",
                        help="only sentiment and stage of each answer writer left out, fitted with and without the others' answers")
    parser.add_argument("--curve", action="store_true",
                        help="only the held-out sentiment when fitted on 3, 5, 7... randomly drawn tuning domains")
    parser.add_argument("--domains", help="only score these domains (comma-separated), with their misses: "
                        "how a new batch of statements is scored before anything is tuned on it")
    parser.add_argument("--rendered", nargs="+", metavar="DIR",
                        help="only the sentiment of rendered rich interviews (the --keep folders of eval.themes --rich-audio)")
    args = parser.parse_args(argv)
    if args.only and not args.fit:
        parser.error("--only goes with --fit")
    if args.only:
        unknown = {n.strip() for n in args.only.split(",") if n.strip()} - set(FITTED)
        if unknown:
            parser.error(f"--only: unknown classifier(s) {', '.join(sorted(unknown))}; known: {', '.join(FITTED)}")
    if args.rendered:
        rendered_misses: list[str] = []
        for name, (right, total, swaps) in rendered(args.rendered, rendered_misses).items():
            print(f"{name:<44} sentiment {right}/{total} = {right / max(total, 1):.3f}, {swaps} positive/negative swaps")
        if args.misses:
            print("\n".join(f"  {m}" for m in rendered_misses))
        return 0
    if args.requests_cv:
        requests_cv()
        return 0
    if args.examples_cv:
        examples_cv()
        return 0
    if args.answers_cv:
        answers_cv()
        return 0
    if args.lodo:
        lodo()
        return 0
    if args.curve:
        curve()
        return 0
    if args.domains:
        names = tuple(d.strip() for d in args.domains.split(",") if d.strip())
        unknown = [d for d in names if d not in STATEMENTS]
        if unknown:
            parser.error(f"--domains: unknown domain(s) {', '.join(unknown)}; known: {', '.join(STATEMENTS)}")
        misses: list[str] = []
        for name, value in score(names, misses).items():
            print(f"{name:<36}{value:>9.3f}")
        print("\n".join(f"  {m}" for m in misses))
        return 0
    if args.fit:
        import json

        from verbatim.tasks import models

        only = tuple(n.strip() for n in (args.only or "").split(",") if n.strip())
        weights = (json.loads(models.WEIGHTS.read_text(encoding="utf-8")) if only else {}) | fit(only=only)
        models.WEIGHTS.write_text(json.dumps(weights, indent=None, separators=(",", ":")) + "\n")
        models._all.cache_clear()
        print(f"wrote {models.WEIGHTS}")
    tuning_misses: list[str] = []
    held_misses: list[str] = []
    tuning = score(TUNING, tuning_misses)
    held = score(HELD_OUT, held_misses)
    n_t = sum(len(STATEMENTS[d]) for d in TUNING)
    n_h = sum(len(STATEMENTS[d]) for d in HELD_OUT)
    print(f"{'measure':<36}{'tuning':>9}{'held out':>10}  floor (held out)")
    print(f"{'(statements / questions)':<36}{n_t:>5}/{sum(len(QUESTIONS[d]) for d in TUNING):<3}"
          f"{n_h:>6}/{sum(len(QUESTIONS[d]) for d in HELD_OUT):<3}")
    ok = True
    for name in tuning:
        floor = FLOORS.get(name)
        passed = floor is None or held[name] >= floor
        ok &= passed
        print(f"{name:<36}{tuning[name]:>9.3f}{held[name]:>10.3f}  "
              + (f">= {floor} {'ok' if passed else 'BELOW'}" if floor is not None else ""))
    for title, misses, show in (("tuning", tuning_misses, args.tuning_misses), ("held-out", held_misses, args.misses)):
        if show:
            print(f"\n{title} misses:")
            print("\n".join(f"  {m}" for m in misses))
    print("PASS" if ok else "BELOW FLOOR")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
