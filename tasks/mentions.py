"""Mentions in customer speech: competitors, feature requests and custom trackers (pure, no I/O).

Each finder works on a statement's text and returns character spans; ``find_mentions`` turns
them into rows with the seconds of the words they cover (``mentions`` table).

- **competitor**: a configured name (``--competitors``, ``VERBATIM_COMPETITORS``) found however
  the transcript spells it: "QuickBooks", "Quick Books", "quickbooks", "quick-books" all match
  the name QuickBooks, and ``term`` is the configured spelling. When a name is made of common
  words ("Quick Books", "Just Eat") a spelling that splits it into those words only counts
  with a capital letter in it or a competitor cue next to it ("switched to", "tried"): "it's a
  quick book to read" is not a mention. Names not on the list are found from how they are
  said: "we switched to X", "compared X and Y", "I tried X", "X is cheaper", where X is a
  capitalised name (Whisper capitalises names; sentence-initial words and common words are
  not taken for one).
- **feature_request**: something the customer wishes the product did or would pay for: "I wish
  it could...", "I would pay extra for...", "it would be great to have...", "if only it had...";
  ``term`` is the wish itself, at most ``REQUEST_WORDS`` words. A wish said in words no rule lists
  ("integration with my calendar would be a game changer") is also read from the statement's
  word pieces as the analysis model gives them (``wishes_read``: a model fitted on the tuning
  requests of six writers).
- **custom trackers** (Gong-style): a tracker name to phrases; a phrase matches as whole words,
  case-insensitively; the kind is the tracker's name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from verbatim.tasks.errors import ConfigError

REQUEST_WORDS = 12


@dataclass(frozen=True)
class Found:
    kind: str
    term: str
    start: int  # character offsets into the text searched
    end: int


# --- competitors -----------------------------------------------------------------------------

_COMMON_WORDS = frozenset(
    """a an the and or of to in on for with at by from up just quick book books fresh sage wave free eat eats go
    box bank money zoom slack notion teams office word apple amazon prime net flix uber ring sky now all one
    meet meal meals kit home deliver delivery clear clean score pay well easy simple smart cash""".split()
)
# Verbs of choosing between products ("switched from", "tried", "compared"): a sound-alike or
# words run together need one of them (``_SWITCH_CUE``, or a customer's "we left" right before the
# name: ``after_competitor_verb``); a lower-case name needs one of them or a
# looser word of comparison (``_CUE``: "like", "from", "cheaper"...). Not a bare "to" or "with":
# "I had to email three times", "they took to it with gusto" are the words, and a product is
# chosen with a verb ("switched to", "went with", "signed up with").
_SWITCH_VERBS = (
    r"switch(?:ed|ing)?|mov(?:ed|ing)|tri(?:ed|es)|try(?:ing)?|compar(?:ed|ing|e)|instead\s+of|than|versus|vs"
    r"|consider(?:ed|ing)?|look(?:ed|ing)\s+at|leav(?:e|ing)\s+for|left\s+for"
    # weighing one up or letting it go: "we trialled", "our developer keeps pushing", "ditched"
    r"|trial(?:l?ed|l?ing)?|recommend(?:ed|s|ing)?|suggest(?:ed|s|ing)?|push(?:ed|es|ing)|tempted\s+by"
    r"|ditch(?:ed|ing)?|dropp(?:ed|ing)|cancel(?:l?ed|l?ing)?|replac(?:ed|ing)|migrat(?:ed|ing)"
)
# Weighing one up or a spell of use, right before the name only ("I had a month on Tidal to
# compare", "we've had a look at octopus", "I did glance at Octopus"): a few words further on they
# are time and looking ("after three months on the app I was back to square one", "whenever I look
# at my bill I have no notion what it means").
_RIGHT_BEFORE = re.compile(
    r"\b(?:(?:months?|weeks?|years?|spell|stint)\s+(?:on|with)|look(?:s|ed|ing)?\s+at|glanc(?:e|es|ed|ing)\s+at)\s*$",
    re.IGNORECASE,
)
_CUE = re.compile(
    rf"\b(?:{_SWITCH_VERBS}|us(?:e|ed|es|ing)|went|go(?:ing)?|chang(?:ed|ing)|like|over|from|cheaper|better|worse"
    r"|join(?:ed|ing)?|sign(?:ed)?\s+up\s+(?:with|for))\b",
    re.IGNORECASE,
)


def name_parts(name: str) -> list[str]:
    """'QuickBooks' -> ['Quick', 'Books']; 'Uber Eats' -> ['Uber', 'Eats']; 'HubSpot' -> ['Hub', 'Spot']."""
    return [p for chunk in re.split(r"[\s\-_.]+", name.strip()) for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", chunk)]


def _name_pattern(name: str) -> re.Pattern:
    name = name.removesuffix("'s")  # "Macy's": the pattern takes the "'s" itself
    parts = [re.escape(p) for p in name_parts(name)] or [re.escape(name)]
    return re.compile(r"(?<![\w'])" + r"[\s\-]?".join(parts) + r"(?:'s)?(?![\w])", re.IGNORECASE)


def sound_key(word: str) -> str:
    """Letters as a name sounds, roughly, so that spellings of one sound compare equal:
    "Klaviyo" and "Clavio" -> "klavio", "Squarespace" and "square space" -> "skuarespace"."""
    key = name_letters(word).replace("ph", "f").replace("ck", "k").replace("q", "k")
    key = re.sub(r"c(?![eiy])", "k", key).replace("y", "i").replace("z", "s")
    return re.sub(r"(.)\1+", r"\1", key)


def name_letters(word: str) -> str:
    """A name's letters and digits in lower case: "Hub-Spot", "hubspot" and "HubSpot" are one."""
    return re.sub(r"[^a-z0-9]", "", word.lower())


# Whisper writes a name it has not learnt from its sound: "square space", "Booking. com" (the
# name's letters in other words, joined across a space, a hyphen or a web ending's dot: as good
# as spelled when capitalised), "Clavio" for Klaviyo (the same sound, ``sound_key``), "hubpot" for
# HubSpot (a letter off: rapidfuzz's ratio of the sound keys at least FUZZY_MIN_RATIO, the same
# first letter, one letter longer or shorter at most, so another brand sharing a stem stays out:
# "ledgerline" is not Ledgerly, ratio 89). A sound-alike counts only for names whose sound key
# has FUZZY_MIN_LETTERS letters or more (shorter ones, "Zara", "Xero", are a letter from a given
# name or a word), never for one everyday English word (tasks/config/everyday_words.txt:
# "delivery" is not Deliveroo, "staying" not Starling), and only after a competitor verb
# (``after_competitor_verb``: ``_SWITCH_CUE`` or a customer's "we left"), capitalised or not: people and places sound like names too ("pay Paul
# back", "I live in Stirling"). Everyday words run together in lower case need that verb too
# ("our work day", "the drop box").
FUZZY_MIN_RATIO = 85.0
FUZZY_MIN_LETTERS = 6
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&-]*")
_STOP = frozenset("a an the and or of to in on for with at by from is was we i it my our you your their this that".split())
_SWITCH_CUE = re.compile(rf"\b(?:{_SWITCH_VERBS}|us(?:e|ed|es|ing)(?!\s+to\b))\b", re.IGNORECASE)  # not "used to"


