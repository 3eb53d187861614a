"""ActivationView: what the selected layer computed in the last run, for one sample.

The mosaic of every channel (each on its own colour scale or all on one), the channel the
learner clicked (enlarged, in its own value range), a histogram of the layer's values with
min / max / mean / std, the fraction of exact zeros and, after an activation, the units dead for
the whole batch, and the input image the block saw. Follows the document's layer selection;
with no layer selected it shows the block's output (the last layer). A BatchNorm run in eval
mode gets a note on why it changes almost nothing, with an offer to run in train mode.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget

from core.analysis.formatting import shape_text
from core.i18n import QT_TRANSLATE_NOOP
from core.run.activation_stats import ValueSummary, dead_units, summarise
from core.run.profiling import LayerResult, ProfileResult
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.run.activation_mosaic import COLORMAP, ActivationMosaic, as_maps, lookup_table
from gui.run.merge_inputs import MergeInputsStrip
from gui.run.run_worker import RunSession

# English texts, marked for the catalogue; translated where shown (`tr_view`)
EMPTY_TEXT = QT_TRANSLATE_NOOP("ActivationView", "Press Run to see what each layer computes.")
SCALES = (
    (
        "auto",
        QT_TRANSLATE_NOOP("ActivationView", "Auto scale"),
        QT_TRANSLATE_NOOP("ActivationView", "shared for 1x1 maps and vectors, per channel for pictures"),
    ),
    (
        "shared",
        QT_TRANSLATE_NOOP("ActivationView", "Shared scale"),
        QT_TRANSLATE_NOOP("ActivationView", "one colour scale for every channel: compare channels with each other"),
    ),
    (
        "channel",
        QT_TRANSLATE_NOOP("ActivationView", "Per-channel scale"),
        QT_TRANSLATE_NOOP("ActivationView", "each channel on its own min..max: see the pattern of weak channels too"),
    ),
)
BATCHNORM_KINDS = ("BatchNorm1d", "BatchNorm2d", "BatchNorm3d")


def tr_view(text: str) -> str:
    """A marked text of the activation view in the current language."""
    return QCoreApplication.translate("ActivationView", text)


def eval_batchnorm_note(kind: str) -> str:
    return QCoreApplication.translate(
        "ActivationView",
        "Eval mode: a fresh {kind} normalises with its running statistics (mean 0, variance 1), "
        "so it changes almost nothing and this picture matches the previous layer's. "
        "Train mode normalises with this batch's own mean and variance.",
    ).format(kind=kind)


class ActivationView(QWidget):
    """Mosaic, enlarged channel, histogram and input image of the selected layer."""

    trainModeRequested = Signal()  # "Run in train mode" beside the eval-mode BatchNorm note

    def __init__(self, document: BlockDocument, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationView")
        self.document = document
        self.result: ProfileResult | None = None
        self.layer_index = -1  # the layer shown (resolved: -1 selection shows the last layer)
        self.channel = 0
        self.summary: ValueSummary | None = None  # figures of the values shown
        self._sample = np.zeros(0, np.float32)  # the shown layer's output for the chosen sample
        self._details = QTimer(self, singleShot=True, interval=0)
        self._details.timeout.connect(self._show_details)
        self._build()
        document.currentLayerChanged.connect(lambda _index: self.refresh())
        document.changed.connect(self._on_document_changed)
        session.resultReady.connect(self.set_result)
        if session.last_result is not None:
            self.set_result(session.last_result)
        else:
            self.refresh()

    def _build(self) -> None:
        self.titleLabel = QLabel(tr_view(EMPTY_TEXT), objectName="activationTitle", wordWrap=True)
        self.sampleSpin = QSpinBox(objectName="sampleSpin", minimum=0, maximum=0)
        self.sampleSpin.valueChanged.connect(lambda _value: self.refresh())
        self.scaleCombo = QComboBox(objectName="scaleCombo")
        for key, _text, _tip in SCALES:
            self.scaleCombo.addItem("", key)
        self.scaleCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        # its width follows the texts after a language switch, not just when first shown
        self.scaleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.noteLabel = QLabel("", objectName="activationNote", wordWrap=True)
        self.trainButton = QPushButton(objectName="trainModeButton")
        self.trainButton.clicked.connect(self.trainModeRequested)
        self.hoverLabel = QLabel(" ", objectName="hoverLabel")
        self.statsLabel = QLabel("", objectName="activationStats", wordWrap=True)
        self.statsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mosaic = ActivationMosaic()
        self.mosaic.hovered.connect(lambda text: self.hoverLabel.setText(text or " "))
        self.mosaic.channelClicked.connect(self.select_channel)

        self.side = pg.GraphicsLayoutWidget()  # pyqtgraph widgets take no Qt property keywords
        self.side.setObjectName("activationSide")
        self.channelBox = self.side.addViewBox(row=0, col=0)
        self.inputBox = self.side.addViewBox(row=0, col=1)
        for box in (self.channelBox, self.inputBox):
            box.setAspectLocked(True)
            box.invertY(True)
            box.setMenuEnabled(False)
        self.channelImage = pg.ImageItem(axisOrder="row-major")
        self.channelImage.setColorMap(pg.colormap.get(COLORMAP))
        self.channelBox.addItem(self.channelImage)
        self.inputImage = pg.ImageItem(axisOrder="row-major")
        self.inputBox.addItem(self.inputImage)
        self.side.nextRow()
        self.histogram = self.side.addPlot(row=1, col=0, colspan=2)
        self.histogram.setMenuEnabled(False)
        self.histogram.getAxis("left").enableAutoSIPrefix(False)  # "count (x0.001)" is no count
        self.histogramCurve = self.histogram.plot(
            [0, 1], [0], stepMode="center", fillLevel=0, brush=pg.mkBrush(70, 130, 200, 150)
        )
        self.histogram.hide()  # no made-up axis before there are values to count
        self.channelLabel = QLabel("", objectName="channelLabel")
        self.inputLabel = QLabel("", objectName="inputLabel")

        top = QHBoxLayout()
        top.addWidget(self.titleLabel, 1)
        top.addWidget(self.scaleCombo)
        self.sampleLabel = QLabel(buddy=self.sampleSpin)
        top.addWidget(self.sampleLabel)
        top.addWidget(self.sampleSpin)
        note = QHBoxLayout()
        note.addWidget(self.noteLabel, 1)
        note.addWidget(self.trainButton)
        captions = QHBoxLayout()
        captions.addWidget(self.channelLabel, 1)
        captions.addWidget(self.inputLabel, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.side, 1)
        right_layout.addLayout(captions)
        right_layout.addWidget(self.statsLabel)
        # below these the histogram's axis labels and the tiles get cut: the tab scrolls instead
        self.side.setMinimumSize(200, 120)
        self.mosaic.setMinimumSize(160, 120)
        self.mergeInputs = MergeInputsStrip()  # an add's or a cat's inputs, beside its output
        self.mergeInputs.setMinimumHeight(90)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.mergeInputs, 1)
        left_layout.addWidget(self.mosaic, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([360, 320])
        # long figures wrap instead of widening the side panel past the window's edge
        for label in (self.channelLabel, self.inputLabel, self.statsLabel):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hoverLabel)
        retranslate_on_language_change(self, self.retranslate_ui)
        self._set_static_texts()

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return QCoreApplication.translate("InspectorTabs", "Activations")

    def _set_static_texts(self) -> None:
        self.sampleSpin.setToolTip(self.tr("which sample of the batch to show"))
        for key, text, tip in SCALES:
            row = self.scaleCombo.findData(key)
            self.scaleCombo.setItemText(row, tr_view(text))
            self.scaleCombo.setItemData(row, tr_view(tip), Qt.ItemDataRole.ToolTipRole)
        scales = "; ".join(f"{tr_view(text)}: {tr_view(tip)}" for _, text, tip in SCALES)
        self.scaleCombo.setToolTip(self.tr("colour scale of the mosaic: {scales}").format(scales=scales))
        self.trainButton.setText(self.tr("Run in train mode"))
        self.trainButton.setToolTip(self.tr("Run again with BatchNorm using this batch's statistics, to compare"))
        self.sampleLabel.setText(self.tr("sample"))
        self.histogram.setTitle(self.tr("values (one sample)"))
        self.histogram.setLabel("left", self.tr("count"))

    def retranslate_ui(self) -> None:
        """Every text in the current language; what was computed from the result is computed again."""
        self._set_static_texts()
        self.mosaic.retranslate_ui()
        if self.result is not None:
            self.refresh()
        else:
            self._update_title()

    # ---- data ------------------------------------------------------------------------------

    def set_result(self, result: ProfileResult) -> None:
        self.result = result
        self.sampleSpin.setMaximum(max(0, result.batch - 1))
        self.refresh()

    def shown_layer(self) -> LayerResult | None:
        if self.result is None or not self.result.layers:
            return None
        index = self.document.current_layer
        if not 0 <= index < len(self.result.layers):
            index = len(self.result.layers) - 1
        return self.result.layers[index]

    def shared_scale(self) -> bool | None:
        """The chosen colour scale: True shared, False per channel, None the default for the maps."""
        choice = self.scaleCombo.currentData()
        return None if choice == "auto" else choice == "shared"

    def refresh(self) -> None:
        self.hoverLabel.setText(" ")  # what was under the mouse belonged to the previous picture
        layer = self.shown_layer()
        self._show_note(layer)
        if layer is None or layer.activation is None:
            self.layer_index = -1
            self._details.stop()
            self.mosaic.clear_maps()
            self.mergeInputs.show_inputs([], False)
            self.channelImage.hide()
            self.histogram.hide()
            self.statsLabel.clear()
            self._show_input()
            self._update_title()
            return
        self.layer_index = layer.index
        sample = layer.activation[min(self.sampleSpin.value(), layer.activation.shape[0] - 1)]
        self._sample = sample
        maps, length = as_maps(sample)
        self.mosaic.set_maps(maps, length, self.shared_scale())
        self._show_merge_inputs(layer)
        self.channel = min(self.channel, maps.shape[0] - 1)
        self._update_title()
        # the rest in a later event-loop turn: the mosaic, the timing chart and the repaint then
        # each get their own turn, and the GUI never stalls long when a result lands
        self._details.start()

    def details_pending(self) -> bool:
        """True until the enlarged channel, histogram and input image show the current layer."""
        return self._details.isActive()

    def _show_details(self) -> None:
        maps = self.mosaic.maps
        if maps is None:
            return
        self._show_channel()
        self._show_histogram(self._sample)
        self._show_input()

    def select_channel(self, channel: int) -> None:
        """Enlarge `channel` of the shown layer (a click on its tile does this)."""
        if self.mosaic.maps is not None and 0 <= channel < self.mosaic.maps.shape[0]:
            self.channel = channel
            self._show_channel()

    # ---- parts -------------------------------------------------------------------------------

    def _show_channel(self) -> None:
        maps = self.mosaic.maps
        if maps is None:
            return
        if self.mosaic.vector is not None:  # bars: every value is already in full view
            self.channelImage.hide()
            self.channelLabel.setText("")
            return
        values = maps[self.channel]
        low, high = float(values.min()), float(values.max())
        self.channelImage.show()
        self.channelImage.setImage(values, levels=(low, high if high > low else low + 1), autoLevels=False)
        self.channelBox.enableAutoRange()
        self.mosaic.mark(self.channel)
        text = self.tr("channel {channel} of {count}: {low} .. {high}")
        self.channelLabel.setText(
            text.format(channel=self.channel, count=maps.shape[0], low=f"{low:.3g}", high=f"{high:.3g}")
        )

    def _show_histogram(self, values: np.ndarray) -> None:
        layer = self.shown_layer()
        # the profiler summarised the first sample on its own thread; other samples are summed up here
        summary = layer.summary if layer is not None and self.sampleSpin.value() == 0 else None
        summary = summary or summarise(values)
        self.summary = summary
        self.histogramCurve.setData(summary.edges, summary.counts)
        self.histogram.show()
        dead = dead_units(layer.kind, layer.activation) if layer is not None and layer.activation is not None else None
        self.statsLabel.setText(summary.text() + (f"\n{dead.text()}" if dead is not None else ""))

    def _show_note(self, layer: LayerResult | None) -> None:
        """Why an eval-mode BatchNorm looks like the layer before it, with the train-mode offer."""
        note = ""
        if layer is not None and self.result is not None and layer.kind in BATCHNORM_KINDS:
            if not self.result.settings.train and not self.result.origin:  # trained statistics are no note
                note = eval_batchnorm_note(layer.kind)
        self.noteLabel.setText(note)
        self.noteLabel.setVisible(bool(note))
        self.trainButton.setVisible(bool(note))

    def _show_input(self) -> None:
        if self.result is None:
            self.inputImage.clear()
            self.inputLabel.setText("")
            return
        run_input = self.result.input
        if run_input.picture is not None:
            self.inputImage.setLookupTable(None)
            self.inputImage.setImage(run_input.picture, levels=(0, 255), autoLevels=False)
        else:  # random input: its first channel (a features input: its vector, wrapped), in the colormap
            sample = run_input.values[min(self.sampleSpin.value(), run_input.values.shape[0] - 1)]
            plane = as_maps(sample)[0][0]
            self.inputImage.setLookupTable(lookup_table()[:255])
            self.inputImage.setImage(plane, levels=(float(plane.min()), float(plane.max()) + 1e-12), autoLevels=False)
        self.inputBox.enableAutoRange()
        self.inputLabel.setText(self.tr("input: {description}").format(description=run_input.description))

    def _on_document_changed(self) -> None:
        self.hoverLabel.setText(" ")  # a value read under the mouse belongs to the picture of before
        self._update_title()

    def _update_title(self) -> None:
        layer = self.shown_layer()
        if layer is None or self.result is None:
            self.titleLabel.setText(tr_view(EMPTY_TEXT) if self.result is None else self.tr("The block has no layers."))
            return
        if layer.label:
            what = self.tr("step {number} {label}").format(number=layer.index + 1, label=layer.label)
        else:
            what = self.tr("layer {number} {kind}").format(number=layer.index + 1, kind=layer.kind)
        shape = shape_text(layer.output_shape)
        if len(layer.inputs) > 1:  # a merge: what it read (step n; 0 is the block's input), each with its shape
            title = self.tr("{what}, output {shape} from {inputs}")
            title = title.format(what=what, shape=shape, inputs=self._merge_inputs(layer))
        else:
            title = self.tr("{what}, output {shape}").format(what=what, shape=shape)
        if self.document.current_layer != layer.index:
            title = self.tr("block output: {title}").format(title=title)
        if self.result.origin:  # trained weights (the Train tab), not a run's fresh ones
            title = self.tr("{title}, {origin}").format(title=title, origin=self.result.origin)
        if not self._shows_current_block():
            title = self.tr("{title} (from the last run; the block has changed since: run again)").format(title=title)
        self.titleLabel.setText(title)

    def _shows_current_block(self) -> bool:
        assert self.result is not None
        block = self.document.block
        if self.result.origin:  # training fed the block the dataset's images: only the size differs
            block = block.copy()
            block.input_shape = self.result.block.input_shape
        return self.result.block.same_content(block)

    def _show_merge_inputs(self, layer: LayerResult) -> None:
        """The mosaics of what an add or a cat read, above its output's (nothing for other steps)."""
        assert self.result is not None
        parts = []
        sample = self.sampleSpin.value()
        if len(layer.inputs) > 1:
            for number in layer.inputs:
                if number == 0:
                    values, title = self.result.input.values, f"x {shape_text(self.result.input.values.shape)}"
                elif 0 < number <= len(self.result.layers) and self.result.layers[number - 1].activation is not None:
                    source = self.result.layers[number - 1]
                    values = source.activation
                    title = self.tr("step {number} {shape}").format(
                        number=number, shape=shape_text(source.output_shape)
                    )
                else:
                    continue
                parts.append((title, values[min(sample, values.shape[0] - 1)]))
        self.mergeInputs.show_inputs(parts, shared=bool(self.mosaic.shared))

    def _merge_inputs(self, layer: LayerResult) -> str:
        """`step 6 (1, 64, 56, 56) and x (1, 64, 56, 56)`: the values an add or cat combined."""
        assert self.result is not None
        parts = []
        for number in layer.inputs:
            if number == 0:
                parts.append(f"x {shape_text(self.result.input.values.shape)}")
            elif 0 < number <= len(self.result.layers):
                shape = shape_text(self.result.layers[number - 1].output_shape)
                parts.append(self.tr("step {number} {shape}").format(number=number, shape=shape))
        return self.tr(" and ").join(parts)
