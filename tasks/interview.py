"""The interview layer of one recording: questions, question/answer pairs, customer
statements and interview quality (pure, no I/O; rows match ``schemas.tables``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
from verbatim.tasks import journey, mentions, probing, sentiment
from verbatim.tasks.align import Utterance
from verbatim.tasks.questions import QUESTION_TYPES, find_questions, split_sentences
from verbatim.tasks.roles import CUSTOMER, INTERVIEWER, infer_roles, utterance_roles
from verbatim.tasks.statement_kinds import statement_kind

# A statement is one customer's answer unit: their consecutive utterances between two
# interviewer utterances, cut every few sentences so that long answers become several
# statements. An answer's point often spans sentences ("That was last spring. The install
# took two weeks."), so whole answers embed better than single sentences
# (``python -m eval.themes`` measured both); a short tail joins the statement before it.
MAX_STATEMENT_SENTENCES, MAX_STATEMENT_WORDS = 3, 60
MIN_STATEMENT_WORDS = 5
# An interviewer's closing remark: a customer turn after it answers no question ("No problem, good luck").
_CLOSING = re.compile(
    r"\b(?:that's all|that is all|that's everything|we're out of time|we are out of time|thanks? (?:you )?(?:so much |very much )?"
    r"for (?:your time|talking|joining|doing this|taking the time|all (?:of )?(?:this|that|your))|that's (?:really )?(?:great|helpful),? thanks"
    r"|(?:good|lovely) talking|(?:bye|goodbye))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuestionRow:
    question_id: str
    utterance_id: str
    speaker: str
    text: str
    question_type: str
    start_s: float
    end_s: float
    utterance_index: int
    is_follow_up: bool = False
    asks_for_example: bool = False


def _answer_before(utterances: list[Utterance], roles: Sequence[str], index: int) -> str:
    """The customer's words between the previous interviewer utterance and utterance ``index``."""
    said: list[str] = []
    for u in reversed(utterances[:index]):
        if roles[u.index] == INTERVIEWER:
            break
        if roles[u.index] == CUSTOMER:
            said.append(u.text)
    return " ".join(reversed(said))


def find_interviewer_questions(
    utterances: list[Utterance], roles: Sequence[str], utterance_id: Callable[[int], str]
) -> list[QuestionRow]:
    """Every question an interviewer asks, typed, with its own start and end (from word times)."""
    out = []
    for u in utterances:
        if roles[u.index] != INTERVIEWER:
            continue
        for k, q in enumerate(find_questions(u.text)):
            words = u.words[q.first_word : q.first_word + len(q.text.split())]
            uid = utterance_id(u.index)
            words = words or u.words  # defensive: a word with an inner space would shift offsets
            answer = _answer_before(utterances, roles, u.index)
            out.append(
                QuestionRow(
                    f"{uid}-q{k}",
                    uid,
                    u.speaker,
                    q.text,
                    q.question_type,
                    words[0].start_s,
                    words[-1].end_s,
                    u.index,
                    probing.is_follow_up(q.text, answer),
                    probing.asks_for_example(q.text),
                )
            )
    return out


def qa_pairs(
    recording_id: str,
    questions: list[QuestionRow],
    utterances: list[Utterance],
    roles: Sequence[str],
    utterance_id: Callable[[int], str],
) -> list[dict]:
    """Each question with the customer answer that follows it: the customer utterances up to the
    next interviewer utterance. A question followed straight by another question has no answer."""
    rows = []
    for i, q in enumerate(questions):
        answer: list[Utterance] = []
        same_utterance_follows = i + 1 < len(questions) and questions[i + 1].utterance_index == q.utterance_index
        if not same_utterance_follows:
            for u in utterances[q.utterance_index + 1 :]:
                if roles[u.index] != CUSTOMER:
                    break
                answer.append(u)
        rows.append(
            {
                "recording_id": recording_id,
                "question_id": q.question_id,
                "question_utterance_id": q.utterance_id,
                "question_text": q.text,
                "question_type": q.question_type,
                "question_start_s": q.start_s,
                "answer_speaker": answer[0].speaker if answer else None,
                "answer_utterance_ids": [utterance_id(u.index) for u in answer] or None,
                "answer_text": " ".join(u.text for u in answer) if answer else None,
                "answer_start_s": answer[0].start_s if answer else None,
                "answer_end_s": answer[-1].end_s if answer else None,
                "answer_word_count": sum(len(u.words) for u in answer) if answer else 0,
            }
        )
    return rows


