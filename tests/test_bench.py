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
        assert variant["ok"] and variant["total_s"] > 0 and variant["peak_ram_mb"] > 100
        if not torch.cuda.is_available():
            assert variant["peak_vram_mb"] is None
    assert set(report["variants"]["naive"]["stages"]) >= {"load-whisper", "transcribe", "load-diarization", "diarize"}
    assert "transcribe+diarize" in report["variants"]["verbatim"]["stages"]
    assert report["speedup_vs_naive"] > 0
    assert "speed-up of verbatim over naive" in proc.stdout
