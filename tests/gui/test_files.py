"""Files through the real window: save/open, unsaved-changes prompt, load errors, export, settings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.files.examples import EXAMPLES, EXAMPLES_DIR
from core.files.project_file import load_block
from gui.main_window import MainWindow
from tests.gui.helpers import kinds

Button = QMessageBox.StandardButton


def answer_unsaved(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Patch the Save/Discard/Cancel prompt to answer `button`; returns the texts it was shown."""
    asked: list[str] = []

    def warning(parent, title, text, buttons, default):  # noqa: ANN001, ANN202
        asked.append(text)
        assert buttons & Button.Save and buttons & Button.Discard and buttons & Button.Cancel
        return button

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_save_open_round_trip_and_title(window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window.document.add_layers(4, ["AvgPool2d"])
    window.document.set_param(4, "kernel_size", 4)
    assert window.isWindowModified() and "Untitled" in window.windowTitle()
    target = tmp_path / "my_block.json"
    save_dialog_returns(monkeypatch, target)
    window.save_action.trigger()
    assert json.loads(target.read_text())["layers"][4] == {"type": "AvgPool2d", "params": {"kernel_size": 4}}
    assert not window.isWindowModified() and "my_block.json" in window.windowTitle()
    code = window.code_view.text()

    window.new_action.trigger()  # saved: no prompt
    assert kinds(window) == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.open_action.trigger()
    assert kinds(window)[-1] == "AvgPool2d"
    assert window.code_view.text() == code
    assert window.document.path == target and not window.document.undo_stack.canUndo()
    window.save_action.trigger()  # has a path now: no dialog
    assert str(target.resolve()) in window.recent_menu_paths()


def test_unsaved_changes_prompt_cancel_discard_save(window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window.document.remove_rows([2])
    asked = answer_unsaved(monkeypatch, Button.Cancel)
    window.new_action.trigger()
    assert asked and "unsaved changes" in asked[0]
    assert kinds(window) == ["Conv2d", "BatchNorm2d", "MaxPool2d"] and window.document.is_modified()

    answer_unsaved(monkeypatch, Button.Save)
    target = tmp_path / "kept.json"
    save_dialog_returns(monkeypatch, target)
    window.new_action.trigger()
    assert [layer["type"] for layer in json.loads(target.read_text())["layers"]] == [
        "Conv2d",
        "BatchNorm2d",
        "MaxPool2d",
    ]
    assert kinds(window) == []

    window.document.append_layer("ReLU")
    answer_unsaved(monkeypatch, Button.Discard)
    window.examples_menu.actions()[1].trigger()  # VGG double conv
    expected = load_block(EXAMPLES_DIR / list(EXAMPLES)[1])
    assert window.document.block.same_content(expected)
    assert window.document.path is None and not window.document.is_modified()


def test_closing_with_unsaved_changes_can_be_cancelled(window, monkeypatch, qtbot) -> None:  # noqa: ANN001
    window.document.remove_rows([0])
    answer_unsaved(monkeypatch, Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    answer_unsaved(monkeypatch, Button.Discard)
    assert window.close()


def test_a_broken_file_shows_the_core_error_and_keeps_the_document(window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.json"
    data = json.loads((Path(__file__).parents[2] / "resources/examples/conv_block.json").read_text())
    data["layers"][0]["params"]["kernel_size"] = 0
    bad.write_text(json.dumps(data))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    before = window.code_view.text()
    window.document.append_layer("ReLU")
    answer_unsaved(monkeypatch, Button.Discard)
    assert not window.files.open_path(bad)
    assert shown and "$.layers[0].params.kernel_size" in shown[0] and "from 1 to" in shown[0]
    assert kinds(window)[-1] == "ReLU" and window.code_view.text() != before  # unchanged by the failure


def test_opening_a_file_from_the_command_line(qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    (tmp_path / "broken.json").write_text("{ nope")
    broken = MainWindow(str(tmp_path / "broken.json"))
    qtbot.addWidget(broken)
    qtbot.waitUntil(lambda: bool(shown))
    assert "broken JSON at line 1" in shown[0]
    assert kinds(broken) == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]

    example = Path(__file__).parents[2] / "resources/examples/resnet_stem.json"
    good = MainWindow(str(example))
    qtbot.addWidget(good)
    assert "resnet_stem.json" in good.windowTitle() and not good.isWindowModified()
    assert kinds(good) == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]


def test_export_writes_python_that_runs(window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "conv_block.py"
    save_dialog_returns(monkeypatch, target)
    window.export_action.trigger()
    assert target.read_text() == window.document.generated.source
    result = subprocess.run([sys.executable, str(target)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "torch.Size([1, 16, 32, 32])" in result.stdout
    assert not window.document.is_modified()  # exporting is not saving the project


def test_splitters_persist_and_inspector_tabs_are_shut_down(qtbot) -> None:  # noqa: ANN001
    class Worker(QWidget):
        stopped = 0

        def shutdown(self) -> None:
            Worker.stopped += 1

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    tab = first.add_inspector_tab(Worker(), "Run")
    assert first.inspector_tabs.tabText(tab) == "Run"
    first.main_splitter.setSizes([240, 420, 620])
    sizes = first.main_splitter.sizes()
    assert first.close()
    assert Worker.stopped == 1
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.main_splitter.sizes() == sizes
