"""How well personal data is found in transcript text (issue 24's measure).

    uv run python -m eval.redaction            # tuning and held-out parts of eval/redaction_sets.py
    uv run python -m eval.redaction --misses   # also what the held-out part missed or over-redacted
    uv run python -m eval.redaction --spoken   # spoken e-mail addresses through espeak-ng and Whisper base
    uv run python -m eval.redaction --spoken-details   # spoken names and phone numbers, the same way
    uv run python -m eval.redaction --spoken-held-out / --spoken-details-held-out   # their held-out lines

A labelled span is found when found spans cover at least ``COVER`` of its characters (any type:
what matters is that it is gone); recall is per type. Precision is over found spans: one is
right when it overlaps a labelled personal-data span. Company and product names (``ORG_KEEP``)
must be kept: the share of them no found span touches.
"""

from __future__ import annotations

import argparse
import re
import sys

from eval.redaction_sets import HELD_OUT, KEEP, TUNING, TYPES

COVER = 0.8
FLOORS = {"EMAIL": 0.95, "PHONE": 0.95, "CARD": 0.95, "PERSON": 0.85}


def _covered(start: int, end: int, found: list) -> float:
    hit = sum(max(0, min(end, f.end) - max(start, f.start)) for f in found)
    return hit / max(1, end - start)


def score(sentences: list, misses: list[str] | None = None) -> dict[str, float]:
    from verbatim.tasks import redact

    recall_hit = {t: 0 for t in TYPES}
    recall_all = {t: 0 for t in TYPES}
    right = total = kept = orgs = 0
    for text, spans in sentences:
        found = redact.find(text)
        labelled = [(kind, text.index(said), text.index(said) + len(said)) for kind, said in spans]
        for kind, start, end in labelled:
            if kind == KEEP:
                orgs += 1
                touched = any(f.end > start and f.start < end for f in found)
                kept += not touched
                if touched and misses is not None:
                    misses.append(f"over-redacted {text[start:end]!r}: {redact.redact_text(text)}")
                continue
            recall_all[kind] += 1
            ok = _covered(start, end, found) >= COVER
            recall_hit[kind] += ok
            if not ok and misses is not None:
                misses.append(f"missed {kind} {text[start:end]!r}: {redact.redact_text(text)}")
        for f in found:
            total += 1
            hit = any(f.end > start and f.start < end for kind, start, end in labelled if kind != KEEP)
            right += hit
            if not hit and misses is not None and not any(f.end > s and f.start < e for k, s, e in labelled):
                misses.append(f"false {f.kind} {text[f.start:f.end]!r}: {text}")
    out = {f"recall {t}": recall_hit[t] / recall_all[t] for t in TYPES if recall_all[t]}
    out["precision (all types)"] = right / total if total else 1.0
    out["company and product names kept"] = kept / orgs if orgs else 1.0
    return out


