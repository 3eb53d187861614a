"""Graph analysis (shape rules) vs torchinfo.summary on the `meta` device, on a 100-step residual graph.

On `meta` torch computes shapes without touching data, so torchinfo's time is its own overhead:
hooks, the traced forward and its bookkeeping, the fairest reference for "shapes and counts".
"""

from __future__ import annotations

import timeit

from benchmarks import Row
from core import Block, Layer, analyze
from core.model.steps import INPUT, Module, Step

STEPS = 100


def residual_graph(steps: int = STEPS) -> Block:
    """ResNet-style: identity = x; conv-bn-relu-conv-bn; out += identity; relu; repeated to `steps` steps."""
    modules: list[Module] = []
    graph: list[Step] = []
    current = INPUT
    unit = 0
    while len(graph) < steps:
        unit += 1
        identity = Step("assign", "", [current], output="identity")
        graph.append(identity)
        value = current
        for name, layer in (
            (f"conv{unit}a", Layer("Conv2d", {"out_channels": 16, "kernel_size": 3, "padding": 1, "bias": False})),
            (f"bn{unit}a", Layer("BatchNorm2d")),
            (f"relu{unit}", Layer("ReLU")),
            (f"conv{unit}b", Layer("Conv2d", {"out_channels": 16, "kernel_size": 3, "padding": 1, "bias": False})),
            (f"bn{unit}b", Layer("BatchNorm2d")),
        ):
            if name != f"relu{unit}" or not any(m.name == name for m in modules):
                modules.append(Module(name, layer))
            graph.append(Step("call_module", name, [value], output="out"))
            value = graph[-1].uid
        graph.append(Step("call_function", "add", [value, identity.uid], {"inplace": True}, output="out"))
        graph.append(Step("call_module", f"relu{unit}", [graph[-1].uid], output="out"))
        current = graph[-1].uid
    del graph[steps:]
    called = {s.target for s in graph if s.op == "call_module"}
    modules = [m for m in modules if m.name in called]  # a module no step calls has no input size
    return Block(class_name="ResidualStack", input_shape=(1, 16, 32, 32), modules=modules, steps=graph)


def best_of(fn, number: int, repeat: int = 5) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def measure() -> list[Row]:
    import torch
    import torchinfo

    from core import instantiate
    from core.analysis.block_analysis import clear_memo

    block = residual_graph()
    assert analyze(block).ok, analyze(block).error

    def cold() -> None:
        clear_memo()
        analyze(block)

    cold_s = best_of(cold, number=50)
    warm_s = best_of(lambda: analyze(block), number=200)
    model = instantiate(block).eval().to("meta")
    threads = torch.get_num_threads()
    theirs = best_of(
        lambda: torchinfo.summary(model, input_size=block.input_shape, verbose=0, device="meta"), number=3, repeat=3
    )
    return [
        Row(f"graph analysis, {STEPS} residual steps, cold cache", f"{cold_s * 1e3:.3f} ms", "-", None, "< 1 ms",
            cold_s < 1e-3),
        Row(f"graph analysis ({STEPS} steps, warm) vs torchinfo on meta", f"{warm_s * 1e3:.3f} ms",
            f"torchinfo meta {theirs * 1e3:.1f} ms ({threads} threads)", theirs / warm_s, ">= 100x faster",
            theirs / warm_s >= 100),
        Row(f"graph analysis ({STEPS} steps, cold) vs torchinfo on meta", f"{cold_s * 1e3:.3f} ms",
            f"torchinfo meta {theirs * 1e3:.1f} ms", theirs / cold_s, ">= 100x faster", theirs / cold_s >= 100),
    ]  # fmt: skip
