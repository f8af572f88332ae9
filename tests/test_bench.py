"""``verbatim bench`` runs both variants on a short clip and reports sane figures."""

import json

import torch

from tests.conftest import SHARED

def test_bench_runs_on_a_short_clip(run_cli, tmp_path):
    report_path = tmp_path / "bench.json"
    proc = run_cli("bench", str(SHARED / "speech" / "jfk.flac"), "--json", str(report_path))
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert abs(report["audio_s"] - 11.0) < 0.1
    for name in ("verbatim", "naive"):
        variant = report["variants"][name]
        # the whole run holds every timed stage (naive's run one after another)
        assert variant["ok"] and variant["peak_ram_mb"] > 100
        assert variant["total_s"] >= max(variant["stages"].values())
        if name == "naive":
            assert variant["total_s"] >= 0.99 * sum(variant["stages"].values())
        if not torch.cuda.is_available():
            assert variant["peak_vram_mb"] is None
    assert set(report["variants"]["naive"]["stages"]) >= {"load-whisper", "transcribe", "load-diarization", "diarize"}
    # verbatim's stages are Prefect's task-run times: transcription and diarization side by side
    assert {"fetch", "decode", "transcribe", "diarize", "align", "write-datasets"} <= set(report["variants"]["verbatim"]["stages"])
    assert f"speed-up of verbatim over naive: {report['speedup_vs_naive']:.2f}x" in proc.stdout  # what is printed is what is saved