# Spoken e-mail addresses, rendered with espeak-ng and transcribed by the default Whisper model:
# the forms the recogniser writes are what the redactor meets (the address, the spoken line).
# Tuning lines may be looked at and fixed for; the held-out lines are only measured (the ten
# held out first, measured once at 8/10 fully redacted, then joined the tuning part, and ten new
# ones were written to hold out; so did the next ten, measured once at 8/10).
SPOKEN_EMAILS = (
    ("anna berg at gmail dot com", "Sure, you can email me at anna berg at gmail dot com."),
    ("tom dot baker at outlook dot com", "My email is tom dot baker at outlook dot com, that's the best way."),
    ("priya raman at yahoo dot co dot uk", "It's priya raman at yahoo dot co dot uk."),
    ("david cohen at gmail dot com", "You can reach me on david cohen at gmail dot com any time."),
    ("sofia lopez at hotmail dot com", "Email me at sofia lopez at hotmail dot com please."),
    ("james at fieldworks dot io", "My address is james at fieldworks dot io."),
    ("maria santos at gmail dot com", "Yes, it's maria santos at gmail dot com, all lower case."),
    ("peter olsen at hotmail dot co dot uk", "You can write to peter olsen at hotmail dot co dot uk if you have more questions."),
    ("k dot patel at outlook dot com", "Best to email me, k dot patel at outlook dot com."),
    ("lucy underscore green at yahoo dot com", "My email address is lucy underscore green at yahoo dot com."),
    ("ben at greenleaf bakery dot co dot uk", "Send it to ben at greenleaf bakery dot co dot uk, that's our shop address."),
    ("hannah dot weber at icloud dot com", "Oh, hannah dot weber at icloud dot com, I check it every day."),
    ("tomasz nowak eighty four at gmail dot com", "It's tomasz nowak eighty four at gmail dot com."),
    ("info at bluebird studio dot com", "Use the shop one, info at bluebird studio dot com."),
    ("sam dot reid at proton mail dot com", "I'm on sam dot reid at proton mail dot com these days."),
    ("olivia at olivia jones design dot com", "Drop me a line at olivia at olivia jones design dot com."),
    ("mark taylor at btinternet dot com", "My husband's address is mark taylor at btinternet dot com, he does the books."),
    ("rachel dot kim at gmail dot com", "Sure. rachel dot kim at gmail dot com. Thanks."),
    ("emma wilson at gmail dot com", "You can send the survey to emma wilson at gmail dot com."),
    ("carlos at sunrise cafe dot com", "Email carlos at sunrise cafe dot com, that's me."),
    ("j dot murphy at outlook dot ie", "It's j dot murphy at outlook dot ie, I'm in Dublin."),
    ("anita roy at yahoo dot in", "My email is anita roy at yahoo dot in."),
    ("george dot hill at hotmail dot com", "george dot hill at hotmail dot com, if you need anything else."),
    ("nina fischer at web dot de", "Write to nina fischer at web dot de, please."),
    ("oscar at northwind dot co", "Reach me at oscar at northwind dot co any time."),
    ("laura dot bianchi at gmail dot com", "The account is under laura dot bianchi at gmail dot com."),
    ("info at tidy homes dot co dot uk", "For the business it's info at tidy homes dot co dot uk."),
    ("daniel park at icloud dot com", "Just use daniel park at icloud dot com."),
)
_SPOKEN_EMAILS_SECOND = (
    ("sarah mills at gmail dot com", "If you want the photos, it's sarah mills at gmail dot com."),
    ("p dot novak at outlook dot com", "Put p dot novak at outlook dot com on the invite."),
    ("fatima ali at hotmail dot co dot uk", "My personal one is fatima ali at hotmail dot co dot uk."),
    ("hello at copper kettle dot com", "The shop inbox is hello at copper kettle dot com."),
    ("leo dot martin at yahoo dot fr", "Send the form to leo dot martin at yahoo dot fr, thanks."),
    ("grace at graceful events dot co", "You'll find me at grace at graceful events dot co."),
    ("adam brooks seventy at gmail dot com", "Contact me on adam brooks seventy at gmail dot com."),
    ("ingrid dot berg at icloud dot com", "Yes, ingrid dot berg at icloud dot com is fine."),
    ("office at parkside dental dot com", "Write to office at parkside dental dot com for the bookings."),
    ("chris wong at btinternet dot com", "I still use chris wong at btinternet dot com, old habits."),
)
SPOKEN_EMAILS_HELD_OUT = (
    ("olga petrova at gmail dot com", "Oh sure, olga petrova at gmail dot com."),
    ("m dot garcia at hotmail dot es", "The receipts go to m dot garcia at hotmail dot es."),
    ("tim at bright side bikes dot com", "We use tim at bright side bikes dot com for everything."),
    ("jessica lee at outlook dot com", "It should be jessica lee at outlook dot com, I think."),
    ("harry dot evans at yahoo dot co dot uk", "Forward it to harry dot evans at yahoo dot co dot uk."),
    ("team at little acorns dot org", "Our nursery's address is team at little acorns dot org."),
    ("yusuf khan ninety one at gmail dot com", "I'm yusuf khan ninety one at gmail dot com on there."),
    ("claire dot dubois at icloud dot com", "Mail claire dot dubois at icloud dot com, she handles it."),
    ("ravi at ravi photography dot co", "You can reach ravi at ravi photography dot co."),
    ("ellen at greenway dot net", "Ellen at greenway dot net, that's the one I check."),
)
# Names and telephone numbers as interviewees say them when they introduce themselves or leave a
# number for a follow-up call, through the same voices and model: ``(kind, planted, line)``. The
# lines hold no other number, so any four digits left (written or said) are the number's.
# Written 2026-12-05 before any was rendered; the held-out lines are only measured.
SPOKEN_DETAILS = (
    ("PERSON", "Rebecca Thornton", "Hi, I'm Rebecca Thornton, I look after the accounts at a small bakery."),
    ("PERSON", "Marcus Bell", "My name's Marcus Bell and I've used the app for about two years."),
    ("PHONE", "07700 900 482", "You can call me on 07700 900 482 if you need anything."),
    ("PERSON", "Helen", "This is Helen speaking, I run the front desk."),
    ("PHONE", "0161 496 0732", "The office number is 0161 496 0732, ask for the manager."),
    ("PERSON", "Tobias Lindqvist", "My manager, Tobias Lindqvist, chose the tool before I joined."),
    ("PHONE", "07700 900 915", "My mobile is oh seven seven oh oh, nine oh oh, nine one five."),
    ("PERSON", "Angela Ruiz", "Yes, it's Angela Ruiz, R U I Z."),
    ("PERSON", "Simon", "Simon from their support team called me back the next day."),
    ("PHONE", "020 7946 0158", "Ring me on 020 7946 0158 any weekday morning."),
    ("PERSON", "Natalie Brooks", "I'm Natalie Brooks, operations lead at a logistics firm."),
    ("PHONE", "07700 900 276", "Best number is zero seven seven zero zero nine zero zero two seven six."),
    ("PERSON", "Daniel", "My colleague Daniel does the payroll side of things."),
    ("PERSON", "Gemma Collins", "Hello, Gemma Collins here, thanks for having me."),
    ("PHONE", "0113 496 0419", "If I'm not in, try the shop on 0113 496 0419."),
    ("PERSON", "Victor", "We asked Victor at the bank and he had no idea either."),
    ("PHONE", "07700 900 603", "Text me on 07700 900 603 and I'll send the screenshots."),
    ("PERSON", "Laura Jenkins", "Laura Jenkins, I'm the owner, so it all lands on me."),
    ("PHONE", "0117 496 0881", "Our landline is 0117 496 0881, but the mobile is better."),
    ("PERSON", "Ibrahim", "Ibrahim in our finance team set the whole thing up."),
)
# the first ten held out, measured once (names 0/6 left, numbers 1/4: "give me a ring on 07, 0 0
# 9338"), then joined the tuning part; ten new ones were written to hold out
_SPOKEN_DETAILS_SECOND = (
    ("PERSON", "Caroline Webb", "Hi there, I'm Caroline Webb, I manage two cafes."),
    ("PHONE", "07700 900 338", "Give me a ring on 07700 900 338 next week."),
    ("PERSON", "Oliver", "Oliver, our bookkeeper, hates the new export."),
    ("PHONE", "0131 496 0564", "The number for the studio is 0131 496 0564."),
    ("PERSON", "Sandra Moss", "My name is Sandra Moss, I do the ordering."),
    ("PHONE", "07700 900 751", "It's oh seven seven double oh nine hundred seven five one."),
    ("PERSON", "Nathan", "I spoke to Nathan on the phone and he sorted it."),
    ("PERSON", "Megan Hughes", "Megan Hughes, practice manager, hello."),
    ("PHONE", "029 2018 0947", "Call the clinic on 029 2018 0947 and they'll put you through."),
    ("PERSON", "Peter Grant", "This is Peter Grant, I've been a customer since the start."),
)
SPOKEN_DETAILS_HELD_OUT = (
    ("PERSON", "Rachel Dunn", "Morning, Rachel Dunn, I run a dog grooming business."),
    ("PHONE", "07700 900 164", "You can WhatsApp me, it's 07700 900 164."),
    ("PERSON", "Graham", "Graham at the wholesaler recommended it to us."),
    ("PHONE", "0114 496 0293", "Our reception number is 0114 496 0293."),
    ("PERSON", "Fiona Clarke", "I'm Fiona Clarke, and I'm the head of finance."),
    ("PHONE", "07700 900 847", "The mobile is oh seven seven oh oh nine oh oh eight four seven."),
    ("PERSON", "Kevin", "Kevin usually deals with the suppliers, not me."),
    ("PERSON", "Alison Price", "Alison Price here, I've been using it since the spring."),
    ("PHONE", "0191 498 0357", "Phone us on 0191 498 0357 during opening hours."),
    ("PERSON", "Stephen", "My business partner Stephen wanted something cheaper."),
)
_PLACEHOLDER = re.compile(r"\[[A-Z]+\]")  # "[PERSON]", "[PHONE]": what the redactor put in
_VOICES = (("en-us", 50, 160), ("en-gb", 50, 150), ("en-us", 30, 175))
_DOMAIN_LEFT = re.compile(r"(?:[^\W_]\.|\bdot\s+)(?:com|co|uk|org|net|io|de|fr|ie|in)\b")


