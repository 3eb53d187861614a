"""Graph blocks through the profiler and the command line, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core import analyze
from core.files.examples import EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import load_block
from core.run.profiling import Profiler, ProfileSettings
from tests.core.test_cli import cli

QUICK = ProfileSettings(min_runs=3, min_time_s=0.002, warmup_s=0.0)


def small(name: str, side: int = 16):  # noqa: ANN201
    block = load_block(EXAMPLES_DIR / name)
    block.set_option(
        "input_shape", (2, block.input_shape[1], side, side) if name != "tutorial_net.json" else (2, 1, 32, 32)
    )
    return block


@pytest.mark.parametrize("name", sorted(GRAPH_EXAMPLES))
def test_one_result_per_step_with_the_analysis_shapes_and_the_models_output(name: str) -> None:
    block = small(name)
    result = Profiler(QUICK).run(block)
    analysis = analyze(block)
    assert [r.activation.shape for r in result.layers] == [r.output_shape for r in analysis.layers]
    assert [r.inputs for r in result.layers] == [r.inputs for r in analysis.layers]
    assert all(r.timing is not None and r.timing.median_s > 0 for r in result.layers)


def test_an_adds_activation_is_the_sum_of_the_two_values_it_reads() -> None:
    block = small("basic_block.json")
    result = Profiler(QUICK.__class__(timing=False)).run(block)
    add = next(r for r in result.layers if r.label == "add")
    first, second = (result.layers[n - 1].activation if n else result.input.values for n in add.inputs)
    np.testing.assert_allclose(add.activation, first + second, rtol=1e-6, atol=1e-6)
    assert (first < 0).any(), "bn2's captured output was overwritten by the in-place add or ReLU"


def test_summary_shows_the_values_each_step_reads(tmp_path: Path) -> None:
    path = EXAMPLES_DIR / "basic_block_downsample.json"
    table = cli("summary", str(path))
    assert table.returncode == 0 and table.stderr == ""
    add_row = next(line for line in table.stdout.splitlines() if line.split()[1:2] == ["add"])
    assert add_row.split()[2:4] == ["5,", "6"]  # bn2's output and the downsample's
    data = json.loads(cli("summary", str(path), "--json").stdout)
    assert [row["inputs"] for row in data["layers"]][5:7] == [[0], [5, 6]] and data["error"] is None
    exported = cli("export", str(path))
    script = tmp_path / "block.py"
    script.write_text(exported.stdout)
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0 and run.stdout.strip().endswith("torch.Size([1, 128, 28, 28])"), run.stderr


def test_an_invalid_graph_prints_the_rows_before_the_broken_step_and_json_has_the_error(tmp_path: Path) -> None:
    doc = json.loads((EXAMPLES_DIR / "basic_block_downsample.json").read_text())
    doc["steps"][6]["inputs"] = [5, 0]  # add x itself: the projection is skipped
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc))
    result = cli("summary", str(path), "--json")
    assert result.returncode == 2
    message = (
        "step 7 add: (1, 128, 28, 28) and (1, 64, 56, 56) cannot be added; "
        "the skip path needs a 1x1 Conv2d with stride 2 and 128 channels"
    )
    assert result.stderr.splitlines() == [f"error: {message}"]
    data = json.loads(result.stdout)
    assert data["error"] == message and len(data["layers"]) == 6
