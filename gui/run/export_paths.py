"""File dialogs of the run tabs: they open in the folder last used for that purpose (or the
home folder, never the app's source folder), and a saved name gets its suffix if typed without."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from gui.document.settings import app_settings


def last_folder(purpose: str) -> Path:
    """The folder a dialog for `purpose` ("export", "image") used last, or the home folder."""
    saved = app_settings().value(f"folders/{purpose}")
    folder = Path(saved) if isinstance(saved, str) and saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(purpose: str, path: Path) -> None:
    app_settings().setValue(f"folders/{purpose}", str(path.parent))


def with_suffix(path: str | Path, suffix: str) -> Path:
    """`path`, with `suffix` (".csv") added when the name has none."""
    target = Path(path)
    return target if target.suffix else target.with_name(target.name + suffix)


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str, purpose: str = "export") -> Path | None:
    """Where to save `name` (its suffix is the one added); None when the user cancelled."""
    suggested = last_folder(purpose) / name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path:
        return None
    target = with_suffix(path, Path(name).suffix)
    remember_folder(purpose, target)
    return target


def ask_open_path(parent: QWidget, title: str, file_filter: str, purpose: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(purpose)), file_filter)
    if not path:
        return None
    remember_folder(purpose, Path(path))
    return Path(path)
