"""Small fitted classifiers shipped as JSON weights (``tasks/config/statement_models.json``).

A logistic regression over a sentence embedding (journey stage) and, for sentiment, feature
requests and requests for an example, the same over the text's word pieces pooled by learnt
attention (``AttentionModel``), fitted by ``python -m eval.analysis --fit`` on the tuning part of the
labelled sets and applied here with NumPy alone: the weights are data a reader can inspect and a
fit anyone can rerun, and nothing is trained at run time.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).with_name("config") / "statement_models.json"


@dataclass(frozen=True)
class LinearModel:
    """Multinomial logistic regression: softmax(x @ coef.T + intercept)."""

    classes: tuple[str, ...]
    coef: np.ndarray  # shape: (classes, dimensions)
    intercept: np.ndarray  # shape: (classes,)

    @property
    def dimensions(self) -> int:
        return int(self.coef.shape[1])

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return _softmax(np.asarray(x, np.float64) @ self.coef.T + self.intercept)

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "coef": np.round(self.coef, 6).tolist(),
            "intercept": np.round(self.intercept, 6).tolist(),
        }

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        return cls(tuple(data["classes"]), np.asarray(data["coef"], np.float64), np.asarray(data["intercept"], np.float64))


def _softmax(logits: np.ndarray, axis: int = -1) -> np.ndarray:
    logits = logits - logits.max(axis=axis, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=axis, keepdims=True)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class AttentionModel:
    """A statement read through its word pieces: the mean of its piece vectors and, per learnt
    query, the pieces pooled by attention (softmax over query . piece), each made unit length,
    then with ``extra`` features (VADER and the story cues) into a multinomial logistic
    regression. Mean pooling, which the sentence vector is, weighs "the refund" as much as "no
    chasing"; a query learns which pieces carry the feeling."""

    classes: tuple[str, ...]
    queries: np.ndarray  # shape: (heads, dimensions)
    coef: np.ndarray  # shape: (classes, dimensions * (heads + 1) + extra)
    intercept: np.ndarray  # shape: (classes,)

    @property
    def dimensions(self) -> int:
        return int(self.queries.shape[1])

    @property
    def features(self) -> int:
        """How many values the regression reads: the pooled pieces and the extra features."""
        return int(self.coef.shape[1])

    @property
    def extra_features(self) -> int:
        """How many values besides the pooled pieces the regression reads (fitted with)."""
        return self.features - self.dimensions * (len(self.queries) + 1)

    def pooled(self, pieces: np.ndarray) -> np.ndarray:
        """(dimensions * (heads + 1),): the mean and each query's attention pooling of ``pieces``
        ((pieces, dimensions)), each unit length."""
        pieces = np.asarray(pieces, np.float64)
        if pieces.ndim != 2 or pieces.shape[1] != self.dimensions or not len(pieces):
            raise ValueError(f"word pieces of shape {pieces.shape}; expected (pieces >= 1, {self.dimensions})")
        weights = _softmax(self.queries @ pieces.T, axis=1)  # shape: (heads, pieces)
        return np.concatenate([_unit(pieces.mean(axis=0)), _unit(weights @ pieces).ravel()])

    def probabilities(self, words: Sequence[np.ndarray], extra: np.ndarray) -> np.ndarray:
        """(n, classes): for each statement's word pieces (``words``) and its ``extra`` features ((n, k))."""
        x = np.hstack([np.stack([self.pooled(w) for w in words]), np.asarray(extra, np.float64).reshape(len(words), -1)])
        return _softmax(x @ self.coef.T + self.intercept)

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "dimensions": self.dimensions,
            "queries": np.round(self.queries, 6).tolist(),
            "coef": np.round(self.coef, 6).tolist(),
            "intercept": np.round(self.intercept, 6).tolist(),
        }

    @classmethod
    def from_json(cls, data: dict) -> "AttentionModel":
        return cls(
            tuple(data["classes"]),
            np.asarray(data["queries"], np.float64).reshape(-1, int(data["dimensions"])),  # no query: shape (0, dimensions)
            np.asarray(data["coef"], np.float64),
            np.asarray(data["intercept"], np.float64),
        )


@functools.lru_cache(maxsize=1)
def _all() -> dict:
    try:
        return json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def load(name: str) -> LinearModel | None:
    """The fitted linear model called ``name`` (``journey_stage``), or None if not shipped."""
    data = _all().get(name)
    return LinearModel.from_json(data) if data and "queries" not in data else None


def load_attention(name: str) -> AttentionModel | None:
    """The fitted attention model called ``name`` (``sentiment``, ``feature_request``, ``example_request``), or
    None if not shipped."""
    data = _all().get(name)
    return AttentionModel.from_json(data) if data and "queries" in data else None


def pieces_read_as(name: str, label: str, words: Sequence[np.ndarray], threshold: float) -> list[bool]:
    """Per text's word pieces (``words``, each (pieces, dimensions): ``embed.analysis_embed_words``):
    whether the attention model ``name``, read without extra features, gives ``label`` at least
    ``threshold``. All False when the model is not shipped, lacks the label, reads extra features
    or pieces of another width (another analysis model)."""
    if len(words) == 0:
        return []  # nothing to read (no customer statement, no question)
    model = load_attention(name)
    if (
        model is None
        or label not in model.classes
        or model.extra_features
        or any(np.shape(w)[-1] != model.dimensions for w in words)
    ):
        return [False] * len(words)
    p = model.probabilities(words, np.zeros((len(words), 0)))[:, model.classes.index(label)]
    return [bool(v >= threshold) for v in p]
