"""Fault injection on files through the window: FIFOs, symlinks, read-only files, two windows on one file.

Real MainWindows, real files in tmp_path; dialogs are answered by patched QMessageBox statics.
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.files.examples import seed_block
from core.files.project_file import block_to_json, load_block, save_block
from gui.document.settings import remember_file

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks are POSIX")


@pytest.fixture
def make_window(qtbot):  # noqa: ANN001, ANN201
    """Real MainWindows (optionally opened on a file), closed without prompting afterwards."""
    from gui.main_window import MainWindow

    made = []

    def make(path: str | None = None) -> MainWindow:
        window = MainWindow(path)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Records every critical/warning/question dialog; warnings say Cancel, questions say Yes."""
    shown: dict[str, list[str]] = {"critical": [], "warning": [], "question": []}
    buttons = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "critical", lambda p, t, text, *a: shown["critical"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: shown["warning"].append(text) or buttons.Cancel)
    monkeypatch.setattr(QMessageBox, "question", lambda p, t, text, *a: shown["question"].append(text) or buttons.Yes)
    return shown


@pytest.fixture
def fifo(tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    yield path
    try:  # a reader stuck on it (a failing test) gets end-of-file and returns
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


def within(seconds: float, call) -> None:  # noqa: ANN001
    """Fail instead of hanging when `call` blocks (a FIFO opened for reading)."""
    done = threading.Event()

    def watchdog() -> None:
        if not done.wait(seconds):
            os._exit(99)  # a blocked GUI thread cannot be failed politely: end the run loudly

    threading.Thread(target=watchdog, daemon=True).start()
    try:
        call()
    finally:
        done.set()


# ---- item 13: a FIFO as a project file --------------------------------------------------------------


@POSIX
def test_file_open_of_a_fifo_is_refused_at_once(make_window, qtbot, fifo: Path, dialogs, monkeypatch) -> None:
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fifo), ""))
    within(30, window.files.open)
    assert len(dialogs["critical"]) == 1 and "named pipe" in dialogs["critical"][0]
    assert window.document.path is None


@POSIX
def test_open_recent_of_a_fifo_is_refused_at_once(make_window, qtbot, fifo: Path, dialogs) -> None:
    remember_file(str(fifo))
    window = make_window()
    window._fill_recent_menu()
    action = next(a for a in window.recent_menu.actions() if a.text() == fifo.name)
    within(30, action.trigger)
    assert len(dialogs["critical"]) == 1 and "named pipe" in dialogs["critical"][0]


@POSIX
def test_starting_on_a_fifo_opens_the_window_and_says_why(make_window, qtbot, fifo: Path, dialogs) -> None:
    holder: list[object] = []
    within(30, lambda: holder.append(make_window(str(fifo))))
    qtbot.waitUntil(lambda: bool(dialogs["critical"]), timeout=10_000)
    assert "named pipe" in dialogs["critical"][0]


# ---- items 2, 3, 4: File > Save through links, onto devices and read-only files ------------------------


@POSIX
def test_file_save_through_a_symlink_updates_the_target(make_window, qtbot, tmp_path: Path, dialogs) -> None:
    real = tmp_path / "real.json"
    save_block(seed_block(), real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    window = make_window()
    assert window.files.open_path(link)
    window.document.append_layer("ReLU")
    assert window.files.save()
    assert link.is_symlink()
    assert load_block(real).layers[-1].kind == "ReLU"


@POSIX
def test_file_save_onto_a_read_only_file_is_refused_and_keeps_the_work(
    make_window, qtbot, tmp_path: Path, dialogs
) -> None:
    path = tmp_path / "locked.json"
    save_block(seed_block(), path)
    path.chmod(0o444)
    window = make_window()
    assert window.files.open_path(path)
    window.document.append_layer("ReLU")
    assert not window.files.save()
    assert "read-only" in dialogs["critical"][0]
    assert window.document.is_modified()
    assert path.read_text() == block_to_json(seed_block())


@POSIX
def test_export_python_onto_a_device_is_refused(make_window, qtbot, tmp_path: Path, dialogs, monkeypatch) -> None:
    link = tmp_path / "out.py"
    link.symlink_to(os.devnull)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(link), ""))
    assert not window.files.export_python()
    assert "character device" in dialogs["critical"][0]