@dataclass(frozen=True)
class Statement:
    statement_id: str
    speaker: str
    utterances: tuple[Utterance, ...]
    question_id: str | None

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.utterances)


def customer_statements(
    utterances: list[Utterance], roles: Sequence[str], questions: list[QuestionRow], utterance_id: Callable[[int], str]
) -> list[Statement]:
    """Customers' speech cut into statements, each linked to the question it answers: the
    interviewer's last question before it. None before the first question, and after an
    interviewer turn that closes the interview without asking anything ("That's all from me,
    thank you Maria.", ``_CLOSING``): what follows is a goodbye. Any other turn that seems to
    ask nothing keeps the question: a question the transcript lost its mark on ("Wouldn't you
    agree our support is great." from Whisper) is still one."""
    last_question_of = {q.utterance_index: q.question_id for q in questions}  # later ones overwrite
    out: list[Statement] = []
    turn: list[list[Utterance]] = []  # statements of the current customer turn
    question: str | None = None
    asked: str | None = None  # the question of the interviewer turn under way
    closing = False  # whether the interviewer turn under way says goodbye

    def close_turn() -> None:
        if len(turn) > 1 and sum(len(u.words) for u in turn[-1]) < MIN_STATEMENT_WORDS:
            turn[-2].extend(turn.pop())  # a short tail joins the statement before it
        for parts in turn:
            out.append(Statement(f"{utterance_id(parts[0].index)}-s", parts[0].speaker, tuple(parts), question))
        turn.clear()

    interviewer_turn = False
    for u in utterances:
        if roles[u.index] != CUSTOMER or (turn and turn[-1][0].speaker != u.speaker):
            close_turn()
        if roles[u.index] != CUSTOMER:
            if not interviewer_turn:
                interviewer_turn, asked, closing = True, None, False
            asked = last_question_of.get(u.index, asked)
            closing = closing or bool(_CLOSING.search(u.text))
            continue
        if interviewer_turn:
            interviewer_turn = False
            question = asked if asked is not None else None if closing else question
        if turn and _fits(turn[-1], u):
            turn[-1].append(u)
        else:
            turn.append([u])
    close_turn()
    return out


def _fits(statement: list[Utterance], u: Utterance) -> bool:
    sentences = sum(len(split_sentences(x.text)) for x in statement + [u])
    words = sum(len(x.words) for x in statement + [u])
    return sentences <= MAX_STATEMENT_SENTENCES and words <= MAX_STATEMENT_WORDS


def interview_quality(
    recording_id: str,
    roles: Mapping[str, str],
    share_of_talk: Mapping[str, float],
    questions: list[QuestionRow],
    pairs: list[dict],
    duration_s: float,
    utterances: Sequence[Utterance] = (),
    per_utterance: Sequence[str] = (),
) -> dict:
    """One row of interview-craft measures for the recording. Talk share comes from the
    diarization, or from utterance durations when roles were given per utterance."""
    counts = Counter(q.question_type for q in questions)
    n = len(questions)
    answers = [p for p in pairs if p["answer_start_s"] is not None]
    longest = max(answers, key=lambda p: p["answer_end_s"] - p["answer_start_s"], default=None)
    interviewers = sorted(s for s, r in roles.items() if r == INTERVIEWER)
    row = {
        "recording_id": recording_id,
        "interviewer_speakers": interviewers,
        "num_customers": sum(r == CUSTOMER for r in roles.values()),
        "interviewer_talk_share": round(_interviewer_share(roles, share_of_talk, utterances, per_utterance), 4),
        "num_questions": n,
        "questions_per_minute": round(n / (duration_s / 60), 3) if duration_s > 0 else 0.0,
        "longest_customer_answer_s": round(longest["answer_end_s"] - longest["answer_start_s"], 3) if longest else 0.0,
        "longest_customer_answer_question_id": longest["question_id"] if longest else None,
    }
    for t in QUESTION_TYPES:
        row[f"num_{t}"] = counts[t]
    for t in QUESTION_TYPES:
        row[f"share_{t}"] = round(counts[t] / n, 4) if n else 0.0
    row["num_follow_ups"] = sum(q.is_follow_up for q in questions)
    row["num_example_requests"] = sum(q.asks_for_example for q in questions)
    row["unprobed_vague_answers"] = unprobed_vague_answers(pairs, questions)
    return row


