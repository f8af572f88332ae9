"""Customer statements ranked by meaning: the stored sentence embeddings against a query's.

Pure ranking here; reading the datasets and embedding the query belong to the caller
(``verbatim search``). Every vector is unit length (tasks/embed.py), so a dot product is the
cosine similarity, the same number a DuckDB ``list_dot_product`` gives.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa


@dataclass(frozen=True)
class Hit:
    recording_id: str
    source_uri: str | None
    start_s: float
    end_s: float
    speaker: str
    text: str
    score: float


def rank(statements: pa.Table, query: np.ndarray, sources: dict[str, str], top: int = 10) -> list[Hit]:
    """The ``top`` statements most similar to the unit-length ``query`` vector, best first; ties
    keep the table's order (stable), so the same datasets and query give the same list."""
    if statements.num_rows == 0 or top <= 0:
        return []
    vectors = np.asarray(statements.column("embedding").to_pylist(), np.float32)  # (statements, dimensions)
    scores = vectors @ np.asarray(query, np.float32)
    order = np.argsort(-scores, kind="stable")[:top]
    rows = statements.select(["recording_id", "start_s", "end_s", "speaker", "text"]).to_pylist()
    return [
        Hit(
            rows[i]["recording_id"],
            sources.get(rows[i]["recording_id"]),
            float(rows[i]["start_s"]),
            float(rows[i]["end_s"]),
            rows[i]["speaker"],
            rows[i]["text"],
            round(float(scores[i]), 4),
        )
        for i in order
    ]
