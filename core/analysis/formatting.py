"""Numbers and tables for people: grouped digits, short units, bytes, and the one text-table
layout every plain-text table uses (the summary, the profile, the benchmark table)."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from core import i18n
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


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: a wide character (Korean, CJK) takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


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
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def pad(cell: str, width: int, right: bool) -> str:
        space = " " * (width - display_width(cell))
        return space + cell if right else cell + space

    def line(row: Sequence[str]) -> str:
        cells = (pad(cell, w, i in right) for i, (cell, w) in enumerate(zip(row, widths)))
        return separator.join(cells).rstrip()

    rule = separator.replace(" ", "-").replace("|", "+").join("-" * w for w in widths)
    body = [line(row) for row in rows]
    split = len(body) - footer
    return [rule, line(header), rule, *body[:split], *([rule] if footer else []), *body[split:]]


# the summary's column headers (after "#"), translated where the table is made
SUMMARY_HEADER = (
    i18n.QT_TRANSLATE_NOOP("SummaryTable", "Layer"),
    i18n.QT_TRANSLATE_NOOP("SummaryTable", "Output shape"),
    i18n.QT_TRANSLATE_NOOP("SummaryTable", "Params"),
    i18n.QT_TRANSLATE_NOOP("SummaryTable", "Mult-adds"),
    i18n.QT_TRANSLATE_NOOP("SummaryTable", "Activations"),
)
GRAPH_HEADER = (i18n.QT_TRANSLATE_NOOP("SummaryTable", "Step"), i18n.QT_TRANSLATE_NOOP("SummaryTable", "Reads"))


def summary_table(analysis: Analysis) -> str:
    """A torchinfo-like text table; an invalid block lists the rows up to the broken layer."""
    graph = any(r.label for r in analysis.layers)
    header = ("#", *(i18n.translate("SummaryTable", text) for text in SUMMARY_HEADER))
    if graph:  # one row per step, with the values it reads: x (the input) or an earlier step's number
        header = ("#", *(i18n.translate("SummaryTable", text) for text in GRAPH_HEADER), *header[2:])
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
    text = [
        i18n.translate("SummaryTable", "Input shape: {shape}").format(shape=shape_text(analysis.input_shape)),
        *lines,
    ]
    total_mult_adds = analysis.total_mult_adds
    text += [
        lines[0],
        i18n.translate("SummaryTable", "Total params: {count}").format(count=grouped(analysis.total_params)),
        i18n.translate("SummaryTable", "Total mult-adds: {count} ({short})").format(
            count=grouped(total_mult_adds), short=short(total_mult_adds)
        ),
        i18n.translate("SummaryTable", "Activation memory: {size}").format(
            size=bytes_text(analysis.total_activation_bytes)
        ),
    ]
    return "\n".join(text)
