"""Words the pipeline's transcription loses against the same Whisper model called bare, with
and without Silero VAD, on real meetings and a real call (issue 25: "keep every word the model
hears").

    uv run python -m eval.vad_loss

For each ami-debug clip (train and development: real far-field meetings) and pyannote's
sample.wav (a real call, with its transcript), the words of ``transcribe.transcribe`` are
aligned (jiwer) against ``eval.evaluate.bare_text`` (faster-whisper's defaults on the whole
file: no blocks, VAD or guards): deletions are words the bare model heard and the pipeline
lost. Printed per clip and in total for the default (Silero VAD before decoding) and without
it (``--no-vad``); sample.wav also against its transcript.
"""

from __future__ import annotations

import sys

import jiwer

from eval import references as refs
from eval.evaluate import bare_text
from verbatim.tasks import audio, transcribe
from verbatim.tasks.settings import Settings


def main() -> int:
    clips = refs.ami("train") + refs.ami("development") + [refs.pyannote_sample()]
    base = Settings.from_env()
    variants = {"default": Settings.from_env(vad_filter=True), "no VAD": Settings.from_env(vad_filter=False)}
    totals = {name: [0, 0, 0, 0] for name in variants}  # deletions, insertions, substitutions, bare words
    for ref in clips:
        bare = refs.normalize_text(bare_text(ref.audio, base))
        if not bare:
            print(f"{ref.uri:8} the bare model hears nothing: not scored")
            continue
        pcm = audio.decode(ref.audio, str(ref.audio)).pcm
        cells = []
        for name, settings in variants.items():
            said = refs.normalize_text(" ".join(w.text for w in transcribe.transcribe(pcm, settings).words))
            m = jiwer.process_words(bare, said or "<empty>")
            total = totals[name]
            for i, n in enumerate((m.deletions, m.insertions, m.substitutions, len(bare.split()))):
                total[i] += n
            cell = f"{name}: {m.deletions} lost"
            if ref.text:
                cell += f", WER {jiwer.wer(refs.normalize_text(ref.text), said or '<empty>'):.3f}"
            cells.append(cell)
        bare_wer = f" (bare WER {jiwer.wer(refs.normalize_text(ref.text), bare):.3f})" if ref.text else ""
        print(f"{ref.uri:8} bare {len(bare.split()):3d} words{bare_wer}; " + "; ".join(cells))
    for name, (dels, ins, subs, words) in totals.items():
        print(f"{name:9} against the bare model's {words} words: {dels} lost, {ins} added, {subs} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
