"""Personal data through the whole product, as a user runs it: scripted interviews with planted
names, phone numbers and a spoken e-mail address, one without consent in the manifest.

    uv run python -m eval.redaction_interviews --out DIR

Renders the seven interviews below with espeak-ng (two interviewer voices, a customer voice
each), writes ``participants.csv`` (the last interview: ``consent=no``), then runs, as separate
processes, ``verbatim process FILES --out DIR/datasets --manifest participants.csv``, ``verbatim
themes`` and ``verbatim report --html``, and prints what of the planted data is left in any
Parquet value, the report or the commands' logs, and whether the refused recording left
anything but its failures row. A planted item counts as left when a word of a name or an
address's local part (two letters or more) or four digits of a number in a row (written or
said) are there. The same run with ``--redact none`` first shows the check can fail: the
planted data the model heard is printed for each interview.

Written 2026-12-05 for issue 24's hidden check (seven new scripted interviews, one without
consent); never tuned on: the rules were fixed on eval/redaction_sets.py and the tuning lines of
``eval.redaction --spoken``/``--spoken-details`` before these were first run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from eval.synth import Line, Voice, render_missing
from verbatim.tasks.redact import DIGIT_WORDS

I, C = "interviewer", "customer"
ALEX, SAM = Voice("en-us"), Voice("en+klatt")

# (stem, interviewer voice, customer voice, lines, planted: (kind, text as planted))
INTERVIEWS: list[tuple[str, Voice, Voice, list[Line], list[tuple[str, str]]]] = [
    (
        "garden1",
        ALEX,
        Voice("en-us+f3", pitch=60),
        [
            Line(I, "Thanks for joining. Could you start by telling me who you are?"),
            Line(C, "Of course. I'm Harriet Coleman, and I run a small garden centre near the coast."),
            Line(I, "How do you find the ordering app?"),
            Line(C, "The delivery slots are always full by Tuesday, so I end up phoning the depot instead."),
            Line(I, "What's the best number to reach you on?"),
            Line(C, "My mobile is 07700 900 318, I'm usually free after four."),
        ],
        [("PERSON", "Harriet Coleman"), ("PHONE", "07700 900 318")],
    ),
    (
        "garden2",
        SAM,
        Voice("en+Annie"),
        [
            Line(I, "Hello and thank you for your time. What's your name?"),
            Line(C, "My name is Duncan Fraser, I manage the plant nursery."),
            Line(I, "What frustrates you most about the app?"),
            Line(C, "The delivery slots fill up days ahead, and there is never one free this week."),
            Line(I, "If we follow up, where should we write?"),
            Line(C, "Email me at duncan fraser at gmail dot com, that's the easiest."),
        ],
        [("PERSON", "Duncan Fraser"), ("EMAIL", "duncan fraser at gmail dot com")],
    ),
    (
        "garden3",
        ALEX,
        Voice("en+Annie", pitch=40),
        [
            Line(I, "Thanks for coming on. Tell me a little about your business."),
            Line(C, "We are a family florist. My husband Rupert does the driving and I do the shop."),
            Line(I, "What would you change about the app?"),
            Line(C, "I wish the invoices showed the price per stem, we have to work it out by hand."),
            Line(I, "Can we call you about it?"),
            Line(C, "Yes, ring me on oh one six one, four nine six, oh seven two two."),
        ],
        [("PERSON", "Rupert"), ("PHONE", "oh one six one, four nine six, oh seven two two")],
    ),
    (
        "garden4",
        SAM,
        Voice("en-us+f3", pitch=60),
        [
            Line(I, "Hi, thanks for joining. Who am I speaking to?"),
            Line(C, "This is Priya Sharma, I look after purchasing for three garden shops."),
            Line(I, "How do deliveries go for you?"),
            Line(C, "The delivery slots are booked out so early that we miss the spring rush."),
            Line(I, "Anyone else we should talk to?"),
            Line(C, "Talk to Marcus in our accounts team, his direct line is 0113 496 0581."),
        ],
        [("PERSON", "Priya Sharma"), ("PERSON", "Marcus"), ("PHONE", "0113 496 0581")],
    ),
    (
        "garden5",
        ALEX,
        Voice("en-gb-x-gbclan+f2"),
        [
            Line(I, "Thank you for taking part. Please introduce yourself."),
            Line(C, "Hello, I'm Fiona Walsh, I own a landscaping company."),
            Line(I, "What do you think of the invoices?"),
            Line(C, "I wish the invoices split labour and plants, my accountant asks every month."),
            Line(I, "How can we reach you?"),
            Line(C, "Write to fiona dot walsh at outlook dot com, or call 07700 900 642."),
        ],
        [("PERSON", "Fiona Walsh"), ("EMAIL", "fiona dot walsh at outlook dot com"), ("PHONE", "07700 900 642")],
    ),
    (
        "garden6",
        SAM,
        Voice("en+Alicia"),
        [
            Line(I, "Thanks for your time today. Could you tell me your name?"),
            Line(C, "Sure, it's Oliver Bennett, and I run the cafe inside a garden centre."),
            Line(I, "What is the hardest part of ordering?"),
            Line(C, "Honestly the delivery slots, they're gone before I even look on Monday."),
            Line(I, "And is there anything you'd add?"),
            Line(C, "I wish the invoices could be grouped by month, my bookkeeper Janet would love that."),
        ],
        [("PERSON", "Oliver Bennett"), ("PERSON", "Janet")],
    ),
    (
        "garden7",
        ALEX,
        Voice("en+Annie"),
        [
            Line(I, "Thanks for joining. What's your name, please?"),
            Line(C, "I'm Gareth Hughes, I run a tree surgery business."),
            Line(I, "What do you think of the delivery slots?"),
            Line(C, "They are always taken, I've stopped trying to book one."),
            Line(I, "Best way to contact you?"),
            Line(C, "My number is 07700 900 155, or gareth at hughes trees dot co dot uk."),
        ],
        [("PERSON", "Gareth Hughes"), ("PHONE", "07700 900 155"), ("EMAIL", "gareth at hughes trees dot co dot uk")],
    ),
]
NO_CONSENT = "garden7"  # its manifest row says consent=no


def _number_runs(text: str) -> list[str]:
    """The numbers a text says, each run of number words or digit groups joined by spaces,
    commas or hyphens as its digits ("oh seven seven double four" is "07744"; "07700 900 318"
    one run; "0114.496.0293" too, but not a time like "15.4" or "123.5 s")."""
    runs, run, times, last = [], "", 1, ""
    labels = re.sub(r"[a-z]+_\d+", " ", text.lower())  # "SPEAKER_00 15.4 s" holds no number of anyone's
    for token in re.findall(r"[a-z]+|\d+|[^a-z\d]+", labels):
        if token in ("double", "triple"):
            times = 2 if token == "double" else 3
        elif token.isdigit() or token in DIGIT_WORDS:
            run += DIGIT_WORDS.get(token, token) * times
            times, last = 1, token
        elif token.strip(" ,-") == "" or (token == "." and len(last) >= 3):
            continue  # a separator inside a number (a dot only between digit groups of three or more)
        else:
            runs.append(run)
            run, times, last = "", 1, ""
    runs = [r for r in runs + [run] if r]
    return runs


def _windows(number: str) -> set[str]:
    return {number[i : i + 4] for i in range(len(number) - 3)}


def left_over(kind: str, planted: str, values: list[str], others: frozenset[str] = frozenset()) -> list[str]:
    """What of one planted item the text ``values`` still hold: words of a name or an address's
    local part (two letters or more), or four digits of a number in a row that no other planted
    number (``others``: their four-digit windows) also holds ("07700 900 ..." starts several)."""
    if kind == "PHONE":
        (number,) = _number_runs(planted)
        said = [run for value in values for run in _number_runs(value)]
        return sorted({w for w in _windows(number) - others for run in said if w in run})
    words = planted.lower().split(" at ")[0].replace(" dot ", " ").split() if kind == "EMAIL" else planted.lower().split()
    low = "\n".join(values).lower()
    return [w for w in words if len(w) > 1 and re.search(rf"\b{re.escape(w)}\b", low)]


def _texts(datasets: Path) -> dict[str, list[str]]:
    """Every string value of every table (ids and text alike), table by table."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    out: dict[str, list[str]] = {}
    for table in sorted(p for p in datasets.iterdir() if p.is_dir()):
        data = ds.dataset(table, format="parquet", partitioning="hive").to_table()
        values: list[str] = []
        for column in data.columns:
            if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
                values += [v for v in column.to_pylist() if v]
            elif pa.types.is_list(column.type) and pa.types.is_string(column.type.value_type):
                values += [v for vs in column.to_pylist() if vs for v in vs if v]
        out[table.name] = values
    return out


