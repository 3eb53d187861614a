"""BlockView: the block as a vertical list of layer cards, edited by drag and drop and keys.

Drops go through the model's dropMimeData (the same path tests use). The view only works out
*where* a drop lands and draws the insertion line there; it keeps no layers of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from gui.document.document import BlockDocument
from gui.editor.arcs import ARC_LANE, ARC_MARGIN, arc_at, paint_arcs
from gui.editor.block_model import QtBlockModel
from gui.editor.card_delegate import LayerCardDelegate
from gui.editor.step_rows import Arc
from gui.language import retranslate_on_language_change
from gui.static_texts import StaticTexts
from gui.style import mix

SPACING = 3


class BlockView(QListView):
    """Cards for the document's layers; selection drives `document.current_layer`."""

    selectionChangedRows = Signal(list)  # the selected rows after any selection change

    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockView")
        self.document = document
        self.block_model = QtBlockModel(document)
        self.setModel(self.block_model)
        self.setItemDelegate(LayerCardDelegate(self))
        self.setSpacing(SPACING)
        self.setUniformItemSizes(True)  # until a card shows an error (_on_document_changed)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # cards are as wide as the view; a scroll bar appearing must not make them overflow
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # we draw our own line between cards
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)  # cards tint under the mouse
        self.setMinimumWidth(240)
        self._drop_row: int | None = None
        self._syncing = False
        self._error_signature: tuple | None = None
        self._arc_drag: tuple[Arc, QPointF] | None = None
        self.arc_labels = StaticTexts()  # the shapes along the arcs, laid out once each

        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.selectionModel().currentChanged.connect(lambda *_: self._on_selection_changed())
        document.currentLayerChanged.connect(self._show_current_layer)
        document.selectionRequested.connect(self.select_rows)
        document.changed.connect(self._on_document_changed)
        self._make_actions()
        self._on_document_changed()  # a block that opens with an error needs measured cards

    # ---- actions -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(keys: QKeySequence | str, slot) -> QAction:  # noqa: ANN001
            act = QAction(self)  # its text is set in retranslate_ui
            act.setShortcut(QKeySequence(keys))
            # only while the cards have focus: Delete in a text field must still delete text
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.delete_action = action(QKeySequence.StandardKey.Delete, self.delete_selected)
        self.duplicate_action = action("Ctrl+D", self.duplicate_selected)
        self.move_up_action = action("Alt+Up", lambda: self.move_selected(-1))
        self.move_down_action = action("Alt+Down", lambda: self.move_selected(1))
        self.select_all_action = action(QKeySequence.StandardKey.SelectAll, self.select_all)
        self.wrap_action = action("Ctrl+R", self.wrap_selected)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()
        self._update_actions()

    def retranslate_ui(self) -> None:
        self.delete_action.setText(self.tr("&Delete Layer"))
        self.duplicate_action.setText(self.tr("D&uplicate Layer"))
        self.move_up_action.setText(self.tr("Move Layer &Up"))
        self.move_down_action.setText(self.tr("Move Layer Do&wn"))
        self.select_all_action.setText(self.tr("Select &All Layers"))
        self.wrap_action.setText(self.tr("Wrap in &Residual"))
        self.wrap_action.setStatusTip(
            self.tr("identity = x before the selected cards, out = out + identity after them")
        )
        self.viewport().update()  # the empty block's hint

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.selectionModel().selectedRows())

    def select_all(self) -> None:
        """Every card, the last one current (Ctrl+A: the run Wrap in Residual acts on)."""
        self.select_rows(list(range(self.block_model.rowCount())))

    def wrap_selected(self) -> None:
        """Ctrl+R: the selected run of cards becomes the main path of a residual."""
        self.document.wrap_in_residual(self.selected_rows())

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        self.document.remove_rows(rows)
        count = self.block_model.rowCount()
        if rows and count:  # the card that took the first deleted one's place is current: keys keep working
            self.select_rows([min(rows[0], count - 1)])

    def duplicate_selected(self) -> None:
        self.document.duplicate_rows(self.selected_rows())

    def move_selected(self, delta: int) -> None:
        self.document.shift_rows(self.selected_rows(), delta)

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        count = self.block_model.rowCount()
        for act in (self.delete_action, self.duplicate_action):
            act.setEnabled(bool(rows))
        self.select_all_action.setEnabled(count > 0)
        movable = bool(rows) and not self.block_model.is_graph  # steps read values above: no reordering
        self.move_up_action.setEnabled(movable and rows[0] > 0)
        self.move_down_action.setEnabled(movable and rows[-1] < count - 1)
        self.wrap_action.setEnabled(bool(rows) and rows == list(range(rows[0], rows[-1] + 1)))

    # ---- selection <-> document.current_layer ---------------------------------------------

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly `rows`, the last one current (none: block settings)."""
        if rows and rows == self.selected_rows() and self.currentIndex().row() == rows[-1]:
            # a parameter edit re-selects its own card: selecting and scrolling again would
            # lay out all the cards (a third of an edit's time at 50 layers) to change nothing
            self._on_selection_changed()
            return
        selection = QItemSelection()
        for row in rows:
            index = self.block_model.index(row)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flags.ClearAndSelect)
        if rows:
            last = self.block_model.index(rows[-1])
            self.selectionModel().setCurrentIndex(last, flags.NoUpdate)
            self.scrollTo(last)
        else:
            self.selectionModel().setCurrentIndex(QModelIndex(), flags.NoUpdate)
        self._on_selection_changed()

    def _on_selection_changed(self, *args: object) -> None:
        if self._syncing:
            return
        rows = self.selected_rows()
        current = self.currentIndex().row()
        if current not in rows:
            current = rows[-1] if rows else -1
        self._syncing = True
        try:
            self.document.set_current_layer(current)
        finally:
            self._syncing = False
        self._update_actions()
        self.selectionChangedRows.emit(rows)

    def _show_current_layer(self, row: int) -> None:
        if self._syncing or row in self.selected_rows() and self.currentIndex().row() == row:
            return
        self.select_rows([row] if row >= 0 else [])

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] = ()) -> None:  # noqa: N802
        """Repaint the cards. While every card is as tall as the next, a change of text cannot
        change the layout: skip QListView's relayout, which Qt does on every change and which
        puts the repaint off to a later pass of the event loop (after a layout of the whole
        window), and Qt's search for the changed cards' rectangles (half a millisecond at 50
        cards): an edit changes the shapes of most cards and of the arcs beside them. A screen
        reader still hears of the change through Qt's own handling. Otherwise (a card shows an
        error or members) lay out as Qt does."""
        if self.uniformItemSizes():
            if QAccessible.isActive():
                QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
            self.viewport().update()
        else:
            super().dataChanged(top_left, bottom_right, list(roles))

    def _on_document_changed(self) -> None:
        # a card's height depends on its error text: lay out again when that changes
        error = self.document.analysis.error
        signature: tuple | None = (
            (error.index, error.message) if error is not None and error.index is not None else None
        )
        rows = self.block_model.rows if self.block_model.is_graph else None
        groups = tuple(row for row, card in enumerate(rows.cards) if card.members) if rows is not None else ()
        if groups:
            signature = (signature, groups)
        if signature != self._error_signature:
            self._error_signature = signature
            # every card is as tall as the next unless one shows its error or a container's
            # members: then, and only then, measure each card (Qt re-measures all of them on
            # every dataChanged)
            self.setUniformItemSizes(signature is None)
            self.doItemsLayout()
        self._update_actions()

    # ---- drag and drop -----------------------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        indexes = self.selectionModel().selectedRows()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.block_model.mimeData(indexes))
        first = self.visualRect(indexes[0])
        pixmap = QPixmap(first.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(Qt.GlobalColor.transparent)
        self.viewport().render(pixmap, QPoint(), first)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(20, first.height() // 2))
        # the drop moves the rows itself (one undo step); nothing to remove here afterwards
        drag.exec(Qt.DropAction.MoveAction)

    @property
    def drop_indicator_row(self) -> int | None:
        """Where the insertion line is drawn during a drag (None: no drag over the view)."""
        return self._drop_row

    def drop_row_at(self, pos: QPoint) -> int:
        """The row a drop at viewport position `pos` inserts before (rowCount(): the end)."""
        count = self.block_model.rowCount()
        index = self.indexAt(pos)
        if not index.isValid():
            # in a gap or below the last card: the nearest gap
            for row in range(count):
                rect = self.visualRect(self.block_model.index(row))
                if pos.y() < rect.center().y():
                    return row
            return count
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    def _accepts(self, event: QDragMoveEvent | QDropEvent) -> bool:
        data = event.mimeData()
        return self.block_model.canDropMimeData(data, event.dropAction(), -1, 0, QModelIndex())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        self._drop_row = self.drop_row_at(event.position().toPoint())
        event.acceptProposedAction()
        self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_row = None
        self.viewport().update()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_row = None
        self.viewport().update()
        if not self._accepts(event):
            event.ignore()
            return
        row = self.drop_row_at(event.position().toPoint())
        done = self.block_model.dropMimeData(event.mimeData(), event.dropAction(), row, 0, QModelIndex())
        if done:
            # CopyAction: the source must not delete anything after a move we already made
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.setFocus()
        else:
            event.ignore()

    # ---- painting -------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        # wrapped error text changes height with the width
        if self._error_signature is not None:
            self.doItemsLayout()

    # ---- rewiring: drag where an arc starts onto another card ---------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        arc = arc_at(self, event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if arc is None:
            super().mousePressEvent(event)
            return
        self._arc_drag = (arc, event.position())
        self.viewport().update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._arc_drag is None:
            super().mouseMoveEvent(event)
            return
        self._arc_drag = (self._arc_drag[0], event.position())
        self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._arc_drag is None:
            super().mouseReleaseEvent(event)
            return
        arc, _ = self._arc_drag
        self._arc_drag = None
        self.viewport().update()
        event.accept()
        index = self.indexAt(QPoint(self.viewport().width() // 2, int(event.position().y())))
        steps = self.document.block.steps or []
        if not index.isValid() or index.row() >= arc.target or arc.target >= len(steps):
            return  # a step can only read a value computed above it
        inputs = list(steps[arc.target].inputs)
        inputs[arc.slot] = steps[index.row()].uid
        self.document.set_step_inputs(arc.target, inputs)

    @property
    def dragged_arc(self) -> tuple[Arc, QPointF] | None:
        """The arc being rewired and where the mouse is (None: no drag)."""
        return self._arc_drag

    def arc_gutter(self) -> int:
        """Pixels left of the cards where a graph's arcs run (0 for a chain)."""
        rows = self.block_model.rows if self.block_model.is_graph else None
        return 0 if rows is None or not rows.arcs else ARC_MARGIN + rows.lanes * ARC_LANE

    def paintEvent(self, event: QPaintEvent) -> None:
        delegate = self.itemDelegate()
        delegate.begin_paint()
        try:
            super().paintEvent(event)
        finally:
            delegate.end_paint()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self.arc_gutter():
            paint_arcs(self, painter, event.rect())
        if self.block_model.rowCount() == 0:
            painter.setPen(mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45))
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("The block is empty.\n\nDrag layers here from the palette,\nor double-click one."),
            )
        if self._drop_row is not None:
            y = self._indicator_y(self._drop_row)
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(10, y, self.viewport().width() - 10, y)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(QRect(4, y - 4, 8, 8))
        painter.end()

    def _indicator_y(self, row: int) -> int:
        count = self.block_model.rowCount()
        if count == 0:
            return 8
        if row >= count:
            return self.visualRect(self.block_model.index(count - 1)).bottom() + SPACING + 1
        return self.visualRect(self.block_model.index(row)).top() - SPACING
