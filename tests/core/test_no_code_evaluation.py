"""Nothing in core/ evaluates code it reads: no eval, exec, compile or __import__, and the
importer runs no payload from a model file, wherever in the file the payload sits."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from core.importer.python_import import ImportFailed, import_source

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"
FORBIDDEN = {"eval", "exec", "compile", "__import__"}
# the one place that runs code: the loader turns the source Block Studio generated (from
# checked names and values, never from a file's text) into a live class
ALLOWED = {"core/codegen/loader.py": {"compile", "exec"}}


def forbidden_names(path: Path) -> set[str]:
    """The forbidden builtins `path` mentions: called, passed around or reached via builtins."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN:
            found.add(node.id)
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN:
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("builtins", "__builtins__"):
                found.add(node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr":
            owner, name = (node.args + [None, None])[:2]  # getattr(builtins, "eval")
            if isinstance(owner, ast.Name) and owner.id in ("builtins", "__builtins__"):
                if isinstance(name, ast.Constant) and name.value in FORBIDDEN:
                    found.add(name.value)
    return found


def test_core_never_evaluates_code_outside_the_loader() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 20, "the scan must see core's modules"
    seen = {str(f.relative_to(ROOT)): forbidden_names(f) for f in files}
    offenders = {name: names - ALLOWED.get(name, set()) for name, names in seen.items()}
    assert not {k: v for k, v in offenders.items() if v}, "eval/exec/compile/__import__ in core/"
    for name, names in ALLOWED.items():  # an allowance nobody needs any more must go
        assert seen.get(name, set()) >= names, f"{name} no longer needs {names}: remove it from ALLOWED"


def test_the_scan_sees_each_spelling(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import builtins\nf = eval\nbuiltins.exec('1')\ngetattr(builtins, '__import__')\nre.compile('x')\n"
        "compile\nmode = 'eval'\nmodel.eval()\n"
    )
    assert forbidden_names(sample) == FORBIDDEN


MARKER = "RAN"
PAYLOAD = f"(__import__('pathlib').Path(r'{{dir}}/{MARKER}').touch() or 0)"
HEAD = "import torch\nfrom torch import nn\n\n\n"


def model(init: str = "nn.Conv2d(3, 16, 3)", *, signature: str = "", forward: str = "self.conv(x)", tail: str = ""):
    return (
        HEAD + f"class M(nn.Module):\n    def __init__(self{signature}):\n        super().__init__()\n"
        f"        self.conv = {init}\n\n    def forward(self, x):\n        return {forward}\n{tail}"
    )


P = PAYLOAD
# every place an expression can stand in a model file; several are arithmetic, subscripts or
# comprehensions, which a literal reader tempted to "just evaluate" would run
POSITIONS = {
    "default argument": model("nn.Conv2d(3, 16, k)", signature=f", k={P} * 0 + 3"),
    "annotation": model("nn.Conv2d(3, 16, k)", signature=f", k: {P} * 0 + 3 = 3"),
    "layer argument": model(f"nn.Conv2d(3, 16, {P} * 0 + 3)"),
    "keyword argument": model(f"nn.Conv2d(3, 16, kernel_size={P} * 0 + 3)"),
    "inside a tuple": model(f"nn.Conv2d(3, 16, ({P} * 0 + 3, 3))"),
    "unary minus": model(f"nn.Conv2d(3, 16, 3, padding=-({P} * 0 - 1))"),
    "subscript": model(f"nn.Conv2d(3, 16, [3, {P}][0])"),
    "comprehension": model(f"nn.Conv2d(3, 16, [{P} * 0 + 3 for _ in 'a'][0])"),
    "conditional": model(f"nn.Conv2d(3, 16, {P} * 0 + 3 if True else 3)"),
    "lambda call": model(f"nn.Conv2d(3, 16, (lambda: {P} * 0 + 3)())"),
    "f-string": model(f'nn.Conv2d(3, 16, 3, padding_mode=f"{{{P}}}")'),
    "sequential item": model(f"nn.Sequential(nn.Conv2d(3, 16, 3), *[{P}])"),
    "forward": model(forward=f"self.conv(x) * ({P} * 0 + 1)"),
    "module constant": HEAD + f"K = {P} * 0 + 3\n\n\n" + model("nn.Conv2d(3, 16, K)")[len(HEAD) :],
    "call site": model("nn.Conv2d(3, 16, k)", signature=", k", tail=f"\n\nm = M({P} * 0 + 3)\n"),
    "example input": model(tail=f"\n\nM()(torch.randn(1, 3, {P} * 0 + 8, 8))\n"),
    "base class": HEAD + f"class M(nn.Module if {P} * 0 + 1 else nn.Module):\n    pass\n",
    "decorator": model().replace("    def __init__", f"    @(lambda f: f) if {P} else None\n    def __init__"),
}


@pytest.mark.parametrize("position", sorted(POSITIONS))
def test_import_runs_no_payload_in_any_position(position: str, tmp_path: Path) -> None:
    source = POSITIONS[position].replace("{dir}", str(tmp_path))
    ast.parse(source)  # the canary itself must be valid Python, or it tests nothing
    try:
        result = import_source(source, filename="model.py")
    except ImportFailed as refused:
        report = str(refused)
    else:
        report = result.report()
        if not result.ok:  # refused: the user is told where
            assert " line " in report, report
    assert not (tmp_path / MARKER).exists(), f"the {position} payload ran during import: {report}"


def test_the_command_line_import_runs_no_payload_and_says_why(tmp_path: Path) -> None:
    source = model("nn.Conv2d(3, 16, k)", signature=f", k={P} * 0 + 3", tail=f"\n\nm = M({P} * 0 + 2)\n")
    (tmp_path / "model.py").write_text(source.replace("{dir}", str(tmp_path)))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", "model.py", "-o", "out.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert not (tmp_path / MARKER).exists(), "the payload ran during `main.py import`"
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "line 6" in done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py"], "a refused import writes nothing"
