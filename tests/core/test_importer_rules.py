"""The importer's rules: nothing from the file runs, constant arithmetic with bounded magnitudes,
what __init__ may hold besides layers, every problem at once, one-line refusals, limits."""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import pytest
import torch

import core
from core.cli.main import main as cli_main
from core.codegen.source import generate_source
from core.files.project_file import load_block
from core.importer.python_import import MAX_SOURCE_LINES, ImportFailed, import_file, import_source, module_classes
from core.importer.values import NotStatic, StaticEvaluator

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def _problems(result) -> str:
    return "\n".join(str(p) for p in result.problems)


def _notes(result) -> list[str]:
    return [str(n) for n in result.notes]


def _model(init: str, forward: str = "return self.fc(x)", head: str = "", args: str = "") -> str:
    lines = ["import torch", "import torch.nn as nn", "import torch.nn.functional as F", *head.split("\n"), ""]
    lines += ["class M(nn.Module):", f"    def __init__(self{args}):", "        super().__init__()"]
    lines += [f"        {line}" for line in init.split("\n")]
    lines += ["", "    def forward(self, x):"] + [f"        {line}" for line in forward.split("\n")]
    return "\n".join(lines) + "\n"


# ---- nothing from the file runs ------------------------------------------------------------


def test_no_expression_in_any_position_runs(tmp_path):
    canaries = tmp_path / "canaries"
    canaries.mkdir()
    text = (DATA / "canary_expressions.py").read_text(encoding="utf-8").replace("CANARY_DIR", str(canaries))
    path = tmp_path / "model.py"
    path.write_text(text, encoding="utf-8")
    names = [name for name, _ in module_classes(text)]
    assert names == ["Decorated", "Arithmetic", "Subscripts", "Comprehensions", "FStrings", "Statements"]
    results = {name: import_file(path, name) for name in names}
    for name in names:
        assert cli_main(["import", str(path), "--class", name, "-o", str(tmp_path / f"{name}.json")]) in (0, 2)
    assert list(canaries.iterdir()) == []  # no hostile expression ran
    decorated = results["Decorated"]
    assert "class decorator @register is dropped at line 25" in _notes(decorated)
    assert any(n.startswith("class keyword flag=os.system(") for n in _notes(decorated))
    assert "argument k has default os.system(" in _problems(decorated)
    for name in names[1:]:  # each hostile value is named with its line, never computed
        assert not results[name].ok
        assert "os.system(" in _problems(results[name]) or "os.listdir(" in _problems(results[name])


# ---- constant arithmetic -------------------------------------------------------------------


def _evaluate(text: str, **names: object):
    from core.importer.values import Known

    lookup = {k: Known(v) for k, v in names.items()}
    return StaticEvaluator(lambda name, node: lookup.get(name)).evaluate(ast.parse(text, mode="eval").body).value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("16 * 5 * 5", 400),
        ("ndf * 2", 128),
        ("1 - 0.75", 0.25),
        ("-(3 + 4) // 2", -4),
        ("7 % 3 + 2 ** 10", 1025),
        ("9 / 2", 4.5),
        ("100 if big else 10", 10),
        ("s != 1 or ndf != 64", False),
        ("(ndf * 2, 3)", (128, 3)),
        ("not 0", True),
        ("{'A': [64, 'M']}['A']", (64, "M")),
    ],
)
def test_constant_arithmetic_is_computed_from_the_tree(text, value):
    assert _evaluate(text, ndf=64, big=False, s=1) == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2 ** 10 ** 10", "too large to be a size"),
        ("10 ** 100", "too large to be a size"),
        ("(2 ** 40) * (2 ** 40)", "too large to be a size"),
        ("1.5 ** 100000", "too large to be a size"),
        ("1 / 0", "divides by zero"),
        ("'a' * 10", "not arithmetic on numbers"),
        ("len('abc')", "not a constant expression"),
        ("[1, 2][5]", "has no such item"),
        ("1 << 3", "only + - * / // % ** are computed"),
        ("unknown + 1", "`unknown` is not a constant the file defines"),
    ],
)
def test_huge_or_non_constant_expressions_are_refused_before_computing(text, reason):
    with pytest.raises(NotStatic, match=re.escape(reason)):
        _evaluate(text)


