"""Hints a learner needs: a Linear on 4-D maps is flagged with a one-click Flatten fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model.block import Block, Layer
from gui.properties.readable_text import WCAG_AA, contrast_ratio


def test_linear_after_maps_warns_and_one_click_adds_flatten(window, qtbot) -> None:
    block = Block(
        [Layer("Conv2d", {"out_channels": 16, "kernel_size": 3}), Layer("Linear", {"out_features": 10})],
        input_shape=(1, 3, 32, 32),
    )
    window.document.replace(block, None)
    assert window.document.analysis.output_shape == (1, 16, 30, 10)  # torch's answer, but rarely what is meant
    assert "Linear acts on the last dimension; add Flatten first?" in window.status_error.text()
    window.document.set_current_layer(1)
    form = window.properties_panel.form
    assert form.warning.isVisibleTo(form) and "width 30 of (1, 16, 30, 30)" in form.warning.text()
    assert form.flatten_button.isVisibleTo(form)
    qtbot.mouseClick(form.flatten_button, Qt.MouseButton.LeftButton)
    assert [layer.kind for layer in window.document.block.layers] == ["Conv2d", "Flatten", "Linear"]
    assert window.document.analysis.output_shape == (1, 10) and not window.document.analysis.warnings
    window.document.undo_stack.undo()  # one undo step takes it back
    assert [layer.kind for layer in window.document.block.layers] == ["Conv2d", "Linear"]
    window.document.set_current_layer(0)
    conv_form = window.properties_panel.form
    assert not conv_form.flatten_button.isVisibleTo(conv_form)


def test_warning_text_reads_against_the_background(window) -> None:
    from PySide6.QtGui import QColor

    block = Block(
        [Layer("Conv2d", {"out_channels": 4}), Layer("Linear", {"out_features": 2})], input_shape=(1, 3, 8, 8)
    )
    window.document.replace(block, None)
    window.document.set_current_layer(1)
    form = window.properties_panel.form
    colour = QColor(form.warning.styleSheet().split("color:")[1].strip(" ;"))
    assert contrast_ratio(colour, form.palette().color(form.backgroundRole())) >= WCAG_AA


def test_export_python_of_an_invalid_block_warns_in_the_window(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window.document.set_param(0, "kernel_size", 99)
    asked: list[str] = []

    def question(_parent, title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.files.export_python()  # refused: nothing written, no file dialog
    assert "kernel_size 99" in asked[0] and "will fail when run" in asked[0]
    target = tmp_path / "block.py"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    assert window.files.export_python() and target.exists()  # asked for: written anyway
    assert window.statusBar().currentMessage() == f"Exported block.py to {tmp_path}."


def test_copy_confirms_and_a_long_note_wraps_instead_of_being_cut(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    qtbot.mouseClick(window.code_view.findChild(QPushButton, "copyCode"), Qt.MouseButton.LeftButton)
    lines = len(window.document.generated.source.splitlines())
    assert QApplication.clipboard().text() == window.document.generated.source
    assert window.statusBar().currentMessage() == f"Copied the generated source ({lines} lines) to the clipboard."
    window.statusBar().clearMessage()
    block = Block(
        [Layer("Conv2d", {"out_channels": 16, "kernel_size": 3}), Layer("Linear", {"out_features": 10})],
        input_shape=(1, 3, 32, 32),
    )
    window.document.replace(block, None)
    window.resize(1024, 640)
    qtbot.wait(50)
    label = window.status_error
    assert label.wordWrap() and label.text().startswith("Note: layer 2 Linear")
    # the whole note fits in the label's width by wrapping: its wrapped height is what it is given
    assert label.height() >= label.heightForWidth(label.width())


def test_the_status_bar_is_one_line_high_until_a_note_needs_two(window, qtbot) -> None:
    """A message in the status bar must not shift the whole window by tens of pixels."""
    window.resize(1256, 706)
    qtbot.wait(50)
    one_line = window.status_error.fontMetrics().lineSpacing() * 2
    assert window.status_error.text().startswith("Ready") and window.statusBar().height() < one_line + 12
    before = window.centralWidget().height()
    window.statusBar().showMessage("Wrapped steps 1-5 in a residual: out = out + identity", 5000)
    qtbot.wait(50)
    assert abs(window.centralWidget().height() - before) <= 4
