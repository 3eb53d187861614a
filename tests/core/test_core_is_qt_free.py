"""core/ never imports Qt, and analysis + code generation never import torch (fast app start)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_no_core_module_imports_qt() -> None:
    for file in CORE.rglob("*.py"):
        tree = ast.parse(file.read_text(), str(file))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.split(".")[0].startswith(("PySide", "PyQt", "pyqtgraph", "gui")), (
                    f"{file.name} imports {name}"
                )


def test_analysis_and_codegen_run_without_importing_torch_or_qt() -> None:
    code = (
        "import sys, core; from core.files.examples import seed_block; b = seed_block();"
        "core.analyze(b); core.generate_source(b);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('torch', 'PySide6', 'pyqtgraph')]; print(bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=CORE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
