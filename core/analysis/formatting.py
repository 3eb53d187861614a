"""Numbers and tables for people: grouped digits, short units, bytes, and the one text-table
layout every plain-text table uses (the summary, the profile, the benchmark table)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from core.layers.shape_rules import shape_text

if TYPE_CHECKING:  # only for hints: block_analysis may use the formatters here without a cycle
    from core.analysis.block_analysis import Analysis

__all__ = ["bytes_text", "grouped", "shape_text", "short", "summary_table", "text_table"]


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
    """262144 -> '256.0 KiB'; binary units up to PiB, digits grouped beyond."""
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if value < 1024 or unit == "PiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    raise AssertionError


def text_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: Collection[int] = (),
    separator: str = "  ",
    footer: int = 0,
) -> list[str]:
    """Lines of a plain-text table: a rule, the header, a rule, the rows (the last `footer` rows
    after one more rule). Columns in `right` are right-aligned (numbers), the others left."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = (cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        return separator.join(cells).rstrip()

    rule = separator.replace(" ", "-").replace("|", "+").join("-" * w for w in widths)
    body = [line(row) for row in rows]
    split = len(body) - footer
    return [rule, line(header), rule, *body[:split], *([rule] if footer else []), *body[split:]]


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
    lines = text_table(header, rows, right={0, 4, 5, 6} if graph else {0, 3, 4, 5})
    text = [f"Input shape: {shape_text(analysis.input_shape)}", *lines]
    text += [
        lines[0],
        f"Total params: {grouped(analysis.total_params)}",
        f"Total mult-adds: {grouped(analysis.total_mult_adds)} ({short(analysis.total_mult_adds)})",
        f"Activation memory: {bytes_text(analysis.total_activation_bytes)}",
    ]
    return "\n".join(text)
