"""Autosave: unsaved work is written beside the app's data every few seconds, and offered back
after a crash.

Each running app holds a QLockFile next to its autosave file. At start, an autosave file whose
lock is stale (its process died without closing) is crash leftovers: the app offers to
restore it. A clean close, a save or a discard removes the file.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from core.files.project_file import ProjectFileError, block_from_dict, block_to_dict, write_text_atomic
from core.model.block import Block
from gui.document.document import BlockDocument

DELAY_MS = 1500  # after the last edit: often enough to lose little, rarely enough to cost nothing
DATA_DIR_VARIABLE = "BLOCK_STUDIO_DATA"  # tests and portable installs point this elsewhere


def autosave_dir() -> Path:
    folder = os.environ.get(DATA_DIR_VARIABLE) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation
    )
    return Path(folder) / "autosave"


class Autosaver(QObject):
    """Keeps the document's unsaved state in an autosave file while it is modified."""

    def __init__(self, document: BlockDocument, folder: Path | None = None) -> None:
        super().__init__(document)
        self.document = document
        self.folder = folder or autosave_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = f"session-{os.getpid()}-{int(time.time() * 1000)}"
        self.path = self.folder / f"{stem}.json"
        self._lock = QLockFile(str(self.folder / f"{stem}.lock"))
        self._lock.lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        document.changed.connect(self._timer.start)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def write_now(self) -> None:
        """Write the autosave file (or remove it when there is nothing unsaved)."""
        if not self.document.is_modified():
            self.discard()
            return
        record = {
            "original_path": str(self.document.path) if self.document.path else None,
            "saved_at": time.strftime("%Y-%m-%d %H:%M:%S"),
            "project": block_to_dict(self.document.block),
        }
        try:
            write_text_atomic(self.path, json.dumps(record, indent=1) + "\n")
        except OSError:
            pass  # a full disk must not interrupt editing; the next change tries again

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """The app is closing normally: no autosave is left behind."""
        self._timer.stop()
        self.discard()
        self._lock.unlock()


@dataclass
class Leftover:
    """An autosave file from a session that ended without closing (a crash or a kill)."""

    path: Path
    block: Block
    original_path: str | None
    saved_at: str

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".lock").unlink(missing_ok=True)


def crash_leftovers(folder: Path | None = None, set_aside: list[Path] | None = None) -> list[Leftover]:
    """Autosave files whose session is no longer running, newest first.

    One that cannot be read back is renamed *.unrestorable (its new path goes into `set_aside`).
    """
    folder = folder or autosave_dir()
    found = []
    for path in sorted(folder.glob("session-*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
        lock = QLockFile(str(path.with_suffix(".lock")))
        if not lock.tryLock(0):
            continue  # another running Block Studio owns it
        lock.unlock()
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            block = block_from_dict(record["project"])
            original = record.get("original_path")
            found.append(
                Leftover(path, block, original if isinstance(original, str) else None, str(record.get("saved_at", "")))
            )
        except (OSError, ValueError, KeyError, TypeError, ProjectFileError):
            # never offered again, but never deleted either: it may be someone's only copy
            kept = path.with_suffix(".unrestorable")
            path.replace(kept)
            if set_aside is not None:
                set_aside.append(kept)
    return found
