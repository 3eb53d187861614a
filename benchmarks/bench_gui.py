"""The builder window: edit-to-redraw latency on a 50-layer block, and time to first window.

Latency: one parameter edit through its spin box until cards, code, table and status have been
repainted, against the 16 ms of one 60 Hz frame. Startup: `python main.py`'s path until the
window is on screen (offscreen platform), in a fresh interpreter, against a bare
`python -c "import torch"` (the window should be up before torch alone would have loaded).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import Row

ROOT = Path(__file__).resolve().parent.parent
LAYERS = 50
EDITS = 60
FRAME_MS = 1000 / 60
STARTS = 3

FIRST_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from gui.app import create_window
app, window = create_window([])

def check():
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        print("shown", "torch" in sys.modules, flush=True)
        window.close()
        app.quit()
    else:
        QTimer.singleShot(1, check)

QTimer.singleShot(0, check)
app.exec()
"""


def fifty_layer_block():  # noqa: ANN201
    from core import Block, Layer

    pattern = [
        Layer("Conv2d", {"out_channels": 16, "kernel_size": 3, "padding": 1}),
        Layer("BatchNorm2d"),
        Layer("ReLU"),
        Layer("AvgPool2d", {"kernel_size": 3, "stride": 1, "padding": 1}),
    ]
    return Block([pattern[i % 4].copy() for i in range(LAYERS)], input_shape=(1, 3, 32, 32))


def edit_latencies() -> list[float]:
    """Milliseconds from a spin-box edit to the window repainted, for EDITS edits."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QSpinBox

    app = QApplication.instance() or QApplication([])
    # the window saves its geometry on close: keep that out of the user's settings
    # (both formats: on Linux the native one is an ini file too) and measure the default layout
    folder = tempfile.mkdtemp(prefix="bench-gui-")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    from gui.main_window import MainWindow

    window = MainWindow()
    window.document.replace(fifty_layer_block(), None)
    window.resize(1280, 720)
    window.show()
    # steady state: the Run/Activations/Timing tabs arrive once torch is imported in the
    # background; measuring during that import would time the import, not the edit
    deadline = time.perf_counter() + 120
    while window.run_panel is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.block_view.select_rows([LAYERS - 2])  # a conv near the end: every card below changes
    app.processEvents()
    spin = window.properties_panel.form.rows["out_channels"].editor.findChild(QSpinBox)
    times = []
    for i in range(EDITS):
        start = time.perf_counter()
        spin.setValue(17 + i)  # a new value each time: no cached lines to reuse
        app.processEvents()
        window.repaint()  # synchronous paint of every visible part
        times.append((time.perf_counter() - start) * 1000)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return times


def _timed_run(args: list[str], env: dict[str, str], until_line: bool) -> tuple[float, str]:
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    line = process.stdout.readline() if until_line and process.stdout else ""
    elapsed = time.perf_counter() - start
    process.communicate(timeout=120)
    if not until_line:
        elapsed = time.perf_counter() - start
    return elapsed, line.strip()


def startup_times() -> tuple[list[float], list[float], bool]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "block-studio-bench-config")
    window, torch_import, torch_loaded = [], [], False
    for _ in range(STARTS):
        seconds, line = _timed_run([sys.executable, "-c", FIRST_WINDOW], env, until_line=True)
        window.append(seconds)
        torch_loaded |= line.endswith("True")
        seconds, _ = _timed_run([sys.executable, "-c", "import torch"], env, until_line=False)
        torch_import.append(seconds)
    return window, torch_import, torch_loaded


def edit_latencies_in_fresh_process() -> list[float]:
    """edit_latencies() in its own interpreter, as the app runs: the other benchmarks leave
    thousands of matplotlib and torch objects behind, whose garbage collection would be timed too."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "block-studio-bench-config")
    env["BLOCK_STUDIO_DATA"] = env["XDG_CONFIG_HOME"]
    code = "import json, benchmarks.bench_gui as b; print(json.dumps(b.edit_latencies()))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure() -> list[Row]:
    latencies = sorted(edit_latencies_in_fresh_process())
    median = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    window, torch_import, torch_loaded = startup_times()
    ours, bare = statistics.median(window), statistics.median(torch_import)
    return [
        Row(
            f"edit -> cards, code, table repainted ({LAYERS} layers), median",
            f"{median:.1f} ms (p95 {p95:.1f} ms)",
            f"one 60 Hz frame: {FRAME_MS:.1f} ms",
            FRAME_MS / median,
            "< 16 ms",
            median < 16.0,
        ),
        Row(
            "time to first window (python main.py path)" + (" [torch was imported!]" if torch_loaded else ""),
            f"{ours:.2f} s",
            f'python -c "import torch": {bare:.2f} s',
            bare / ours,
            "window before torch loads",
            ours < bare and not torch_loaded,
        ),
    ]