def unprobed_vague_answers(pairs: list[dict], questions: list[QuestionRow]) -> int:
    """Answers that stay general (``probing.is_vague``) and are not followed up by the next question."""
    follow = {q.question_id: q.is_follow_up for q in questions}
    order = [p["question_id"] for p in pairs]
    count = 0
    for i, p in enumerate(pairs):
        if p["answer_text"] and probing.is_vague(p["answer_text"]):
            nxt = order[i + 1] if i + 1 < len(order) else None
            count += not (nxt and follow.get(nxt))
    return count


def _interviewer_share(
    roles: Mapping[str, str], share_of_talk: Mapping[str, float], utterances: Sequence[Utterance], per_utterance: Sequence[str]
) -> float:
    if any(r != roles.get(u.speaker) for u, r in zip(utterances, per_utterance)):
        talk = [(u.end_s - u.start_s, r) for u, r in zip(utterances, per_utterance)]
        total = sum(d for d, _ in talk)
        return sum(d for d, r in talk if r == INTERVIEWER) / total if total else 0.0
    return sum(share_of_talk.get(s, 0.0) for s, r in roles.items() if r == INTERVIEWER)


@dataclass(frozen=True)
class AnalysisConfig:
    """What the analysis looks for beyond the interview craft (from ``Settings``)."""

    competitors: tuple[str, ...] = ()
    trackers: str | None = None  # YAML file of custom trackers
    journey: str | None = None  # journey map YAML; None: the packaged default


@dataclass(frozen=True)
class StatementLabels:
    kind: str
    sentiment: str
    sentiment_score: float
    journey_stage: str | None
    # The analysis model's vector the labels were read from: what themes cluster on (shape: (768,))
    topic_embedding: np.ndarray | None = None
    # Whether its word pieces read as a wish (``mentions.wishes_read``), said in words or not
    wish: bool = False


def classifier_text(text: str) -> str:
    """What the sentiment and stage classifiers read: the statement without leading fillers
    ("No way, it's far too expensive" read as neutral with them), as they were fitted."""
    from verbatim.tasks.themes import embedding_text

    return embedding_text(text)


def label_statements(statements: Sequence[Statement], config: AnalysisConfig, device: str = "cpu") -> list[StatementLabels]:
    """Kind, sentiment, journey stage and whether it reads as a wish, of each statement (all but
    the kind from the analysis model's vectors, ``embed.analysis_embed_words``: the sentence
    vectors, kept with the labels since themes cluster them, and the word pieces sentiment reads)."""
    from verbatim.tasks import embed

    said = [classifier_text(st.text) for st in statements]
    vectors, words = embed.analysis_embed_words(said, device)
    wishes = mentions.wishes_read(words)
    feelings = sentiment.classify(said, vectors, wishes, words)
    stages = journey.classify(said, vectors, journey.load_journey(config.journey))
    return [
        StatementLabels(statement_kind(st.text), f, v, g, np.asarray(vector, np.float32), w)
        for st, (f, v), g, vector, w in zip(statements, feelings, stages, vectors, wishes)
    ]


