"""The core on a GPU: transcription beside diarization, then word alignment, with 1..N recordings in flight.

    python3 -m eval.gpu_bench --bundle .gpu --out gpu.json        # on the GPU machine (scripts/gpu/device.sh)
    uv run python -m eval.gpu_bench --tokens-per-window           # here: what a trained tiny.en decodes

What runs is the product's own code (``verbatim.tasks.transcribe.transcribe``,
``verbatim.tasks.diarize.diarize``, ``verbatim.tasks.align.assign_speakers``) on ``device=cuda``,
fed decoded 16 kHz PCM: decoding, analysis and Parquet need PyAV, Prefect, spaCy and the
sentence model, which do not fit in what may travel to the GPU machine (64 MiB) beside
CTranslate2; their CPU cost is measured by ``verbatim bench`` on the same recordings.

Whisper weights do not fit either (tiny.en is 75 MB), so Whisper runs as *architecture-
equivalent models with random weights* (tiny.en, base, large-v3-turbo; transformers builds
them, CTranslate2's converter writes them in float16): the same matrices, so the same work per
token, but no accuracy is measured. A random model never ends a window by itself, so the
end-of-text token is suppressed and every 30 s window decodes exactly ``--tokens`` tokens:
the number a trained tiny.en decodes per window on the same clip (``--tokens-per-window``).
Diarization runs with its real packaged weights (segmentation-3.0, CAM++).

Results: one JSON (device, engine, per-experiment wall time, times real time, per-stage
seconds, peak GPU memory by NVML and by torch, mean GPU utilisation).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import platform
import shutil
import tarfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
# Whisper architectures (openai/whisper's model dimensions); vocabularies: 51864 English-only,
# 51865 multilingual, 51866 from large-v3 on (one more language token).
ARCHS: dict[str, dict] = {
    "tiny.en": dict(d_model=384, encoder_layers=4, decoder_layers=4, heads=6, ffn=1536, vocab=51864, mels=80, tok="tiny.en"),
    "base": dict(d_model=512, encoder_layers=6, decoder_layers=6, heads=8, ffn=2048, vocab=51865, mels=80, tok="base"),
    "large-v3-turbo": dict(d_model=1280, encoder_layers=32, decoder_layers=4, heads=20, ffn=5120, vocab=51866,
                           mels=128, tok="base"),
}
# Text tokens a trained tiny.en decodes per batched window (up to 30 s of speech) of the bundled clip:
# 261 over its 3 windows
# (`--tokens-per-window` on the CPU; README, GPU section).
DEFAULT_TOKENS = 87


# ---------- the clip and its recordings ----------

def load_clip(path: Path) -> np.ndarray:
    """int16 PCM from ``clip.pcm.xz`` (scripts/gpu/pack.py) or a 16 kHz mono 16-bit WAV."""
    if path.suffix == ".xz":
        return np.frombuffer(lzma.decompress(path.read_bytes()), np.int16)
    import wave

    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), np.int16)


def recording(clip: np.ndarray, minutes: float, index: int) -> np.ndarray:
    """``minutes`` of the clip repeated, each recording starting at a different point of it."""
    n = int(minutes * 60 * SAMPLE_RATE)
    start = (index * 37 * SAMPLE_RATE) % len(clip)
    return np.resize(np.roll(clip, -start), n)


# ---------- random-weight Whisper architectures ----------

def build_random_whisper(arch: str, tokenizers: Path, out: Path) -> Path:
    """A CTranslate2 float16 model folder of ``arch`` with random weights (seeded)."""
    import torch
    import transformers
    from ctranslate2.converters import TransformersConverter

    a = ARCHS[arch]
    target = out / f"{arch}-random"
    if (target / "model.bin").exists():
        return target
    english = a["vocab"] == 51864
    sot = 50257 if english else 50258
    eot = 50256 if english else 50257
    config = transformers.WhisperConfig(
        vocab_size=a["vocab"], num_mel_bins=a["mels"], d_model=a["d_model"],
        encoder_layers=a["encoder_layers"], decoder_layers=a["decoder_layers"],
        encoder_attention_heads=a["heads"], decoder_attention_heads=a["heads"],
        encoder_ffn_dim=a["ffn"], decoder_ffn_dim=a["ffn"], max_source_positions=1500, max_target_positions=448,
        pad_token_id=eot, bos_token_id=eot, eos_token_id=eot, decoder_start_token_id=sot,
    )
    torch.manual_seed(0)
    with torch.device("cuda" if torch.cuda.is_available() else "cpu"):  # initialising 809M parameters is slow on CPUs
        model = transformers.WhisperForConditionalGeneration(config)
    hf = out / f"{arch}-hf"
    model.save_pretrained(hf)
    shutil.copyfile(tokenizers / f"{a['tok']}.json", hf / "tokenizer.json")
    (hf / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "PreTrainedTokenizerFast"}))
    preprocessor = {"feature_size": a["mels"], "sampling_rate": SAMPLE_RATE, "hop_length": 160, "chunk_length": 30,
                    "n_fft": 400, "n_samples": 480000, "nb_max_frames": 3000}
    (hf / "preprocessor_config.json").write_text(json.dumps(preprocessor))
    del model
    TransformersConverter(str(hf), copy_files=["tokenizer.json", "preprocessor_config.json"]).convert(
        str(target), quantization="float16", force=True)
    shutil.rmtree(hf)
    return target


def forced_tokens(model_dir: Path, tokens: int) -> dict:
    """faster-whisper options that make a random model decode exactly ``tokens`` per window."""
    english = json.loads((model_dir / "config.json").read_text()).get("lang_ids") in (None, [])
    eot = 50256 if english else 50257
    return {"suppress_tokens": [-1, eot], "max_new_tokens": tokens, "without_timestamps": True}


# ---------- GPU memory and load, sampled by NVML ----------

class GpuSampler:
    """Peak memory used on GPU 0 (all processes' allocations, CTranslate2's too) and mean utilisation."""

    def __init__(self, period_s: float = 0.05) -> None:
        self.period_s = period_s
        self.peak_mb = 0.0
        self.util: list[int] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            import pynvml

            pynvml.nvmlInit()
            self._nvml = pynvml
            self._handle = pynvml.nvmlDeviceGetHandleByIndex(0)
        except Exception:  # no NVML (CPU try-out): nothing sampled
            self._nvml = None

    def used_mb(self) -> float:
        return self._nvml.nvmlDeviceGetMemoryInfo(self._handle).used / 2**20 if self._nvml else 0.0

    def __enter__(self) -> "GpuSampler":
        self.base_mb = self.used_mb()
        self.peak_mb = self.base_mb
        if self._nvml:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.period_s):
            self.peak_mb = max(self.peak_mb, self.used_mb())
            self.util.append(self._nvml.nvmlDeviceGetUtilizationRates(self._handle).gpu)

    def __exit__(self, *_) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def summary(self) -> dict:
        return {"gpu_peak_used_mb": round(self.peak_mb), "gpu_used_before_mb": round(self.base_mb),
                "gpu_util_mean_pct": round(float(np.mean(self.util)), 1) if self.util else None}


# ---------- one recording, as the process flow runs it ----------

def process_one(samples: np.ndarray, name: str, settings, device: str, decode_options: dict) -> dict:
    """Transcription beside diarization (two threads, as flows/process.py runs them), then alignment."""
    from verbatim.tasks.align import assign_speakers
    from verbatim.tasks.diarize import diarize
    from verbatim.tasks.transcribe import transcribe

    times: dict[str, float] = {}
    results: dict = {}

    def timed(stage: str, fn, *args, **kwargs):
        t = time.perf_counter()
        results[stage] = fn(*args, **kwargs)
        times[stage] = time.perf_counter() - t

    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(timed, "transcription", transcribe, samples, settings, name, decode_options=decode_options),
                pool.submit(timed, "diarization", diarize, samples, name, settings, device)]
        for job in jobs:
            job.result()
    t = time.perf_counter()
    words = assign_speakers(results["transcription"].words, results["diarization"].exclusive_turns)
    times["alignment"] = time.perf_counter() - t
    return {"stages_s": times, "words": len(words), "speakers": len(results["diarization"].speakers)}


def experiment(clip: np.ndarray, arch: str, model_dir: Path, minutes: float, in_flight: int, device: str,
               tokens: int, stages: tuple[str, ...] = ("transcription", "diarization")) -> dict:
    """``in_flight`` recordings of ``minutes`` each, all at once; times real time = audio / wall."""
    import torch

    from verbatim.tasks.diarize import diarize
    from verbatim.tasks.settings import Settings
    from verbatim.tasks.transcribe import transcribe

    settings = Settings(whisper_model=str(model_dir), device=device, language="en", beam_size=1).validate()
    options = forced_tokens(model_dir, tokens)
    recordings = [recording(clip, minutes, i) for i in range(in_flight)]
    if stages == ("processes",):
        return in_processes(clip, arch, model_dir, minutes, in_flight, device, tokens)
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    with GpuSampler() as gpu:
        start = time.perf_counter()
        with ThreadPoolExecutor(in_flight) as pool:
            if stages == ("transcription", "diarization"):
                runs = [pool.submit(process_one, r, f"rec{i}", settings, device, options) for i, r in enumerate(recordings)]
            elif stages == ("transcription",):
                runs = [pool.submit(lambda r, i: {"words": len(transcribe(r, settings, f"rec{i}", decode_options=options).words)},
                                    r, i) for i, r in enumerate(recordings)]
            else:
                runs = [pool.submit(lambda r, i: {"speakers": len(diarize(r, f"rec{i}", settings, device).speakers)},
                                    r, i) for i, r in enumerate(recordings)]
            per = [run.result() for run in runs]
        wall = time.perf_counter() - start
    audio_s = in_flight * minutes * 60
    out = {"arch": arch, "minutes": minutes, "in_flight": in_flight, "stages": list(stages), "wall_s": round(wall, 2),
           "times_real_time": round(audio_s / wall, 1), "rtf": round(wall / audio_s, 5), "recordings": per,
           **gpu.summary()}
    if torch.cuda.is_available():
        out["torch_peak_allocated_mb"] = round(torch.cuda.max_memory_allocated() / 2**20)
    return out


# ---------- recordings in flight as worker processes ----------

_WORKER: dict = {}


def _worker_init(clip: np.ndarray, model_dir: str, device: str, tokens: int, workers: int) -> None:
    import torch

    from verbatim.tasks.settings import Settings

    # The cores shared out: torch's CPU work (fbank, pyannote's aggregation) in 16 processes of
    # 16 threads each ran 4-20 times slower than alone (H200 machine, 2026-12-04).
    torch.set_num_threads(max(1, (os.cpu_count() or 1) // workers))
    without_pyav()
    _WORKER.update(clip=clip, settings=Settings(whisper_model=model_dir, device=device, language="en", beam_size=1),
                   device=device, options=forced_tokens(Path(model_dir), tokens))
    _worker_run(0.5, 0)  # loads the models and warms the kernels: not timed


def _worker_run(minutes: float, index: int) -> dict:
    w = _WORKER
    t = time.perf_counter()
    row = process_one(recording(w["clip"], minutes, index), f"rec{index}", w["settings"], w["device"], w["options"])
    return {**row, "wall_s": time.perf_counter() - t, "pid": os.getpid()}


def in_processes(clip: np.ndarray, arch: str, model_dir: Path, minutes: float, n: int, device: str, tokens: int) -> dict:
    """``n`` worker processes (each its own models, as ``n`` pipeline workers would run), one
    recording each, started together once all have loaded; times real time = audio / wall."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # CUDA cannot be used in a forked child
    t = time.perf_counter()
    with ctx.Pool(n, initializer=_worker_init, initargs=(clip, str(model_dir), device, tokens, n)) as pool:
        pool.map(time.sleep, [0.0] * n, chunksize=1)  # returns once every worker has initialised
        load_s = time.perf_counter() - t
        with GpuSampler() as gpu:
            start = time.perf_counter()
            per = pool.starmap(_worker_run, [(minutes, i) for i in range(n)], chunksize=1)
            wall = time.perf_counter() - start
    audio_s = n * minutes * 60
    return {"arch": arch, "minutes": minutes, "in_flight": n, "stages": ["processes"], "wall_s": round(wall, 2),
            "times_real_time": round(audio_s / wall, 1), "rtf": round(wall / audio_s, 5), "load_s": round(load_s, 1),
            "recordings": per, **gpu.summary()}


