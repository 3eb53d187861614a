"""What a layer's values look like at a glance: min / max / mean / std, the fraction of exact
zeros (ReLU units that are off), and a histogram. Computed by the profiler off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HISTOGRAM_BINS = 64


@dataclass(eq=False)
class ValueSummary:
    minimum: float
    maximum: float
    mean: float
    std: float
    zero_fraction: float  # exact zeros: ReLU outputs that are off ("dead" for this input)
    counts: np.ndarray  # histogram counts, HISTOGRAM_BINS of them
    edges: np.ndarray  # bin edges, one more than counts

    def text(self) -> str:
        zeros = f"zeros {self.zero_fraction:.1%}" + ("  (dead ReLU outputs)" if self.zero_fraction > 0 else "")
        return f"min {self.minimum:.4g}   max {self.maximum:.4g}   mean {self.mean:.4g}   std {self.std:.4g}   {zeros}"


def summarise(values: np.ndarray, bins: int = HISTOGRAM_BINS) -> ValueSummary:
    """Figures and histogram of all of `values` (any shape, finite floats)."""
    flat = np.asarray(values).reshape(-1)
    low, high = float(flat.min()), float(flat.max())
    counts, edges = np.histogram(flat, bins=bins, range=(low, high if high > low else low + 1))
    return ValueSummary(
        minimum=low,
        maximum=high,
        mean=float(flat.mean(dtype=np.float64)),
        std=float(flat.std(dtype=np.float64)),
        zero_fraction=float(np.count_nonzero(flat == 0) / flat.size),
        counts=counts,
        edges=edges,
    )