def with_examples_read(analysis: InterviewAnalysis, device: str = "cpu") -> InterviewAnalysis:
    """``analysis`` with the questions the example-request model reads as asking for one specific
    instance flagged too (``probing.examples_read`` on the questions' word pieces: the
    rules of ``probing.asks_for_example`` miss ways of asking they do not list), and the
    interview's count of them."""
    from verbatim.tasks import embed

    if not analysis.questions:
        return analysis
    texts = [q.text for q in analysis.questions]
    read = probing.examples_read(texts, embed.analysis_embed_words(texts, device)[1])
    questions = [
        replace(q, asks_for_example=True) if r and not q.asks_for_example else q for q, r in zip(analysis.questions, read)
    ]
    quality = dict(analysis.quality, num_example_requests=sum(q.asks_for_example for q in questions))
    return replace(analysis, questions=questions, quality=quality)


def all_mentions(analysis: InterviewAnalysis, labels: Sequence[StatementLabels]) -> list[tuple[Statement, mentions.Found]]:
    """The rules' mentions (``analysis.mentions``) and, for each statement whose word pieces read
    as a wish the rules did not find (``StatementLabels.wish``), a feature request; in statement order."""
    asked = {st.statement_id for st, found in analysis.mentions if found.kind == "feature_request"}
    order = {st.statement_id: k for k, st in enumerate(analysis.statements)}
    read = [
        (st, mentions.request_read(st.text))
        for st, label in zip(analysis.statements, labels)
        if label.wish and st.statement_id not in asked
    ]
    return sorted(analysis.mentions + read, key=lambda m: order.get(m[0].statement_id, -1))


def statement_mentions(
    statements: list[Statement], config: AnalysisConfig, interviewer_said: str = ""
) -> list[tuple[Statement, mentions.Found]]:
    """Competitor, feature-request and tracker mentions in customer statements, in order; an
    unlisted name the interviewer also says (``interviewer_said``) is the product, not a
    competitor (``mentions.find_in_text``)."""
    patterns = mentions.load_trackers(config.trackers)
    return [
        (st, found)
        for st in statements
        for found in mentions.find_in_text(st.text, config.competitors, patterns, interviewer_said)
    ]


@dataclass(frozen=True)
class InterviewAnalysis:
    """Everything the interview layer derives from one recording's utterances."""

    roles: dict[str, str]  # per speaker
    utterance_roles: list[str]  # per utterance (differs only when diarization heard one voice; see roles.py)
    questions_asked: dict[str, int]  # per speaker, any role
    questions: list[QuestionRow]
    qa_pairs: list[dict]
    statements: list[Statement]
    quality: dict
    mentions: list[tuple[Statement, mentions.Found]]


def analyze(
    recording_id: str,
    utterances: list[Utterance],
    share_of_talk: Mapping[str, float],
    duration_s: float,
    utterance_id: Callable[[int], str],
    interviewers: tuple[str, ...] = (),
    config: AnalysisConfig = AnalysisConfig(),
) -> InterviewAnalysis:
    """Roles, questions, answers, statements (with kind, sentiment and journey stage), mentions
    and quality for one recording."""
    roles = infer_roles(utterances, share_of_talk, interviewers)
    per_utterance = utterance_roles(utterances, roles, bool(interviewers))
    asked: Counter[str] = Counter()
    for u in utterances:
        asked[u.speaker] += len(find_questions(u.text))
    questions = find_interviewer_questions(utterances, per_utterance, utterance_id)
    pairs = qa_pairs(recording_id, questions, utterances, per_utterance, utterance_id)
    statements = customer_statements(utterances, per_utterance, questions, utterance_id)
    return InterviewAnalysis(
        roles=roles,
        utterance_roles=per_utterance,
        questions_asked=dict(asked),
        questions=questions,
        qa_pairs=pairs,
        statements=statements,
        quality=interview_quality(recording_id, roles, share_of_talk, questions, pairs, duration_s, utterances, per_utterance),
        mentions=statement_mentions(
            statements, config, " ".join(u.text for u, role in zip(utterances, per_utterance) if role == INTERVIEWER)
        ),
    )
