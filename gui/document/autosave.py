"""Autosave: unsaved work is written beside the app's data every few seconds, and offered back
after a crash.

Each running app holds a QLockFile next to its autosave file. At start, an autosave file whose
lock is stale (its process died without closing) is crash leftovers: the app offers to
restore it. A clean close, a save or a discard removes the file.

Autosave never stops the app: without a usable folder (read-only home, the data variable
pointing at a file) it is off and says where it tried; a leftover that cannot be read (a FIFO,
garbage, absurd nesting) is renamed *.unrestorable and start-up goes on.
"""

from __future__ import annotations

import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from core.files.project_file import (
    MAX_FILE_BYTES,
    ProjectFileError,
    block_from_dict,
    block_to_dict,
    parse_json,
    write_text_atomic,
)
from core.files.safe_paths import read_regular_file
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
        stem = f"session-{os.getpid()}-{int(time.time() * 1000)}"
        self.path = self.folder / f"{stem}.json"
        self._lock = QLockFile(str(self.folder / f"{stem}.lock"))
        self.problem: str | None = None  # why autosave is off, naming the folder it tried
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.problem = self.tr("cannot create {folder}: {error}").format(
                folder=self.folder, error=exc.strerror or exc
            )
        else:
            if not self._lock.lock():
                self.problem = self.tr("cannot write in {folder}").format(folder=self.folder)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        document.changed.connect(self._timer.start)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def enabled(self) -> bool:
        return self.problem is None

    def write_now(self) -> None:
        """Write the autosave file (or remove it when there is nothing unsaved)."""
        if not self.enabled:
            return
        if not self.document.is_modified():
            self.discard()
            return
        project = block_to_dict(self.document.block)
        try:
            block_from_dict(project)  # an autosave must restore: one that would not is not written
        except ProjectFileError:
            return  # the last autosave that loads stays (the editor refuses edits past the limits anyway)
        record = {
            "original_path": str(self.document.path) if self.document.path else None,
            "saved_at": time.strftime("%Y-%m-%d %H:%M:%S"),
            "project": project,
        }
        try:
            write_text_atomic(self.path, json.dumps(record, indent=1) + "\n")
        except OSError:
            pass  # a full disk must not interrupt editing; the next change tries again

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def discard(self) -> None:
        if self.enabled:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # the folder went read-only meanwhile: a stale autosave is offered, never lost

    def close(self) -> None:
        """The app is closing normally: no autosave is left behind."""
        self._timer.stop()
        self.discard()
        if self.enabled:
            self._lock.unlock()


@dataclass
class Leftover:
    """An autosave file from a session that ended without closing (a crash or a kill)."""

    path: Path
    block: Block
    original_path: str | None
    saved_at: str

    def remove(self) -> None:
        for path in (self.path, self.path.with_suffix(".lock")):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass


def crash_leftovers(folder: Path | None = None, set_aside: list[Path] | None = None) -> list[Leftover]:
    """Autosave files whose session is no longer running, newest first.

    One that cannot be read back is renamed *.unrestorable (its new path goes into `set_aside`);
    nothing found in the folder, however damaged, stops the app from starting.
    """
    folder = folder or autosave_dir()
    try:
        candidates = [(_mtime(path), path) for path in folder.glob("session-*.json")]
    except OSError:
        return []  # an unreadable folder holds nothing we could offer
    found = []
    for _, path in sorted(candidates, key=lambda item: item[0], reverse=True):
        if _owned_by_a_running_app(path.with_suffix(".lock")):
            continue
        try:
            found.append(_read_leftover(path))
        except Exception:  # noqa: BLE001 - a damaged leftover may fail in any way; it must not stop start-up
            # never offered again, but never deleted either: it may be someone's only copy
            kept = path.with_suffix(".unrestorable")
            try:
                path.replace(kept)
            except OSError:
                continue  # cannot rename it (a read-only folder): skipped, and offered nothing
            if set_aside is not None:
                set_aside.append(kept)
    return found


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def _owned_by_a_running_app(lock_path: Path) -> bool:
    try:
        mode = lock_path.lstat().st_mode
    except FileNotFoundError:
        return False
    except OSError:
        return False
    if not stat.S_ISREG(mode):
        return False  # QLockFile would read a FIFO forever: a damaged lock locks nothing
    lock = QLockFile(str(lock_path))
    if not lock.tryLock(0):
        return True
    lock.unlock()
    return False


def _read_leftover(path: Path) -> Leftover:
    """The autosaved block in `path`; raises for anything that is not a readable autosave record."""
    data = read_regular_file(path, MAX_FILE_BYTES)  # a FIFO or device raises here, before any read
    if len(data) > MAX_FILE_BYTES:
        raise ValueError("larger than any project file")
    record = parse_json(data.decode("utf-8"))  # refuses absurd nesting and numbers without recursing
    block = block_from_dict(record["project"])
    original = record.get("original_path")
    return Leftover(path, block, original if isinstance(original, str) else None, str(record.get("saved_at", "")))
