"""Analysis from shape rules vs torchinfo.summary (a forward pass with hooks) on the same block."""

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

    block = hundred_layer_block()
    ours = best_of(lambda: analyze(block), number=200)
    model = instantiate(block).eval()
    torch.set_num_threads(torch.get_num_threads())
    theirs = best_of(
        lambda: torchinfo.summary(model, input_size=block.input_shape, verbose=0, device="cpu"), number=3, repeat=3
    )
    ratio = theirs / ours
    return [
        Row("analysis, 100-layer block", f"{ours * 1e3:.3f} ms", "-", None, "< 1 ms", ours < 1e-3),
        Row(
            "analysis vs torchinfo.summary",
            f"{ours * 1e3:.3f} ms",
            f"torchinfo {theirs * 1e3:.1f} ms",
            ratio,
            ">= 100x faster",
            ratio >= 100,
        ),
    ]