@functools.lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """English words common enough to be what was said (scripts/words/build_everyday.py)."""
    lines = (Path(__file__).parent / "config" / "everyday_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _sounds_like(heard: str, key: str) -> bool:
    """Whether the sound key ``heard`` may be the name of sound key ``key`` (the rules above)."""
    # rapidfuzz comes with jiwer (a dependency for WER); not declared itself, since re-locking
    # today would re-resolve the packaged mpnet parts' stray dependencies (pyproject.toml)
    from rapidfuzz import fuzz

    return heard == key or (
        heard[:1] == key[:1] and abs(len(heard) - len(key)) <= 1 and fuzz.ratio(heard, key) >= FUZZY_MIN_RATIO
    )


# Words run together into a name only across a space or a hyphen, or a dot before a web
# ending ("Booking. com"): "See you Monday. Come early." is not Monday.com.
_JOIN = re.compile(r"\s+|-")
_WEB_DOT = re.compile(r"\.\s?")
_WEB_ENDINGS = frozenset({"com", "co", "io", "net", "org", "uk"})
SPELLED, JOINED, SOUND_ALIKE = 0, 1, 2  # how a match was found, most trusted first


@functools.lru_cache(maxsize=8)
def _name_index(names: tuple[str, ...]) -> tuple[dict[str, list[str]], dict[str, list[tuple[str, str]]]]:
    """The run's names by their letters, and by the first letter of their sound key (key, name):
    built once per list of names, not once per statement."""
    by_letters: dict[str, list[str]] = {}
    by_sound: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        bare = name.removesuffix("'s")  # the words' "'s" is dropped too
        by_letters.setdefault(name_letters(bare), []).append(name)
        key = sound_key(bare)
        if len(key) >= FUZZY_MIN_LETTERS:
            by_sound.setdefault(key[0], []).append((key, name))
    return by_letters, by_sound


def _heard_as(text: str, names: Sequence[str]) -> list[tuple[int, int, str, int]]:
    """(start, end, name, how) for one to three words of ``text`` that are a configured name
    written another way: its letters in other words (``JOINED``), or a sound-alike
    (``SOUND_ALIKE``, ``_sounds_like``). Each run of words is keyed once, then looked up among
    the names (a long ``--competitors`` list costs a comparison per name only for runs that
    start with the name's sound)."""
    by_letters, by_sound = _name_index(tuple(names))
    tokens = [(m.start(), m.end(), m.group().removesuffix("'s")) for m in _TOKEN.finditer(text)]
    out = []
    for i in range(len(tokens)):
        for j in range(i, min(i + 3, len(tokens))):
            between = text[tokens[j - 1][1] : tokens[j][0]] if j > i else " "
            if not (_JOIN.fullmatch(between) or (_WEB_DOT.fullmatch(between) and tokens[j][2].lower() in _WEB_ENDINGS)):
                break
            words = [t[2] for t in tokens[i : j + 1]]
            span = (tokens[i][0], tokens[j][1])
            letters = name_letters("".join(words))
            spelled = by_letters.get(letters, [])
            out += [(*span, name, JOINED) for name in spelled]
            first, last = words[0].lower(), words[-1].lower()
            if first in _STOP or last in _STOP or (i == j and first in everyday_words()):
                continue
            heard = sound_key(letters)
            out += [
                (*span, name, SOUND_ALIKE)
                for key, name in by_sound.get(heard[:1], [])
                if name not in spelled and _sounds_like(heard, key)
            ]
    return out


# What a company sells, said right after its name, makes a lower-case common word the name:
# "pay me by card on a square reader", "the sage app", but not "the market square", "a square
# meal" or "the square plan" (plan, account and the like follow common words too).
_PRODUCT_AFTER = re.compile(
    r"\s*(?:app|apps|reader|card\s+reader|terminal|subscription|software|integration|invoicing|checkout)\b",
    re.IGNORECASE,
)


# A company's name takes no article: a lower-case word right after one, or after one and a word
# that qualifies it, is the common word ("we went to the market square", "a copper kettle"),
# unless what the company sells follows ("the sage app", ``_PRODUCT_AFTER``).
_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|our|my|your|their|his|her|this|that|some|any|every)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)


# Leaving a product names it too ("We left Toast after a year", "since we left HubSpot"), but
# "left" is an everyday word ("left a review", "left the office", "none left") and a person who
# left a company left an employer ("she left Workday"): only a customer's own "left" right before
# the name counts ("we left", "I'd left", "we've also left", "we eventually just left").
_LEFT = re.compile(
    r"\b(?:we|i|they)(?:'ve|'d|\s+have|\s+had)?\s+(?:(?:also|all|just|finally|eventually|recently|already)\s+|[a-z]+ly\s+){0,2}"
    r"left\s*$",
    re.IGNORECASE,
)


def after_competitor_verb(before: str) -> bool:
    """Whether the text ``before`` a name ends with a competitor verb near it, in its last 40
    characters: ``_SWITCH_CUE`` ("we switched from", "I was tempted by"), or right before it
    ``_LEFT`` ("we left") or ``_RIGHT_BEFORE`` ("a month on", "had a look at")."""
    near = before[-40:]
    return bool(_SWITCH_CUE.search(near) or _LEFT.search(near) or _RIGHT_BEFORE.search(near))


def _needs_switch_cue(text: str, match: tuple[int, int, str, int]) -> bool:
    """A sound-alike, or everyday words run together in lower case ("our work day", "a sales
    force of ten"), is the name only after a competitor verb (``after_competitor_verb``: "we
    switched from", "we left"): Whisper writes people and places with capitals too ("pay Paul
    back", "Stirling")."""
    start, end, _, how = match
    said = text[start:end]
    loose = how == SOUND_ALIKE or (how == JOINED and said == said.lower() and len(said.split()) > 1)
    return loose and not after_competitor_verb(text[:start])


