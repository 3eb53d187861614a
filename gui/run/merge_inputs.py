"""The values an add or a cat combined, drawn beside its output: a residual's `out + identity`
is then two mosaics and their sum, a DenseNet's `torch.cat` the pieces and the whole."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from gui.run.activation_mosaic import BACKGROUND, as_maps, lookup_table, mosaic_image

MAX_INPUTS = 4  # a cat of more shows its first four; each is a ViewBox, and those are slow to build


class MergeInputsStrip(pg.GraphicsLayoutWidget):
    """One small mosaic per input of the shown merge step, titled with where it comes from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeInputs")
        self.setBackground(BACKGROUND)
        self.titles: list[str] = []  # what each mosaic shows, in order
        self._boxes: list[tuple[pg.ViewBox, pg.ImageItem, pg.LabelItem]] = []
        self.hide()

    def show_inputs(self, parts: list[tuple[str, np.ndarray]], shared: bool) -> None:
        """`parts`: (title, one sample's values) per input; an empty list hides the strip."""
        parts = parts[:MAX_INPUTS]
        self.titles = [title for title, _ in parts]
        while len(self._boxes) < len(parts):
            self._add_box(len(self._boxes))
        for position, (box, image, label) in enumerate(self._boxes):
            used = position < len(parts)
            box.setVisible(used)
            label.setVisible(used)
            if not used:
                continue
            title, values = parts[position]
            maps, _length = as_maps(values)
            picture, _layout = mosaic_image(maps, shared=shared)
            image.setImage(picture, levels=(0, 255), autoLevels=False)
            box.autoRange(padding=0.02)
            label.setText(title)
        self.setVisible(bool(parts))

    def _add_box(self, column: int) -> None:
        label = self.addLabel("", row=0, col=column, size="8pt")
        box = self.addViewBox(row=1, col=column)
        box.setAspectLocked(True)
        box.invertY(True)
        box.setMenuEnabled(False)
        image = pg.ImageItem(axisOrder="row-major")
        image.setLookupTable(lookup_table())  # as the output's mosaic: the same colours, gaps see-through
        box.addItem(image)
        self._boxes.append((box, image, label))
