"""After an edit, what the screen shows is what a full repaint draws.

The views repaint only what an edit changed (the cards and arcs, the table's changed cells, the
code's changed lines), so a stale pixel left outside those regions would show an old shape or
an old line. Each check compares the window's pixels on screen (its backing store) with the
same view rendered whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPlainTextEdit

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def stale_views(window, qtbot) -> list[str]:  # noqa: ANN001
    """The views whose pixels on screen differ from the window rendered whole, once the edit
    is painted."""
    views = {
        "cards": window.block_view.viewport(),
        "table": window.summary_table.viewport(),
        "code": window.code_view.findChild(QPlainTextEdit).viewport(),
        "line numbers": window.code_view.editor.gutter,
    }
    stale: list[str] = []
    for wait in (20, 200, 1000):  # stale pixels stay; a repaint still queued on a busy machine comes
        qtbot.wait(wait)  # the edit's posted work, layouts and paints
        shown = window.screen().grabWindow(window.winId()).toImage()
        whole = window.grab().toImage().convertToFormat(shown.format())
        stale = [
            name
            for name, view in views.items()
            if shown.copy(area := QRect(view.mapTo(window, QPoint(0, 0)), view.size())) != whole.copy(area)
        ]
        if not stale:
            break
    return stale


@pytest.fixture
def big_window(window, qtbot):  # noqa: ANN001, ANN201
    window.resize(1400, 900)
    qtbot.wait(20)
    return window


def test_graph_edits_leave_no_stale_pixels(big_window, qtbot) -> None:  # noqa: ANN001
    """Residual units: a parameter edit of the first step changes every shape below it, on the
    cards, along the arcs (drawn beside the cards, their shapes up to the view's edge), in the
    table and in the docstring; then an error, its undo, a new step (the code gains lines)."""
    from benchmarks.bench_gui import fifty_step_graph

    window = big_window
    document = window.document
    document.replace(fifty_step_graph(), None)
    assert window.block_view.block_model.rows.arcs
    assert stale_views(window, qtbot) == []
    for padding in (2, 3, 1):
        document.set_param(0, "padding", padding)
        assert stale_views(window, qtbot) == [], f"padding {padding}"
    document.set_param(0, "out_channels", 8)  # the first add's inputs no longer match: an error
    assert document.analysis.error is not None
    assert stale_views(window, qtbot) == []
    window.undo_action.trigger()
    assert stale_views(window, qtbot) == []
    document.add_layers(document.row_count(), ["ReLU"])
    assert stale_views(window, qtbot) == []
    window.undo_action.trigger()
    assert stale_views(window, qtbot) == []


def test_a_graph_file_opens_without_stale_pixels(big_window, qtbot) -> None:  # noqa: ANN001
    window = big_window
    window.files.open_path(str(EXAMPLES / "basic_block_downsample.json"))
    assert window.document.block.is_graph
    assert stale_views(window, qtbot) == []
    window.document.set_param(0, "padding", 2)
    assert stale_views(window, qtbot) == []


def test_chain_edits_leave_no_stale_pixels(big_window, qtbot) -> None:  # noqa: ANN001
    window = big_window
    document = window.document
    for channels in (24, 8, 16):
        document.set_param(0, "out_channels", channels)
        assert stale_views(window, qtbot) == [], f"out_channels {channels}"
    document.set_param(0, "kernel_size", 99)  # invalid: the card grows, the rows below lose their shapes
    assert stale_views(window, qtbot) == []
    window.undo_action.trigger()
    document.set_option("class_name", "Renamed")
    assert stale_views(window, qtbot) == []


def test_arcs_find_every_card_where_qt_lays_it_out(big_window, qtbot) -> None:  # noqa: ANN001
    """The arcs work out the cards' positions from two of them while all are as tall: every
    card, scrolled or not, must be where Qt put it (and with an error card, Qt's own answer)."""
    from benchmarks.bench_gui import fifty_step_graph
    from gui.editor.arcs import CardSpans

    window = big_window
    window.document.replace(fifty_step_graph(), None)
    view = window.block_view
    for scroll in (0, 333, view.verticalScrollBar().maximum()):
        view.verticalScrollBar().setValue(scroll)
        qtbot.wait(10)
        spans = CardSpans(view)
        for row in range(view.block_model.rowCount()):
            rect = view.visualRect(view.block_model.index(row))
            assert spans(row) == (rect.top(), rect.height()), (scroll, row)
    window.document.set_param(0, "out_channels", 8)  # an error: that card grows
    qtbot.wait(10)
    assert not view.uniformItemSizes()
    spans = CardSpans(view)
    for row in range(view.block_model.rowCount()):
        rect = view.visualRect(view.block_model.index(row))
        assert spans(row) == (rect.top(), rect.height()), row
