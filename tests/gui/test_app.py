"""Starting and quitting the real app in a subprocess: fast path without torch, clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# run_app with a timer that reports what is imported once the window is up, then closes it
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from gui.app import run_app

def main_window():
    from gui.main_window import MainWindow

    return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

def shown():
    window = main_window()
    print("torch imported:", "torch" in sys.modules, "| title:", window.windowTitle(), flush=True)
    QTimer.singleShot(20, close_when_run_tab_is_ready)

def close_when_run_tab_is_ready():
    # torch is imported in the background after the window is up; then the Run tab appears
    window = main_window()
    if window.run_panel is None:
        QTimer.singleShot(20, close_when_run_tab_is_ready)
        return
    tabs = window.inspector_tabs
    run_tab = next(tabs.widget(i) for i in range(tabs.count()) if tabs.tabText(i) == "Run")
    print("run tab ready:", run_tab.widget() is window.run_panel, flush=True)
    window.close()

QTimer.singleShot(0, shown)
sys.exit(run_app(sys.argv[1:]))
"""


def run(config: Path, *args: str, script: str = SCRIPT) -> subprocess.CompletedProcess[str]:
    # XDG_CONFIG_HOME: the app saves its window settings there on close, not in the user's
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )


def qt_problems(stderr: str) -> list[str]:
    # the offscreen plugin's note about size hints is about the plugin, not the app
    return [line for line in stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]


def test_window_shows_without_torch_and_exits_cleanly(tmp_path: Path) -> None:
    example = ROOT / "resources" / "examples" / "lenet_features.json"
    result = run(tmp_path, str(example))
    assert result.returncode == 0, result.stderr
    assert "torch imported: False" in result.stdout
    assert "run tab ready: True" in result.stdout
    assert "lenet_features.json" in result.stdout
    assert qt_problems(result.stderr) == []
    assert (tmp_path / "BlockStudio" / "Block Studio.ini").exists()  # geometry saved on close


def test_command_line_mistakes_are_explained(tmp_path: Path) -> None:
    result = run(tmp_path, "one.json", "two.json")
    assert result.returncode == 2
    assert "at most one project file" in result.stderr
    helped = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert helped.returncode == 0 and "usage" in helped.stdout
