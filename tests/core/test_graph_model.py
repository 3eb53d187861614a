"""The graph model: edits and their events, flat -> graph, and version 2 project files (v1 migrates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from core import analyze, instantiate
from core.files.examples import EXAMPLES, EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import ProjectFileError, block_from_bytes, block_to_dict, load_block, save_block
from core.model.block import Block, BlockEvent, Layer
from core.model.steps import INPUT, Module, Step


def events_of(block: Block) -> list[BlockEvent]:
    seen: list[BlockEvent] = []
    block.subscribe(seen.append)
    return seen


def test_graph_edits_emit_events_and_undo_by_their_inverse() -> None:
    block = load_block(EXAMPLES_DIR / "basic_block.json")
    before = block.copy()
    seen = events_of(block)
    relu = Step("call_function", "F.relu", [block.steps[-1].uid], output="out")
    block.add_step(len(block.steps), relu)
    block.add_module(0, Module("extra", Layer("Tanh")))
    block.rename_module(1, "conv_in")  # conv1, with every step that calls it
    assert [s.target for s in block.steps if s.op == "call_module"][0] == "conv_in"
    block.set_step_param(len(block.steps) - 1, "inplace", True)
    assert [(e.type, e.index) for e in seen] == [
        ("step_added", 8),
        ("module_added", 0),
        ("module_renamed", 1),
        ("step_changed", 8),
    ]
    assert seen[0].uid == relu.uid and analyze(block).ok
    # undo, as the window's commands will: the inverse edits restore the same content
    block.set_step_param(len(block.steps) - 1, "inplace", False)
    block.rename_module(1, "conv1")
    assert block.remove_module(0).name == "extra"
    assert block.remove_step(len(block.steps) - 1) is relu
    assert block.same_content(before)


def test_removing_a_step_leaves_its_readers_flagged_not_crashed() -> None:
    block = load_block(EXAMPLES_DIR / "tutorial_net.json")
    block.remove_step(2)  # the first max pool
    analysis = analyze(block)
    assert str(analysis.error).startswith("step 3 conv2 (Conv2d): reads a value that no earlier step computes")
    with pytest.raises(ProjectFileError, match="step 3 reads a value that no step computes"):
        save_block(block, Path("/nonexistent/never-written.json"))


def test_reusing_a_module_with_another_input_size_is_refused_like_torch() -> None:
    conv = Module("conv", Layer("Conv2d", {"out_channels": 8, "kernel_size": 1}))
    first = Step("call_module", "conv", [INPUT], output="out")
    again = Step("call_module", "conv", [first.uid], output="out")
    block = Block(input_shape=(1, 3, 4, 4), modules=[conv], steps=[first, again])
    assert "self.conv was built for 3 input channels by its first call (step 1), but here gets 8" in str(
        analyze(block).error
    )
    with pytest.raises(RuntimeError):
        instantiate(block)(torch.zeros(1, 3, 4, 4))


def test_a_reused_module_counts_its_weights_once() -> None:
    conv = Module("conv", Layer("Conv2d", {"out_channels": 3, "kernel_size": 1}))
    first = Step("call_module", "conv", [INPUT], output="out")
    again = Step("call_module", "conv", [first.uid], output="out")
    block = Block(input_shape=(1, 3, 4, 4), modules=[conv], steps=[first, again])
    analysis = analyze(block)
    assert analysis.total_params == 12 == sum(p.numel() for p in instantiate(block).parameters())
    assert analysis.total_mult_adds == 2 * 12 * 16 and analysis.layers[1].shared


@pytest.mark.parametrize("container", ["sequential", "attributes"])
def test_a_flat_block_as_a_graph_computes_the_same(container: str) -> None:
    flat = load_block(EXAMPLES_DIR / "conv_block.json")
    flat.container = container
    graph = flat.as_graph()
    assert graph.is_graph and not flat.is_graph
    assert analyze(graph).output_shape == analyze(flat).output_shape
    assert analyze(graph).total_params == analyze(flat).total_params
    ours, theirs = instantiate(graph), instantiate(flat)
    assert list(ours.state_dict()) == list(theirs.state_dict())
    ours.load_state_dict(theirs.state_dict())
    x = torch.randn(2, 3, 64, 64)
    torch.testing.assert_close(ours.eval()(x), theirs.eval()(x))


def test_version_1_files_open_and_save_as_version_2(tmp_path: Path) -> None:
    v1 = json.loads((EXAMPLES_DIR / "conv_block.json").read_text())
    assert v1["version"] == 1
    block = block_from_bytes(json.dumps(v1).encode())
    save_block(block, tmp_path / "saved.json")
    saved = json.loads((tmp_path / "saved.json").read_text())
    assert saved["version"] == 2 and saved["layers"] == v1["layers"]
    assert load_block(tmp_path / "saved.json").same_content(block)


@pytest.mark.parametrize("name", sorted({**EXAMPLES, **GRAPH_EXAMPLES}))
def test_every_example_survives_save_and_load(tmp_path: Path, name: str) -> None:
    block = load_block(EXAMPLES_DIR / name)
    save_block(block, tmp_path / name)
    again = load_block(tmp_path / name)
    assert again.same_content(block) and block_to_dict(again) == block_to_dict(block)


def _graph_doc() -> dict:
    return json.loads((EXAMPLES_DIR / "basic_block.json").read_text())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=1), "$: modules and steps need a version 2 file"),
        (lambda d: d.update(layers=[]), "$.layers: a graph block has modules and steps, not layers"),
        (lambda d: d["steps"][1].update(inputs=[99]), "$.steps[1].inputs[0]: expected 0 (forward's x) or a step"),
        (lambda d: d["steps"][1].update(inputs=[]), "$.steps[1].inputs: expected a list of 1 to 64 value positions"),
        (lambda d: d["steps"][1].update(op="exec"), "$.steps[1].op: expected one of call_module"),
        (lambda d: d["steps"][1].update(target="__class__"), "$.steps[1].target: module name '__class__' is reserved"),
        (lambda d: d["steps"][1].update(output="import os"), "$.steps[1].output: variable name 'import os' is not"),
        (lambda d: d["steps"][6].update(target="eval"), "$.steps[6].target: unknown function"),
        (lambda d: d["steps"][6]["params"].update(inplace="yes"), "$.steps[6].params.inplace: expected true or false"),
        (lambda d: d["modules"][0].update(name="self"), "$.modules[0].name: module name 'self' is reserved"),
        (
            lambda d: d["modules"].append({"name": "s", "sequential": [{"type": "ReLU", "name": "a"}]}),
            "$.modules[5].sequential[0].name: members of an unkeyed Sequential are numbered",
        ),  # fmt: skip
        (lambda d: d.update(steps=[{"op": "assign", "inputs": [0]}] * 1001), "$.steps: 1,001 steps; forward holds"),
    ],
)
def test_hostile_graph_files_are_refused_with_their_json_path(change, message: str) -> None:  # noqa: ANN001
    doc = _graph_doc()
    change(doc)
    with pytest.raises(ProjectFileError) as caught:
        block_from_bytes(json.dumps(doc).encode())
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_view_with_a_bad_size_is_refused_before_anything_is_built() -> None:
    doc = json.loads((EXAMPLES_DIR / "tutorial_net.json").read_text())
    doc["steps"][6] = {"op": "call_method", "target": "view", "inputs": [6], "params": {"shape": ["size(0)", "os"]}}
    with pytest.raises(ProjectFileError, match=r"\$\.steps\[6\]\.params\.shape: a size must be -1"):
        block_from_bytes(json.dumps(doc).encode())
    doc["steps"][6]["params"]["shape"] = ["size(0)", -1]
    block = block_from_bytes(json.dumps(doc).encode())
    assert analyze(block).ok and "x = x.view(x.size(0), -1)" in __import__("core").generate_source(block)


def test_a_graph_asking_for_absurd_memory_is_refused_at_the_step_that_crosses_the_limit() -> None:
    doc = json.loads((EXAMPLES_DIR / "dense_layer.json").read_text())
    doc["input_shape"] = [4096, 64, 512, 512]  # 256 GiB of input alone
    with pytest.raises(ProjectFileError, match=r"^\$\.input_shape: the input alone needs"):
        block_from_bytes(json.dumps(doc).encode())
    doc["input_shape"] = [256, 64, 512, 512]  # 16 GiB in, then every step adds its output
    with pytest.raises(ProjectFileError, match=r"^\$\.steps\[\d\]: with this .* the block needs"):
        block_from_bytes(json.dumps(doc).encode())


def test_too_many_modules_are_refused_before_any_is_built() -> None:
    doc = _graph_doc()
    doc["modules"].append({"name": "big", "sequential": [{"type": "ReLU"}] * 1000})
    with pytest.raises(ProjectFileError, match=r"^\$\.modules: 1,005 modules; a block holds at most 1,000"):
        block_from_bytes(json.dumps(doc).encode())
