"""How well personal data is found in transcript text (issue 24's measure).

    uv run python -m eval.redaction            # tuning and held-out parts of eval/redaction_sets.py
    uv run python -m eval.redaction --misses   # also what the held-out part missed or over-redacted
    uv run python -m eval.redaction --spoken   # spoken e-mail addresses through espeak-ng and Whisper base

A labelled span is found when found spans cover at least ``COVER`` of its characters (any type:
what matters is that it is gone); recall is per type. Precision is over found spans: one is
right when it overlaps a labelled personal-data span. Company and product names (``ORG_KEEP``)
must be kept: the share of them no found span touches.
"""

from __future__ import annotations

import argparse
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
SPOKEN_EMAILS = (
    ("anna berg at gmail dot com", "Sure, you can email me at anna berg at gmail dot com."),
    ("tom dot baker at outlook dot com", "My email is tom dot baker at outlook dot com, that's the best way."),
    ("priya raman at yahoo dot co dot uk", "It's priya raman at yahoo dot co dot uk."),
    ("david cohen at gmail dot com", "You can reach me on david cohen at gmail dot com any time."),
    ("sofia lopez at hotmail dot com", "Email me at sofia lopez at hotmail dot com please."),
    ("james at fieldworks dot io", "My address is james at fieldworks dot io."),
)


def spoken() -> int:
    """Render each line, transcribe it as ``verbatim process`` does by default, redact it, and
    print what is left: an address is kept when a word of its local part survives."""
    from eval.synth import Voice, speak
    from verbatim.tasks import redact, transcribe
    from verbatim.tasks.settings import Settings

    model = transcribe.load_model(Settings().whisper_model, "cpu", "int8", 2)
    kept = 0
    for address, line in SPOKEN_EMAILS:
        segments, _ = model.transcribe(speak(line, Voice("en-us", speed=160)), beam_size=5, language="en")
        heard = " ".join(s.text.strip() for s in segments)
        out = redact.redact_text(heard)
        left = [w for w in address.split(" at ")[0].replace(" dot ", " ").split() if w.lower() in out.lower()]
        kept += bool(left)
        print(f"{'KEPT' if left else 'ok  '}  heard {heard!r} -> {out!r}")
    print(f"spoken e-mail addresses with a word left: {kept}/{len(SPOKEN_EMAILS)}")
    return 0 if not kept else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="print the held-out part's misses")
    parser.add_argument("--spoken", action="store_true", help="only the spoken e-mail addresses (espeak-ng + Whisper)")
    args = parser.parse_args(argv)
    if args.spoken:
        return spoken()
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
