"""What a customer statement is: a pain point, praise, a request, background, contact details
or a pleasantry (pure, no I/O).

Themes are about what customers *think* of the product. Three kinds of answer carry no such
point and, left in, form false themes: background ("We are a flower shop and send forty
invoices a week": in a domain every answer shares the vocabulary, so background answers
cluster with each other and with real complaints), contact details ("my number is oh seven
seven ...": alike in form across interviews, so they pair up as a "theme"), and pleasantries
("Happy to help, thanks for having me"). ``statement_kind`` sorts them out with rules a reader
can check, so the result is the same on every machine and explains itself:

- contact: an e-mail address, spoken ("anna dot berg at gmail dot com") or written, a phone
  number (five or more digits, spoken or written), or "reach/call/email me" phrasing.
- pleasantry: nothing left once greetings, thanks and courtesy phrases are taken out.
- background: the speaker describes who they are or how they use the product ("I run", "we
  are a", "I've been a member for three years", "we have twelve people") and no clause of it
  judges anything (no sentiment word in VADER's lexicon, no "but", no wish).
- request / pain / praise: a wish ("I wish", "it would be great if", "please add"), a trouble
  told as a story ("the app keeps logging us out"), else the sign of VADER's compound score
  with the product words of ``sentiment`` ("freezes", "doesn't work"; VADER's lexicon ships in
  ``vadersentiment``); neutral: other.

Rules over a lexicon miss things a model would catch; what matters here is that the three
kinds kept out are said in recognisable forms, and a statement that mixes background with a
judgement ("we are a bakery, and the app keeps crashing") stays a candidate.
"""

from __future__ import annotations

import functools
import re

from verbatim.tasks import sentiment as feeling

KINDS = ("pain", "praise", "request", "other", "background", "contact", "pleasantry")
THEME_KINDS = frozenset({"pain", "praise", "request", "other"})
"""Kinds that may join a theme."""