def profile_diarization(clip: np.ndarray, model_dir: Path, minutes: float, device: str, out: Path) -> dict:
    """Where one recording's diarization spends its time: pyannote's steps (from its progress
    hook) and the functions (cProfile, top 40 by cumulative time, written to ``out``)."""
    import cProfile
    import io
    import pstats

    from verbatim.tasks.diarize import diarize
    from verbatim.tasks.progress import StageWatch
    from verbatim.tasks.settings import Settings

    marks: dict[str, list[float]] = {}

    class StepClock(StageWatch):
        def update(self, done_s: float, step: str | None = None) -> None:
            now = time.perf_counter()
            marks.setdefault(step or "?", [now, now])[1] = now
            super().update(done_s, step)

    settings = Settings(whisper_model=str(model_dir), device=device, language="en").validate()
    samples = recording(clip, minutes, 0)
    profiler = cProfile.Profile()
    t = time.perf_counter()
    profiler.enable()
    diarize(samples, "profiled", settings, device, watch=StepClock("diarization", minutes * 60))
    profiler.disable()
    total = time.perf_counter() - t
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(40)
    out.write_text(text.getvalue())
    return {"minutes": minutes, "total_s": round(total, 2),
            "steps_s": {k: round(v[1] - v[0], 2) for k, v in marks.items()}, "profile": out.name}


