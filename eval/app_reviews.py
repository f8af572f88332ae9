"""Feature requests in real app-store reviews nobody here wrote (issue 23: "every planted feature
request but one found").

    git clone https://github.com/William-HTP/Google-Play-App-Reviews-Datasets reviews
    uv run python -m eval.app_reviews reviews/dataset_balanced_4000.xlsx [--model] [--misses 40]

The file holds 4,000 Google Play reviews, 1,000 each labelled ``feature request``, ``bug report``,
``rating`` and ``user experience`` by that repository's author (Maalej et al.'s four classes).
Written reviews, not speech, and labelled by someone else, with noise both ways (crash reports
labelled as requests; "the app could use an easier interface" labelled user experience), so the
figures say how far the rules of ``mentions.feature_requests`` carry to how strangers ask, not a
precision: a review counts as found when any request is found in it.

Split by review id: odd ids are the tuning half (the rules may be widened on its misses,
``--misses`` prints some), even ids the held-out half, less every review whose text is also in
the tuning half (the file repeats some), reported and never read for rules. ``--model`` adds the
request model (``mentions.wishes_read`` on the analysis model's word pieces, as the pipeline reads a
statement; a few minutes on CPU). The xlsx is read with the standard library (zip + XML).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REQUEST = "feature request"
OTHERS = ("bug report", "rating", "user experience")


def read_xlsx(path: Path) -> list[dict[str, str]]:
    """The first sheet's rows as dicts keyed by the header row (shared and inline strings)."""
    with zipfile.ZipFile(path) as z:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{_NS}t"))
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall(f"{_NS}si")
        ]
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    table = []
    for row in sheet.iter(f"{_NS}row"):
        cells = {}
        for c in row.findall(f"{_NS}c"):
            v = c.find(f"{_NS}v")
            if c.get("t") == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(f"{_NS}t"))
            elif v is None:
                value = ""
            else:
                value = shared[int(v.text)] if c.get("t") == "s" else (v.text or "")
            cells[re.sub(r"\d", "", c.get("r", ""))] = value
        table.append(cells)
    header, *body = table
    return [{header[k]: v for k, v in r.items() if k in header} for r in body]


def halves(rows: list[dict[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(tuning, held out) as (label, text): odd ids tune; even ids are held out unless their text
    is also a tuning review."""
    said = [(int(r["ID"]), r["label"].strip(), " ".join(r["review"].split())) for r in rows if r.get("ID", "").isdigit()]
    tuning = [(label, text) for i, label, text in said if i % 2]
    seen = {text.lower() for _, text in tuning}
    held_out = [(label, text) for i, label, text in said if not i % 2 and text.lower() not in seen]
    return tuning, held_out


def report(name: str, rows: list[tuple[str, str]], found: list[bool]) -> str:
    asked = [label == REQUEST for label, _ in rows]
    hit = sum(f and a for f, a in zip(found, asked))
    others = ", ".join(
        f"{c} {sum(f and label == c for f, (label, _) in zip(found, rows))}/{sum(label == c for label, _ in rows)}" for c in OTHERS
    )
    return f"{name}: requests found {hit}/{sum(asked)} ({hit / max(1, sum(asked)):.3f}); other reviews with one found: {others}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("xlsx", type=Path, help="dataset_balanced_4000.xlsx of William-HTP/Google-Play-App-Reviews-Datasets")
    parser.add_argument("--model", action="store_true", help="also the request model, as the pipeline reads statements")
    parser.add_argument("--misses", type=int, default=0, help="print this many tuning-half misses (a fixed sample)")
    args = parser.parse_args(argv)
    if not args.xlsx.is_file():
        sys.exit(f"{args.xlsx}: no such file; clone the repository named in `python -m eval.app_reviews --help`")
    from verbatim.tasks import mentions

    for part, rows in zip(("tuning", "held out"), halves(read_xlsx(args.xlsx))):
        rules = [bool(mentions.feature_requests(text)) for _, text in rows]
        print(report(f"{part:8s} rules", rows, rules))
        if args.model:
            from verbatim.tasks import embed, interview

            read = mentions.wishes_read(embed.analysis_embed_words([interview.classifier_text(t) for _, t in rows])[1])
            print(report(f"{part:8s} rules or model", rows, [a or bool(b) for a, b in zip(rules, read)]))
        if part == "tuning" and args.misses:
            missed = [text for (label, text), f in zip(rows, rules) if label == REQUEST and not f]
            for text in random.Random(0).sample(missed, min(args.misses, len(missed))):
                print(f"    missed: {text[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