def test_sizes_may_use_module_constants_locals_and_arithmetic():
    source = _model(
        "hidden_1 = 512\nself.keep_prob = 0.7\nself.fc = nn.Sequential(nn.Linear(nc * 4 * 4, hidden_1), "
        "nn.Dropout(p=1 - self.keep_prob), nn.Linear(hidden_1, ndf * 2))",
        head="nc = 3\nndf = 64",
    )
    result = import_source(source)
    assert result.ok, result.report()
    assert [(layer.kind, layer.params) for layer in result.block.layers] == [
        ("Linear", {"out_features": 512}),
        ("Dropout", {"p": pytest.approx(0.3)}),
        ("Linear", {"out_features": 128}),
    ]
    assert result.block.input_shape == (1, 48)  # in_features nc * 4 * 4
    notes = _notes(result)
    assert "local variable `hidden_1 = 512` is read as 512 at line 10" in notes
    assert "self.keep_prob = 0.7 is not part of the block and is not kept at line 11" in notes


def test_a_module_constant_bound_twice_is_not_a_size():
    result = import_source(_model("self.fc = nn.Linear(4, n)", head="n = 2\nn = 3"))
    assert "`n` is bound more than once at module level (lines 4 and 5)" in _problems(result)


# ---- other statements in __init__ ----------------------------------------------------------


def test_if_not_x_weight_init_and_helpers_are_read_and_noted():
    source = _model(
        "if not mid:\n    mid = out\nself.conv = conv3x3(3, mid)\nnn.init.kaiming_normal_(self.conv.weight)\n"
        "self.bn = nn.BatchNorm2d(mid)",
        forward="return self.bn(self.conv(x))",
        head="def conv3x3(i, o, stride=1):\n    return nn.Conv2d(i, o, kernel_size=3, stride=stride, padding=1)",
        args=", out=8, mid=None",
    )
    result = import_source(source)
    assert result.ok, result.report()
    conv, bn = result.block.layers
    assert conv.params == {"out_channels": 8, "kernel_size": 3, "padding": 1} and bn.kind == "BatchNorm2d"
    notes = _notes(result)
    assert "`if not mid:` runs: its test is True (from mid) at line 10" in notes
    assert "`conv3x3(3, mid)` is read through conv3x3 (line 4) at line 12" in notes
    init = "weight initialisation `nn.init.kaiming_normal_(self.conv.weight)` is not kept"
    assert any(n.startswith(init) for n in notes)


def test_ordered_dict_sequential_is_read_and_its_names_noted():
    source = _model(
        'self.body = nn.Sequential(OrderedDict([("conv", nn.Conv2d(3, 8, 3)), ("relu", nn.ReLU())]))',
        forward="return self.body(x)",
        head="from collections import OrderedDict",
    )
    result = import_source(source)
    assert result.ok, result.report()
    assert [layer.kind for layer in result.block.layers] == ["Conv2d", "ReLU"]
    assert result.block.container == "sequential" and result.block.container_name == "body"


def test_an_unknown_call_in_init_is_a_problem_not_skipped():
    result = import_source(_model("self.fc = nn.Linear(4, 2)\nregister_everything(self)"))
    assert "call `register_everything(self)` in __init__ at line 10: Block Studio cannot tell" in _problems(result)


# ---- every problem at once, one line each ---------------------------------------------------


def test_every_problem_is_listed_at_once_with_its_line():
    source = _model(
        "self.a = nn.Conv2d(3, 8, K)\nself.b = nn.Frobnicate(3)\nwhile True:\n    pass\nself.fc = nn.Linear(4, 2)",
        forward="y = torch.sort(x)\nreturn self.fc(x)",
    )
    problems = _problems(import_source(source))
    for expected in (
        "Conv2d kernel_size = K at line 9",
        "unsupported layer Frobnicate at line 10",
        "unsupported statement `while True:` in __init__ at line 11",
        "`torch.sort(x)` in forward is not supported at line 16",
    ):
        assert expected in problems


