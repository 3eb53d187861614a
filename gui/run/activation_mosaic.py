"""ActivationMosaic: every channel of one sample in ONE pyqtgraph ImageItem, or a vector as bars.

One ImageItem, not a ViewBox per channel: 64 ViewBoxes take ~0.5 s to build, one indexed
image redraws 64 maps in milliseconds. Values are quantised to 255 colour indices of a
perceptual colormap (viridis); index 255 is transparent and shows the background, so gaps and
padding never look like a value. Two scales: each channel its own min..max (a weak channel
would otherwise vanish next to a strong one), or one shared min..max (the only honest picture
of 1x1 maps and vectors, whose channels would each be one flat colour). A colour bar gives the
numbers of the scale in use.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from gui.language import retranslate_on_language_change

COLORMAP = "viridis"
SHADES = 255  # colour indices 0..254 for values; 255 marks the gaps
GAP = 255
HIGHLIGHT = "#ff4d6d"
BACKGROUND = "#d9d9d9"  # gaps and padding: a grey that no viridis value has
BAR_LIMIT = 256  # vectors up to this long are bars; longer ones wrap into rows


def lookup_table(name: str = COLORMAP) -> np.ndarray:
    """(256, 4) uint8: the colormap in entries 0..254, a transparent entry 255 for gaps."""
    table = np.zeros((256, 4), np.uint8)
    table[:SHADES] = pg.colormap.get(name).getLookupTable(0.0, 1.0, SHADES, alpha=True)
    return table


@dataclass(frozen=True)
class MosaicLayout:
    channels: int
    height: int
    width: int
    columns: int
    gap: int

    @property
    def rows(self) -> int:
        return math.ceil(self.channels / self.columns)

    def origin(self, channel: int) -> tuple[int, int]:
        """Top-left (x, y) of a channel's tile in image pixels."""
        row, column = divmod(channel, self.columns)
        return column * (self.width + self.gap), row * (self.height + self.gap)

    def locate(self, x: float, y: float) -> tuple[int, int, int] | None:
        """(channel, row, column) under image point (x, y); None over a gap or outside."""
        if x < 0 or y < 0:
            return None
        tile_x, inner_x = divmod(int(x), self.width + self.gap)
        tile_y, inner_y = divmod(int(y), self.height + self.gap)
        if inner_x >= self.width or inner_y >= self.height or tile_x >= self.columns:
            return None
        channel = tile_y * self.columns + tile_x
        return (channel, inner_y, inner_x) if channel < self.channels else None


def default_shared(maps: np.ndarray, length: int | None) -> bool:
    """Shared scale for vectors and 1x1 maps (one value per channel), per channel otherwise."""
    return length is not None or maps.shape[1] * maps.shape[2] == 1


def value_range(values: np.ndarray) -> tuple[float, float]:
    low, high = float(values.min()), float(values.max())
    return low, (high if high > low else low + 1.0)


def mosaic_image(maps: np.ndarray, gap: int = 2, shared: bool = False) -> tuple[np.ndarray, MosaicLayout]:
    """(C, H, W) float maps -> a near-square uint8 grid of tiles, each normalised on its own or
    all on the maps' shared min..max."""
    channels, height, width = maps.shape
    columns = max(1, math.ceil(math.sqrt(channels * height / width)))
    layout = MosaicLayout(channels, height, width, columns, gap)
    flat = maps.reshape(channels, -1)
    if shared:
        low = np.full(channels, flat.min(), np.float32)
        span = np.full(channels, flat.max() - flat.min(), np.float32)
    else:
        low = flat.min(axis=1)
        span = flat.max(axis=1) - low
    scale = np.where(span > 0, (SHADES - 1) / np.where(span > 0, span, 1), 0).astype(np.float32)
    tiles = np.full((layout.rows * columns, height + gap, width + gap), GAP, np.uint8)
    shades = (maps - low[:, None, None].astype(np.float32)) * scale[:, None, None]
    np.add(shades, 0.5, out=shades)  # round half up while casting
    tiles[:channels, :height, :width] = shades.astype(np.uint8)
    grid = tiles.reshape(layout.rows, columns, height + gap, width + gap).transpose(0, 2, 1, 3)
    image = grid.reshape(layout.rows * (height + gap), columns * (width + gap))
    return np.ascontiguousarray(image[: image.shape[0] - gap, : image.shape[1] - gap]), layout


