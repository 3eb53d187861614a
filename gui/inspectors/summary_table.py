"""SummaryTable: the analysis per layer (kind, output shape, params, mult-adds, memory) and totals."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.analysis.formatting import bytes_text, grouped, shape_text, short
from core.analysis.graph_names import step_kind
from core.i18n import QT_TRANSLATE_NOOP
from core.model.block import Block
from gui.document.document import BlockDocument
from gui.inspectors.cell_painter import CellPainter
from gui.language import retranslate_on_language_change
from gui.style import ERROR_COLOR, WARNING_COLOR

# English, marked: the headers are translated where shown (`column_title`)
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("SummaryModel", "Layer"),
    QT_TRANSLATE_NOOP("SummaryModel", "Output shape"),
    QT_TRANSLATE_NOOP("SummaryModel", "Params"),
    QT_TRANSLATE_NOOP("SummaryModel", "Mult-adds"),
    QT_TRANSLATE_NOOP("SummaryModel", "Activations"),
)
NUMERIC = {0, 3, 4, 5}

Row = tuple[tuple[str, ...], str | None, str | None]  # cell texts, tooltip, state
_ROOT = QModelIndex()


def column_title(column: int) -> str:
    """A column's header in the current language."""
    return QCoreApplication.translate("SummaryModel", COLUMNS[column]) if column else COLUMNS[column]


def row_names(block: Block) -> list[str]:
    """The Layer column: a chain's kinds; a graph's steps, with what a step reads when that is
    not the step above ("add  <- 5, 6")."""
    if block.steps is None:
        return [layer.kind for layer in block.layers]
    names = []
    numbers = block.step_numbers()
    for number, step in enumerate(block.steps, 1):
        reads = block.input_positions(step, numbers)
        name = step_kind(block, step)
        names.append(name if reads == [number - 1] else f"{name}  <- {', '.join(map(str, reads))}")
    return names


def _changed_columns(old: list[Row], new: list[Row], rows: list[int]) -> set[int]:
    """The columns whose text or look differs in any of these rows (all of them for a new row)."""
    everything = set(range(len(COLUMNS)))
    columns: set[int] = set()
    for row in rows:
        if row >= len(old) or old[row][1:] != new[row][1:]:
            return everything
        columns.update(c for c, (a, b) in enumerate(zip(old[row][0], new[row][0])) if a != b)
    return columns or everything


