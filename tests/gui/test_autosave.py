"""No lost work: unsaved edits are autosaved and offered back after the app is killed."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def test_edits_are_autosaved_and_saving_removes_the_autosave(window, qtbot, tmp_path: Path) -> None:
    autosave = window.autosaver.path
    assert not autosave.exists()
    window.document.append_layer("ReLU")
    qtbot.waitUntil(autosave.exists, timeout=5000)
    assert '"type": "ReLU"' in autosave.read_text() and autosave.read_text().count('"type"') == 5
    window.document.save(tmp_path / "saved.json")
    assert not autosave.exists()


DRIVER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer
    from gui.app import create_window

    app, window = create_window([])
    window.document.append_layer("Dropout")

    def report_when_autosaved():
        if window.autosaver.path.exists():
            print("autosaved", flush=True)
        else:
            QTimer.singleShot(50, report_when_autosaved)

    QTimer.singleShot(50, report_when_autosaved)
    app.exec()
    """
)


def test_work_of_a_killed_app_is_offered_back(qtbot, tmp_path: Path, isolated_autosave: Path, monkeypatch) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    child = subprocess.Popen(
        [sys.executable, "-c", DRIVER.format(root=str(ROOT))], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        # read in a thread: a child that hangs without printing must fail the test, not hang it
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(text) for text in child.stdout], daemon=True).start()
        deadline = time.monotonic() + 60
        line = ""
        while "autosaved" not in line and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
        assert "autosaved" in line, "the app never autosaved"
        os.kill(child.pid, signal.SIGKILL)  # a crash: no closeEvent, no cleanup
    finally:
        child.wait(timeout=30)
    leftovers = list((isolated_autosave / "autosave").glob("session-*.json"))
    assert len(leftovers) == 1

    asked: list[str] = []

    def answer_yes(parent, title, text, *args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "ConvBlock" in asked[0] and "5 layers" in asked[0]
    assert [layer.kind for layer in window.document.block.layers][-1] == "Dropout"
    assert window.document.is_modified()  # restored work still needs saving
    assert not leftovers[0].exists()  # offered once, then gone
    window.document.undo_stack.setClean()
    window.close()


def test_an_autosave_that_cannot_be_restored_is_kept_not_deleted(qtbot, isolated_autosave: Path) -> None:
    from gui.document.autosave import crash_leftovers

    folder = isolated_autosave / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    damaged = folder / "session-1-2.json"
    damaged.write_text('{"project": {"format": "block-studio", "version": 99}}')
    assert crash_leftovers(folder) == []
    assert not damaged.exists()
    assert damaged.with_suffix(".unrestorable").read_text().startswith('{"project"')


def test_a_block_too_big_for_memory_is_an_error_in_the_window(window) -> None:
    before = window.document.block.input_shape
    window.document.set_option("input_shape", (512, 3, 1024, 1024))
    # refused at edit time (issue 12, item 6): the window never holds a block the loader refuses
    assert window.document.block.input_shape == before
    assert "layer 2 BatchNorm2d: with this BatchNorm2d the block needs" in window.statusBar().currentMessage()
    assert "Block Studio allows 64.0 GiB" in window.statusBar().currentMessage()


def test_the_user_is_told_where_an_unrestorable_autosave_is_kept(qtbot, isolated_autosave: Path, monkeypatch) -> None:
    folder = isolated_autosave / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "session-1-2.json").write_text("{ truncated")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append(text))
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert str(folder / "session-1-2.unrestorable") in told[0]
    assert (folder / "session-1-2.unrestorable").read_text() == "{ truncated"
    window.close()
