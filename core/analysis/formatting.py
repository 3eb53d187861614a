"""Numbers and tables for people: grouped digits, short units, the summary table."""

from __future__ import annotations

from core.analysis.block_analysis import Analysis
from core.layers.shape_rules import shape_text

__all__ = ["bytes_text", "grouped", "shape_text", "short", "summary_table"]


def grouped(n: int) -> str:
    """1234567 -> '1,234,567'."""
    return f"{n:,}"


def short(n: float) -> str:
    """1234567 -> '1.2 M'; small numbers stay whole."""
    for size, unit in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n:g}"


def bytes_text(n: int) -> str:
    """262144 -> '256.0 KiB'."""
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError


def summary_table(analysis: Analysis) -> str:
    """A torchinfo-like text table; an invalid block lists the rows up to the broken layer."""
    graph = any(r.label for r in analysis.layers)
    header: tuple[str, ...] = ("#", "Layer", "Output shape", "Params", "Mult-adds", "Activations")
    if graph:  # one row per step, with the values it reads: x (the input) or an earlier step's number
        header = ("#", "Step", "Reads", *header[2:])
    rows = [
        (
            str(r.index + 1),
            r.kind,
            *([", ".join(str(n) if n else "x" for n in r.inputs)] if graph else []),
            shape_text(r.output_shape),
            grouped(r.params),
            grouped(r.mult_adds),
            bytes_text(r.activation_bytes),
        )
        for r in analysis.layers
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    right = {0, 4, 5, 6} if graph else {0, 3, 4, 5}

    def line(row: tuple[str, ...]) -> str:
        cells = (cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        return "  ".join(cells).rstrip()

    rule = "-" * len(line(header))
    text = [f"Input shape: {shape_text(analysis.input_shape)}", rule, line(header), rule]
    text += [line(row) for row in rows]
    text += [
        rule,
        f"Total params: {grouped(analysis.total_params)}",
        f"Total mult-adds: {grouped(analysis.total_mult_adds)} ({short(analysis.total_mult_adds)})",
        f"Activation memory: {bytes_text(analysis.total_activation_bytes)}",
    ]
    return "\n".join(text)
