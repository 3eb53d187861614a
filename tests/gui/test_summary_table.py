"""The summary table follows every edit: texts, error colour, bold totals; error cards grow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gui.style import ERROR_COLOR


def shown(window, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    """What the table view reads for one cell (through its model index, as it paints)."""
    table = window.summary_table
    return table.model().index(row, column).data(role)


def test_an_edit_updates_the_cells_below_and_the_totals(window) -> None:  # noqa: ANN001
    document = window.document
    assert shown(window, 0, 2) == "(1, 16, 64, 64)"
    document.set_param(0, "padding", 3)  # 3x3 kernel, 3 px each side: 64 -> 68
    assert [shown(window, row, 2) for row in range(4)] == [
        "(1, 16, 68, 68)",
        "(1, 16, 68, 68)",
        "(1, 16, 68, 68)",
        "(1, 16, 34, 34)",
    ]
    assert shown(window, 4, 1) == "Total" and shown(window, 4, 2) == "(1, 16, 34, 34)"
    assert shown(window, 4, 1, Qt.ItemDataRole.FontRole).bold()
    assert not shown(window, 0, 1, Qt.ItemDataRole.FontRole) or not shown(window, 0, 1, Qt.ItemDataRole.FontRole).bold()
    window.undo_action.trigger()
    assert shown(window, 3, 2) == "(1, 16, 32, 32)"


def test_rows_follow_adds_and_removes_and_an_error_turns_red(window) -> None:  # noqa: ANN001
    document = window.document
    document.add_layers(4, ["ReLU", "MaxPool2d"])
    assert window.summary_table.model().rowCount() == 7
    assert shown(window, 5, 1) == "MaxPool2d"
    document.set_param(5, "kernel_size", 80)  # larger than the 32x32 it gets
    assert shown(window, 5, 2) == "invalid"
    assert QColor(shown(window, 5, 1, Qt.ItemDataRole.ForegroundRole)) == QColor(ERROR_COLOR)
    assert "kernel_size" in shown(window, 5, 2, Qt.ItemDataRole.ToolTipRole)
    document.remove_rows([5])
    assert window.summary_table.model().rowCount() == 6
    assert shown(window, 4, 2) == "(1, 16, 32, 32)"
    assert shown(window, 4, 1, Qt.ItemDataRole.ForegroundRole) is None  # red went with the error


def test_a_card_with_an_error_is_taller_and_shrinks_back(window, qtbot) -> None:  # noqa: ANN001
    view = window.block_view
    height = view.visualRect(view.block_model.index(3)).height()
    window.document.set_param(3, "kernel_size", 80)
    qtbot.wait(1)  # the view lays out again on the next pass of the event loop
    assert view.visualRect(view.block_model.index(3)).height() > height
    assert view.visualRect(view.block_model.index(0)).height() == height
    window.undo_action.trigger()
    qtbot.wait(1)
    assert view.visualRect(view.block_model.index(3)).height() == height


def test_the_painted_table_shows_the_error_row_in_red_and_the_others_in_text_colour(window, qtbot) -> None:  # noqa: ANN001
    """The table paints its cells itself: what the model says must be what the pixels show."""
    table = window.summary_table
    window.inspector_tabs.setCurrentWidget(table)
    window.document.set_param(3, "kernel_size", 80)  # the pool: larger than its input
    qtbot.wait(10)
    image = table.viewport().grab().toImage()
    red = QColor(ERROR_COLOR)

    def reddish_pixels(row: int) -> int:
        top, height = table.rowViewportPosition(row), table.rowHeight(row)
        count = 0
        for y in range(top, top + height):
            for x in range(0, image.width(), 2):
                color = image.pixelColor(x, y)
                if abs(color.red() - red.red()) < 40 and abs(color.green() - red.green()) < 40 and color.blue() < 120:
                    count += 1
        return count

    assert reddish_pixels(3) > 20  # the pool's row: "invalid", in the error colour
    assert reddish_pixels(0) == 0 and reddish_pixels(1) == 0
