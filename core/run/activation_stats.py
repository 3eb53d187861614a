"""What a layer's values look like at a glance: min / max / mean / std, the fraction of exact
zeros, a histogram, and (after an activation) the units that are dead for the whole batch.
Computed off the GUI thread where it can be."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HISTOGRAM_BINS = 64
# kinds whose exact zeros can mean a unit that never fires; a MaxPool or a conv also makes
# zeros, but those say nothing about dead units
ACTIVATION_KINDS = frozenset({"ReLU", "ReLU6", "LeakyReLU", "ELU", "GELU", "SiLU", "Hardswish", "Mish"})


@dataclass(eq=False)
class ValueSummary:
    minimum: float
    maximum: float
    mean: float
    std: float
    zero_fraction: float  # exact zeros among the values, whatever made them
    counts: np.ndarray  # histogram counts, HISTOGRAM_BINS of them
    edges: np.ndarray  # bin edges, one more than counts

    def text(self) -> str:
        return (
            f"min {self.minimum:.4g}   max {self.maximum:.4g}   mean {self.mean:.4g}   std {self.std:.4g}   "
            f"zeros {self.zero_fraction:.1%}"
        )


@dataclass(frozen=True)
class DeadUnits:
    """Channels (of (N, C, ...) outputs) or features (of (N, F) ones) that are exactly zero for
    every sample of the batch and every position: they passed nothing on for this input."""

    dead: int
    total: int
    unit: str  # "channels" or "features"
    batch: int

    def text(self) -> str:
        samples = "the sample" if self.batch == 1 else f"all {self.batch} samples"
        return f"dead {self.unit}: {self.dead} of {self.total} (zero everywhere for {samples})"


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


def dead_units(kind: str, batch: np.ndarray) -> DeadUnits | None:
    """The dead units of an activation layer's whole-batch output; None for other kinds (their
    zeros are just zeros) and for outputs without a unit axis."""
    if kind not in ACTIVATION_KINDS or batch.ndim < 2 or batch.shape[0] == 0:
        return None
    units = np.asarray(batch).reshape(batch.shape[0], batch.shape[1], -1)
    alive = np.any(units != 0, axis=(0, 2))
    unit = "features" if batch.ndim == 2 else "channels"
    return DeadUnits(int(alive.size - np.count_nonzero(alive)), int(alive.size), unit, batch.shape[0])
