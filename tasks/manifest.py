"""The participants manifest: who each recording is with, read from the researchers' spreadsheet.

``verbatim process FILES... --manifest participants.csv`` reads a CSV (header row) or a JSON
lines file (one object per line) and joins its rows to the recordings by file name, path or
URI. Everything here is pure parsing and validation, so a bad manifest stops the run before
any model loads, with one line naming the file, the row and the column, and how to fix it.

Row numbers are 1-based data rows (the CSV header is not counted; in JSON lines a row is a
line), and blank rows still count, so "row 7" is the seventh row under the header in the
spreadsheet the researcher is looking at.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlparse

from verbatim.tasks.errors import InputError

FILE = "file"
KNOWN_COLUMNS = (
    "segment",
    "persona",
    "customer",
    "interviewer",
    "consent",
    "interview_date",
    "num_speakers",
    "min_speakers",
    "max_speakers",
)
SPEAKER_HINTS = ("num_speakers", "min_speakers", "max_speakers")
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")

# Every spelling a spreadsheet is likely to hold, mapped to the three states we store.
CONSENT_VALUES = {
    "yes": "granted",
    "y": "granted",
    "true": "granted",
    "1": "granted",
    "granted": "granted",
    "given": "granted",
    "no": "refused",
    "n": "refused",
    "false": "refused",
    "0": "refused",
    "refused": "refused",
    "denied": "refused",
    "withdrawn": "withdrawn",
}
MIN_SPEAKERS, MAX_SPEAKERS = 1, 20


def consent_refused(value: str | None) -> bool:
    """Whether a consent value (the manifest's, or free text from S3 object metadata) says no:
    refused or withdrawn. Unknown or missing is not a refusal (no manifest, no metadata)."""
    return CONSENT_VALUES.get((value or "").strip().lower()) in ("refused", "withdrawn")


_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}.*)?")
_COLUMN_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Participant:
    """One manifest row: the recording it names and what the researchers know about it.

    Frozen and hashable (``extra`` is a sorted tuple, not a dict) so rows can be compared,
    deduplicated and passed between tasks without anyone mutating a shared copy.
    """

    file: str
    row: int
    segment: str | None = None
    persona: str | None = None
    customer: str | None = None
    interviewer: str | None = None
    consent: str | None = None  # "granted" | "refused" | "withdrawn" | None
    interview_date: str | None = None  # "YYYY-MM-DD"
    num_speakers: int | None = None
    min_speakers: int | None = None
    max_speakers: int | None = None
    extra: tuple[tuple[str, str], ...] = ()  # other columns, sorted, hashable

    def metadata(self) -> dict[str, str]:
        """The given values as flat strings (known columns, then the extra ones).

        Shaped like S3 object metadata so the same dict can label an uploaded object or a
        stored recording row; values that were not given are left out rather than stored empty.
        """
        out = {key: str(value) for key in KNOWN_COLUMNS if (value := getattr(self, key)) is not None}
        out.update(self.extra)
        return out


def read_manifest(path: Path) -> list[Participant]:
    """Read and validate the manifest at ``path``; every problem is an :class:`InputError`.

    The format comes from the extension (``.jsonl``/``.ndjson`` = JSON lines, ``.csv`` = CSV)
    and, for any other extension, from the content, so ``participants.txt`` exported by some
    tool still works.
    """
    path = Path(path)
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "manifest file not found", "check the path given to --manifest") from None
    except IsADirectoryError:
        raise InputError(
            name, "is a folder, not a manifest file", "give the path of the CSV or JSON lines file to --manifest"
        ) from None
    except PermissionError:
        raise InputError(name, "manifest cannot be read (permission denied)", "make the file readable by this user") from None
    except OSError as exc:
        raise InputError(name, f"manifest cannot be read ({exc.strerror or exc})", "check the path given to --manifest") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            name,
            f"manifest is not UTF-8 text (bad byte at offset {exc.start})",
            "save it as UTF-8 (in Excel: 'CSV UTF-8'), or as JSON lines",
        ) from None
    suffix = path.suffix.lower()
    if suffix in JSON_LINES_SUFFIXES:
        json_lines = True
    elif suffix in CSV_SUFFIXES:
        json_lines = False
    else:
        json_lines = text.lstrip("\ufeff").lstrip().startswith("{")
    return parse_manifest(text, name, json_lines)


def parse_manifest(text: str, name: str, json_lines: bool) -> list[Participant]:
    """Parse and validate manifest ``text`` (no file access; ``name`` only labels errors).

    Kept apart from :func:`read_manifest` so the rules can be tested, and reused for a
    manifest that comes from somewhere other than a local file, without touching disk.
    """
    text = text.removeprefix("\ufeff")  # Excel's "CSV UTF-8" starts with a byte order mark
    if not text.strip():
        raise InputError(name, "manifest is empty", "add a header row with a 'file' column and one row per recording")
    rows = _json_rows(text, name) if json_lines else _csv_rows(text, name)
    participants: list[Participant] = []
    seen: dict[str, int] = {}
    for row, values in rows:
        participant = _participant(row, values, name)
        if participant.file in seen:
            raise InputError(
                name, f"rows {seen[participant.file]} and {row} both name file {participant.file!r}", "keep one row per recording"
            )
        seen[participant.file] = row
        participants.append(participant)
    if not participants:
        raise InputError(name, "manifest has no rows", "add one row per recording under the header")
    return participants


def match_recordings(participants: Sequence[Participant], sources: Sequence[str], name: str) -> dict[str, Participant]:
    """source (as given on the command line: a path or an s3:// URI) -> its participant row.

    A manifest row that matches no source is an InputError ('row N: file X matches none of the
    recordings given; fix: ...'): a typo would otherwise silently drop a participant's metadata.
    A source with no row is simply absent from the result (allowed). A row matching two sources
    (same basename in two folders) is an error asking for the full path or URI, and so is one
    recording matched by two rows: guessing would attach the wrong person to an interview.
    """
    unique_sources = list(dict.fromkeys(sources))
    forms = {source: _source_forms(source) for source in unique_sources}
    basenames = {source: _basename(source) for source in unique_sources}
    result: dict[str, Participant] = {}
    for participant in participants:
        wanted = participant.file
        hits = [
            source for source in unique_sources if wanted in forms[source] or ("/" not in wanted and wanted == basenames[source])
        ]
        if not hits:
            hint = ""
            near = [basenames[s] for s in unique_sources if basenames[s].lower() == wanted.rsplit("/", 1)[-1].lower()]
            if near:
                hint = f" (file names are case-sensitive: did you mean {near[0]!r}?)"
            raise InputError(
                name,
                f"row {participant.row}: file {wanted!r} matches none of the recordings given{hint}",
                "correct the file name, give that recording on the command line, or remove the row",
            )
        if len(hits) > 1:
            shown = ", ".join(repr(h) for h in hits[:3]) + (" ..." if len(hits) > 3 else "")
            raise InputError(
                name,
                f"row {participant.row}: file {wanted!r} matches {len(hits)} recordings ({shown})",
                "write the recording's full path or s3:// URI in the 'file' column",
            )
        source = hits[0]
        if source in result:
            first = result[source]
            raise InputError(
                name,
                f"rows {first.row} and {participant.row} both match recording {source!r} (as {first.file!r} and {wanted!r})",
                "keep one row per recording",
            )
        result[source] = participant
    return result


# --- reading rows -----------------------------------------------------------------------------


def _column_key(header: str) -> str:
    """'Interview Date', ' interview_date ' and 'INTERVIEW-DATE' are all the same column."""
    return _COLUMN_SEPARATORS.sub("_", header.strip().lower())


def _keys(headers: Sequence[str], name: str, where: str) -> list[str]:
    """Normalised column names, refusing two headers that normalise to the same name."""
    keys = [_column_key(h) for h in headers]
    first: dict[str, str] = {}
    for header, key in zip(headers, keys):
        if key and key in first:
            raise InputError(
                name, f"{where}: columns {first[key]!r} and {header!r} are the same column", "rename or remove one of them"
            )
        first.setdefault(key, header)
    if FILE not in keys:
        found = ", ".join(repr(h.strip()) for h in headers if h.strip()) or "none"
        raise InputError(
            name,
            f"{where}: no 'file' column (columns found: {found})",
            "add a column named 'file' holding each recording's file name, path or URI",
        )
    return keys


def _delimiter(header_line: str) -> str:
    """Comma, or semicolon/tab when the header uses those instead (Excel in many locales)."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _csv_rows(text: str, name: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    """(row number, {column: value}) for each non-blank data row of a CSV."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        raise InputError(
            name, "manifest is a JSON array, not CSV or JSON lines", "write one JSON object per line (.jsonl) or save it as CSV"
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.lstrip("\r\n").split("\n", 1)[0]))
    row = 0
    keys: list[str] | None = None
    try:
        for cells in reader:
            if keys is None:
                if not any(c.strip() for c in cells):
                    continue  # blank lines above the header
                keys = _keys(cells, name, "header")
                continue
            row += 1
            if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys) :]):
                raise InputError(
                    name,
                    f"row {row}: {len(cells)} cells but the header has {len(keys)} columns",
                    "add the missing column names to the header, or quote values that contain the separator",
                )
            values: dict[str, str | None] = {}
            for i, (key, cell) in enumerate(zip(keys, cells)):
                value = cell.strip() or None
                if not key:
                    if value is not None:
                        raise InputError(
                            name,
                            f"row {row}: column {i + 1} holds {value!r} but has no name in the header",
                            "name that column in the header row, or clear it",
                        )
                    continue
                values[key] = value
            if any(v is not None for v in values.values()):
                yield row, values
    except csv.Error as exc:
        where = "header" if keys is None else f"row {row + 1}"
        raise InputError(
            name, f"{where}: not valid CSV ({exc})", "re-export the sheet as CSV, or fix the quoting on that row"
        ) from None