class SummaryModel(QAbstractTableModel):
    """Rows: one per layer of the block, then a totals row. Reads the document's analysis.

    The rows' texts are worked out once per edit; the table paints them itself (CellPainter),
    so the model is read only for tooltips, keyboard search and tests. An edit signals only the
    rectangle of cells whose text changed, so only that is repainted.
    """

    contentChanged = Signal()  # cell texts changed (column widths may follow): `changed_columns`

    def __init__(self, document: BlockDocument) -> None:
        super().__init__(document)
        self.document = document
        self._rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        # each state's colours, column by column: an error's row is red, a warning's shape amber
        plain: tuple[QColor | None, ...] = (None,) * len(COLUMNS)
        warning = QColor(WARNING_COLOR)
        self._colors: dict[str | None, tuple[QColor | None, ...]] = {
            None: plain,
            "total": plain,
            "unknown": plain,
            "error": (QColor(ERROR_COLOR),) * len(COLUMNS),
            "warning": tuple(warning if column == 2 else None for column in range(len(COLUMNS))),
        }
        self.changed_columns: set[int] = set(range(len(COLUMNS)))  # by the last refresh
        self.refresh()
        document.changed.connect(self.refresh)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight if section in NUMERIC else Qt.AlignmentFlag.AlignLeft)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        text, color, bold, right = self.cell_data(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._rows[index.row()][1] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return color
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if bold else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def retranslate(self) -> None:
        """Headers and cell texts in the current language (the table calls this on LanguageChange)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.refresh()

    def refresh(self) -> None:
        old, rows = self._rows, self._build_rows()
        if old == rows:
            return
        self.changed_columns = set(range(len(COLUMNS)))
        if len(rows) != len(old):
            self.beginResetModel()  # rows came or went: the table lays out again anyway
            self._rows = rows
            self.endResetModel()
        else:
            self._rows = rows
            changed = [row for row, fields in enumerate(rows) if old[row] != fields]
            # the rectangle of changed cells, so that only that is repainted; the totals row on
            # its own: Qt repaints the whole table for a range from the first row to the last
            columns = self.changed_columns = _changed_columns(old, rows, changed)
            first, last = min(columns), max(columns)
            top, bottom = changed[0], changed[-1]
            if bottom == len(rows) - 1 and top < bottom:
                self.dataChanged.emit(self.index(bottom, first), self.index(bottom, last))
                bottom -= 1
            self.dataChanged.emit(self.index(top, first), self.index(bottom, last))
        self.contentChanged.emit()

    def _build_rows(self) -> list[Row]:
        """Cell texts, each row with its tooltip and state (None, "warning", "error", "unknown")."""
        analysis = self.document.analysis
        error = analysis.error
        rows: list[Row] = []
        for index, kind in enumerate(row_names(self.document.block)):
            if index < len(analysis.layers):
                r = analysis.layers[index]
                cells = (
                    str(index + 1),
                    kind,
                    shape_text(r.output_shape),
                    grouped(r.params),
                    grouped(r.mult_adds),
                    bytes_text(r.activation_bytes),
                )
                state = "warning" if r.warning else None
                rows.append((cells, r.warning, state))
            elif error is not None and error.index == index:
                rows.append(((str(index + 1), kind, self.tr("invalid"), "", "", ""), error.message, "error"))
            else:
                tip = self.tr("an earlier layer is invalid")
                rows.append(((str(index + 1), kind, "—", "", "", ""), tip, "unknown"))
        total_macs = analysis.total_mult_adds
        totals = (
            "",
            self.tr("Total"),
            shape_text(analysis.output_shape) if analysis.ok else "—",
            grouped(analysis.total_params),
            f"{grouped(total_macs)} ({short(total_macs)})" if total_macs >= 1000 else grouped(total_macs),
            bytes_text(analysis.total_activation_bytes),
        )
        rows.append((totals, self.tr("Totals over the layers that have a shape"), "total"))
        return rows

    def row_look(self, row: int) -> tuple[tuple[str, ...], tuple[QColor | None, ...], bool]:
        """What the table paints in a row: its texts, each one's colour (None: the palette's),
        and whether it is bold."""
        cells, _, state = self._rows[row]
        return cells, self._colors[state], state == "total"

    def cell_data(self, row: int, column: int) -> tuple[str, QColor | None, bool, bool]:
        """One cell: text, colour (None: the palette's), bold, right-aligned."""
        if row >= len(self._rows):
            return "", None, False, False
        cells, colors, bold = self.row_look(row)
        return cells[column], colors[column], bold, column in NUMERIC

    def column_texts(self, column: int) -> list[str]:
        """Every text of one column, top to bottom (the totals last)."""
        return [cells[column] for cells, _, _ in self._rows]

    def cell(self, row: int, column: int) -> str:
        """The text shown in one cell (for tests and copying)."""
        return self._rows[row][0][column] if 0 <= row < len(self._rows) else ""


class SummaryTable(QTableView):
    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTable")
        self.summary_model = SummaryModel(document)
        self.setModel(self.summary_model)
        self._cells = CellPainter(self, self.summary_model.row_look, NUMERIC)
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
        self.summary_model.contentChanged.connect(self._fit_changed_columns)  # a method: gone with the table
        self._widths: dict[tuple[bool, str], int] = {}  # text widths, measured once each
        self._fit_columns()
        # clicking a layer's row selects that layer everywhere
        self.clicked.connect(lambda index: document.set_current_layer(index.row()))
        retranslate_on_language_change(self, self.retranslate_ui)

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return QCoreApplication.translate("InspectorTabs", "Summary")

    def retranslate_ui(self) -> None:
        """Headers and texts in the current language; the columns fit the new words."""
        self.summary_model.retranslate()
        self._fit_columns()

    def _text_width(self, text: str, bold: bool) -> int:
        key = (bold, text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 20_000:
                self._widths.clear()
            font = QFont(self.font())
            font.setBold(bold)
            width = self._widths[key] = QFontMetrics(font).horizontalAdvance(text)
        return width

    def _fit_changed_columns(self) -> None:
        self._fit_columns(self.summary_model.changed_columns)

    def _fit_columns(self, columns: Collection[int] = range(len(COLUMNS))) -> None:
        """Size these columns to their texts (after an edit: the columns whose texts changed)."""
        model = self.summary_model
        header_metrics = self.horizontalHeader().fontMetrics()
        last = model.rowCount() - 1
        for column in columns:
            if column == 1:  # the kind column stretches
                continue
            widest = header_metrics.horizontalAdvance(column_title(column)) + 24
            for row, text in enumerate(model.column_texts(column)):
                widest = max(widest, self._text_width(text, row == last) + 16)
            if self.columnWidth(column) != widest:
                self.setColumnWidth(column, widest)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cells, painted in one pass (see CellPainter: Qt's delegate is the slow part)."""
        painter = QPainter(self.viewport())
        self._cells.paint(painter, event.rect())
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._widths.clear()
            self._fit_columns()
