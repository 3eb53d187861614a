"""GUI test fixtures: own settings folder per test, no real modal dialogs, a real MainWindow."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (gui/app.py): no automatic GC, which could run in a worker thread and
    destroy an earlier test's widgets there (Qt deadlocks or aborts); collect here instead."""
    gc.disable()
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point QSettings at a fresh folder so tests never share (or touch the user's) settings."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def isolated_autosave(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test autosaves into its own folder, so no test sees another's 'crash' leftovers."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("BLOCK_STUDIO_DATA", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody patched would wait forever offscreen: make it fail the test instead.

    Tests that expect a dialog patch the static function themselves (that patch wins).
    """

    def refuse(name: str):  # noqa: ANN202
        def dialog(*args: object, **kwargs: object) -> object:
            raise AssertionError(f"unexpected dialog {name}: {args[1:3]}")

        return dialog

    for name in ("warning", "critical", "question", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    for name in ("getItem", "getText", "getInt"):
        monkeypatch.setattr(QInputDialog, name, refuse(f"QInputDialog.{name}"))


@pytest.fixture
def window(qtbot):  # noqa: ANN001, ANN201
    """The real main window on the seed's ConvBlock, shown; closed (without prompting) afterwards."""
    from gui.main_window import MainWindow

    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    yield win
    # unsaved changes left by a test must not ask Save/Discard in teardown
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    qtbot.wait(1)
