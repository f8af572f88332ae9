"""The Parquet datasets: one pyarrow schema per table, every field described, with units.

Bump ``SCHEMA_VERSION`` (semver) whenever a column is added (minor) or changes
meaning or type (major). ``schemas/DATA_DICTIONARY.md`` is generated from this
module by ``python -m schemas.dictionary``; a test keeps the two in sync.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1.0.0"


def field(name: str, type_: pa.DataType, description: str, unit: str = "", nullable: bool = False) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": description, "unit": unit})


def table_schema(name: str, description: str, grain: str, *fields: pa.Field) -> pa.Schema:
    return pa.schema(
        list(fields),
        metadata={"table": name, "description": description, "grain": grain, "schema_version": SCHEMA_VERSION},
    )


RECORDING_ID = field("recording_id", pa.string(), "SHA-256 of the recording's bytes (hex): the same bytes under two names are one recording")
SPEAKER = field("speaker", pa.string(), "Speaker label within the recording, SPEAKER_00 first to speak (not linked across recordings)")
START = field("start_s", pa.float64(), "Start time from the beginning of the recording", "seconds")
END = field("end_s", pa.float64(), "End time from the beginning of the recording", "seconds")
UTTERANCE_ID = field("utterance_id", pa.string(), "Utterance key, unique across recordings: <recording_id[:16]>-<5-digit index>")

RECORDINGS = table_schema(
    "recordings",
    "One row per processed recording: where it came from, what it holds, and what made the rows.",
    "recording",
    RECORDING_ID,
    field("source_uri", pa.string(), "Where the recording was read from (local path, file:// or s3:// URI)"),
    field("sha256", pa.string(), "SHA-256 of the recording's bytes (hex)"),
    field("size_bytes", pa.int64(), "Size of the recording file", "bytes"),
    field("duration_s", pa.float64(), "Decoded audio duration", "seconds"),
    field("sample_rate", pa.int32(), "Sample rate of the source audio stream", "hertz"),
    field("channels", pa.int32(), "Channel count of the source audio stream (downmixed to mono for processing)"),
    field("codec", pa.string(), "Audio codec of the source stream (FFmpeg name)"),
    field("language", pa.string(), "Language spoken (ISO 639-1), detected by multilingual models or fixed by the model/settings"),
    field("language_probability", pa.float64(), "Confidence of the language detection", "probability 0-1"),
    field("num_speakers", pa.int32(), "Distinct speakers found by diarization"),
    field("num_words", pa.int32(), "Words transcribed"),
    field("whisper_model", pa.string(), "faster-whisper model used (packaged short name, path or hub name)"),
    field("whisper_compute_type", pa.string(), "CTranslate2 compute type used for transcription"),
    field("diarization_pipeline", pa.string(), "pyannote pipeline used ('packaged' = segmentation-3.0 + CAM++ from PyPI packages)"),
    field("device", pa.string(), "Device that ran the models (cpu or cuda)"),
    field("library_versions", pa.string(), "JSON object of library versions (verbatim, faster-whisper, ctranslate2, pyannote.audio, torch)"),
    field("settings", pa.string(), "JSON object of the settings used (beam size, VAD, speaker bounds, ...)"),
    field("processed_at", pa.timestamp("us", tz="UTC"), "When the datasets for this recording were written", "UTC timestamp"),
)

SPEAKER_TURNS = table_schema(
    "speaker_turns",
    "The diarization itself: who speaks when. Turns of different speakers may overlap.",
    "speaker turn",
    RECORDING_ID,
    field("turn_index", pa.int32(), "Position of the turn in time order within the recording"),
    SPEAKER,
    START,
    END,
    field("duration_s", pa.float64(), "end_s - start_s", "seconds"),
)

UTTERANCES = table_schema(
    "utterances",
    "Runs of one speaker's words, split at pauses longer than 1 s and at sentence ends.",
    "utterance",
    RECORDING_ID,
    UTTERANCE_ID,
    field("utterance_index", pa.int32(), "Position of the utterance in time order within the recording"),
    SPEAKER,
    START,
    END,
    field("text", pa.string(), "What was said, as transcribed"),
    field("word_count", pa.int32(), "Number of words in the utterance"),
    field("mean_word_probability", pa.float64(), "Mean of the words' probabilities (ASR confidence)", "probability 0-1"),
)

WORDS = table_schema(
    "words",
    "Every transcribed word with its timing, confidence and speaker.",
    "word",
    RECORDING_ID,
    UTTERANCE_ID,
    field("word_index", pa.int32(), "Position of the word in time order within the recording"),
    field("word", pa.string(), "The word as transcribed, with attached punctuation"),
    START,
    END,
    field("probability", pa.float64(), "ASR probability of the word", "probability 0-1"),
    SPEAKER,
)

SPEAKERS = table_schema(
    "speakers",
    "One row per speaker of a recording, with how much they talk.",
    "speaker within a recording",
    RECORDING_ID,
    SPEAKER,
    field("talk_time_s", pa.float64(), "Total duration of the speaker's turns", "seconds"),
    field("share_of_talk", pa.float64(), "talk_time_s divided by the sum over the recording's speakers", "fraction 0-1"),
    field("num_turns", pa.int32(), "Number of the speaker's turns in speaker_turns"),
    field("num_words", pa.int32(), "Number of words attributed to the speaker"),
)

TABLES: dict[str, pa.Schema] = {
    "recordings": RECORDINGS,
    "speaker_turns": SPEAKER_TURNS,
    "utterances": UTTERANCES,
    "words": WORDS,
    "speakers": SPEAKERS,
}
