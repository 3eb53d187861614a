"""Graph edits as the window makes them, checked against real torch: wraps, projections, rewiring."""

from __future__ import annotations

import pytest
import torch

from core.analysis.block_analysis import analyze
from core.codegen.loader import instantiate_class, load_module
from core.codegen.source import generate
from core.model.block import Block, Layer
from core.model.step_editing import insert_kinds, project_skip, remove_steps, wrap_in_residual


def conv(channels: int, stride: int = 1) -> Layer:
    return Layer("Conv2d", {"out_channels": channels, "kernel_size": 3, "padding": 1, "stride": stride, "bias": False})


def run(block: Block, x: torch.Tensor) -> torch.Tensor:
    model = instantiate_class(load_module(generate(block).source, block.class_name)).eval()
    with torch.no_grad():
        return model(x)


def test_wrapping_a_shape_keeping_run_adds_identity_and_the_add_only() -> None:
    block = Block([conv(3), Layer("BatchNorm2d"), Layer("ReLU")], input_shape=(1, 3, 16, 16))
    edit = wrap_in_residual(block, 0, 1, analyze(block))
    graph = edit.block
    assert [s.op for s in graph.steps] == ["assign", "call_module", "call_module", "call_function", "call_module"]
    assert not any(entry.name == "downsample" for entry in graph.modules)
    assert "projection" not in edit.message
    # the ReLU after the run now reads the add
    assert graph.steps[-1].inputs == [graph.steps[3].uid]
    source = generate(graph).source
    assert "identity = x" in source and "out = out + identity" in source
    assert analyze(graph).ok


def test_a_run_that_halves_the_resolution_gets_a_strided_projection() -> None:
    block = Block([conv(32, stride=2), Layer("BatchNorm2d")], input_shape=(2, 16, 32, 32))
    edit = wrap_in_residual(block, 0, 1, analyze(block))
    assert "channels 16 -> 32" in edit.message and "resolution 32x32 -> 16x16" in edit.message
    downsample = next(entry for entry in edit.block.modules if entry.name == "downsample")
    conv1x1 = downsample.members[0].layer
    assert conv1x1.params == {"out_channels": 32, "kernel_size": 1, "bias": False, "stride": 2}
    assert analyze(edit.block).ok
    # torch agrees: the generated class runs and keeps the batch
    assert run(edit.block, torch.randn(2, 16, 32, 32)).shape == (2, 32, 16, 16)


def test_a_projection_that_no_1x1_stride_can_make_is_refused_in_words() -> None:
    block = Block([Layer("Conv2d", {"out_channels": 8, "kernel_size": 5})], input_shape=(1, 3, 10, 10))
    with pytest.raises(ValueError, match="10x10 into 6x6"):
        wrap_in_residual(block, 0, 0, analyze(block))


def test_inserting_in_a_graph_rewires_the_step_below_and_removing_heals_the_chain() -> None:
    block = Block([conv(3), Layer("ReLU")], input_shape=(1, 3, 8, 8))
    graph = wrap_in_residual(block, 0, 0, analyze(block)).block  # identity, conv1, add, relu1
    edit = insert_kinds(graph, 2, ["BatchNorm2d"])  # between the conv and the add
    steps = edit.block.steps
    assert steps[2].target == "bn1" and steps[2].inputs == [steps[1].uid]
    assert steps[3].inputs[0] == steps[2].uid  # the add reads the new BatchNorm
    assert analyze(edit.block).ok
    healed = remove_steps(edit.block, [2]).block
    assert healed.steps[2].inputs[0] == healed.steps[1].uid
    assert healed.entry_named("bn1") is None  # no step calls it any more
    assert analyze(healed).ok


def test_the_fix_for_a_mismatched_add_makes_torch_accept_it() -> None:
    block = Block([conv(8)], input_shape=(1, 3, 8, 8))
    graph = wrap_in_residual(block, 0, 0, analyze(block)).block
    add = next(row for row, step in enumerate(graph.steps) if step.target == "add")
    # the skip reads forward's x (3 channels) again: the add is wrong until projected
    graph.steps[add].inputs = [graph.steps[add].inputs[0], 0]
    assert analyze(graph).error is not None
    fixed = project_skip(graph, add, analyze(graph)).block
    assert analyze(fixed).ok
    assert run(fixed, torch.randn(1, 3, 8, 8)).shape == (1, 8, 8, 8)
