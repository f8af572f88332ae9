import pytest

from verbatim.tasks.errors import ConfigError
from verbatim.tasks.settings import Settings


@pytest.mark.parametrize(
    "kwargs, flag",
    [
        ({"device": "tpu"}, "--device"),
        ({"compute_type": "int3"}, "--compute-type"),
        ({"beam_size": 0}, "--beam-size"),
        ({"min_speakers": 3, "max_speakers": 2}, "--min-speakers/--max-speakers"),
        ({"num_speakers": 0}, "--num-speakers"),
        ({"num_speakers": 5, "max_speakers": 2}, "--num-speakers"),
        ({"concurrency": 0}, "--concurrency"),
    ],
)
def test_bad_settings_name_the_flag_and_the_fix(kwargs, flag):
    with pytest.raises(ConfigError) as err:
        Settings(**kwargs).validate()
    assert err.value.subject == flag
    assert err.value.fix


def test_env_overrides_defaults_and_cli_overrides_env(monkeypatch):
    monkeypatch.setenv("VERBATIM_WHISPER_MODEL", "base")
    monkeypatch.setenv("VERBATIM_MAX_SPEAKERS", "3")
    s = Settings.from_env()
    assert s.whisper_model == "base" and s.max_speakers == 3
    assert Settings.from_env(whisper_model="tiny.en").whisper_model == "tiny.en"


def test_env_with_non_integer_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("VERBATIM_BEAM_SIZE", "five")
    with pytest.raises(ConfigError, match="VERBATIM_BEAM_SIZE"):
        Settings.from_env()
