"""Import of a Python model file vs Python's own parser on the same file: the importer reads the
tree a few times over (once per question), so its time per line must not grow with the file.

Reference: `ast.parse` of the same text (what any reader of Python must pay). Measured at 250
and 1,000 layers; the ratio (import / parse) at 1,000 layers must stay within 1.5x of the ratio at
250, which a quadratic step (the 2,000-layer file took 11.6 s before) would break at once.
"""

from __future__ import annotations

import ast
import timeit

from benchmarks import Row
from core.importer.python_import import import_source


def chain_source(layers: int) -> str:
    init = "\n".join(f"        self.r{i} = nn.ReLU()" for i in range(layers))
    forward = "\n".join(f"        x = self.r{i}(x)" for i in range(layers))
    return (
        "import torch.nn as nn\n\n\nclass Chain(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        f"{init}\n\n    def forward(self, x):\n{forward}\n        return x\n"
    )


def _seconds(fn, repeat: int = 3) -> float:
    return min(timeit.repeat(fn, number=1, repeat=repeat))


def measure() -> list[Row]:
    ratios = {}
    times = {}
    for layers in (250, 1000):
        source = chain_source(layers)
        ours = _seconds(lambda text=source: import_source(text))
        parse = _seconds(lambda text=source: ast.parse(text))
        ratios[layers], times[layers] = ours / parse, (ours, parse)
    growth = ratios[1000] / ratios[250]
    ours, parse = times[1000]
    return [
        Row(
            "import a 1,000-layer .py file (vs ast.parse of it)",
            f"{ours * 1000:.0f} ms",
            f"ast.parse {parse * 1000:.0f} ms",
            ours / parse,
            "ratio here is ours / parse; flat per line: at 1,000 layers <= 1.5x its value at 250",
            growth <= 1.5,
        )
    ]
