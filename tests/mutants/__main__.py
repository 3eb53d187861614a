"""Apply each known breakage to a copy of the project and check that its tests fail.

    .venv/bin/python -m tests.mutants [NAME ...]

Each mutant is a bug that once survived the suite (issue 14). For every mutant the project is
copied to a temporary folder, the change is applied there (the working tree is never touched),
and the mutant's tests run in that copy: a failing run means the mutant is killed. First the
same tests run on an unchanged copy, so a kill is never a test that fails anyway. One line per
mutant, with the first test that caught it; the exit status is 1 when any mutant survives,
breaks test collection instead of a test, or no longer applies.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Stale(Exception):
    """The code a mutant changes is no longer there: update the mutant."""


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str  # file the breakage goes into, relative to the project root
    apply: Callable[[str], str]  # source text -> broken source text (raises Stale)
    tests: tuple[str, ...]  # what must fail


def replace(old: str, new: str) -> Callable[[str], str]:
    def apply(text: str) -> str:
        if text.count(old) != 1:
            raise Stale(f"expected exactly one {old!r}, found {text.count(old)}")
        return text.replace(old, new)

    return apply


def evaluate_binops_in_literal(text: str) -> str:
    """The importer's literal() answers arithmetic with eval (the breakage issue 14 found)."""
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "literal":
            body = node.body[1:] if isinstance(node.body[0], ast.Expr) else node.body  # after the docstring
            first = body[0]
            lines = text.splitlines(keepends=True)
            indent = " " * first.col_offset
            arg = node.args.args[0].arg
            inserted = (
                f"{indent}if type({arg}).__name__ == 'BinOp':\n"
                f"{indent}    import ast as _ast\n"
                f"{indent}    tree = _ast.fix_missing_locations(_ast.Expression({arg}))\n"
                f"{indent}    return eval(compile(tree, '<mutant>', 'eval'))\n"
            )
            lines.insert(first.lineno - 1, inserted)
            return "".join(lines)
    raise Stale("no function literal()")


CPU_CLOCK = "begin = time.perf_counter()\n        for _ in range"  # the host-clock loop in Clock.per_call
CANARIES = "tests/core/test_no_code_evaluation.py"
SHAPE_RULES = "core/layers/shape_rules.py"
EDGES = ("tests/core/test_shape_rule_edges.py",)
REPAINT = "tests/gui/test_repaint_matches_screen.py"
MUTANTS = (
    Mutant(
        "conv weight count ignores groups",
        SHAPE_RULES,
        replace('p["out_channels"] * (x[-3] // p["groups"]) * kh * kw', 'p["out_channels"] * x[-3] * kh * kw'),
        EDGES,
    ),
    Mutant(
        "circular padding rule dropped",
        SHAPE_RULES,
        replace('if mode == "circular" and biggest > size:', "if False:"),
        EDGES,
    ),
    Mutant(
        "reflect padding limit >= changed to >",
        SHAPE_RULES,
        replace('mode == "reflect" and biggest >= size', 'mode == "reflect" and biggest > size'),
        EDGES,
    ),
    Mutant(
        "ceil_mode keeps a window that starts in the right padding",
        SHAPE_RULES,
        replace("if ceil_mode and (out - 1) * s >= size + pad:", "if False:"),
        EDGES,
    ),
    Mutant(
        "pool padding allowed above kernel/2",
        SHAPE_RULES,
        replace("if pad > k // 2:", "if pad > (k + 1) // 2:"),
        EDGES,
    ),
    Mutant(
        "timing runs calls + 1 calls but divides by calls",
        "core/run/timing.py",
        replace(f"{CPU_CLOCK}(calls):", f"{CPU_CLOCK}(calls + 1):"),
        ("tests/core/test_timing_accuracy.py",),
    ),
    Mutant(
        "explanation text leaves out the convolution's padding",
        "core/learn/explain.py",
        replace('pad = f"2*{before}" if before == after else f"{before} + {after}"', 'pad = "0"'),
        ("tests/core/test_explain.py",),
    ),
    Mutant(
        "importer literal() evaluates arithmetic with eval",
        "core/importer/syntax.py",
        evaluate_binops_in_literal,
        # the canaries, not the scan for eval (which catches this spelling too)
        (
            f"{CANARIES}::test_import_runs_no_payload_in_any_position",
            f"{CANARIES}::test_the_command_line_import_runs_no_payload_and_says_why",
        ),
    ),
    # the views repaint only what an edit changed (issue 11's latency): each region left out
    Mutant(
        "cards repainted without the arcs' gutter",
        "gui/editor/block_view.py",
        replace("            self.viewport().update()\n        else:", "            pass\n        else:"),
        (f"{REPAINT}::test_graph_edits_leave_no_stale_pixels",),
    ),
    Mutant(
        "code view told a change ends at its first character",
        "gui/source/code_view.py",
        replace("super().documentChanged(position, 0, max(added, 1))", "super().documentChanged(position, 0, 1)"),
        (f"{REPAINT}::test_graph_edits_leave_no_stale_pixels",),
    ),
    Mutant(
        "summary table repaints only the first changed column",
        "gui/inspectors/summary_table.py",
        replace(
            "self.dataChanged.emit(self.index(top, first), self.index(bottom, last))",
            "self.dataChanged.emit(self.index(top, first), self.index(bottom, first))",
        ),
        (f"{REPAINT}::test_graph_edits_leave_no_stale_pixels",),
    ),
)


def project_copy(into: Path) -> Path:
    """The tracked and untracked-but-not-ignored files of the project, copied under `into`."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    copy = into / "project"
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return copy


def run_tests(copy: Path, tests: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)


def main(names: list[str]) -> int:
    chosen = [m for m in MUTANTS if not names or m.name in names]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="block-studio-mutants-") as scratch:
        baseline = project_copy(Path(scratch))
        tests = tuple(sorted({t for m in chosen for t in m.tests}))
        result = run_tests(baseline, tests)
        if result.returncode != 0:
            print(f"baseline: the mutants' tests fail on the unchanged project\n{result.stdout[-3000:]}")
            return 1
        for mutant in chosen:
            began = time.perf_counter()
            target = baseline / mutant.path
            original = target.read_text()
            try:
                target.write_text(mutant.apply(original))
            except Stale as exc:
                print(f"stale     {mutant.name}: {exc} in {mutant.path}")
                failures += 1
                continue
            try:
                result = run_tests(baseline, mutant.tests)
            finally:
                target.write_text(original)
            # pytest exits 1 when tests fail; 2 and above mean the mutant broke collection, not a test
            verdict = {0: "SURVIVED", 1: "killed"}.get(result.returncode, "error")
            failures += verdict != "killed"
            first = next((line for line in result.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))), "")
            print(f"{verdict:9} {mutant.name} ({time.perf_counter() - began:.0f} s) {first[:110]}")
            sys.stdout.flush()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