# ---------- the same architectures under torch (transformers), for comparison ----------

def torch_decoder_throughput(arch: str, tokens: int, batch: int = 16, batches: int = 4) -> dict:
    """Encoder + greedy decoding of ``tokens`` per window under transformers (float16), random weights."""
    import torch
    import transformers

    a = ARCHS[arch]
    config = transformers.WhisperConfig(
        vocab_size=a["vocab"], num_mel_bins=a["mels"], d_model=a["d_model"], encoder_layers=a["encoder_layers"],
        decoder_layers=a["decoder_layers"], encoder_attention_heads=a["heads"], decoder_attention_heads=a["heads"],
        encoder_ffn_dim=a["ffn"], decoder_ffn_dim=a["ffn"])
    torch.manual_seed(0)
    model = transformers.WhisperForConditionalGeneration(config).half().cuda().eval()
    features = torch.randn(batch, a["mels"], 3000, dtype=torch.float16, device="cuda")
    times = []
    with torch.inference_mode():
        for _ in range(batches + 1):  # the first is a warm-up
            torch.cuda.synchronize()
            t = time.perf_counter()
            enc = model.model.encoder(features).last_hidden_state
            ids = torch.full((batch, 1), 50258, device="cuda")
            past = None
            for _ in range(tokens):
                out = model(encoder_outputs=(enc,), decoder_input_ids=ids[:, -1:], past_key_values=past, use_cache=True)
                past = out.past_key_values
                ids = torch.cat([ids, out.logits[:, -1].argmax(-1, keepdim=True)], dim=1)
            torch.cuda.synchronize()
            times.append(time.perf_counter() - t)
    per_batch = float(np.median(times[1:]))
    del model
    torch.cuda.empty_cache()
    return {"arch": arch, "engine": "transformers (torch, float16)", "batch": batch, "tokens": tokens,
            "s_per_batch": round(per_batch, 4), "times_real_time": round(batch * 30 / per_batch, 1)}


