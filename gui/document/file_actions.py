"""FileController: New, Open, Save, Save As, Open Recent, Examples and Export Python.

Every path that could lose work goes through `maybe_save` (Save / Discard / Cancel); a file
that fails to load shows core's error in a dialog and leaves the document as it was. A file
changed on disk by someone else is never overwritten without asking, and an unmodified
document offers to reload it (gui.document.disk_state).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.files.examples import EXAMPLES, EXAMPLES_DIR, GRAPH_EXAMPLES
from core.files.project_file import ProjectFileError, load_block, write_text_atomic
from core.model.block import Block
from gui.document.disk_state import ProjectFileWatch, disk_state
from gui.document.document import BlockDocument
from gui.document.settings import remember_file


def project_filter() -> str:
    """The file dialogs' filter for project files, in the current language."""
    return QCoreApplication.translate("FileController", "Block Studio project (*.json);;All files (*)")


def python_filter() -> str:
    """The file dialogs' filter for Python files, in the current language."""
    return QCoreApplication.translate("FileController", "Python source (*.py);;All files (*)")


def _snake(name: str) -> str:
    out = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    return out or "block"


class FileController(QObject):
    def __init__(self, window: QWidget, document: BlockDocument) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.disk = ProjectFileWatch(self)
        self.disk.changedOnDisk.connect(self._offer_reload)
        self._asking = False
        self._declined: str | None = None  # the content hash whose reload the user said No to
        # however the document got its file (open, start-up, restore), remember that file's state
        document.changed.connect(self._follow_document_path)

    def _follow_document_path(self) -> None:
        if self.document.path != self.disk.path:
            self.disk.track(self.document.path)

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
            self.tr("Unsaved changes"),
            self.tr("{name} has unsaved changes.\nSave them first?").format(name=self.document.display_name),
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
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open block"), self._folder(), project_filter())
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
        self.disk.track(self.document.path)
        remember_file(str(Path(path).resolve()))
        return True

    def show_load_error(self, path: str | Path, error: Exception) -> None:
        QMessageBox.critical(
            self.window,
            self.tr("Cannot open file"),
            self.tr("Cannot open {name}:\n\n{error}").format(name=Path(path).name, error=error),
        )

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
        target = self._ask_save_path(self.tr("Save block as"), suggested, project_filter())
        return target is not None and self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        if path == self.disk.path and self.disk.changed_since_known() and not self._confirm_overwrite(path):
            return False
        try:
            self.document.save(path)
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot save"),
                self.tr("Cannot save {path}:\n\n{error}").format(path=path, error=exc.strerror or exc),
            )
            return False
        except ProjectFileError as exc:  # a name or size the file format refuses: fix it, then save
            QMessageBox.critical(
                self.window,
                self.tr("Cannot save"),
                self.tr("Cannot save {path}:\n\n{error}").format(path=path.name, error=exc),
            )
            return False
        self.disk.track(path)
        remember_file(str(path.resolve()))
        return True

    def _confirm_overwrite(self, path: Path) -> bool:
        """The file changed on disk since this window read or wrote it: replace it only if the user says so."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.window,
            self.tr("File changed on disk"),
            self.tr(
                "{name} was changed on disk (another window or program saved it) since you opened or saved "
                "it here.\n\nOverwrite it with this window's version?"
            ).format(name=path.name),
            buttons.Save | buttons.Cancel,
            buttons.Cancel,
        )
        return answer == buttons.Save

    def _offer_reload(self, path: str) -> None:
        """The file changed under this window: reload when nothing here is unsaved and the user agrees."""
        if self._asking or self.document.is_modified():
            return  # unsaved edits here: the next Save asks before overwriting
        now = disk_state(path)
        if now is None or now.sha256 == self._declined:
            return
        self._asking = True
        try:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self.window,
                self.tr("File changed on disk"),
                self.tr("{name} was changed on disk by another window or program.\n\nReload it?").format(
                    name=Path(path).name
                ),
                buttons.Yes | buttons.No,
                buttons.Yes,
            )
            if answer == buttons.Yes:
                self.open_path(path, ask=False)
            else:  # not asked again for this version; a Save still asks before overwriting it
                self._declined = now.sha256
        finally:
            self._asking = False

    def export_python(self) -> bool:
        """Write the generated source to a .py file the user picks."""
        generated = self.document.generated
        if generated is None:
            message = self.tr("The code cannot be generated:\n\n{error}").format(error=self.document.codegen_error)
            QMessageBox.critical(self.window, self.tr("Cannot export"), message)
            return False
        problem = self.document.error_text
        if problem:  # the code can be written, but it fails when run: say so before writing it
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self.window,
                self.tr("Export a block with an error?"),
                self.tr(
                    "The block has an error:\n\n{problem}\n\nThe exported code will fail when run. Export anyway?"
                ).format(problem=problem),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != buttons.Yes:
                return False
        base = self.document.path.with_suffix(".py") if self.document.path else None
        suggested = base or Path(self._folder()) / f"{_snake(self.document.block.class_name)}.py"
        target = self._ask_save_path(self.tr("Export Python"), suggested, python_filter())
        if target is None:
            return False
        try:
            write_text_atomic(target, generated.source)
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot export"),
                self.tr("Cannot write {path}:\n\n{error}").format(path=target, error=exc.strerror or exc),
            )
            return False
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr("Exported {name} to {folder}.").format(name=target.name, folder=target.parent), 6000
            )
        return True