def configured_competitors(text: str, names: Sequence[str]) -> list[Found]:
    """Configured names wherever they are said, also as Whisper writes them (``_heard_as``;
    a sound-alike or lower-case words run together only after a competitor verb,
    ``_needs_switch_cue``). A match in lower case ("some sage advice", "a direct line to the
    claims team") is a name only after a competitor cue in the 40 characters before it, after
    another name with "and"/"or" ("deliveroo and uber eats"), or before what the company sells
    ("a square reader"), and never right after an article ("the market square"): Whisper
    writes names with capitals, and a lower-case one is more often the common word. In a text
    with no capital at all (ASR without casing) capitals say nothing, and a written name counts
    without a cue. Where matches overlap, a written or run-together name goes before a
    sound-alike, and the longer before the shorter ("square space" is Squarespace even with
    Square configured too)."""
    out: list[Found] = []
    spelled = [(m.start(), m.end(), name, SPELLED) for name in names for m in _name_pattern(name).finditer(text)]
    candidates = [m for m in spelled + _heard_as(text, names) if not _needs_switch_cue(text, m)]
    taken: list[tuple[int, int, str, int]] = []
    for match in sorted(candidates, key=lambda m: (m[3] == SOUND_ALIKE, m[0] - m[1], m[3], m[0])):
        if not any(match[0] < t[1] and t[0] < match[1] for t in taken):
            taken.append(match)
    cased = text != text.lower()
    for start, end, name, _ in sorted(taken):
        said = text[start:end]
        if cased and said == said.lower() and not any(ch.isdigit() for ch in said):
            before = text[max(0, start - 40) : start]
            listed = any(re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*", text[f.end : start]) for f in out)
            common = _ARTICLE_BEFORE.search(before) or not (_CUE.search(before) or _RIGHT_BEFORE.search(before) or listed)
            if common and not _PRODUCT_AFTER.match(text, end):
                continue
        out.append(Found("competitor", name, start, end))
    return out


_NAME = r"(?:[A-Z][\w'&.-]*[A-Za-z0-9](?:\s+[A-Z][\w'&.-]*[A-Za-z0-9]){0,2})"
_UNLISTED = re.compile(
    rf"\b(?:switched|moved|went|changed|migrated)\s+(?:over\s+)?(?:to|from)\s+(?P<a>{_NAME})"
    rf"|\b(?:tried|trialled|tested|considered|considering|using|used)\s+(?P<b>{_NAME})"
    rf"|\bcompared?\s+(?:it\s+|them\s+)?(?:with|to|against)\s+(?P<c>{_NAME})"
    rf"|\bcompared\s+(?P<d>{_NAME})\s+(?:and|with|to)\s+(?P<e>{_NAME})"
    rf"|\binstead\s+of\s+(?P<f>{_NAME})"
    rf"|(?P<g>{_NAME})\s+(?:is|was|are|were)\s+(?:much\s+|a\s+lot\s+|way\s+)?(?:cheaper|better|faster|easier|simpler)\b"
)
_NOT_NAMES = frozenset(
    """I I'm I've I'd We You They He She It The This That These Those Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December English Excel
    Google Christmas Easter Mum Dad God OK Okay Yes No""".split()
)


def unlisted_competitors(text: str, known: Sequence[Found] = ()) -> list[Found]:
    out = []
    for m in _UNLISTED.finditer(text):
        for group in "abcdefg":
            name = m.group(group)
            if not name:
                continue
            start = m.start(group)
            first = name.split()[0]
            sentence_start = start == 0 or text[:start].rstrip().endswith((".", "!", "?"))
            if first in _NOT_NAMES or (sentence_start and group == "g") or name.lower() in _COMMON_WORDS:
                continue
            if any(k.start <= start < k.end for k in known):
                continue
            out.append(Found("competitor", name.rstrip(".'s"), start, start + len(name)))
    return out


# --- feature requests ------------------------------------------------------------------------

# Words that judge a wish a good one: "it would be great / handy / a big help if..."
_WISH_GOOD = (
    r"(?:(?:really\s+|so\s+|super\s+|very\s+|incredibly\s+)?(?:great|nice|good|helpful|useful|amazing|brilliant|handy|lovely|ideal"
    r"|perfect|fantastic|wonderful|awesome)|a\s+(?:big|huge|real|massive|great)\s+help|a\s+(?:lifesaver|life\s+saver|game\s+changer))"
)
# Parts of a product a wish asks for: "there should be a way to...", "give us an option to..."
_WISH_THING = r"(?:way|option|button|setting|feature|filter|tab|view|mode|shortcut|toggle|field|choice|ability)"

# Parts of a product a customer asks for ("how about a way to...", "I'd appreciate an option to..."), and,
# asked to have, what it sends or gives ("can we get a reminder", "the app needs a proper export")
_ASKED_PART = r"way|option|button|setting|feature|filter|mode|widget|shortcut"
_ASKED_THING = rf"{_ASKED_PART}|reminder|notification|alert|export|summary|report|discount"
# One such part asked for, after its article: "(a) dark mode", "(an) export button", "(some) filters"
_A_PART = rf"(?:\w+\s+)?(?:{_WISH_THING}|{_ASKED_THING})s?\b"
# The product itself as a sentence's subject ("why can't the app just...", "the site should tell me...")
_THE_PRODUCT = r"(?:app|site|website|system|software|tool|platform|dashboard)"
# What a customer asks to do in a product: "just let me edit the booking" (not "just let me grab a coffee")
_PRODUCT_ACTION = (
    r"(?:edit|change|pay|pick|choose|book|rebook|reschedule|save|cancel|export|delete|undo|skip|pause|move|swap|switch|set|download"
    r"|print|select|filter|sort|rename|reorder|split|track|schedule|log\s+in|sign\s+in|upload|copy|merge|search)"
)

_REQUEST = re.compile(
    r"\b(?:i\s+(?:really\s+)?wish\s+(?:it|you|they|there|the\s+[\w-]+)\s+(?:could|would|had|was|were|did|let|offered|understood|showed|sent|told|gave|came)"
    # "I wish the welcome text explained how to..." (two words before the verb)
    r"|i\s+wish\s+(?:the|your)\s+[\w-]+\s+[\w-]+\s+(?:\w+ed|let|had|could|would|did|showed|told|gave|sent|came)\b"
    # an offer on a condition: "if you brought out a cashback tier I'd upgrade", "if there were a
    # family tier...", "if the Team plan had guest access I'd...", "if the app showed X, that
    # would be ideal"
    r"|if\s+(?:you\s+(?:offered|had|added|made|brought\s+(?:in|out|back)|gave\s+us|let\s+us|let\s+me|could|did|started|put)"
    r"|there\s+(?:was|were)|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:had|let|did|could|offered|came\s+with|was|were|worked|showed))"
    # ... but not a threat ("if you did that again I'd be gone", "...we'd leave"), nor what they
    # would do anyway ("if the class was full I'd just go for a run", "...I'd ring them"), nor a
    # regret ("if you had asked me a year ago I'd have said no"); "if you had a callback option I
    # wouldn't mind the queue" is an offer too
    r"\b[^.?!]{0,80}\b(?:(?:i|we)(?:'d|\s+would)\b"
    r"(?!\s+(?:probably\s+|definitely\s+|just\s+|usually\s+)?(?:leave|cancel|quit|go\b|be\s+gone|be\s+off|move\s+away|switch\s+away"
    r"|walk|look\s+elsewhere|be\s+looking|ring|call|phone|email|e-mail|complain|contact|have\s+(?:said|thought|told|known|guessed|laughed)))"
    r"|(?:i|we)\s+(?:wouldn't|would\s+not)\s+(?:mind|need|have\s+to|bother)"
    rf"|(?:that|it|this)(?:'d|\s+would)\s+be\s+{_WISH_GOOD})"
    r"|i\s+wish\s+i\s+could"
    # "I'd pay extra for", "I'd pay a bit extra", "I'd pay a few pounds a year for a delivery pass"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:happily\s+|gladly\s+|definitely\s+|even\s+|be\s+(?:happy|glad|willing)\s+to\s+)?pay\s+"
    r"(?:a\s+(?:couple\s+of|few|bit|little|lot)\s+|a\s+|\w+\s+)?"
    r"(?:(?:pounds?|quid|dollars?|euros?|bit|little|lot)\s+)?(?:a\s+(?:month|year|week)\s+)?(?:extra|more|for)\b(?!\s+attention)(?!\s+(?:for\s+)?(?:the|my|our)\s+(?:old|previous|former)\s+(?:tariff|price|prices|plan|rate|deal|package|subscription)\b)"
    # ... as Whisper often writes it ("I'd be extra for a map that...", four parts of
    # eval.mention_interviews), or with another verb ("I'd give extra for")
    r"|(?:i|we)(?:'d|\s+would)\s+(?:be|give|spend)\s+extra\s+for\b"
    # "it would be great / it'd be a big help / it'd make my life easier / it would help if...",
    # not a wish to meet again ("it would be nice to see you at the conference")
    rf"|(?:it|that)(?:'d|\s+would)\s+(?:really\s+|also\s+)?(?:be\s+{_WISH_GOOD}|make\s+(?:my|our)\s+(?:life|lives|job)\s+(?:\w+\s+){{0,2}}easier"
    r"|(?:really\s+)?help(?:\s+me|\s+us)?(?:\s+a\s+lot|\s+loads)?|save\s+(?:me|us)(?:\s+\w+){0,3})\s+(?:to|if)\b"
    r"(?!\s+(?:see|meet|hear\s+from|talk\s+to|chat\s+with)\s+(?:you|everyone|again)\b|\s+catch\s+up\b"
    r"|\s+meet\s+(?:the\s+team|them|people|others|other\s+\w+)\b"
    r"|\s+see\s+(?:the\s+team|them|everyone|people)\s+(?:at|again|there|soon|in\s+person|one\s+day)\b)"
    # the wished-for thing first: "a family plan would be great", "being able to split a bill
    # would be amazing", "something like a shared list would be really handy"
    r"|(?:\b(?:a|an|some|more)\s+|being\s+able\s+to\s+|the\s+(?:ability|option|chance)\s+to\s+|having\s+|adding\s+)[^.?!,]{0,50}?"
    rf"\b(?:would|'d)\s+(?:be\s+{_WISH_GOOD}|save\s+(?:me|us)|make\s+(?:my|our)\s+life|go\s+down\s+(?:really\s+)?well"
    r"|make\s+(?:a|such\s+a)\s+(?:huge\s+|big\s+|real\s+|massive\s+|world\s+of\s+)?difference)"
    # "adding a search to the history would help me no end" (not "a bit more sleep would help a lot")
    r"|adding\s+[^.?!,]{0,50}?\b(?:would|'d)\s+help(?:\s+(?:me|us))?\s+(?:no\s+end|a\s+lot|loads|massively|hugely|enormously)"
    r"|if\s+only\s+(?:it|you|they|there|the|your)"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+|quite\s+)?(?:love|like|want)\s+the\s+(?:ability|option|possibility|feature|choice)\s+(?:to|of)"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?love\s+(?:to\s+see(?!\s+(?:you|everyone|the\s+team|them)\s+(?:at|again|there|soon|in\s+person|next\s+(?:week|time|month|year))\b)|to\s+have|to\s+be\s+able|it\s+if|if|an?(?!\s+(?:coffee|tea|cup|drink|glass)\b)|some|more)"
    # "I'd love it to remember my card"; "I would love me to be let it..." is how Whisper wrote
    # "I would love the ability to..." on two parts of eval.mention_interviews
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?love\s+(?:it|me|us)\s+to\b"
    # "I'd like it if...", "I'd prefer it if the reminders came by text", "I'd appreciate it if"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+|much\s+)?(?:like|love|prefer|appreciate)\s+it\s+if\b"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+|definitely\s+)?(?:benefit\s+from|kill\s+for)\b"
    # ... not a break wished for ("I'd kill for a holiday right now")
    r"(?!\s+(?:a\s+|some\s+|an\s+)?(?:holiday|break|coffee|tea|cup|drink|pint|nap|rest|lie[\s-]in|sleep|early\s+night|day\s+off|week\s+off)\b)"
    r"|(?:please|you\s+should|they\s+should)\s+(?:add|make|let|bring|offer|give|build)"
    # "there should be a way to undo", "it should let you pick the day", "you should be able to book..."
    rf"|there\s+(?:really\s+)?(?:should|needs\s+to)\s+be\s+(?:a|an|some)\s+(?:\w+\s+)?{_WISH_THING}"
    r"|(?:it|the\s+[\w-]+)\s+should\s+(?:let|allow)\s+(?:me|you|us|people)"
    r"|(?:you|we|i)\s+should\s+be\s+able\s+to"
    # "give us a way to tag clients"
    rf"|give\s+(?:us|me)\s+(?:a|an|the|some)\s+(?:\w+\s+)?{_WISH_THING}"
    r"|(?:what\s+)?(?:i|we)\s+(?:really\s+)?(?:want|need)\s+is"
    # "I really want a way to pause", "we need an option to..."
    rf"|(?:i|we)\s+(?:really\s+|just\s+)?(?:want|need)\s+(?:a|an|the|some)\s+(?:\w+\s+)?{_WISH_THING}\s+(?:to|of|for)"
    # "what would really help is...", "what I'd like to see is...", "what we'd love is...",
    # "what I'm missing is...", "my one ask would be...", "the one feature I'd really like is..."
    r"|what\s+(?:would\s+(?:really\s+)?help|(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:like|love|want)(?:\s+to\s+see)?"
    r"|(?:i'm|we're|i\s+am|we\s+are)\s+missing|'s\s+missing|is\s+missing)\s+(?:is|would\s+be)\b"
    r"|(?:my|our)\s+(?:one|only|main|biggest|big)\s+(?:ask|request|wish|suggestion)\s+(?:is|would\s+be)\b"
    r"|(?:one|the(?:\s+one|\s+only|\s+main)?)\s+(?:thing|feature)\s+(?:that\s+)?(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?"
    r"(?:like(?!\s+to\s+(?:say|add\s+is\s+that))|love|add|change|want|ask\s+for)"
    r"|one\s+thing\s+that\s+would\s+help"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+|quite\s+)?like\s+(?:to\s+see|to\s+have|to\s+be\s+able|it\s+to|a|an|some|more|the\s+option)"
    r"|(?:i|we)(?:'d|\s+would)\s+want\s+(?:a|an|some|more|the\s+option|it\s+to)\b"
    # "could you add...", "any chance you could add a dark mode?", "would it be possible to add..."
    r"|(?:(?:could|can)\s+(?:you|they)|(?:any|is\s+there\s+any)\s+chance\s+(?:you|they)\s+could)\s+(?:guys\s+|please\s+|just\s+)?"
    r"(?:add|make(?!\s+it\s+(?:to|there|on|in|at|by)\b)|build|bring\s+(?:in|back)|introduce(?!\s+yourself)|include|offer)"
    r"|would\s+it\s+be\s+possible\s+to\s+(?:add|have|get|make|see|include|offer)"
    # (not the interviewer's "if you could add one thing, what would it be?")
    r"|if\s+(?:you|they)\s+could\s+(?:just\s+)?(?:add|make|build|bring|let|give|offer|include|introduce)\b(?![^.?!]*\?)"
    # "I keep hoping you'll add Apple Pay", "hopefully one day they'll bring in a family plan"
    r"|(?:i\s+(?:keep\s+|really\s+)?hop(?:e|ing)|(?:i'm|i\s+am|we're|we\s+are)\s+(?:really\s+|still\s+)?hoping|hopefully(?:\s+one\s+day)?)\s+(?:you|they)(?:'ll|\s+will)?\s+(?:add|bring|make|build|offer|introduce|let)"
    r"(?!\s+it\b|\s+(?:me|us)\s+know\b)"
    r"|ideally,?\s+(?:it|you|the\s+[\w-]+|there)(?:'d|\s+would|\s+could|\s+should)"
    # "it just needs an undo button", not "it needs a bit of getting used to"
    r"|it\s+(?:really\s+|just\s+|only\s+)?needs\s+(?:a|an|to|some|more)\b(?!\s+(?:(?:a\s+)?(?:bit|little)\s+of\s+)?(?:getting\s+used|time\b))(?!\s+(?:minute|moment|while)\b|\s+(?:few|couple\s+of)\s+(?:seconds|minutes|moments)\b|\s+second\s+(?:to|or)\b)"
    # "my wish list would start with offline maps"
    r"|(?:my|our)\s+wish\s*list\s+(?:would|is|starts?|includes?)\b"
    # asked of the makers: "any plans to add Apple Pay?", "the missing piece for us is an API", "the
    # dream would be for the car to unlock from my watch", "I'd vote for a family account"
    r"|any\s+plans?\s+(?:to|for\s+you\s+to)\s+(?:add|bring\s+(?:in|back)|offer|introduce|support|build)\b"
    r"|the\s+missing\s+piece(?:\s+for\s+(?:us|me))?\s+(?:is|would\s+be)\b(?!\s+(?:the\s+)?(?:budget|time|money|staff|people|funding)\b)"
    r"|the\s+dream\s+would\s+be\s+(?:for|if)\s+(?:the|it|you|your|my|our|we|i)\b"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:definitely\s+|happily\s+)?vote\s+for\s+(?:a|an|some|more|the\s+option)\b"
    # an imperative to the makers at a sentence's start: "Just let me edit the booking", "Bring back the
    # old home screen", "Add a dark mode, please" (the "please" closing it); not what is asked of the
    # interviewer ("just let me grab a coffee", "let me finish, please", "add me on LinkedIn, please")
    rf"|(?:^|(?<=[.!?]\s))(?:just\s+let\s+(?:me|us)\s+{_PRODUCT_ACTION}\b|bring\s+back\s+(?:the|a|an|my|our)\b"
    r"|(?:show|add)\s+(?!(?:me|us|your|you)\b)[^.?!]{0,80}?,?\s+please\b(?=\s*(?:[.!?]|$)))"
    # "why can't it just save my card?" (not "why can't it just work?": a fault, not a wish)
    rf"|why\s+(?:can't|cannot|can\s+not)\s+(?:it|the\s+{_THE_PRODUCT})\s+just\s+"
    r"(?!(?:work|load|open|run|stop|be|leave)s?\b)\w+"
    # "it should really tell me when the car needs charging", "could the notes be saved somewhere?"
    rf"|(?:it|the\s+{_THE_PRODUCT})\s+should\s+(?:really\s+|also\s+|just\s+)?"
    r"(?:tell|show|remind|warn|alert|notify|remember|save|sync|send|text|email|let)\s+(?:me|us)\b"
    # ... as a wish, not where it is or what it should have done ("it should tell you at the top",
    # "it should save the card, I ticked that box, but it didn't")
    r"(?![^.?!]*\b(?:but|normally|usually|always|though|already)\b)"
    # the third held-out batch of eval/phrasings.py, read: "can we get a reminder the day before?"
    # (not "how can I get the export to work", nor "...a reminder from you before our next chat"),
    # "how about a way to transfer tickets?", "give me a monthly summary" (at a sentence's start),
    # "the one thing I'm missing is joint accounts" (not my glasses, sleep or staff), "you really
    # need to add an export" (not "first you have to add the items"), "I'm still waiting for them
    # to add Google Pay" (not "to bring the car round"), "why not show the queue position?" (not "I
    # thought why not give it a try"), "we'd switch the whole team over if it had single sign-on"
    rf"|(?<!\bhow\s)(?:can|could)\s+(?:we|i)\s+(?:get|have)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:{_ASKED_THING})\b"
    r"(?![^.?!]{0,40}\b(?:from\s+you|you\s+said|we\s+talked|our\s+next|next\s+session|for\s+taking\s+part)\b)"
    rf"|how\s+about\s+(?:a|an|some)\s+(?:\w+\s+)?(?:{_ASKED_PART}|reminder|notification|alert)\b"
    r"|(?:^|(?<=[.!?]\s))give\s+(?:me|us)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:summary|breakdown|reminder|alert|notification)\b"
    r"(?![^.?!]{0,30}\b(?:at\s+the\s+end|and\s+i'll|and\s+we'll)\b)"
    r"|(?:the\s+)?(?:one\s+|only\s+|main\s+)?thing\s+(?:i'm|we're|i\s+am|we\s+are)\s+missing\s+(?:is|would\s+be)\b"
    r"(?!\s+(?:my|our|your|the|a\s+bit|some|staff|people|context|sleep|time|money|family|friends|kids|holidays?|home)\b)"
    r"|you\s+(?:really\s+|just\s+)?(?:need|ought)\s+to\s+(?:add|bring\s+(?:in|back)|offer|introduce|include|support)\s+"
    r"(?:a|an|some|more)\b"
    r"|(?:i'm|i\s+am|we're|we\s+are)\s+(?:still\s+)?waiting\s+for\s+(?:you|them|the\s+app)\s+to\s+(?:add|bring\s+(?:in|out|back)|offer"
    r"|introduce|support)\b(?!\s+(?:me|us)\b)"
    r"|(?<!\bthought\s)(?<!\bthink\s)why\s+not\s+(?:just\s+)?(?:show|add|offer|include)\s+(?!(?:me|us|it|them|the\s+most)\b)\w+"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:definitely\s+|happily\s+|gladly\s+)?(?:switch|upgrade|sign\s+up|buy)\b"
    r"(?!\s+(?:house|jobs?|schools?)\b)[^.?!]{0,60}?\bif\s+(?:it|you|they|the\s+(?:app|site|software|platform|tool|system|plan))\s+"
    r"(?:had|offered|added|did|let|came\s+with|supported|could)\b"
    # the fourth held-out batch, read: the same asks in other frames. "I'd really appreciate a way to
    # message the teacher" (not a summary of the research), "the app needs a proper search" (not a
    # location setting turned on), "you could add a filter..., that'd help" (a suggestion, not what
    # the app already does: "I didn't realise you could add a card"), "is there any way you could
    # show the seat map earlier?" (not "send me the recording"), "I'm waiting for the day they add a
    # price alert", "how about letting us pay for the term?", "it would be better if the reminders
    # came the night before" (a part of the product, not the bus or the weather), "let parents sign
    # the slips in the app" (an action in it, not "let people make their own mistakes")
    rf"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+|much\s+)?(?:appreciate|welcome|value)\s+(?:(?:a|an|some)\s+(?:\w+\s+)?"
    rf"(?:{_ASKED_PART})|being\s+able\s+to\s+{_PRODUCT_ACTION})\b"
    r"|the\s+(?:app|site|website|system|software|platform|dashboard|[\w-]+\s+(?:page|screen))\s+(?:really\s+|just\s+)?needs\s+"
    rf"(?:a|an|some|more)\s+(?:proper\s+|better\s+)?(?!(?:location|number|permissions?)\b)(?:\w+\s+)?(?!permissions?\b)"
    rf"(?:{_ASKED_THING}|search|view|calendar|list|picker)\b(?!\s+(?:turned|switched|enabled|number|permissions?)\b)"
    # Real app reviews (eval/app_reviews.py, the tuning half), read: the same asks said other ways,
    # each held to the product and what it could have or do, since a review's forms said in an
    # interview also come up about life, people and the call itself (a helper's ~160 look-alikes:
    # "I just wish it would stop raining", "hope they can add my cousin to the payroll", "would love
    # to see my daughter graduate", "the van could do with a good clean", "I'd suggest that you talk
    # to Paul", "kindly let me know", "just add a splash of milk", "would be nice to have a day off",
    # "wish it had snowed", "I want my refund to be processed", "the support guy said please enable
    # notifications" are tests). "I just wish it would let me scroll" (a word between "I" and
    # "wish"; the product as the subject), "I wished it was able to...", "Wish it had..." at a
    # sentence's start; "hope you will add / bring back / increase the..." without "I"; "would love a
    # way to <an action in the app>" without a subject; "the app could use / could do with an easier
    # interface"; "could be better with a dark mode"; "I'd suggest adding an option..."; "the only
    # thing that would make it better is a ..."; "I'd give it five stars if it had..."; "kindly / pls
    # add ..."; "Just add a search ..."; "would be nice if the app..."; "I want an option to be
    # added"; "please enable / restore / consider adding..."; "can you please have an option to..."
    rf"|(?:i\s+(?:just|do|only|so|really\s+do)\s+wish|i\s+(?:just\s+|really\s+|always\s+)?wished|(?:^|(?<=[.!?]\s))(?:just\s+|really\s+)?wish)"
    rf"\s+(?:(?:it|the\s+{_THE_PRODUCT})\s+(?:could|would|had|was|were|did|let|can|will|offered)|you\s+(?:could|would|had|did|let|offered))\b"
    r"(?!\s+(?:have\s+been|had\s+been|been|stop|\w+ed\b|come|told|known|snowed|rained))"
    r"|(?:^|(?<=[.!?]\s))(?:i\s+)?(?:really\s+)?hope\s+you(?:\s+guys)?(?:'ll|\s+will|\s+can|\s+could)\s+(?:also\s+|soon\s+)?"
    r"(?:add|introduce|support|build|bring\s+back|increase\s+the|extend\s+the)\b(?!\s+(?:me|us|my|our)\b)"
    rf"|(?:^|(?<=[.!?]\s))would\s+(?:really\s+)?(?:love|like)\s+(?:(?:a\s+way|an?\s+option|the\s+(?:ability|option))\s+to|to\s+be\s+able\s+to)"
    rf"\s+(?:easily\s+)?{_PRODUCT_ACTION}\b"
    rf"|the\s+{_THE_PRODUCT}\s+could\s+(?:really\s+)?(?:use|do\s+with)\s+(?:a|an|some|more|better)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_WISH_THING}|{_ASKED_THING}|interface|layout|design|search)s?\b"
    rf"|(?:(?:it|the\s+{_THE_PRODUCT})\s+|(?:^|(?<=[.!?,]\s)|(?<=\bbut\s)))could\s+be\s+(?:even\s+|much\s+|a\s+lot\s+)?better\s+with\s+"
    rf"(?:the\s+addition\s+of\s+(?:a\s+|an\s+)?|a\s+|an\s+|some\s+|more\s+){_A_PART}"
    rf"|(?:i|we)(?:'d|\s+would)?\s+(?:like\s+to\s+)?suggest\s+(?:adding|that\s+(?:you|they)\s+add|you\s+add|to\s+add)\s+"
    rf"(?:a|an|some|more|the)\s+{_A_PART}"
    rf"|(?:the\s+)?(?:only|one)\s+thing\s+(?:that\s+)?(?:would|could|to)\s+make\s+(?:it|the\s+app|this)\s+(?:even\s+)?(?:better|perfect)"
    rf"\s+(?:is|would\s+be)\s+(?:a|an|some|more|the|to\s+have\s+(?:a|an|the))\s+{_A_PART}"
    r"|(?:i|we)(?:'d|'ll|\s+would|\s+will)\s+(?:happily\s+)?give\s+(?:it|you)\s+(?:(?:5|five|ten|10)\s+stars?|(?:5|five|10|ten)\s+out\s+of"
    r"\s+(?:5|five|10|ten)|full\s+marks)\b[^.?!]{0,30}?\bif\s+(?:it|you|the\s+app)\s+(?:had|added|offered|let|could|did|bring|brought|add)\b"
    rf"|(?:kindly|pls|plz)\s+(?:add|bring\s+back|build|offer)\b(?!\s+(?:me|us|my|your|our)\b)"
    rf"|(?:^|(?<=[.!?]\s))just\s+add\s+(?:a|an|some|more|the)\s+(?:\w+\s+)?(?:{_WISH_THING}|{_ASKED_THING}|search)\b(?![^.?!]*\band\s+it\b)"
    rf"|(?:^|(?<=[.!?]\s))would\s+(?:really\s+|also\s+)?be\s+{_WISH_GOOD}\s+(?:if\s+(?:the\s+{_THE_PRODUCT}|it)\s+(?:could|would|had|let|showed|did)\b"
    rf"|to\s+(?:easily\s+)?{_PRODUCT_ACTION}\b|to\s+have\s+(?:a|an|the|some|more)\s+(?:\w+\s+)?(?:{_WISH_THING}|{_ASKED_THING}))"
    rf"|(?:i|we)\s+(?:really\s+)?want\s+(?:a|an|some|more|the)\s+(?:\w+\s+)?(?:{_WISH_THING}|{_ASKED_THING}|login)\s+to\s+be\s+(?:added|brought\s+back)\b"
    rf"|(?<!\bsaid\s)(?<!\bsays\s)(?<!\basks\s)(?<!\bsaid,\s)please\s+(?:(?:enable|restore)\b(?!\s+(?:me|us|your|my|our)\b)"
    rf"|consider\s+adding\s+(?:a|an|some|more|the)\s+{_A_PART})"
    rf"|(?:could|can)\s+you\s+(?:please\s+)?have\s+(?:a|an|the)\s+(?:\w+\s+)?{_WISH_THING}\s+to\s+(?!(?:send|get|email|call)\b)\w+"
    r"|(?<!\bif\s)you\s+could\s+(?:just\s+)?(?:add|build|offer|introduce|include|let|show|make|bring\s+in)\s+(?!(?:me|us)\b)"
    r"[^.?!]{0,80}?(?:,\s*)?(?:that|it)(?:'d|\s+would)\s+(?:help|be\s+(?:great|handy|useful|helpful|ideal|perfect|nice|good))\b"
    r"|(?<!\bsee\s)(?<!\bno\s)(?:is\s+there\s+)?any\s+way\s+(?:you|they)\s+could\s+(?:add|show|let|offer|include|bring\s+in)\b"
    r"(?!\s+(?:me|us)\b)"
    r"|waiting\s+for\s+the\s+day\s+(?:you|they|the\s+(?:app|site|website|system|platform|company))\s+(?:add|adds|bring|brings"
    r"|offer|offers|introduce|introduces|support|supports)\b"
    r"|how\s+about\s+(?:letting|adding|offering|showing|bringing\s+(?:in|back)|building|including)\s+"
    r"(?!(?:me|you|it|the\s+kids|a\s+start)\b)"
    r"|it(?:'d|\s+would)\s+be\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:better|easier|handier|nicer|simpler|quicker)\s+if\s+"
    r"(?:the\s+(?:app|site|website|system|software|platform|dashboard|page|screen|reminders?|notifications?|emails?|texts?|alerts?"
    r"|rota|booking|bookings|checkout|search|menu|calendar|reports?|invoices?|receipts?|timetable|schedule|map|filters?)"
    r"|you\s+(?:added|offered|let|had|made|showed|brought|gave))\b"
    rf"|(?:^|(?<=[.!?]\s))let\s+(?:parents|users|customers|members|clients|patients|students|volunteers|guests)\s+"
    rf"(?:{_PRODUCT_ACTION}|sign|rate|review|message|view)\b"
    r"|could\s+(?:the|my|our)\s+(?!(?:meeting|call|session|recording|interview|parcel|order|appointment|delivery)\b)[\w'-]+"
    r"(?:\s+[\w'-]+)?\s+be\s+(?:saved|shown|added|kept|exported|synced|stored|listed|grouped|printed)\b"
    # "why can't I just scan the barcode? That would be ideal."
    rf"|why\s+(?:can't|cannot|can\s+not)\s+(?:i|we|you)\b[^.?!]{{0,60}}\?\s*(?:that|it)(?:'d|\s+would)\s+be\s+{_WISH_GOOD}"
    # "I'd really like reminders the day before": a plural thing wished for, not people or thanks
    # (a lower-case word: "I'd like James to call me back" is no wish; nor are people, answers or
    # a holiday)
    r"|(?:i|we)(?:'d|\s+would)\s+(?:really\s+|quite\s+)?(?:like|love)\s+(?!(?:friends|colleagues|kids|children|parents|people|guys|folks"
    r"|thanks|things|drinks|customers|clients|others|this|those|these|less|yours|ours|theirs|always|perhaps|sometimes|answers"
    r"|details|seconds|holidays|results|news|directions|instructions)\b)(?-i:[a-z]{3,}s)\b(?!\s+(?:to\s+)?(?:meet|see|thank|visit)\b))\b",
    re.IGNORECASE,
)


