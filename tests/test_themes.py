"""Theme clustering on hand-labelled statements (real sentence-embedding model, no audio)."""

import dataclasses

import numpy as np
import pytest

from eval.theme_statements import CORPORA, HELD_OUT, planted
from eval.themes import match_themes
from verbatim.tasks import embed, themes


def _statements(corpus: str) -> tuple[list[themes.Candidate], list[str | None]]:
    out, labels = [], []
    for interview, said in CORPORA[corpus].items():
        for k, (text, theme) in enumerate(said):
            out.append(themes.Candidate(f"{interview}-{k}", interview, f"{interview}-{k}", "SPEAKER_01", k * 10.0, k * 10.0 + 5, text))
            labels.append(theme)
    return out, labels


@pytest.mark.parametrize("corpus", [name for name in CORPORA if name not in HELD_OUT])
def test_planted_themes_recovered_and_outliers_left_out(corpus):
    # The held-out sets only report how the settings generalise (eval.themes): not a floor.
    statements, labels = _statements(corpus)
    vectors = embed.embed([themes.embedding_text(s.text) for s in statements])
    found = themes.build_themes(statements, vectors)
    scores = match_themes(planted(corpus), [{statements[m].recording_id for m in t.members} for t in found])
    assert all(j >= 0.75 for j in scores.values()), scores
    # Themes are pure: no theme mixes two planted themes, or a planted theme with background
    # talk. (Two background remarks may still pair up as a small theme of their own: with
    # this embedding, weak paraphrases and unrelated remarks overlap in similarity. Elaborations
    # after a follow-up question, which often do not name their topic, may do the same, so the
    # follow-up sets are held to the recovery floor only.)
    for t in found if not corpus.endswith("_follow_ups") else ():
        kinds = {labels[m] for m in t.members}
        assert len(kinds) == 1, f"theme {t.label!r} mixes {kinds}"
    # Ranked by distinct recordings, every theme has keywords, a label and a member as its quote.
    assert [t.rank for t in found] == list(range(1, len(found) + 1))
    assert [t.num_recordings for t in found] == sorted((t.num_recordings for t in found), reverse=True)
    for t in found:
        assert t.keywords and t.label and t.representative in t.members
        assert np.isclose(np.linalg.norm(t.centroid), 1.0, atol=1e-4)


def test_theme_ids_stay_stable_when_the_corpus_grows():
    statements, labels = _statements("saas")
    vectors = embed.embed([themes.embedding_text(s.text) for s in statements])
    first_half = [i for i, s in enumerate(statements) if s.recording_id in ("i1", "i2", "i3", "i4")]
    before = themes.build_themes([statements[i] for i in first_half], vectors[first_half])
    after = themes.build_themes(statements, vectors, [themes.PreviousTheme(t.theme_id, t.centroid) for t in before])

    def ids_by_member(found, stmts):
        return {stmts[m].statement_id: t.theme_id for t in found for m in t.members}

    # The planted themes' statements keep their ids. (Two background remarks may pair up as a
    # small theme, and a third interview can pull one of them elsewhere: that pair is not kept.)
    planted_ids = {s.statement_id for s, label in zip(statements, labels) if label}
    old = {sid: tid for sid, tid in ids_by_member(before, [statements[i] for i in first_half]).items()
           if sid in planted_ids}
    new = ids_by_member(after, statements)
    assert old and all(new.get(sid) == tid for sid, tid in old.items())
    assert len({t.theme_id for t in after}) == len(after)


def test_filler_is_not_embedded_and_short_or_unprompted_statements_are_not_candidates():
    assert themes.embedding_text("Honestly, no way. The price is too high.") == "The price is too high."
    assert themes.embedding_text("Yes.") == "Yes."
    assert not themes.is_candidate("Happy to help, I run a bakery.", answers_question=False)
    assert not themes.is_candidate("Not really.", answers_question=True)
    assert themes.is_candidate("The price is far too high for us.", answers_question=True)


def _unit(*rows: list[float]) -> np.ndarray:
    v = np.asarray(rows, np.float64)
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


