"""Profiler: real generated modules run with real torch on the CPU (CUDA/MPS where present)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from core import LoadError, analyze
from core.files.examples import EXAMPLES, EXAMPLES_DIR, seed_block
from core.files.project_file import load_block
from core.model.block import Block, Layer
from core.run.inputs import InputSpec
from core.run.profiling import ProfileCancelled, ProfileError, Profiler, ProfileSettings, estimate_memory

# tiny measuring budget: these tests check behaviour, the benchmarks check accuracy
QUICK = ProfileSettings(min_runs=3, min_time_s=0.002, warmup_s=0.0)


def quick(**changes: object) -> ProfileSettings:
    return ProfileSettings(**{**QUICK.__dict__, **changes})


def small(block: Block, side: int = 24) -> Block:
    block.set_option("input_shape", (block.input_shape[0], block.input_shape[1], side, side))
    return block


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_captured_activation_shapes_equal_the_analysis(name: str) -> None:
    block = load_block(EXAMPLES_DIR / name)
    block.set_option("input_shape", (2, block.input_shape[1], 32, 32))
    result = Profiler(quick(timing=False)).run(block)
    analysis = analyze(block)
    assert [r.activation.shape for r in result.layers] == [r.output_shape for r in analysis.layers]
    assert [r.input_shape for r in result.layers] == [r.input_shape for r in analysis.layers]
    assert all(r.activation.dtype == np.float32 for r in result.layers)


def test_activations_are_copies_that_inplace_relu_cannot_overwrite() -> None:
    block = Block(
        [
            Layer("Conv2d", {"out_channels": 8, "kernel_size": 3, "padding": 1}),
            Layer("BatchNorm2d"),
            Layer("ReLU", {"inplace": True}),
            Layer("MaxPool2d", {"kernel_size": 2}),
        ],
        input_shape=(1, 3, 16, 16),
    )
    result = Profiler(quick(timing=False)).run(block)
    bn, relu, pool = (result.layers[i].activation for i in (1, 2, 3))
    assert (bn < 0).any(), "BatchNorm's output was overwritten by the in-place ReLU"
    np.testing.assert_allclose(relu, np.maximum(bn, 0))
    np.testing.assert_allclose(pool, torch.nn.functional.max_pool2d(torch.from_numpy(relu), 2).numpy())


def test_timings_are_positive_and_a_heavy_conv_outweighs_a_relu() -> None:
    block = Block(
        [Layer("Conv2d", {"out_channels": 64, "kernel_size": 7, "padding": 3}), Layer("ReLU")],
        input_shape=(1, 3, 48, 48),
    )
    # one thread: on a busy machine a second OpenMP thread waits for a CPU slice (~8 ms) whatever the layer
    result = Profiler(quick(threads=1)).run(block)
    conv, relu = (r.timing for r in result.layers)
    for timing in (conv, relu, result.total):
        assert timing is not None and len(timing.runs) >= 3
        assert 0 < timing.q1_s <= timing.median_s <= timing.q3_s
    assert conv.median_s > 5 * relu.median_s
    assert result.total.median_s > relu.median_s
    assert result.first_call_s > 0 and all(r.first_call_s > 0 for r in result.layers)


def test_threads_setting_is_used_and_restored() -> None:
    before = torch.get_num_threads()
    result = Profiler(quick(threads=1, timing=False)).run(small(seed_block()))
    assert result.threads == 1
    assert torch.get_num_threads() == before
    assert "1 threads" in result.caption()


def test_cancel_between_layers_stops_early() -> None:
    steps: list[str] = []
    asked = {"stop": False}

    def progress(done: int, total: int, text: str) -> None:
        steps.append(text)
        asked["stop"] = text.startswith("timing layer 2")  # cancel once layer 2's timing starts

    with pytest.raises(ProfileCancelled):
        Profiler(quick(), progress, lambda: asked["stop"]).run(small(seed_block()))
    assert steps[-1] == "timing layer 2 BatchNorm2d"
    assert "timing the whole forward" not in steps


def test_cancel_between_timing_repeats_stops_within_one_run() -> None:
    polls = []

    def should_stop() -> bool:
        polls.append(1)
        return len(polls) > 8  # a few checks into the first layer's timing

    settings = quick(min_runs=1000, min_time_s=60.0)  # would take minutes if the check were ignored
    with pytest.raises(ProfileCancelled):
        Profiler(settings, should_stop=should_stop).run(small(seed_block()))
    assert len(polls) == 9


def test_train_mode_batchnorm_with_one_value_per_channel_is_explained_at_its_line() -> None:
    block = Block(
        [Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer("BatchNorm2d")], input_shape=(1, 3, 3, 3)
    )
    with pytest.raises(LoadError) as caught:
        Profiler(quick(train=True)).run(block)
    error = caught.value
    assert "layer 2 BatchNorm2d" in error.message and "train mode" in error.message
    assert "1x4x1x1" in error.message and "eval mode" in error.message
    assert error.source_line.strip() == "nn.BatchNorm2d(4),"
    # eval mode runs the same block fine: the error is about train mode only
    assert Profiler(quick(timing=False)).run(block).layers[1].activation.shape == (1, 4, 1, 1)


def test_train_mode_runs_with_batch_statistics() -> None:
    block = small(seed_block())
    block.set_option("input_shape", (4, 3, 16, 16))
    result = Profiler(quick(train=True, timing=False)).run(block)
    bn = result.layers[1].activation
    # batch statistics: every channel of the BatchNorm output has mean ~0 and variance ~1
    np.testing.assert_allclose(bn.mean(axis=(0, 2, 3)), 0, atol=1e-4)
    np.testing.assert_allclose(bn.var(axis=(0, 2, 3)), 1, atol=1e-2)
    assert "train mode" in result.caption()


def test_error_in_generated_init_comes_back_with_its_line() -> None:
    block = small(seed_block())
    block.set_option("super_style", "omitted")
    with pytest.raises(LoadError) as caught:
        Profiler(quick()).run(block)
    assert caught.value.type_name == "AttributeError"
    assert "before Module.__init__() call" in caught.value.message
    assert caught.value.line is not None and "self." in caught.value.source_line


def test_refuses_up_front_when_activations_exceed_the_memory_limit() -> None:
    block = seed_block()
    block.set_option("input_shape", (64, 3, 512, 512))
    assert estimate_memory(block, QUICK) > 2 * 1024**3
    with pytest.raises(ProfileError, match=r"needs about .* GiB .* limit is 2\.0 GiB; reduce the batch"):
        Profiler(quick()).run(block)
    with pytest.raises(ProfileError, match="limit is 1.0 KiB"):
        Profiler(quick(memory_limit=1024)).run(small(seed_block()))


def test_invalid_block_and_unknown_device_are_errors_in_words() -> None:
    block = small(seed_block(), side=1)
    with pytest.raises(ProfileError, match="layer 4 MaxPool2d"):
        Profiler(quick()).run(block)
    with pytest.raises(ProfileError, match="device cuda:7 is not available"):
        Profiler(quick(device="cuda:7")).run(small(seed_block()))
    with pytest.raises(ProfileError, match="not one of cpu, cuda, cuda:N, mps"):
        Profiler(quick(device="tpu")).run(small(seed_block()))


@pytest.mark.parametrize("dtype", ["float16", "bfloat16"])
def test_half_precision_on_cpu_returns_float32_arrays(dtype: str) -> None:
    result = Profiler(quick(dtype=dtype)).run(small(seed_block()), InputSpec("sample"))
    assert result.settings.dtype == dtype and dtype in result.caption()
    assert all(r.activation.dtype == np.float32 and np.isfinite(r.activation).all() for r in result.layers)


def test_an_empty_block_times_the_identity_forward() -> None:
    result = Profiler(quick()).run(Block([], input_shape=(1, 3, 8, 8)))
    assert result.layers == [] and result.total is not None and result.total.median_s > 0


def test_the_next_run_works_after_a_failure() -> None:
    bad = small(seed_block())
    bad.set_option("super_style", "omitted")
    with pytest.raises(LoadError):
        Profiler(quick()).run(bad)
    assert len(Profiler(quick()).run(small(seed_block())).layers) == 4


def _accelerators() -> list[str]:
    from core.run.devices import available_devices

    return [d.id for d in available_devices() if d.id != "cpu"]


@pytest.mark.parametrize("device", _accelerators() or [pytest.param("cuda:0", marks=pytest.mark.skip("no GPU"))])
def test_accelerator_run_matches_the_cpu_and_recovers_from_out_of_memory(device: str) -> None:
    block = small(seed_block(), side=32)
    on_cpu = Profiler(quick()).run(block, InputSpec("sample"))
    on_gpu = Profiler(quick(device=device)).run(block, InputSpec("sample"))
    assert [r.activation.shape for r in on_gpu.layers] == [r.activation.shape for r in on_cpu.layers]
    assert all(r.timing.median_s > 0 for r in on_gpu.layers)
    assert Profiler(quick(device=device, dtype="float16")).run(block).layers[0].activation.dtype == np.float32
    huge = seed_block()
    huge.set_option("input_shape", (4096, 3, 2048, 2048))  # ~ 3.5 TB: torch must refuse to allocate
    with pytest.raises(ProfileError, match="out of memory|needs about"):
        Profiler(quick(device=device, memory_limit=1 << 62)).run(huge)
    assert len(Profiler(quick(device=device)).run(block).layers) == 4


def test_an_in_place_first_layer_does_not_change_what_is_captured() -> None:
    import torch

    from core.model.block import Block, Layer
    from core.run.profiling import Profiler, ProfileSettings

    block = Block([Layer("LeakyReLU", {"negative_slope": 0.5, "inplace": True})], input_shape=(1, 2, 4, 4))
    result = Profiler(ProfileSettings(timing=False)).run(block)
    given = torch.tensor(result.input.values)
    expected = torch.nn.functional.leaky_relu(given, 0.5)
    assert torch.equal(torch.tensor(result.layers[0].activation), expected)


def test_dead_units_are_counted_over_the_whole_batch_and_only_after_an_activation() -> None:
    from core.run.activation_stats import dead_units, summarise

    batch = np.ones((3, 4, 2, 2), np.float32)
    batch[:, 1] = 0  # channel 1: zero for every sample and position -> dead
    batch[0, 2] = 0  # channel 2: zero in one sample only -> alive
    dead = dead_units("ReLU", batch)
    assert (dead.dead, dead.total, dead.unit) == (1, 4, "channels")
    assert dead.text() == "dead channels: 1 of 4 (zero everywhere for all 3 samples)"
    assert dead_units("MaxPool2d", batch) is None  # a pool's zeros are only zeros
    features = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 2.0]], np.float32)
    assert dead_units("LeakyReLU", features).text() == "dead features: 1 of 3 (zero everywhere for all 2 samples)"
    assert "dead" not in summarise(batch).text() and "zeros 33.3%" in summarise(batch).text()
