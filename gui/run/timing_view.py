"""TimingView: per-layer median time with an interquartile-range whisker, plus the whole
forward, with the settings that produced them in a caption; "Compare devices" puts every
available device's bars side by side. The first call (lazy initialisation, cuDNN autotuning)
is listed apart: one sample of a different process must not sit in the same bar as the medians.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.files.project_file import write_text_atomic
from core.i18n import QT_TRANSLATE_NOOP
from core.layers.registry import LAYER_KINDS
from core.run.profile_report import WHOLE_BLOCK, results_csv
from core.run.profiling import ProfileResult
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.properties.readable_text import readable_color
from gui.run.export_paths import ask_save_path
from gui.run.run_worker import RunOutcome, RunSession
from gui.style import ERROR_COLOR, WARNING_COLOR

DEVICE_COLORS = ("#2f6fd6", "#d9822b", "#1f9d61", "#7a4bc2", "#d64545", "#14899a")
MIN_CHART_WIDTH = 240  # below this the bars' labels overlap: the table scrolls instead
EXPORT_WIDTH = 1600  # pixels of an exported chart: sharp in a report, not the widget's size
STALE_TEXT = QT_TRANSLATE_NOOP(
    "TimingView", "These timings are of the block before your last edit: run again to time this one."
)  # English, marked: translated where shown
GROUP_WIDTH = 0.8  # of the space between two layers, shared by the devices' bars


def medians_ms(result: ProfileResult) -> np.ndarray:
    """Median ms of each layer, then the whole forward (NaN where a part was not timed)."""
    timings = [r.timing for r in result.layers] + [result.total]
    return np.array([t.median_s * 1e3 if t else np.nan for t in timings])


def quartiles_ms(result: ProfileResult) -> tuple[np.ndarray, np.ndarray]:
    timings = [r.timing for r in result.layers] + [result.total]
    q1 = np.array([t.q1_s * 1e3 if t else np.nan for t in timings])
    q3 = np.array([t.q3_s * 1e3 if t else np.nan for t in timings])
    return q1, q3


class TimingView(QWidget):
    """Bar chart and table of the last run's (or comparison's) timings; CSV and PNG export."""

    messageShown = Signal(str)  # a saved file or a failure, for the window's status bar too
    compareRequested = Signal()  # "Compare devices": the run panel knows the devices and settings

    def __init__(self, document: BlockDocument, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timingView")
        self.document = document
        self.results: list[ProfileResult] = []
        self.bars: list[pg.BarGraphItem] = []
        self.whiskers: list[pg.ErrorBarItem] = []
        self._build()
        session.resultReady.connect(self._on_result)
        session.comparisonReady.connect(self._on_comparison)
        session.busyChanged.connect(lambda busy: self.compareButton.setEnabled(not busy))
        document.changed.connect(self._update_stale_note)
        if session.last_result is not None:
            self._on_result(session.last_result)

    def _build(self) -> None:
        self.captionLabel = QLabel(objectName="timingCaption", wordWrap=True)
        self.captionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plot = pg.PlotWidget()  # pyqtgraph widgets take no Qt property keywords
        self.plot.setObjectName("timingPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumHeight(170)  # room for that title along the axis; below this the page scrolls
        self.plot.showGrid(y=True, alpha=0.3)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.firstCallLabel = QLabel("", objectName="firstCallLabel", wordWrap=True)
        self.staleLabel = QLabel(objectName="timingStale", wordWrap=True)
        self.staleLabel.setStyleSheet(f"color: {readable_color(WARNING_COLOR, self.palette()).name()};")
        self.staleLabel.hide()
        self.chart = QWidget(objectName="timingChart")  # what the PNG export shows: caption + bars
        chart_layout = QVBoxLayout(self.chart)
        chart_layout.addWidget(self.staleLabel)
        chart_layout.addWidget(self.captionLabel)
        chart_layout.addWidget(self.plot, 1)
        chart_layout.addWidget(self.firstCallLabel)

        self.table = QTableWidget(0, 0, objectName="timingTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.compareButton = QPushButton(objectName="compareButton")
        self.exportCsvButton = QPushButton(objectName="exportCsvButton", enabled=False)
        self.exportPngButton = QPushButton(objectName="exportPngButton", enabled=False)
        self.messageLabel = QLabel("", objectName="timingMessage", wordWrap=True)
        self.compareButton.clicked.connect(self.compareRequested)
        self.exportCsvButton.clicked.connect(self._ask_csv)
        self.exportPngButton.clicked.connect(self._ask_png)

        buttons = QHBoxLayout()
        buttons.addWidget(self.compareButton)
        buttons.addStretch(1)
        buttons.addWidget(self.exportCsvButton)
        buttons.addWidget(self.exportPngButton)
        # side by side: the inspector area is wide and short
        split = self.split = QSplitter(Qt.Orientation.Horizontal, objectName="timingSplit")
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 300])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.messageLabel)
        self._message_text: Callable[[], str] | None = None  # makes the shown message (again, after a switch)
        self._message_shown = ""
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return QCoreApplication.translate("InspectorTabs", "Timing")

    def retranslate_ui(self) -> None:
        """Every text in the current language; the results' captions and table are made again."""
        self.plot.setLabel("left", self.tr("median ms"))  # short: a long vertical title is cut on a short chart
        self.staleLabel.setText(QCoreApplication.translate("TimingView", STALE_TEXT))
        self.compareButton.setText(self.tr("Compare devices"))
        self.compareButton.setToolTip(
            self.tr("Run the same block and input on every available device, one after another")
        )
        self.exportCsvButton.setText(self.tr("Export CSV..."))
        self.exportPngButton.setText(self.tr("Export PNG..."))
        if self.results:
            self._show_texts()
        else:
            self.captionLabel.setText(self.tr("Press Run to time each layer."))
        # our own message only: the window also puts the run panel's texts in this label
        if self._message_text is not None and self.messageLabel.text() == self._message_shown:
            self._message_shown = self._message_text()
            self.messageLabel.setText(self._message_shown)

    # ---- showing results -------------------------------------------------------------------

    def _on_result(self, result: ProfileResult) -> None:
        if result.settings.timing:  # a live run measures nothing: the older bars stay, marked stale
            self.set_results([result])

    def _on_comparison(self, outcome: RunOutcome) -> None:
        self.set_results(outcome.results)

    def set_results(self, results: list[ProfileResult]) -> None:
        """One result: bars per layer; several (one per device): grouped bars side by side."""
        self.results = list(results)
        for item in self.bars + self.whiskers:
            self.plot.removeItem(item)
        self.bars, self.whiskers = [], []
        self.legend.clear()
        self.messageLabel.clear()
        if not self.results:
            return
        first = self.results[0]
        count = len(self.results)
        width = GROUP_WIDTH / count
        positions = np.arange(len(first.layers) + 1, dtype=float)
        positions[-1] += 0.5  # a little space sets the whole forward apart from the layers
        for number, result in enumerate(self.results):
            x = positions + (number - (count - 1) / 2) * width
            medians = medians_ms(result)
            q1, q3 = quartiles_ms(result)
            color = QColor(DEVICE_COLORS[number % len(DEVICE_COLORS)])
            whole = QColor(color).darker(140)
            brushes = [pg.mkBrush(color)] * (len(medians) - 1) + [pg.mkBrush(whole)]
            bars = pg.BarGraphItem(x=x, height=np.nan_to_num(medians), width=width * 0.9, brushes=brushes, pen=None)
            whisker = pg.ErrorBarItem(
                x=x,
                y=medians,
                top=q3 - medians,
                bottom=medians - q1,
                beam=width * 0.4,
                pen=pg.mkPen(pg.getConfigOption("foreground"), width=1.5),
            )
            self.plot.addItem(bars)
            self.plot.addItem(whisker)
            self.bars.append(bars)
            self.whiskers.append(whisker)
            if count > 1:
                self.legend.addItem(bars, f"{result.settings.device} ({result.device_name})")
        # short names (the ones attributes get in generated code): full kind names overlap on a narrow chart
        labels = [f"{r.index + 1} {LAYER_KINDS[r.kind].attr_prefix}" for r in first.layers] + [WHOLE_BLOCK]
        self.plot.getAxis("bottom").setTicks([list(zip(positions, labels))])
        self.plot.enableAutoRange()
        # room on both sides, or the axis drops the outer labels (the whole block's went missing)
        self.plot.setXRange(-0.8, positions[-1] + 1.4, padding=0)  # "whole block" is the widest label
        self._show_texts()
        self.exportCsvButton.setEnabled(True)
        self.exportPngButton.setEnabled(True)
        self._update_stale_note()

    def _show_texts(self) -> None:
        """Caption, first calls and table of the shown results, in the current language."""
        self.captionLabel.setText("\n".join(r.caption() for r in self.results))  # core's text
        self.firstCallLabel.setText(self._first_calls())
        self._fill_table()

    def is_stale(self) -> bool:
        """True when the shown timings were measured on a block that has been edited since."""
        return bool(self.results) and not self.results[0].block.same_content(self.document.block)

    def _update_stale_note(self) -> None:
        self.staleLabel.setVisible(self.is_stale())

    def _first_calls(self) -> str:
        lines = []
        for result in self.results:
            layers = ", ".join(f"{r.index + 1} {r.kind} {r.first_call_s * 1e3:.3f} ms" for r in result.layers)
            text = self.tr("First call on {device} (lazy set-up, autotuning; not in the bars): whole block {ms} ms")
            text = text.format(device=result.settings.device, ms=f"{result.first_call_s * 1e3:.3f}")
            lines.append(text + (f"; {layers}" if layers else ""))
        return "\n".join(lines)

    def _fill_table(self) -> None:
        first = self.results[0]
        names = [f"{r.index + 1} {r.kind}" for r in first.layers] + [WHOLE_BLOCK]
        headers = [self.tr("Layer")]
        for result in self.results:
            device = result.settings.device  # two short lines: the table fits without scrolling
            headers += [
                self.tr("{device}\nmedian ms").format(device=device),
                self.tr("{device}\nIQR ms").format(device=device),
                self.tr("{device}\n1st call ms").format(device=device),
            ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            self.table.setItem(row, 0, QTableWidgetItem(name))
        for number, result in enumerate(self.results):
            medians = medians_ms(result)
            q1, q3 = quartiles_ms(result)
            firsts = [r.first_call_s * 1e3 for r in result.layers] + [result.first_call_s * 1e3]
            for row in range(len(names)):
                for offset, value in enumerate((medians[row], q3[row] - q1[row], firsts[row])):
                    item = QTableWidgetItem("-" if np.isnan(value) else f"{value:.4f}")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, 1 + 3 * number + offset, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_table()

    def _fit_table(self) -> None:
        """Give the table the width its columns need (no sideways scrolling), the chart the rest."""
        if self.table.columnCount() == 0:
            return
        self.table.resizeColumnsToContents()
        need = self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + 4
        scrollbar = self.table.verticalScrollBar()
        need += scrollbar.sizeHint().width() if scrollbar.isVisible() else 0
        total = sum(self.split.sizes())
        if total > 0:
            chart = max(MIN_CHART_WIDTH, total - need)
            self.split.setSizes([chart, total - chart])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_table()

    # ---- export ------------------------------------------------------------------------------

    def export_csv(self, path: str | Path) -> None:
        """Write every shown result's figures (raises OSError)."""
        write_text_atomic(Path(path), results_csv(self.results))

    def chart_image(self, width: int = EXPORT_WIDTH) -> QImage:
        """The caption, the bars drawn at `width` pixels (not the widget's size) and the first calls."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot.plotItem)
        exporter.parameters()["width"] = width
        chart = exporter.export(toBytes=True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * width / 800)
        metrics = QFontMetrics(font)
        flags = Qt.TextFlag.TextWordWrap
        margin = metrics.height() // 2
        caption = metrics.boundingRect(0, 0, width - 2 * margin, 10_000, flags, self.captionLabel.text())
        firsts = metrics.boundingRect(0, 0, width - 2 * margin, 10_000, flags, self.firstCallLabel.text())
        height = caption.height() + chart.height() + firsts.height() + 4 * margin
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(margin, margin, width - 2 * margin, caption.height()), flags, self.captionLabel.text())
        top = caption.height() + 2 * margin
        painter.drawImage(0, top, chart)
        top += chart.height() + margin
        painter.drawText(QRect(margin, top, width - 2 * margin, firsts.height()), flags, self.firstCallLabel.text())
        painter.end()
        return image

    def export_png(self, path: str | Path) -> bool:
        """Save the caption and chart at a useful size; False when the image cannot be written."""
        return self.chart_image().save(str(path), "PNG")

    def _ask_csv(self) -> None:
        path = ask_save_path(self, self.tr("Export timings"), "timings.csv", self.tr("CSV (*.csv)"))
        if path:
            try:
                self.export_csv(path)
                self._message(lambda: self._saved_text(path))
            except OSError as exc:
                reason = exc.strerror or str(exc)  # the system's words, as it gave them
                self._message(
                    lambda: self.tr("Cannot write {path}: {reason}").format(path=path, reason=reason), error=True
                )

    def _ask_png(self) -> None:
        path = ask_save_path(self, self.tr("Export chart"), "timings.png", self.tr("PNG image (*.png)"))
        if path:
            if self.export_png(path):
                self._message(lambda: self._saved_text(path))
            else:
                self._message(lambda: self.tr("Cannot write {path}").format(path=path), error=True)

    def _saved_text(self, path: Path) -> str:
        return self.tr("Saved {name} in {folder}.").format(name=path.name, folder=path.parent)

    def _message(self, text: Callable[[], str], error: bool = False) -> None:
        """Show a message made by `text` (made again after a language switch)."""
        self._message_text = text
        shown = self._message_shown = text()
        self.messageShown.emit(shown)
        self.messageLabel.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.messageLabel.setText(shown)