@pytest.mark.unit
def test_one_interviews_answers_to_two_questions_do_not_merge_two_themes():
    # Two topics at similarity 0.3 (distance 0.7, inside the 0.84 threshold) would merge into
    # one theme; r1 raises both, in answers to two questions, so they are kept apart.
    a, b = [1.0, 0.0, 0.0], [0.3, np.sqrt(1 - 0.09), 0.0]
    vectors = _unit(a, b, a, b)
    statements = [themes.Candidate("s1", "r1", "u1", "C", 0, 1, "late delivery", "q1"),
                  themes.Candidate("s2", "r1", "u2", "C", 5, 6, "slow refund", "q2"),
                  themes.Candidate("s3", "r2", "u3", "C", 0, 1, "parcel came late", "q1"),
                  themes.Candidate("s4", "r3", "u4", "C", 0, 1, "refund took a month", "q1")]
    found = themes.build_themes(statements, vectors)
    assert sorted(sorted(t.members) for t in found) == [[0, 2], [1, 3]]
    # Said in one answer (to one question), the two may share a theme, and do at this threshold.
    same_answer = [statements[0], dataclasses.replace(statements[1], question_id="q1"), *statements[2:]]
    assert [sorted(t.members) for t in themes.build_themes(same_answer, vectors)] == [[0, 1, 2, 3]]
    # Answers to two questions on one topic (an elaboration after a follow-up) may share a theme.
    apart = themes.cannot_link(statements, _unit(a, a, b, b) @ _unit(a, a, b, b).T)
    assert not apart[0, 1] and not apart[0, 2]


def test_one_recording_or_nothing_gives_no_theme():
    s = [themes.Candidate(f"s{i}", "only", f"u{i}", "SPEAKER_01", 0, 1, "The price is far too high.") for i in range(3)]
    vectors = embed.embed([x.text for x in s])
    assert themes.build_themes(s, vectors) == []
    assert themes.build_themes([], np.zeros((0, embed.DIMENSIONS), np.float32)) == []


@pytest.mark.unit
@pytest.mark.parametrize("quote, keywords, label", [
    ("Sending things back is a hassle, the refund took a month.", ["refund", "month", "hassle"], "The refund took a month"),
    ("Honestly, the box showed up four days late, so dinner was ruined.", ["late", "box"], "The box showed up four days late"),
    ("Exporting to Excel loses all the formatting, so I redo it by hand.", ["accent", "columns"],
     "Exporting to Excel loses all the formatting"),  # no keyword in the quote: its first clause
    ("i was waiting nearly a month just for a slot with the physio every single time", ["waiting", "month", "slot"],
     "I was waiting nearly a month just for a slot"),  # no punctuation (tiny.en): a 12-word stretch
])
def test_labels_are_a_key_phrase_of_the_quote(quote, keywords, label):
    from verbatim.tasks.themes import key_phrase

    assert key_phrase(quote, keywords) == label


def test_the_same_statements_in_any_order_give_the_same_themes():
    # The build-themes flow reads the statements table in whatever order its files list;
    # candidates_from_rows puts them in one order, so the themes cannot depend on it.
    statements, _ = _statements("retail")
    texts = [themes.embedding_text(s.text) for s in statements]
    vectors, topics = embed.embed(texts), embed.analysis_embed(texts)
    rows = [{"statement_id": s.statement_id, "recording_id": s.recording_id, "utterance_id": s.utterance_id,
             "speaker": s.speaker, "start_s": s.start_s, "end_s": s.end_s, "text": s.text,
             "question_id": f"{s.recording_id}-q{k}", "embedding": v.tolist(), "topic_embedding": t.tolist()}
            for k, (s, v, t) in enumerate(zip(statements, vectors, topics))]

    def themes_of(ordered):
        candidates, vecs, tops = themes.candidates_from_rows(ordered)
        assert tops is not None  # the topic vectors are what the clustering reads
        return [(t.theme_id, t.rank, t.label, t.keywords, sorted(candidates[m].statement_id for m in t.members))
                for t in themes.build_themes(candidates, vecs, topics=tops)]

    expected = themes_of(rows)
    assert len(expected) >= 3
    rng = np.random.default_rng(0)
    for _ in range(5):
        assert themes_of([rows[i] for i in rng.permutation(len(rows))]) == expected
    assert themes_of(rows[::-1]) == expected


