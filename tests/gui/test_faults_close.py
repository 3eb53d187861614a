"""Fault injection at close: an early close never aborts, a late one never freezes (items 8 and 9).

Each case is a real `create_window` in a subprocess: SIGABRT ("QThread: Destroyed while thread
is still running") kills the whole process, so only a child process can show it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EARLY_CLOSE = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer
    from gui.app import create_window

    app, window = create_window([])
    QTimer.singleShot(0, lambda: time.sleep(0.15))  # the GUI thread is busy for a moment after show
    QTimer.singleShot(50, window.close)  # so this close and the delayed torch start come due together
    code = app.exec()
    del window
    print("exited", code, flush=True)
    """
)

CLOSE_WHILE_IMPORTING = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QEvent, QObject, QTimer
    from gui.app import create_window

    app, window = create_window([])
    hidden_while_importing = []

    class WatchHide(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Hide:
                hidden_while_importing.append(window._torch_import.isRunning())
            return False

    watcher = WatchHide()
    window.installEventFilter(watcher)

    def close_once_torch_is_importing():
        if window._torch_import.isRunning():
            window.close()
        else:
            QTimer.singleShot(5, close_once_torch_is_importing)

    QTimer.singleShot(0, close_once_torch_is_importing)
    code = app.exec()
    del window
    print("hidden while importing:", hidden_while_importing, flush=True)
    print("exited", code, flush=True)
    """
)

CLOSE_DURING_A_FORWARD_PASS = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QEvent, QObject, QTimer
    from core.model.block import Block, Layer
    from core.run.inputs import InputSpec
    from core.run.profiling import ProfileSettings
    from gui.app import create_window

    app, window = create_window([])
    hidden_while_running = []

    class WatchHide(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Hide:
                hidden_while_running.append(window.run_panel.session.busy)
            return False

    watcher = WatchHide()
    window.installEventFilter(watcher)

    def close_when_running():
        if window.run_panel.session.busy:
            window.close()
        else:
            QTimer.singleShot(5, close_when_running)

    def run_when_ready():
        if window.run_panel is None:  # the run tabs come once torch is imported
            QTimer.singleShot(20, run_when_ready)
            return
        # about a second per forward pass on 2 cores: long enough to close in the middle of one
        block = Block([Layer("Conv2d", {{"out_channels": 256, "kernel_size": 7}})], input_shape=(1, 256, 128, 128))
        settings = ProfileSettings(min_runs=50, min_time_s=30.0)
        window.run_panel.session.run(block, settings, InputSpec("random"))
        close_when_running()

    QTimer.singleShot(0, run_when_ready)
    code = app.exec()
    del window
    print("hidden while running:", hidden_while_running, flush=True)
    print("exited", code, flush=True)
    """
)


def run_driver(driver: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        BLOCK_STUDIO_DATA=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, "-c", driver.format(root=str(ROOT))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


@pytest.mark.parametrize("attempt", [1, 2])
def test_closing_50_ms_after_show_while_busy_exits_cleanly(tmp_path: Path, attempt: int) -> None:
    result = run_driver(EARLY_CLOSE, tmp_path)
    assert "Destroyed while thread" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "exited 0" in result.stdout


def test_closing_while_torch_imports_hides_the_window_first(tmp_path: Path) -> None:
    result = run_driver(CLOSE_WHILE_IMPORTING, tmp_path)
    assert result.returncode == 0, result.stderr
    # the window was gone while the import still ran: the user never waited on a frozen window
    assert "hidden while importing: [True]" in result.stdout
    assert "exited 0" in result.stdout


def test_closing_during_a_forward_pass_hides_the_window_first(tmp_path: Path) -> None:
    result = run_driver(CLOSE_DURING_A_FORWARD_PASS, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "hidden while running: [True]" in result.stdout
    assert "exited 0" in result.stdout
