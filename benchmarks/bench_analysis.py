"""Analysis from shape rules vs torchinfo.summary on the same block, on torch's meta device.

On "meta" tensors have shapes but no storage and torch does no arithmetic, so torchinfo's
figure is its bookkeeping (hooks, a forward that only propagates shapes), the same work the
shape rules do, not a real forward pass."""

from __future__ import annotations

import timeit

from benchmarks import Row
from core import Block, Layer, analyze

LAYERS = 100


def hundred_layer_block() -> Block:
    kinds = [
        Layer("Conv2d", {"out_channels": 16, "kernel_size": 3, "padding": 1}),
        Layer("BatchNorm2d"),
        Layer("ReLU"),
        Layer("AvgPool2d", {"kernel_size": 3, "stride": 1, "padding": 1}),
    ]
    layers = [kinds[i % 4].copy() for i in range(LAYERS)]
    return Block(layers, input_shape=(1, 3, 32, 32))


def best_of(fn, number: int, repeat: int = 5) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def measure() -> list[Row]:
    import torch
    import torchinfo

    from core import instantiate
    from core.analysis.block_analysis import clear_memo

    block = hundred_layer_block()

    def cold() -> None:
        clear_memo()
        analyze(block)

    flip = [0]

    def keystroke() -> None:
        # what the app does per edit: one parameter of one layer changes, then re-analyse
        flip[0] ^= 1
        block.set_param(48, "out_channels", 16 + flip[0])
        analyze(block)

    cold_s = best_of(cold, number=100)
    edit_s = best_of(keystroke, number=200)
    model = instantiate(block).eval().to("meta")

    def summary() -> object:
        return torchinfo.summary(model, input_size=block.input_shape, verbose=0, device=torch.device("meta"))

    reference = summary()  # the first call loads torch's meta kernels: not counted
    assert reference.total_mult_adds == analyze(block).total_mult_adds, "the two must do the same work"
    theirs = best_of(summary, number=3, repeat=3)
    return [
        Row("analysis, 100 layers, cold cache", f"{cold_s * 1e3:.3f} ms", "-", None, "< 1 ms", cold_s < 1e-3),
        Row(
            "analysis per edit vs torchinfo.summary",
            f"{edit_s * 1e3:.3f} ms",
            f"torchinfo on meta {theirs * 1e3:.1f} ms",
            theirs / edit_s,
            ">= 100x faster",
            theirs / edit_s >= 100,
        ),
        Row(
            "analysis cold vs torchinfo.summary",
            f"{cold_s * 1e3:.3f} ms",
            f"torchinfo on meta {theirs * 1e3:.1f} ms",
            theirs / cold_s,
            "informational",
            None,
        ),
    ]
