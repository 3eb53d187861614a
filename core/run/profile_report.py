"""Profile results for people and programs: the CLI's table and JSON, the CSV export."""

from __future__ import annotations

import csv
import io

from core import i18n
from core.analysis.formatting import shape_text, text_table
from core.run.profiling import ProfileResult
from core.run.timing import Timing

CSV_COLUMNS = (
    "device",
    "device_name",
    "dtype",
    "threads",
    "batch",
    "mode",
    "layer",
    "type",
    "output_shape",
    "median_ms",
    "q1_ms",
    "q3_ms",
    "iqr_ms",
    "runs",
    "calls_per_run",
    "first_call_ms",
)
WHOLE_BLOCK = "whole block"  # in the CSV; the table shows it translated
# the table's column headers (after "#"), translated where the table is made
TABLE_HEADER = (
    i18n.QT_TRANSLATE_NOOP("ProfileReport", "Layer"),
    i18n.QT_TRANSLATE_NOOP("ProfileReport", "Output shape"),
    i18n.QT_TRANSLATE_NOOP("ProfileReport", "Median ms"),
    i18n.QT_TRANSLATE_NOOP("ProfileReport", "IQR ms"),
    i18n.QT_TRANSLATE_NOOP("ProfileReport", "Runs"),
    i18n.QT_TRANSLATE_NOOP("ProfileReport", "First call ms"),
)


def ms(seconds: float) -> float:
    return seconds * 1e3


def result_json(result: ProfileResult) -> dict:
    """The `profile --json` document (keys as documented in the issue)."""

    def timing(t: Timing | None) -> dict:
        return {"median_ms": ms(t.median_s) if t else None, "iqr_ms": ms(t.iqr_s) if t else None}

    return {
        "device": result.settings.device,
        "threads": result.threads,
        "dtype": result.settings.dtype,
        "layers": [
            {"type": r.kind, **({"step": r.label, "inputs": list(r.inputs)} if r.label else {}), **timing(r.timing)}
            for r in result.layers
        ],
        "total_ms": ms(result.total.median_s) if result.total else None,
        "first_call_ms": ms(result.first_call_s),
    }


def result_table(result: ProfileResult) -> str:
    """Per-layer median and IQR in ms, the whole forward, the first call, and the settings."""
    header = ("#", *(i18n.translate("ProfileReport", text) for text in TABLE_HEADER))
    rows = [
        (
            str(r.index + 1),
            r.label or r.kind,  # a graph's step: `conv1 (Conv2d)`, `add`
            shape_text(r.output_shape),
            *_cells(r.timing),
            f"{ms(r.first_call_s):.3f}",
        )
        for r in result.layers
    ]
    rows.append(
        (
            "",
            i18n.translate("ProfileReport", "whole block"),
            shape_text(_output_shape(result)),
            *_cells(result.total),
            f"{ms(result.first_call_s):.3f}",
        )
    )
    # the whole block is the last row, under a rule of its own
    return "\n".join([result.caption(), *text_table(header, rows, right={0, 3, 4, 5, 6}, footer=1)])


def results_csv(results: list[ProfileResult]) -> str:
    """One row per layer and one "whole block" row per result; several results compare devices."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for result in results:
        s = result.settings
        common = [s.device, result.device_name, s.dtype, result.threads, result.batch, s.mode]
        for r in result.layers:
            writer.writerow(
                [*common, r.index + 1, r.kind, shape_text(r.output_shape), *_numbers(r.timing), _f(ms(r.first_call_s))]
            )
        shape = shape_text(_output_shape(result))
        writer.writerow([*common, "", WHOLE_BLOCK, shape, *_numbers(result.total), _f(ms(result.first_call_s))])
    return out.getvalue()


def _output_shape(result: ProfileResult) -> tuple[int, ...]:
    return result.layers[-1].output_shape if result.layers else tuple(result.input.values.shape)


def _cells(t: Timing | None) -> tuple[str, str, str]:
    if t is None:
        return ("-", "-", "-")
    return (f"{ms(t.median_s):.4f}", f"{ms(t.iqr_s):.4f}", str(len(t.runs)))


def _numbers(t: Timing | None) -> list[str | int]:
    if t is None:
        return ["", "", "", "", "", ""]
    return [_f(ms(t.median_s)), _f(ms(t.q1_s)), _f(ms(t.q3_s)), _f(ms(t.iqr_s)), len(t.runs), t.calls]


def _f(value: float) -> str:
    return f"{value:.6g}"
