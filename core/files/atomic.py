"""write_text_atomic: replace a file so that any failure leaves the old one, byte for byte."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from core.files.safe_paths import write_target

NAME_MAX = 255  # bytes in one file name on every filesystem a learner uses (ext4, APFS, NTFS)
_TEMP_EXTRA = len(".") + 8 + len(".tmp") + len(".")  # the dot prefix, the random part, the suffix


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write to a temporary file beside the target, flush it to disk, then rename it over the target.

    A crash, a full disk or a kill at any moment leaves either the old file or the new one,
    complete; a failure removes the temporary file. The target is the symlink's target when
    `path` is a link (the link stays); FIFOs, devices, folders and read-only files are refused
    (see core.files.safe_paths). The new file keeps the old one's permissions (a new file gets
    the usual ones, not mkstemp's owner-only 0600).
    """
    data = text.encode("utf-8")  # an unencodable text fails here, before any file is touched
    target = write_target(path)
    directory = target.parent
    descriptor, temp_name = _create_temp(directory, target.name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temp_name, stat.S_IMODE(os.stat(target).st_mode))
        except FileNotFoundError:
            pass
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    _sync_directory(directory)


def temp_name_for(name: str, token: str) -> str:
    """`.NAME.TOKEN.tmp`, with NAME shortened so the whole stays within NAME_MAX bytes.

    A valid 248-character target name must still save: the temporary name may not simply add
    14 characters to it.
    """
    room = NAME_MAX - _TEMP_EXTRA
    encoded = os.fsencode(name)
    if len(encoded) > room:
        # cut at a character boundary (a name may be UTF-8): decoding drops a split character
        name = os.fsdecode(encoded[:room].decode("utf-8", "ignore").encode("utf-8"))
    return f".{name}.{token}.tmp"


def _create_temp(directory: Path, name: str) -> tuple[int, str]:
    """A new file beside the target; os.open applies the umask, unlike tempfile.mkstemp."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp_name = os.path.join(directory, temp_name_for(name, secrets.token_hex(4)))
        try:
            return os.open(temp_name, flags, 0o666), temp_name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, there is nothing to do."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
