"""Peak memory of diarization's large brief steps, the figures behind the long-recording choices.

    uv run python -m eval.long_audio --minutes 12.5 --joined --seed 3 --out joined-12.5min.wav
    uv run python -m eval.memory_probe joined-12.5min.wav

Prints, measured in this process (resident size sampled every 5 ms, one torch thread as
diarization runs beside transcription): the segmentation model's peak and time over the whole
file at batch sizes 32, 8, 4 and 2 (``SEGMENTATION_BATCH``), and the CAM++ trunk's peak over
blocks of 17, 32 and 62 s of audio (``BLOCK_S``). Run it alone: the timings are wall time.
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

import numpy as np
import torch

from verbatim.tasks import audio, diarize
from verbatim.tasks.memory import release_free_memory
from verbatim.tasks.settings import Settings


class PeakSampler:
    """Resident size of this process, sampled in a thread; ``measure`` gives the peak above the start."""

    def __init__(self) -> None:
        self.peak = 0
        threading.Thread(target=self._run, daemon=True).start()

    @staticmethod
    def rss_mb() -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
        return 0

    def _run(self) -> None:
        while True:
            self.peak = max(self.peak, self.rss_mb())
            time.sleep(0.005)

    def measure(self, fn) -> tuple[int, float]:
        release_free_memory()
        time.sleep(0.2)
        before = self.rss_mb()
        self.peak = 0
        start = time.perf_counter()
        fn()
        return self.peak - before, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("audio", type=Path)
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    pipeline = diarize.get_pipeline(Settings(), "cpu")
    decoded = audio.decode(args.audio, str(args.audio))
    file = {"waveform": torch.from_numpy(decoded.pcm)[None], "sample_rate": audio.SAMPLE_RATE, "uri": "probe"}
    sampler = PeakSampler()
    print(f"segmentation of {decoded.duration_s / 60:.1f} min")
    for batch in (32, 8, 4, 2):
        pipeline._segmentation.batch_size = batch
        grew, seconds = sampler.measure(lambda: pipeline.get_segmentations(file))
        print(f"  batch {batch:>2}: peak +{grew} MB, {seconds:.1f} s")
    print("CAM++ trunk (fbank + convolutional trunk) over one block")
    embedding = pipeline._embedding
    rng = np.random.default_rng(0)
    for block_s in (17, 32, 62):
        wave = torch.from_numpy((0.1 * rng.standard_normal((1, block_s * audio.SAMPLE_RATE))).astype(np.float32))
        with torch.inference_mode():
            grew, seconds = sampler.measure(lambda: embedding._trunk(embedding._fbank(wave).T[None]))
        print(f"  {block_s:>2} s: peak +{grew} MB, {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