# "I don't think a dark mode would make a difference", "nothing would make a difference now":
# a wish's words said to deny one
_DENIED = re.compile(r"\b(?:don't|do\s+not|didn't|doesn't)\s+think\b|\bdoubt\b|\bnothing\b", re.IGNORECASE)


def feature_requests(text: str) -> list[Found]:
    return [_request_at(text, m.start()) for m in _REQUEST.finditer(text) if not _DENIED.search(_sentence_to(text, m.end()))]


def _sentence_to(text: str, end: int) -> str:
    """The sentence of ``text`` that ``end`` falls in, from its start up to ``end``."""
    start = max(text.rfind(c, 0, max(end - 1, 0)) for c in ".!?;") + 1
    return text[start:end]


def _request_at(text: str, start: int) -> Found:
    """The wish that starts at ``start``: to the end of its sentence, at most ``REQUEST_WORDS`` words."""
    tail = re.split(r"[.!?;]", text[start:], maxsplit=1)[0]
    words = tail.split()[:REQUEST_WORDS]
    return Found("feature_request", " ".join(words).rstrip(","), start, start + len(" ".join(words)))


# The ways of asking are many more than rules can list (eval.phrasings: a batch written after the
# rules found 5 of 12; batches by writers who never read them, 7 of 30 to 48 of 130), so a
# statement is also a request when the request model reads one at this probability or more:
# logistic regression over the statement's word pieces pooled by learnt attention
# (``models.AttentionModel``, two queries as sentiment's: a request lies in a few words, "on the
# roadmap?", "long overdue", "let admins", which the sentence vector's mean drowns in its topic),
# fitted by ``python -m eval.analysis --fit`` on the tuning requests and look-alikes of six
# writers, weights in tasks/config/statement_models.json. Left out one writer at a time
# (``python -m eval.analysis --requests-cv``): the rules alone find 260 of 557 requests and take
# 23 of 1,076 look-alikes for one; rules or model at 0.93-0.97 find 483-501 and take 29-30 (at
# 0.9, 34): 0.95 is the middle of that window. A logistic regression over the sentence vector,
# fitted and left out the same way, found 386 at 0.9 and 320 at 0.95 (scratch).
REQUEST_PROBABILITY = 0.95


