"""eval/gpu_bench.py's pure parts: the recordings it tiles and the decoding it forces (issue 27)."""

import json

import numpy as np

from eval.gpu_bench import ARCHS, SAMPLE_RATE, forced_tokens, plan, recording


def test_recordings_have_the_asked_length_and_differ_from_each_other():
    clip = (np.arange(SAMPLE_RATE * 10) % 30000).astype(np.int16)
    a, b = recording(clip, 0.5, 0), recording(clip, 0.5, 1)
    assert len(a) == len(b) == 30 * SAMPLE_RATE
    assert not np.array_equal(a, b)  # each starts at another point of the clip
    assert np.array_equal(a, recording(clip, 0.5, 0))  # same input, same recording


def test_random_models_decode_a_fixed_number_of_tokens(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"lang_ids": []}))  # English-only (tiny.en)
    assert forced_tokens(tmp_path, 87) == {"suppress_tokens": [-1, 50256], "max_new_tokens": 87, "without_timestamps": True}
    (tmp_path / "config.json").write_text(json.dumps({"lang_ids": [50259, 50260]}))  # multilingual
    assert forced_tokens(tmp_path, 87)["suppress_tokens"] == [-1, 50257]


def test_architectures_match_openai_whisper():
    turbo = ARCHS["large-v3-turbo"]
    assert (turbo["encoder_layers"], turbo["decoder_layers"], turbo["d_model"], turbo["mels"]) == (32, 4, 1280, 128)
    assert ARCHS["tiny.en"]["vocab"] == 51864 and ARCHS["base"]["vocab"] == 51865


def test_every_plan_names_known_architectures_and_stages():
    for name in ("full", "scaling", "final", "quick"):
        for arch, minutes, in_flight, stages in plan(name):
            assert arch in ARCHS and minutes > 0 and in_flight >= 1
            assert stages in (("transcription", "diarization"), ("transcription",), ("diarization",), ("processes",))
