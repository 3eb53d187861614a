"""Keyboard alone: build, edit and run a 3-layer block; Tab reaches the layer's editors; the
Summary table lets Tab and Ctrl+Tab through; Ctrl+Z works in a spin box right after an edit; a
value out of range or a letter says the valid range instead of being silently rewritten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QSpinBox, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    return QApplication.focusWidget()


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifiers)
    QApplication.processEvents()


def tab_until(condition, limit: int = 60) -> None:  # noqa: ANN001
    for _ in range(limit):
        if condition(focused()):
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; focus is on {focused()!r}")


def add_kind(palette: QListWidget, kind: str) -> None:
    key(Qt.Key.Key_Home)
    for _ in range(palette.count()):
        if palette.currentItem().text().startswith(kind) and palette.currentItem().text().split()[0] == kind:
            key(Qt.Key.Key_Return)
            return
        key(Qt.Key.Key_Down)
    raise AssertionError(f"{kind} is not in the palette")


def kinds(window) -> list[str]:  # noqa: ANN001
    return [layer.kind for layer in window.document.block.layers]


def test_build_edit_and_run_a_block_with_the_keyboard_alone(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    window.activateWindow()
    window.block_view.setFocus()  # where the window's focus starts; from here on only keys
    key(Qt.Key.Key_N, CTRL)  # File > New
    assert kinds(window) == []
    tab_until(lambda w: w is window.layer_palette.list)
    for kind in ("Conv2d", "ReLU", "MaxPool2d"):
        add_kind(focused(), kind)
    assert kinds(window) == ["Conv2d", "ReLU", "MaxPool2d"]
    tab_until(lambda w: w is window.block_view)
    key(Qt.Key.Key_Home)
    assert window.document.current_layer == 0
    key(Qt.Key.Key_Tab)  # straight into the Conv2d's first editor
    spin = focused()
    assert isinstance(spin, QSpinBox) and spin.parent().objectName() == "param_out_channels"
    key(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(spin, "8")
    key(Qt.Key.Key_Tab)
    assert window.document.block.layers[0].params["out_channels"] == 8
    with qtbot.waitSignal(window.run_panel.session.resultReady, timeout=60_000) as blocker:
        key(Qt.Key.Key_F5)
    assert [layer.kind for layer in blocker.args[0].layers] == ["Conv2d", "ReLU", "MaxPool2d"]
    assert blocker.args[0].layers[0].output_shape[1] == 8


def test_the_summary_table_lets_tab_and_ctrl_tab_through(window, qtbot) -> None:
    tabs = window.inspector_tabs
    tabs.setCurrentWidget(window.summary_table)
    window.activateWindow()
    window.summary_table.setFocus()
    key(Qt.Key.Key_Tab)
    assert focused() is not window.summary_table
    window.summary_table.setFocus()
    key(Qt.Key.Key_Backtab, SHIFT)
    assert focused() is not window.summary_table
    window.summary_table.setFocus()
    key(Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1  # the next inspector tab


def test_ctrl_z_in_a_spin_box_right_after_an_edit_undoes_it(window, qtbot) -> None:
    window.activateWindow()
    window.document.set_current_layer(0)
    spin = window.properties_panel.form.rows["out_channels"].editor.spin
    spin.setFocus()
    handle = window.windowHandle()  # keys through the window, as the platform delivers them
    QTest.keyClick(handle, Qt.Key.Key_Up)  # a step with the arrow key is an edit
    assert window.document.block.layers[0].params["out_channels"] == 17 and focused() is spin
    QTest.keyClick(handle, Qt.Key.Key_Z, CTRL)
    assert window.document.block.layers[0].params["out_channels"] == 16 and spin.value() == 16
    QTest.keyClick(handle, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.document.block.layers[0].params["out_channels"] == 17
    key(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(spin, "32")
    assert window.document.block.layers[0].params["out_channels"] == 32
    QTest.keyClick(handle, Qt.Key.Key_Z, CTRL)  # edits in one editor in a row are one undo step
    assert window.document.block.layers[0].params["out_channels"] == 16 and spin.value() == 16


def test_an_out_of_range_value_says_the_valid_range(window, qtbot) -> None:
    window.activateWindow()
    window.document.set_current_layer(0)
    form = window.properties_panel.form
    spin = form.rows["stride"].editor.height_spin
    spin.setFocus()
    key(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(spin, "0")
    assert form.input_problem.isVisibleTo(form)
    assert "0 is out of range: stride height takes whole numbers from 1 to" in form.input_problem.text()
    assert "(leaving keeps 1)" in form.input_problem.text()
    QTest.keyClicks(spin, "x")  # a letter: refused, and said why
    assert "'0x' is not a number" in form.input_problem.text() or "'x' is not a number" in form.input_problem.text()
    key(Qt.Key.Key_Backspace)
    key(Qt.Key.Key_Backspace)
    QTest.keyClicks(spin, "2")
    assert not form.input_problem.isVisibleTo(form)
    assert window.document.block.layers[0].params["stride"] == 2


def test_focus_is_visible_and_descriptions_are_readable(window, qtbot) -> None:
    from gui.properties.readable_text import WCAG_AA, contrast_ratio

    window.activateWindow()
    window.layer_palette.setFocus()
    assert window.focus_marks.is_marked(window.layer_palette.list)
    assert not window.focus_marks.is_marked(window.block_view)
    key(Qt.Key.Key_Tab)  # on to the block list: the palette's selection goes quiet
    assert focused() is window.block_view
    assert window.focus_marks.is_marked(window.block_view)
    assert not window.focus_marks.is_marked(window.layer_palette.list)
    window.document.set_current_layer(1)
    summary = window.properties_panel.form.findChild(QWidget, "layerSummary")
    background = summary.palette().color(summary.backgroundRole())
    colour = QColor(summary.styleSheet().split("color:")[1].strip(" ;"))
    assert contrast_ratio(colour, background) >= WCAG_AA and summary.isEnabled()


def test_after_delete_a_card_is_current(window, qtbot) -> None:
    window.activateWindow()
    window.block_view.setFocus()
    window.block_view.select_rows([1])
    key(Qt.Key.Key_Delete)
    assert kinds(window) == ["Conv2d", "ReLU", "MaxPool2d"]
    assert window.document.current_layer == 1 and window.block_view.currentIndex().row() == 1
    key(Qt.Key.Key_Delete)  # and the next Delete goes on from there
    assert kinds(window) == ["Conv2d", "MaxPool2d"]
