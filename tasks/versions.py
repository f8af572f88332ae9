"""Library versions recorded with every recording (so each row can say what made it)."""

from __future__ import annotations

import functools
from importlib.metadata import PackageNotFoundError, version

PACKAGES = ("verbatim", "faster-whisper", "ctranslate2", "pyannote.audio", "torch", "av", "pyarrow", "prefect")


@functools.cache
def library_versions() -> dict[str, str]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out
