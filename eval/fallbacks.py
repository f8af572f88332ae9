"""How often Whisper's temperature fallback runs, and whether a doubtful clip decodes the same twice.

    uv run python -m eval.fallbacks FILE... [--repeat 2]

Transcribes each file with the default model and the pipeline's decoding options (beam,
voice activity detection, no conditioning on earlier text, the hallucination guard; the
fallback as ``tasks/steady_decoding.py`` makes it) and prints how many segments were decoded
at a temperature above zero, that is by the fallback, and their text; with ``--repeat N`` it
decodes each file N times and says whether the words were the same every time. ``--sampled``
takes ``tasks/steady_decoding.py`` off, for the fallback as faster-whisper ships it (sampling).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="decode each file this many times and compare")
    parser.add_argument("--sampled", action="store_true", help="faster-whisper's own fallback (sampling), for comparison")
    args = parser.parse_args(argv)

    from verbatim.tasks import audio, steady_decoding, transcribe
    from verbatim.tasks.settings import Settings

    settings = Settings()
    model, _, _ = transcribe.get_model(settings)
    if args.sampled and isinstance(model.model, steady_decoding.BeamFallback):
        model.model = model.model.inner
    options = dict(
        beam_size=settings.beam_size,
        word_timestamps=True,
        vad_filter=settings.vad_filter,
        condition_on_previous_text=False,
        hallucination_silence_threshold=transcribe.HALLUCINATION_SILENCE_S,
    )
    segments_all = fallen_all = 0
    for path in args.files:
        samples = transcribe.as_float(audio.decode(path, path.name).samples)
        texts = []
        for _ in range(args.repeat):
            segments, _info = model.transcribe(samples, **options)
            segments = list(segments)
            texts.append(tuple(s.text for s in segments))
        fallen = [s for s in segments if s.temperature > 0]
        segments_all += len(segments)
        fallen_all += len(fallen)
        same = ""
        if args.repeat > 1:
            same = f", the same words in all {args.repeat} runs" if len(set(texts)) == 1 else ", DIFFERENT words between runs"
        print(f"{path.name}: {len(fallen)} of {len(segments)} segments by the fallback{same}")
        for s in fallen:
            print(f"    {s.start:7.1f} s  t={s.temperature:.1f}  {s.text.strip()[:100]}")
    print(f"all files: {fallen_all} of {segments_all} segments decoded by the fallback")
    return 0


if __name__ == "__main__":
    sys.exit(main())
