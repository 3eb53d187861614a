"""CellPainter: paints a table view's plain one-line cells in one pass, from cached QStaticText.

Qt's own item delegate lays every cell's text out anew on every paint (a QTextLayout), 30-40 µs
a cell on the lab machine, and an edit repaints a hundred cells of the analysis table, most with
texts drawn before. A Python delegate is slower still: each cell's call wraps a style option and
a model index. So the table's viewport paints its cells here, in one loop: the row backgrounds,
the selection, then each text from `StaticTexts`. The view keeps everything else (header,
scrolling, selection, keyboard, tooltips).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QTableView

from gui.static_texts import StaticTexts

TEXT_MARGIN = 4  # left and right of a cell's text, as Qt's delegate leaves with the Fusion style

# row -> its texts, each one's colour (None: the palette's), bold
RowLook = Callable[[int], tuple[tuple[str, ...], tuple[QColor | None, ...], bool]]


class CellPainter:
    def __init__(self, view: QTableView, row_look: RowLook, right_aligned: Collection[int] = ()) -> None:
        self.view = view
        self.row_look = row_look
        self.right_aligned = frozenset(right_aligned)
        self._texts = StaticTexts()
        self._bold: dict[str, QFont] = {}

    def _bold_font(self, font: QFont) -> QFont:
        key = font.key()
        bold = self._bold.get(key)
        if bold is None:
            bold = self._bold[key] = QFont(font)
            bold.setBold(True)
        return bold

    def paint(self, painter: QPainter, area: QRect) -> None:
        """Paint the cells that `area` (viewport coordinates) touches."""
        view = self.view
        model = view.model()
        rows, columns = model.rowCount(), model.columnCount()
        if not rows:
            return
        first = view.rowAt(area.top())
        if first < 0:
            return  # below the last row
        last = view.rowAt(area.bottom())
        last = rows - 1 if last < 0 else last
        palette = view.palette()
        group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
        if not view.isEnabled():
            group = QPalette.ColorGroup.Disabled
        text_color = palette.color(group, QPalette.ColorRole.Text)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase) if view.alternatingRowColors() else None
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        selection = view.selectionModel()
        selected = {index.row() for index in selection.selectedRows()} if selection is not None else set()
        font = view.font()
        bold = self._bold_font(font)
        keys = {False: font.key(), True: bold.key()}
        spans = [
            (column, view.columnViewportPosition(column), view.columnWidth(column))
            for column in range(columns)
            if not view.isColumnHidden(column)
        ]
        spans = [(c, x, w) for c, x, w in spans if x + w > area.left() and x <= area.right()]
        left = min((x for _, x, _ in spans), default=0)
        right = max((x + w for _, x, w in spans), default=0)
        texts = self._texts
        pen = None
        painter.setFont(font)
        painter_bold = False
        for row in range(first, last + 1):
            top, height = view.rowViewportPosition(row), view.rowHeight(row)
            is_selected = row in selected
            if is_selected:
                painter.fillRect(left, top, right - left, height, highlight)
            elif alternate is not None and row % 2:
                painter.fillRect(left, top, right - left, height, alternate)
            texts_of_row, colors, is_bold = self.row_look(row)  # once a row, not once a cell
            for column, x, width in spans:
                text, color = texts_of_row[column], colors[column]
                if not text:
                    continue
                align_right = column in self.right_aligned
                wanted = highlighted_text if is_selected else color if color is not None else text_color
                if wanted is not pen:  # the pen and font change rarely along a row: set them only then
                    painter.setPen(wanted)
                    pen = wanted
                if is_bold != painter_bold:
                    painter.setFont(bold if is_bold else font)
                    painter_bold = is_bold
                static, text_w, text_h = texts.get(text, bold if is_bold else font, keys[is_bold])
                room = width - 2 * TEXT_MARGIN
                if text_w > room:  # too narrow: elided, as Qt's delegate does
                    line = (x + TEXT_MARGIN, top, room, height)
                    texts.draw(painter, line, text, bold if is_bold else font, keys[is_bold], align_right)
                    continue
                tx = x + width - TEXT_MARGIN - text_w if align_right else x + TEXT_MARGIN
                painter.drawStaticText(int(tx), int(top + (height - text_h) / 2), static)
        self._paint_focus(painter)

    def _paint_focus(self, painter: QPainter) -> None:
        """The keyboard's cell, framed by the style as Qt's delegate does."""
        view = self.view
        current = view.currentIndex()
        if not (view.hasFocus() and current.isValid()):
            return
        option = QStyleOptionFocusRect()
        option.initFrom(view)
        option.rect = view.visualRect(current)
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
        option.backgroundColor = view.palette().color(QPalette.ColorRole.Window)
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, view)