def _rows(data: Path, table: str) -> list[dict]:
    import pyarrow.dataset as ds

    if not (data / table).is_dir():
        return []
    return ds.dataset(data / table, format="parquet", partitioning="hive").to_table().to_pylist()


def run_verbatim(home: Path, *args: str) -> subprocess.CompletedProcess:
    """``verbatim ARGS`` in a fresh process, as a user runs it, with a Prefect home of its own
    (``home``): the user's own runs stay apart."""
    env = {**os.environ, "PREFECT_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "verbatim.cli", *args], capture_output=True, text=True, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="a folder for the audio, datasets and report")
    args = parser.parse_args(argv)
    files = render_missing([(stem, {I: ask, C: say}, lines) for stem, ask, say, lines, _ in INTERVIEWS], args.out / "audio")
    manifest = args.out / "participants.csv"
    manifest.write_text("file,consent\n" + "".join(f"{s}.wav,{'no' if s == NO_CONSENT else 'yes'}\n" for s, *_ in INTERVIEWS))

    numbers = {item: _windows(_number_runs(item)[0]) for *_, planted in INTERVIEWS for kind, item in planted if kind == "PHONE"}
    left = 0
    for mode in ("none", "pii"):
        data = args.out / f"datasets-{mode}"
        shutil.rmtree(data, ignore_errors=True)  # this command's own output of an earlier run: start clean
        report = args.out / f"report-{mode}.html"
        logs = []
        for step in (
            ("process", *files, "--out", str(data), "--manifest", str(manifest), "--redact", mode),
            ("themes", str(data)),
            ("report", str(data), "--html", str(report)),
        ):
            done = run_verbatim(args.out / "prefect", *step)
            logs.append(done.stdout + done.stderr)
            if done.returncode not in (0, 1):  # 1: a recording was refused (the one without consent)
                print(f"verbatim {step[0]} failed ({done.returncode}):\n{done.stderr[-3000:]}")
                return 2
        # the report's visible text: its markup is full of coordinates
        texts = _texts(data) | {"report": [re.sub(r"<[^>]*>", " ", report.read_text())], "logs": logs}
        print(f"--redact {mode}:")
        for stem, _, _, _, planted in INTERVIEWS:
            for kind, item in planted:
                others = frozenset().union(*(w for n, w in numbers.items() if n != item))
                where = {name: found for name, values in texts.items() if (found := left_over(kind, item, values, others))}
                if mode == "pii":
                    left += bool(where)
                print(f"  {'LEFT' if where else 'gone'}  {stem} {kind} {item!r}" + (f": {where}" if where else ""))
        # its failures row names it, and so may the logs and the report's list of failures
        refused = [n for n, vs in texts.items() if n not in ("failures", "logs", "report") and any(f"{NO_CONSENT}.wav" in v for v in vs)]
        print(f"  {NO_CONSENT} (consent=no) appears outside its failures row in: {refused or 'nothing'}")
        if mode == "pii":
            left += bool(refused)
    # Erasure, as the hidden check goes on: forget one interview, then none of its rows or
    # sentences may be left, an erasures row must name it, and the others keep their themes.
    data, gone = args.out / "datasets-pii", files[1]
    done = run_verbatim(args.out / "prefect", "forget", str(data), "--source", gone)
    texts = _texts(data)
    erased = [r["recording_id"] for r in _rows(data, "erasures")]
    recordings = [r for r in _rows(data, "recordings") if r["source_uri"].endswith(Path(gone).name)]
    said = [u["text"] for u in _rows(data, "utterances") if u["recording_id"] in erased]
    themes = _rows(data, "themes")
    print(f"forget {Path(gone).name}: exit {done.returncode}, erasures rows {len(erased)}, its recordings rows {len(recordings)}, "
          f"its utterances {len(said)}, themes left {len(themes)}, tables naming it: "
          f"{[n for n, vs in texts.items() if n not in ('erasures',) and any(e in v for e in erased for v in vs)] or 'none'}")
    left += done.returncode != 0 or not erased or bool(recordings) or bool(said) or not themes
    total = sum(len(p) for *_, p in INTERVIEWS)
    print(f"problems with the default --redact pii: {left} (planted items left of {total}, the refused recording, the forget)")
    return 0 if not left else 1


if __name__ == "__main__":
    sys.exit(main())
