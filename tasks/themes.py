"""Themes across the corpus: cluster customer statements, label, rank (pure, no I/O).

How it decides (tuned and checked by ``python -m eval.themes``):

- Candidates are customer statements that answer an interviewer question and hold at
  least ``MIN_WORDS`` words: greetings and self-introductions before the first question,
  and one-word answers, carry no theme. Background, contact details and pleasantries are
  left out too (``statement_kinds``): in one domain every background answer shares the
  vocabulary ("we send forty invoices a week") and contact answers share a form ("my number
  is ..."), and either formed a false theme of its own.
- Statements are embedded *without* leading discourse fillers ("Honestly,", "No way.",
  "Yes, and"): those words say nothing of the topic but pull unrelated answers together.
- Statements are compared by their topic vectors (``statements.topic_embedding``: the analysis
  model's, all-mpnet-base-v2, which sentiment and journey stage read too, so it costs nothing
  more) with the corpus mean removed (``topic_similarity``). In a rich interview every answer
  speaks the domain's language ("invoices", "the app"); compared whole, answers that share only
  that vocabulary formed the top "theme". Removing what every statement shares leaves what
  each is about: on the rich interview sets of ``eval.themes --rich`` mention precision went
  from about 0.6 to 0.9 (MiniLM's whole-statement cosine before). Datasets written before
  schema 1.8.0 have no topic vectors, and a corpus of fewer than ``MIN_CENTRED_STATEMENTS``
  candidates has too few to say what they share: their themes cluster the MiniLM embeddings
  as before.
- Complete-linkage agglomerative clustering on cosine distance: every pair of statements
  in a cluster must be within ``TOPIC_MAX_DISTANCE`` (``MAX_DISTANCE`` on MiniLM embeddings).
  Average or single linkage chain neighbouring topics (delivery delays and slow refunds) into
  one; complete linkage keeps them apart.
- One interview's answers to *different* questions are kept apart (a cannot-link constraint)
  unless they are on one topic (similarity ``ELABORATION_SIMILARITY`` or more): a customer who
  complains about late delivery in one answer and about returns in the next has raised two
  things, while an elaboration after a follow-up question ("Can you say more?") usually
  shares enough with the first answer to stay with it. Neighbouring topics that one customer
  raises side by side then cannot merge, which lets the threshold be looser, so paraphrases
  join. ``eval.themes --sweep`` picks both by margin on the tuning sets (with and without
  follow-up answers, and the audio renderings): every planted theme passes with the threshold
  from 0.80 to 0.88 and the topic similarity from 0.40 to 0.45; without the constraint no
  threshold passes the sets with follow-ups.
- A cluster is a theme only if it spans ``MIN_RECORDINGS`` distinct recordings: a theme
  is something *customers* (plural) raise. Everything else stays an outlier.
- Themes are ranked by distinct recordings, then mentions. Keywords are the cluster's most
  distinctive words (class-based TF-IDF); the representative quote is the medoid, and the
  label is the phrase of that quote (a clause, at most ``LABEL_WORDS`` words) that carries the
  most keywords: "The refund took a month", where the keywords alone read "refund / answers /
  back".
- Theme ids are stable as the corpus grows: a new cluster whose centroid lies within
  ``SAME_THEME_SIMILARITY`` of a previous theme's centroid keeps that theme's id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from verbatim.schemas.tables import EMBEDDING_DIMENSIONS
from verbatim.tasks.statement_kinds import THEME_KINDS, statement_kind

MIN_WORDS = 5
# On the statements' topic vectors (the analysis model's, ``statements.topic_embedding``), with the
# corpus mean removed: cosine distance, every pair in a theme more similar than 0.05 once what the
# corpus shares is gone. eval.themes --sweep prints each set's lowest Jaccard per threshold (the
# rich sets' precision: --rich); docs/analysts.md gives the narrow window it was chosen in.
TOPIC_MAX_DISTANCE = 0.95
# On MiniLM embeddings, for datasets without topic vectors and for small corpora (chosen before
# schema 1.8.0, when eval.themes --sweep swept these: 0.80-0.88 passed): every pair in a theme has
# similarity > 0.16.
MAX_DISTANCE = 0.84
# The corpus mean of a dozen statements is mostly the themes themselves (four themes among twelve
# answers: removing the mean removes a good part of each), so below this many candidates the
# themes cluster the MiniLM embeddings as before schema 1.8.0. The six retail interviews of
# eval.themes (12 candidates) rendered six times came back whole in 3 of 6 renderings with the
# centred topic vectors at 0.95 (at most 4 of 6 at any threshold up to 1.10) and in 6 of 6 with
# MiniLM at 0.80-0.88;
# the hand-written sets of 13-16 statements did as well or better on MiniLM too, and the corpus
# (24-27) and rich (30-35) sets are the ones the centred vectors were chosen for. Any cut from 17
# to 24 gives the same on every set; this is its middle.
MIN_CENTRED_STATEMENTS = 20
ELABORATION_SIMILARITY = 0.42  # one interview's answers to two questions share a theme only this similar (0.40-0.45 pass)
_NEVER = 4.0  # a distance beyond any cosine distance (at most 2), for pairs that may not share a cluster
MIN_RECORDINGS = 2
SAME_THEME_SIMILARITY = 0.8
NUM_KEYWORDS = 5
LABEL_WORDS = 12

_FILLER = re.compile(
    r"^(?:(?:not really|no way|of course|yes|yeah|yep|no|nope|maybe|honestly|sure|well|so|and|but|oh|um|uh|"
    r"right now|actually|okay|ok|i mean|you know|to be honest|i guess|i think|hmm)[,.!]?\s+)+",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each even ever every few for from further get gets got had has
    have having he her here hers him his how i if in into is it its itself just like me more most my no nor not now of
    off on once only or other our ours out over own really same she should so some such than that the their them then
    there these they this those through to too under until up us very was we were what when where which while who whom
    why will with would yes yeah you your yours honestly maybe okay ok actually well sure thing things lot one always
    still much many way something anything nothing everything someone somebody anyone thats dont im ive its ago already
    almost often every never again quite pretty lots get gets getting take takes took make makes made use used want
    need think know going went come comes say said tell told kind bit able since around though whenever right
    two three four five six seven eight nine ten twenty hundred first second last next""".split()
)


