"""Which stage of the customer journey a statement is about (pure, apart from reading the map).

The journey map is configuration: ``tasks/config/journey.yaml`` by default (discovery,
onboarding, everyday use, support, billing, renewal), or a team's own file (``--journey``).
Each stage lists cues, words or phrases matched as whole words ("cancel*" takes any ending).
With a team's own map a statement gets the stage with the most cue matches (ties: the stage
listed first), or none when nothing matches: the rule a team can read for the map it wrote.
With the default map's stages, a logistic regression over the statement's analysis-model vector
(all-mpnet-base-v2, ``embed.analysis_embed``) decides instead (fitted on the tuning part of
``eval/analysis_sets.py`` by ``python -m eval.analysis --fit``): on the held-out part it was
right 0.82 of the time against 0.48 for the cues, which miss how customers describe a stage without naming it ("by monday the whole team
was using it" is onboarding).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from verbatim.tasks.errors import ConfigError

DEFAULT_MAP = Path(__file__).with_name("config") / "journey.yaml"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class Stage:
    name: str
    description: str
    cues: tuple[str, ...]
    pattern: re.Pattern


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    parts = []
    for cue in cues:
        stem = cue.strip().lower()
        wildcard = stem.endswith("*")
        words = [re.escape(w) for w in stem.rstrip("*").split()]
        parts.append(r"\s+".join(words) + (r"[\w'-]*" if wildcard else ""))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])", re.IGNORECASE)


def parse_journey(data: object, name: str) -> tuple[Stage, ...]:
    """Stages from the parsed YAML ``data`` of the map called ``name``; ``ConfigError`` if malformed."""
    fix = "see tasks/config/journey.yaml for the layout: stages: {name: {description: ..., cues: [...]}}"
    stages = data.get("stages") if isinstance(data, dict) else None
    if not isinstance(stages, dict) or not stages:
        raise ConfigError(f"--journey {name}", "has no 'stages' mapping", fix)
    out = []
    for stage, spec in stages.items():
        if not isinstance(stage, str) or not _NAME.match(stage):
            raise ConfigError(f"--journey {name}", f"stage name {stage!r} is not a lower-case identifier", fix)
        cues = spec.get("cues") if isinstance(spec, dict) else None
        if not isinstance(cues, list) or not cues or not all(isinstance(c, str) and c.strip(" *") for c in cues):
            raise ConfigError(f"--journey {name}", f"stage {stage!r} needs a non-empty list of cues (strings)", fix)
        description = str(spec.get("description") or "")
        clean = tuple(c.strip() for c in cues)
        out.append(Stage(stage, description, clean, _cue_pattern(clean)))
    return tuple(out)


@functools.lru_cache(maxsize=8)
def load_journey(path: str | None = None) -> tuple[Stage, ...]:
    """The journey map at ``path`` (None: the packaged default); ``ConfigError`` naming the file."""
    import yaml

    file = Path(path) if path else DEFAULT_MAP
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"--journey {file}", f"cannot be read ({exc.strerror or exc})", "give the path of a YAML journey map"
        ) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"--journey {file}", f"is not valid YAML ({str(exc).splitlines()[0]})", "fix the YAML syntax") from exc
    return parse_journey(data, str(file))


def journey_stage(text: str, stages: tuple[Stage, ...]) -> str | None:
    """The stage ``text`` is about, or None (see the module's docstring)."""
    best, best_hits = None, 0
    for stage in stages:
        hits = len(stage.pattern.findall(text))
        if hits > best_hits:
            best, best_hits = stage.name, hits
    return best


NO_STAGE = "-"  # the fitted model's class for "no stage fits"


def classify(texts: list[str], vectors: np.ndarray, stages: tuple[Stage, ...]) -> list[str | None]:
    """The stage of each statement (``vectors``: their sentence embeddings); see the module's docstring."""
    from verbatim.tasks import models

    if not texts:
        return []
    model = models.load("journey_stage")
    vectors = np.asarray(vectors, np.float64).reshape(len(texts), -1)
    if model is None or set(model.classes) - {NO_STAGE} != {s.name for s in stages} or model.dimensions != vectors.shape[1]:
        return [journey_stage(t, stages) for t in texts]
    picked = np.argmax(model.probabilities(vectors), axis=1)
    return [None if model.classes[i] == NO_STAGE else model.classes[i] for i in picked]


def dominant_stage(stages: list[str | None]) -> str | None:
    """The most common non-null stage (ties: the first in sorted order), or None."""
    counted = {s: stages.count(s) for s in stages if s}
    return min(counted, key=lambda s: (-counted[s], s)) if counted else None
