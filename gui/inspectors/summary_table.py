"""SummaryTable: the analysis per layer (kind, output shape, params, mult-adds, memory) and totals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.analysis.formatting import bytes_text, grouped, shape_text, short
from core.analysis.graph_names import step_kind
from core.i18n import QT_TRANSLATE_NOOP
from core.model.block import Block
from gui.document.document import BlockDocument
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


def column_title(column: int) -> str:
    """A column's header in the current language."""
    return QCoreApplication.translate("SummaryModel", COLUMNS[column]) if column else COLUMNS[column]


def row_names(block: Block) -> list[str]:
    """The Layer column: a chain's kinds; a graph's steps, with what a step reads when that is
    not the step above ("add  <- 5, 6")."""
    if block.steps is None:
        return [layer.kind for layer in block.layers]
    names = []
    for number, step in enumerate(block.steps, 1):
        reads = block.input_positions(step)
        name = step_kind(block, step)
        names.append(name if reads == [number - 1] else f"{name}  <- {', '.join(map(str, reads))}")
    return names


class SummaryModel(QStandardItemModel):
    """Rows: one per layer of the block, then a totals row. Reads the document's analysis.

    A QStandardItemModel, filled from the analysis once per edit: the table then paints from
    C++ without calling back into Python for every role of every visible cell (seven per cell,
    repainted on every edit), and an edit updates only the cells whose text changed.
    """

    contentChanged = Signal()  # cell texts changed (column widths may follow)

    def __init__(self, document: BlockDocument) -> None:
        super().__init__(0, len(COLUMNS), document)
        self.document = document
        self.setHorizontalHeaderLabels([column_title(column) for column in range(len(COLUMNS))])
        for section in range(len(COLUMNS)):
            align = Qt.AlignmentFlag.AlignRight if section in NUMERIC else Qt.AlignmentFlag.AlignLeft
            self.setHeaderData(section, Qt.Orientation.Horizontal, int(align), Qt.ItemDataRole.TextAlignmentRole)
        self._rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.refresh()
        document.changed.connect(self.refresh)

    def retranslate(self) -> None:
        """Headers and cell texts in the current language (the table calls this on LanguageChange)."""
        self.setHorizontalHeaderLabels([column_title(column) for column in range(len(COLUMNS))])
        self.refresh()

    def refresh(self) -> None:
        old, rows = self._rows, self._build_rows()
        if old == rows:
            return
        self._rows = rows
        if len(rows) != len(old):
            self.setRowCount(len(rows))
        changed = [row for row, fields in enumerate(rows) if row >= len(old) or old[row] != fields]
        # one dataChanged for the run of changed rows, not one per cell (150 at 50 layers)
        with QSignalBlocker(self):
            for row in changed:
                self._show_row(row, rows[row], old[row] if row < len(old) else None)
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(COLUMNS) - 1))
        self.contentChanged.emit()

    def _show_row(self, row: int, fields: Row, before: Row | None) -> None:
        cells, tip, state = fields
        for column, text in enumerate(cells):
            item = self.item(row, column)
            if item is None:
                item = QStandardItem()
                item.setEditable(False)
                align = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
                before = None
            if before is None or before[0][column] != text:
                item.setText(text)
            if before is None or before[1:] != (tip, state):
                item.setToolTip(tip or "")
                color = None
                if state == "error":
                    color = QColor(ERROR_COLOR)
                elif state == "warning" and column == 2:
                    color = QColor(WARNING_COLOR)
                item.setData(color, Qt.ItemDataRole.ForegroundRole)
                item.setData(self._bold if state == "total" else None, Qt.ItemDataRole.FontRole)

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

    def column_texts(self, column: int) -> list[str]:
        """Every text of one column, top to bottom (the totals last)."""
        return [cells[column] for cells, _, _ in self._rows]

    def cell(self, row: int, column: int) -> str:
        """The text shown in one cell (for tests and copying)."""
        item = self.item(row, column)
        return item.text() if item is not None else ""


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
        self.summary_model.contentChanged.connect(self._fit_columns)
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

    def _fit_columns(self) -> None:
        model = self.summary_model
        header_metrics = self.horizontalHeader().fontMetrics()
        last = model.rowCount() - 1
        for column in range(len(COLUMNS)):
            if column == 1:  # the kind column stretches
                continue
            widest = header_metrics.horizontalAdvance(column_title(column)) + 24
            for row, text in enumerate(model.column_texts(column)):
                widest = max(widest, self._text_width(text, row == last) + 16)
            if self.columnWidth(column) != widest:
                self.setColumnWidth(column, widest)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._widths.clear()
            self._fit_columns()
