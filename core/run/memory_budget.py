"""How much memory a run will hold, and whether this machine has it, decided before anything is allocated.

A run holds the block's weights (built in float32 on the host, then a device/dtype copy when
those differ), the input and every layer's output, the inputs cached for per-layer timing and
the captured copies (see core.run.profiling.estimate_memory). All of it is counted from shape
rules and compared with two limits: the run's fixed cap (ProfileSettings.memory_limit) and a
share of what the machine has free right now, so a 3 GiB Conv2d is refused in words instead of
being stopped by the kernel's out-of-memory killer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from core import i18n
from core.analysis.formatting import bytes_text

FREE_SHARE = 0.8  # leave the rest to the app itself, the OS and whatever else is running


@dataclass(frozen=True)
class RunMemory:
    """Bytes a run holds at its peak, by what holds them."""

    weights: int  # parameters: the float32 model, plus its device/dtype copy
    activations: int  # input, outputs, cached inputs and captured copies (device and host)

    @property
    def total(self) -> int:
        return self.weights + self.activations

    def describe(self) -> str:
        weights, activations = bytes_text(self.weights), bytes_text(self.activations)
        message = i18n.translate(
            "MemoryBudget", "{total}: {weights} of weights, {activations} of activations and copies"
        )
        return message.format(total=bytes_text(self.total), weights=weights, activations=activations)


def run_memory(params: int, dtype_bytes: int, device_id: str, dtype: str, activation_bytes: int) -> RunMemory:
    """The run's peak: `params` weights built as float32, moved (a second copy) unless already float32 on the CPU."""
    weights = params * 4
    if device_id != "cpu" or dtype != "float32":
        weights += params * dtype_bytes
    return RunMemory(weights, activation_bytes)


def available_host_memory() -> int | None:
    """Bytes the host can give a new allocation without swapping (Linux MemAvailable), None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:  # other POSIX systems: free pages (an underestimate: caches are not counted)
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def memory_problem(need: RunMemory, cap: int, free: int | None, shape_text: str) -> str | None:
    """Why the run cannot fit (what it needs, what is free, the limit), or None when it fits."""
    limit = cap if free is None else min(cap, int(free * FREE_SHARE))
    if need.total <= limit:
        return None
    if free is None:
        message = i18n.translate(
            "MemoryBudget",
            "this run needs about {need}; the limit is {limit}; "
            "reduce the batch, the input size {shape} or the layer sizes",
        )
    else:
        message = i18n.translate(
            "MemoryBudget",
            "this run needs about {need}; {free} of memory is free and the limit is {limit}; "
            "reduce the batch, the input size {shape} or the layer sizes",
        )
    return message.format(need=need.describe(), free=bytes_text(free or 0), limit=bytes_text(limit), shape=shape_text)