# ---------- is CTranslate2's GPU arithmetic right? ----------

def check_ctranslate2(model_dir: Path) -> dict:
    """The encoder's output on the GPU against the CPU (float32 both) for the same random input."""
    import ctranslate2

    info = {"cuda_devices": ctranslate2.get_cuda_device_count(), "version": ctranslate2.__version__}
    if not info["cuda_devices"]:
        return info
    a = json.loads((model_dir / "preprocessor_config.json").read_text())["feature_size"]
    x = np.random.default_rng(0).standard_normal((1, a, 3000)).astype(np.float32)
    outs = {}
    for device in ("cpu", "cuda"):
        model = ctranslate2.models.Whisper(str(model_dir), device=device, compute_type="float32")
        outs[device] = np.asarray(model.encode(ctranslate2.StorageView.from_array(x), to_cpu=True))
    diff = np.abs(outs["cpu"] - outs["cuda"])
    info.update(max_abs_diff=float(diff.max()), mean_abs=float(np.abs(outs["cpu"]).mean()))
    return info


# ---------- the run ----------

def without_pyav() -> None:
    """Let faster-whisper import where PyAV is absent: it imports ``av`` at the top for
    ``decode_audio``, which this benchmark never calls (it feeds PCM), and PyAV's 35 MB wheel
    does not fit beside CTranslate2 in what travels to the GPU machine."""
    try:
        import av  # noqa: F401
    except ImportError:
        import sys
        import types

        sys.modules["av"] = types.ModuleType("av", "placeholder: eval/gpu_bench.py decodes nothing")


