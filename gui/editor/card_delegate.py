"""LayerCardDelegate: paints one layer of the block as a card.

A card shows the kind, its key parameters (e.g. `16, 3x3, s1, p1`), its output shape and the
parameters promoted to `__init__` arguments. An invalid layer gets a red frame and its error in
words; the layers after it say they have no shape.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.editor.block_model import (
    ARGUMENTS_ROLE,
    CARD_PARAMS_ROLE,
    ERROR_ROLE,
    KIND_ROLE,
    SHAPE_ROLE,
    STATE_ROLE,
    TITLE_ROLE,
)
from gui.style import ERROR_COLOR, WARNING_COLOR, icon, kind_color, mix

PAD = 8  # inside a card
ICON = 26
LINE_GAP = 3
RADIUS = 6.0

Index = QModelIndex | QPersistentModelIndex


class LayerCardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._font_cache: dict[str, tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]] = {}

    # ---- geometry ------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]:
        """Title, body and small fonts with the title's and small's metrics, made once per font
        (a 50-card repaint otherwise builds hundreds of QFont and QFontMetrics objects)."""
        key = option.font.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            title = QFont(option.font)
            title.setBold(True)
            small = QFont(option.font)
            small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
            fonts = self._font_cache[key] = (title, QFont(option.font), small, QFontMetrics(title), QFontMetrics(small))
        return fonts

    def _text_width(self) -> int:
        gutter = getattr(self.view, "arc_gutter", lambda: 0)()
        return max(120, self.view.viewport().width() - gutter - 2 * self.view.spacing() - 3 * PAD - ICON - 6)

    def _error_rect(self, text: str, font: QFont) -> QRect:
        return QFontMetrics(font).boundingRect(QRect(0, 0, self._text_width(), 2000), Qt.TextFlag.TextWordWrap, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _, _, small, title_metrics, small_metrics = self._fonts(option)
        height = PAD + title_metrics.height() + LINE_GAP + small_metrics.height() + PAD
        error = index.data(ERROR_ROLE)
        if error:
            height += LINE_GAP + self._error_rect(error, small).height()
        width = self.view.viewport().width() - 2 * self.view.spacing()
        return QSize(max(width, 160), max(height, ICON + 2 * PAD))

    # ---- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        kind = index.data(KIND_ROLE) or ""
        state = index.data(STATE_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        accent = kind_color(kind)
        base = palette.color(QPalette.ColorRole.Base)
        text_color = palette.color(QPalette.ColorRole.Text)
        dim = mix(text_color, base, 0.45)

        # a graph's arcs run in a gutter left of the cards
        gutter = getattr(self.view, "arc_gutter", lambda: 0)()
        rect = QRectF(option.rect).adjusted(1.5 + gutter, 1.5, -1.5, -1.5)
        # the layout may predate a vertical scroll bar: never paint past the viewport
        rect.setRight(min(rect.right(), self.view.viewport().width() - self.view.spacing() - 1.5))
        fill = mix(base, palette.color(QPalette.ColorRole.Highlight), 0.16) if selected else base
        if option.state & QStyle.StateFlag.State_MouseOver and not selected:
            fill = mix(base, accent, 0.05)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else mix(base, text_color, 0.22)
        if state == "error":
            border = QColor(ERROR_COLOR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        # the kind's colour as a stripe on the left edge
        stripe = QRectF(rect.left(), rect.top(), 5, rect.height())
        painter.setBrush(accent if state != "unknown" else mix(accent, base, 0.6))
        painter.setClipRect(stripe)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setClipping(False)
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(border)
        pen.setWidthF(2.0 if selected or state == "error" else 1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)

        title_font, body_font, small_font, title_metrics, small_metrics = self._fonts(option)
        left = int(rect.left()) + 5 + PAD
        top = int(rect.top()) + PAD
        mode = icon(kind).Mode.Normal if state != "unknown" else icon(kind).Mode.Disabled
        icon(kind).paint(painter, QRect(left, top, ICON, ICON), Qt.AlignmentFlag.AlignCenter, mode)
        x = left + ICON + PAD
        right = int(rect.right()) - PAD
        title_h = title_metrics.height()
        small_h = small_metrics.height()

        # line 1: row number, kind and key parameters
        painter.setFont(title_font)
        painter.setPen(text_color)
        kind_text = index.data(TITLE_ROLE) or kind  # a step's statement, a layer's kind
        painter.drawText(QRect(x, top, right - x, title_h), Qt.AlignmentFlag.AlignVCenter, kind_text)
        kind_w = title_metrics.horizontalAdvance(kind_text + "  ")
        params = index.data(CARD_PARAMS_ROLE) or ""
        number = f"#{index.row() + 1}"
        painter.setFont(small_font)
        number_w = small_metrics.horizontalAdvance(number)
        painter.setPen(dim)
        painter.drawText(QRect(right - number_w, top, number_w, title_h), Qt.AlignmentFlag.AlignVCenter, number)
        painter.setFont(body_font)
        painter.setPen(mix(text_color, base, 0.2))
        room = right - number_w - PAD - (x + kind_w)
        elided = QFontMetrics(body_font).elidedText(params, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawText(QRect(x + kind_w, top, max(room, 0), title_h), Qt.AlignmentFlag.AlignVCenter, elided)

        # line 2: output shape (or why there is none) and promoted arguments
        y = top + title_h + LINE_GAP
        painter.setFont(small_font)
        shape = index.data(SHAPE_ROLE) or ""
        arguments = index.data(ARGUMENTS_ROLE) or ""
        if state == "error":
            painter.setPen(QColor(ERROR_COLOR))
            painter.drawText(QRect(x, y, right - x, small_h), Qt.AlignmentFlag.AlignVCenter, "invalid: no output")
        elif state == "unknown":
            painter.setPen(dim)
            text = "no shape: an earlier layer is invalid"
            painter.drawText(QRect(x, y, right - x, small_h), Qt.AlignmentFlag.AlignVCenter, text)
        else:
            painter.setPen(QColor(WARNING_COLOR) if state == "warning" else dim)
            marker = "  ⚠" if state == "warning" else ""
            painter.drawText(QRect(x, y, right - x, small_h), Qt.AlignmentFlag.AlignVCenter, f"→ {shape}{marker}")
        if arguments and state != "unknown":
            text = arguments if index.data(TITLE_ROLE) else f"ƒ {arguments}"  # a step's note as is
            shape_w = small_metrics.horizontalAdvance(f"→ {shape}  ⚠   ")
            room = max(right - x - shape_w, 0)
            elided = small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setPen(mix(accent, text_color, 0.25))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(right - room, y, room, small_h), align, elided)

        error = index.data(ERROR_ROLE)
        if error:
            y += small_h + LINE_GAP
            box = self._error_rect(error, small_font)
            painter.setPen(QColor(ERROR_COLOR))
            painter.drawText(QRect(x, y, self._text_width(), box.height()), Qt.TextFlag.TextWordWrap, error)
        painter.restore()
