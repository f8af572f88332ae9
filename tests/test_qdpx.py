"""The REFI-QDA export (tasks/qdpx.py): valid against the standard's published schema, every
theme a code on the exact characters of its quotes, the same bytes from the same rows."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from verbatim.tasks import qdpx

SCHEMA = Path(__file__).parent / "data" / "refi-qda" / "Project.xsd"
NS = {"q": qdpx.NAMESPACE}


def _rows():
    recordings = [
        {"recording_id": "a" * 64, "source_uri": "/audio/acme.wav", "segment": "smb", "persona": None},
        {"recording_id": "b" * 64, "source_uri": "/audio/birch.wav", "segment": "enterprise", "persona": "owner"},
    ]
    said = [
        ("a", 0, "SPEAKER_00", "interviewer", 0.0, "How did the delivery go?"),
        ("a", 1, "SPEAKER_01", "customer", 2.5, "It came   four days late & the box was <crushed>."),
        ("a", 2, "SPEAKER_01", "customer", 6.0, "Honestly, I nearly cancelled."),
        ("b", 0, "SPEAKER_00", "interviewer", 0.0, "Tell me about your last order."),
        ("b", 1, "SPEAKER_01", "customer", 3.0, "The parcel took a week, café owner's nightmare."),
    ]
    utterances = [
        {"recording_id": r * 64, "utterance_id": f"{r}-{i}", "speaker": s, "role": role, "start_s": t, "end_s": t + 2, "text": text}
        for r, i, s, role, t, text in said
    ]
    statements = [
        {"statement_id": "a-1-s", "utterance_ids": ["a-1", "a-2"]},
        {"statement_id": "b-1-s", "utterance_ids": ["b-1"]},
    ]
    themes = [{"theme_id": "theme-1", "rank": 1, "label": "Late delivery", "keywords": ["late", "week"], "num_recordings": 2,
               "num_mentions": 2}]
    mentions = [
        {"theme_id": "theme-1", "recording_id": "a" * 64, "statement_id": "a-1-s", "utterance_id": "a-1"},
        {"theme_id": "theme-1", "recording_id": "b" * 64, "statement_id": "b-1-s", "utterance_id": "b-1"},
    ]
    names = {"a" * 64: "acme.wav", "b" * 64: "birch.wav"}
    return recordings, utterances, statements, themes, mentions, names


def validate(project_xml: bytes) -> None:
    import xmlschema

    xmlschema.XMLSchema(str(SCHEMA)).validate(io.BytesIO(project_xml))


def coded_text(archive: bytes) -> dict[str, list[str]]:
    """Code name -> the text of every selection coded with it, read back from the .qdpx."""
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        root = ET.fromstring(z.read("project.qde"))
        names = {c.get("guid"): c.get("name") for c in root.iter(f"{{{qdpx.NAMESPACE}}}Code")}
        out: dict[str, list[str]] = {}
        for source in root.iterfind("q:Sources/q:TextSource", NS):
            text = z.read("Sources/" + source.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
            for sel in source.iterfind("q:PlainTextSelection", NS):
                ref = sel.find("q:Coding/q:CodeRef", NS).get("targetGUID")
                out.setdefault(names[ref], []).append(text[int(sel.get("startPosition")) : int(sel.get("endPosition"))])
    return out


def test_project_validates_against_the_refi_qda_schema_and_codes_every_quote():
    xml, files = qdpx.build(*_rows())
    validate(xml)  # raises with the element and rule on any violation
    archive = qdpx.pack(xml, files)
    coded = coded_text(archive)
    # the theme is a code on exactly the statement's words (both utterances of a two-utterance statement)
    assert sorted(coded["1. Late delivery"]) == [
        "It came four days late & the box was <crushed>.\n[00:06] SPEAKER_01 (customer): Honestly, I nearly cancelled.",
        "The parcel took a week, café owner's nightmare.",
    ]
    assert coded["Interviewer"] == ["How did the delivery go?", "Tell me about your last order."]
    assert len(coded["Customer"]) == 3
    root = ET.fromstring(xml)
    cases = {c.get("name"): [v.findtext("q:TextValue", namespaces=NS) for v in c.iterfind("q:VariableValue", NS)]
             for c in root.iterfind("q:Cases/q:Case", NS)}
    assert cases == {"acme.wav": ["smb"], "birch.wav": ["enterprise", "owner"]}


def test_same_rows_in_any_order_give_the_same_file():
    recordings, utterances, statements, themes, mentions, names = _rows()
    first = qdpx.pack(*qdpx.build(recordings, utterances, statements, themes, mentions, names))
    again = qdpx.pack(*qdpx.build(recordings[::-1], utterances[::-1], statements, themes, mentions[::-1], names))
    assert first == again


def test_a_broken_project_fails_the_schema():
    """The validation can fail: a code without its required isCodable attribute is refused."""
    import xmlschema

    xml, _ = qdpx.build(*_rows())
    broken = xml.replace(b'isCodable="true"', b"", 1)
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        validate(broken)
