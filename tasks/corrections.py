"""Speaker corrections, and a recording rebuilt from its stored words (pure, no I/O).

An analyst who hears that diarization got a speaker wrong records a correction (``verbatim
speakers set``): a name to show, a role (interviewer or customer) that beats the inferred one,
or a label merged into another (one voice split in two). ``verbatim reanalyze`` then rebuilds
the recording from what is stored, without decoding or transcribing again:

- the stored words (already redacted) and speaker turns, with merged labels moved to their
  target (turns of one speaker that now overlap or touch become one);
- utterances, roles, questions, answers, statements (re-embedded), mentions and interview
  quality, by the same code ``verbatim process`` runs;
- the recording's row as it was (its source, models, settings), the speaker count recounted;
  the speakers' remembered voices, and the redactions moved to the rebuilt utterances.

Corrections accumulate: for each speaker and field the latest one wins, and reanalysing twice
gives the same tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from verbatim.tasks.align import SpeakerWord, Utterance
from verbatim.tasks.diarize import Diarization, Turn
from verbatim.tasks.errors import InputError
from verbatim.tasks.rows import RecordingInfo
from verbatim.tasks.transcribe import Transcript, Word

ROLES = ("interviewer", "customer")


@dataclass(frozen=True)
class SpeakerFix:
    """What the corrections say of one speaker (None: nothing said)."""

    name: str | None = None
    role: str | None = None
    merge_into: str | None = None


@dataclass(frozen=True)
class Corrections:
    by_speaker: dict[str, SpeakerFix] = field(default_factory=dict)

    @property
    def merges(self) -> dict[str, str]:
        """Label -> the label it ends in (chains followed: A->B, B->C gives A->C)."""
        direct = {s: f.merge_into for s, f in self.by_speaker.items() if f.merge_into}
        out = {}
        for label in direct:
            seen, target = {label}, direct[label]
            while target in direct and target not in seen:
                seen.add(target)
                target = direct[target]
            out[label] = target
        return out


def latest(rows: Iterable[Mapping], recording_id: str) -> Corrections:
    """The corrections of one recording from ``speaker_corrections`` rows: per speaker and field,
    the latest given value."""
    fixes: dict[str, dict[str, str | None]] = {}
    for r in sorted((r for r in rows if r["recording_id"] == recording_id), key=lambda r: r["corrected_at"]):
        mine = fixes.setdefault(r["speaker"], {})
        for key in ("name", "role", "merge_into"):
            if r.get(key):
                mine[key] = r[key]
    return Corrections({s: SpeakerFix(**f) for s, f in fixes.items()})


def check(speakers: Sequence[str], speaker: str, role: str | None, merge_into: str | None, where: str) -> None:
    """One clear line for a correction that cannot apply (``where`` names the recording)."""
    known = ", ".join(speakers)
    if speaker not in speakers:
        raise InputError(where, f"has no speaker {speaker!r}", f"use one of {known}")
    if role is not None and role not in ROLES:
        raise InputError(f"--role {role}", "is not a role", "use interviewer or customer")
    if merge_into is not None and (merge_into not in speakers or merge_into == speaker):
        raise InputError(f"--merge-into {merge_into}", f"is not another speaker of {where}", f"use one of {known}")


def merged_words(words: Sequence[SpeakerWord], merges: Mapping[str, str]) -> list[SpeakerWord]:
    return [SpeakerWord(w.word, merges.get(w.speaker, w.speaker)) for w in words]


def merged_turns(turns: Sequence[Turn], merges: Mapping[str, str]) -> tuple[Turn, ...]:
    """Turns relabelled; one speaker's turns that overlap or touch joined (talk time counts once)."""
    out: list[Turn] = []
    last: dict[str, int] = {}  # speaker -> index in out of its latest turn
    for t in sorted((Turn(merges.get(t.speaker, t.speaker), t.start_s, t.end_s) for t in turns), key=lambda t: t.start_s):
        k = last.get(t.speaker)
        if k is not None and t.start_s <= out[k].end_s:
            out[k] = Turn(t.speaker, out[k].start_s, max(out[k].end_s, t.end_s))
            continue
        last[t.speaker] = len(out)
        out.append(t)
    return tuple(out)


def interviewers(stored_roles: Mapping[str, str], fixes: Corrections, merges: Mapping[str, str]) -> tuple[str, ...] | None:
    """The interviewer labels after the corrections, or None when no correction sets a role
    (the roles are then inferred again, as ``verbatim process`` did)."""
    if not any(f.role for f in fixes.by_speaker.values()):
        return None
    roles = {merges.get(s, s): r for s, r in stored_roles.items() if s not in merges}
    for s, f in fixes.by_speaker.items():
        if f.role and s not in merges:
            roles[s] = f.role
    return tuple(sorted(s for s, r in roles.items() if r == "interviewer"))


@dataclass(frozen=True)
class Stored:
    """One recording as its stored tables hold it, in the shapes the pipeline builds from."""

    info: RecordingInfo
    transcript: Transcript
    diarization: Diarization
    words: list[SpeakerWord]
    recording_row: dict
    speaker_rows: list[dict]
    redaction_rows: list[dict]


def from_tables(
    recording: Mapping,
    words: Sequence[Mapping],
    turns: Sequence[Mapping],
    speakers: Sequence[Mapping],
    redactions: Sequence[Mapping],
) -> Stored:
    """The pipeline's objects rebuilt from a recording's stored rows (one recording)."""
    ordered = sorted(words, key=lambda w: w["word_index"])
    said = [SpeakerWord(Word(w["start_s"], w["end_s"], w["word"], w["probability"]), w["speaker"]) for w in ordered]
    stored_turns = tuple(Turn(t["speaker"], t["start_s"], t["end_s"]) for t in sorted(turns, key=lambda t: t["turn_index"]))
    # The rebuilt recordings row is replaced by the stored one (``Stored.recording_row``), so the
    # object metadata and the manifest row need not travel here.
    info = RecordingInfo(
        recording_id=recording["recording_id"],
        source_uri=recording["source_uri"],
        size_bytes=recording["size_bytes"],
        duration_s=recording["duration_s"],
        sample_rate=recording["sample_rate"],
        channels=recording["channels"],
        codec=recording["codec"],
        source_etag=recording.get("source_etag"),
    )
    transcript = Transcript(
        tuple(w.word for w in said),
        recording["language"],
        recording["language_probability"],
        recording["whisper_model"],
        recording["device"],
        recording["whisper_compute_type"],
    )
    diarization = Diarization(
        stored_turns, stored_turns, recording["diarization_pipeline"], recording["device"], recording["speaker_count_rule"]
    )
    return Stored(
        info, transcript, diarization, said, dict(recording), [dict(s) for s in speakers], [dict(r) for r in redactions]
    )


def moved_redactions(rows: Sequence[Mapping], utterances: Sequence[Utterance], utterance_id) -> list[dict]:
    """Redaction rows pointed at the rebuilt utterance holding each span's start."""
    out = []
    for r in rows:
        holder = next((u for u in utterances if u.start_s <= r["start_s"] <= u.end_s), None)
        if holder is None:  # between utterances: the nearest one starting after it
            holder = min(utterances, key=lambda u: abs(u.start_s - r["start_s"]), default=None)
        out.append({**r, "utterance_id": utterance_id(holder.index) if holder else r["utterance_id"]})
    return out
