"""Roles, questions, answers, statements and quality on hand-built utterances (pure logic)."""

import pytest

from verbatim.tasks.align import Utterance
from verbatim.tasks.interview import analyze, customer_statements
from verbatim.tasks.roles import infer_roles
from verbatim.tasks.transcribe import Word


def _conversation(lines: list[tuple[str, str]]) -> list[Utterance]:
    """Utterances from (speaker, text), one second per word, a second between utterances."""
    out, t = [], 0.0
    for i, (speaker, text) in enumerate(lines):
        words = []
        for w in text.split():
            words.append(Word(t, t + 0.8, w, 0.9))
            t += 1.0
        out.append(Utterance(i, speaker, tuple(words)))
        t += 1.0
    return out


INTERVIEW = [
    ("A", "Thanks for joining today."),
    ("B", "Happy to help."),
    ("A", "Tell me about the last time you exported a report."),
    ("B", "Last week. The export took ten minutes."),
    ("B", "So I gave up and copied the numbers by hand into a spreadsheet."),
    ("A", "Wouldn't you agree the new button is easier?"),
    ("B", "Not really, I never found it."),
    ("A", "Would you ever pay for faster exports? And how do you share the file today?"),
    ("B", "By email, every Friday."),
]


def _share(utterances):
    words = {}
    for u in utterances:
        words[u.speaker] = words.get(u.speaker, 0) + len(u.words)
    total = sum(words.values())
    return {s: n / total for s, n in words.items()}


def _uid(i: int) -> str:
    return f"r-{i:05d}"


def test_interviewer_is_the_one_asking_questions_even_when_not_first():
    utts = _conversation(INTERVIEW[1:])  # customer speaks first here
    assert infer_roles(utts, _share(utts)) == {"A": "interviewer", "B": "customer"}


def test_roles_override_and_monologue():
    utts = _conversation(INTERVIEW)
    assert infer_roles(utts, _share(utts), ["B"]) == {"A": "customer", "B": "interviewer"}
    solo = _conversation([("A", "I recorded this note about the export bug.")])
    assert infer_roles(solo, _share(solo)) == {"A": "customer"}


def test_panel_interview_has_two_customers():
    utts = _conversation(INTERVIEW + [("C", "For us the export is fine, but the login is slow.")])
    roles = infer_roles(utts, _share(utts))
    assert roles["A"] == "interviewer" and roles["B"] == roles["C"] == "customer"


def test_analysis_questions_answers_statements_quality():
    utts = _conversation(INTERVIEW)
    result = analyze("r", utts, _share(utts), 120.0, _uid)
    assert [(q.question_type, q.utterance_id) for q in result.questions] == [
        ("open", "r-00002"), ("leading", "r-00005"), ("hypothetical", "r-00007"), ("open", "r-00007")]
    # A question's times are its own words, not the whole utterance's.
    second_in_utterance = result.questions[3]
    assert second_in_utterance.start_s > utts[7].start_s and second_in_utterance.end_s == utts[7].end_s

    pairs = {p["question_id"]: p for p in result.qa_pairs}
    assert pairs["r-00002-q0"]["answer_utterance_ids"] == ["r-00003", "r-00004"]
    assert pairs["r-00002-q0"]["answer_text"].startswith("Last week.")
    assert pairs["r-00007-q0"]["answer_text"] is None  # followed straight by another question
    assert pairs["r-00007-q1"]["answer_text"] == "By email, every Friday."

    texts = [(s.text, s.question_id) for s in result.statements]
    assert texts[0] == ("Happy to help.", None)  # before any question
    assert texts[1] == ("Last week. The export took ten minutes. So I gave up and copied the numbers by hand into a spreadsheet.",
                        "r-00002-q0")
    q = result.quality
    assert q["interviewer_speakers"] == ["A"] and q["num_customers"] == 1
    assert q["num_questions"] == 4 and q["num_open"] == 2 and q["num_leading"] == 1 and q["num_hypothetical"] == 1
    assert q["share_open"] == pytest.approx(0.5)
    assert q["longest_customer_answer_question_id"] == "r-00002-q0"
    assert 0 < q["interviewer_talk_share"] < 1


def test_long_answers_are_cut_into_few_sentence_statements():
    answer = [("B", f"Point number {i} is about exports.") for i in range(7)]
    utts = _conversation([("A", "What happened next?")] + answer)
    roles = ["interviewer" if u.speaker == "A" else "customer" for u in utts]
    statements = customer_statements(utts, roles, [], _uid)
    assert [len(s.utterances) for s in statements] == [3, 3, 1]


def test_one_voice_interview_still_yields_questions_answers_and_statements():
    # Diarization merged two similar voices: everything is "A", yet questions alternate with answers.
    utts = _conversation([("A", text) for _, text in INTERVIEW])
    result = analyze("r", utts, {"A": 1.0}, 120.0, _uid)
    assert result.roles == {"A": "customer"}
    assert [q.question_type for q in result.questions] == ["open", "leading", "hypothetical", "open"]
    assert result.qa_pairs[0]["answer_utterance_ids"] == ["r-00003", "r-00004"]
    assert [s.question_id for s in result.statements][1:] == ["r-00002-q0", "r-00005-q0", "r-00007-q1"]
    assert 0.3 < result.quality["interviewer_talk_share"] < 0.6
    # A monologue without questions stays one customer.
    solo = _conversation([("A", "The export is slow."), ("A", "I copy the numbers by hand.")])
    assert analyze("r", solo, {"A": 1.0}, 10.0, _uid).utterance_roles == ["customer", "customer"]


def test_a_goodbye_after_a_closing_remark_answers_no_question_but_other_turns_keep_it():
    utts = _conversation([
        ("A", "Tell me about the last time you exported a report."),
        ("B", "The export took ten minutes and froze twice."),
        ("A", "Right."),  # a backchannel: the answer goes on
        ("B", "And then I had to start it all over again."),
        ("A", "I see, that sounds slow."),  # a question may have lost its mark in the transcript: keep it
        ("B", "It really is slow, every single week."),
        ("A", "That's all from me, thank you Maria."),  # a closing remark: what follows is a goodbye
        ("B", "No problem, good luck with the project."),
    ])
    result = analyze("r", utts, {"A": 0.5, "B": 0.5}, 60.0, _uid)
    assert [(s.text, s.question_id) for s in result.statements] == [
        ("The export took ten minutes and froze twice.", "r-00000-q0"),
        ("And then I had to start it all over again.", "r-00000-q0"),
        ("It really is slow, every single week.", "r-00000-q0"),
        ("No problem, good luck with the project.", None),
    ]
