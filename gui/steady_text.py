"""SteadyText: a line of text that changes on every edit without laying out the window again.

A QLabel whose text changes asks its parent's layout to lay out again, and each layout then
asks its own parent, up to the window, one pass of the event loop per level: the block's input
and output shapes and the status bar's totals changing on every edit cost a layout of the
whole window each time. This reads like a label (no frame, no background, selectable with the
mouse) but keeps its size: it asks for more room only when a new text does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

MARGIN = 6  # a line edit's own text margins, left and right together


class SteadyText(QLineEdit):
    def __init__(self, parent: QWidget | None = None, stretch: bool = False) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrame(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # selectable and copyable; Tab passes it by
        # no background of its own (only that role is set: the text colour follows the
        # application's palette, light or dark)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.setPalette(palette)
        horizontal = QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Preferred
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)
        self._room = 0  # the widest text shown so far, in pixels

    def setText(self, text: str) -> None:  # noqa: N802
        if text == self.text():
            return
        super().setText(text)
        self.setCursorPosition(0)  # the start of a long text, not its end
        needed = self.fontMetrics().horizontalAdvance(text) + MARGIN
        if needed > self._room:  # only then: lay out again, once, to make room
            self._room = needed
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text's width is another: measure anew
            self._room = self.fontMetrics().horizontalAdvance(self.text()) + MARGIN
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(max(self._room, MARGIN), self.fontMetrics().height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()