def _json_rows(text: str, name: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    """(line number, {column: value}) for each non-blank line of a JSON lines file."""
    for row, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                name,
                f"row {row}: not valid JSON ({exc.msg}, column {exc.colno})",
                'write one JSON object per line, e.g. {"file": "a.wav", "segment": "smb"}',
            ) from None
        if not isinstance(obj, dict):
            raise InputError(
                name,
                f"row {row}: a JSON {type(obj).__name__}, not an object",
                'write one JSON object per line, e.g. {"file": "a.wav", "segment": "smb"}',
            )
        keys = _keys(list(obj), name, f"row {row}")
        values: dict[str, str | None] = {}
        for key, value in zip(keys, obj.values()):
            if not key:
                if _json_text(value) is not None:
                    raise InputError(name, f"row {row}: a value with an empty name", "give every value a name")
                continue
            if isinstance(value, (dict, list)) and (key == FILE or key in KNOWN_COLUMNS):
                raise InputError(
                    name, f"row {row}: column {key!r} holds a JSON {type(value).__name__}", "give a plain string or number"
                )
            values[key] = _json_text(value)
        yield row, values


def _json_text(value: object) -> str | None:
    """A JSON value as the stripped string a CSV cell would hold (None for null or blank)."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (dict, list)):
        text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    else:
        text = str(value)
    return text.strip() or None


# --- validating one row -----------------------------------------------------------------------


def _participant(row: int, values: dict[str, str | None], name: str) -> Participant:
    """Validate and normalise one row's values into a :class:`Participant`."""
    file = values.get(FILE)
    if file is None:
        raise InputError(name, f"row {row}: column 'file' is empty", "give the recording's file name, path or URI")
    extra = tuple(sorted((k, v) for k, v in values.items() if k != FILE and k not in KNOWN_COLUMNS and v is not None))
    return Participant(
        file=file,
        row=row,
        segment=values.get("segment"),
        persona=values.get("persona"),
        customer=values.get("customer"),
        interviewer=values.get("interviewer"),
        consent=_consent(values.get("consent"), row, name),
        interview_date=_interview_date(values.get("interview_date"), row, name),
        **_speaker_hints(values, f"row {row}: column", name),
        extra=extra,
    )


