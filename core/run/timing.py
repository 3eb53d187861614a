"""Honest timing of one callable on one device: warm-up, then timed runs until a minimum
measuring time, with the device synchronised (or CUDA events) around every run.

Each timed run calls the function `calls` times and reports the mean per call, like
torch.utils.benchmark's blocked_autorange: a single kernel of a few microseconds cannot be
timed alone once a clock read or a device synchronisation costs as much as the kernel.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.run.devices import synchronize

RUN_TARGET_S = 1e-3  # a timed run lasts about this long: clock and sync overheads stay < 1 %
MAX_CALLS_PER_RUN = 100_000
MAX_RUNS = 10_000


class ProfileCancelled(Exception):
    """The caller asked to stop; raised between layers and between timed runs."""


StopCheck = Callable[[], bool]


@dataclass(eq=False)
class Timing:
    """Seconds per call of each timed run (each run averages `calls` back-to-back calls)."""

    runs: np.ndarray
    calls: int

    @property
    def median_s(self) -> float:
        return float(np.median(self.runs))

    @property
    def q1_s(self) -> float:
        return float(np.percentile(self.runs, 25))

    @property
    def q3_s(self) -> float:
        return float(np.percentile(self.runs, 75))

    @property
    def iqr_s(self) -> float:
        return self.q3_s - self.q1_s


class Clock:
    """Wall time of `calls` back-to-back calls on a device, per call."""

    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.cuda = device_id.startswith("cuda")

    def per_call(self, fn: Callable[[], object], calls: int) -> float:
        if self.cuda:
            import torch

            # events are stamped on the GPU's own timeline, so the host's clock never lies about
            # queued kernels; synchronising first keeps earlier work out of the measurement
            torch.cuda.synchronize(self.device_id)
            start = torch.cuda.Event(enable_timing=True)
            end = torch.cuda.Event(enable_timing=True)
            start.record()
            for _ in range(calls):
                fn()
            end.record()
            end.synchronize()
            return start.elapsed_time(end) / 1e3 / calls
        synchronize(self.device_id)  # MPS: wait for queued work before and after reading the clock
        begin = time.perf_counter()
        for _ in range(calls):
            fn()
        synchronize(self.device_id)
        return (time.perf_counter() - begin) / calls


def first_call(fn: Callable[[], object], device_id: str) -> float:
    """Seconds for one call including whatever lazy set-up it triggers (measured once, by nature)."""
    synchronize(device_id)
    begin = time.perf_counter()
    fn()
    synchronize(device_id)
    return time.perf_counter() - begin


def measure(
    fn: Callable[[], object],
    device_id: str,
    *,
    min_runs: int,
    min_time_s: float,
    warmup_s: float,
    should_stop: StopCheck | None = None,
) -> Timing:
    """Warm up, size the runs, then time runs until both `min_runs` and `min_time_s` are reached."""
    stop = should_stop or (lambda: False)
    clock = Clock(device_id)
    began = time.perf_counter()
    warm_calls = 0
    # warm-up: caches, allocator pools, autotuners and CPU frequency settle before any run counts
    while warm_calls < 2 or time.perf_counter() - began < warmup_s:
        if stop():
            raise ProfileCancelled
        clock.per_call(fn, 1)
        warm_calls += 1
    one = clock.per_call(fn, 1)
    calls = max(1, min(MAX_CALLS_PER_RUN, math.ceil(RUN_TARGET_S / max(one, 1e-9))))
    runs: list[float] = []
    measured = 0.0
    while len(runs) < min_runs or measured < min_time_s:
        if stop():
            raise ProfileCancelled
        per_call = clock.per_call(fn, calls)
        runs.append(per_call)
        measured += per_call * calls
        if len(runs) >= MAX_RUNS:
            break
    return Timing(np.asarray(runs, dtype=np.float64), calls)
