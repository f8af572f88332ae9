"""Window clustering (spectral, eigengap) and speaker naming on hand-built inputs."""

import numpy as np
import pytest
from pyannote.core import Annotation, Segment

from verbatim.tasks.diarize import _turns, speaker_names
from verbatim.tasks.roles import sounds_like_two_voices
from verbatim.tasks.speaker_clustering import cluster_windows, merge_close


def voices(counts, dim=16, spread=0.15, seed=0):
    """Noisy copies of ``len(counts)`` random unit directions, ``counts[k]`` of voice k."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((len(counts), dim))
    rows, truth = [], []
    for k, n in enumerate(counts):
        rows.append(centres[k] + spread * np.linalg.norm(centres[k]) * rng.standard_normal((n, dim)) / np.sqrt(dim))
        truth += [k] * n
    return np.concatenate(rows), np.array(truth)


def same_partition(a, b):
    return all((a[i] == a[j]) == (b[i] == b[j]) for i in range(len(a)) for j in range(len(a)))


@pytest.mark.parametrize("counts", [[30, 20], [25, 25, 10], [40, 12, 12, 8]])
def test_eigengap_finds_the_number_of_voices(counts):
    x, truth = voices(counts)
    labels = cluster_windows(x)
    assert len(set(labels)) == len(counts)
    assert same_partition(labels, truth)


def test_one_voice_stays_one():
    x, _ = voices([40])
    assert set(cluster_windows(x)) == {0}


def test_a_given_count_is_honoured():
    x, truth = voices([30, 20])
    assert len(set(cluster_windows(x, num_speakers=3))) == 3
    assert same_partition(cluster_windows(x, num_speakers=2), truth)


def test_same_input_same_labels():
    x, _ = voices([25, 25, 10], seed=3)
    assert (cluster_windows(x) == cluster_windows(x.copy())).all()


def test_large_inputs_are_subsampled_and_still_assigned():
    x, truth = voices([1500, 1000], seed=1)
    labels = cluster_windows(x)
    assert len(labels) == len(x) and same_partition(labels[::50], truth[::50])


def test_merge_close_joins_near_identical_centroids():
    x, _ = voices([20, 20])
    labels = np.array([0] * 10 + [1] * 10 + [2] * 20)  # voice 0 split in two
    assert len(set(merge_close(labels, x, 0.9))) == 2


def test_one_voice_one_name_in_both_diarizations():
    # Both outputs share pyannote's labels. "b" speaks first but only under "a"'s speech, so the
    # exclusive diarization has "a" alone: naming each annotation by its own order of first
    # appearance (the old code) called "a" SPEAKER_01 in one table and SPEAKER_00 in another.
    overlapping, exclusive = Annotation(), Annotation()
    overlapping[Segment(0.0, 2.0)] = "b"
    overlapping[Segment(0.0, 4.0)] = "a"
    exclusive[Segment(0.0, 4.0)] = "a"
    names = speaker_names(overlapping, exclusive)
    turns = {t.speaker for t in _turns(overlapping, names)}
    exclusive_turns = {t.speaker for t in _turns(exclusive, names)}
    assert names == {"b": "SPEAKER_00", "a": "SPEAKER_01"}
    assert exclusive_turns <= turns and exclusive_turns == {"SPEAKER_01"}


def utt(index, speaker, text):
    from verbatim.tasks.align import Utterance
    from verbatim.tasks.transcribe import Word

    return Utterance(index, speaker, tuple(Word(index + i * 0.1, index + i * 0.1 + 0.1, t, 0.9)
                                           for i, t in enumerate(text.split())))


def test_two_voice_rule_fires_only_for_one_speaker_who_asks_and_answers():
    asks_and_answers = [utt(0, "S0", "Tell me about your last order?"), utt(1, "S0", "It came late."),
                        utt(2, "S0", "Would you ever pay more?"), utt(3, "S0", "No, it is too expensive.")]
    assert sounds_like_two_voices(asks_and_answers)
    monologue = [utt(0, "S0", "I run a bakery."), utt(1, "S0", "It came late."), utt(2, "S0", "Why? Who knows?")]
    assert not sounds_like_two_voices(monologue)
    two = [utt(0, "S0", "Tell me about it?"), utt(1, "S1", "It came late."), utt(2, "S0", "Why did it?")]
    assert not sounds_like_two_voices(two)


# --- frame-level reconstruction (tasks/packaged_pipeline.py) ---------------------------------

def frame_level_clusters(seg, hard, windows, owned):
    """The reconstruction's frame-level activations from the 2 s window votes (no refinement)."""
    from verbatim.tasks.packaged_pipeline import clustered_segmentations, frame_choices, speaker_count

    return clustered_segmentations(seg, frame_choices(seg, hard, windows), speaker_count(hard, windows["labels"]), owned)


