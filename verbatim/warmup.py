"""Load the transcription model while the Prefect API starts.

The tasks later ask the same cached, locked getter, so nothing loads twice. The
diarization pipeline is not loaded here: importing pyannote.audio costs ~15 s of one
core, which the diarize task spends while transcription already runs beside it.
"""

from __future__ import annotations

from verbatim.tasks.settings import Settings


def load_transcription_model(settings: Settings) -> None:
    """Load faster-whisper now; a failure is left for the transcribe task to report per recording."""
    from verbatim.tasks import transcribe

    try:
        transcribe.get_model(settings)
    except Exception:
        pass
