"""Profiler accuracy: each layer's median vs torch.utils.benchmark.Timer.blocked_autorange on
the same layer, input and thread count; and the generated ConvBlock vs the seed's hand-written
class, both timed by Timer."""

from __future__ import annotations

import runpy
import statistics
from pathlib import Path

from benchmarks import Row
from core.files.examples import seed_block
from core.model.block import Block

SIDE = 112  # a 112x112 input keeps every layer well above timer resolution
MIN_TIME_S = 0.2
ROUNDS = 5  # ours and Timer alternate; the median of the per-round ratios is compared
WARMUP_CALLS = 20


SEED_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "import" / "seed_convblock.py"


def seed_handwritten_class() -> type:
    """The seed's ConvBlock exactly as the blog post writes it (tabs, Korean docstring and all)."""
    return runpy.run_path(str(SEED_FILE))["ConvBlock"]


def block_under_test() -> Block:
    block = seed_block()
    block.input_shape = (1, 3, SIDE, SIDE)
    return block


def layer_inputs(block: Block, threads: int) -> tuple[list, list]:
    """The block's layers and each one's input, as the profiler caches them."""
    import torch

    from core import instantiate
    from core.run.inputs import InputSpec, make_input
    from core.run.profiling import leaf_layers

    model = instantiate(block).eval()
    x = torch.tensor(make_input(InputSpec("random"), block.input_shape).values)
    layers, inputs = leaf_layers(model), []
    with torch.inference_mode():
        for layer in layers:
            inputs.append(x.clone())
            x = layer(x)
    return layers, inputs


def timer_median(fn_globals: dict, threads: int) -> float:
    import torch
    from torch.utils.benchmark import Timer

    with torch.inference_mode():
        # warm up as the profiler does: a module's first calls pay for allocator growth (glibc
        # moves large blocks from mmap to the heap only after a few frees) and weight reorders
        for _ in range(WARMUP_CALLS):
            fn_globals["m"](fn_globals["x"])
        timer = Timer("m(x)", globals=fn_globals, num_threads=threads)
        return timer.blocked_autorange(min_run_time=MIN_TIME_S).median


def per_layer_rows(threads: int) -> list[Row]:
    import torch

    from core.run.profiling import Profiler, ProfileSettings

    block = block_under_test()
    layers, inputs = layer_inputs(block, threads)
    settings = ProfileSettings(threads=threads, min_runs=10, min_time_s=MIN_TIME_S, warmup_s=0.05, capture=False)
    ours: list[list[float]] = [[] for _ in layers] + [[]]
    theirs: list[list[float]] = [[] for _ in layers] + [[]]
    whole = layers_model(block)
    for _ in range(ROUNDS):
        result = Profiler(settings).run(block)
        for i, report in enumerate(result.layers):
            ours[i].append(report.timing.median_s)
        ours[-1].append(result.total.median_s)
        before = torch.get_num_threads()
        for i, (layer, x) in enumerate(zip(layers, inputs)):
            theirs[i].append(timer_median({"m": layer, "x": x}, threads))
        theirs[-1].append(timer_median({"m": whole, "x": inputs[0]}, threads))
        torch.set_num_threads(before)
    names = [f"{i + 1} {layer.kind}" for i, layer in enumerate(block.layers)] + ["whole block"]
    rows = []
    for name, mine, reference in zip(names, ours, theirs):
        a, b = statistics.median(mine), statistics.median(reference)
        # paired: each round's two figures were taken a second apart, so a machine that speeds
        # up or slows down between rounds (other processes, frequency scaling) cancels out
        ratio = statistics.median(m / r for m, r in zip(mine, reference))
        rows.append(
            Row(
                f"layer median vs Timer, {threads} thread{'s' if threads > 1 else ''}: {name}",
                f"{a * 1e3:.4f} ms",
                f"Timer {b * 1e3:.4f} ms",
                ratio,
                "ours/Timer 0.85-1.15",
                0.85 <= ratio <= 1.15,
            )
        )
    return rows


def layers_model(block: Block):  # noqa: ANN201
    from core import instantiate

    return instantiate(block).eval()


def generated_vs_handwritten(threads: int) -> Row:
    import torch

    from core import instantiate

    block = block_under_test()
    generated = instantiate(block).eval()
    handwritten = seed_handwritten_class()(3, 1, 1, 2, 2).eval()
    # the same weights: only the code that builds and calls the layers differs
    handwritten.load_state_dict(generated.state_dict())
    x = torch.randn(block.input_shape)
    ratios, gen_times, hand_times = [], [], []
    for _ in range(5):  # alternate so drift in the machine's speed hits both alike
        gen = timer_median({"m": generated, "x": x}, threads)
        hand = timer_median({"m": handwritten, "x": x}, threads)
        ratios.append(gen / hand)
        gen_times.append(gen)
        hand_times.append(hand)
    ratio = statistics.median(ratios)
    return Row(
        f"generated ConvBlock vs the seed's hand-written class, {threads} thread{'s' if threads > 1 else ''}",
        f"{statistics.median(gen_times) * 1e3:.4f} ms",
        f"hand-written {statistics.median(hand_times) * 1e3:.4f} ms",
        ratio,
        "generated/hand-written 0.95-1.05",
        0.95 <= ratio <= 1.05,
    )


def measure() -> list[Row]:
    import torch

    # no allocator tuning (mallopt and the like): the app does none, so its timings live with
    # glibc's defaults, and so do both sides of this comparison
    threads = torch.get_num_threads()
    counts = [1, threads] if threads > 1 else [1]
    rows = [row for n in counts for row in per_layer_rows(n)]
    rows += [generated_vs_handwritten(n) for n in counts]
    return rows