@dataclass(frozen=True)
class Candidate:
    """A row of the ``statements`` table that may join a theme (see ``is_candidate``)."""

    statement_id: str
    recording_id: str
    utterance_id: str
    speaker: str
    start_s: float
    end_s: float
    text: str
    question_id: str | None = None  # the interviewer question it answers; None: an answer of its own
    sentiment: str | None = None  # negative, neutral, positive (None in datasets before schema 1.4.0)
    journey_stage: str | None = None


@dataclass(frozen=True)
class PreviousTheme:
    theme_id: str
    centroid: np.ndarray  # shape: (dimensions,), unit length


@dataclass(frozen=True)
class Theme:
    theme_id: str
    rank: int
    label: str
    keywords: tuple[str, ...]
    members: tuple[int, ...]  # indices into the statements given to build_themes
    similarities: tuple[float, ...]  # each member's cosine similarity to the centroid
    representative: int  # index of the medoid statement
    centroid: np.ndarray  # shape: (dimensions,), unit length
    num_recordings: int


def embedding_text(text: str) -> str:
    """What gets embedded: the statement without leading fillers."""
    stripped = _FILLER.sub("", text.strip())
    return stripped or text


def is_candidate(text: str, answers_question: bool) -> bool:
    """Whether a statement may join a theme: it answers a question, holds ``MIN_WORDS`` words,
    and is not background, contact details or a pleasantry (``statement_kinds``)."""
    return answers_question and len(text.split()) >= MIN_WORDS and statement_kind(text) in THEME_KINDS


def candidates_from_rows(rows: Sequence[dict]) -> tuple[list[Candidate], np.ndarray, np.ndarray | None]:
    """The candidates among rows of the ``statements`` table, ordered by recording and time (the
    same input order whatever order the rows came in), their embeddings (n, dimensions), and
    their topic vectors (n, topic dimensions; None when any candidate lacks one, as in datasets
    written before schema 1.8.0: the themes then cluster the embeddings)."""
    kept = sorted(
        (r for r in rows if is_candidate(r["text"], r["question_id"] is not None)),
        key=lambda r: (r["recording_id"], r["start_s"], r["statement_id"]),
    )
    candidates = [
        Candidate(
            r["statement_id"],
            r["recording_id"],
            r["utterance_id"],
            r["speaker"],
            r["start_s"],
            r["end_s"],
            r["text"],
            r["question_id"],
            r.get("sentiment"),
            r.get("journey_stage"),
        )
        for r in kept
    ]
    vectors = np.asarray([r["embedding"] for r in kept], np.float32).reshape(len(kept), EMBEDDING_DIMENSIONS)
    topics = [t for r in kept if (t := r.get("topic_embedding")) is not None]
    if not kept or len(topics) != len(kept) or len({len(t) for t in topics}) != 1:
        return candidates, vectors, None
    return candidates, vectors, np.asarray(topics, np.float32)


