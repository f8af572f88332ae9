"""The Parquet datasets: one pyarrow schema per table, every field described, with units.

Bump ``SCHEMA_VERSION`` (semver) whenever a column is added (minor) or changes
meaning or type (major). ``schemas/DATA_DICTIONARY.md`` is generated from this
module by ``python -m verbatim.schemas.dictionary``; a test keeps the two in sync.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1.8.0"  # 1.8.0: statements.topic_embedding, themes cluster it; 1.7.0: speaker_corrections, speakers.name, role_source corrected; 1.6.0: voices, speakers.voice_id/voice_name/voice_similarity/role_source; 1.5.0: erasures, failures.stage consent, redactions, recordings.redaction; 1.4.0: participants manifest columns, statement kind/sentiment/journey stage, follow-up probing, mentions, theme sentiment and stage, theme_segments; 1.1.0: roles, questions, qa_pairs, interview_quality, statements, themes; 1.2.0: source ETag and metadata, failures; 1.3.0: speaker_count_rule; 1.3.1: theme labels are key phrases; 1.3.2: failures.stage names the Prefect task, or "process" or "worker"


def field(name: str, type_: pa.DataType, description: str, unit: str = "", nullable: bool = False) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": description, "unit": unit})


def table_schema(name: str, description: str, grain: str, *fields: pa.Field) -> pa.Schema:
    return pa.schema(
        list(fields),
        metadata={"table": name, "description": description, "grain": grain, "schema_version": SCHEMA_VERSION},
    )


RECORDING_ID = field(
    "recording_id", pa.string(), "SHA-256 of the recording's bytes (hex): the same bytes under two names are one recording"
)
SPEAKER = field(
    "speaker", pa.string(), "Speaker label within the recording, SPEAKER_00 first to speak (not linked across recordings)"
)
START = field("start_s", pa.float64(), "Start time from the beginning of the recording", "seconds")
END = field("end_s", pa.float64(), "End time from the beginning of the recording", "seconds")
UTTERANCE_ID = field("utterance_id", pa.string(), "Utterance key, unique across recordings: <recording_id[:16]>-<5-digit index>")
ROLE = field(
    "role",
    pa.string(),
    "interviewer or customer: inferred from questions asked, who opens and share of talk, "
    "unless overridden (--interviewer / object metadata interviewer-speaker)",
)
QUESTION_TYPE = field(
    "question_type", pa.string(), "open, closed, leading, hypothetical or past_behavior (rules in tasks/questions.py)"
)
EMBEDDING_DIMENSIONS = 384  # all-MiniLM-L6-v2, the packaged sentence-embedding model

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
    field(
        "diarization_pipeline", pa.string(), "pyannote pipeline used ('packaged' = segmentation-3.0 + CAM++ from PyPI packages)"
    ),
    field(
        "speaker_count_rule",
        pa.string(),
        "how the number of speakers was decided: 'clustered' (diarization's own), 'given' (--num-speakers), or 'two_voices' (one voice found, but questions and answers alternate: re-diarized with two)",
    ),
    field("device", pa.string(), "Device that ran the models (cpu or cuda)"),
    field(
        "library_versions",
        pa.string(),
        "JSON object of library versions (verbatim, faster-whisper, ctranslate2, pyannote.audio, torch)",
    ),
    field("settings", pa.string(), "JSON object of the settings used (beam size, VAD, speaker bounds, ...)"),
    field("processed_at", pa.timestamp("us", tz="UTC"), "When the datasets for this recording were written", "UTC timestamp"),
    field("source_etag", pa.string(), "ETag of the S3 object when it was read (null for local files)", nullable=True),
    field(
        "segment",
        pa.string(),
        "Customer segment: the participants manifest's 'segment' column, else the object's metadata key 'segment'",
        nullable=True,
    ),
    field(
        "interviewer",
        pa.string(),
        "Who ran the interview: the manifest's 'interviewer' column, else the object's metadata key 'interviewer'",
        nullable=True,
    ),
    field(
        "consent",
        pa.string(),
        "Recording consent: the manifest's 'consent' column (granted, refused or withdrawn), else the object's metadata key 'consent'",
        nullable=True,
    ),
    field("object_metadata", pa.string(), "JSON object of all the S3 object's user metadata (x-amz-meta-*)"),
    field("persona", pa.string(), "Persona, from the participants manifest (--manifest)", nullable=True),
    field("customer", pa.string(), "The customer's company, from the participants manifest", nullable=True),
    field("interview_date", pa.string(), "Date of the interview (YYYY-MM-DD), from the participants manifest", nullable=True),
    field(
        "participant_metadata",
        pa.string(),
        "JSON object of the manifest row's other columns (null without a manifest row)",
        nullable=True,
    ),
    field(
        "redaction",
        pa.string(),
        "pii: personal data replaced by placeholders in every text ([PERSON], [EMAIL], ...); none: text as said",
    ),
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
    ROLE,
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
    ROLE,
    field("num_questions", pa.int32(), "Questions found in the speaker's utterances (any role)"),
    field(
        "voice_id",
        pa.string(),
        "The voice across recordings (voices table): one person, one id in every interview; "
        "null when the speaker has under a second of clean speech",
        nullable=True,
    ),
    field(
        "voice_name",
        pa.string(),
        "Name of the enrolled voice this speaker matched (verbatim voices enroll), else null",
        nullable=True,
    ),
    field(
        "voice_similarity",
        pa.float64(),
        "Cosine similarity to the matched voice; null for a voice first heard here",
        "cosine -1..1",
        nullable=True,
    ),
    field(
        "role_source",
        pa.string(),
        "What decided the role: voice (an enrolled role), given (--interviewer), questions (who asks them) "
        "or corrected (verbatim speakers set, then verbatim reanalyze)",
        nullable=True,
    ),
    field(
        "name",
        pa.string(),
        "Name an analyst gave the speaker (verbatim speakers set --name); null when none was given",
        nullable=True,
    ),
)

QUESTIONS = table_schema(
    "questions",
    "Every question an interviewer asks, typed by interview craft (open, closed, leading, hypothetical, past_behavior).",
    "question",
    RECORDING_ID,
    field("question_id", pa.string(), "Question key: <utterance_id>-q<k>, k = position of the question in its utterance"),
    UTTERANCE_ID,
    SPEAKER,
    field("text", pa.string(), "The question as transcribed"),
    QUESTION_TYPE,
    START,
    END,
    field(
        "is_follow_up",
        pa.bool_(),
        "Asks about the customer's answer just given ('why was that?', 'can you say more?'; rules in tasks/probing.py)",
    ),
    field(
        "asks_for_example",
        pa.bool_(),
        "Asks for one specific instance ('could you give me a specific example?', 'tell me about a time...')",
    ),
)

QA_PAIRS = table_schema(
    "qa_pairs",
    "Each interviewer question with the customer answer that follows it (customer utterances up to the next interviewer utterance).",
    "question (answer columns are null when another question follows directly)",
    RECORDING_ID,
    field("question_id", pa.string(), "Key of the question in questions"),
    field("question_utterance_id", pa.string(), "utterance_id of the question"),
    field("question_text", pa.string(), "The question as transcribed"),
    QUESTION_TYPE,
    field("question_start_s", pa.float64(), "When the question starts", "seconds"),
    field("answer_speaker", pa.string(), "Customer who answers", nullable=True),
    field("answer_utterance_ids", pa.list_(pa.string()), "utterance_ids making up the answer, in order", nullable=True),
    field("answer_text", pa.string(), "The answer as transcribed", nullable=True),
    field("answer_start_s", pa.float64(), "When the answer starts", "seconds", nullable=True),
    field("answer_end_s", pa.float64(), "When the answer ends", "seconds", nullable=True),
    field("answer_word_count", pa.int32(), "Words in the answer (0 when unanswered)"),
)

INTERVIEW_QUALITY = table_schema(
    "interview_quality",
    "How well the interview was run: who talked, which kinds of questions were asked, how long customers got to talk.",
    "recording",
    RECORDING_ID,
    field("interviewer_speakers", pa.list_(pa.string()), "Speaker labels with role interviewer"),
    field("num_customers", pa.int32(), "Speakers with role customer"),
    field(
        "interviewer_talk_share",
        pa.float64(),
        "Interviewers' share of all talk time (good interviews: well under 0.5)",
        "fraction 0-1",
    ),
    field("num_questions", pa.int32(), "Questions the interviewers asked"),
    field("questions_per_minute", pa.float64(), "num_questions per minute of recording", "questions/minute"),
    field("longest_customer_answer_s", pa.float64(), "Duration of the longest answer", "seconds"),
    field("longest_customer_answer_question_id", pa.string(), "question_id that drew the longest answer", nullable=True),
    *[
        field(f"num_{t}", pa.int32(), f"Questions of type {t}")
        for t in ("open", "closed", "leading", "hypothetical", "past_behavior")
    ],
    *[
        field(f"share_{t}", pa.float64(), f"Share of questions of type {t} (0 when no questions)", "fraction 0-1")
        for t in ("open", "closed", "leading", "hypothetical", "past_behavior")
    ],
    field("num_follow_ups", pa.int32(), "Questions that follow up the answer just given"),
    field("num_example_requests", pa.int32(), "Questions that ask for a specific example"),
    field(
        "unprobed_vague_answers", pa.int32(), "Customer answers that stay general ('it mostly works fine') and get no follow-up"
    ),
)

STATEMENTS = table_schema(
    "statements",
    "Customer statements: each customer utterance (short ones joined to the next) with a sentence embedding for vector search.",
    "customer statement",
    RECORDING_ID,
    field("statement_id", pa.string(), "Statement key: <first utterance_id>-s"),
    UTTERANCE_ID,
    field("utterance_ids", pa.list_(pa.string()), "All utterance_ids in the statement, in order"),
    SPEAKER,
    START,
    END,
    field("text", pa.string(), "What the customer said, as transcribed"),
    field("word_count", pa.int32(), "Words in the statement"),
    field("question_id", pa.string(), "The interviewer question this answers (null before the first question)", nullable=True),
    field(
        "embedding",
        pa.list_(pa.float32(), EMBEDDING_DIMENSIONS),
        "Unit-length sentence embedding (all-MiniLM-L6-v2 by default; leading fillers removed): dot product = cosine similarity",
    ),
    field("embedding_model", pa.string(), "Sentence-embedding model that made the vector"),
    field(
        "kind",
        pa.string(),
        "pain, praise, request, other, background, contact or pleasantry (rules in tasks/statement_kinds.py); "
        "the last three never join a theme",
    ),
    field("sentiment", pa.string(), "negative, neutral or positive (tasks/sentiment.py)"),
    field("sentiment_score", pa.float32(), "How negative (-1) or positive (+1) the statement is", "score -1..1"),
    field(
        "journey_stage",
        pa.string(),
        "Journey stage the statement is about (the journey map's stage names: discovery, onboarding, "
        "everyday_use, support, billing, renewal by default), null when none fits",
        nullable=True,
    ),
    field(
        "topic_embedding",
        pa.list_(pa.float32()),
        "The analysis model's sentence embedding (all-mpnet-base-v2, 768 values; leading fillers removed) that "
        "sentiment and journey stage are read from and themes cluster on, with the corpus mean removed",
        nullable=True,
    ),
)

THEMES = table_schema(
    "themes",
    "Themes across the corpus: customer statements clustered by meaning, kept when raised in 2+ recordings, ranked.",
    "theme (corpus-level: one file, themes/part-0.parquet, rewritten by `verbatim themes`)",
    field("theme_id", pa.string(), "Stable theme key: kept when a rebuild finds the same theme (centroid similarity >= 0.8)"),
    field("rank", pa.int32(), "1 = raised in the most recordings (ties: most mentions)"),
    field("label", pa.string(), "Short label: the phrase of the representative quote that holds most of the theme's keywords"),
    field("keywords", pa.list_(pa.string()), "Most distinctive words of the theme (class-based TF-IDF)"),
    field("num_recordings", pa.int32(), "Distinct recordings (interviews) that raise the theme"),
    field("num_mentions", pa.int32(), "Statements in the theme"),
    field("representative_statement_id", pa.string(), "The statement closest to all others in the theme (medoid)"),
    field("representative_quote", pa.string(), "Text of the representative statement"),
    field("representative_recording_id", pa.string(), "recording_id of the representative statement"),
    field("representative_start_s", pa.float64(), "Where the representative quote starts in its recording", "seconds"),
    field("share_negative", pa.float64(), "Share of the theme's mentions with negative sentiment", "fraction 0-1"),
    field("share_positive", pa.float64(), "Share of the theme's mentions with positive sentiment", "fraction 0-1"),
    field(
        "journey_stage",
        pa.string(),
        "The most common journey stage of the theme's mentions (null when none has one)",
        nullable=True,
    ),
    field("centroid", pa.list_(pa.float32(), EMBEDDING_DIMENSIONS), "Unit-length mean embedding of the theme's statements"),
    field("built_at", pa.timestamp("us", tz="UTC"), "When the themes were built", "UTC timestamp"),
)

THEME_MENTIONS = table_schema(
    "theme_mentions",
    "Each statement that belongs to a theme: the quotes behind a theme, traceable to the second.",
    "statement in a theme (corpus-level: theme_mentions/part-0.parquet)",
    field("theme_id", pa.string(), "Key of the theme in themes"),
    RECORDING_ID,
    field("statement_id", pa.string(), "Key of the statement in statements"),
    UTTERANCE_ID,
    SPEAKER,
    START,
    END,
    field("text", pa.string(), "The quote"),
    field("similarity", pa.float64(), "Cosine similarity of the statement to the theme centroid", "cosine -1..1"),
)

REDACTIONS = table_schema(
    "redactions",
    "Where personal data was removed from the transcript: the place and the type, never the text.",
    "redacted span",
    RECORDING_ID,
    UTTERANCE_ID,
    START,
    END,
    field("entity_type", pa.string(), "PERSON, EMAIL, PHONE, CARD, BANK, ADDRESS or ID (tasks/redact.py)"),
    field("num_words", pa.int32(), "Words replaced by the placeholder"),
)

MENTIONS = table_schema(
    "mentions",
    "Competitors, feature requests and custom trackers found in customer speech, each traceable to the second.",
    "mention (one per kind, term and place)",
    RECORDING_ID,
    UTTERANCE_ID,
    field("statement_id", pa.string(), "Key of the statement in statements"),
    SPEAKER,
    ROLE,
    START,
    END,
    field("kind", pa.string(), "competitor, feature_request, or a custom tracker's name (--trackers)"),
    field(
        "term",
        pa.string(),
        "The configured competitor name (or the name as said, for one not configured), the request, or the tracker phrase",
    ),
    field("text", pa.string(), "The statement the mention is in"),
)

THEME_SEGMENTS = table_schema(
    "theme_segments",
    "Each theme broken down by customer segment (recordings.segment; null: no segment given).",
    "theme and segment (corpus-level: theme_segments/part-0.parquet)",
    field("theme_id", pa.string(), "Key of the theme in themes"),
    field("segment", pa.string(), "Customer segment of the recordings", nullable=True),
    field("num_recordings", pa.int32(), "Recordings of the segment that raise the theme"),
    field("num_mentions", pa.int32(), "Statements of the theme in recordings of the segment"),
)

FAILURES = table_schema(
    "failures",
    "Recordings that could not be processed: quarantined (the object stays where it is), with why and what to do.",
    "failed processing attempt (one file per flow run: failures/part-<flow_run_id>.parquet)",
    field("source_uri", pa.string(), "The recording that failed (path or s3:// URI)"),
    field("source_etag", pa.string(), "ETag of the S3 object that failed (null for local files)", nullable=True),
    field(
        "stage",
        pa.string(),
        "Stage that failed: the Prefect task (fetch, decode, transcribe, diarize, re-diarize, "
        "align, analyze, write-datasets), process (the flow's own code between tasks), worker (the "
        "warm worker's process died during the run), or consent (not processed: consent refused, withdrawn, "
        "or missing under --require-consent)",
    ),
    field("reason", pa.string(), "What went wrong and how to fix it"),
    field("retryable", pa.bool_(), "True when the error may heal (S3 unreachable): the stack retries it at its next start"),
    field("failed_at", pa.timestamp("us", tz="UTC"), "When it failed", "UTC timestamp"),
    field("flow_run_id", pa.string(), "Prefect flow run that failed (open it in the Prefect UI)", nullable=True),
    field("flow_run_name", pa.string(), "Name of that flow run", nullable=True),
)

ERASURES = table_schema(
    "erasures",
    "Audit of `verbatim forget`: which recording was erased, when, and how many rows each table lost (never any content).",
    "erased recording (one file per forget run: erasures/part-<timestamp>.parquet)",
    RECORDING_ID,
    field("erased_at", pa.timestamp("us", tz="UTC"), "When it was erased", "UTC timestamp"),
    field("rows_removed", pa.string(), "JSON object: table name -> rows removed"),
    field("source_deleted", pa.bool_(), "Whether the recording itself (file or S3 object) was deleted too"),
)

SPEAKER_CORRECTIONS = table_schema(
    "speaker_corrections",
    "Corrections an analyst made to a recording's speakers (verbatim speakers set), applied by verbatim reanalyze: "
    "a name, a role, or a label merged into another (one voice split in two).",
    "correction (one file per verbatim speakers set: speaker_corrections/part-<timestamp>.parquet)",
    RECORDING_ID,
    field("speaker", pa.string(), "Speaker label as diarization gave it (SPEAKER_01)"),
    field("name", pa.string(), "Name to show for the speaker", nullable=True),
    field("role", pa.string(), "interviewer or customer, overriding the inferred role", nullable=True),
    field("merge_into", pa.string(), "Another label of the same recording this speaker's words move to", nullable=True),
    field("corrected_at", pa.timestamp("us", tz="UTC"), "When it was recorded (a later correction of a field wins)"),
)

# Written per recording by `verbatim process`: <table>/recording_id=<sha256>/part-0.parquet
RECORDING_TABLES: dict[str, pa.Schema] = {
    "recordings": RECORDINGS,
    "speaker_turns": SPEAKER_TURNS,
    "utterances": UTTERANCES,
    "words": WORDS,
    "speakers": SPEAKERS,
    "questions": QUESTIONS,
    "qa_pairs": QA_PAIRS,
    "interview_quality": INTERVIEW_QUALITY,
    "statements": STATEMENTS,
    "mentions": MENTIONS,
    "redactions": REDACTIONS,
}
# Written for the whole corpus by `verbatim themes`: <table>/part-0.parquet
VOICES = table_schema(
    "voices",
    "Voices remembered across recordings: enrolled people (named, with a role) and the anonymous voices heard so far. "
    "A speaker embedding only, never audio; verbatim forget removes the voices first heard in a forgotten recording.",
    "voice",
    field("voice_id", pa.string(), "Voice key (speakers.voice_id)"),
    field("name", pa.string(), "Enrolled name; null for an anonymous voice", nullable=True),
    field("role", pa.string(), "Enrolled role (interviewer or customer); null when none was given", nullable=True),
    field("embedding", pa.list_(pa.float32(), 192), "Unit-length mean CAM++ speaker embedding (tasks/voices.py)"),
    field(
        "first_recording_id", pa.string(), "Recording the anonymous voice was first heard in; null when enrolled", nullable=True
    ),
    field("source", pa.string(), "Where it came from: the enrolment clips, or the recording and speaker label"),
    field("created_at", pa.timestamp("us", tz="UTC"), "When the voice was added"),
)

CORPUS_TABLES: dict[str, pa.Schema] = {
    "themes": THEMES,
    "theme_mentions": THEME_MENTIONS,
    "theme_segments": THEME_SEGMENTS,
    "voices": VOICES,
}
# Appended by the processing flow, one file per failed run: <table>/part-<flow_run_id>.parquet
APPEND_TABLES: dict[str, pa.Schema] = {"failures": FAILURES, "erasures": ERASURES, "speaker_corrections": SPEAKER_CORRECTIONS}
TABLES: dict[str, pa.Schema] = RECORDING_TABLES | CORPUS_TABLES | APPEND_TABLES
