"""What the project file looked like when this window last read or wrote it, and a watch on it.

Two windows (or an editor and a window) on one file must not silently overwrite each other:
the window remembers the file's mtime, size and content hash at open and save, asks before
replacing a file that changed since, and offers to reload when the file changes under an
unmodified document.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from core.files.project_file import MAX_FILE_BYTES
from core.files.safe_paths import read_regular_file


@dataclass(frozen=True)
class DiskState:
    mtime_ns: int
    size: int
    sha256: str

    def same_content(self, other: DiskState | None) -> bool:
        # the hash decides: a `touch` or a save of identical bytes is no change worth a question
        return other is not None and other.size == self.size and other.sha256 == self.sha256


def disk_state(path: str | os.PathLike[str]) -> DiskState | None:
    """The file's state now; None when it is missing or cannot be read as a regular file."""
    try:
        info = os.stat(path)
        data = read_regular_file(path, MAX_FILE_BYTES)
    except OSError:
        return None
    return DiskState(info.st_mtime_ns, info.st_size, hashlib.sha256(data).hexdigest())


class ProjectFileWatch(QObject):
    """Remembers the state of one file and says when it changes to something else on disk."""

    changedOnDisk = Signal(str)  # the watched path, whose content now differs from what we know

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.known: DiskState | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)

    def track(self, path: Path | None) -> None:
        """Remember `path` as it is on disk now (after an open or a save) and watch it."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.path = path
        self.known = disk_state(path) if path is not None else None
        if path is not None and path.exists():
            self._watcher.addPath(str(path))

    def changed_since_known(self) -> bool:
        """True when the file now holds something other than what this window last read or wrote."""
        if self.path is None or self.known is None:
            return False
        now = disk_state(self.path)
        return now is not None and not self.known.same_content(now)

    def _on_file_changed(self, path: str) -> None:
        # an atomic save replaces the file: the watch on the old one is gone, so watch the new one
        if self.path is not None and self.path.exists() and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))
        if self.changed_since_known():
            self.changedOnDisk.emit(path)
