"""What a layer's values look like at a glance: min / max / mean / std, the fraction of exact
zeros, a histogram, and (after an activation) the units that are dead for the whole batch.
Computed off the GUI thread where it can be."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import i18n

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
        text = i18n.translate(
            "ActivationStats",
            "min {minimum:.4g}   max {maximum:.4g}   mean {mean:.4g}   std {std:.4g}   zeros {zeros:.1%}",
        )
        return text.format(
            minimum=self.minimum, maximum=self.maximum, mean=self.mean, std=self.std, zeros=self.zero_fraction
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
        if self.batch == 1:
            samples = i18n.translate("ActivationStats", "the sample")
        else:
            samples = i18n.translate("ActivationStats", "all {count} samples").format(count=self.batch)
        if self.unit == "channels":
            text = i18n.translate("ActivationStats", "dead channels: {dead} of {total} (zero everywhere for {samples})")
        elif self.unit == "features":
            text = i18n.translate("ActivationStats", "dead features: {dead} of {total} (zero everywhere for {samples})")
        else:
            text = "dead {unit}: {dead} of {total} (zero everywhere for {samples})"
        return text.format(unit=self.unit, dead=self.dead, total=self.total, samples=samples)


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
