"""Our timing against torch.utils.benchmark.Timer, paired in one process, with a loose bound.

The bound is loose (the machine is shared and busy) but catches any miscount of calls: a
function longer than one timed run's target is timed one call per run, so timing two calls
and dividing by one reads 2x, far outside it.
"""

from __future__ import annotations

import time

import pytest
import torch
from torch.utils.benchmark import Timer

from core.run.timing import RUN_TARGET_S, Timing, first_call, measure

BOUND = 1.6  # ours / Timer's median must lie within [1/BOUND, BOUND]


def ours(fn, device: str = "cpu") -> Timing:  # noqa: ANN001
    return measure(fn, device, min_runs=7, min_time_s=0.05, warmup_s=0.01)


def timers(fn) -> float:  # noqa: ANN001
    timer = Timer(stmt="fn()", globals={"fn": fn}, num_threads=torch.get_num_threads())
    return timer.blocked_autorange(min_run_time=0.05).median


def paired_ratio(fn, device: str = "cpu") -> tuple[float, Timing]:  # noqa: ANN001
    """Median of ours / Timer over three interleaved pairs, so a burst of load hits both."""
    ratios, timing = [], None
    for _ in range(3):
        timing = ours(fn, device)
        ratios.append(timing.median_s / timers(fn))
    return sorted(ratios)[1], timing


def test_a_call_longer_than_a_run_is_timed_once_per_run_and_agrees_with_timer() -> None:
    def two_ms() -> None:
        time.sleep(2e-3)  # a sleep keeps its length on a loaded machine, unlike arithmetic

    ratio, timing = paired_ratio(two_ms)
    assert timing.calls == 1 and 2e-3 > RUN_TARGET_S
    assert 1 / BOUND < ratio < BOUND, f"ours / Timer = {ratio:.2f}"
    assert timing.median_s >= 2e-3  # a sleep is never shorter; how much longer depends on the load


def test_a_short_call_is_timed_in_batches_and_agrees_with_timer() -> None:
    # a fraction of a run: timed several calls at a time. Not a small matmul: on a shared 2-core
    # machine its time depends on how long a loop runs before it is preempted, not on the clock.
    for _ in range(3):  # the batch size comes from one timed call; a preempted one makes it 1
        ratio, timing = paired_ratio(lambda: time.sleep(1e-4))
        if timing.calls > 1:
            break
    assert timing.calls > 1, "a call shorter than a run must be batched to outweigh the clock"
    assert 1 / BOUND < ratio < BOUND, f"ours / Timer = {ratio:.2f}"


def test_first_call_includes_the_work_it_times() -> None:
    assert first_call(lambda: time.sleep(3e-3), "cpu") >= 3e-3


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device on this machine")
def test_cuda_path_uses_events_and_agrees_with_timer() -> None:
    a = torch.randn(2048, 2048, device="cuda")

    def matmul() -> None:
        a @ a  # asynchronous: only a synchronised clock or events see its real length

    ratio, timing = paired_ratio(matmul, "cuda")
    assert 1 / BOUND < ratio < BOUND, f"ours / Timer = {ratio:.2f}"
    assert first_call(matmul, "cuda") > 0
    assert timing.median_s > 0 and timing.q1_s <= timing.median_s <= timing.q3_s
