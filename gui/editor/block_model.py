"""QtBlockModel: a list-model adapter over the live Block, in the style of napari's QtListModel.

It keeps no copy of the layers: rowCount and data read `document.block` directly, and the
Block's inserting/inserted/... events become beginInsertRows/endInsertRows/... Drag and drop
is `mimeData`/`dropMimeData`, so tests can drive drops without a mouse.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from core.analysis.formatting import shape_text
from core.layers.registry import LAYER_KINDS
from core.model.block import BlockEvent
from gui.document.document import BlockDocument

KIND_MIME = "application/x-block-studio-kind"  # palette -> block: JSON list of layer kind names
ROWS_MIME = "application/x-block-studio-rows"  # block -> block: JSON {"document": id, "rows": [...]}

Index = QModelIndex | QPersistentModelIndex

# item data roles the card delegate reads
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_PARAMS_ROLE = Qt.ItemDataRole.UserRole + 2
SHAPE_ROLE = Qt.ItemDataRole.UserRole + 3  # output shape text, "" when unknown
ERROR_ROLE = Qt.ItemDataRole.UserRole + 4  # this layer's error in words, or None
STATE_ROLE = Qt.ItemDataRole.UserRole + 5  # "ok", "warning", "error" or "unknown" (after an error)
ARGUMENTS_ROLE = Qt.ItemDataRole.UserRole + 6  # "kernel_size, stride" when promoted


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

    @property
    def block(self):  # noqa: ANN201 - the live core Block
        return self.document.block

    # ---- Block events -> Qt row signals ----------------------------------------------------

    def _on_block_event(self, event: BlockEvent) -> None:
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
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    # ---- reading -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.block.layers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.block.layers):
            return None
        layer = self.block.layers[row]
        if role in (Qt.ItemDataRole.DisplayRole, KIND_ROLE):
            return layer.kind
        if role == CARD_PARAMS_ROLE:
            return LAYER_KINDS[layer.kind].card_params(layer.resolved())
        if role == ARGUMENTS_ROLE:
            return ", ".join(layer.arguments)
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
            return "No output shape: an earlier layer is invalid."
        text = f"{shape_text(report.input_shape)} -> {shape_text(report.output_shape)}"
        return f"{text}\n{report.warning}" if report.warning else text

    # ---- drag and drop -----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

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
        if row < 0 or row > len(self.block.layers):
            row = len(self.block.layers)
        kinds = self._drop_kinds(data)
        if kinds:
            self.document.add_layers(row, list(kinds))
            return True
        rows = self._drop_rows(data)
        if rows:
            return self.document.move_rows(rows, row)
        return False

    def _drop_kinds(self, data: QMimeData) -> list[str] | None:
        if not data.hasFormat(KIND_MIME):
            return None
        kinds = _decode(data, KIND_MIME)
        if not isinstance(kinds, list) or not kinds or not all(k in LAYER_KINDS for k in kinds):
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
        count = len(self.block.layers)
        if not isinstance(rows, list) or not rows or not all(isinstance(r, int) and 0 <= r < count for r in rows):
            return None
        return rows
