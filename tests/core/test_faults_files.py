"""Fault injection on project files: symlinks, FIFOs, devices, read-only files, long names, full disks.

Each test drives the real save/load code on real files in tmp_path; a FIFO test that hangs is
a failure, so every FIFO read runs under a watchdog thread (see `no_hang`).
"""

from __future__ import annotations

import errno
import io
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from core.files.examples import seed_block
from core.files.project_file import ProjectFileError, block_to_json, load_block, save_block, write_text_atomic

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, device nodes and symlinks are POSIX")


def no_hang(call: Callable[[], object], seconds: float = 20.0) -> object:
    """Run `call`; fail (instead of hanging the suite) when it blocks, as reading a FIFO would."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        # unblock the reader so the daemon thread can end: open the FIFO for writing once
        pytest.fail(f"blocked for {seconds} s (a FIFO was opened for reading)")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def release_fifo(path: Path) -> None:
    """Open the FIFO's write end without blocking, so a reader stuck on it (if any) returns."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


@pytest.fixture
def fifo(tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    yield path
    release_fifo(path)


# ---- item 2: saving through a symlink --------------------------------------------------------


@POSIX
def test_saving_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "projects" / "real.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    save_block(seed_block(), link)
    assert link.is_symlink(), "the link was replaced by a regular file"
    assert real.read_text() == block_to_json(seed_block())
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.json"], "a temporary file was left behind"


@POSIX
def test_saving_through_a_relative_symlink_chain_reaches_the_final_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    (tmp_path / "a.json").symlink_to("real.json")
    (tmp_path / "b.json").symlink_to("a.json")
    write_text_atomic(tmp_path / "b.json", "new\n")
    assert real.read_text() == "new\n"
    assert os.readlink(tmp_path / "b.json") == "a.json"


# ---- item 3: FIFOs and devices are never replaced --------------------------------------------


@POSIX
def test_a_fifo_target_is_refused_and_stays_a_fifo(fifo: Path) -> None:
    with pytest.raises(OSError, match="named pipe"):
        no_hang(lambda: write_text_atomic(fifo, "text"))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@POSIX
def test_a_device_target_is_refused_and_stays_a_device(tmp_path: Path) -> None:
    link = tmp_path / "null.json"
    link.symlink_to("/dev/null")  # a device through a link: the node, not the link, is what counts
    with pytest.raises(OSError, match="character device"):
        save_block(seed_block(), link)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert link.is_symlink()


def test_a_folder_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_text_atomic(tmp_path, "text")


# ---- item 4: a read-only file is refused, as the shell refuses it ---------------------------------


@POSIX
def test_a_read_only_target_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "keep.json"
    path.write_text("precious")
    path.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        save_block(seed_block(), path)
    assert path.read_text() == "precious"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


# ---- item 16: a valid long name saves --------------------------------------------------------------


def test_a_248_character_name_saves(tmp_path: Path) -> None:
    path = tmp_path / ("b" * 243 + ".json")  # 248 characters: valid on ext4 (255 bytes)
    save_block(seed_block(), path)
    assert load_block(path).layers == seed_block().layers
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_255_byte_utf8_name_saves(tmp_path: Path) -> None:
    path = tmp_path / ("é" * 125 + ".json")  # 250 + 5 bytes
    write_text_atomic(path, "x")
    assert path.read_text() == "x"


# ---- a failing write (full disk) -------------------------------------------------------------------


class FullDisk(io.RawIOBase):
    """A file whose writes fail as on a full disk, after the first 4 KiB got through."""

    def __init__(self, descriptor: int) -> None:
        self.descriptor, self.written = descriptor, 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.written >= 4096:
            raise OSError(errno.ENOSPC, "No space left on device")
        count = os.write(self.descriptor, bytes(data[:4096]))
        self.written += count
        return count

    def fileno(self) -> int:
        return self.descriptor

    def close(self) -> None:
        if not self.closed:
            os.close(self.descriptor)
        super().close()


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "work.json"
    save_block(seed_block(), path)
    old = path.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":  # the file object the save writes through fails part-way
        monkeypatch.setattr(os, "fdopen", lambda descriptor, *a, **k: io.BufferedWriter(FullDisk(descriptor)))
    else:
        monkeypatch.setattr(os, failing, full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_text_atomic(path, "x" * 100_000)
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["work.json"]


# ---- item 13: a FIFO or device given as a project file never hangs ---------------------------------


@POSIX
def test_loading_a_fifo_is_refused_at_once(fifo: Path) -> None:
    with pytest.raises(ProjectFileError, match="named pipe"):
        no_hang(lambda: load_block(fifo))


@POSIX
def test_loading_a_fifo_with_a_writer_is_refused_too(fifo: Path) -> None:
    writer = os.open(fifo, os.O_RDWR)  # a pipe with data waiting: still not a project file
    try:
        os.write(writer, block_to_json(seed_block()).encode())
        with pytest.raises(ProjectFileError, match="named pipe"):
            no_hang(lambda: load_block(fifo))
    finally:
        os.close(writer)


@POSIX
def test_loading_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="character device"):
        no_hang(lambda: load_block("/dev/zero"))


@POSIX
def test_loading_through_a_symlink_reads_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    save_block(seed_block(), real)
    (tmp_path / "link.json").symlink_to(real)
    assert load_block(tmp_path / "link.json").layers == seed_block().layers