def test_a_local_speaker_stretched_over_two_voices_is_split_where_the_windows_change():
    # One chunk of 10 frames, one local speaker active throughout (the segmentation model
    # merged two voices), windows of 4 frames: the first two vote voice 0, the last two voice 1.
    seg = np.zeros((1, 10, 2))
    seg[0, :, 0] = 1
    windows = {"owners": [(0, 0)] * 4, "labels": np.array([0, 0, 1, 1]), "weights": np.ones(4),
               "starts": np.array([0, 2, 4, 6]), "window_frames": 4}
    hard = np.array([[0, -2]])  # the pair's overall vote: voice 0; local speaker 1 inactive
    out = frame_level_clusters(seg, hard, windows, owned=[(0, 10)])
    assert out.shape == (1, 10, 2)
    assert out[0, :4, 0].tolist() == [1, 1, 1, 1] and out[0, :4, 1].sum() == 0
    assert out[0, 6:, 1].tolist() == [1, 1, 1, 1] and out[0, 6:, 0].sum() == 0
    # old behaviour (one label per pair) would have given every frame to voice 0
    assert out[0, :, 1].sum() >= 4


def test_frames_without_windows_keep_the_pairs_vote_and_edges_only_break_ties():
    from verbatim.tasks.packaged_pipeline import EDGE_WEIGHT

    seg = np.zeros((1, 10, 1))
    seg[0, :, 0] = 1
    windows = {"owners": [(0, 0)], "labels": np.array([1]), "weights": np.ones(1),
               "starts": np.array([0]), "window_frames": 3}
    out = frame_level_clusters(seg, np.array([[0]]), windows, owned=[(2, 8)])
    assert out[0, 2, 1] == 1.0  # inside the owned part, under the window: voice 1
    assert out[0, 5, 0] == 1.0  # no window over it: the pair's vote, voice 0
    assert out[0, 0, 1] == EDGE_WEIGHT and out[0, 9, 0] == EDGE_WEIGHT  # outside: tie-break weight


def test_frame_level_reconstruction_is_deterministic():
    rng = np.random.default_rng(0)
    seg = (rng.random((3, 20, 3)) > 0.5).astype(float)
    windows = {"owners": [(c, s) for c in range(3) for s in range(3)], "labels": rng.integers(0, 2, 9),
               "weights": rng.random(9), "starts": rng.integers(0, 15, 9), "window_frames": 5}
    hard = rng.integers(0, 2, (3, 3))
    a = frame_level_clusters(seg, hard, windows, owned=[(0, 10), (5, 15), (10, 20)])
    b = frame_level_clusters(seg, hard, windows, owned=[(0, 10), (5, 15), (10, 20)])
    assert np.array_equal(a, b)


def test_short_windows_move_a_voice_change_to_where_the_voice_changes():
    from verbatim.tasks.packaged_pipeline import short_window_choice

    # 20 frames; the 2 s votes put the change at frame 12, the short windows (4 frames each,
    # one every 2 frames) hear voice 1 from frame 8 on.
    chosen = np.array([0] * 12 + [1] * 8)
    centroids = np.array([[1.0, 0.0], [0.0, 1.0]])
    starts = list(range(0, 17, 2))
    vectors = np.array([[1.0, 0.1] if f0 + 2 <= 8 else [0.1, 1.0] for f0 in starts])
    out = short_window_choice(chosen, np.array([0, 1]), centroids, starts, vectors, width=4)
    assert out[:7].tolist() == [0] * 7 and out[9:].tolist() == [1] * 11
    # frames no short window covers keep their vote; NaN vectors (no speech) vote for nothing
    nan = np.full_like(vectors, np.nan)
    assert short_window_choice(chosen, np.array([0, 1]), centroids, starts, nan, width=4).tolist() == chosen.tolist()
