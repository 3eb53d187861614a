"""SummaryTable: the analysis per layer (kind, output shape, params, mult-adds, memory) and totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.analysis.formatting import bytes_text, grouped, shape_text, short
from gui.document.document import BlockDocument
from gui.style import ERROR_COLOR, WARNING_COLOR

COLUMNS = ("#", "Layer", "Output shape", "Params", "Mult-adds", "Activations")
NUMERIC = {0, 3, 4, 5}

Index = QModelIndex | QPersistentModelIndex


class SummaryModel(QAbstractTableModel):
    """Rows: one per layer of the block, then a totals row. Reads the document's analysis."""

    def __init__(self, document: BlockDocument) -> None:
        super().__init__(document)
        self.document = document
        self._rows: list[tuple[tuple[str, ...], str | None, str | None]] = []
        self._rebuild()
        document.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        """Cell texts, each row with its tooltip and state (None, "warning", "error", "unknown")."""
        analysis = self.document.analysis
        error = analysis.error
        rows: list[tuple[tuple[str, ...], str | None, str | None]] = []
        for index, layer in enumerate(self.document.block.layers):
            if index < len(analysis.layers):
                r = analysis.layers[index]
                cells = (
                    str(index + 1),
                    layer.kind,
                    shape_text(r.output_shape),
                    grouped(r.params),
                    grouped(r.mult_adds),
                    bytes_text(r.activation_bytes),
                )
                state = "warning" if r.warning else None
                rows.append((cells, r.warning, state))
            elif error is not None and error.index == index:
                rows.append(((str(index + 1), layer.kind, "invalid", "", "", ""), error.message, "error"))
            else:
                rows.append(((str(index + 1), layer.kind, "—", "", "", ""), "an earlier layer is invalid", "unknown"))
        total_macs = analysis.total_mult_adds
        totals = (
            "",
            "Total",
            shape_text(analysis.output_shape) if analysis.ok else "—",
            grouped(analysis.total_params),
            f"{grouped(total_macs)} ({short(total_macs)})" if total_macs >= 1000 else grouped(total_macs),
            bytes_text(analysis.total_activation_bytes),
        )
        rows.append((totals, "Totals over the layers that have a shape", "total"))
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells, tip, state = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "error":
                return QColor(ERROR_COLOR)
            if state == "warning" and column == 2:
                return QColor(WARNING_COLOR)
        if role == Qt.ItemDataRole.FontRole and state == "total":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight if section in NUMERIC else Qt.AlignmentFlag.AlignLeft)
        return None

    def cell(self, row: int, column: int) -> str:
        """The text shown in one cell (for tests and copying)."""
        return self._rows[row][0][column]


class SummaryTable(QTableView):
    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTable")
        self.summary_model = SummaryModel(document)
        self.setModel(self.summary_model)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else; arrows move in it
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # ResizeToContents would measure every cell on every edit (2,500 calls at 50 layers);
        # the texts are known here, so size the columns from them directly
        self.summary_model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        # clicking a layer's row selects that layer everywhere
        self.clicked.connect(lambda index: document.set_current_layer(index.row()))

    def _fit_columns(self) -> None:
        model = self.summary_model
        bold = QFont(self.font())
        bold.setBold(True)
        plain_metrics, bold_metrics = self.fontMetrics(), QFontMetrics(bold)
        header_metrics = self.horizontalHeader().fontMetrics()
        for column in range(len(COLUMNS)):
            if column == 1:  # the kind column stretches
                continue
            widest = header_metrics.horizontalAdvance(COLUMNS[column]) + 24
            last = model.rowCount() - 1
            for row in range(model.rowCount()):
                metrics = bold_metrics if row == last else plain_metrics
                widest = max(widest, metrics.horizontalAdvance(model.cell(row, column)) + 16)
            if self.columnWidth(column) != widest:
                self.setColumnWidth(column, widest)