_NUMBER_WORDS = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_CONTACT = re.compile(
    r"\S+@\S+\.\w+"  # written e-mail
    r"|\bat\s+[a-z]+\s+dot\s+(?:com|org|net|co|io|uk|de|fr)\b"  # spoken e-mail: "at gmail dot com"
    r"|\b[a-z]+\s+dot\s+(?:com|org|net|co|io)\b"
    r"|(?:\d[\s-]*){5,}"  # a phone number in digits
    rf"|\b{_NUMBER_WORDS}(?:[\s,-]+{_NUMBER_WORDS}){{4,}}\b"  # ... or in words
    r"|\b(?:phone|mobile|cell)\s+(?:number\s+)?is\b|\bmy\s+(?:e-?mail|number|address)\s+is\b"
    r"|\b(?:reach|call|email|e-mail|text|ring)\s+me\s+(?:at|on)\b"
    # what redaction leaves of them: statements are labelled on redacted text ("Sure, just give me
    # a ring, my number [PHONE]" was praise, and paired up with another contact answer as a theme)
    r"|\[(?:PHONE|EMAIL)\]|\bgive\s+me\s+a\s+(?:ring|call|bell)\b"
    # how to reach them, whatever the recogniser made of the address ("Sure, email is best, it's
    # [PERSON] not will not email .com")
    r"|\b(?:e-?mail|phone|text|whatsapp)\s+is\s+(?:best|easiest|fine)\b|\bbest\s+(?:way\s+)?to\s+(?:reach|contact|email|call)\b",
    re.IGNORECASE,
)
_COURTESY = re.compile(
    r"\b(?:thank you(?: so much| very much)?|thanks(?: a lot| so much)?|(?:you're|you are) welcome|no (?:problem|worries)(?: at all)?"
    r"|my pleasure|(?:happy|glad|pleased|great|nice|good|lovely) to (?:help|be here|meet you|talk|chat|join|speak(?: with you)?)"
    r"|(?:it was|it's been) (?:a pleasure|nice|great|lovely)(?: talking| chatting)?(?: to you| with you)?"
    r"|for having me|for (?:the|your) time|for inviting me|take care|goodbye|bye|hello|hi|hey|good (?:morning|afternoon|evening)"
    r"|(?:sure|of course|absolutely|anytime|any time)|(?:see|talk to) you(?: soon| later)?|have a (?:good|great|nice) day)\b",
    re.IGNORECASE,
)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred|\d+|a\s+few|a\s+couple\s+of)"
_SELF = re.compile(
    r"\b(?:i am|i'm|we are|we're)\s+(?:a|an|the|just|only|two|three|four|five|six|seven|eight|nine|ten|based|located|from|in\s+charge)\b"
    r"|\b(?:i|we)\s+(?:run|own|manage|work|teach|coordinate|lead|started|founded|live|have been|'ve been|joined|signed up|use|go"
    r"|look\s+after|set\s+up|cover|oversee|take\s+care\s+of|do\s+the|took\s+over)\b"
    r"|\b(?:i've|we've)\s+been\b|\bmy name is\b|\bwe (?:have|employ)\s+(?:about\s+|around\s+)?\w+\s+(?:people|staff|employees)\b"
    r"|\b(?:i|we)\s+(?:usually|normally|mostly|typically)\b|\bmy (?:job|role|business|company|shop|team)\b"
    r"|\bour (?:business|company|shop|team|studio|firm|practice)\b"
    # who they are and how they came, said other ways: "my husband and I set up the studio",
    # "there are eight of us", "we've got two vans", "our customers are mostly students",
    # "mostly I book for myself", "we found you through a friend", "I've used it since it launched"
    r"|\bmy\s+(?:husband|wife|partner|business\s+partner|brother|sister|mum|mom|dad|son|daughter|friend)\s+and\s+i\b"
    r"|\bthere\s+(?:are|were)\s+(?:about\s+|around\s+)?\w+\s+(?:of\s+us|people|staff|locations|sites|shops|branches|clinics|offices)\b"
    rf"|\b(?:we've|we\s+have|i've|i\s+have)\s+got\s+(?:about\s+|around\s+)?{_NUMBER}\s"
    r"|\bour\s+(?:customers|clients|patients|members|students|users|guests|orders|bookings)\s+(?:are|come|tend)\b"
    r"|\b(?:mostly|usually|normally)\s+(?:i|we)\b"
    r"|\b(?:found|heard\s+(?:about|of))\s+(?:you|the\s+app|it|this\s+\w+)\s+(?:through|from|via|at|on|when)\b"
    r"|\b(?:i've|we've|i\s+have|we\s+have)\s+(?:used|had|been\s+using)\s+(?:it|the\s+\w+|you|this)\s+(?:since|for)\b",
    re.IGNORECASE,
)
# A trouble told as a story, with no word of a lexicon in it: "the app keeps logging us out",
# "the page times out"
_TROUBLE_STORY = re.compile(
    r"\b(?:keeps?|kept)\s+(?:on\s+)?(?:crashing|freezing|failing|logging|kicking|dropping|losing|breaking|asking|forgetting"
    r"|timing|cancelling|charging|sending|showing|going\s+(?:down|wrong|off))\b|\btim(?:es|ed|ing)\s+out\b",
    re.IGNORECASE,
)
_WISH = re.compile(
    r"\b(?:i wish|i'd (?:really )?(?:love|like)|i would (?:really )?(?:love|like)|it would be (?:great|nice|good|helpful|useful)"
    r"|would be (?:great|nice|helpful|useful) (?:if|to)|please add|(?:you|they) should (?:add|let|make|have|offer)"
    r"|if only|i want(?:ed)? (?:a|an|the|to be able)|(?:could|can) you (?:add|make)|i'd want|would love)\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r"\b(?:but|though|although|however|except|unfortunately|sadly)\b", re.IGNORECASE)
# Words of VADER's lexicon that judge nothing in a self-description ("a shop like ours", "free
# delivery area", "freelance"); a judging word has a valence of 1.5 or more either way.
_NOT_JUDGING = frozenset("like likes free freelance help care please yes well pretty sure thanks thank friend friends".split())
_JUDGING_VALENCE = 1.5
_SENTIMENT_FLOOR = 0.25  # |compound| (VADER with the product words) below this is neutral (VADER's authors suggest 0.05)


@functools.lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def sentiment_lexicon() -> dict[str, float]:
    """VADER's lexicon: word -> valence (-4..4)."""
    return _vader().lexicon


def sentiment(text: str) -> float:
    """VADER's compound score of ``text`` with its own lexicon alone, in [-1, 1] (``statement_kind``
    reads the product words too: ``sentiment.score``)."""
    return float(_vader().polarity_scores(text)["compound"])


def _judges(clause: str) -> bool:
    """Whether a clause holds a judgement: a word with a valence in VADER's lexicon or in the
    product words of ``sentiment`` ("freezes", "slow", and its phrases: "doesn't work"), a
    trouble told as a story ("keeps logging us out"), or a wish."""
    if _WISH.search(clause) or _TROUBLE_STORY.search(clause):
        return True
    words = re.findall(r"[a-z']+", feeling.rewrite_phrases(clause).lower())
    return any(abs(feeling.valence(w)) >= _JUDGING_VALENCE for w in words if w not in _NOT_JUDGING)


def statement_kind(text: str) -> str:
    """One of ``KINDS`` for a customer statement (see the module's docstring)."""
    stripped = text.strip()
    if _CONTACT.search(stripped):
        return "contact"
    rest = _COURTESY.sub(" ", stripped)
    if len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2:
        return "pleasantry"
    if _SELF.search(stripped) and not _CONTRAST.search(stripped) and not _judges(rest):
        return "background"
    if _WISH.search(stripped):
        return "request"
    if _TROUBLE_STORY.search(stripped):
        return "pain"
    score = feeling.score(stripped)  # VADER with the product words: "freezes", "slow", "doesn't work"
    if score <= -_SENTIMENT_FLOOR:
        return "pain"
    if score >= _SENTIMENT_FLOOR:
        return "praise"
    return "other"
