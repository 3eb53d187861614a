"""QtBlockModel: a list-model adapter over the live Block, in the style of napari's QtListModel.

It keeps no copy of the layers: rowCount and data read `document.block` directly, and the
Block's inserting/inserted/... events become beginInsertRows/endInsertRows/... Drag and drop
is `mimeData`/`dropMimeData`, so tests can drive drops without a mouse.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.analysis.formatting import shape_text
from core.layers.registry import LAYER_KINDS
from core.model.block import BlockEvent
from core.model.step_editing import STEP_KINDS
from core.model.steps import Step
from gui.document.document import BlockDocument
from gui.editor.step_rows import StepRows, step_rows

KIND_MIME = "application/x-block-studio-kind"  # palette -> block: JSON list of layer kind names
ROWS_MIME = "application/x-block-studio-rows"  # block -> block: JSON {"document": id, "rows": [...]}

Index = QModelIndex | QPersistentModelIndex

# item data roles the card delegate reads
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_PARAMS_ROLE = Qt.ItemDataRole.UserRole + 2
SHAPE_ROLE = Qt.ItemDataRole.UserRole + 3  # output shape text, "" when unknown
ERROR_ROLE = Qt.ItemDataRole.UserRole + 4  # this layer's error in words, or None
STATE_ROLE = Qt.ItemDataRole.UserRole + 5  # "ok", "warning", "error" or "unknown" (after an error)
ARGUMENTS_ROLE = Qt.ItemDataRole.UserRole + 6  # "kernel_size, stride" when promoted; a step's note
TITLE_ROLE = Qt.ItemDataRole.UserRole + 7  # a step's card title ("self.conv1"); None for a flat layer
# everything a card paints in one call: (kind, title, params, shape, note/arguments, error, state)
CARD_ROLE = Qt.ItemDataRole.UserRole + 8
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 9  # a container step's members: ((kind, text), ...)


def kinds_mime(kinds: list[str]) -> QMimeData:
    """Mime data a palette drag carries."""
    data = QMimeData()
    data.setData(KIND_MIME, QByteArray(json.dumps(kinds).encode()))
    return data


def _decode(data: QMimeData, mime: str) -> Any:
    try:
        return json.loads(bytes(data.data(mime).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None


# every card's flags, combined once: Qt asks for each card on every paint
_CARD_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class QtBlockModel(QAbstractListModel):
    """The Block's layers as rows of a Qt list model (one column)."""

    def __init__(self, document: BlockDocument) -> None:
        super().__init__(document)
        self.document = document
        document.block.subscribe(self._on_block_event)
        # analysis and code are recomputed after the row change: refresh every card's text
        document.changed.connect(self._refresh_cards)
        # True between a begin*Rows and its end*Rows: no dataChanged may be sent then
        self._changing = False
        self._refresh_skipped = False
        # a graph block's rows are its forward steps, taken at each `changed` (a graph edit
        # swaps the whole block in one undo step, so a reset per structural edit is simplest)
        self._steps: list[Step] | None = None
        self.rows: StepRows | None = None
        self._sync_graph()

    @property
    def block(self):  # noqa: ANN201 - the live core Block
        return self.document.block

    # ---- Block events -> Qt row signals ----------------------------------------------------

    def _sync_graph(self) -> bool:
        """Take the graph's steps (and their cards' texts) anew; True if the rows were reset."""
        block = self.document.block
        steps = list(block.steps) if block.is_graph and block.steps is not None else None
        old = self._steps
        same_rows = old is not None and steps is not None and [s.uid for s in old] == [s.uid for s in steps]
        if same_rows:
            self._steps = steps
            self.rows = step_rows(block, self.document.analysis)
            return False
        if old is None and steps is None:
            return False
        self.beginResetModel()
        self._steps = steps
        self.rows = step_rows(block, self.document.analysis) if steps is not None else None
        self.endResetModel()
        return True

    @property
    def is_graph(self) -> bool:
        return self._steps is not None

    def _on_block_event(self, event: BlockEvent) -> None:
        row_event = event.type in ("inserting", "inserted", "removing", "removed", "moving", "moved", "layer_changed")
        # rows that are steps (or are about to be) are reset on `changed`; an empty run has no rows
        if row_event and (self._steps is not None or self.document.block.is_graph or event.count == 0):
            return
        root = QModelIndex()
        last = event.index + event.count - 1
        self._changing = event.type in ("inserting", "removing", "moving")
        if event.type == "inserting":
            self.beginInsertRows(root, event.index, last)
        elif event.type == "inserted":
            self.endInsertRows()
        elif event.type == "removing":
            self.beginRemoveRows(root, event.index, last)
        elif event.type == "removed":
            self.endRemoveRows()
        elif event.type == "moving":
            # Qt wants the row *before which* the run lands, counted before the move
            target = event.dest + event.count if event.dest > event.index else event.dest
            self.beginMoveRows(root, event.index, last, root, target)
        elif event.type == "moved":
            self.endMoveRows()
        elif event.type == "layer_changed":
            changed = self.index(event.index)
            self.dataChanged.emit(changed, changed)
        if not self._changing and self._refresh_skipped:
            self._refresh_cards()

    def _refresh_cards(self) -> None:
        # a Block edit made outside an undo step recomputes the document before our end*Rows
        if self._changing:
            self._refresh_skipped = True
            return
        self._refresh_skipped = False
        if self._sync_graph():
            return
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    # ---- reading -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._steps) if self._steps is not None else len(self.block.layers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if self._steps is not None and self.rows is not None:
            return self._step_data(row, role) if index.isValid() and 0 <= row < len(self._steps) else None
        if not index.isValid() or not 0 <= row < len(self.block.layers):
            return None
        layer = self.block.layers[row]
        if role == CARD_ROLE:
            return self._card(row)
        if role in (Qt.ItemDataRole.DisplayRole, KIND_ROLE):
            return layer.kind
        if role == CARD_PARAMS_ROLE:
            return LAYER_KINDS[layer.kind].card_params(layer.resolved())
        if role == ARGUMENTS_ROLE:
            return ", ".join(layer.arguments)
        if role in (SHAPE_ROLE, ERROR_ROLE, STATE_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self._analysis_data(row, role)
        return None

    def _card(self, row: int) -> tuple:
        """The card's texts in one tuple (kind, title, parameters, shape, note, error, state,
        container members): the delegate asks once per paint instead of eight times."""
        analysis = self.document.analysis
        error = analysis.error
        report = analysis.layers[row] if row < len(analysis.layers) else None
        is_error = error is not None and error.index == row
        state = "error" if is_error else "unknown" if report is None else "warning" if report.warning else "ok"
        shape = shape_text(report.output_shape) if report is not None else ""
        message = error.message if is_error and error is not None else None
        if self._steps is not None and self.rows is not None:
            card = self.rows.cards[row]
            return (card.kind, card.title, card.detail, shape, card.note, message, state, card.members)
        layer = self.block.layers[row]
        params = LAYER_KINDS[layer.kind].card_params(layer.resolved())
        return (layer.kind, None, params, shape, ", ".join(layer.arguments), message, state, ())

    def _step_data(self, row: int, role: int) -> Any:
        if role == CARD_ROLE:
            return self._card(row)
        card = self.rows.cards[row]  # type: ignore[union-attr]
        if role in (Qt.ItemDataRole.DisplayRole, KIND_ROLE):
            return card.kind
        if role == TITLE_ROLE:
            return card.title
        if role == MEMBERS_ROLE:
            return card.members
        if role == CARD_PARAMS_ROLE:
            return card.detail
        if role == ARGUMENTS_ROLE:
            return card.note
        if role in (SHAPE_ROLE, ERROR_ROLE, STATE_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self._analysis_data(row, role)
        return None

    def _analysis_data(self, row: int, role: int) -> Any:
        analysis = self.document.analysis
        error = analysis.error
        # the analysis may lag the rows by one Block event inside an undo step; it catches up
        # on `changed`, which refreshes every card
        report = analysis.layers[row] if row < len(analysis.layers) else None
        is_error = error is not None and error.index == row
        if role == ERROR_ROLE:
            return error.message if is_error and error is not None else None
        if role == SHAPE_ROLE:
            return shape_text(report.output_shape) if report is not None else ""
        if role == STATE_ROLE:
            if is_error:
                return "error"
            if report is None:
                return "unknown"
            return "warning" if report.warning else "ok"
        # tooltip
        if is_error and error is not None:
            return error.message
        if report is None:
            return QCoreApplication.translate("QtBlockModel", "No output shape: an earlier layer is invalid.")
        text = f"{shape_text(report.input_shape)} -> {shape_text(report.output_shape)}"
        return f"{text}\n{report.warning}" if report.warning else text

    # ---- drag and drop -----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CARD_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME, ROWS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        payload = {"document": id(self.document), "rows": rows}
        data.setData(ROWS_MIME, QByteArray(json.dumps(payload).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self._drop_kinds(data) is not None or self._drop_rows(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Insert palette kinds or move our own rows to sit before `row` (-1: the end)."""
        if parent.isValid():  # dropped onto a card: before it
            row = parent.row()
        if row < 0 or row > self.rowCount():
            row = self.rowCount()
        kinds = self._drop_kinds(data)
        if kinds:
            self.document.add_layers(row, list(kinds))
            return True
        rows = self._drop_rows(data)
        if rows and not self.is_graph:  # a step reads values above it: steps are not reordered by dragging
            return self.document.move_rows(rows, row)
        return False

    def _drop_kinds(self, data: QMimeData) -> list[str] | None:
        if not data.hasFormat(KIND_MIME):
            return None
        kinds = _decode(data, KIND_MIME)
        if not isinstance(kinds, list) or not kinds or not all(k in LAYER_KINDS or k in STEP_KINDS for k in kinds):
            return None
        return kinds

    def _drop_rows(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(ROWS_MIME):
            return None
        payload = _decode(data, ROWS_MIME)
        # rows only mean something in the document they were dragged from
        if not isinstance(payload, dict) or payload.get("document") != id(self.document):
            return None
        rows = payload.get("rows")
        count = self.rowCount()
        if not isinstance(rows, list) or not rows or not all(isinstance(r, int) and 0 <= r < count for r in rows):
            return None
        return rows