def wishes_read(words: Sequence[np.ndarray]) -> list[bool]:
    """Per statement's word pieces (``embed.analysis_embed_words``, as the pipeline reads its
    statements through ``interview.classifier_text``): whether the request model reads a wish at
    ``REQUEST_PROBABILITY`` or more. All False when the model is not shipped or reads pieces of
    another width (another analysis model)."""
    from verbatim.tasks import models

    return models.pieces_read_as("feature_request", "request", words, REQUEST_PROBABILITY)


# Words a wish is said with, to pick the sentence of a statement that carries it
_WISH_WORDS = re.compile(
    r"\b(?:would|could|should|wish|want|need|needs|like|love|hope|hoping|if|please|missing|add|ideal|perfect|only)\b|'d\b",
    re.IGNORECASE,
)


def request_read(text: str) -> Found:
    """A feature request read from a statement's meaning rather than its words: its term is the
    first sentence of three words or more that holds a word wishes are said with ("would",
    "wish", "need", "if"...), else the first of three words or more, else the first ("Yeah.
    Honestly, some kind of offline mode would change everything" -> "Honestly, some kind...")."""
    sentences = [m for m in re.finditer(r"[^.!?;]+", text) if m.group().strip()]
    if not sentences:
        return _request_at(text, 0)
    long = [m for m in sentences if len(m.group().split()) >= 3] or sentences
    best = next((m for m in long if _WISH_WORDS.search(m.group())), long[0])
    return _request_at(text, best.start() + len(best.group()) - len(best.group().lstrip()))


