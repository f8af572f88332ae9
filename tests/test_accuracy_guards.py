"""Accuracy guards end to end, real models on rendered speech: the two-voice rule, no invented
text at a recording's end, robustness to dither and a little gain, a lossless re-encode,
determinism under load, and the language check."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pyarrow.dataset as ds
import pytest
import soundfile

from verbatim.tasks.audio import SAMPLE_RATE, decode
from eval.synth import Line, Voice, render, speak, write_wav
from eval.theme_interviews import SCRIPTS
from eval.themes import same_question

I, C = "interviewer", "customer"
SAME_VOICE = {I: Voice("en-us"), C: Voice("en-us")}  # one voice for both: diarization can only hear one
TWO_VOICE_LINES = [
    Line(I, "Thanks for joining. Tell me about the last time you ordered from us."),
    Line(C, "It was two weeks ago. The parcel arrived four days late and the box was damaged."),
    Line(I, "What happened when you contacted support?"),
    Line(C, "Nobody answered my email for a whole week, which was really frustrating."),
    Line(I, "Would you order from us again?"),
    Line(C, "Probably not, unless delivery gets a lot faster."),
]


def table(out, name):
    return ds.dataset(out / name, format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("guards")
    render(TWO_VOICE_LINES, SAME_VOICE, folder / "one-voice.wav")
    voices, lines = SCRIPTS["ember"]
    render(lines, voices, folder / "ember.wav")
    render(lines, voices, folder / "ember-dithered.wav", dither_seed=7)
    render(lines, voices, folder / "ember-louder.wav", dither_seed=8, gain_db=1.0)
    pcm, rate = soundfile.read(folder / "ember.wav", dtype="int16")
    soundfile.write(folder / "ember.flac", pcm, rate, subtype="PCM_16")  # lossless: the same samples
    # an interview that ends in 25 s of faint noise, where Whisper likes to repeat itself
    render(lines, voices, folder / "tail.wav")
    samples = decode(folder / "tail.wav", "tail.wav").samples
    tail = np.concatenate([samples, np.zeros(25 * SAMPLE_RATE, np.float32)])
    write_wav(folder / "tail.wav", tail, noise_db=-55.0, dither_seed=3)
    return folder


@pytest.fixture(scope="module")
def processed(rendered, run_cli, tmp_path_factory):
    out = tmp_path_factory.mktemp("guards-out")
    names = ["one-voice.wav", "ember.wav", "ember-dithered.wav", "ember-louder.wav", "ember.flac", "tail.wav"]
    proc = run_cli("process", *[str(rendered / n) for n in names], "--out", str(out))
    assert proc.returncode == 0, proc.stderr[-3000:]
    recordings = {r["source_uri"].rsplit("/", 1)[-1]: r for r in table(out, "recordings")}
    return out, recordings


def test_one_voice_that_asks_and_answers_is_rediarized_with_two(processed):
    out, recordings = processed
    rec = recordings["one-voice.wav"]
    assert rec["speaker_count_rule"] == "two_voices"
    assert rec["num_speakers"] == 2
    questions = [q for q in table(out, "questions") if q["recording_id"] == rec["recording_id"]]
    assert len(questions) >= 2


def test_no_sentence_is_invented_in_the_silence_after_the_last_answer(processed):
    out, recordings = processed
    rec = recordings["tail.wav"]
    speech_end = rec["duration_s"] - 25.0
    words = [w for w in table(out, "words") if w["recording_id"] == rec["recording_id"]]
    assert words, "the interview itself was transcribed"
    late = [w["word"] for w in words if w["start_s"] > speech_end + 1.0]
    assert late == [], f"words in the silent tail: {' '.join(late)}"


def questions_of(out, recording_id):
    """(type, words) of each question, in the order asked; the words as letters and digits only,
    since how Whisper spells a compound ("offline" or "off -line", which one CPU model gave for
    the dithered rendering) is no other question."""
    asked = sorted((q["start_s"], q["question_type"], re.sub(r"[^a-z0-9]", "", q["text"].lower()))
                   for q in table(out, "questions") if q["recording_id"] == recording_id)
    return [(kind, text) for _, kind, text in asked]


def test_dither_nobody_hears_changes_no_question(processed):
    out, recordings = processed
    plain, dithered = recordings["ember.wav"], recordings["ember-dithered.wav"]
    assert plain["recording_id"] != dithered["recording_id"]  # different bytes
    assert questions_of(out, plain["recording_id"]) == questions_of(out, dithered["recording_id"])
    assert len(questions_of(out, plain["recording_id"])) >= 2


def test_a_little_gain_changes_no_question_or_type(processed):
    out, recordings = processed
    plain, louder = recordings["ember.wav"], recordings["ember-louder.wav"]
    before, after = questions_of(out, plain["recording_id"]), questions_of(out, louder["recording_id"])
    assert len(before) >= 2 and len(after) == len(before)
    # The same questions with the same types; a word may differ ("offline mode" heard as
    # "off time mode" at +1 dB), which is transcription, not which questions were asked.
    for (kind, text), (kind_after, text_after) in zip(before, after):
        assert kind_after == kind and same_question(text, text_after), (text, text_after)


def test_a_lossless_reencode_gives_the_same_utterances(processed):
    out, recordings = processed
    wav, flac = recordings["ember.wav"], recordings["ember.flac"]
    assert wav["recording_id"] != flac["recording_id"]

    def said(recording_id):
        return [row[1:] for row in utterance_rows(out, recording_id)]  # without the id, which names the file's bytes

    assert said(wav["recording_id"]) == said(flac["recording_id"])


def utterance_rows(out, recording_id):
    return sorted((u["utterance_id"], u["speaker"], u["start_s"], u["end_s"], u["text"])
                  for u in table(out, "utterances") if u["recording_id"] == recording_id)


def test_same_bytes_give_identical_rows_on_a_busy_machine(processed, rendered, run_cli, tmp_path):
    out, recordings = processed
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        proc = run_cli("process", str(rendered / "ember.wav"), "--out", str(tmp_path))
    finally:
        for p in busy:
            p.kill()
    assert proc.returncode == 0, proc.stderr[-3000:]
    rid = recordings["ember.wav"]["recording_id"]
    assert utterance_rows(tmp_path, rid) == utterance_rows(out, rid)


def test_speech_an_english_only_model_cannot_transcribe_is_refused(tmp_path, run_cli):
    german = "Guten Tag. Ich arbeite seit zehn Jahren in einer Bäckerei in München, und die Lieferung kam leider zu spät."
    path = tmp_path / "deutsch.wav"
    write_wav(path, np.concatenate([speak(german, Voice("de")), np.zeros(SAMPLE_RATE, np.float32), speak(german, Voice("de"))]))
    proc = run_cli("process", str(path), "--out", str(tmp_path / "out"), "--whisper-model", "tiny.en")
    assert proc.returncode == 1
    line = next(l for l in proc.stderr.splitlines() if "deutsch.wav" in l and "language" in l)
    assert "'de'" in line and "--whisper-model base" in line
    assert not (tmp_path / "out" / "recordings").exists()


def test_a_window_the_model_doubts_gives_the_same_words_every_time():
    # espeak's "zero seven seven ..." is a window Whisper base doubts (mean log-probability under
    # -1), so faster-whisper falls back. Its sampling, from an unseeded generator, gave three
    # different texts in four runs ("Lero 7, 7, Lero, Lero, Hine", "deal with 7000, deal with
    # 9000"); tasks/steady_decoding.py re-decodes by beam search instead.
    from verbatim.tasks import transcribe
    from verbatim.tasks.settings import Settings

    pause = np.zeros(SAMPLE_RATE // 2, dtype=np.float32)
    said = speak("Best number is zero seven seven zero zero nine zero zero two seven six.", Voice("en-us", 50, 160))
    samples = np.concatenate([pause, said, pause])
    runs = {tuple(w.text for w in transcribe.transcribe(samples, Settings(language="en"), "doubtful").words) for _ in range(4)}
    assert len(runs) == 1, runs
    (words,) = runs
    assert len(words) < 40, words  # and no 440-token loop, as beam search at temperature 0 alone wrote
