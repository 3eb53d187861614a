"""Time to first window vs importing torch, both from process start.

Both clocks start before the interpreter is launched and stop at a line the child prints: the
app after its window's first paint has finished, torch right after `import torch` returns.
Neither waits for the child's teardown (a process that exits is not a user waiting).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Row

ROOT = Path(__file__).resolve().parent.parent
STARTS = 5

# main.py's own imports, then the window gui.app shows; the first Paint event anywhere in the
# window is followed by a zero timer, which fires once that paint has been delivered
FIRST_PAINT = """
import sys
import main  # noqa: F401  (what `python main.py` imports before the window)
from PySide6.QtCore import QEvent, QObject, QTimer
from gui.app import create_window


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(True)
            QTimer.singleShot(0, report)
        return False


def report():
    print("painted", "torch" in sys.modules, flush=True)
    app.quit()


painted = []
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
watcher = FirstPaint()
app.installEventFilter(watcher)
app, window = create_window([])
app.exec()
"""
IMPORT_TORCH = "import torch\nprint('imported', flush=True)\n"


def time_to_line(code: str, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from launching `python -c code` to its first line of output, and that line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.communicate(timeout=120)  # teardown happens off the clock
    if not line:
        raise RuntimeError(f"the child printed nothing (exit {process.returncode})")
    return elapsed, line.strip()


def measure() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="block-studio-bench-") as config:
        # the window restores and saves its geometry and recent files: keep the user's settings out
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=config)
        env["BLOCK_STUDIO_DATA"] = config
        window, torch_import, torch_loaded = [], [], False
        time_to_line(IMPORT_TORCH, env)  # both read their files once: neither pays a cold disk cache
        time_to_line(FIRST_PAINT, env)
        for _ in range(STARTS):  # alternated, so load on the machine hits both alike
            seconds, line = time_to_line(FIRST_PAINT, env)
            window.append(seconds)
            torch_loaded |= line.endswith("True")
            torch_import.append(time_to_line(IMPORT_TORCH, env)[0])
    ours, bare = statistics.median(window), statistics.median(torch_import)
    return [
        Row(
            "time to first window, process start to first paint" + (" [torch was imported!]" if torch_loaded else ""),
            f"{ours:.2f} s",
            f'python -c "import torch", process start to import done: {bare:.2f} s',
            bare / ours,
            "window before torch loads",
            ours < bare and not torch_loaded,
        )
    ]
