"""File > Import Python...: read an nn.Module class from a .py file (with ast, never run) into the block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core.files.load_limits import load_limit_problem
from core.importer.python_import import ImportFailed, import_source, module_classes, read_source
from gui.document.file_actions import PYTHON_FILTER, FileController


def import_python(files: FileController, path: str | None = None) -> bool:
    """Ask for a file (unless given) and a class, import it; report what could not be imported."""
    if not files.maybe_save():
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(files.window, "Import Python", files._folder(), PYTHON_FILTER)
        if not path:
            return False
    name = Path(path).name
    try:
        source = read_source(path)
        classes = module_classes(source, name)
        class_name = None
        if len(classes) > 1:
            labels = [f"{cls} (line {line})" for cls, line in classes]
            choice, ok = QInputDialog.getItem(
                files.window,
                "Import Python",
                f"{name} defines several nn.Module classes. Import which?",
                labels,
                0,
                False,
            )
            if not ok:
                return False
            class_name = classes[labels.index(choice)][0]
        result = import_source(source, class_name, name)
    except ImportFailed as exc:
        QMessageBox.critical(files.window, "Cannot import", f"Cannot import {name}:\n\n{exc}")
        return False
    if result.block is None:
        QMessageBox.warning(files.window, "Cannot import", result.report())
        return False
    too_big = load_limit_problem(result.block)  # the window holds only what saves and loads again
    if too_big is not None:
        QMessageBox.critical(files.window, "Cannot import", f"Cannot import {name}:\n\n{too_big}")
        return False
    files.document.replace(result.block, None)
    if result.notes:
        QMessageBox.information(files.window, "Imported with notes", result.report())
    return True
