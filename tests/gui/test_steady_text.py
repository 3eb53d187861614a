"""SteadyText: the shapes and totals that change on every edit, shown whole, without a window
layout per edit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QWidget

from gui.steady_text import SteadyText


class LayoutRequests(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_text_lays_out_only_when_it_needs_more_room(qtbot) -> None:  # noqa: ANN001
    box = QWidget()
    layout = QHBoxLayout(box)
    text = SteadyText()
    layout.addWidget(text)
    layout.addStretch(1)
    qtbot.addWidget(box)
    box.resize(600, 40)
    box.show()
    qtbot.waitExposed(box)
    text.setText("23,968 params")
    qtbot.wait(10)
    requests = LayoutRequests(box)
    for shorter in ("1,024 params", "23,000 params", "0 params"):
        text.setText(shorter)
        qtbot.wait(10)
    assert requests.count == 0  # as wide as before or narrower: no layout
    assert text.text() == "0 params"
    longer = "1,234,567 params  ·  179.8 M mult-adds  ·  3.1 MiB activations"
    text.setText(longer)
    qtbot.waitUntil(lambda: requests.count > 0)
    qtbot.waitUntil(lambda: text.width() >= text.fontMetrics().horizontalAdvance(longer))  # shown whole


def test_it_reads_like_a_label_and_copies_like_text(qtbot) -> None:  # noqa: ANN001
    text = SteadyText()
    qtbot.addWidget(text)
    text.setText("  out  (1, 128, 28, 28)")
    assert text.isReadOnly() and not text.hasFrame()
    assert text.cursorPosition() == 0  # the start of the text shows, not its end
    text.selectAll()
    assert text.selectedText() == "  out  (1, 128, 28, 28)"


def test_the_window_shows_each_edit_in_the_shapes_and_totals(window) -> None:  # noqa: ANN001
    window.document.set_param(0, "out_channels", 24)
    assert window.output_label.text().strip().startswith("out")
    assert "(1, 24," in window.output_label.text()
    assert window.status_totals.text().startswith(f"{window.document.analysis.total_params:,} params")
