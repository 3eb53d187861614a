"""Painting a graph's arcs in the gutter left of the cards: from where a value is computed to the
step that reads it, in its lane (gui.editor.step_rows chose lanes so nested skips nest), with the
value's shape along it. An arc into the invalid step is drawn in the error colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from gui.style import ERROR_COLOR, mix

if TYPE_CHECKING:
    from gui.editor.block_view import BlockView
    from gui.editor.step_rows import Arc

ARC_LANE = 13  # pixels per lane
ARC_MARGIN = 10  # between the innermost lane and the cards
RADIUS = 5.0


def lane_x(view: BlockView, lane: int) -> float:
    return view.arc_gutter() - ARC_MARGIN + 2 - lane * ARC_LANE - ARC_LANE / 2


class CardSpans:
    """Viewport top and height of each card, for the arcs of one paint. While every card is as
    tall as the next, two cards' rectangles give all of them (Qt's visualRect asks the model
    for its row count several times per call, and a paint asks for twenty)."""

    def __init__(self, view: BlockView) -> None:
        self.view = view
        self._known: dict[int, tuple[int, int]] = {}
        self._pitch: tuple[int, int, int] | None = None  # first top, step, height
        if view.uniformItemSizes() and view.block_model.rowCount() >= 2:
            first, second = self._measured(0), self._measured(1)
            self._pitch = (first[0], second[0] - first[0], first[1])

    def _measured(self, row: int) -> tuple[int, int]:
        rect = self.view.visualRect(self.view.block_model.index(row))
        return rect.top(), rect.height()

    def __call__(self, row: int) -> tuple[int, int]:
        if self._pitch is not None:
            top, step, height = self._pitch
            return top + row * step, height
        if row not in self._known:
            self._known[row] = self._measured(row)
        return self._known[row]


def arc_ends(view: BlockView, source: int, target: int, spans: CardSpans | None = None) -> tuple[float, float]:
    """Viewport y where an arc leaves its source (forward's x: above the first card) and enters its target."""
    spans = CardSpans(view) if spans is None else spans
    to_top, to_height = spans(target)
    if source < 0:
        start = spans(0)[0] + 2
    else:
        from_top, from_height = spans(source)
        start = from_top + from_height * 0.7
    return start, to_top + to_height * 0.3


def source_point(view: BlockView, arc: Arc) -> QPointF:
    """Where the arc starts: the handle a learner drags onto another card to rewire the step."""
    y0, _ = arc_ends(view, arc.source, arc.target)
    return QPointF(lane_x(view, arc.lane) if arc.source < 0 else view.arc_gutter() - 3.0, y0)


def arc_at(view: BlockView, pos: QPointF, reach: float = 7.0) -> Arc | None:
    """The arc whose start is under `pos` (viewport coordinates), if any."""
    rows = view.block_model.rows if view.block_model.is_graph else None
    if rows is None:
        return None
    for arc in rows.arcs:
        point = source_point(view, arc)
        if abs(point.x() - pos.x()) <= reach and abs(point.y() - pos.y()) <= reach:
            return arc
    return None


def paint_arcs(view: BlockView, painter: QPainter, area: QRect) -> None:
    """The arcs that pass through `area` (viewport coordinates): an edit repaints them all."""
    rows = view.block_model.rows
    if rows is None:
        return
    palette = view.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    normal = mix(text, base, 0.4)
    selected = set(view.selected_rows())
    font = QFont(view.font())
    font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
    metrics = QFontMetrics(font)
    font_key = font.key()
    spans = CardSpans(view)
    painter.save()
    painter.setFont(font)
    card_x = view.arc_gutter() + 1.5
    for arc in rows.arcs:
        color = QColor(ERROR_COLOR) if arc.error else normal
        if arc.target in selected or arc.source in selected:
            color = QColor(ERROR_COLOR) if arc.error else palette.color(QPalette.ColorRole.Highlight)
        y0, y1 = arc_ends(view, arc.source, arc.target, spans)
        if y1 + 4 < area.top() or y0 - 4 > area.bottom():
            continue
        pen = QPen(color, 2.0 if arc.error or arc.target in selected else 1.4)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x = lane_x(view, arc.lane)
        path = QPainterPath()
        if arc.source < 0:
            path.moveTo(x, y0)
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x, y0), 2.5, 2.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            path.moveTo(card_x, y0)
            path.lineTo(x + RADIUS, y0)
            path.quadTo(x, y0, x, y0 + RADIUS)
        path.lineTo(x, y1 - RADIUS)
        path.quadTo(x, y1, x + RADIUS, y1)
        path.lineTo(card_x - 1, y1)
        painter.drawPath(path)
        head = QPolygonF([QPointF(card_x, y1), QPointF(card_x - 6, y1 - 3.5), QPointF(card_x - 6, y1 + 3.5)])
        painter.setBrush(color)
        painter.drawPolygon(head)
        # the value's shape along the arc, where there is room for it
        label = arc.shape
        length = y1 - y0 - 2 * RADIUS
        label_w = view.arc_labels.width(label, font, font_key)
        if label_w + 8 < length:
            painter.save()
            painter.translate(x - 3, (y0 + y1) / 2)
            painter.rotate(-90)
            width = label_w + 6
            box = QRectF(-width / 2, -metrics.height() + 2, width, metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            painter.drawRect(box)
            painter.setPen(color)
            line = (box.left() + 3, box.top(), label_w, box.height())
            view.arc_labels.draw(painter, line, label, font, font_key)
            painter.restore()
    dragged = view.dragged_arc
    if dragged is not None:  # rewiring: a dashed line from the arc's start to the mouse
        arc, mouse = dragged
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(source_point(view, arc), mouse)
    painter.restore()