def test_answers_that_share_only_the_domains_words_make_no_theme():
    """The rich invoicing interviews (eval/theme_rich.py: six answers each, every one about
    invoices): with the corpus mean left in the topic vectors, answers that share only the
    domain's vocabulary formed a top-ranked grab-bag; with it removed (themes.topic_similarity)
    each planted theme is its own, pure theme and nothing that is not one ranks above them."""
    from eval.theme_rich import planted as rich_planted
    from eval.themes import rich_candidates, rich_scores

    candidates, vectors, truth = rich_candidates("invoicing_app")
    topics = embed.analysis_embed([themes.embedding_text(c.text) for c in candidates])
    found = themes.build_themes(candidates, vectors, topics=topics)
    scores = rich_scores(candidates, found, truth, rich_planted("invoicing_app"))
    # Each planted theme is its own, pure theme, and the top-ranked theme is one of them. (Whether
    # a three-interview cluster that is no theme ranks just above a three-interview planted one is
    # a coin toss on this set: leaving out one unplanted answer flips eval.themes' full floor in
    # 6-8 of 15 cases.)
    assert all(p >= 0.8 for p in scores["precision"].values()), scores
    assert all(j >= 0.75 for j in scores["jaccard"].values()), scores
    top = [truth[candidates[m].statement_id] for m in found[0].members]
    assert top[0] is not None and top.count(top[0]) == len(top), top
    # Without the mean removed the same statements make a grab-bag.
    plain = themes.cluster(themes.cosine_similarity(topics), themes.TOPIC_MAX_DISTANCE)
    biggest = max(set(plain.tolist()), key=lambda label: (plain.tolist().count(label), -label))
    mixed = {truth[candidates[i].statement_id] for i in range(len(candidates)) if plain[i] == biggest}
    assert len(mixed) > 2, mixed
    # What every statement shares says nothing of its topic: the same direction added to every
    # topic vector (a domain's vocabulary, louder) changes no theme. Without the mean removed,
    # everything would merge into one grab-bag.
    louder = topics + 3.0 * topics.mean(axis=0)
    members = [sorted(t.members) for t in found]
    assert [sorted(t.members) for t in themes.build_themes(candidates, vectors, topics=louder)] == members


def _synthetic(n: int) -> tuple[list[themes.Candidate], np.ndarray, np.ndarray]:
    """``n`` statements, one per recording, in two groups that MiniLM-like vectors separate
    cleanly (first half, second half) and topic vectors group the other way (odd, even)."""
    rng = np.random.default_rng(7)
    candidates = [themes.Candidate(f"s{i}", f"r{i}", f"u{i}", "SPEAKER_01", 0.0, 1.0, "words enough to be a candidate")
                  for i in range(n)]
    axes = np.linalg.qr(rng.normal(size=(384, 4)))[0].T
    vectors = np.stack([axes[0 if i < n // 2 else 1] + 0.05 * rng.normal(size=384) for i in range(n)])
    topic_axes = np.linalg.qr(rng.normal(size=(768, 4)))[0].T
    topics = np.stack([topic_axes[i % 2] + 0.05 * rng.normal(size=768) for i in range(n)])
    return candidates, vectors.astype(np.float32), topics.astype(np.float32)


def test_a_small_corpus_clusters_the_statement_embeddings_a_large_one_the_topic_vectors():
    # Under MIN_CENTRED_STATEMENTS the corpus mean is mostly the themes themselves (the six
    # retail interviews of eval.themes: 12 candidates, whole in 3 of 6 renderings with the
    # centred topic vectors, 6 of 6 with the embeddings).
    small = themes.MIN_CENTRED_STATEMENTS - 2
    candidates, vectors, topics = _synthetic(small)
    found = [sorted(candidates[m].recording_id for m in t.members) for t in themes.build_themes(candidates, vectors, topics=topics)]
    assert sorted(found) == sorted([sorted(f"r{i}" for i in range(small // 2)), sorted(f"r{i}" for i in range(small // 2, small))])
    large = themes.MIN_CENTRED_STATEMENTS + 2
    candidates, vectors, topics = _synthetic(large)
    found = [sorted(candidates[m].recording_id for m in t.members) for t in themes.build_themes(candidates, vectors, topics=topics)]
    assert sorted(found) == sorted([sorted(f"r{i}" for i in range(0, large, 2)), sorted(f"r{i}" for i in range(1, large, 2))])
