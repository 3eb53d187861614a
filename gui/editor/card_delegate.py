"""LayerCardDelegate: paints one layer of the block as a card.

A card shows the kind, its key parameters (e.g. `16, 3x3, s1, p1`), its output shape and the
parameters promoted to `__init__` arguments. An invalid layer gets a red frame and its error in
words; the layers after it say they have no shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.editor.block_model import CARD_ROLE, ERROR_ROLE, MEMBERS_ROLE
from gui.static_texts import StaticTexts
from gui.style import ERROR_COLOR, WARNING_COLOR, icon, kind_color, mix

PAD = 8  # inside a card
ICON = 26
LINE_GAP = 3
RADIUS = 6.0
GROUP_PAD = 4  # inside a container's frame
MEMBER_GAP = 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _CardColors:
    fill: QColor
    stripe: QColor
    border: QColor
    border_width: float
    text: QColor
    dim: QColor
    params: QColor
    note: QColor
    behind: QColor  # the view's background, in the card's corners


class LayerCardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._font_cache: dict[str, tuple] = {}
        self._texts = StaticTexts()
        self._color_cache: dict[tuple, _CardColors] = {}
        self._background_cache: dict[tuple, QPixmap] = {}
        self._icon_cache: dict[tuple, QPixmap] = {}
        self._frame: tuple | None = None  # what the cards of one paint event share (begin_paint)

    # ---- geometry ------------------------------------------------------------------------

    def _fonts(self, font: QFont) -> tuple:
        """Title, body and small fonts with the title's and small's metrics and the three fonts'
        keys, made once per font (a 50-card repaint otherwise builds hundreds of QFont and
        QFontMetrics objects)."""
        key = font.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            title = QFont(font)
            title.setBold(True)
            small = QFont(font)
            small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
            body = QFont(font)
            keys = (title.key(), body.key(), small.key())
            fonts = self._font_cache[key] = (title, body, small, QFontMetrics(title), QFontMetrics(small), keys)
        return fonts

    def _text_width(self) -> int:
        gutter = getattr(self.view, "arc_gutter", lambda: 0)()
        return max(120, self.view.viewport().width() - gutter - 2 * self.view.spacing() - 3 * PAD - ICON - 6)

    def _error_rect(self, text: str, font: QFont) -> QRect:
        return QFontMetrics(font).boundingRect(QRect(0, 0, self._text_width(), 2000), Qt.TextFlag.TextWordWrap, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _, _, small, title_metrics, small_metrics, _ = self._fonts(option.font)
        height = PAD + title_metrics.height() + LINE_GAP + small_metrics.height() + PAD
        error = index.data(ERROR_ROLE)
        if error:
            height += LINE_GAP + self._error_rect(error, small).height()
        members = index.data(MEMBERS_ROLE)
        if members:  # a container: its members in a frame below the card's lines
            height += LINE_GAP + GROUP_PAD * 2 + len(members) * (small_metrics.height() + MEMBER_GAP)
        width = self.view.viewport().width() - 2 * self.view.spacing()
        return QSize(max(width, 160), max(height, ICON + 2 * PAD))

    # ---- painting --------------------------------------------------------------------------

    def _colors(self, option: QStyleOptionViewItem, kind: str, state: str | None, palette_key: int) -> _CardColors:
        """The card's colours for its kind, state and selection, worked out once per combination
        (a repaint of 50 cards otherwise mixes hundreds of colours)."""
        flags = option.state
        selected = bool(flags & QStyle.StateFlag.State_Selected)
        hover = bool(flags & QStyle.StateFlag.State_MouseOver) and not selected
        key = (palette_key, kind, state, selected, hover)
        colors = self._color_cache.get(key)
        if colors is None:
            palette = option.palette
            accent = kind_color(kind)
            base = palette.color(QPalette.ColorRole.Base)
            text = palette.color(QPalette.ColorRole.Text)
            highlight = palette.color(QPalette.ColorRole.Highlight)
            fill = mix(base, highlight, 0.16) if selected else mix(base, accent, 0.05) if hover else base
            border = highlight if selected else mix(base, text, 0.22)
            colors = _CardColors(
                fill=fill,
                stripe=accent if state != "unknown" else mix(accent, base, 0.6),
                border=QColor(ERROR_COLOR) if state == "error" else border,
                border_width=2.0 if selected or state == "error" else 1.0,
                text=text,
                dim=mix(text, base, 0.45),
                params=mix(text, base, 0.2),
                note=mix(accent, text, 0.25),
                behind=base,
            )
            if len(self._color_cache) > 512:
                self._color_cache.clear()
            self._color_cache[key] = colors
        return colors

    def _background(self, rect: QRectF, colors: _CardColors, painter: QPainter) -> QPixmap:
        """The card's frame, fill and kind stripe on the view's background, drawn once per size
        and colours: an antialiased rounded rectangle is the costliest thing a card draws
        (0.2-0.4 ms at these sizes), and an edit repaints every card on screen while their sizes
        stay the same."""
        ratio = painter.device().devicePixelRatioF()
        painted = (
            colors.fill.rgba(),
            colors.stripe.rgba(),
            colors.border.rgba(),
            colors.border_width,
            colors.behind.rgba(),
        )
        key = (round(rect.width() * 2), round(rect.height() * 2), painted, ratio)
        pixmap = self._background_cache.get(key)
        if pixmap is None:
            pixmap = QPixmap(QSize(math.ceil(rect.width() + 3), math.ceil(rect.height() + 3)) * ratio)
            pixmap.setDevicePixelRatio(ratio)
            # opaque: the view's background in the corners makes drawing it a plain copy
            pixmap.fill(colors.behind)
            frame = QRectF(1.5, 1.5, rect.width(), rect.height())
            background = QPainter(pixmap)
            background.setRenderHint(QPainter.RenderHint.Antialiasing)
            background.setPen(QPen(colors.border, colors.border_width))
            background.setBrush(colors.fill)
            background.drawRoundedRect(frame, RADIUS, RADIUS)
            # the kind's colour as a stripe along the left edge, inside the border
            inset = colors.border_width
            stripe = QRectF(frame.left() + inset, frame.top() + RADIUS, 4, frame.height() - 2 * RADIUS)
            background.fillRect(stripe, colors.stripe)
            background.end()
            if len(self._background_cache) > 256:
                self._background_cache.clear()
            self._background_cache[key] = pixmap
        return pixmap

    def _icon(self, kind: str, enabled: bool, painter: QPainter) -> QPixmap:
        """The kind's icon at card size, rendered once (QIcon looks its pixmap up anew each time)."""
        ratio = painter.device().devicePixelRatioF()
        key = (kind, enabled, ratio)
        pixmap = self._icon_cache.get(key)
        if pixmap is None:
            mode = QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled
            pixmap = self._icon_cache[key] = icon(kind).pixmap(QSize(ICON, ICON), ratio, mode)
        return pixmap

    def begin_paint(self) -> None:
        """Work out once per paint event what all its cards share (the view calls this first):
        a card otherwise asks for the fonts, the palette and the view's geometry every time."""
        view = self.view
        gutter = view.arc_gutter() if hasattr(view, "arc_gutter") else 0
        self._frame = (
            self._fonts(view.font()),
            view.palette().cacheKey(),
            gutter,
            view.viewport().width() - view.spacing() - 1.5,
        )

    def end_paint(self) -> None:
        self._frame = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        frame = self._frame
        if frame is None:  # painted outside the view's paint event (a test, a drag pixmap)
            self.begin_paint()
            frame, self._frame = self._frame, None
        fonts, palette_key, gutter, right_limit = frame  # type: ignore[misc]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = index.data(CARD_ROLE) or ("", "", "", "", "", None, "", ())
        kind, title, params, shape, arguments, error, state, members = card
        colors = self._colors(option, kind, state, palette_key)
        dim = colors.dim

        # a graph's arcs run in a gutter left of the cards
        rect = QRectF(option.rect).adjusted(1.5 + gutter, 1.5, -1.5, -1.5)
        # the layout may predate a vertical scroll bar: never paint past the viewport
        rect.setRight(min(rect.right(), right_limit))
        painter.drawPixmap(int(rect.left() - 1.5), int(rect.top() - 1.5), self._background(rect, colors, painter))

        title_font, body_font, small_font, title_metrics, small_metrics = fonts[:5]
        title_key, body_key, small_key = fonts[5]
        texts = self._texts
        left = int(rect.left()) + 5 + PAD
        top = int(rect.top()) + PAD
        painter.drawPixmap(left, top, self._icon(kind, state != "unknown", painter))
        x = left + ICON + PAD
        right = int(rect.right()) - PAD
        title_h = title_metrics.height()
        small_h = small_metrics.height()

        # line 1: kind (a step's statement), key parameters, and the row number at the right
        number = f"#{index.row() + 1}"
        painter.setPen(dim)
        number_w = texts.draw(painter, (x, top, right - x, title_h), number, small_font, small_key, align_right=True)
        painter.setPen(colors.text)
        kind_text = title or kind
        kind_w = texts.draw(painter, (x, top, right - number_w - PAD - x, title_h), kind_text, title_font, title_key)
        kind_w += title_metrics.horizontalAdvance("  ")
        painter.setPen(colors.params)
        room = right - number_w - PAD - (x + kind_w)
        if params and room > 0:
            texts.draw(painter, (x + kind_w, top, room, title_h), params, body_font, body_key)

        # line 2: output shape (or why there is none) and promoted arguments
        y = top + title_h + LINE_GAP
        if state == "error":
            painter.setPen(QColor(ERROR_COLOR))
            shape_text = self.tr("invalid: no output")
        elif state == "unknown":
            painter.setPen(dim)
            shape_text = self.tr("no shape: an earlier layer is invalid")
        else:
            painter.setPen(QColor(WARNING_COLOR) if state == "warning" else dim)
            shape_text = f"→ {shape}{'  ⚠' if state == 'warning' else ''}"
        texts.draw(painter, (x, y, right - x, small_h), shape_text, small_font, small_key)
        if arguments and state != "unknown":
            text = arguments if title else f"ƒ {arguments}"  # a step's note as is
            shape_w = texts.width(f"→ {shape}  ⚠   ", small_font, small_key)
            room = max(right - x - shape_w, 0)
            painter.setPen(colors.note)
            texts.draw(painter, (right - room, y, room, small_h), text, small_font, small_key, align_right=True)

        y += small_h
        if error:
            y += LINE_GAP
            box = self._error_rect(error, small_font)
            painter.setFont(small_font)
            painter.setPen(QColor(ERROR_COLOR))
            painter.drawText(QRect(x, y, self._text_width(), box.height()), Qt.TextFlag.TextWordWrap, error)
            y += box.height()
        if members:
            self._paint_members(painter, members, QRectF(x - 4, y + LINE_GAP, right - x + 4, 0), colors, small_font)
        painter.restore()

    def _paint_members(
        self, painter: QPainter, members: tuple, frame: QRectF, colors: _CardColors, font: QFont
    ) -> None:
        """A container's members as small rows in a frame (the frame's name is the card's title)."""
        metrics = QFontMetrics(font)
        row_h = metrics.height() + MEMBER_GAP
        frame.setHeight(GROUP_PAD * 2 + len(members) * row_h - MEMBER_GAP)
        pen = QPen(colors.dim, 1.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, 4, 4)
        painter.setFont(font)
        y = frame.top() + GROUP_PAD
        for kind, text in members:
            left = int(frame.left()) + GROUP_PAD
            size = metrics.height()
            icon(kind).paint(painter, QRect(left, int(y), size, size), Qt.AlignmentFlag.AlignCenter)
            painter.setPen(colors.params)
            rect = QRect(left + size + 6, int(y), int(frame.width()) - size - 2 * GROUP_PAD - 6, size)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            )
            y += row_h