def test_a_refusal_quoting_an_if_block_is_one_line(tmp_path, capsys):
    source = _model(
        "if self.training and torch.cuda.is_available():\n    self.fc = nn.Linear(4, 2)\n"
        "else:\n    self.fc = nn.Linear(4, 3)"
    )
    path = tmp_path / "up.py"
    path.write_text(source, encoding="utf-8")
    assert cli_main(["import", str(path), "--class", "M"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: M (line 6) cannot be imported: `if self.training and")


# ---- files and limits ----------------------------------------------------------------------


def test_import_refuses_to_overwrite_the_file_it_reads(tmp_path, capsys):
    path = tmp_path / "m.py"
    path.write_text(_model("self.fc = nn.Linear(4, 2)"), encoding="utf-8")
    before = path.read_bytes()
    assert cli_main(["import", str(path), "-o", str(path)]) == 2
    link = tmp_path / "link.py"
    link.symlink_to(path)
    assert cli_main(["import", str(path), "-o", str(link)]) == 2
    assert path.read_bytes() == before
    assert "is the file being imported" in capsys.readouterr().err


def test_a_file_over_the_limits_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.py"
    path.write_text(_model("self.fc = nn.Linear(4, 2)") + "x = 1\n" * MAX_SOURCE_LINES, encoding="utf-8")
    with pytest.raises(ImportFailed, match=f"lines; Block Studio reads model files of at most {MAX_SOURCE_LINES:,}"):
        import_file(path)


def test_a_block_over_the_loaders_limits_is_refused_not_written(tmp_path, capsys):
    init = "\n".join(f"self.r{i} = nn.ReLU()" for i in range(1001))
    forward = "\n".join(f"x = self.r{i}(x)" for i in range(1001)) + "\nreturn x"
    path = tmp_path / "long.py"
    path.write_text(_model(init, forward), encoding="utf-8")
    out = tmp_path / "long.json"
    assert cli_main(["import", str(path), "-o", str(out)]) == 2
    assert "forward applies 1,001 layers; a block holds at most 1,000" in capsys.readouterr().err
    assert not out.exists()


def test_what_import_writes_is_what_load_block_loads(tmp_path):
    """A file of the limit's size imports, and the project file it writes loads back equal."""
    init = "\n".join(f"self.r{i} = nn.ReLU()" for i in range(1000))
    forward = "\n".join(f"x = self.r{i}(x)" for i in range(1000)) + "\nreturn x"
    path = tmp_path / "long.py"
    path.write_text(_model(init, forward), encoding="utf-8")
    out = tmp_path / "long.json"
    assert cli_main(["import", str(path), "-o", str(out)]) == 0
    block = load_block(out)
    assert len(block.layers) == 1000 and json.loads(out.read_text())["class_name"] == "M"
    assert "rename" in "".join(_notes(import_file(path)))
    assert os.path.getsize(out) > 0


def test_functional_ops_import_and_compute_the_same():
    source = _model(
        "self.conv = nn.Conv2d(1, 4, 3)\nself.fc = nn.Linear(4 * 3 * 3, 5)",
        forward="x = F.max_pool2d(torch.relu(self.conv(x)), (2, 2))\nx = x.view(-1, 4 * 3 * 3)\n"
        "return F.log_softmax(self.fc(x), dim=1) if False else self.fc(x)",
    )
    assert "in forward is not supported" in _problems(import_source(source))  # a conditional expression
    source = source.replace("return F.log_softmax(self.fc(x), dim=1) if False else self.fc(x)", "return self.fc(x)")
    result = import_source(source)
    assert result.ok, result.report()
    assert result.block.input_shape == (1, 1, 8, 8)  # solved from in_features 36
    assert [step.target for step in result.block.steps] == ["conv", "F.relu", "F.max_pool2d", "view", "fc"]
    assert "torch.relu is written F.relu (the same function) at line 13" in _notes(result)
    namespace: dict = {}
    exec(compile(source, "m.py", "exec"), namespace)  # noqa: S102 - our own test source
    original, imported = namespace["M"]().eval(), core.instantiate(result.block).eval()
    imported.load_state_dict(dict(zip(imported.state_dict(), original.state_dict().values())))
    x = torch.randn(3, 1, 8, 8)
    assert torch.equal(original(x), imported(x))
    assert generate_source(import_source(generate_source(result.block)).block) == generate_source(result.block)


# ---- builders unrolled statically ------------------------------------------------------------

MAKE_LAYERS = """
from typing import cast

cfgs = {"A": [8, "M", 16, "M"], "B": [8, 8, "M"]}


def make_layers(cfg, batch_norm=False):
    layers = []
    in_channels = 3
    for v in cfg:
        if v == "M":
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        else:
            v = cast(int, v)
            conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            if batch_norm:
                layers += [conv2d, nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
            else:
                layers += [conv2d, nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)
"""


def test_a_vgg_make_layers_builder_is_unrolled_and_computes_the_same():
    source = _model("self.features = make_layers(cfgs['A'], batch_norm=True)", "return self.features(x)", MAKE_LAYERS)
    result = import_source(source)
    assert result.ok, result.report()
    kinds = [layer.kind for layer in result.block.layers]
    assert kinds == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d", "Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert result.block.container == "sequential" and result.block.container_name == "features"
    assert any("is unrolled through make_layers (line 10): 8 layers" in n for n in _notes(result))
    namespace: dict = {}
    exec(compile(source, "m.py", "exec"), namespace)  # noqa: S102 - our own test source
    original, imported = namespace["M"]().eval(), core.instantiate(result.block).eval()
    assert [v.shape for v in original.state_dict().values()] == [v.shape for v in imported.state_dict().values()]
    imported.load_state_dict(dict(zip(imported.state_dict(), original.state_dict().values())))
    x = torch.randn(2, 3, 16, 16)
    assert torch.equal(original(x), imported(x))


def test_a_builder_that_would_run_long_is_refused_with_a_bound():
    head = "L = [" + ", ".join(["1"] * 60) + "]\n\ndef many():\n    layers = []\n    for a in L:\n        for b in L:\n"
    head += "            for c in L:\n                layers += [nn.ReLU()]\n    return nn.Sequential(*layers)"
    result = import_source(_model("self.body = many()", "return self.body(x)", head))
    assert "many builds more than 1,000 layers" in _problems(result)
    loops = head.replace("layers += [nn.ReLU()]", "n = 1")
    result = import_source(_model("self.body = many()", "return self.body(x)", loops))
    assert "many runs more than 20,000 statements" in _problems(result)


def test_a_module_called_twice_keeps_one_set_of_weights():
    source = _model(
        "self.conv = nn.Conv2d(4, 4, 3, padding=1)\nself.pool = nn.MaxPool2d(2)",
        forward="x = self.pool(F.relu(self.conv(x)))\nx = self.pool(F.relu(self.conv(x)))\nreturn x",
    )
    result = import_source(source)
    assert result.ok and result.block.is_graph, result.report()
    namespace: dict = {}
    exec(compile(source, "m.py", "exec"), namespace)  # noqa: S102 - our own test source
    original = namespace["M"]().eval()
    imported = core.instantiate(result.block).eval()
    assert list(imported.state_dict()) == ["conv.weight", "conv.bias"]
    imported.load_state_dict(original.state_dict())
    x = torch.randn(1, 4, 16, 16)
    assert torch.equal(original(x), imported(x))


def test_an_error_caused_by_a_guessed_input_says_it_was_a_guess():
    result = import_source(_model("self.fc = nn.Conv2d(3, 8, kernel_size=100)"))
    assert result.ok
    notes = _notes(result)
    assert "the file shows no example input; the input shape (1, 3, 64, 64) is a guess" in notes
    assert any(n.startswith("the imported block does not run on input (1, 3, 64, 64) (a guess") for n in notes)


def test_a_shape_written_in_a_comment_is_read_when_nothing_else_says():
    source = _model("# expects (N, 1, 20, 20) images\nself.fc = nn.Conv2d(1, 8, kernel_size=20)")
    result = import_source(source)
    assert result.block.input_shape == (1, 1, 20, 20)
    assert "the input shape (1, 1, 20, 20) is read from a comment (N, C, H, W) at line 9" in _notes(result)


def test_a_list_built_in_init_and_unpacked_into_sequential_is_read():
    source = _model(
        "layers = []\nwidth = 3\nfor i in range(depth):\n"
        "    layers.append(nn.Conv2d(width, 8 * (i + 1), 3, padding=1))\n"
        "    layers += [nn.ReLU()]\n    width = 8 * (i + 1)\nself.body = nn.Sequential(*layers)",
        forward="return self.body(x)",
        args=", depth=3",
    )
    result = import_source(source)
    assert result.ok, result.report()
    assert [layer.params.get("out_channels") for layer in result.block.layers] == [8, None, 16, None, 24, None]
    assert "argument depth is not kept: its value 3 is built into the layers at line 7" in _notes(result)
    namespace: dict = {}
    exec(compile(source, "m.py", "exec"), namespace)  # noqa: S102 - our own test source
    original, imported = namespace["M"]().eval(), core.instantiate(result.block).eval()
    imported.load_state_dict(dict(zip(imported.state_dict(), original.state_dict().values())))
    x = torch.randn(1, 3, 8, 8)
    assert torch.equal(original(x), imported(x))
    endless = source.replace("range(depth)", "range(10 ** 9)")
    assert "loops too often" in _problems(import_source(endless))


def test_num_flat_features_is_read_only_when_it_multiplies_the_sizes_after_the_batch():
    real = Path(__file__).resolve().parent.parent / "data" / "real_models" / "pytorch_neural_networks_tutorial_2019.py"
    text = real.read_text(encoding="utf-8")
    assert import_source(text).ok
    changed = import_source(text.replace("x.size()[1:]", "x.size()[2:]"))
    assert "`x.view(-1, self.num_flat_features(x))` in forward at line 29: each size must be a constant" in _problems(
        changed
    )