def cosine_similarity(vectors: np.ndarray) -> np.ndarray:
    """(n, n) cosine similarities of the rows of ``vectors``, in float64 and exactly symmetric
    (the clustering reads one triangle, the constraint both)."""
    unit = vectors.astype(np.float64)
    unit /= np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    similarity = np.clip(unit @ unit.T, -1.0, 1.0)
    return (similarity + similarity.T) / 2


def cannot_link(
    statements: Sequence[Candidate], similarity: np.ndarray, elaboration_similarity: float = ELABORATION_SIMILARITY
) -> np.ndarray:
    """(n, n) booleans: pairs that may not share a theme, being one interview's answers to two
    different questions on different topics (see the module's docstring)."""
    # Integer codes: a statement without a question id answers a question of its own.
    _, recording = np.unique([s.recording_id for s in statements], return_inverse=True)
    known = sorted({s.question_id for s in statements if s.question_id is not None})
    code = {q: i for i, q in enumerate(known)}
    question = np.array([code[s.question_id] if s.question_id is not None else len(known) + i for i, s in enumerate(statements)])
    return (
        (recording[:, None] == recording[None, :])
        & (question[:, None] != question[None, :])
        & (similarity < elaboration_similarity)
    )


def cluster(similarity: np.ndarray, max_distance: float = MAX_DISTANCE, apart: np.ndarray | None = None) -> np.ndarray:
    """Cluster label per row of ``similarity`` ((n, n) cosine similarities, symmetric: see
    ``cosine_similarity``); pairs marked in ``apart`` ((n, n) booleans) never share a cluster."""
    if len(similarity) < 2:
        return np.zeros(len(similarity), dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    distances = 1.0 - similarity
    if apart is not None:
        apart = np.asarray(apart, dtype=bool)
        if apart.shape != distances.shape:
            raise ValueError(f"apart has shape {apart.shape}, expected {distances.shape}")
        # Under complete linkage a cluster is as far as its farthest pair: one pair beyond
        # any threshold keeps the two statements' clusters from ever merging.
        distances[apart | apart.T] = max(_NEVER, max_distance + 1.0)
    np.fill_diagonal(distances, 0.0)
    return AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="complete", distance_threshold=max_distance
    ).fit_predict(distances)


def topic_similarity(topics: np.ndarray) -> np.ndarray:
    """(n, n) cosine similarities of the topic vectors with their mean removed: what every
    statement of the corpus shares (the domain: "invoices", "the app") says nothing of its topic,
    and left in, it made grab-bags of answers that share only the domain's vocabulary."""
    centred = topics.astype(np.float64)
    return cosine_similarity(centred - centred.mean(axis=0))


def build_themes(
    statements: Sequence[Candidate],
    vectors: np.ndarray,
    previous: Sequence[PreviousTheme] = (),
    max_distance: float | None = None,
    min_recordings: int = MIN_RECORDINGS,
    elaboration_similarity: float = ELABORATION_SIMILARITY,
    topics: np.ndarray | None = None,
) -> list[Theme]:
    """Themes among ``statements`` (all candidates; ``vectors`` row i embeds statement i), ranked.

    With ``topics`` (row i: statement i's topic vector) and at least ``MIN_CENTRED_STATEMENTS``
    statements the clustering reads the topics' centred similarity (``topic_similarity``,
    threshold ``TOPIC_MAX_DISTANCE``); otherwise the embeddings' cosine (``MAX_DISTANCE``);
    ``max_distance`` replaces the threshold of whichever is read. Either way one interview's
    answers to different questions are kept apart by the embeddings' similarity
    (``cannot_link``), and centroids, quotes and ids come from the embeddings."""
    similarity = cosine_similarity(vectors)
    apart = cannot_link(statements, similarity, elaboration_similarity)
    if topics is not None and len(statements) >= MIN_CENTRED_STATEMENTS:  # ``cluster`` refuses other than one row each
        limit = TOPIC_MAX_DISTANCE if max_distance is None else max_distance
        labels = cluster(topic_similarity(topics), limit, apart)
    else:
        labels = cluster(similarity, MAX_DISTANCE if max_distance is None else max_distance, apart)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    kept = [m for m in groups.values() if len({statements[i].recording_id for i in m}) >= min_recordings]
    keywords = _keywords([[statements[i].text for i in m] for m in kept], [s.text for s in statements])
    drafts = []
    for members, words in zip(kept, keywords):
        centroid = vectors[members].mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        sims = vectors[members] @ centroid
        within = vectors[members] @ vectors[members].T
        medoid = members[int(np.argmax(within.sum(axis=1)))]
        drafts.append((members, words, centroid, sims, medoid))
    drafts.sort(
        key=lambda d: (
            -len({statements[i].recording_id for i in d[0]}),
            -len(d[0]),
            statements[d[4]].recording_id,
            statements[d[4]].start_s,
        )
    )
    ids = _stable_ids([d[2] for d in drafts], [statements[d[4]].statement_id for d in drafts], previous)
    return [
        Theme(
            theme_id=theme_id,
            rank=rank,
            label=key_phrase(statements[medoid].text, words),
            keywords=tuple(words),
            members=tuple(members),
            similarities=tuple(round(float(s), 4) for s in sims),
            representative=medoid,
            centroid=centroid.astype(np.float32),
            num_recordings=len({statements[i].recording_id for i in members}),
        )
        for rank, (theme_id, (members, words, centroid, sims, medoid)) in enumerate(zip(ids, drafts), start=1)
    ]


