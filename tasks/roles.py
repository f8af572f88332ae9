"""Who is the interviewer? Infer each speaker's role from how they speak (pure, no I/O).

An interviewer asks most of the questions, usually opens the call, and (if the
interview is any good) talks less than the customer. Each speaker gets a score from
those three signals; the best-scoring speaker is the interviewer, and any other speaker
who mostly asks questions is a co-interviewer. Everyone else is a customer, so a panel
interview with two customers works. A recording with one speaker is a customer monologue.
When diarization hears only one voice in what is plainly an interview (that speaker both asks
questions and answers them), roles are given per utterance instead: utterances holding a
question are the interviewer's, the rest the customer's, so questions, answers and themes
survive a diarization that merged two similar voices.
Users override the guess with ``--interviewer SPEAKER_xx`` or the object metadata key
``interviewer-speaker`` (comma-separated labels).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from verbatim.tasks.align import Utterance
from verbatim.tasks.questions import find_questions

INTERVIEWER, CUSTOMER = "interviewer", "customer"
ROLES = (INTERVIEWER, CUSTOMER)

# Weights of the three signals; question share dominates, the others break near-ties.
_W_QUESTIONS, _W_OPENS, _W_LISTENS = 1.0, 0.25, 0.5
_CO_INTERVIEWER_MIN_SHARE, _CO_INTERVIEWER_MIN_QUESTIONS = 0.5, 2


def infer_roles(
    utterances: list[Utterance],
    share_of_talk: Mapping[str, float],
    interviewers: Iterable[str] | None = None,
) -> dict[str, str]:
    """Role of every speaker in ``share_of_talk`` or ``utterances``."""
    speakers = sorted(set(share_of_talk) | {u.speaker for u in utterances})
    forced = set(interviewers or ())
    if forced:
        return {s: INTERVIEWER if s in forced else CUSTOMER for s in speakers}
    if len(speakers) < 2:
        return {s: CUSTOMER for s in speakers}
    said = Counter(u.speaker for u in utterances)
    asked = Counter(u.speaker for u in utterances if find_questions(u.text))
    opener = utterances[0].speaker if utterances else None
    question_share = {s: asked[s] / said[s] if said[s] else 0.0 for s in speakers}

    def score(s: str) -> float:
        return _W_QUESTIONS * question_share[s] + _W_OPENS * (s == opener) + _W_LISTENS * (1.0 - share_of_talk.get(s, 0.0))

    lead = max(speakers, key=lambda s: (score(s), -speakers.index(s)))
    roles = {s: CUSTOMER for s in speakers}
    roles[lead] = INTERVIEWER
    for s in speakers:
        if (
            s != lead
            and question_share[s] >= _CO_INTERVIEWER_MIN_SHARE
            and asked[s] >= _CO_INTERVIEWER_MIN_QUESTIONS
            and sum(r == CUSTOMER for r in roles.values()) > 1
        ):
            roles[s] = INTERVIEWER
    return roles


def parse_interviewers(value: str | None) -> tuple[str, ...]:
    """'SPEAKER_00, SPEAKER_02' -> ('SPEAKER_00', 'SPEAKER_02')."""
    return tuple(s.strip() for s in (value or "").split(",") if s.strip())


def sounds_like_two_voices(utterances: list[Utterance]) -> bool:
    """One speaker who both asks (2+ questions) and answers: an interview whose two voices
    diarization merged. The flow then re-diarizes with two speakers (``speaker_count_rule``)."""
    if len({u.speaker for u in utterances}) != 1:
        return False
    asks = [bool(find_questions(u.text)) for u in utterances]
    return sum(asks) >= _CO_INTERVIEWER_MIN_QUESTIONS and not all(asks)


def utterance_roles(utterances: list[Utterance], roles: Mapping[str, str], forced: bool = False) -> list[str]:
    """Role of each utterance: its speaker's role, except in a one-voice interview (see above)."""
    per_speaker = [roles.get(u.speaker, CUSTOMER) for u in utterances]
    if forced or len(set(roles)) > 1 or not sounds_like_two_voices(utterances):
        return per_speaker
    return [INTERVIEWER if find_questions(u.text) else CUSTOMER for u in utterances]
