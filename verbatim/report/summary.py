"""A short extractive summary of one interview: a few of its own statements, word for word (pure).

No model writes anything: the summary is made of what the customer said, so every line is a
quote that can be played and traced to the second.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from verbatim.tasks.statement_kinds import THEME_KINDS

SUMMARY_SIZE = 4  # statements at most
MAX_THEME_PICKS = 3  # at most this many chosen for their themes: room is left for a strong feeling


def extractive_summary(
    statements: Sequence[Mapping[str, Any]],
    theme_of: Mapping[str, tuple[int, float]],
    size: int = SUMMARY_SIZE,
    max_theme_picks: int = MAX_THEME_PICKS,
) -> list[str]:
    """The ``statement_id``s of one interview's summary, in time order.

    ``statements`` are the interview's statements (``statement_id``, ``start_s``, ``sentiment``,
    ``sentiment_score``, optionally ``kind``); ``theme_of`` maps a statement in a theme to
    (theme rank, similarity to the theme).

    How it chooses: first the statements that carry the interview's themes, one per theme,
    highest-ranked theme (rank 1) first, each theme's statement the one most similar to the
    theme; at most ``max_theme_picks`` of them. Then the strongest feelings fill the rest:
    the largest ``|sentiment_score|`` among statements that are not neutral and not background,
    contact details or pleasantries. Ties go to the earlier statement (then the smaller id), so
    the choice is deterministic; the result is shown in time order.
    """

    def when(s: Mapping[str, Any]) -> tuple[float, str]:
        return (float(s["start_s"]), str(s["statement_id"]))

    ordered = sorted(statements, key=when)
    chosen: list[Mapping[str, Any]] = []
    best_per_theme: dict[int, Mapping[str, Any]] = {}
    for s in ordered:  # time order: the first of equally similar statements wins
        place = theme_of.get(s["statement_id"])
        if place is None:
            continue
        rank, similarity = place
        held = best_per_theme.get(rank)
        if held is None or similarity > theme_of[held["statement_id"]][1]:
            best_per_theme[rank] = s
    for rank in sorted(best_per_theme)[: min(size, max_theme_picks)]:
        chosen.append(best_per_theme[rank])
    taken = {s["statement_id"] for s in chosen}
    felt = [
        s
        for s in ordered
        if s["statement_id"] not in taken
        and (s.get("sentiment") or "neutral") != "neutral"
        and (s.get("kind") or "other") in THEME_KINDS
        and s.get("sentiment_score") is not None
    ]
    felt.sort(key=lambda s: (-abs(float(s["sentiment_score"])), *when(s)))
    chosen += felt[: max(0, size - len(chosen))]
    return [s["statement_id"] for s in sorted(chosen, key=when)]
