"""Progress lines and the sibling stop signal (tasks/progress.py), on hand-built inputs."""

import pytest

from verbatim.tasks.diarize import progress_hook
from verbatim.tasks.progress import Abandoned, StageWatch, Stop


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_at_most_one_line_every_30_seconds_and_the_first_at_once():
    lines, clock = [], Clock()
    watch = StageWatch("transcription", 3600, lines.append, clock=clock)
    for second in range(0, 600):  # ten minutes of wall time, an update every second
        clock.now = float(second)
        watch.update(second * 6.0)
    assert len(lines) == 20
    assert lines[0] == "transcription: 0.0 of 60.0 min"
    assert lines[1] == "transcription: 3.0 of 60.0 min"


def test_progress_names_the_step_and_never_passes_the_total():
    lines = []
    watch = StageWatch("diarization", 120, lines.append, every_s=0)
    watch.update(500, "speaker embeddings")
    assert lines == ["diarization (speaker embeddings): 2.0 of 2.0 min"]


def test_a_stopped_stage_raises_abandoned_naming_the_failed_sibling():
    stop = Stop()
    watch = StageWatch("transcription", 60, stop=stop)
    watch.update(10)  # not stopped: nothing happens
    stop.set("diarization")
    stop.set("transcription")  # the first failure is the one that counts
    with pytest.raises(Abandoned, match="transcription abandoned: diarization failed"):
        watch.update(20)
    with pytest.raises(Abandoned):
        watch.check()


def test_the_pyannote_hook_reports_batches_and_stops_between_steps():
    lines, stop = [], Stop()
    hook = progress_hook(StageWatch("diarization", 600, lines.append, stop, every_s=0), 600)
    hook("segmentation", None, file={}, total=10, completed=5)
    hook("speaker_counting", object(), file={})  # a step's end: no numbers, only the stop check
    assert lines == ["diarization (segmentation): 5.0 of 10.0 min"]
    stop.set("transcription")
    with pytest.raises(Abandoned):
        hook("embeddings", None, total=4, completed=1)
    with pytest.raises(Abandoned):
        hook("discrete_diarization", object())


def test_a_stage_s_own_failure_stops_its_sibling_but_being_abandoned_does_not():
    from verbatim.tasks.progress import stops_sibling

    stop = Stop()
    with pytest.raises(Abandoned):
        with stops_sibling(stop, "transcription"):
            raise Abandoned("transcription abandoned: diarization failed")
    assert not stop.is_set()
    with pytest.raises(RuntimeError):
        with stops_sibling(stop, "diarization"):
            raise RuntimeError("boom")
    assert stop.is_set() and stop.reason == "diarization"


def test_run_bookkeeping_is_hidden_from_the_terminal_unless_verbose(monkeypatch):
    import logging

    from verbatim.logs import _HideRunBookkeeping, verbose

    hide = _HideRunBookkeeping()

    def shown(message: str) -> bool:
        return hide.filter(logging.LogRecord("prefect.task_runs", logging.INFO, "", 0, message, None, None))

    assert not shown("Running hook '_keep_timing' in response to entering state 'Completed'")
    assert not shown("Hook '_keep_timing' finished running successfully")
    assert not shown("Finished in state Completed()")
    assert not shown("View at http://127.0.0.1:4200/runs/flow-run/abc")
    assert shown("transcription: 23.1 of 60.0 min") and shown("sample.wav: transcribed 74 words, 2 speakers")
    monkeypatch.setenv("VERBATIM_VERBOSE", "1")
    assert verbose()
    monkeypatch.delenv("VERBATIM_VERBOSE")
    assert not verbose()
