"""Where the keys go must be visible: a list keeps its bright selection colour only while it
has the keyboard focus; otherwise its selection is drawn in a quiet grey, so two lists never
both look focused (the palette's blue stayed while keys went to the block list)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from gui.style import mix

ROLE = QPalette.ColorRole


def unfocused_palette(view: QWidget) -> QPalette:
    palette = QPalette(QApplication.palette(view))
    window = palette.color(ROLE.Window)
    highlight = palette.color(ROLE.Highlight)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, ROLE.Highlight, mix(highlight, window, 0.75))
        palette.setColor(group, ROLE.HighlightedText, palette.color(ROLE.WindowText))
    return palette


class FocusMarks(QObject):
    """Keeps the bright selection on whichever of `views` holds the focus (a QObject, so the
    connection ends with its parent window)."""

    def __init__(self, views: list[QAbstractItemView], parent: QObject) -> None:
        super().__init__(parent)
        self.views = views
        app = QApplication.instance()
        app.focusChanged.connect(self.update)  # type: ignore[union-attr]
        self.update(None, QApplication.focusWidget())

    def update(self, _old: QWidget | None, new: QWidget | None) -> None:
        for view in self.views:
            focused = new is not None and (new is view or view.isAncestorOf(new))
            view.setPalette(QApplication.palette(view) if focused else unfocused_palette(view))

    def is_marked(self, view: QAbstractItemView) -> bool:
        """True when `view` shows the bright, focused selection colour."""
        return view.palette().color(ROLE.Highlight) == QApplication.palette(view).color(ROLE.Highlight)
