"""Path safety for every file Block Studio reads or writes: one place, one set of rules.

- Only regular files are read: a FIFO would block the open (or the read) forever and a device
  never ends, so the file is opened without blocking and checked with fstat before any read.
- Only regular files are replaced: `-o /dev/null` or onto a named pipe must not turn the node
  into a regular file (as root that clobbers system nodes), and a folder is never a target.
- A read-only file is refused, as the shell's `>` refuses it: the user marked it so.
- A symlink is written through: the edit goes to the file the link points at, and the link
  stays (os.replace onto the link itself would replace the link with a regular file).

Every refusal is an OSError with errno and strerror set, so callers that already report
`exc.strerror` for a full disk report these in the same words.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from core import i18n

_KIND_NAMES = (
    (stat.S_ISFIFO, i18n.QT_TRANSLATE_NOOP("SafePaths", "a named pipe (FIFO)")),
    (stat.S_ISCHR, i18n.QT_TRANSLATE_NOOP("SafePaths", "a character device")),
    (stat.S_ISBLK, i18n.QT_TRANSLATE_NOOP("SafePaths", "a block device")),
    (stat.S_ISSOCK, i18n.QT_TRANSLATE_NOOP("SafePaths", "a socket")),
    (stat.S_ISDIR, i18n.QT_TRANSLATE_NOOP("SafePaths", "a folder")),
)


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a folder where a regular file was expected."""


def kind_name(mode: int) -> str:
    """'a named pipe (FIFO)', 'a character device', ... for a stat mode that is not a regular file."""
    name = next(
        (name for test, name in _KIND_NAMES if test(mode)), i18n.QT_TRANSLATE_NOOP("SafePaths", "not a regular file")
    )
    return i18n.translate("SafePaths", name)


def _not_regular(path: str | os.PathLike[str], mode: int) -> OSError:
    code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
    message = i18n.translate("SafePaths", "{kind}, not a regular file").format(kind=kind_name(mode))
    if code == errno.EISDIR:
        return IsADirectoryError(code, message, str(path))
    return NotRegularFileError(code, message, str(path))


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """At most `limit + 1` bytes of a regular file; a FIFO, device or folder raises at once.

    The path is checked before it is opened (opening some devices has effects of its own), then
    opened with O_NONBLOCK, so a FIFO swapped in meanwhile returns instead of waiting for a
    writer, and checked again on the open descriptor (no gap between that check and the read).
    """
    check_readable_regular(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def check_readable_regular(path: str | os.PathLike[str]) -> None:
    """Raise unless `path` is an existing regular file (stat follows symlinks; never opens it)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise _not_regular(path, mode)


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to `path` must replace: the symlink's target, checked to be safe to replace.

    Raises NotRegularFileError / IsADirectoryError for an existing non-regular target and
    PermissionError for a read-only one. A path that does not exist yet is fine (it is created);
    a dangling link creates its target, as editors do.
    """
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    # no write bit at all is an explicit "read-only", refused even for root (the shell's
    # noclobber spirit); otherwise the kernel's answer for this user decides
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if not info.st_mode & writable_bits or not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, i18n.translate("SafePaths", "the file is read-only"), str(path))
    return target
