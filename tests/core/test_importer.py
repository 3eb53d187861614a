"""Importing .py model files with `ast`: the seed, our own exports, hand-written styles, hostile files."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core
from core.analysis.block_analysis import names_error
from core.cli.main import main as cli_main
from core.codegen.source import generate_source
from core.files.examples import EXAMPLES, EXAMPLES_DIR
from core.files.project_file import load_block
from core.importer.python_import import ImportFailed, import_file, import_source, module_classes
from core.importer.syntax import torch_signature
from core.layers.registry import LAYER_KINDS
from core.model.block import SUPER_STYLES, Block
from tests.strategies import blocks

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
SEED = DATA / "seed_convblock.py"


def _problems(result) -> str:
    return "\n".join(str(p) for p in result.problems)


# ---- the seed ------------------------------------------------------------------------------


def test_seed_convblock_imports_into_the_shipped_example():
    result = import_file(SEED, "ConvBlock")
    expected = load_block(EXAMPLES_DIR / "conv_block.json")
    assert result.ok, result.report()
    assert result.block.same_content(expected)
    assert generate_source(result.block) == generate_source(expected)
    # the values of the default-less arguments came from the call at the end of the file, and it says so
    notes = [str(n) for n in result.notes]
    assert "argument kernel_size has no default at line 9: it gets 3 from the call at line 44" in notes


def test_seed_without_a_call_site_imports_with_a_note_for_each_default_taken(tmp_path):
    text = SEED.read_text(encoding="utf-8").split("# Added for Block Studio")[0]
    path = tmp_path / "seed_only.py"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, "ConvBlock")
    assert result.ok, result.report()
    notes = [str(n) for n in result.notes]
    taken = {"kernel_size": "Conv2d kernel_size: 3", "stride": "Conv2d stride: 1", "padding": "Conv2d padding: 0"}
    taken |= {"pool": "MaxPool2d kernel_size: 2", "pool_stride": "MaxPool2d stride: None"}
    for name, default in taken.items():
        assert (
            f"argument {name} has no default at line 9: no call in the file gives it a value, "
            f"so it takes Block Studio's default for {default}"
        ) in notes
    source = generate_source(result.block)
    assert "def __init__(self, kernel_size=3, stride=1, padding=0, pool=2, pool_stride=None):" in source
    assert core.instantiate(result.block)(torch.zeros(1, 3, 64, 64)).shape == (1, 16, 31, 31)


def test_seed_lr_imports_as_a_features_block_with_its_notes():
    result = import_file(SEED, "LR")
    assert result.ok, result.report()
    block = result.block
    assert block.input_shape == (1, 10)  # DEFAULT_FEATURES: the file gives input_size no value
    assert [(layer.kind, layer.params, layer.arguments) for layer in block.layers] == [
        ("Linear", {"out_features": 10}, {"out_features": "output_size"})
    ]
    assert block.super_style == "explicit" and block.container == "attributes"
    notes = [str(n) for n in result.notes]
    assert (
        "argument output_size has no default at line 30: no call in the file gives it a value, "
        "so it takes Block Studio's default for Linear out_features: 10"
    ) in notes
    assert (
        "argument input_size has no default at line 30: no call in the file gives it a value; it only sets "
        "Linear in_features (line 34), so it is not kept and Block Studio takes that size from the input "
        "shape (1, 10): 10"
    ) in notes
    assert "the file shows no example input; the input shape is (1, 10)" in notes
    assert "self.test = 1 is not part of the block and is not kept at line 33" in notes
    source = generate_source(block)
    assert "def __init__(self, output_size=10):" in source
    assert "self.fc1 = nn.Linear(10, self.output_size)" in source
    model = core.instantiate(block)
    assert model(torch.randn(3, 10)).shape == (3, 10)
    assert core.instantiate(block, output_size=4)(torch.randn(1, 10)).shape == (1, 4)


def test_seed_lr_export_import_export_is_stable():
    first = generate_source(import_file(SEED, "LR").block)
    again = import_source(first)
    assert again.ok, again.report()
    assert generate_source(again.block) == first
    assert again.block.input_shape == (1, 10)  # from the exported `model(torch.randn(1, 10))`


def test_an_example_input_gives_the_features_and_a_value_less_size_argument_follows_it():
    source = _init("self.fc = nn.Linear(n, 3)", "return self.fc(x)", args=", n") + "m = M()\nm(torch.randn(8, 20))\n"
    result = import_source(source)
    assert result.ok, result.report()
    assert result.block.input_shape == (8, 20)
    assert "Linear in_features (line 6), so it is not kept" in " ".join(str(n) for n in result.notes)
    assert core.instantiate(result.block)(torch.zeros(8, 20)).shape == (8, 3)


def test_a_linear_in_features_literal_sets_the_features_input():
    result = import_source(_init("self.fc = nn.Linear(784, 10)", "return self.fc(x)"))
    assert result.ok, result.report()
    assert result.block.input_shape == (1, 784)


def test_an_argument_used_as_size_and_parameter_takes_the_parameter_default():
    body = "self.a = nn.Linear(n, n)\nself.b = nn.Linear(n, 2)"
    result = import_source(_init(body, "return self.b(self.a(x))", args=", n"))
    assert result.ok, result.report()
    assert result.block.input_shape == (1, 10)  # n is Linear out_features' default, and so the first size
    assert result.block.layers[0].arguments == {"out_features": "n"}
    assert core.instantiate(result.block)(torch.zeros(1, 10)).shape == (1, 2)


def test_an_unknown_layer_is_reported_with_its_line_not_guessed():
    source = "import torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
    source += "        self.rnn = nn.LSTM(8, 8)\n    def forward(self, x):\n        return self.rnn(x)\n"
    result = import_source(source)
    assert not result.ok
    assert str(result.problems[0]).startswith("unsupported layer LSTM at line 5: Block Studio builds Conv2d")
    assert len(result.problems) == 1  # forward's use of it is not reported a second time


def test_a_file_with_two_classes_needs_a_choice():
    assert module_classes(SEED.read_text(encoding="utf-8")) == [("ConvBlock", 4), ("LR", 28)]
    with pytest.raises(ImportFailed, match=r"2 nn.Module classes: ConvBlock \(line 4\), LR \(line 28\)"):
        import_file(SEED)
    with pytest.raises(ImportFailed, match="no nn.Module class Missing"):
        import_file(SEED, "Missing")


# ---- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("example", list(EXAMPLES))
@pytest.mark.parametrize("container", ["sequential", "attributes"])
@pytest.mark.parametrize("super_style", SUPER_STYLES)
def test_export_import_export_is_identical_for_the_examples(example, container, super_style):
    block = load_block(EXAMPLES_DIR / example)
    block.container, block.super_style = container, super_style
    source = generate_source(block)
    result = import_source(source)
    assert result.ok, result.report()
    assert generate_source(result.block) == source
    assert result.block.same_content(block) or container == "attributes"  # attributes mode drops container_name


@st.composite
def promoted_blocks(draw) -> Block:
    """Random blocks with random promoted arguments, super styles, containers and names."""
    block = draw(blocks)
    for index, layer in enumerate(block.layers):
        for spec in LAYER_KINDS[layer.kind].params:
            if draw(st.integers(0, 3)) == 0:
                layer.arguments[spec.name] = f"{spec.name}_{index}"
    block.super_style = draw(st.sampled_from(SUPER_STYLES))
    block.class_name = draw(st.sampled_from(["ConvBlock", "Net", "Stem2"]))
    block.container_name = draw(st.sampled_from(["conv_block", "features", "body"]))
    return block


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(promoted_blocks())
def test_export_import_export_is_identical_for_random_blocks(block):
    if names_error(block) is not None:
        return
    source = generate_source(block)
    result = import_source(source)
    assert result.ok, result.report()
    assert generate_source(result.block) == source


# ---- hand-written files ----------------------------------------------------------------------


def test_hand_written_model_imports_with_torchs_positional_order():
    """Our data file is trusted, so the test may run it and compare with the imported block."""
    result = import_file(DATA / "hand_written.py")
    assert result.ok, result.report()
    block = result.block
    assert block.super_style == "explicit" and block.container == "attributes"
    assert block.input_shape == (2, 1, 28, 28)  # from `net(torch.randn(2, 1, 28, 28))`
    namespace: dict = {"__name__": "hand_written"}
    exec(compile((DATA / "hand_written.py").read_text(), "hand_written.py", "exec"), namespace)  # noqa: S102
    torch.manual_seed(0)
    original = namespace["TinyNet"]().eval()
    imported = core.instantiate(block).eval()
    assert [repr(m) for m in original.children()] == [repr(m) for m in imported.children()]
    imported.load_state_dict(dict(zip(imported.state_dict(), original.state_dict().values())))
    x = torch.randn(2, 1, 28, 28)
    assert torch.equal(original(x), imported(x))
    notes = " ".join(str(n) for n in result.notes)
    assert "stem -> conv1" in notes and "smooth -> pool2" in notes


@pytest.mark.parametrize("name", sorted(LAYER_KINDS))
def test_positional_order_follows_the_installed_torch(name):
    torch_params = [p for p in inspect.signature(getattr(torch.nn, name).__init__).parameters if p != "self"]
    ours = list(torch_signature(LAYER_KINDS[name]))
    assert ours == torch_params[: len(ours)]


def _init(body: str, forward: str = "return self.conv(x)", args: str = "") -> str:
    lines = ["import torch.nn as nn", "", "class M(nn.Module):", f"    def __init__(self{args}):"]
    lines += ["        super().__init__()"] + [f"        {line}" for line in body.split("\n")]
    lines += ["", "    def forward(self, x):"] + [f"        {line}" for line in forward.split("\n")]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (_init("while True:\n    pass"), "unsupported statement `while True:` in __init__ at line 6"),
        (_init("self.conv = nn.Conv2d(3, 8, K)"), "Conv2d kernel_size = K at line 6: `K` is not a constant the file"),
        (
            _init("self.conv = nn.Conv2d(3, 8, 3)", "return torch.sort(self.conv(x))"),
            "`torch.sort(self.conv(x))` in forward is not supported at line 9",
        ),
        (
            _init("self.conv = nn.Conv2d(3, 8, 3)\nself.bn = nn.BatchNorm2d(16)", "return self.bn(self.conv(x))"),
            "BatchNorm2d num_features is 16 at line 7: its input (1, 8, 62, 62) has 8 there",
        ),
        (_init("self.conv = nn.Conv2d(3, 8, 3)\nself.extra = nn.ReLU()"), "self.extra is built but forward never"),
        (
            _init("self.conv = nn.Conv2d(3, 3, 3)", "x = self.conv(x)\nreturn self.conv(x, x)"),
            "a module is called with one input",
        ),
        (_init("self.conv = nn.MaxPool2d(2, return_indices=True)"), "MaxPool2d return_indices=True is not"),
        (_init("self.conv = nn.Conv2d(3, 8, kernel_size=0)"), "Conv2d kernel_size at line 6: expected a whole"),
        (_init("self.conv = nn.Conv2d(3, 8, 3, **opts)"), "with *args or **kwargs is not supported"),
        (_init("self.conv = nn.Sequential(nn.Sequential())"), "nn.Sequential inside nn.Sequential at line 6"),
        (_init("self.conv = nn.Conv2d(3, 8, 3, wrong=1)"), "Conv2d has no argument wrong at line 6"),
        (_init("self.conv = nn.MaxPool2d(2, return_indices=r)", args=", r"), "argument r has no default at line 4"),
        (_init("self.conv = nn.Conv2d(3, 8, 3)", "return self.conv(x, 1)"), "`self.conv(x, 1)` in forward"),
        (_init("self.conv = MyConv(3)"), "self.conv = MyConv(3) is not a torch.nn layer at line 6"),
    ],
)
def test_unsupported_code_is_reported_with_its_line(source, expected):
    result = import_source(source)
    assert not result.ok
    assert expected in _problems(result)


def test_styles_a_block_can_hold_are_read():
    source = _init("self.conv = nn.Conv2d(3, 8, 3)", "out = self.conv(x)\nreturn out").replace(
        "super().__init__()", "nn.Module.__init__(self)"
    )
    result = import_source(source)
    assert result.ok and result.block.super_style == "super"
    assert "becomes super().__init__()" in " ".join(str(n) for n in result.notes)
    omitted = import_source(_init("self.conv = nn.Conv2d(3, 8, 3)").replace("        super().__init__()\n", ""))
    assert omitted.ok and omitted.block.super_style == "omitted"
    wrong = import_source(_init("self.conv = nn.Conv2d(3, 8, 3)").replace("super()", "super(Other, self)"))
    assert "does not name this class and self" in _problems(wrong)


def test_hostile_file_runs_nothing(tmp_path):
    text = (DATA / "canary.py").read_text(encoding="utf-8").replace("CANARY_DIR", str(tmp_path))
    path = tmp_path / "model.py"
    path.write_text(text, encoding="utf-8")
    hostile = import_file(path, "Hostile")
    harmless = import_file(path, "Harmless")
    assert cli_main(["import", str(path), "--class", "Harmless", "-o", str(tmp_path / "out.json")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py", "out.json"]  # no canary appeared
    assert not hostile.ok
    problems = _problems(hostile)
    assert "class decorator @decorate is dropped at line 20" in [str(n) for n in hostile.notes]
    assert "call `subprocess.run([" in problems and "unsupported statement `os.system(" in problems
    assert harmless.ok and harmless.block.layers[0].params["kernel_size"] == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"class M(nn.Module:\n", "line 1: syntax error"),
        (b"x = 1\x00\n", "null bytes"),
        (b"\xff\xfe junk", "not UTF-8 text"),
        (b"import torch\nx = 1\n", "defines no nn.Module subclass"),
        (b"x = " + b"(" * 500 + b")" * 500, "model.py"),
    ],
)
def test_unreadable_files_fail_with_a_clear_message(tmp_path, data, message):
    path = tmp_path / "model.py"
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match=message):
        import_file(path)


# ---- command line --------------------------------------------------------------------------


def test_cli_import_writes_a_project_file_that_opens(tmp_path, capsys):
    out = tmp_path / "seed.json"
    assert cli_main(["import", str(SEED), "--class", "ConvBlock", "-o", str(out)]) == 0
    assert load_block(out).same_content(load_block(EXAMPLES_DIR / "conv_block.json"))
    err = capsys.readouterr().err
    assert "note: argument pool has no default at line 9: it gets 2 from the call at line 44" in err
    assert cli_main(["import", str(DATA / "hand_written.py")]) == 0
    assert json.loads(capsys.readouterr().out)["class_name"] == "TinyNet"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([str(SEED)], "defines 2 nn.Module classes"),
        ([str(SEED), "--class", "Nope"], "has no nn.Module class Nope"),
        (["/no/such/model.py"], "cannot read /no/such/model.py"),
        ([str(DATA)], "is a folder"),
        (
            [str(DATA / "canary.py"), "--class", "Hostile"],
            "Hostile (line 21) cannot be imported: call `subprocess.run(",
        ),
        ([str(DATA / "hand_written.py"), "-o", str(DATA)], "is a folder; give a file name for -o"),
    ],
)
def test_cli_import_errors_are_one_line_and_exit_2(capsys, argv, message):
    assert cli_main(["import", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert message in err
