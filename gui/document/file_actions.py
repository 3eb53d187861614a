"""FileController: New, Open, Save, Save As, Open Recent, Examples and Export Python.

Every path that could lose work goes through `maybe_save` (Save / Discard / Cancel); a file
that fails to load shows core's error in a dialog and leaves the document as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.files.examples import EXAMPLES, EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import ProjectFileError, load_block, write_text_atomic
from core.model.block import Block
from gui.document.document import BlockDocument
from gui.document.settings import remember_file

PROJECT_FILTER = "Block Studio project (*.json);;All files (*)"
PYTHON_FILTER = "Python source (*.py);;All files (*)"


def _snake(name: str) -> str:
    out = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    return out or "block"


class FileController(QObject):
    def __init__(self, window: QWidget, document: BlockDocument) -> None:
        super().__init__(window)
        self.window = window
        self.document = document

    def _folder(self) -> str:
        return str(self.document.path.parent) if self.document.path else str(Path.home())

    # ---- unsaved changes ---------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the document (saved, discarded or unmodified)."""
        if not self.document.is_modified():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.window,
            "Unsaved changes",
            f"{self.document.display_name} has unsaved changes.\nSave them first?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # ---- opening -----------------------------------------------------------------------------

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.replace(Block(), None)
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(self.window, "Open block", self._folder(), PROJECT_FILTER)
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open a project file; on failure show why and keep the current document."""
        if ask and not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except ProjectFileError as exc:
            self.show_load_error(path, exc)
            return False
        remember_file(str(Path(path).resolve()))
        return True

    def show_load_error(self, path: str | Path, error: Exception) -> None:
        QMessageBox.critical(self.window, "Cannot open file", f"Cannot open {Path(path).name}:\n\n{error}")

    def open_example(self, file_name: str) -> bool:
        """An example opens as an untitled copy, so Save never overwrites the shipped file."""
        if not self.maybe_save():
            return False
        try:
            block = load_block(EXAMPLES_DIR / file_name)
        except ProjectFileError as exc:
            self.show_load_error(file_name, exc)
            return False
        self.document.replace(block, None)
        return True

    @staticmethod
    def examples() -> dict[str, str]:
        return {**EXAMPLES, **GRAPH_EXAMPLES}  # graph examples open read-only for now

    # ---- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def _ask_save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """The file the user picks, with the suggested suffix added when they typed none."""
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), file_filter)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(suggested.suffix)

    def save_as(self) -> bool:
        suggested = self.document.path or Path(self._folder()) / f"{_snake(self.document.block.class_name)}.json"
        target = self._ask_save_path("Save block as", suggested, PROJECT_FILTER)
        return target is not None and self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            QMessageBox.critical(self.window, "Cannot save", f"Cannot save {path}:\n\n{exc.strerror or exc}")
            return False
        except ProjectFileError as exc:  # a name or size the file format refuses: fix it, then save
            QMessageBox.critical(self.window, "Cannot save", f"Cannot save {path.name}:\n\n{exc}")
            return False
        remember_file(str(path.resolve()))
        return True

    def export_python(self) -> bool:
        """Write the generated source to a .py file the user picks."""
        generated = self.document.generated
        if generated is None:
            message = f"The code cannot be generated:\n\n{self.document.codegen_error}"
            QMessageBox.critical(self.window, "Cannot export", message)
            return False
        base = self.document.path.with_suffix(".py") if self.document.path else None
        suggested = base or Path(self._folder()) / f"{_snake(self.document.block.class_name)}.py"
        target = self._ask_save_path("Export Python", suggested, PYTHON_FILTER)
        if target is None:
            return False
        try:
            write_text_atomic(target, generated.source)
        except OSError as exc:
            QMessageBox.critical(self.window, "Cannot export", f"Cannot write {target}:\n\n{exc.strerror or exc}")
            return False
        return True
