"""``verbatim bench``: our pipeline against a naive sequential baseline, in one command.

Each variant runs in a fresh child process (so model loading and peak memory are its own):

- ``verbatim``: the ``process-batch`` Prefect flow as ``verbatim process`` runs it (models
  loaded once, one decode, transcription and diarization concurrently).
- ``naive``: for each file, load faster-whisper, transcribe unbatched without VAD, then load
  and run the diarization pipeline, then align: the obvious sequential script.

Prints per-stage wall time, real-time factor (processing seconds per audio second), peak
RAM (max RSS of the child) and, on a GPU, peak VRAM allocated through torch.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from verbatim.tasks.settings import Settings


def peak_ram_mb() -> float:
    """Peak resident memory of this process in MiB.

    VmHWM rather than ``ru_maxrss``: Linux carries a parent's peak into ``ru_maxrss`` across
    fork + exec, so a child started by a large process would report its parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _peak_vram_mb() -> float | None:
    import torch

    return torch.cuda.max_memory_allocated() / 2**20 if torch.cuda.is_available() else None


def _run_verbatim(paths: list[str], settings: dict, queue) -> None:
    start = time.perf_counter()
    from verbatim.run import run_batch

    with tempfile.TemporaryDirectory() as out:
        results = run_batch(paths, out, Settings(**settings))
    stages: dict[str, float] = {}
    for r in results:
        for k, v in r.stage_seconds.items():
            stages[k] = stages.get(k, 0.0) + v
    queue.put({"total_s": time.perf_counter() - start, "stages": stages, "ok": all(r.ok for r in results),
               "peak_ram_mb": peak_ram_mb(), "peak_vram_mb": _peak_vram_mb()})


def _run_naive(paths: list[str], settings: dict, queue) -> None:
    start = time.perf_counter()
    stages = {"decode": 0.0, "load-whisper": 0.0, "transcribe": 0.0, "load-diarization": 0.0, "diarize": 0.0, "align": 0.0}
    from faster_whisper import WhisperModel

    from verbatim.tasks import align, audio, diarize, transcribe

    cfg = Settings(**settings)
    device = transcribe.resolve_device(cfg)
    compute = transcribe.resolve_compute_type(cfg, device)

    def timed(name, fn, *a, **kw):
        t = time.perf_counter()
        out = fn(*a, **kw)
        stages[name] += time.perf_counter() - t
        return out

    for p in paths:
        samples = timed("decode", audio.decode, Path(p), p).samples
        model = timed("load-whisper", WhisperModel, str(transcribe.model_location(cfg.whisper_model) or cfg.whisper_model),
                      device=device, compute_type=compute)
        segments = timed("transcribe", lambda: list(model.transcribe(samples, beam_size=cfg.beam_size, word_timestamps=True)[0]))
        words = [transcribe.Word(w.start, w.end, w.word.strip(), w.probability) for s in segments for w in s.words or ()]
        pipeline = timed("load-diarization", diarize.build_packaged_pipeline, device=device)
        pipeline.embedding_batch_size = 1
        pipeline.segmentation_batch_size = 1
        import torch

        out = timed("diarize", pipeline, {"waveform": torch.from_numpy(samples)[None], "sample_rate": 16000, "uri": "x"})
        exclusive = out.exclusive_speaker_diarization
        turns = diarize._turns(exclusive, diarize.speaker_names(out.speaker_diarization, exclusive))
        timed("align", lambda: align.build_utterances(align.assign_speakers(words, turns)))
        del model, pipeline
    queue.put({"total_s": time.perf_counter() - start, "stages": stages, "ok": True,
               "peak_ram_mb": peak_ram_mb(), "peak_vram_mb": _peak_vram_mb()})


VARIANTS = {"verbatim": _run_verbatim, "naive": _run_naive}


def run_variant(name: str, paths: list[str], settings: Settings) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=VARIANTS[name], args=(paths, settings.__dict__, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def audio_seconds(paths: list[str]) -> float:
    import av

    total = 0.0
    for p in paths:
        with av.open(p) as c:
            s = c.streams.audio[0]
            total += float(s.duration * s.time_base) if s.duration else c.duration / av.time_base
    return total


def machine() -> str:
    import torch

    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU"
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPU cores, {gpu}"


def bench(paths: list[str], settings: Settings, variants: list[str], json_path: str | None = None) -> dict:
    seconds = audio_seconds(paths)
    report = {"machine": machine(), "audio_s": seconds, "files": paths, "variants": {}}
    for name in variants:
        report["variants"][name] = run_variant(name, paths, settings)
    print(f"\nverbatim bench: {len(paths)} file(s), {seconds:.1f} s of audio, on {report['machine']}")
    print(f"{'variant':<10}{'total s':>9}{'RTF':>8}{'peak RAM MB':>13}{'peak VRAM MB':>14}  stages (s)")
    for name, r in report["variants"].items():
        vram = f"{r['peak_vram_mb']:.0f}" if r["peak_vram_mb"] is not None else "-"
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
        print(f"{name:<10}{r['total_s']:>9.1f}{r['total_s'] / seconds:>8.3f}{r['peak_ram_mb']:>13.0f}{vram:>14}  {stages}")
    if {"verbatim", "naive"} <= report["variants"].keys():
        ratio = report["variants"]["naive"]["total_s"] / report["variants"]["verbatim"]["total_s"]
        report["speedup_vs_naive"] = ratio
        print(f"speed-up of verbatim over naive: {ratio:.2f}x (wall time, model loading included)")
    if json_path:
        Path(json_path).write_text(json.dumps(report, indent=2))
    return report


def main(argv: list[str] | None = None) -> int:
    """``verbatim bench``'s options (the CLI runs this module with them)."""
    import sys

    from verbatim.cli import _settings_from, build_parser

    args = build_parser().parse_args(["bench", *(sys.argv[1:] if argv is None else argv)])
    bench(args.audio, _settings_from(args), args.variants.split(","), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
