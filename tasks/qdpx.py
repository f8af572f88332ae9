"""The datasets as a REFI-QDA project (``.qdpx``), the exchange format MAXQDA, NVivo, ATLAS.ti
and QualCoder import (pure: rows in, bytes out).

What goes where (REFI-QDA 1.5, schema ``urn:QDA-XML:project:1.0``):

- each recording is a text source: its transcript, one line per utterance
  ("[00:12] SPEAKER_01 (customer): ..."), as stored (personal data already redacted), in
  ``Sources/<guid>.txt`` inside the zip;
- each theme is a code ("3. The refund took a month", its keywords as the description) under a
  parent code "Themes", coded on the exact characters of every statement in it;
- speakers' roles are codes ("Interviewer", "Customer") under "Speakers", coded on every
  utterance, so a researcher can retrieve all of one side of the conversation;
- each recording is also a case, with its segment, persona, customer and interview date as
  variables where the participants manifest gave them.

Identifiers are UUIDs derived from the dataset keys (uuid5), so the same datasets export to the
same file: a re-export after a rerun diffs cleanly.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

NAMESPACE = "urn:QDA-XML:project:1.0"
_ROOT_ID = uuid.UUID("6f1c1d0e-2f5b-4d0a-9c53-7a3e1b5e9d21")  # namespace for this exporter's uuid5 keys
CASE_VARIABLES = ("segment", "persona", "customer", "interview_date")
ROLE_CODES = {"interviewer": "Interviewer", "customer": "Customer"}
_THEME_COLOUR = "#12B886"  # the report's theme colour
_ROLE_COLOURS = {"interviewer": "#868E96", "customer": "#1C7ED6"}


def guid(*key: str) -> str:
    """A stable UUID for a dataset key (the same key, the same UUID, in every export)."""
    return str(uuid.uuid5(_ROOT_ID, "\x1f".join(key))).upper()


def clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}" if whole >= 3600 else f"{whole // 60:02d}:{whole % 60:02d}"


@dataclass(frozen=True)
class Transcript:
    """One recording's text source and where each utterance sits in it (character offsets)."""

    text: str
    spans: dict[str, tuple[int, int]]  # utterance_id -> [start, end) of its words in ``text``


