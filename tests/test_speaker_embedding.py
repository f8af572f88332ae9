"""CAM++ span pooling: masks of any length, grouped by trunk length (issue: 12-minute recordings
crashed with "all input arrays must have the same shape")."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from verbatim.tasks.packaged_pipeline import BLOCK_MARGIN_S, BLOCK_S
from verbatim.tasks.speaker_embedding import TRUNK_FRAMES_PER_S, CamPlusPlusEmbedding, group_spans, stretch_mask

# segmentation-3.0: 589 frames per 10 s chunk
FRAME_S = 10.0 / 589


def trunk_length(frames: int) -> int:
    """What PackagedSpeakerDiarization._embed_spans makes of an entry of ``frames`` segmentation frames."""
    return max(1, int(round(frames * FRAME_S * TRUNK_FRAMES_PER_S)))


def test_the_failing_shapes_pool_without_error():
    # 3 and 4 segmentation frames both round to 3 trunk frames: before the fix their masks
    # (lengths 3 and 4) were stacked together and np.stack raised.
    assert trunk_length(3) == trunk_length(4) == 3
    model = CamPlusPlusEmbedding()
    rng = np.random.default_rng(0)
    waveform = torch.from_numpy(0.1 * rng.standard_normal((1, 16_000 * 5)).astype(np.float32))
    spans = [(10, trunk_length(3)), (60, trunk_length(4)), (100, 100), (140, 100)]
    masks = [np.ones(3), np.array([1.0, 1.0, 0.0, 1.0]), np.ones(118), np.ones(117)]
    out = model.embed_spans(waveform, spans, masks)
    assert out.shape == (4, model.dimension)
    assert np.isfinite(out).all()


def test_a_mask_is_pooled_the_same_alone_or_in_a_group():
    model = CamPlusPlusEmbedding()
    rng = np.random.default_rng(1)
    waveform = torch.from_numpy(0.1 * rng.standard_normal((1, 16_000 * 4)).astype(np.float32))
    spans = [(5, 50), (70, 50)]
    masks = [rng.random(59), rng.random(58)]
    together = model.embed_spans(waveform, spans, masks)
    alone = np.concatenate([model.embed_spans(waveform, [s], [m]) for s, m in zip(spans, masks)])
    np.testing.assert_allclose(together, alone, rtol=1e-4, atol=1e-4)


def test_stretch_mask_matches_torch_interpolation_and_keeps_weights_in_range():
    mask = np.array([0.0, 1.0, 1.0, 0.5])
    out = stretch_mask(mask, 7)
    expected = torch.nn.functional.interpolate(torch.tensor(mask, dtype=torch.float32)[None, None], size=7,
                                               mode="linear", align_corners=False)[0, 0].numpy()
    np.testing.assert_allclose(out, expected)
    assert stretch_mask(np.zeros(0), 5).tolist() == [0.0] * 5
    assert len(stretch_mask(np.ones(3), 3)) == 3


def test_one_mask_per_span_is_required():
    with pytest.raises(ValueError, match="one mask per span"):
        group_spans([(0, 3)], [])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.floats(0, 2 * BLOCK_S), st.integers(1, 700)), min_size=1, max_size=40))
def test_grouping_holds_for_any_entry_lengths_and_block_positions(entries):
    """Entries as the pipeline builds them (start in s, segmentation frames), in blocks of BLOCK_S:
    every span lands in exactly one group of its own length, with a weight row of that length."""
    by_block: dict[int, list[int]] = {}
    for i, (start_s, _) in enumerate(entries):
        by_block.setdefault(int(start_s // BLOCK_S), []).append(i)
    for block, members in by_block.items():
        lo = max(0.0, block * BLOCK_S - BLOCK_MARGIN_S)
        spans = [(int(round((entries[i][0] - lo) * TRUNK_FRAMES_PER_S)), trunk_length(entries[i][1])) for i in members]
        masks = [np.linspace(0, 1, entries[i][1]) for i in members]
        groups = group_spans(spans, masks)
        seen = sorted(i for _, group, _ in groups for i in group)
        assert seen == list(range(len(spans)))
        for length, group, weights in groups:
            assert weights.shape == (len(group), length)
            assert all(spans[i][1] == length for i in group)
            assert ((weights >= 0) & (weights <= 1 + 1e-6)).all()