def plan(name: str) -> list[tuple[str, float, int, tuple[str, ...]]]:
    """(arch, minutes, in flight, stages), most important first: the budget may cut the tail.

    ``processes`` as the stage: that many worker processes, one recording each at a time,
    instead of threads sharing one process's models (``verbatim process --concurrency``)."""
    both = ("transcription", "diarization")
    if name == "quick":
        return [("tiny.en", 1, 1, both), ("tiny.en", 1, 2, ("processes",))]
    if name == "final":  # after "scaling": longer embedding blocks on the GPU, cores shared out between workers
        return [
            ("tiny.en", 60, 1, both), ("large-v3-turbo", 60, 1, both),
            ("tiny.en", 9, 4, ("processes",)), ("tiny.en", 9, 16, ("processes",)),
            ("tiny.en", 9, 16, both), ("large-v3-turbo", 9, 16, ("processes",)),
        ]
    if name == "scaling":  # after "full": where the time goes, and recordings in flight
        return [
            ("tiny.en", 9, 4, ("processes",)), ("tiny.en", 9, 16, ("processes",)),
            ("tiny.en", 60, 4, ("processes",)), ("large-v3-turbo", 9, 16, ("processes",)),
            ("tiny.en", 9, 16, both), ("large-v3-turbo", 60, 4, ("processes",)),
        ]
    return [
        ("tiny.en", 9, 1, both), ("tiny.en", 60, 1, both),
        ("large-v3-turbo", 9, 1, both), ("large-v3-turbo", 60, 1, both),
        ("tiny.en", 9, 4, both), ("tiny.en", 9, 16, both),
        ("tiny.en", 9, 1, ("transcription",)), ("tiny.en", 9, 1, ("diarization",)),
        ("large-v3-turbo", 9, 1, ("transcription",)),
        ("large-v3-turbo", 9, 4, both), ("large-v3-turbo", 9, 16, both),
        ("tiny.en", 60, 4, both),
    ]


