"""Generated source: the seed's ConvBlock, the options on a block, and lint/format cleanliness."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings

from core import generate, generate_source, instantiate
from core.codegen.loader import LoadError
from core.codegen.source import CodegenError
from core.files.examples import EXAMPLES, EXAMPLES_DIR, seed_block
from core.files.project_file import load_block
from core.model.block import Block, Layer
from tests.strategies import blocks

# The seed blog post's hand-written class, verbatim (tabs and all), as the importer tests use it
SeedConvBlock = runpy.run_path(str(Path(__file__).resolve().parents[1] / "data" / "import" / "seed_convblock.py"))[
    "ConvBlock"
]


def test_seed_block_generates_the_seeds_convblock() -> None:
    source = generate_source(seed_block())
    assert "class ConvBlock(nn.Module):" in source
    assert "def __init__(self, kernel_size=3, stride=1, padding=1, pool=2, pool_stride=2):" in source
    init_body = source.split("def __init__")[1].splitlines()
    assert init_body[1].strip() == "super().__init__()", "super().__init__() must come first"
    assert "self.conv_block = nn.Sequential(" in source
    assert "nn.MaxPool2d(self.pool, self.pool_stride)" in source


def test_generated_convblock_equals_the_hand_written_one() -> None:
    ours = instantiate(seed_block())
    theirs = SeedConvBlock(3, 1, 1, 2, 2)
    ours_state, theirs_state = ours.state_dict(), theirs.state_dict()
    assert list(ours_state) == list(theirs_state)
    assert [v.shape for v in ours_state.values()] == [v.shape for v in theirs_state.values()]
    ours.load_state_dict(theirs_state)
    x = torch.randn(2, 3, 64, 64, generator=torch.Generator().manual_seed(0))
    for mode in ("train", "eval"):
        getattr(ours, mode)()
        getattr(theirs, mode)()
        assert torch.equal(ours(x), theirs(x))


def test_promoted_arguments_are_real_constructor_arguments() -> None:
    model = instantiate(seed_block(), kernel_size=5, padding=2, pool=4, pool_stride=4)
    assert model.kernel_size == 5
    assert model.conv_block[0].kernel_size == (5, 5)
    assert model(torch.zeros(1, 3, 64, 64)).shape == (1, 16, 16, 16)


def test_explicit_super_style_names_the_class() -> None:
    block = seed_block()
    block.set_option("super_style", "explicit")
    assert "super(ConvBlock, self).__init__()" in generate_source(block)
    assert instantiate(block)(torch.zeros(1, 3, 8, 8)).shape == (1, 16, 4, 4)


def test_omitted_super_call_fails_with_pytorchs_real_error_on_the_assignment_line() -> None:
    block = seed_block()
    block.set_option("super_style", "omitted")
    code = generate(block)
    assert "super" not in code.source.split("def forward")[0]
    with pytest.raises(LoadError) as caught:
        instantiate(block)
    error = caught.value
    assert error.type_name == "AttributeError"
    assert error.message == "cannot assign module before Module.__init__() call"
    assert code.source.splitlines()[error.line - 1].strip() == "self.conv_block = nn.Sequential("


def test_attribute_container_calls_each_layer_in_order() -> None:
    block = seed_block()
    block.set_option("container", "attributes")
    code = generate(block)
    for attr in ("conv1", "bn1", "relu1", "pool1"):
        assert f"self.{attr} = nn." in code.source
        assert f"x = self.{attr}(x)" in code.source
    model = instantiate(block)
    assert list(model.state_dict()) == [
        "conv1.weight",
        "conv1.bias",
        "bn1.weight",
        "bn1.bias",
        "bn1.running_mean",
        "bn1.running_var",
        "bn1.num_batches_tracked",
    ]
    # each layer's lines: where it is built and where forward calls it
    lines = code.source.splitlines()
    assert [lines[n - 1].strip() for n in code.layer_lines[1]] == ["self.bn1 = nn.BatchNorm2d(16)", "x = self.bn1(x)"]
    assert code.layer_at_line(code.layer_lines[3][0]) == 3


def test_promoted_out_channels_flows_into_the_next_layers_channel_argument() -> None:
    block = load_block(EXAMPLES_DIR / "vgg_double_conv.json")
    source = generate_source(block)
    assert "nn.Conv2d(self.channels, self.channels, kernel_size=3, padding=1)" in source
    assert instantiate(block, channels=8)(torch.zeros(1, 3, 16, 16)).shape == (1, 8, 8, 8)


def test_only_used_imports_and_a_runnable_main(tmp_path: Path) -> None:
    source = generate_source(seed_block())
    assert source.startswith("import torch\nimport torch.nn as nn\n\n\n")
    script = tmp_path / "conv_block.py"
    script.write_text(source)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "torch.Size([1, 16, 32, 32])" in result.stdout


@pytest.mark.parametrize("name", ["class Evil:", "os.system('x')", "1abc", "for", "self", "a" * 65, "conv\nblock"])
def test_names_that_are_not_identifiers_never_reach_source(name: str) -> None:
    block = seed_block()
    block.class_name = name
    with pytest.raises(CodegenError):
        generate_source(block)
    block = seed_block()
    block.layers[0].arguments["kernel_size"] = name
    with pytest.raises(CodegenError):
        generate_source(block)


def test_argument_names_must_not_clash() -> None:
    block = seed_block()
    block.set_argument(3, "kernel_size", "kernel_size")  # pool kernel 2, conv kernel_size 3
    with pytest.raises(CodegenError, match="shared with layer 1"):
        generate_source(block)
    block = seed_block()
    block.set_argument(0, "out_channels", "conv_block")
    with pytest.raises(CodegenError, match="already an attribute"):
        generate_source(block)


def _ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=cwd, capture_output=True, text=True)


def _write_sources(folder: Path, sources: dict[str, str]) -> None:
    for name, source in sources.items():
        (folder / f"{name}.py").write_text(source)


def check_ruff_clean(folder: Path) -> None:
    lint = _ruff("check", "--isolated", "--select", "E,F,W", ".", cwd=folder)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _ruff("format", "--isolated", "--check", "--diff", ".", cwd=folder)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_examples_pass_ruff_check_and_format(tmp_path: Path) -> None:
    sources = {}
    for file in EXAMPLES:
        block = load_block(EXAMPLES_DIR / file)
        for style in ("super", "explicit", "omitted"):
            for container in ("sequential", "attributes"):
                block.super_style, block.container = style, container
                sources[f"{file[:-5]}_{style}_{container}"] = generate_source(block)
    sources["empty_sequential"] = generate_source(Block([]))
    sources["empty_attributes_omitted"] = generate_source(Block([], super_style="omitted", container="attributes"))
    _write_sources(tmp_path, sources)
    check_ruff_clean(tmp_path)


def test_long_lines_are_wrapped_as_ruff_would(tmp_path: Path) -> None:
    conv = Layer(
        "Conv2d",
        {
            "out_channels": 128,
            "kernel_size": (3, 5),
            "stride": (2, 1),
            "padding": (1, 2),
            "dilation": 2,
            "groups": 4,
            "bias": False,
            "padding_mode": "reflect",
        },
        {"out_channels": "a_rather_long_argument_name", "kernel_size": "another_long_kernel_size_name"},
    )
    bn = Layer("BatchNorm2d", {"eps": 0.001, "momentum": None, "affine": False})
    block = Block(
        [conv, bn] * 3 + [Layer("ReLU")] * 40,
        class_name="AVeryLongClassNameForTestingLineWrapping",
        input_shape=(2, 64, 128, 128),
        container="attributes",
    )
    block2 = block.copy()
    block2.container = "sequential"
    _write_sources(tmp_path, {"wrapped": generate_source(block), "wrapped_seq": generate_source(block2)})
    check_ruff_clean(tmp_path)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(blocks)
def test_random_blocks_pass_ruff(tmp_path_factory: pytest.TempPathFactory, block: Block) -> None:
    folder = tmp_path_factory.mktemp("gen")
    _write_sources(folder, {"block": generate_source(block)})
    check_ruff_clean(folder)