def _heard(line: str, k: int) -> str:
    """``line`` said by the k-th voice in turn, as ``verbatim process`` transcribes it by default
    (its model and options: voice activity detection, no conditioning on earlier text), its
    words joined as the redactor joins them."""
    import numpy as np

    from eval.synth import Voice, speak
    from verbatim.tasks import redact, transcribe
    from verbatim.tasks.settings import Settings

    name, pitch, speed = _VOICES[k % len(_VOICES)]
    pause = np.zeros(8000, dtype=np.float32)  # half a second either side, as between turns
    samples = np.concatenate([pause, speak(line, Voice(name, pitch, speed)), pause])
    return redact.joined([w.text for w in transcribe.transcribe(samples, Settings(language="en"), "line").words])[0]


def spoken(held_out: bool = False) -> int:
    """Render each line (three voices in turn), transcribe it as ``verbatim process`` does by
    default, redact it, and print what is left: an address is kept when a word of its local part
    or a domain ("sunrisecafe.com", "... dot fr") survives."""
    from verbatim.tasks import redact

    lines = SPOKEN_EMAILS_HELD_OUT if held_out else SPOKEN_EMAILS + _SPOKEN_EMAILS_SECOND
    kept = 0
    for k, (address, line) in enumerate(lines):
        heard = _heard(line, k)
        out = redact.redact_text(heard)
        words = set(re.findall(r"[a-z0-9]+", _PLACEHOLDER.sub(" ", out).lower()))
        local = address.split(" at ")[0].replace(" dot ", " ").replace(" underscore ", " ").split()
        left = [w for w in local if len(w) > 1 and w in words] + _DOMAIN_LEFT.findall(out)
        kept += bool(left)
        print(f"{'KEPT' if left else 'ok  '}  heard {heard!r} -> {out!r}")
    part = "held-out" if held_out else "tuning"
    print(f"{part} spoken e-mail addresses with a word left: {kept}/{len(lines)}")
    return 0 if not kept else 1