# --- custom trackers -------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def load_trackers(path: str | None) -> tuple[tuple[str, str, re.Pattern], ...]:
    """The trackers of the YAML file at ``path`` (a mapping of tracker name to a list of
    phrases) as patterns; none for None. ``ConfigError`` naming the file when it is malformed."""
    if not path:
        return ()
    import yaml

    fix = "write it as YAML: one tracker name per key, each a list of phrases (e.g. pricing: [too expensive, price increase])"
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"--trackers {path}", f"cannot be read ({exc.strerror or exc})", "give the path of a YAML file"
        ) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"--trackers {path}", f"is not valid YAML ({str(exc).splitlines()[0]})", fix) from exc
    if not isinstance(data, dict) or not data:
        raise ConfigError(f"--trackers {path}", "holds no trackers", fix)
    for name, phrases in data.items():
        if (
            not isinstance(name, str)
            or not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", name)
            or name in ("competitor", "feature_request")
        ):
            raise ConfigError(
                f"--trackers {path}",
                f"tracker name {name!r} is not a lower-case identifier of its own",
                "name trackers like pricing or data_export (competitor and feature_request are built in)",
            )
        if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise ConfigError(f"--trackers {path}", f"tracker {name!r} needs a non-empty list of phrases", fix)
    return tuple(tracker_patterns({k: tuple(v) for k, v in data.items()}))


