"""Small fitted classifiers shipped as JSON weights (``tasks/config/statement_models.json``).

Logistic regressions over a statement's sentence embedding, fitted by ``python -m eval.analysis
--fit`` on the tuning part of the labelled sets and applied here with NumPy alone: the weights
are data a reader can inspect and a fit anyone can rerun, and nothing is trained at run time.
"""

from __future__ import annotations

import functools
import json
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
        logits = np.asarray(x, np.float64) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "coef": np.round(self.coef, 6).tolist(),
            "intercept": np.round(self.intercept, 6).tolist(),
        }

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        return cls(tuple(data["classes"]), np.asarray(data["coef"], np.float64), np.asarray(data["intercept"], np.float64))


@functools.lru_cache(maxsize=1)
def _all() -> dict:
    try:
        return json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def load(name: str) -> LinearModel | None:
    """The fitted model called ``name`` (``sentiment``, ``journey_stage``, ``feature_request``), or None if not shipped."""
    data = _all().get(name)
    return LinearModel.from_json(data) if data else None