def device_facts() -> dict:
    import torch

    facts = {"host": platform.node(), "python": platform.python_version(), "torch": torch.__version__,
             "cpu_count": os.cpu_count()}
    if torch.cuda.is_available():
        facts.update(gpu=torch.cuda.get_device_name(0), cuda=torch.version.cuda,
                     gpu_memory_mb=round(torch.cuda.get_device_properties(0).total_memory / 2**20))
    return facts


def write(results: dict, out: Path) -> None:
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=1))
    tmp.replace(out)


def run(bundle: Path, out: Path, work: Path, budget_s: float, tokens: int, plan_name: str) -> dict:
    import torch

    t0 = time.perf_counter()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    results: dict = {"date": time.strftime("%Y-%m-%d"), "device": device_facts(), "engine": "faster-whisper 1.2.1 / CTranslate2",
                     "diarization": "packaged (pyannote.audio 4.0.7: segmentation-3.0 + CAM++), real weights",
                     "whisper_weights": "random (architecture-equivalent; accuracy not measured)",
                     "tokens_per_window": tokens, "experiments": [], "skipped": []}
    clip = load_clip(bundle / "clip.pcm.xz")
    models: dict[str, Path] = {}

    def model(arch: str) -> Path:
        if arch not in models:
            t = time.perf_counter()
            models[arch] = build_random_whisper(arch, bundle / "tokenizers", work)
            results.setdefault("model_build_s", {})[arch] = round(time.perf_counter() - t, 1)
        return models[arch]

    try:
        results["ctranslate2_check"] = check_ctranslate2(model("tiny.en"))
    except Exception as exc:
        results["ctranslate2_check"] = {"error": f"{exc.__class__.__name__}: {exc}"[:500]}
    write(results, out)
    t = time.perf_counter()  # warm-up: loads both models, compiles kernels; not counted
    try:
        experiment(clip, "tiny.en", model("tiny.en"), 0.5, 1, device, tokens)
        results["warmup_s"] = round(time.perf_counter() - t, 1)
    except Exception as exc:
        results["warmup_error"] = f"{exc.__class__.__name__}: {exc}"[:800]
    if plan_name in ("scaling", "final"):
        try:
            results["diarization_profile"] = profile_diarization(clip, model("tiny.en"), 60, device,
                                                                 out.with_name("diarization-profile.txt"))
        except Exception as exc:
            results["diarization_profile"] = {"error": f"{exc.__class__.__name__}: {exc}"[:800]}
        write(results, out)
    speed: dict[str, float] = {}  # times real time of each arch's last full run, to predict the next
    for arch, minutes, in_flight, stages in plan(plan_name):
        elapsed = time.perf_counter() - t0
        predicted = in_flight * minutes * 60 / speed.get(arch, 1e9) * 1.5  # no gain from flight assumed
        if elapsed > budget_s or elapsed + predicted > budget_s * 1.3:
            results["skipped"].append([arch, minutes, in_flight, stages])
            continue
        try:
            row = experiment(clip, arch, model(arch), minutes, in_flight, device, tokens, stages)
        except Exception as exc:
            row = {"arch": arch, "minutes": minutes, "in_flight": in_flight, "error": f"{exc.__class__.__name__}: {exc}"[:800]}
        results["experiments"].append(row)
        if "times_real_time" in row and stages != ("transcription",) and stages != ("diarization",):
            speed[arch] = row["times_real_time"] / in_flight
        print(json.dumps({k: v for k, v in row.items() if k != "recordings"}), flush=True)
        write(results, out)
    if device == "cuda" and plan_name == "full" and time.perf_counter() - t0 < budget_s + 60:
        for arch in ("tiny.en", "large-v3-turbo"):
            try:
                results.setdefault("torch_engine", []).append(torch_decoder_throughput(arch, tokens))
            except Exception as exc:
                results.setdefault("torch_engine", []).append({"arch": arch, "error": f"{exc.__class__.__name__}: {exc}"[:500]})
    results["total_s"] = round(time.perf_counter() - t0, 1)
    write(results, out)
    return results