def _stable_ids(centroids: list[np.ndarray], medoid_ids: list[str], previous: Sequence[PreviousTheme]) -> list[str]:
    """Reuse a previous theme's id for the closest new centroid (one-to-one, best match first)."""
    ids: list[str | None] = [None] * len(centroids)
    if previous and centroids:
        sims = np.stack(centroids) @ np.stack([p.centroid for p in previous]).T  # shape: (new, previous)
        taken_new, taken_old = set(), set()
        for flat in np.argsort(-sims, axis=None):
            i, j = divmod(int(flat), sims.shape[1])
            if sims[i, j] < SAME_THEME_SIMILARITY:
                break
            if i not in taken_new and j not in taken_old:
                ids[i] = previous[j].theme_id
                taken_new.add(i)
                taken_old.add(j)
    used = {i for i in ids if i}
    for k, medoid in enumerate(medoid_ids):
        if ids[k] is None:
            candidate = "theme-" + hashlib.sha1(medoid.encode()).hexdigest()[:10]
            while candidate in used:
                candidate = "theme-" + hashlib.sha1(candidate.encode()).hexdigest()[:10]
            ids[k] = candidate
            used.add(candidate)
    return [i for i in ids if i]


_CLAUSE = re.compile(r"[.!?;:,]+|\s+(?:and|but|because|so|which|although|though)\s+", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:and|but|so|because|also|then|just|really|which|that)\s+)+", re.IGNORECASE)


def key_phrase(text: str, keywords: Sequence[str], max_words: int = LABEL_WORDS) -> str:
    """The clause of ``text`` (or its ``max_words``-word stretch) holding the most ``keywords``.

    Keywords weigh by rank (the first most); ties go to the shorter, then the earlier phrase;
    a quote with none of the keywords is labelled by its first clause.
    """
    weight = {w: len(keywords) - i for i, w in enumerate(keywords)}
    best: tuple[tuple[int, int], list[str]] | None = None
    for clause in _CLAUSE.split(embedding_text(text)):
        words = _LEAD.sub("", clause.strip()).split()
        spans = [words] if len(words) <= max_words else [words[i : i + max_words] for i in range(len(words) - max_words + 1)]
        for span in spans:
            if not span:
                continue
            score = sum(weight.get(t, 0) for t in set(_tokens(" ".join(span))))
            key = (score, -len(span) if score else 0)  # no keyword anywhere: the first clause
            if best is None or key > best[0]:
                best = (key, span)
    if best is None:
        return text.strip()[:80]
    span = best[1]
    while len(span) > 1 and span[-1].lower().strip(".,!?") in _STOPWORDS:  # "...a slot with the" -> "...a slot"
        span = span[:-1]
    phrase = " ".join(span).strip(" -'\"")
    return phrase[:1].upper() + phrase[1:]


def _tokens(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[a-z][a-z']+", text.lower().replace("\u2019", "'"))
        if w not in _STOPWORDS and len(w) > 2 and "'" not in w
    ]


def _keywords(groups: list[list[str]], corpus: list[str]) -> list[list[str]]:
    """Class-based TF-IDF (as BERTopic): a word's count in the theme times log(1 + statements /
    statements holding it), so words frequent in a theme and rare in the rest of the corpus win."""
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(tokenizer=_tokens, lowercase=False, token_pattern=None)
    try:
        presence = counter.fit_transform(corpus) > 0  # shape: (statements, words)
    except ValueError:  # no statement holds a single content word
        return [[] for _ in groups]
    words = counter.get_feature_names_out()
    idf = np.log1p(presence.shape[0] / np.asarray(presence.sum(axis=0)).ravel())
    out = []
    for texts in groups:
        tf = np.asarray(counter.transform(texts).sum(axis=0)).ravel()  # shape: (words,)
        order = sorted(np.flatnonzero(tf), key=lambda j: (-tf[j] * idf[j], words[j]))
        out.append([str(words[j]) for j in order[:NUM_KEYWORDS]])
    return out
