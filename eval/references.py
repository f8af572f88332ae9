"""Where the evaluation and tuning audio comes from, with its references."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from pyannote.core import Annotation, Segment

SHARED = Path(os.environ.get("VERBATIM_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


@dataclass
class Reference:
    uri: str
    audio: Path
    annotation: Annotation | None  # speaker turns (RTTM), None when unknown
    text: str | None  # reference transcript, None when unknown


def pyannote_sample_dir() -> Path:
    import pyannote.audio

    return Path(pyannote.audio.__file__).parent / "sample"


def load_rttm(path: Path) -> dict[str, Annotation]:
    from pyannote.database.util import load_rttm as _load

    return _load(str(path))


def annotation_from_turns(uri: str, turns) -> Annotation:
    ann = Annotation(uri=uri)
    for t in turns:
        ann[Segment(t.start_s, t.end_s)] = t.speaker
    return ann


def ami(split: str) -> list[Reference]:
    """ami-debug: ``train`` (trn01..09) or ``development`` (dev00, dev01)."""
    folder = SHARED / "ami-debug"
    refs = load_rttm(folder / f"{split}.rttm")
    return [Reference(uri, folder / f"{uri}.wav", ann, None) for uri, ann in sorted(refs.items())]


def pyannote_sample() -> Reference:
    folder = pyannote_sample_dir()
    ann = load_rttm(folder / "sample.rttm")["sample"]
    # STM lines: uri channel speaker start end text
    words = []
    for line in (folder / "sample.stm").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6:
            words.append(parts[5])
    return Reference("sample", folder / "sample.wav", ann, " ".join(words))


def jfk() -> Reference:
    text = "And so, my fellow Americans, ask not what your country can do for you, ask what you can do for your country."
    return Reference("jfk", SHARED / "speech" / "jfk.flac", None, text)


def synthetic(folder: Path) -> list[Reference]:
    from eval.interviews import render_all

    out = []
    for name, (path, turns) in render_all(folder).items():
        out.append(Reference(name, path, annotation_from_turns(name, turns), " ".join(t.text for t in turns)))
    return out


def normalize_text(text: str) -> str:
    """Lower case, no punctuation, digits kept: the usual WER normalisation."""
    text = re.sub(r"<[^>]*>|\[[^\]]*\]", " ", text.lower())
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(text.split())
