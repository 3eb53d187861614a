"""Project files: the minimal document loads, writing is stable and atomic, errors name the JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import generate_source, load_block, save_block
from core.files.examples import EXAMPLES, EXAMPLES_DIR, seed_block
from core.files.project_file import ProjectFileError, block_to_json

MINIMAL = """{"format": "block-studio", "version": 1, "class_name": "ConvBlock",
 "input_shape": [1, 3, 64, 64],
 "layers": [{"type": "Conv2d", "params": {"out_channels": 16, "kernel_size": 3, "padding": 1}},
            {"type": "BatchNorm2d", "params": {}}, {"type": "ReLU", "params": {}},
            {"type": "MaxPool2d", "params": {"kernel_size": 2, "stride": 2}}]}"""


def test_the_minimal_file_from_the_spec_loads(tmp_path: Path) -> None:
    path = tmp_path / "minimal.json"
    path.write_text(MINIMAL)
    block = load_block(path)
    assert [layer.kind for layer in block.layers] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert block.layers[3].value("padding") == 0  # omitted params take torch's defaults
    assert "nn.Conv2d(3, 16, kernel_size=3, padding=1)" in generate_source(block)


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_examples_round_trip_byte_for_byte(tmp_path: Path, name: str) -> None:
    block = load_block(EXAMPLES_DIR / name)
    first = tmp_path / "a.json"
    save_block(block, first)
    again = load_block(first)
    assert again.same_content(block)
    second = tmp_path / "b.json"
    save_block(again, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text().endswith("}\n")
    assert generate_source(again) == generate_source(block)


def test_file_is_diff_friendly() -> None:
    text = block_to_json(seed_block())
    data = json.loads(text)
    assert list(data)[:4] == ["format", "version", "class_name", "input_shape"]
    assert "\n  " in text  # indented


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["layers"][0]["params"].update(kernel_size=True),
            "$.layers[0].params.kernel_size: expected a whole number, got true",
        ),
        (lambda d: d["layers"][1].update(type="Conv3d"), '$.layers[1].type: unknown layer type "Conv3d"'),
        (lambda d: d.update(class_name="X(nn.Module): pass\nimport os"), "$.class_name: class name"),
        (lambda d: d.update(version=3), "$.version: this Block Studio reads version 1 and 2 files, got 3"),
        (
            lambda d: d["layers"][0]["params"].update(stride=-1),
            "$.layers[0].params.stride: expected a whole number from 1 to 1024, got -1",
        ),
        (
            lambda d: d.update(input_shape=[1, 3, 64]),
            "$.input_shape: input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W)",
        ),
        (lambda d: d["layers"][0].update(extra=1), '$.layers[0]: unknown key "extra"'),
        (lambda d: d["layers"][0]["params"].pop("out_channels"), "$.layers[0].params: Conv2d needs out_channels"),
    ],
)
def test_bad_values_are_named_by_json_path(tmp_path: Path, edit, message: str) -> None:
    data = json.loads(MINIMAL)
    edit(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ProjectFileError) as caught:
        load_block(path)
    assert message in str(caught.value)


def test_save_replaces_atomically_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "block.json"
    save_block(seed_block(), path)
    save_block(seed_block(), path)
    assert [p.name for p in tmp_path.iterdir()] == ["block.json"]


def test_a_block_the_loader_would_refuse_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "block.json"
    save_block(seed_block(), path)
    before = path.read_bytes()
    block = seed_block()
    block.layers[0].arguments["kernel_size"] = "eval"  # nn.Module's own method: the loader refuses it
    with pytest.raises(ProjectFileError, match=r"\$\.layers\[0\]\.arguments\.kernel_size"):
        save_block(block, path)
    assert path.read_bytes() == before
