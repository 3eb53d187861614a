"""The Train tab's views: live loss and accuracy curves, the first conv layer's filters, a grid
of images (dataset preview, misclassified examples) and the confusion matrix.

Curves are pyqtgraph PlotDataItems fed whole arrays (setData), so tests read them back with
getData(); images are one ImageItem each, never a ViewBox per picture.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.train.trainer import EpochMetrics
from gui.language import retranslate_on_language_change

TRAIN_PEN = pg.mkPen("#4c9be8", width=1)
VAL_PEN = pg.mkPen("#f39c4a", width=2)


class TrainingCurves(QWidget):
    """Loss and accuracy: each step's (train, thin) and each epoch's validation (thick, dots)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = pg.PlotWidget()
        self.acc_plot = pg.PlotWidget()
        for plot in (self.loss_plot, self.acc_plot):
            plot.addLegend(offset=(-10, 10))
            layout.addWidget(plot)
        self.acc_plot.setYRange(0, 1)
        self.train_loss = self.loss_plot.plot([], [], pen=TRAIN_PEN, name="train (batch)")
        self.val_loss = self.loss_plot.plot([], [], pen=VAL_PEN, symbol="o", symbolSize=6, name="validation")
        self.train_acc = self.acc_plot.plot([], [], pen=TRAIN_PEN, name="train (batch)")
        self.val_acc = self.acc_plot.plot([], [], pen=VAL_PEN, symbol="o", symbolSize=6, name="validation")
        self.clear()
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.loss_plot.setTitle(self.tr("loss"))
        self.acc_plot.setTitle(self.tr("accuracy"))
        train, validation = self.tr("train (batch)"), self.tr("validation")
        for plot, curves in (
            (self.loss_plot, ((self.train_loss, train), (self.val_loss, validation))),
            (self.acc_plot, ((self.train_acc, train), (self.val_acc, validation))),
        ):
            plot.setLabel("bottom", self.tr("step"))
            legend = plot.getPlotItem().legend
            legend.clear()
            for curve, name in curves:
                curve.opts["name"] = name
                legend.addItem(curve, name)

    def clear(self) -> None:
        self.losses: list[float] = []
        self.accuracies: list[float] = []
        self.epochs: list[EpochMetrics] = []
        self.steps_per_epoch = 1
        self._redraw()

    def show_history(self, losses: list[float], accuracies: list[float], epochs: list[EpochMetrics]) -> None:
        self.losses, self.accuracies, self.epochs = list(losses), list(accuracies), list(epochs)
        self.steps_per_epoch = max(1, len(losses) // max(1, len(epochs))) if epochs else 1
        self._redraw()

    def extend(self, losses: list[float], accuracies: list[float], epochs: list[EpochMetrics], per_epoch: int) -> None:
        self.losses += losses
        self.accuracies += accuracies
        self.epochs += epochs
        self.steps_per_epoch = per_epoch
        self._redraw()

    def _redraw(self) -> None:
        steps = np.arange(1, len(self.losses) + 1)
        self.train_loss.setData(steps, np.asarray(self.losses, float))
        self.train_acc.setData(steps, _smooth(np.asarray(self.accuracies, float)))
        at = np.array([e.epoch * self.steps_per_epoch for e in self.epochs], float)
        self.val_loss.setData(at, np.array([e.val_loss for e in self.epochs], float))
        self.val_acc.setData(at, np.array([e.val_acc for e in self.epochs], float))


def _smooth(values: np.ndarray, window: int = 10) -> np.ndarray:
    """A running mean: one batch's accuracy jumps in steps of 1/batch."""
    if len(values) < window:
        return values
    kernel = np.ones(window) / window
    head = np.cumsum(values[: window - 1]) / np.arange(1, window)
    return np.concatenate([head, np.convolve(values, kernel, mode="valid")])


class ImageGrid(pg.GraphicsLayoutWidget):
    """RGB images (N, 3, H, W) in [0, 1] tiled into one ImageItem, with a caption."""

    def __init__(self, columns: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.count = 0

    def set_images(self, images: np.ndarray, gap: int = 2) -> None:
        self.count = len(images)
        picture = tile(images, self.columns, gap)
        resized = self.image.image is None or self.image.image.shape != picture.shape
        self.image.setImage(picture, levels=(0, 255), autoLevels=False)
        if resized:  # the filters redraw twice a second: fit the view only when the size changes
            self.view.autoRange(padding=0.02)


def tile(images: np.ndarray, columns: int, gap: int = 2) -> np.ndarray:
    """(N, C, H, W) floats in [0, 1] -> one (rows*(H+gap), columns*(W+gap), 3) uint8 picture."""
    if len(images) == 0:
        return np.zeros((1, 1, 3), np.uint8)
    n, c, h, w = images.shape
    columns = min(columns, n)
    rows = math.ceil(n / columns)
    out = np.full((rows * (h + gap), columns * (w + gap), 3), 40, np.uint8)
    pixels = (np.clip(images, 0, 1) * 255).astype(np.uint8).transpose(0, 2, 3, 1)
    if c == 1:
        pixels = np.repeat(pixels, 3, axis=3)
    for i in range(n):
        r, k = divmod(i, columns)
        out[r * (h + gap) : r * (h + gap) + h, k * (w + gap) : k * (w + gap) + w] = pixels[i, :, :, :3]
    return out


def filter_images(weights: np.ndarray) -> np.ndarray:
    """Conv weights (out, in, kh, kw) as pictures: each filter scaled to its own range, RGB when
    it reads 3 channels (so colour detectors look like their colour), grey otherwise."""
    w = weights if weights.shape[1] == 3 else weights.mean(1, keepdims=True)
    low = w.min(axis=(1, 2, 3), keepdims=True)
    high = w.max(axis=(1, 2, 3), keepdims=True)
    return (w - low) / np.maximum(high - low, 1e-12)


class ConfusionTable(QTableWidget):
    """Rows: the true class; columns: the predicted one. Clicking a cell asks for its images."""

    cellChosen = Signal(int, int)  # true class, predicted class

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionTable")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cellClicked.connect(lambda row, column: self.cellChosen.emit(row, column))

        self._classes: tuple[str, ...] = ()
        retranslate_on_language_change(self, self._label_headers)

    def _label_headers(self) -> None:
        self.setVerticalHeaderLabels([self.tr("true {name}").format(name=c) for c in self._classes])
        self.setHorizontalHeaderLabels([self.tr("as {name}").format(name=c) for c in self._classes])

    def show_matrix(self, matrix: list[list[int]] | None, classes: tuple[str, ...]) -> None:
        self.clear()
        self._classes = tuple(classes) if matrix is not None else ()
        if matrix is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        n = len(classes)
        self.setRowCount(n)
        self.setColumnCount(n)
        self._label_headers()
        largest = max(1, max(max(row) for row in matrix))
        for r, row in enumerate(matrix):
            for k, count in enumerate(row):
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                shade = int(255 * (1 - 0.6 * count / largest))
                colour = QColor(shade, 255, shade) if r == k else QColor(255, shade, shade)
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(QColor("black")))
                self.setItem(r, k, item)
        self.resizeColumnsToContents()
