"""Opening a hostile project file in the app: one dialog names the file and the exact problem
(the same words the command line prints), and the user's unsaved work is untouched: the same
layers, the same title, still undoable, and the file never enters Open Recent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.document.settings import recent_files
from tests.core.test_hostile_files import EXPECTED

HOSTILE = sorted((Path(__file__).resolve().parents[1] / "data" / "hostile").glob("*.json"))


def test_every_corpus_file_has_its_expected_words() -> None:
    assert len(HOSTILE) >= 25 and {p.name for p in HOSTILE} == set(EXPECTED)


@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_file_shows_the_problem_and_keeps_the_work(window, monkeypatch, path: Path, tmp_path: Path) -> None:
    window.document.append_layer("ReLU")  # unsaved work that must survive the failed open
    kinds = [layer.kind for layer in window.document.block.layers]
    source, title = window.document.generated.source, window.windowTitle()
    dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, heading, text, *a: dialogs.append((heading, text)))
    monkeypatch.chdir(tmp_path)  # a payload that wrote a file would write it here

    assert not window.files.open_path(path, ask=False)
    assert len(dialogs) == 1, dialogs
    heading, text = dialogs[0]
    assert heading == "Cannot open file" and text.startswith(f"Cannot open {path.name}:")
    assert EXPECTED[path.name] in text  # where in the file, and what is wrong there
    assert "Traceback" not in text
    # the work in progress: same layers, same code, same title (still marked modified), undoable
    assert [layer.kind for layer in window.document.block.layers] == kinds
    assert window.document.generated.source == source and window.windowTitle() == title
    assert window.document.is_modified()
    window.document.undo_stack.undo()
    assert [layer.kind for layer in window.document.block.layers] == kinds[:-1]
    assert str(path.resolve()) not in recent_files()
    assert list(tmp_path.iterdir()) == []
