"""How ``verbatim up --workers N`` shares one machine: GPUs round-robin, cores divided (issue 27).

On one H200, 16 workers with all cores each ran 4-20 times slower than one alone; with the
cores shared out they processed 353x real time (eval/results/gpu-2026-12-04.json)."""

from verbatim.stack.up import worker_share
from verbatim.tasks.settings import Settings
from verbatim.tasks.transcribe import cpu_threads


def test_one_worker_keeps_the_whole_machine():
    assert worker_share(0, 1, gpus=1, cpus=16) == {}


def test_workers_share_one_gpu_and_divide_the_cores():
    shares = [worker_share(i, 4, gpus=1, cpus=16) for i in range(4)]
    assert all(s == {"CUDA_VISIBLE_DEVICES": "0", "OMP_NUM_THREADS": "4"} for s in shares)


def test_workers_go_round_robin_over_gpus():
    assert [worker_share(i, 4, gpus=2, cpus=2)["CUDA_VISIBLE_DEVICES"] for i in range(4)] == ["0", "1", "0", "1"]
    assert worker_share(3, 4, gpus=2, cpus=2)["OMP_NUM_THREADS"] == "1"  # never 0 threads


def test_a_cpu_only_machine_gets_no_gpu_pinning():
    assert worker_share(1, 2, gpus=0, cpus=8) == {"OMP_NUM_THREADS": "4"}


def test_the_users_own_choice_is_kept():
    assert worker_share(1, 4, gpus=1, cpus=16, user_set=True) == {}


def test_transcription_threads_follow_the_share(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert cpu_threads(Settings()) == 3
    assert cpu_threads(Settings(cpu_threads=5)) == 5  # an explicit setting wins
    monkeypatch.setenv("OMP_NUM_THREADS", "junk")
    assert cpu_threads(Settings()) >= 1


def test_speaker_embeddings_take_long_blocks_only_on_a_gpu():
    import torch

    from verbatim.tasks.packaged_pipeline import BLOCK_S, GPU_BLOCK_S, embedding_block_s

    assert embedding_block_s(torch.device("cpu")) == BLOCK_S == 20.0  # bounded RAM on a CPU
    assert embedding_block_s(torch.device("cuda")) == GPU_BLOCK_S > BLOCK_S  # fewer kernel launches
