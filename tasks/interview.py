"""The interview layer of one recording: questions, question/answer pairs, customer
statements and interview quality (pure, no I/O; rows match ``schemas.tables``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from verbatim.tasks.align import Utterance
from verbatim.tasks.questions import QUESTION_TYPES, find_questions, split_sentences
from verbatim.tasks.roles import CUSTOMER, INTERVIEWER, infer_roles, utterance_roles

# A statement is one customer's answer unit: their consecutive utterances between two
# interviewer utterances, cut every few sentences so that long answers become several
# statements. An answer's point often spans sentences ("That was last spring. The install
# took two weeks."), so whole answers embed better than single sentences
# (``python -m eval.themes`` measured both); a short tail joins the statement before it.
MAX_STATEMENT_SENTENCES, MAX_STATEMENT_WORDS = 3, 60
MIN_STATEMENT_WORDS = 5


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
            out.append(QuestionRow(f"{uid}-q{k}", uid, u.speaker, q.text, q.question_type,
                                   words[0].start_s, words[-1].end_s, u.index))
    return out


def qa_pairs(recording_id: str, questions: list[QuestionRow], utterances: list[Utterance], roles: Sequence[str],
             utterance_id: Callable[[int], str]) -> list[dict]:
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
        rows.append({
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
        })
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


def customer_statements(utterances: list[Utterance], roles: Sequence[str], questions: list[QuestionRow],
                        utterance_id: Callable[[int], str]) -> list[Statement]:
    """Customers' speech cut into statements, each linked to the question it answers (the
    interviewer's last question before it; None before the first question)."""
    last_question_of = {q.utterance_index: q.question_id for q in questions}  # later ones overwrite
    out: list[Statement] = []
    turn: list[list[Utterance]] = []  # statements of the current customer turn
    question: str | None = None

    def close_turn() -> None:
        if len(turn) > 1 and sum(len(u.words) for u in turn[-1]) < MIN_STATEMENT_WORDS:
            turn[-2].extend(turn.pop())  # a short tail joins the statement before it
        for parts in turn:
            out.append(Statement(f"{utterance_id(parts[0].index)}-s", parts[0].speaker, tuple(parts), question))
        turn.clear()

    for u in utterances:
        if roles[u.index] != CUSTOMER or (turn and turn[-1][0].speaker != u.speaker):
            close_turn()
        if roles[u.index] != CUSTOMER:
            question = last_question_of.get(u.index, question)
            continue
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


def interview_quality(recording_id: str, roles: Mapping[str, str], share_of_talk: Mapping[str, float],
                      questions: list[QuestionRow], pairs: list[dict], duration_s: float,
                      utterances: Sequence[Utterance] = (), per_utterance: Sequence[str] = ()) -> dict:
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
    return row


def _interviewer_share(roles: Mapping[str, str], share_of_talk: Mapping[str, float],
                       utterances: Sequence[Utterance], per_utterance: Sequence[str]) -> float:
    if any(r != roles.get(u.speaker) for u, r in zip(utterances, per_utterance)):
        talk = [(u.end_s - u.start_s, r) for u, r in zip(utterances, per_utterance)]
        total = sum(d for d, _ in talk)
        return sum(d for d, r in talk if r == INTERVIEWER) / total if total else 0.0
    return sum(share_of_talk.get(s, 0.0) for s, r in roles.items() if r == INTERVIEWER)


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


def analyze(recording_id: str, utterances: list[Utterance], share_of_talk: Mapping[str, float], duration_s: float,
            utterance_id: Callable[[int], str], interviewers: tuple[str, ...] = ()) -> InterviewAnalysis:
    """Roles, questions, answers, statements and quality for one recording."""
    roles = infer_roles(utterances, share_of_talk, interviewers)
    per_utterance = utterance_roles(utterances, roles, bool(interviewers))
    asked = Counter()
    for u in utterances:
        asked[u.speaker] += len(find_questions(u.text))
    questions = find_interviewer_questions(utterances, per_utterance, utterance_id)
    pairs = qa_pairs(recording_id, questions, utterances, per_utterance, utterance_id)
    return InterviewAnalysis(
        roles=roles,
        utterance_roles=per_utterance,
        questions_asked=dict(asked),
        questions=questions,
        qa_pairs=pairs,
        statements=customer_statements(utterances, per_utterance, questions, utterance_id),
        quality=interview_quality(recording_id, roles, share_of_talk, questions, pairs, duration_s, utterances, per_utterance),
    )
