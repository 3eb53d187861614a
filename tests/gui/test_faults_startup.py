"""Fault injection at start-up: no usable data folder, a damaged autosave folder (items 11 and 12).

The app must always start; autosave then says it is off and where it tried, and leftovers
that cannot be read are set aside as *.unrestorable, never in the way again.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.files.examples import seed_block
from core.files.project_file import block_to_dict
from gui.document.autosave import crash_leftovers

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks are POSIX")


@pytest.fixture
def start_window(qtbot):  # noqa: ANN001, ANN201
    """Starts a real MainWindow; closed without prompting afterwards."""
    from gui.main_window import MainWindow

    made = []

    def start() -> MainWindow:
        window = MainWindow()
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield start
    for window in made:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    qtbot.wait(1)


def record(project: object) -> str:
    return json.dumps({"original_path": None, "saved_at": "2026-01-01 10:00:00", "project": project})


# ---- item 11: no usable data folder -------------------------------------------------------------


def unusable_folders(tmp_path: Path) -> list[Path]:
    a_file = tmp_path / "data-is-a-file"
    a_file.write_text("not a folder")
    folders = [a_file]
    if Path("/proc/self").is_dir():  # a folder nobody, not even root, can create anything in
        folders.append(Path("/proc/self/block-studio-data"))
    return folders


@pytest.mark.parametrize("which", [0, 1])
def test_the_app_starts_without_a_usable_data_folder_and_says_autosave_is_off(
    start_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: int
) -> None:
    folders = unusable_folders(tmp_path)
    if which >= len(folders):
        pytest.skip("no /proc on this system")
    monkeypatch.setenv("BLOCK_STUDIO_DATA", str(folders[which]))
    window = start_window()
    assert not window.autosaver.enabled
    text = window.autosave_off.text()
    assert "Autosave is off" in text and str(folders[which] / "autosave") in text
    window.document.append_layer("ReLU")
    window.autosaver.write_now()  # editing goes on; nothing is attempted, nothing raises


# ---- item 12: a damaged autosave folder ------------------------------------------------------------


@pytest.fixture
def autosave_folder(isolated_autosave: Path) -> Path:
    folder = isolated_autosave / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_damaged_leftovers_are_set_aside_and_the_good_one_is_offered(
    start_window, qtbot, autosave_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (autosave_folder / "session-1-1.json").write_text('{"project": ' + deep + "}")
    (autosave_folder / "session-2-2.json").write_bytes(b"\xff\xfe garbage")
    (autosave_folder / "session-3-3.json").mkdir()
    (autosave_folder / "session-4-4.json").write_text(record({"format": "nonsense"}))
    if os.name == "posix":
        (autosave_folder / "session-5-5.json").symlink_to(autosave_folder / "missing.json")
    good = autosave_folder / "session-9-9.json"
    good.write_text(record(block_to_dict(seed_block())))
    os.utime(good, (2e9, 2e9))  # the newest: the one offered

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    window = start_window()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    kept = sorted(p.name for p in autosave_folder.glob("*.unrestorable"))
    expected = ["session-1-1", "session-2-2", "session-3-3", "session-4-4"]
    if os.name == "posix":
        expected.append("session-5-5")
    assert kept == [f"{name}.unrestorable" for name in expected]
    assert all(name in shown[0] for name in expected)
    assert not list(autosave_folder.glob("session-*.json")), "the good leftover was offered and then removed"
    assert window.isVisible()


@POSIX
def test_a_fifo_named_like_an_autosave_does_not_hang_start_up(autosave_folder: Path) -> None:
    fifo = autosave_folder / "session-7-7.json"
    os.mkfifo(fifo)
    (autosave_folder / "session-8-8.lock").unlink(missing_ok=True)
    os.mkfifo(autosave_folder / "session-8-8.lock")  # a lock QLockFile would read forever
    (autosave_folder / "session-8-8.json").write_text(record(block_to_dict(seed_block())))
    set_aside: list[Path] = []
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(crash_leftovers(autosave_folder, set_aside)), daemon=True)
    thread.start()
    thread.join(30)
    if thread.is_alive():
        for path in (fifo, autosave_folder / "session-8-8.lock"):  # let the stuck reader go
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        pytest.fail("start-up blocked on a FIFO in the autosave folder")
    leftovers = result[0]
    assert [leftover.path.name for leftover in leftovers] == ["session-8-8.json"]  # type: ignore[attr-defined]
    assert set_aside == [autosave_folder / "session-7-7.unrestorable"]
