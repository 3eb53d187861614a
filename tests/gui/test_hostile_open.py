"""Opening a hostile project file in the app: a dialog names the problem, the open document is untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

HOSTILE = sorted((Path(__file__).resolve().parents[1] / "data" / "hostile").glob("*.json"))


def test_the_corpus_is_there() -> None:
    assert len(HOSTILE) >= 25


@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_file_shows_an_error_and_keeps_the_document(window, monkeypatch, path: Path, tmp_path: Path) -> None:
    window.document.append_layer("ReLU")  # unsaved work that must survive the failed open
    before = window.document.generated.source
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: errors.append(text))
    monkeypatch.chdir(tmp_path)  # a payload that wrote a file would write it here

    assert not window.files.open_path(path, ask=False)
    assert len(errors) == 1 and path.name in errors[0]
    assert window.document.generated.source == before
    assert window.document.is_modified()
    assert list(tmp_path.iterdir()) == []
