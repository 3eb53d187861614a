"""File > Import Python...: read an nn.Module class from a .py file (with ast, never run) into the block.

Reading and parsing a large file takes a while, so both happen on a worker thread while the
window keeps drawing (a busy dialog appears if it takes longer than a moment); the block is
replaced on the GUI thread once the result is back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from core.files.load_limits import load_limit_problem
from core.importer.python_import import ImportFailed, ImportResult, import_source, module_classes, read_source
from gui.document.file_actions import FileController, python_filter


class _Work(QThread):
    """Runs one function off the GUI thread; touches no Qt object, keeps its result or exception."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.function = function
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.function()
        except BaseException as exc:  # handed back to the GUI thread, which reports it
            self.error = exc


def run_off_gui_thread(parent, label: str, function: Callable[[], Any]) -> Any:  # noqa: ANN001 - a QWidget
    """`function()` computed on a worker thread; the GUI thread keeps processing events (with a
    modal busy dialog after 300 ms) until it is done. Its exception is raised here."""
    work = _Work(function)
    loop = QEventLoop()
    work.finished.connect(loop.quit)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # parsing cannot be interrupted; the file size limits bound it
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    work.start()
    if not work.isFinished():
        loop.exec()
    work.wait()  # finished was emitted: the thread is ending; never leave it running
    dialog.reset()
    dialog.deleteLater()
    if work.error is not None:
        raise work.error
    return work.result


def import_python(files: FileController, path: str | None = None) -> bool:
    """Ask for a file (unless given) and a class, import it; report what could not be imported."""
    if not files.maybe_save():
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            files.window, QCoreApplication.translate("ImportPython", "Import Python"), files._folder(), python_filter()
        )
        if not path:
            return False
    name = Path(path).name
    window = files.window
    try:
        source, classes = run_off_gui_thread(
            window,
            QCoreApplication.translate("ImportPython", "Reading {name}...").format(name=name),
            lambda: _read(path, name),
        )
        class_name = None
        if len(classes) > 1:
            labels = [
                QCoreApplication.translate("ImportPython", "{cls} (line {line})").format(cls=cls, line=line)
                for cls, line in classes
            ]
            choice, ok = QInputDialog.getItem(
                window,
                QCoreApplication.translate("ImportPython", "Import Python"),
                QCoreApplication.translate(
                    "ImportPython", "{name} defines several nn.Module classes. Import which?"
                ).format(name=name),
                labels,
                0,
                False,
            )
            if not ok:
                return False
            class_name = classes[labels.index(choice)][0]
        result: ImportResult = run_off_gui_thread(
            window,
            QCoreApplication.translate("ImportPython", "Importing {name}...").format(name=class_name or name),
            lambda: import_source(source, class_name, name),
        )
    except ImportFailed as exc:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("ImportPython", "Cannot import"),
            QCoreApplication.translate("ImportPython", "Cannot import {name}:\n\n{error}").format(name=name, error=exc),
        )
        return False
    if result.block is None:
        QMessageBox.warning(window, QCoreApplication.translate("ImportPython", "Cannot import"), result.report())
        return False
    too_big = load_limit_problem(result.block)  # the window holds only what saves and loads again
    if too_big is not None:
        QMessageBox.critical(
            files.window,
            QCoreApplication.translate("ImportPython", "Cannot import"),
            QCoreApplication.translate("ImportPython", "Cannot import {name}:\n\n{error}").format(
                name=name, error=too_big
            ),
        )
        return False
    files.document.replace(result.block, None)
    if result.notes:
        QMessageBox.information(
            window, QCoreApplication.translate("ImportPython", "Imported with notes"), result.report()
        )
    return True


def _read(path: str, name: str) -> tuple[str, list[tuple[str, int]]]:
    source = read_source(path)
    return source, module_classes(source, name)