def _consent(value: str | None, row: int, name: str) -> str | None:
    """'granted', 'refused' or 'withdrawn', whichever spelling the sheet used."""
    if value is None:
        return None
    try:
        return CONSENT_VALUES[value.lower()]
    except KeyError:
        allowed = "/".join(CONSENT_VALUES)
        raise InputError(
            name,
            f"row {row}: column 'consent' holds {value!r}, which is not a consent value",
            f"use one of {allowed} (any case), or leave it empty",
        ) from None


def _interview_date(value: str | None, row: int, name: str) -> str | None:
    """The ISO date (YYYY-MM-DD); a date-time keeps only its date part."""
    if value is None:
        return None
    match = _DATE.fullmatch(value)
    if match:
        try:
            return date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            pass
    raise InputError(
        name,
        f"row {row}: column 'interview_date' holds {value!r}, which is not a date",
        "write it as YYYY-MM-DD, e.g. 2024-03-05",
    )


def _speakers(value: str | None, where: str, name: str) -> int | None:
    """A whole number of speakers within what diarization can be asked for (``where`` names the
    column or metadata key in the error)."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit() and MIN_SPEAKERS <= int(value) <= MAX_SPEAKERS:
        return int(value)
    raise InputError(
        name,
        f"{where} holds {value!r}, not a whole number from {MIN_SPEAKERS} to {MAX_SPEAKERS}",
        f"give the number of people speaking ({MIN_SPEAKERS}-{MAX_SPEAKERS}), or leave it empty",
    )


def _speaker_hints(values: Mapping[str, str | None], where: str, name: str) -> dict[str, int | None]:
    """``num_speakers``, ``min_speakers``, ``max_speakers`` from ``values``, checked alone and together
    (``where``: "row 3: column" or "metadata key"); the message names the key as ``values`` spells it."""
    hints = {key: _speakers(values.get(key), f"{where} '{key}'", name) for key in SPEAKER_HINTS}
    low, high, exact = hints["min_speakers"], hints["max_speakers"], hints["num_speakers"]
    if low and high and low > high:
        raise InputError(name, f"{where}s 'min_speakers' {low} is above 'max_speakers' {high}", "swap or fix them")
    if exact and ((low and exact < low) or (high and exact > high)):
        raise InputError(
            name, f"{where} 'num_speakers' {exact} lies outside min_speakers/max_speakers", "fix the count or the bounds"
        )
    return hints


def speaker_hints(participant: Mapping[str, str], object_metadata: Mapping[str, str], uri: str) -> dict[str, int]:
    """The speaker-count hints for one recording: the manifest row's (already checked), else the
    object's user metadata (``num-speakers`` or ``num_speakers``, and the min/max likewise; checked
    here: a bad value is an :class:`InputError` naming the object and key). Only the given ones."""
    if any(participant.get(key) for key in SPEAKER_HINTS):
        return {key: int(participant[key]) for key in SPEAKER_HINTS if participant.get(key)}
    spelled = {key: object_metadata.get(key.replace("_", "-"), object_metadata.get(key)) for key in SPEAKER_HINTS}
    checked = _speaker_hints(spelled, "object metadata key", uri)
    return {key: value for key, value in checked.items() if value is not None}


# --- matching ---------------------------------------------------------------------------------


def _basename(source: str) -> str:
    """The file name of a source: the last segment of an S3 key or of a local path."""
    if source.startswith("s3://"):
        return source.removeprefix("s3://").partition("/")[2].rsplit("/", 1)[-1]
    if source.startswith("file://"):
        return unquote(urlparse(source).path).rsplit("/", 1)[-1]
    return os.path.basename(source)


def _source_forms(source: str) -> set[str]:
    """Every spelling of a source a row may use in full: as given, absolute, resolved, file:// URI."""
    forms = {source}
    if source.startswith("s3://"):
        return forms
    local = unquote(urlparse(source).path) if source.startswith("file://") else source
    absolute = os.path.abspath(local)
    forms |= {local, absolute, Path(absolute).as_uri()}
    try:
        forms.add(str(Path(local).resolve()))
    except (OSError, RuntimeError):
        pass  # a link loop: the unresolved spellings still match
    return forms
