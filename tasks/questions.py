"""Find the questions in an interviewer's utterance and type them (pure, no I/O).

ASR output may lack punctuation (tiny.en often drops it), so a sentence counts as a
question when it ends with '?' *or* when its words open like a question: a wh-word,
an inverted auxiliary ("do you", "have you", "would you"), an interview imperative
("tell me about", "walk me through") or a hypothetical frame ("imagine", "what if").
Without punctuation an opener may also appear after a short lead-in ("thanks for
joining tell me about ..."): the question then starts at the opener.

Typing follows the usual interview-craft definitions, first match wins:

1. ``leading``: the question suggests its answer: negative-auxiliary openers
   ("Wouldn't you agree...", "Don't you think...", "Isn't it..."), tag questions
   ("..., right?", "..., isn't it?"), or loaded phrases ("surely", "you'd agree",
   "how much do you love", "you must be happy", "So you'd say...", "How much better is...").
2. ``hypothetical``: asks about an imagined future: "would you (ever)...",
   "if we built..., would...", "imagine", "suppose", "what if", "how likely would you",
   "would a weekly email be useful".
   Polite forms ("Would you describe...", "Could you walk me through...") are not.
3. ``open``: invites a story: interview imperatives ("tell me", "describe", "walk me
   through") and what/how/why/which/who/where questions.
4. ``past_behavior``: asks whether or when something happened: "have you ever",
   "did you", "when did you last", "when was the last time".
5. ``closed``: any other yes/no or either/or question ("Do you use...", "Is it...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUESTION_TYPES = ("open", "closed", "leading", "hypothetical", "past_behavior")

_SUBJECT = r"(?:you|your|we|they|it|there|that|this|the|these|those|he|she|anyone|anybody|someone|i|people|our|a)"
_AUX = r"(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|have|has|had|may|might)"
_NEG_AUX = r"(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|wouldn't|won't|shouldn't|haven't|hasn't|hadn't)"
_IMPERATIVE = r"(?:tell me|tell us|describe|walk me through|walk us through|talk me through|talk us through|explain|give me an example|share)"
_WH = r"(?:what|how|why|which|who|whom|whose|where|when)"
# Story prompts: an interviewer asks for an account without a question's opener or mark ("Take me
# back to the day the delivery failed.", "Think about the most recent order you placed.", "Pick
# one class that went badly and take me through it."). Whisper ends them with a full stop, and
# before they counted as no question at all, so no request for an example could be flagged on
# them. Only at a sentence's start, and, but for the verbs that ask for nothing but a story, only
# with one case named within a few words: the last/first/worst one, one occasion, the day when...
# ("think about the most recent delivery", not "think about the cost of switching"; "go back to
# your first visit", not "go back to the main menu"; "pick one order and take me through it", not
# "pick a plan that suits you"), so that a customer's "think of it this way" stays no question.
_OCCASION = (
    r"(?:time|day|moment|occasion|morning|afternoon|evening|night|week|weekend|month|visit|call|trip|booking|order"
    r"|delivery|session|lesson|class|shift|claim|incident|release|appointment|meeting|purchase|payment|return|repair)"
)
ONE_CASE = (
    r"(?:(?:the|your|that|this) (?:very )?(?:last|first|most recent|latest|worst|best|most [\w-]+)\b"
    # not "pick a time slot", nor "think about the price for a moment"
    rf"|(?<!for )(?:a|an|one) (?:[\w'-]+ ){{0,2}}?{_OCCASION}s?\b(?! (?:slot|slots|zone|frame|limit)\b)"
    rf"|(?:the|that) (?:[\w'-]+ )?{_OCCASION} (?:when|where|that|you|your|the|it|we|they|our|my)\b"
    r"|when\b)"
)
"""One case the customer lived through, named (on normalised text): "the last...", "your first...",
"the worst...", "a recent call", "one evening class", "the day the delivery failed", "when..."."""
STORY_PROMPT = (
    r"(?:(?:so|and|now|okay|ok|right|then) )?(?:let's )?"
    r"(?:(?:take|bring) (?:me|us) (?:back|through)\b|paint (?:me|us) a picture\b|cast your mind\b"
    r"|(?:i'd|i would) (?:love|like) to hear (?:about|how|what|more)\b"
    # "give me one concrete case where...", "let's take a specific example: ..." (not "give me a minute")
    r"|(?:give (?:me|us)|let's take|take) (?:a |an |one |some |any )?(?:[\w-]+ )?(?:examples?|instances?|cases?|story)\b"
    r"|(?:think (?:back|about|of)|go (?:back|through)|picture|recall|recount|relive|narrate|reconstruct|single out|bring to mind"
    rf"|zoom in on|run (?:me|us) through) (?:[\w']+ ){{0,3}}?{ONE_CASE}"
    r"|pick (?:out )?(?:one|a|an) (?:[\w'-]+ ){0,8}?(?:and|then) (?:tell|take|walk|talk|run) (?:me|us)\b"
    rf"|pick (?:out )?(?:[\w']+ ){{0,2}}?{ONE_CASE})"
)
"""A sentence that asks for an account by its opening verb (on normalised text): a story prompt."""
_HYPO_FRAME = r"(?:imagine|suppose|supposing|what if|if you could|if you had|if we|if there (?:was|were))"

# A sentence that opens like a question (checked on normalised text).
# Without a question mark a wh-word must be followed by an auxiliary ("when did", "what is"):
# "When I email the help desk, nobody answers" is a statement.
_WH_QUESTION = (
    rf"(?:{_WH} (?:{_AUX}|{_NEG_AUX}|about|else|kind|sort|part|made|happened|happens|makes|worked|works)\b|"
    r"(?:what's|how's|where's|who's|why's|when's)\b|how (?:long|often|much|many|well|far|come)\b|"
    r"which (?:\w+ )?(?:do|does|did|is|are|was|were|would)\b)"
)
_OPENER = re.compile(
    rf"^(?:{_WH_QUESTION}|{_AUX} {_SUBJECT}\b|{_NEG_AUX} {_SUBJECT}\b|{_AUX} not\b|{_IMPERATIVE}\b|{_HYPO_FRAME}\b|{STORY_PROMPT}|"
    r"any (?:other )?(?:thoughts|questions)\b|anything else\b|so what\b|and what\b|and how\b)"
)
# Openers strong enough to start a question mid-sentence when punctuation is missing.
_MID_OPENER = re.compile(
    rf"\b(?:{_WH} (?:{_AUX}|{_NEG_AUX}) {_SUBJECT}|{_AUX} you|{_NEG_AUX} you|{_IMPERATIVE} (?:about|how|what|the|a|your|why|when)|"
    r"what if|imagine if|if you could)\b"
)
_MAX_LEAD_IN_WORDS = 8
# Tag questions ("..., right?"): a negative-auxiliary tag is unambiguous; "right", "correct",
# "yeah" only count with a question mark ("that's right." is not a question).
_NEG_TAG = re.compile(rf"\w+ {_NEG_AUX} (?:it|you|they|we|he|she|i|there)$")
_WORD_TAG = re.compile(r"\w+ (?:right|correct|yeah|no|yes|true)$")

# Phrases that load a question with its answer; an interviewer sentence holding one is a
# (leading) question even when ASR dropped its question mark.
_LOADED = re.compile(
    r"\b(?:don't you think|wouldn't you agree|you'd agree|you would agree|wouldn't you say|surely|obviously|"
    r"isn't it true|you must (?:love|like|find|hate|agree|be (?:happy|pleased|glad|relieved|thrilled|delighted))|"
    r"you probably|how much do you (?:love|like|enjoy|hate)|^(?:so |and )?you(?:'d| would) say\b|"
    r"how great|how easy was|how frustrating was|how annoying was|agree that)\b"
)
_LEADING = [
    re.compile(rf"^(?:but |and |so )?{_NEG_AUX} {_SUBJECT}\b"),
    re.compile(rf"^(?:but |and |so )?{_AUX} (?:you|it|that|this|they) not\b"),
    _LOADED,
    # "How much better is...?" presumes it is better (typing only: it is already a question
    # by its opener; "how much better or worse" and "how much faster would it need to be" are not)
    re.compile(r"^(?:so |and )?how much (?:better|easier|faster|simpler|nicer|happier) (?:is|was|are|were|has|have|does|did)\b"),
]
_HYPOTHETICAL = [
    re.compile(
        r"\bwould you (?!(?:say|describe|mind|explain|walk|tell|rate|share|like to (?:add|share|mention)|"
        r"characteri[sz]e|recommend)\b)"
    ),
    re.compile(r"\b(?:would it (?:help|be|make)|would that (?:help|be|make)|would (?:your|the) team)\b"),
    # "Would a weekly email be useful?": an imagined addition judged by its use (not "Would a
    # Tuesday work for a call?", a scheduling question)
    re.compile(
        r"^(?:(?:so|and|but|okay|ok|now) ){0,2}would (?:a|an|some|having|adding|getting)\b.*"
        r"\b(?:help|be (?:useful|helpful|worth|valuable)|make (?:it|things|your|life) \w+|save)\b"
    ),
    re.compile(r"\b(?:imagine|suppose|supposing|what if|hypothetically|in an ideal world|magic wand)\b"),
    re.compile(
        r"\bif (?:you|we|they|there) (?:could|had|were|was|built|added|made|offered|gave|released|launched|changed|did)\b"
    ),
    re.compile(r"\b(?:how likely (?:would|are|is) you|would you ever|could you see yourself|will you ever|are you likely to)\b"),
]
# Small ASR models mishear interview openers; these are the slips seen on real runs, each an
# ungrammatical opener that only the misheard question explains:
# "Wouldn't you like to be able to..." -> "What did you like to be able to..." (leading),
# "Would you use..." -> "What you used..." / "Would you used..." (hypothetical),
# "Don't you think..." -> "Do you think..." is grammatical, so it is not guessed at.
_SLIP_LEADING = re.compile(
    r"^(?:(?:what did|what'd|would|wood|wouldn't|wooden) you (?:like|love|want) to be able to|"
    r"(?:wouldnt|dont|doesnt|isnt|arent|didnt|wooden) (?:you|it|that|this)|(?:\w+ ){2,}(?:isnt|dont) (?:it|you)$)\b"
)
_SLIP_HYPOTHETICAL = re.compile(
    r"^(?:what|wood|would) you (?!know|mean|said|say|told|think)(?:would |ever )?(?:used|use|buy|pay|"
    r"try|switch|consider|recommend|want|like|prefer|sign up)\b(?! (?:was|is|were|to)\b)"
)


# A prompt: a sentence that asks for an account by its opening verb rather than as a question
_PROMPT = re.compile(rf"^{STORY_PROMPT}")
_ANY_PROMPT = re.compile(rf"^(?:(?:so|and|but|okay|ok|now) )?(?:{_IMPERATIVE}\b|{STORY_PROMPT})")
_OPEN = re.compile(
    rf"^(?:(?:so|and|but|okay|ok|now) )?(?:{_IMPERATIVE}\b|{STORY_PROMPT}|(?:what|how|why|which|who|whom|whose|where)\b|"
    r"(?:could|can|would) you (?:tell|describe|walk|talk|explain|share|give)\b)"
)
_PAST = re.compile(
    r"\b(?:have you ever|has (?:it|that|this|anyone|anything) ever|did you ever|had you ever|ever tried|"
    r"when did you|when was the last time|the last time|last time you|did you|did your|did it|were you|was it|"
    r"have you (?:tried|used|had|been|done|seen|contacted|asked|called|paid|bought|switched|looked)|"
    r"in the past|recently)\b"
)


@dataclass(frozen=True)
class Question:
    text: str
    question_type: str
    first_word: int  # position of the question's first word among the text's words (split on spaces)


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, punctuation other than apostrophes dropped."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w'\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Sentences at '.', '?' and '!' (kept), or the whole text when there is no punctuation."""
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", text.strip()) if p.strip()]
    return parts or ([text.strip()] if text.strip() else [])


