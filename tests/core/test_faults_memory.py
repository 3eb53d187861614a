"""Item 10: a run counts weights, activations and copies against the cap and the machine's free memory,
and refuses in words before anything is allocated."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import pytest

from core.model.block import Block, Layer
from core.run.memory_budget import FREE_SHARE, RunMemory, available_host_memory, memory_problem
from core.run.profiling import ProfileError, Profiler, ProfileSettings

GiB = 1024**3


def quick(**changes: object) -> ProfileSettings:
    return ProfileSettings(**{"min_runs": 1, "min_time_s": 0.0, "warmup_s": 0.0, **changes})  # type: ignore[arg-type]


def peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def test_a_huge_conv_is_refused_before_its_weights_are_allocated() -> None:
    # Conv2d 4096 -> 4096, 7x7: 822 M parameters, 3.1 GiB of float32 weights on a tiny input
    block = Block([Layer("Conv2d", {"out_channels": 4096, "kernel_size": 7})], input_shape=(1, 4096, 7, 7))
    before = peak_rss_bytes()
    with pytest.raises(ProfileError) as refused:
        Profiler(quick()).run(block)
    message = str(refused.value)
    assert "3.1 GiB of weights" in message and "limit is 2.0 GiB" in message
    assert peak_rss_bytes() - before < GiB, "the weights were allocated before the check"


def test_weights_count_against_the_cap() -> None:
    # 12.8 M parameters = 49 MiB of weights; the activations alone are far below the cap
    block = Block([Layer("Conv2d", {"out_channels": 512, "kernel_size": 7})], input_shape=(1, 512, 7, 7))
    with pytest.raises(ProfileError, match=r"of weights.*limit is 32\.0 MiB"):
        Profiler(quick(memory_limit=32 * 1024**2)).run(block)
    assert Profiler(quick(memory_limit=GiB, timing=False)).run(block).layers  # under the cap it runs


@pytest.mark.skipif(not Path("/proc/meminfo").exists(), reason="Linux only")
def test_the_refusal_says_what_is_free() -> None:
    block = Block([Layer("Conv2d", {"out_channels": 512, "kernel_size": 7})], input_shape=(1, 512, 7, 7))
    with pytest.raises(ProfileError, match="of memory is free"):
        Profiler(quick(memory_limit=1024)).run(block)


def test_the_limit_follows_free_memory() -> None:
    need = RunMemory(weights=3 * GiB, activations=GiB // 2)
    message = memory_problem(need, cap=64 * GiB, free=2 * GiB, shape_text="1x3x8x8")
    assert message is not None
    assert "3.5 GiB: 3.0 GiB of weights, 512.0 MiB of activations and copies" in message
    assert "2.0 GiB of memory is free" in message and f"limit is {2 * FREE_SHARE:.1f} GiB" in message
    assert memory_problem(need, cap=64 * GiB, free=8 * GiB, shape_text="1x3x8x8") is None


@pytest.mark.skipif(not Path("/proc/meminfo").exists(), reason="Linux only")
def test_available_memory_is_read_from_the_kernel() -> None:
    total = next(int(line.split()[1]) * 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal:"))
    available = available_host_memory()
    assert available is not None and 0 < available <= total
