"""Generated source for graph blocks and the new container styles: readable, ruff-clean, runnable,
with lines mapped to steps and modules, and promoted arguments flowing into later sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings

from core import analyze, generate, generate_source, instantiate
from core.codegen.loader import LoadError
from core.codegen.source import CodegenError
from core.files.examples import EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import load_block
from core.model.block import Block, Layer
from core.model.steps import INPUT, Container, Module, Step
from tests.core.test_codegen import check_ruff_clean
from tests.strategies import graph_blocks


def test_graph_examples_pass_ruff_check_and_format(tmp_path: Path) -> None:
    for name in GRAPH_EXAMPLES:
        (tmp_path / name.replace(".json", ".py")).write_text(generate_source(load_block(EXAMPLES_DIR / name)))
    check_ruff_clean(tmp_path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_blocks())
def test_random_graphs_pass_ruff(tmp_path_factory: pytest.TempPathFactory, block: Block) -> None:
    folder = tmp_path_factory.mktemp("graph")
    (folder / "block.py").write_text(generate_source(block))
    check_ruff_clean(folder)


def test_keyed_sequential_keeps_its_names_and_ruff_is_happy(tmp_path: Path) -> None:
    features = Container(
        "features",
        [Module("conv", Layer("Conv2d", {"out_channels": 4, "kernel_size": 3})), Module("act", Layer("ReLU"))],
        keyed=True,
    )
    block = Block(input_shape=(1, 3, 8, 8), modules=[features], steps=[Step("call_module", "features", [INPUT])])
    source = generate_source(block)
    assert source.startswith("from collections import OrderedDict\n\nimport torch\n")
    assert list(instantiate(block).state_dict()) == ["features.conv.weight", "features.conv.bias"]
    (tmp_path / "keyed.py").write_text(source)
    check_ruff_clean(tmp_path)


def test_lines_map_to_steps_and_modules() -> None:
    block = load_block(EXAMPLES_DIR / "basic_block_downsample.json")
    code = generate(block)
    lines = code.source.splitlines()
    for step in block.steps:
        assert code.step_at_line(code.step_lines[step.uid][0]) == step.uid
    add = next(s for s in block.steps if s.target == "add")
    assert lines[code.step_lines[add.uid][0] - 1].strip() == "out += identity"
    downsample = block.entry_named("downsample")
    first_member = downsample.members[0]
    member_line = code.module_lines[first_member.uid][0]
    assert lines[member_line - 1].strip().startswith("nn.Conv2d(64, 128, kernel_size=1, stride=2")
    assert code.module_at_line(member_line) == first_member.uid  # the member, not its container
    assert code.module_at_line(code.module_lines[downsample.uid][0]) == downsample.uid


def test_a_clobbered_variable_gets_a_fresh_name_so_the_code_computes_the_steps() -> None:
    # step 2 writes `out` while step 1's `out` is still read by step 3: keeping the name would be wrong
    a = Step("call_module", "relu", [INPUT], output="out")
    b = Step("call_module", "relu", [a.uid], output="out")
    c = Step("call_function", "add", [a.uid, b.uid], output="out")
    block = Block(input_shape=(1, 2, 4, 4), modules=[Module("relu", Layer("Tanh"))], steps=[a, b, c])
    source = generate_source(block)
    assert "out_2 = self.relu(out)" in source and "out = out + out_2" in source
    x = torch.randn(1, 2, 4, 4)
    torch.testing.assert_close(instantiate(block)(x), torch.tanh(x) + torch.tanh(torch.tanh(x)))


def test_a_promoted_channel_count_reaches_the_linear_after_flatten_as_an_expression() -> None:
    conv = Layer("Conv2d", {"out_channels": 16, "kernel_size": 3, "padding": 1}, {"out_channels": "channels"})
    layers = [conv, Layer("ReLU"), Layer("Flatten"), Layer("Linear", {"out_features": 10})]
    block = Block(layers, input_shape=(1, 3, 8, 8))
    block.container = "attributes"
    assert "self.fc1 = nn.Linear(self.channels * 64, 10)" in generate_source(block)
    model = instantiate(block, channels=5)
    assert model.fc1.in_features == 5 * 64 and model(torch.zeros(1, 3, 8, 8)).shape == (1, 10)


def test_a_promoted_channel_count_flows_through_a_graph_to_the_linear() -> None:
    block = load_block(EXAMPLES_DIR / "tutorial_net.json")
    conv2 = block.entry_named("conv2")
    conv2.layer.arguments["out_channels"] = "channels"
    source = generate_source(block)
    assert "self.fc1 = nn.Linear(self.channels * 25, 120)" in source
    assert instantiate(block, channels=7)(torch.zeros(1, 1, 32, 32)).shape == (1, 10)


@pytest.mark.parametrize("container", ["modulelist", "list"])
def test_module_list_registers_its_layers_and_a_plain_list_does_not(container: str) -> None:
    block = Block([Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer("ReLU")], input_shape=(1, 3, 8, 8))
    block.container = container
    source = generate_source(block)
    assert "for layer in self.conv_block:" in source
    model = instantiate(block)
    assert model(torch.zeros(1, 3, 8, 8)).shape == analyze(block).output_shape
    if container == "modulelist":
        assert "nn.ModuleList(" in source and len(list(model.parameters())) == 2
        assert list(model.state_dict()) == ["conv_block.0.weight", "conv_block.0.bias"]
    else:
        assert "self.conv_block = [" in source
        assert list(model.parameters()) == [] and model.state_dict() == {}  # the lesson: never registered


def test_omitted_super_with_a_module_list_fails_like_pytorch() -> None:
    block = Block([Layer("ReLU")], input_shape=(1, 3, 8, 8), container="modulelist", super_style="omitted")
    with pytest.raises(LoadError, match="cannot assign module before Module.__init__"):
        instantiate(block)


def test_a_step_calling_an_unregistered_module_is_refused_in_words() -> None:
    block = Block(input_shape=(1, 3, 8, 8), modules=[], steps=[Step("call_module", "conv9", [INPUT])])
    assert str(analyze(block).error) == "step 1 conv9: calls self.conv9, which __init__ does not register"
    with pytest.raises(CodegenError, match="not registered"):
        generate_source(block)