def transcript(utterances: Sequence[Mapping]) -> Transcript:
    """The transcript of one recording's utterances (any order: sorted by time here)."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    at = 0
    for u in sorted(utterances, key=lambda u: (u["start_s"], u["utterance_id"])):
        head = f"[{clock(u['start_s'])}] {u['speaker']} ({u['role']}): "
        body = " ".join(str(u["text"]).split())
        spans[u["utterance_id"]] = (at + len(head), at + len(head) + len(body))
        line = head + body + "\n"
        parts.append(line)
        at += len(line)
    return Transcript("".join(parts), spans)


def build(
    recordings: Sequence[Mapping],
    utterances: Sequence[Mapping],
    statements: Sequence[Mapping],
    themes: Sequence[Mapping],
    theme_mentions: Sequence[Mapping],
    name_of: Mapping[str, str],
    project_name: str = "Verbatim interviews",
) -> tuple[bytes, dict[str, str]]:
    """(project.qde XML, {path in the zip: transcript text}) for the given table rows.
    ``name_of``: recording_id -> the source's display name."""
    ET.register_namespace("", NAMESPACE)
    q = f"{{{NAMESPACE}}}"
    project = ET.Element(q + "Project", {"name": project_name, "origin": "Verbatim"})

    by_recording: dict[str, list[Mapping]] = {}
    for u in utterances:
        by_recording.setdefault(u["recording_id"], []).append(u)
    utterances_of = {s["statement_id"]: list(s["utterance_ids"]) for s in statements}
    ranked = sorted(themes, key=lambda t: t["rank"])

    codebook = ET.SubElement(ET.SubElement(project, q + "CodeBook"), q + "Codes")
    theme_root = ET.SubElement(codebook, q + "Code", {"guid": guid("code", "themes"), "name": "Themes", "isCodable": "false"})
    ET.SubElement(
        theme_root, q + "Description"
    ).text = "Themes found by verbatim themes, ranked by how many interviews raise them"
    for t in ranked:
        code = ET.SubElement(
            theme_root,
            q + "Code",
            {
                "guid": guid("theme", t["theme_id"]),
                "name": f"{t['rank']}. {t['label']}",
                "isCodable": "true",
                "color": _THEME_COLOUR,
            },
        )
        ET.SubElement(
            code, q + "Description"
        ).text = f"{t['num_recordings']} interviews, {t['num_mentions']} mentions; keywords: {', '.join(t['keywords'])}"
    role_root = ET.SubElement(codebook, q + "Code", {"guid": guid("code", "speakers"), "name": "Speakers", "isCodable": "false"})
    for role, label in ROLE_CODES.items():
        ET.SubElement(
            role_root, q + "Code", {"guid": guid("role", role), "name": label, "isCodable": "true", "color": _ROLE_COLOURS[role]}
        )

    present = [v for v in CASE_VARIABLES if any(r.get(v) for r in recordings)]
    if present:
        variables = ET.SubElement(project, q + "Variables")
        for v in present:
            ET.SubElement(variables, q + "Variable", {"guid": guid("variable", v), "name": v, "typeOfVariable": "Text"})
    ordered = sorted(recordings, key=lambda r: (name_of.get(r["recording_id"], ""), r["recording_id"]))
    cases = ET.SubElement(project, q + "Cases")
    for r in ordered:
        rid = r["recording_id"]
        case = ET.SubElement(cases, q + "Case", {"guid": guid("case", rid), "name": name_of.get(rid, rid[:12])})
        _variable_values(case, q, r, present)
        ET.SubElement(case, q + "SourceRef", {"targetGUID": guid("source", rid)})

    files: dict[str, str] = {}
    sources = ET.SubElement(project, q + "Sources")
    for r in ordered:
        rid = r["recording_id"]
        text = transcript(by_recording.get(rid, []))
        source_id = guid("source", rid)
        files[f"Sources/{source_id}.txt"] = text.text
        source = ET.SubElement(
            sources,
            q + "TextSource",
            {"guid": source_id, "name": name_of.get(rid, rid[:12]), "plainTextPath": f"internal://{source_id}.txt"},
        )
        ET.SubElement(source, q + "Description").text = f"Transcript of {r['source_uri']} (recording {rid[:12]})"
        selections = _theme_selections(rid, text, theme_mentions, utterances_of) + _role_selections(
            rid, text, by_recording.get(rid, [])
        )
        for key, (start, end), code_id, label in sorted(selections, key=lambda s: (s[1], s[0])):
            selection = ET.SubElement(
                source,
                q + "PlainTextSelection",
                {"guid": guid("selection", *key), "name": label, "startPosition": str(start), "endPosition": str(end)},
            )
            coding = ET.SubElement(selection, q + "Coding", {"guid": guid("coding", *key)})
            ET.SubElement(coding, q + "CodeRef", {"targetGUID": code_id})
        _variable_values(source, q, r, present)
    ET.indent(project)
    return ET.tostring(project, encoding="utf-8", xml_declaration=True), files


def _variable_values(parent: ET.Element, q: str, recording: Mapping, present: Iterable[str]) -> None:
    for v in present:
        if recording.get(v):
            value = ET.SubElement(parent, q + "VariableValue")
            ET.SubElement(value, q + "VariableRef", {"targetGUID": guid("variable", v)})
            ET.SubElement(value, q + "TextValue").text = str(recording[v])


Selection = tuple[tuple[str, ...], tuple[int, int], str, str]  # (key, [start, end), code guid, name)


def _theme_selections(
    recording_id: str, text: Transcript, mentions: Sequence[Mapping], utterances_of: Mapping[str, list[str]]
) -> list[Selection]:
    out: list[Selection] = []
    for m in mentions:
        if m["recording_id"] != recording_id:
            continue
        ids = [u for u in utterances_of.get(m["statement_id"], [m["utterance_id"]]) if u in text.spans]
        if not ids:
            continue
        start = min(text.spans[u][0] for u in ids)
        end = max(text.spans[u][1] for u in ids)
        out.append((("theme", m["theme_id"], m["statement_id"]), (start, end), guid("theme", m["theme_id"]), "theme mention"))
    return out


def _role_selections(recording_id: str, text: Transcript, utterances: Sequence[Mapping]) -> list[Selection]:
    return [
        (("role", recording_id, u["utterance_id"]), text.spans[u["utterance_id"]], guid("role", u["role"]), u["speaker"])
        for u in utterances
        if u["role"] in ROLE_CODES and text.spans[u["utterance_id"]][1] > text.spans[u["utterance_id"]][0]
    ]


def pack(project_xml: bytes, files: Mapping[str, str]) -> bytes:
    """The ``.qdpx`` zip: ``project.qde`` and the sources (fixed timestamps: same input, same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("project.qde", project_xml), *((n, t.encode("utf-8")) for n, t in sorted(files.items()))]:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buffer.getvalue()