def tokens_per_window(clip_path: Path) -> tuple[float, int]:
    """Text tokens the packaged (trained) tiny.en decodes per batched window of the clip, on this CPU."""
    from faster_whisper import BatchedInferencePipeline

    from verbatim.tasks.transcribe import load_model

    model = load_model("tiny.en", "cpu", "int8")
    segments, _ = BatchedInferencePipeline(model).transcribe(load_clip(clip_path).astype(np.float32) / 32768,
                                                             batch_size=8, language="en", beam_size=1)
    counts = [len(s.tokens) for s in segments]
    return float(np.mean(counts)), len(counts)


def block_check(clip_path: Path, minutes: float = 9) -> float:
    """DER between diarizations with CAM++ in CPU-sized (20 s) and GPU-sized blocks, on this CPU."""
    from pyannote.core import Annotation, Segment
    from pyannote.metrics.diarization import DiarizationErrorRate

    from verbatim.tasks import packaged_pipeline
    from verbatim.tasks.diarize import diarize
    from verbatim.tasks.settings import Settings

    samples = recording(load_clip(clip_path), minutes, 0)
    runs = []
    for block_s in (packaged_pipeline.BLOCK_S, packaged_pipeline.GPU_BLOCK_S):
        packaged_pipeline.BLOCK_S, saved = block_s, packaged_pipeline.BLOCK_S
        try:
            result = diarize(samples, "block-check", Settings(device="cpu"), "cpu")
        finally:
            packaged_pipeline.BLOCK_S = saved
        annotation = Annotation()
        for turn in result.exclusive_turns:
            annotation[Segment(turn.start_s, turn.end_s)] = turn.speaker
        runs.append(annotation)
    return float(DiarizationErrorRate()(runs[0], runs[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=Path(".gpu"), help="scripts/gpu/pack.py's folder")
    parser.add_argument("--out", type=Path, default=Path("gpu.json"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/verbatim-gpu"), help="random models are written here")
    parser.add_argument("--budget-s", type=float, default=420, help="start no experiment after this many seconds")
    parser.add_argument("--tokens", type=int, default=DEFAULT_TOKENS, help="tokens decoded per 30 s window")
    parser.add_argument("--plan", choices=("full", "scaling", "final", "quick"), default="full",
                        help="full: stages, lengths, models; scaling: a diarization profile and recordings in "
                             "flight as processes; final: both again after the fixes they led to; quick: two 1-minute runs (a try-out on a CPU)")
    parser.add_argument("--tokens-per-window", action="store_true", help="measure --tokens with the trained tiny.en")
    parser.add_argument("--block-check", action="store_true", help="DER between 20 s and GPU-sized CAM++ blocks, on the CPU")
    args = parser.parse_args()
    if args.block_check:
        print(f"DER between CAM++ in 20 s and 120 s blocks: {block_check(args.bundle / 'clip.pcm.xz'):.4f}")
        return
    if args.tokens_per_window:
        mean, windows = tokens_per_window(args.bundle / "clip.pcm.xz")
        print(f"{mean:.1f} text tokens per window over {windows} windows")
        return
    if (args.bundle / "ctranslate2.tar.xz").exists():  # the bundle's CTranslate2, if not installed
        try:
            import ctranslate2  # noqa: F401
        except ImportError:
            raise SystemExit("unpack the bundle first: scripts/gpu/device.sh does")
    args.work.mkdir(parents=True, exist_ok=True)
    without_pyav()
    run(args.bundle, args.out, args.work, args.budget_s, args.tokens, args.plan)


if __name__ == "__main__":
    main()
