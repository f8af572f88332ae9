"""Errors a user can act on: each names the input and says how to fix it."""

from __future__ import annotations


class VerbatimError(Exception):
    """Base class for errors that end one recording (or the run) with a clear message.

    ``retryable`` tells the orchestration layer whether trying again can help
    (a flaky network read) or not (undecodable audio, a missing object).
    """

    retryable: bool = False

    def __init__(self, subject: str, problem: str, fix: str) -> None:
        self.subject = subject
        self.problem = problem
        self.fix = fix
        super().__init__(f"{subject}: {problem} — {fix}")


class InputError(VerbatimError):
    """The input itself is unusable (not audio, truncated, empty, missing, forbidden)."""


class ConfigError(VerbatimError):
    """A setting is wrong (bad model path, impossible speaker bounds, bad destination)."""


class TransientStorageError(VerbatimError):
    """A storage call failed in a way that may heal on retry (timeouts, throttling, 5xx)."""

    retryable = True