# ---- item 5: two windows, one file ----------------------------------------------------------------------


def two_windows(make_window, path: Path):  # noqa: ANN001, ANN201
    save_block(seed_block(), path)
    first, second = make_window(), make_window()
    assert first.files.open_path(path) and second.files.open_path(path)
    return first, second


def test_saving_over_a_file_another_window_saved_asks_first(make_window, qtbot, tmp_path: Path, dialogs) -> None:
    path = tmp_path / "shared.json"
    first, second = two_windows(make_window, path)
    first.document.append_layer("ReLU")
    assert first.files.save()
    second.document.append_layer("Dropout")
    assert not second.files.save(), "the other window's save was overwritten without asking"
    assert "changed on disk" in dialogs["warning"][0]
    assert load_block(path).layers[-1].kind == "ReLU"
    assert second.document.is_modified(), "the window says saved while its work is not on disk"


def test_saving_over_a_changed_file_overwrites_when_the_user_says_so(
    make_window, qtbot, tmp_path: Path, dialogs, monkeypatch
) -> None:
    path = tmp_path / "shared.json"
    first, second = two_windows(make_window, path)
    first.document.append_layer("ReLU")
    assert first.files.save()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Save)
    second.document.append_layer("Dropout")
    assert second.files.save()
    assert load_block(path).layers[-1].kind == "Dropout"


def test_an_unchanged_file_saves_without_a_question(make_window, qtbot, tmp_path: Path, dialogs) -> None:
    path = tmp_path / "mine.json"
    first, _ = two_windows(make_window, path)
    for kind in ("ReLU", "Dropout"):
        first.document.append_layer(kind)
        assert first.files.save()
    os.utime(path, (1e9, 1e9))  # touched, same bytes: nothing to ask about
    first.document.append_layer("ReLU")
    assert first.files.save()
    assert dialogs["warning"] == []


def test_an_unmodified_window_offers_to_reload_a_file_changed_on_disk(
    make_window, qtbot, tmp_path: Path, dialogs
) -> None:
    path = tmp_path / "shared.json"
    first, second = two_windows(make_window, path)
    first.document.append_layer("ReLU")
    assert first.files.save()
    qtbot.waitUntil(lambda: bool(dialogs["question"]), timeout=10_000)
    assert "changed on disk" in dialogs["question"][0]
    assert second.document.block.layers[-1].kind == "ReLU"  # reloaded: it shows what the file holds
    assert not second.document.is_modified()
    assert len(dialogs["question"]) == 1, "the window that saved asked about its own save"


# ---- a full disk -----------------------------------------------------------------------------------------


def full_disk(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_file_save_on_a_full_disk_keeps_the_old_file_and_the_work(
    make_window, qtbot, tmp_path: Path, dialogs, monkeypatch
) -> None:
    path = tmp_path / "work.json"
    save_block(seed_block(), path)
    window = make_window()
    assert window.files.open_path(path)
    window.document.append_layer("ReLU")
    monkeypatch.setattr(os, "fsync", full_disk)
    assert not window.files.save()
    monkeypatch.undo()
    assert "No space left on device" in dialogs["critical"][0]
    assert window.document.is_modified()
    assert path.read_text() == block_to_json(seed_block())
    assert [p.name for p in tmp_path.iterdir()] == ["work.json"]


def test_autosave_on_a_full_disk_does_not_interrupt_editing(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.document.append_layer("ReLU")
    monkeypatch.setattr(os, "fsync", full_disk)
    window.autosaver.write_now()  # fails quietly: the next change tries again
    monkeypatch.undo()
    assert not window.autosaver.path.exists()
    assert list(window.autosaver.folder.glob(".*.tmp")) == []
    window.document.append_layer("Dropout")
    window.autosaver.write_now()
    assert '"Dropout"' in window.autosaver.path.read_text()
