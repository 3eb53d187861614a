"""Graph analysis agrees with real torch, torch.fx and torchinfo on random graphs.

The generated class is traced with torch.fx: its nodes are the block's steps (an `assign` makes
no node, `x.size(i)` makes an extra one), and fx's shape propagation runs the real modules. A
graph is invalid exactly when torch refuses to run it.
"""

from __future__ import annotations

import operator

import pytest
import torch
import torchinfo
from hypothesis import HealthCheck, event, given, settings
from torch.fx import symbolic_trace
from torch.fx.passes.shape_prop import ShapeProp

from core import analyze, generate_source, instantiate
from core.codegen.loader import LoadError
from core.model.block import Block
from tests.strategies import graph_blocks

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

FUNCTION_NAMES = {"add": (operator.add, operator.iadd), "torch.cat": (torch.cat,)}


def fx_steps(block: Block) -> list[tuple[str, str, tuple[int, ...]]]:
    """(op, target, output shape) of every computing node of the traced generated class."""
    model = instantiate(block).eval()
    traced = symbolic_trace(model)
    with torch.no_grad():
        ShapeProp(traced).propagate(torch.zeros(block.input_shape))
    nodes = []
    for node in traced.graph.nodes:
        if node.op in ("placeholder", "output", "get_attr") or (node.op == "call_method" and node.target == "size"):
            continue
        target = node.target if isinstance(node.target, str) else node.target.__name__
        nodes.append((node.op, target, tuple(node.meta["tensor_meta"].shape)))
    return nodes


def expected_nodes(block: Block, analysis) -> list[tuple[str, str, tuple[int, ...]]]:  # noqa: ANN001
    """The same list, from the block's steps and the analysis."""
    from core.layers.registry import LAYER_KINDS
    from core.model.steps import Container

    rows = []
    for step, report in zip(block.steps or [], analysis.layers):
        if step.op == "assign":
            continue
        entry = block.entry_named(step.target) if step.op == "call_module" else None
        if isinstance(entry, Container):  # fx traces into an nn.Sequential: one node per member
            shape = report.input_shape
            for i, member in enumerate(entry.members):
                kind = LAYER_KINDS[member.layer.kind]
                shape = kind.output_shape(shape, member.layer.resolved())
                rows.append(("call_module", f"{step.target}.{member.name or i}", shape))
            continue
        target = step.target
        if step.op == "call_function":
            target = {"add": "add", "torch.cat": "cat"}.get(target, target.rpartition(".")[2])
        rows.append((step.op, target, report.output_shape))
    return rows


def runs_in_torch(block: Block) -> Exception | None:
    try:
        model = instantiate(block).eval()
        with torch.no_grad():
            model(torch.zeros(block.input_shape))
    except (LoadError, RuntimeError, ValueError, IndexError, TypeError) as exc:
        return exc
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_blocks())
def test_graph_is_valid_exactly_when_torch_runs_it_and_fx_sees_the_same_steps(block: Block) -> None:
    analysis = analyze(block)
    refused = runs_in_torch(block)
    event("valid" if analysis.ok else "invalid")
    if not analysis.ok:
        assert refused is not None, f"analysis refused a graph torch runs: {analysis.error}"
        assert analysis.error.what == "step" and len(analysis.layers) == analysis.error.index
        return
    assert refused is None, f"torch refused a graph analysis accepted: {refused}\n{generate_source(block)}"
    assert fx_steps(block) == expected_nodes(block, analysis)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_blocks())
def test_graph_params_and_mult_adds_equal_torchinfo(block: Block) -> None:
    analysis = analyze(block)
    if not analysis.ok:
        return
    model = instantiate(block)
    stats = torchinfo.summary(model, input_size=block.input_shape, verbose=0, device="cpu", mode="eval")
    assert stats.trainable_params == analysis.total_params == sum(p.numel() for p in model.parameters())
    assert stats.total_mult_adds == analysis.total_mult_adds


def test_a_residual_add_without_projection_names_the_fix() -> None:
    from core.files.examples import EXAMPLES_DIR
    from core.files.project_file import load_block

    block = load_block(EXAMPLES_DIR / "basic_block_downsample.json")
    add = next(i for i, s in enumerate(block.steps) if s.target == "add")
    skip = next(s for s in block.steps if s.target == "downsample")
    block.set_step_inputs(add, [block.steps[add].inputs[0], 0])  # skip the projection: add x itself
    block.remove_step(block.steps.index(skip))
    block.remove_module(next(i for i, e in enumerate(block.modules) if e.name == "downsample"))
    analysis = analyze(block)
    assert str(analysis.error) == (
        "step 6 add: (1, 128, 28, 28) and (1, 64, 56, 56) cannot be added; "
        "the skip path needs a 1x1 Conv2d with stride 2 and 128 channels"
    )
    assert [r.kind for r in analysis.layers][-1] == "bn2 (BatchNorm2d)" and len(analysis.layers) == 5
    assert runs_in_torch(block) is not None
