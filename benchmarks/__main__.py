"""Run every benchmark module and print one table (what, ours, reference, ratio, target)."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import Row  # noqa: E402
from core.analysis.formatting import text_table  # noqa: E402

MET = {True: "yes", False: "NO", None: "-"}  # None: informational, nothing to meet


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("only", nargs="*", help="run only modules whose name contains one of these")
    args = parser.parse_args()
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith("bench_"))
    names = [n for n in names if not args.only or any(o in n for o in args.only)]
    rows: list[Row] = []
    for name in names:
        start = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            rows.extend(module.measure())
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            rows.append(Row(name, f"failed: {type(exc).__name__}: {exc}", "", None, "", False))
        print(f"  ({name}: {time.perf_counter() - start:.1f} s)", file=sys.stderr)
    print(f"Machine: {machine()}")
    header = ("What", "Ours", "Reference", "Ratio", "Target", "Met")
    body = [
        (r.what, r.ours, r.reference, "" if r.ratio is None else f"{r.ratio:,.2f}x", r.target, MET[r.met]) for r in rows
    ]
    print("\n".join(text_table(header, body, separator=" | ")[1:]))  # no rule above the header
    return 0 if all(r.met is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
