"""The command line, run as a user runs it: `python main.py export|summary ...` in a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import core
from core.files.examples import EXAMPLES_DIR

ROOT = Path(__file__).resolve().parents[2]
SEED = EXAMPLES_DIR / "conv_block.json"


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def write_block(path: Path, input_shape: list[int], layers: list[dict], **options: object) -> Path:
    doc = {"format": "block-studio", "version": 1, "class_name": "Probe", "input_shape": input_shape}
    path.write_text(json.dumps({**doc, **options, "layers": layers}))
    return path


def conv(**params: object) -> dict:
    return {"type": "Conv2d", "params": {"out_channels": 8, "kernel_size": 3, **params}}


def test_export_prints_source_that_runs_standalone(tmp_path: Path) -> None:
    result = cli("export", str(SEED))
    assert result.returncode == 0 and result.stderr == ""
    assert "class ConvBlock(nn.Module):" in result.stdout
    script = tmp_path / "conv_block.py"
    script.write_text(result.stdout)
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().endswith("torch.Size([1, 16, 32, 32])")  # the seed's 64x64 input, pooled by 2


def test_export_to_a_file_writes_exactly_the_printed_source(tmp_path: Path) -> None:
    out = tmp_path / "block.py"
    result = cli("export", str(SEED), "-o", str(out))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert out.read_text() == cli("export", str(SEED)).stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["block.py"]  # no temporary file left


def test_summary_prints_one_row_per_layer_and_the_totals() -> None:
    result = cli("summary", str(SEED))
    assert result.returncode == 0 and result.stderr == ""
    analysis = core.analyze(core.load_block(SEED))
    for report in analysis.layers:
        assert any(line.split()[:2] == [str(report.index + 1), report.kind] for line in result.stdout.splitlines())
    assert f"Total params: {analysis.total_params:,}" in result.stdout


def test_summary_json_has_exactly_the_documented_keys_and_torchs_numbers() -> None:
    result = cli("summary", str(SEED), "--json")
    assert result.returncode == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"input_shape", "layers", "total_params", "total_mult_adds", "error"}
    assert data["error"] is None
    assert all(set(layer) == {"type", "inputs", "output_shape", "params", "mult_adds"} for layer in data["layers"])
    assert [layer["inputs"] for layer in data["layers"]] == [[0], [1], [2], [3]]
    assert data["input_shape"] == [1, 3, 64, 64]
    assert [layer["type"] for layer in data["layers"]] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    model = core.instantiate(core.load_block(SEED))
    assert data["total_params"] == sum(p.numel() for p in model.parameters())
    assert data["layers"][-1]["output_shape"] == [1, 16, 32, 32]
    assert data["total_mult_adds"] == sum(layer["mult_adds"] for layer in data["layers"])


@pytest.mark.parametrize("as_json", [False, True])
def test_an_invalid_block_prints_the_rows_up_to_the_broken_layer_then_exits_2(tmp_path: Path, as_json: bool) -> None:
    # 8x8 -> conv 3x3 -> 6x6 -> pool 4 -> 1x1 -> the fourth layer's 3x3 kernel cannot fit
    layers = [conv(), {"type": "ReLU", "params": {}}, {"type": "MaxPool2d", "params": {"kernel_size": 4}}, conv()]
    path = write_block(tmp_path / "broken.json", [1, 3, 8, 8], layers)
    result = cli("summary", str(path), *(["--json"] if as_json else []))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: {core.analyze(core.load_block(path)).error}"]
    assert result.stderr.startswith("error: layer 4 Conv2d: kernel_size 3")
    if as_json:
        data = json.loads(result.stdout)
        assert [layer["type"] for layer in data["layers"]] == ["Conv2d", "ReLU", "MaxPool2d"]
        assert data["error"] == result.stderr.splitlines()[0].removeprefix("error: ")
    else:
        rows = [
            line.split()[1] for line in result.stdout.splitlines() if line.split()[:1] in (["1"], ["2"], ["3"], ["4"])
        ]
        assert rows == ["Conv2d", "ReLU", "MaxPool2d"]


def test_a_block_that_only_warns_exits_0_with_the_warning_on_stderr(tmp_path: Path) -> None:
    path = write_block(tmp_path / "warn.json", [1, 3, 1, 1], [{"type": "BatchNorm2d", "params": {}}])
    result = cli("summary", str(path))
    assert result.returncode == 0
    assert result.stderr.startswith("warning: layer 1 BatchNorm2d:") and "error" not in result.stderr


def test_a_name_clash_is_one_error_line_and_no_file(tmp_path: Path) -> None:
    # legal names one by one, but the argument would overwrite the Sequential attribute
    layers = [{**conv(), "arguments": {"kernel_size": "conv_block"}}]
    path = write_block(tmp_path / "clash.json", [1, 3, 8, 8], layers)
    out = tmp_path / "out.py"
    result = cli("export", str(path), "-o", str(out))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {path}: layer 1 Conv2d: argument name 'conv_block' is already an attribute of the class"
    ]
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export"], "error: the following arguments are required: file (see: python main.py export --help)"),
        (["summary", "a.json", "b.json"], "error: unrecognized arguments: b.json"),
        (["summary", "SEED", "--jsn"], "error: unrecognized arguments: --jsn"),
        (["export", "SEED", "-o"], "error: argument -o/--output: expected one argument"),
        (["summary", "missing.json"], "error: missing.json: cannot read: No such file or directory"),
        (["export", "."], "error: .: a folder, not a project file"),
        (["export", "SEED", "-o", "."], "error: . is a folder; give a file name for -o"),
        (["export", "SEED", "-o", "no/such/folder/x.py"], "error: cannot write no/such/folder/x.py: No such file"),
        (["export", "copy.json", "-o", "copy.json"], "error: copy.json is the project file itself"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    (tmp_path / "copy.json").write_bytes(SEED.read_bytes())
    before = sorted(tmp_path.iterdir())
    result = cli(*[str(SEED) if a == "SEED" else a for a in args], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(expected), result.stderr
    assert sorted(tmp_path.iterdir()) == before  # nothing written
    assert (tmp_path / "copy.json").read_bytes() == SEED.read_bytes()


def test_help_is_not_an_error() -> None:
    result = cli("--help")
    assert result.returncode == 0
    assert "export" in result.stdout and "summary" in result.stdout