def as_maps(sample: np.ndarray) -> tuple[np.ndarray, int | None]:
    """One sample's output as (C, H, W) maps: (C, H, W) as is, (H, W) as one map, and a vector
    (after Flatten or Linear) wrapped into one near-square map whose cells past the end repeat
    its minimum (the mosaic draws them as background); the second item is the vector's length."""
    if sample.ndim == 3:
        return sample, None
    if sample.ndim == 2:
        return sample[None], None
    flat = sample.reshape(-1)
    width = max(1, math.ceil(math.sqrt(flat.size)))
    rows = math.ceil(flat.size / width)
    padded = np.full(rows * width, flat.min() if flat.size else 0, dtype=np.float32)
    padded[: flat.size] = flat
    return padded.reshape(1, rows, width), flat.size


class ActivationMosaic(pg.GraphicsLayoutWidget):
    """The channel mosaic (or a vector's bars) with its colour bar; reports the value under the
    mouse and clicked channels."""

    hovered = Signal(str)  # "channel 12 (y 3, x 40): 0.512", or "" off the tiles
    channelClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationMosaic")
        self.setBackground(BACKGROUND)
        self.plot = self.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.view = self.plot.getViewBox()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(lookup_table())
        self.plot.addItem(self.image)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, pen=None)
        self.plot.addItem(self.bars)
        self.marker = QGraphicsRectItem()
        self.marker.setPen(pg.mkPen(QColor(HIGHLIGHT), width=2, cosmetic=True))
        self.marker.setBrush(pg.mkBrush(None))
        self.marker.hide()
        self.view.addItem(self.marker)
        # the colour bar: a gradient image in its own view, numbered by an axis linked to it
        # (pyqtgraph's ColorBarItem crashes the interpreter at exit under PySide6)
        self.colorBar = self.addViewBox(row=0, col=1)
        self.colorBar.setMenuEnabled(False)
        self.colorBar.setMouseEnabled(False, False)
        self.colorBar.setFixedWidth(14)
        self.colorBar.setDefaultPadding(0)
        self.barImage = pg.ImageItem(np.arange(SHADES, dtype=np.uint8)[:, None], axisOrder="row-major")
        self.barImage.setLookupTable(lookup_table())
        self.barImage.setLevels((0, 255))
        self.colorBar.addItem(self.barImage)
        self.barAxis = pg.AxisItem("right")
        self.barAxis.setTextPen("k")
        self.barAxis.linkToView(self.colorBar)
        self.addItem(self.barAxis, row=0, col=2)
        self.colorBar.hide()
        self.barAxis.hide()
        self.maps: np.ndarray | None = None
        self.layout_info: MosaicLayout | None = None
        self.length: int | None = None
        self.vector: np.ndarray | None = None  # the values drawn as bars, when they are
        self.shared = False
        self.scale_range: tuple[float, float] | None = None  # what the colour bar shows
        self._scale_label: Callable[[], str] = lambda: self.tr("all channels")
        self._set_axes(False)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.scene().sigMouseMoved.connect(self._on_moved)
        self.scene().sigMouseClicked.connect(self._on_clicked)

    def _set_axes(self, bars: bool) -> None:
        """Bars need value and index axes and y up; maps are pictures: no axes, y down, square pixels."""
        if bars:
            self.plot.setLabel("bottom", self.tr("index"))  # setLabel shows the axis: only for bars
        for side in ("left", "bottom"):
            self.plot.showAxis(side, bars)
        self.view.invertY(not bars)
        self.view.setAspectLocked(not bars)

    def retranslate_ui(self) -> None:
        """The axis titles in the current language (the hover text follows the next move)."""
        if self.vector is not None:
            self.plot.setLabel("bottom", self.tr("index"))
        if self.scale_range is not None:
            self.barAxis.setLabel(self._scale_label())

    def set_maps(self, maps: np.ndarray, length: int | None = None, shared: bool | None = None) -> None:
        """Show (C, H, W) maps; keeps the array (no copy) for hover values. `length`: the maps are
        one vector of that many values wrapped into rows (see `as_maps`), the rest is padding.
        `shared`: one colour scale for all channels (None: the default for these maps)."""
        self.shared = default_shared(maps, length) if shared is None else shared
        self.maps, self.length = maps, length
        self.marker.hide()
        if length is not None and length <= BAR_LIMIT:
            self._show_bars(maps.reshape(-1)[:length])
            return
        self.vector = None
        self.bars.hide()
        image, layout = mosaic_image(maps, shared=self.shared)
        if length is not None:  # padding after the vector's end shows as background
            image.reshape(-1)[length:] = GAP  # one tile, no gaps: image pixels are the values in order
        same_frame = self.layout_info is not None and self.image.isVisible() and self.image.image is not None
        same_frame = same_frame and self.image.image.shape == image.shape
        self.layout_info = layout
        self._set_axes(False)
        self.image.show()
        self.image.setImage(image, levels=(0, 255), autoLevels=False)
        if not same_frame:
            self.view.enableAutoRange()  # applied once laid out; a zoom by the user turns it off
        self._set_scale(value_range(maps if length is None else maps.reshape(-1)[:length]) if self.shared else None)

    def _show_bars(self, values: np.ndarray) -> None:
        self.vector, self.layout_info = values, None
        self.image.hide()
        self._set_axes(True)
        low, high = value_range(values)
        table = lookup_table()
        shades = np.round((values - low) / (high - low) * (SHADES - 1)).astype(int)
        brushes = [pg.mkBrush(*table[s]) for s in shades]
        self.bars.setOpts(x=np.arange(values.size), height=values, width=0.8, brushes=brushes)
        self.bars.show()
        self.view.enableAutoRange()
        self._set_scale((low, high), lambda: self.tr("all values"))

    def _set_scale(self, levels: tuple[float, float] | None, label: Callable[[], str] | None = None) -> None:
        """The colour bar's numbers; None hides it (per-channel scale with no channel chosen).
        `label` makes the bar's title (again after a language switch); None: "all channels"."""
        self._scale_label = label or (lambda: self.tr("all channels"))
        self.scale_range = levels
        if levels is None:
            self.colorBar.hide()
            self.barAxis.hide()
            return
        low, high = levels
        self.barImage.setRect(QRectF(0, low, 1, high - low))  # shade 0 at low, shade 254 at high
        self.colorBar.setRange(xRange=(0, 1), yRange=(low, high), padding=0)
        self.barAxis.setLabel(self._scale_label())
        self.colorBar.show()
        self.barAxis.show()

    def clear_maps(self) -> None:
        self.maps = self.layout_info = self.vector = self.length = None
        self.image.hide()
        self.bars.hide()
        self.marker.hide()
        self._set_scale(None)

    def describe(self, x: float, y: float) -> str:
        """What lies under image point (x, y) (plot coordinates for bars), in words."""
        if self.vector is not None:
            index = int(math.floor(x + 0.5))
            if 0 <= index < self.vector.size and abs(x - index) <= 0.4:
                text = self.tr("value {index} of {count}: {value}")
                return text.format(index=index, count=self.vector.size, value=f"{self.vector[index]:.4g}")
            return ""
        hit = self.layout_info.locate(x, y) if self.layout_info is not None else None
        if hit is None or self.maps is None:
            return ""
        channel, row, column = hit
        value = self.maps[channel, row, column]
        if self.length is not None:
            position = row * self.maps.shape[2] + column
            text = self.tr("value {index} of {count}: {value}")
            return (
                text.format(index=position, count=self.length, value=f"{value:.4g}") if position < self.length else ""
            )
        text = self.tr("channel {channel} (y {row}, x {column}): {value}")
        return text.format(channel=channel, row=row, column=column, value=f"{value:.4g}")

    def channel_at(self, x: float, y: float) -> int | None:
        hit = self.layout_info.locate(x, y) if self.layout_info is not None else None
        return hit[0] if hit else None

    def mark(self, channel: int) -> None:
        """Outline `channel`'s tile (the enlarged one); with per-channel scales, the colour bar
        gives that channel's numbers."""
        if self.layout_info is None or self.maps is None or not 0 <= channel < self.layout_info.channels:
            self.marker.hide()
            return
        x, y = self.layout_info.origin(channel)
        self.marker.setRect(QRectF(x - 0.5, y - 0.5, self.layout_info.width + 1, self.layout_info.height + 1))
        self.marker.show()
        if not self.shared:
            # each tile: its own
            self._set_scale(
                value_range(self.maps[channel]), lambda: self.tr("channel {channel}").format(channel=channel)
            )

    def image_point(self, scene_pos: QPointF) -> QPointF:
        if self.vector is not None:
            return self.view.mapSceneToView(scene_pos)
        return self.image.mapFromScene(scene_pos)

    def _on_moved(self, scene_pos: QPointF) -> None:
        point = self.image_point(scene_pos)
        self.hovered.emit(self.describe(point.x(), point.y()))

    def _on_clicked(self, event: object) -> None:
        point = self.image_point(event.scenePos())  # type: ignore[attr-defined]
        channel = self.channel_at(point.x(), point.y())
        if channel is not None:
            self.channelClicked.emit(channel)