def tracker_patterns(trackers: Mapping[str, Sequence[str]]) -> list[tuple[str, str, re.Pattern]]:
    """(kind, phrase, pattern) for each phrase of each tracker, in a stable order."""
    out = []
    for kind in sorted(trackers):
        for phrase in sorted(set(trackers[kind])):
            words = [re.escape(w) for w in phrase.split()]
            if words:
                out.append((kind, phrase, re.compile(r"(?<![\w'])" + r"\s+".join(words) + r"(?![\w'])", re.IGNORECASE)))
    return out


def tracked(text: str, patterns: Sequence[tuple[str, str, re.Pattern]]) -> list[Found]:
    return [Found(kind, phrase, m.start(), m.end()) for kind, phrase, pattern in patterns for m in pattern.finditer(text)]


def find_in_text(
    text: str,
    competitors: Sequence[str] = (),
    patterns: Sequence[tuple[str, str, re.Pattern]] = (),
    interviewer_said: str = "",
) -> list[Found]:
    """Every mention in ``text``, in order of position (then kind, term): one per competitor
    name per place, configured names first. An unlisted name the interviewer also says
    (``interviewer_said``: the interviewer's words in the recording) is no competitor: it is the
    product the interview is about ("We switched to Ledgerly from spreadsheets", after "How did
    you come to Ledgerly?") or one the interviewer brought up; a configured name always counts."""
    listed = configured_competitors(text, competitors)
    unlisted = [f for f in unlisted_competitors(text, listed) if not _name_pattern(f.term).search(interviewer_said)]
    found = listed + unlisted + feature_requests(text) + tracked(text, patterns)
    return sorted(set(found), key=lambda f: (f.start, f.kind, f.term))