def _question_span(sentence: str) -> str | None:
    """The part of a sentence that is a question, or None."""
    norm = normalise(sentence)
    if not norm:
        return None
    if (
        sentence.rstrip().endswith("?")
        or _OPENER.match(norm)
        or _NEG_TAG.search(norm)
        or _LOADED.search(norm)
        or _SLIP_LEADING.match(norm)
        or _SLIP_HYPOTHETICAL.match(norm)
    ):  # a slip is still a question
        return sentence.strip()
    match = _MID_OPENER.search(norm)
    if match and len(norm[: match.start()].split()) <= _MAX_LEAD_IN_WORDS:
        # Map the normalised offset back onto the original words (same word count).
        lead_words = len(norm[: match.start()].split())
        return " ".join(sentence.split()[lead_words:]) or None
    return None


def classify(question: str) -> str:
    """The type of one question (see the module docstring for the rules, in order)."""
    has_mark = question.rstrip().endswith("?")
    norm = normalise(question)
    tagged = _NEG_TAG.search(norm) or (has_mark and _WORD_TAG.search(norm))
    if any(p.search(norm) for p in _LEADING) or (tagged and not _OPENER.match(norm)) or _SLIP_LEADING.match(norm):
        return "leading"
    if any(p.search(norm) for p in _HYPOTHETICAL) or _SLIP_HYPOTHETICAL.match(norm):
        return "hypothetical"
    if _OPEN.match(norm):
        return "open"
    if _PAST.search(norm):
        return "past_behavior"
    return "closed"


def is_story_prompt(sentence: str) -> bool:
    """Whether a sentence asks for an account by its opening verb (``STORY_PROMPT``)."""
    return bool(_PROMPT.match(normalise(sentence)))


def find_questions(text: str) -> list[Question]:
    """Every question in one utterance's text, typed, in order. A story prompt without a question
    mark followed by a question that is no prompt itself is one question ("Think of your worst
    week with us. What happened?"): the prompt names the case, the question asks for it, and the
    customer answers both; it is typed by what it asks ("Think about the last price rise. Is it
    fair?" is closed)."""
    found: list[Question] = []
    words_before = 0
    prompt_before = False  # the sentence before was a whole story prompt with no question mark
    for sentence in split_sentences(text):
        n = len(sentence.split())
        span = _question_span(sentence)
        if span and prompt_before and span == sentence.strip() and not _ANY_PROMPT.match(normalise(span)):
            found[-1] = Question(f"{found[-1].text} {span}", classify(span), found[-1].first_word)
            words_before += n
            prompt_before = False
            continue
        if span:
            found.append(Question(span, classify(span), words_before + n - len(span.split())))
        prompt_before = bool(span) and span == sentence.strip() and not span.endswith("?") and is_story_prompt(span)
        words_before += n
    return found