def spoken_details(held_out: bool = False) -> int:
    """Names and telephone numbers as said in an interview, through espeak-ng and Whisper, then
    redacted: a name is left when a word of it survives, a number when four of its digits do."""
    from verbatim.tasks import redact

    lines = SPOKEN_DETAILS_HELD_OUT if held_out else SPOKEN_DETAILS + _SPOKEN_DETAILS_SECOND
    kept = {"PERSON": 0, "PHONE": 0}
    total = {"PERSON": 0, "PHONE": 0}
    for k, (kind, planted, line) in enumerate(lines):
        heard = _heard(line, k)
        out = redact.redact_text(heard)
        if kind == "PHONE":
            left = redact.digit_count(_PLACEHOLDER.sub(" ", out)) >= 4
        else:
            words = set(re.findall(r"[a-z]+", _PLACEHOLDER.sub(" ", out).lower()))
            left = any(w in words for w in planted.lower().split())
        total[kind] += 1
        kept[kind] += left
        print(f"{'KEPT' if left else 'ok  '}  {kind:<6} heard {heard!r} -> {out!r}")
    part = "held-out" if held_out else "tuning"
    print(f"{part} spoken names left: {kept['PERSON']}/{total['PERSON']}, numbers left: {kept['PHONE']}/{total['PHONE']}")
    return 0 if not any(kept.values()) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="print the held-out part's misses")
    parser.add_argument("--spoken", action="store_true", help="only the spoken e-mail addresses (espeak-ng + Whisper), tuning part")
    parser.add_argument("--spoken-held-out", action="store_true", help="only the held-out spoken e-mail addresses")
    parser.add_argument("--spoken-details", action="store_true", help="spoken names and phone numbers (espeak-ng + Whisper), tuning part")
    parser.add_argument("--spoken-details-held-out", action="store_true", help="the held-out spoken names and phone numbers")
    args = parser.parse_args(argv)
    if args.spoken or args.spoken_held_out:
        return spoken(held_out=args.spoken_held_out)
    if args.spoken_details or args.spoken_details_held_out:
        return spoken_details(held_out=args.spoken_details_held_out)
    misses: list[str] = []
    tuning, held = score(TUNING), score(HELD_OUT, misses)
    floors = {f"recall {t}": v for t, v in FLOORS.items()} | {"precision (all types)": 0.85, "company and product names kept": 0.9}
    ok = True
    print(f"{'measure':<36}{'tuning':>8}{'held out':>10}  floor (held out)")
    for name in tuning:
        floor = floors.get(name)
        passed = floor is None or held[name] >= floor
        ok &= passed
        print(f"{name:<36}{tuning[name]:>8.3f}{held[name]:>10.3f}  " + (f">= {floor} {'ok' if passed else 'BELOW'}" if floor else ""))
    if args.misses:
        print("\n".join(["", "held-out misses:"] + [f"  {m}" for m in misses]))
    print("PASS" if ok else "BELOW FLOOR")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
