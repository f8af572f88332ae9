"""Time and memory of the hear-names decode (tasks/heard_names.py) by how many windows it
decodes together, on a recording ``verbatim process`` has already written.

    uv run python -m eval.name_batches DIR --competitors "A,B,C" [--batches 1,2,4,8]

DIR is the output of ``verbatim process AUDIO --out DIR`` for one recording (its source file
still in place): the customers' windows are cut from its words and speakers the way the stage
cuts them, and decoded with the Whisper model it was processed with. Each batch size runs in a
fresh process (peak memory only grows within one), one after another; it prints the decode's
seconds, the process's peak memory before and after it (after the model has loaded: a load that
peaked higher would hide the decode's own peak), and whether every batch size heard the same
words as the first. Run it alone: on 2 shared cores another job moves the seconds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

CHILD = """
import json, resource, sys, time
from eval.name_batches import windows
from verbatim.tasks import heard_names
from verbatim.tasks.settings import Settings
from verbatim.tasks.transcribe import get_model

out, names, batch = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
audios, whisper_model, language = windows(out)
model, _, _ = get_model(Settings(whisper_model=whisper_model))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
heard = heard_names.decode(model, audios, names, language, batch=batch)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"windows": len(audios), "seconds": seconds, "before": before, "after": after, "heard": heard}))
"""


def windows(out: str) -> tuple[list[np.ndarray], str, str]:
    """The customers' windows of the one recording in ``out`` as the hear-names stage cuts them
    (words in their order), with the Whisper model and language it was processed with."""
    import duckdb

    from verbatim.tasks import audio, heard_names
    from verbatim.tasks.align import SpeakerWord
    from verbatim.tasks.transcribe import Word

    read = f"read_parquet('{out}/%s/*/*.parquet', hive_partitioning=true)"
    ((uri, settings, language),) = duckdb.sql(f"SELECT source_uri, settings, language FROM {read % 'recordings'}").fetchall()
    rows = duckdb.sql(
        f"SELECT w.start_s, w.end_s, w.word, w.probability, w.speaker, s.role FROM {read % 'words'} w "
        f"JOIN {read % 'speakers'} s USING (recording_id, speaker) ORDER BY w.word_index"
    ).fetchall()
    words = [SpeakerWord(Word(a, b, text, p), speaker) for a, b, text, p, speaker, _ in rows]
    customers = {speaker for *_, speaker, role in rows if role == "customer"}
    path = Path(uri.removeprefix("file://"))
    samples = audio.decode(path, path.name).pcm
    audios = [heard_names.window_audio(samples, words, w) for w in heard_names.stretches(words, customers)]
    return audios, json.loads(settings)["whisper_model"], language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="output folder of verbatim process for one recording")
    parser.add_argument("--competitors", required=True, help="the names, comma-separated")
    parser.add_argument("--batches", default="1,2,4,8", help="batch sizes to try, comma-separated")
    args = parser.parse_args()
    first = None
    for batch in args.batches.split(","):
        proc = subprocess.run([sys.executable, "-c", CHILD, args.out, args.competitors, batch], capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"batch {batch} failed:\n{proc.stderr[-2000:]}")
        got = json.loads(proc.stdout.strip().splitlines()[-1])
        first = first if first is not None else got["heard"]
        print(
            f"batch {batch}: {got['windows']} windows in {got['seconds']:.1f} s, peak {got['before']:.0f} -> {got['after']:.0f} MiB "
            f"(+{got['after'] - got['before']:.0f}), same words as batch {args.batches.split(',')[0]}: {got['heard'] == first}",
            flush=True,
        )


if __name__ == "__main__":
    main()
