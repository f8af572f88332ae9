"""tasks/manifest.py: the participants spreadsheet is parsed, validated and joined to the recordings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verbatim.tasks.errors import InputError
from verbatim.tasks.manifest import Participant, match_recordings, parse_manifest, read_manifest


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def problem(path_or_text, *, name: str = "m.csv", json_lines: bool = False) -> InputError:
    """The InputError a bad manifest raises (from a file when given a Path, else from text)."""
    with pytest.raises(InputError) as err:
        if isinstance(path_or_text, Path):
            read_manifest(path_or_text)
        else:
            parse_manifest(path_or_text, name, json_lines)
    assert err.value.fix
    return err.value


# --- parsing ----------------------------------------------------------------------------------

def test_csv_with_known_and_extra_columns(tmp_path):
    path = write(tmp_path, "participants.csv",
                 "file,segment,persona,customer,interviewer,consent,interview_date,num_speakers,region,notes\n"
                 "a.wav,SMB,Owner,Acme Ltd,Jo,yes,2024-03-05,2,EU,\n"
                 "s3://bucket/calls/b.mp3, Enterprise ,,,,,,,US,\"met at, the fair\"\n")
    a, b = read_manifest(path)
    assert a == Participant(file="a.wav", row=1, segment="SMB", persona="Owner", customer="Acme Ltd",
                            interviewer="Jo", consent="granted", interview_date="2024-03-05", num_speakers=2,
                            extra=(("region", "EU"),))
    assert b.file == "s3://bucket/calls/b.mp3" and b.row == 2
    assert b.segment == "Enterprise" and b.persona is None and b.num_speakers is None and b.consent is None
    assert b.extra == (("notes", "met at, the fair"), ("region", "US"))
    assert a.metadata() == {"segment": "SMB", "persona": "Owner", "customer": "Acme Ltd", "interviewer": "Jo",
                            "consent": "granted", "interview_date": "2024-03-05", "num_speakers": "2",
                            "region": "EU"}
    assert b.metadata() == {"segment": "Enterprise", "notes": "met at, the fair", "region": "US"}
    hash(a)  # frozen and hashable: extra is a tuple, not a dict


def test_json_lines_with_known_and_extra_columns(tmp_path):
    lines = [{"file": "a.wav", "segment": "SMB", "num_speakers": 3, "consent": True, "tier": "gold"},
             {"file": "b.wav", "customer": "Beta", "interview_date": "2024-02-29T14:30:00Z", "score": 4.5,
              "tags": ["x", "y"], "persona": None}]
    path = write(tmp_path, "participants.jsonl", "\n".join(json.dumps(o) for o in lines) + "\n")
    a, b = read_manifest(path)
    assert (a.file, a.row, a.segment, a.num_speakers, a.consent) == ("a.wav", 1, "SMB", 3, "granted")
    assert a.extra == (("tier", "gold"),)
    assert (b.file, b.row, b.customer, b.interview_date, b.persona) == ("b.wav", 2, "Beta", "2024-02-29", None)
    assert b.extra == (("score", "4.5"), ("tags", '["x","y"]'))


def test_format_chosen_by_extension_then_by_content(tmp_path):
    jsonl = '{"file": "a.wav", "segment": "x"}\n'
    assert read_manifest(write(tmp_path, "m.ndjson", jsonl))[0].segment == "x"
    assert read_manifest(write(tmp_path, "m.txt", "  " + jsonl))[0].segment == "x"
    assert read_manifest(write(tmp_path, "m.txt", "file,segment\na.wav,y\n"))[0].segment == "y"
    # A .csv is CSV whatever it holds: a JSON line there has no 'file' header.
    assert "no 'file' column" in problem(write(tmp_path, "m.csv", jsonl)).problem


def test_header_names_ignore_case_and_spaces():
    (p,) = parse_manifest(" FILE , Segment ,  consent,Interview Date,NUM_SPEAKERS,Region \n"
                          "a.wav,smb,No,2024-01-02,4,EU\n", "m.csv", False)
    assert (p.file, p.segment, p.consent, p.interview_date, p.num_speakers) == ("a.wav", "smb", "refused",
                                                                               "2024-01-02", 4)
    assert p.extra == (("region", "EU"),)
    (q,) = parse_manifest('{" File ": "b.wav", "SEGMENT": "ent"}', "m.jsonl", True)
    assert (q.file, q.segment) == ("b.wav", "ent")


def test_values_are_stripped_and_empty_means_not_given():
    (p,) = parse_manifest("file,segment,persona,customer\n  a.wav  ,  smb ,   ,\n", "m.csv", False)
    assert (p.file, p.segment, p.persona, p.customer) == ("a.wav", "smb", None, None)


def test_excel_byte_order_mark_is_tolerated(tmp_path):
    path = write(tmp_path, "m.csv", "\ufefffile,segment\r\na.wav,smb\r\n".encode("utf-8"))
    (p,) = read_manifest(path)
    assert (p.file, p.segment) == ("a.wav", "smb")
    (q,) = parse_manifest("\ufeffFile;Segment\nb.wav;ent\n", "m.csv", False)  # and Excel's semicolons
    assert (q.file, q.segment) == ("b.wav", "ent")


def test_blank_rows_are_skipped_but_still_counted():
    rows = parse_manifest("file,segment\na.wav,x\n,\n\nb.wav,y\n", "m.csv", False)
    assert [(p.file, p.row) for p in rows] == [("a.wav", 1), ("b.wav", 4)]
    rows = parse_manifest('{"file": "a.wav"}\n\n{"file": "b.wav"}\n', "m.jsonl", True)
    assert [(p.file, p.row) for p in rows] == [("a.wav", 1), ("b.wav", 3)]


@pytest.mark.parametrize("value, stored", [
    ("yes", "granted"), ("YES", "granted"), ("y", "granted"), ("true", "granted"), ("1", "granted"),
    ("Granted", "granted"), ("given", "granted"),
    ("no", "refused"), ("N", "refused"), ("False", "refused"), ("0", "refused"), ("refused", "refused"),
    ("denied", "refused"), ("Withdrawn", "withdrawn"), ("", None),
])
def test_consent_is_normalised(value, stored):
    (p,) = parse_manifest(f"file,consent\na.wav,{value}\n", "m.csv", False)
    assert p.consent == stored
    assert ("consent" in p.metadata()) == (stored is not None)


@pytest.mark.parametrize("value, stored", [
    ("2024-03-05", "2024-03-05"), ("2024-03-05T14:30", "2024-03-05"), ("2024-03-05T14:30:00+01:00", "2024-03-05"),
    ("2024-03-05 09:15:00", "2024-03-05"), ("", None),
])
def test_interview_date_is_normalised(value, stored):
    (p,) = parse_manifest(f"file,interview_date\na.wav,{value}\n", "m.csv", False)
    assert p.interview_date == stored


# --- bad manifests ----------------------------------------------------------------------------

def test_missing_empty_and_undecodable_files(tmp_path):
    err = problem(tmp_path / "nope.csv")
    assert err.subject == str(tmp_path / "nope.csv") and "not found" in err.problem
    assert "folder" in problem(tmp_path).problem
    assert "not UTF-8" in problem(write(tmp_path, "latin.csv", "file,customer\na.wav,Caf\xe9\n".encode("latin-1"))).problem
    assert "empty" in problem(write(tmp_path, "empty.csv", "")).problem
    assert "empty" in problem(write(tmp_path, "blank.jsonl", " \n\n")).problem
    assert "no rows" in problem(write(tmp_path, "header.csv", "file,segment\n")).problem


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.csv", "file\na.wav\n")

    def refuse(self):  # chmod 0 does not stop root, so refuse the read the way the OS would
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    err = problem(path)
    assert "cannot be read" in err.problem and err.subject == str(path)


def test_no_file_column_names_the_columns_found():
    err = problem("recording,segment\na.wav,smb\n")
    assert "no 'file' column" in err.problem and "'recording'" in err.problem and err.subject == "m.csv"
    err = problem('{"file": "a.wav"}\n{"name": "b.wav"}\n', name="m.jsonl", json_lines=True)
    assert "row 2" in err.problem and "no 'file' column" in err.problem


@pytest.mark.parametrize("text, expected", [
    ('{"file": "a.wav"}\n["b.wav"]\n', "row 2: a JSON list, not an object"),
    ('{"file": "a.wav"}\n{"file": "b.wav"}\n"c.wav"\n', "row 3: a JSON str, not an object"),
    ('{"file": "a.wav"}\n{"file": "b.wav",}\n', "row 2: not valid JSON"),
    ('{"file": "a.wav"}\n{"segment": "x", "file": ""}\n', "row 2: column 'file' is empty"),
    ('{"file": "a.wav", "consent": "maybe"}\n', "row 1: column 'consent'"),
])
def test_bad_json_lines_name_the_row(text, expected):
    assert expected in problem(text, name="m.jsonl", json_lines=True).problem


@pytest.mark.parametrize("text, expected", [
    ("file,segment\na.wav,x\nb.wav,y,extra\n", "row 2: 3 cells but the header has 2 columns"),
    ("file,segment\na.wav,x\n,smb\n", "row 2: column 'file' is empty"),
    ("file,consent\na.wav,yes\nb.wav,maybe\n", "row 2: column 'consent' holds 'maybe'"),
    ("file,interview_date\na.wav,05/03/2024\n", "row 1: column 'interview_date' holds '05/03/2024'"),
    ("file,interview_date\na.wav,2024-02-30\n", "row 1: column 'interview_date'"),
    ("file,interview_date\na.wav,2024-03-05Tlater\n", "row 1: column 'interview_date'"),
    ("file,num_speakers\na.wav,2\nb.wav,0\n", "row 2: column 'num_speakers' holds '0'"),
    ("file,num_speakers\na.wav,21\n", "row 1: column 'num_speakers' holds '21'"),
    ("file,num_speakers\na.wav,2.5\n", "row 1: column 'num_speakers'"),
    ("file,num_speakers\na.wav,two\n", "row 1: column 'num_speakers'"),
    ("file,min_speakers,max_speakers\na.wav,4,2\n", "row 1: columns 'min_speakers' 4 is above 'max_speakers' 2"),
    ("file,num_speakers,max_speakers\na.wav,5,3\n", "row 1: column 'num_speakers' 5 lies outside"),
    ("file,max_speakers\na.wav,0\n", "row 1: column 'max_speakers' holds '0'"),
    ("file,Segment,segment\na.wav,x,y\n", "columns 'Segment' and 'segment' are the same column"),
    ("file,,segment\na.wav,stray,x\n", "row 1: column 2 holds 'stray' but has no name"),
    ('[{"file": "a.wav"}]\n', "JSON array"),
])
def test_bad_csv_rows_name_the_row_and_column(text, expected):
    err = problem(text)
    assert expected in err.problem
    assert str(err).startswith("m.csv: ")


def test_consent_error_lists_the_allowed_values():
    err = problem("file,consent\na.wav,ok\n")
    for word in ("yes", "no", "granted", "refused", "withdrawn", "given", "denied"):
        assert word in err.fix


def test_trailing_empty_cells_beyond_the_header_are_not_extra_cells():
    (p,) = parse_manifest("file,segment\na.wav,x,,\n", "m.csv", False)
    assert (p.file, p.segment) == ("a.wav", "x")


def test_duplicate_file_values_are_refused():
    err = problem("file,segment\na.wav,x\nb.wav,y\na.wav,z\n")
    assert "rows 1 and 3" in err.problem and "'a.wav'" in err.problem
    err = problem('{"file": "a.wav"}\n{"file": " a.wav "}\n', name="m.jsonl", json_lines=True)
    assert "rows 1 and 2" in err.problem


# --- matching rows to recordings --------------------------------------------------------------

def rows(*files: str) -> list[Participant]:
    return [Participant(file=f, row=i) for i, f in enumerate(files, start=1)]


def test_rows_match_by_basename_path_absolute_path_and_uri(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "calls").mkdir()
    sources = ["calls/a.wav", "calls/b.wav", str(tmp_path / "c.wav"), "s3://bkt/x/y/d.mp3", "s3://bkt/e.wav",
               "calls/f.wav"]
    participants = rows("a.wav", "calls/b.wav", str(tmp_path / "c.wav"), "d.mp3", "s3://bkt/e.wav",
                        str(tmp_path / "calls" / "f.wav"))
    matched = match_recordings(participants, sources, "m.csv")
    assert {s: p.file for s, p in matched.items()} == dict(zip(sources, (p.file for p in participants)))


def test_a_recording_without_a_row_is_allowed():
    matched = match_recordings(rows("a.wav"), ["in/a.wav", "in/b.wav", "s3://bkt/c.wav"], "m.csv")
    assert list(matched) == ["in/a.wav"]
    assert match_recordings([], ["in/a.wav"], "m.csv") == {}


def test_a_row_matching_no_recording_is_an_error():
    with pytest.raises(InputError) as err:
        match_recordings(rows("a.wav", "typo.wav"), ["in/a.wav", "in/b.wav"], "m.csv")
    assert "row 2: file 'typo.wav' matches none of the recordings given" in err.value.problem
    assert err.value.subject == "m.csv" and err.value.fix


def test_basename_matching_is_case_sensitive():
    with pytest.raises(InputError) as err:
        match_recordings(rows("A.wav"), ["in/a.wav"], "m.csv")
    assert "row 1" in err.value.problem and "did you mean 'a.wav'" in err.value.problem


def test_a_path_row_does_not_match_by_basename():
    with pytest.raises(InputError) as err:
        match_recordings(rows("other/a.wav"), ["in/a.wav"], "m.csv")
    assert "row 1: file 'other/a.wav' matches none" in err.value.problem


def test_the_same_basename_in_two_folders_is_ambiguous():
    with pytest.raises(InputError) as err:
        match_recordings(rows("a.wav"), ["one/a.wav", "s3://bkt/two/a.wav"], "m.csv")
    assert "row 1: file 'a.wav' matches 2 recordings" in err.value.problem
    assert "full path or s3:// URI" in err.value.fix
    # The full path settles it.
    matched = match_recordings(rows("s3://bkt/two/a.wav"), ["one/a.wav", "s3://bkt/two/a.wav"], "m.csv")
    assert list(matched) == ["s3://bkt/two/a.wav"]


def test_two_rows_matching_one_recording_are_duplicates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as err:
        match_recordings(rows("b.wav", "a.wav", "in/a.wav"), ["in/a.wav", "in/b.wav"], "m.csv")
    assert "rows 2 and 3 both match recording 'in/a.wav'" in err.value.problem
    with pytest.raises(InputError) as err:
        match_recordings(rows(str(tmp_path / "in" / "a.wav"), "a.wav"), ["in/a.wav"], "m.csv")
    assert "rows 1 and 2" in err.value.problem


def test_read_then_match_end_to_end(tmp_path):
    path = write(tmp_path, "participants.csv", "File,Segment,Consent\ncall-1.wav,smb,y\ncall-2.wav,ent,withdrawn\n")
    matched = match_recordings(read_manifest(path), ["rec/call-1.wav", "s3://b/k/call-2.wav", "rec/call-3.wav"],
                               str(path))
    assert {s: (p.segment, p.consent) for s, p in matched.items()} == {
        "rec/call-1.wav": ("smb", "granted"), "s3://b/k/call-2.wav": ("ent", "withdrawn")}


def test_speaker_hints_come_from_the_manifest_row_else_the_object_metadata():
    from verbatim.tasks.manifest import speaker_hints

    [row] = parse_manifest("file,min_speakers,max_speakers\na.wav,2,4\n", "m.csv", json_lines=False)
    assert (row.min_speakers, row.max_speakers, row.num_speakers) == (2, 4, None)
    assert row.metadata() == {"min_speakers": "2", "max_speakers": "4"}
    # the manifest row wins over the object's metadata as a whole
    assert speaker_hints(row.metadata(), {"num-speakers": "3"}, "s3://in/a.wav") == {"min_speakers": 2, "max_speakers": 4}
    # S3 user metadata spells keys with dashes (x-amz-meta-num-speakers); underscores work too
    assert speaker_hints({}, {"num-speakers": "3"}, "s3://in/a.wav") == {"num_speakers": 3}
    assert speaker_hints({}, {"min_speakers": "2", "other": "x"}, "s3://in/a.wav") == {"min_speakers": 2}
    assert speaker_hints({}, {}, "s3://in/a.wav") == {}
    with pytest.raises(InputError) as bad:
        speaker_hints({}, {"max-speakers": "lots"}, "s3://in/a.wav")
    assert str(bad.value).startswith("s3://in/a.wav: object metadata key 'max_speakers' holds 'lots'")
