"""ActivationView and TimingView after a real run: mosaic size, hover and click, histogram
figures, chart data, device comparison and exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from core.files.examples import seed_block
from gui.document.document import BlockDocument
from gui.run.activation_view import ActivationView
from gui.run.run_panel import RunPanel
from gui.run.timing_view import TimingView

WAIT_MS = 60_000


@pytest.fixture
def views(qtbot) -> Iterator[tuple[RunPanel, ActivationView, TimingView]]:
    block = seed_block()
    block.input_shape = (2, 3, 24, 24)
    document = BlockDocument(block)
    panel = RunPanel(document)
    activations = ActivationView(document, panel.session)
    timing = TimingView(document, panel.session)
    timing.compareRequested.connect(panel.compare_devices)
    host = QWidget()
    for widget in (panel, activations, timing):
        widget.setParent(host)
    qtbot.addWidget(host, before_close_func=lambda w: panel.shutdown())
    activations.resize(900, 600)
    timing.resize(800, 500)
    panel.runsSpin.setValue(3)
    panel.measureSpin.setValue(2)
    panel.inputCombo.setCurrentIndex(panel.inputCombo.findData("sample"))
    yield panel, activations, timing
    panel.shutdown()


def run(qtbot, panel: RunPanel):  # noqa: ANN201
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_mosaic_follows_the_selected_layer(qtbot, views) -> None:
    panel, view, _ = views
    assert view.titleLabel.text().startswith("Press Run")
    result = run(qtbot, panel)
    # nothing selected: the block's output, MaxPool2d's 16 maps of 12x12 in a 4x4 grid, 2-pixel gaps
    assert view.layer_index == 3 and view.titleLabel.text().startswith("block output: layer 4 MaxPool2d")
    assert view.mosaic.image.image.shape == (4 * 14 - 2, 4 * 14 - 2)
    panel.document.set_current_layer(0)  # what clicking the Conv2d card does
    assert view.layer_index == 0 and view.titleLabel.text().startswith("layer 1 Conv2d, output (2, 16, 24, 24)")
    assert view.mosaic.image.image.shape == (4 * 26 - 2, 4 * 26 - 2)
    assert view.mosaic.image.levels is not None and list(view.mosaic.image.levels) == [0, 255]
    # every tile is normalised on its own: each channel spans the whole colormap
    tile = view.mosaic.image.image[26:50, 52:76]  # channel 6 (row 1, column 2)
    assert (tile.min(), tile.max()) == (0, 254)
    np.testing.assert_array_equal(view.mosaic.maps, result.layers[0].activation[0])


def test_hover_names_channel_and_value(qtbot, views) -> None:
    panel, view, _ = views
    result = run(qtbot, panel)
    panel.document.set_current_layer(0)
    value = result.layers[0].activation[0, 5, 3, 7]
    # channel 5 sits in row 1, column 1 of the 4-column grid; tiles are 24 pixels plus a 2-pixel gap
    assert view.mosaic.describe(26 + 7.5, 26 + 3.5) == f"channel 5 (y 3, x 7): {value:.4g}"
    assert view.mosaic.describe(24.5, 3) == ""  # the gap between tiles
    view.mosaic.hovered.emit(view.mosaic.describe(26 + 7.5, 26 + 3.5))
    assert view.hoverLabel.text().startswith("channel 5")


def test_click_a_channel_to_enlarge_it(qtbot, views) -> None:
    panel, view, _ = views
    run(qtbot, panel)
    panel.document.set_current_layer(0)
    view.show()
    qtbot.waitExposed(view)
    mosaic = view.mosaic
    # the centre of channel 9's tile (row 2, column 1), from image pixels to the widget's viewport
    scene_point = mosaic.image.mapToScene(QPointF(26 + 12, 52 + 12))
    where = mosaic.mapFromScene(scene_point)
    qtbot.mouseClick(mosaic.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: not view.details_pending())
    assert view.channel == 9
    assert view.channelImage.image.shape == (24, 24)
    np.testing.assert_array_equal(view.channelImage.image, mosaic.maps[9])
    assert view.channelLabel.text().startswith("channel 9 of 16")
    assert mosaic.marker.isVisible()


def test_histogram_and_figures_count_dead_relus(qtbot, views) -> None:
    panel, view, _ = views
    result = run(qtbot, panel)
    panel.document.set_current_layer(2)  # ReLU
    qtbot.waitUntil(lambda: not view.details_pending())
    values = result.layers[2].activation[0]
    zeros = np.count_nonzero(values == 0) / values.size
    assert 0 < zeros < 1
    text = view.statsLabel.text()
    assert f"min 0   max {values.max():.4g}" in text and f"mean {values.mean():.4g}" in text
    batch = result.layers[2].activation
    dead = int(np.sum(~np.any(batch != 0, axis=(0, 2, 3))))
    assert f"zeros {zeros:.1%}" in text and f"dead channels: {dead} of 16 (zero everywhere for all 2 samples)" in text
    x, counts = view.histogramCurve.getData()
    assert counts.sum() == values.size and x[0] == 0 and np.isclose(x[-1], values.max())
    view.sampleSpin.setValue(1)  # the second sample of the batch: summed up by the view itself
    qtbot.waitUntil(lambda: not view.details_pending())
    second = result.layers[2].activation[1]
    np.testing.assert_array_equal(view.mosaic.maps, second)
    assert f"mean {second.mean():.4g}" in view.statsLabel.text()
    assert view.histogramCurve.getData()[1].sum() == second.size


def test_input_image_and_stale_note(qtbot, views) -> None:
    panel, view, _ = views
    result = run(qtbot, panel)
    qtbot.waitUntil(lambda: not view.details_pending())
    assert view.inputImage.image.shape == (24, 24, 3)
    np.testing.assert_array_equal(view.inputImage.image, result.input.picture)
    assert view.inputLabel.text() == "input: sample image"
    panel.document.set_param(0, "out_channels", 8)
    assert "the block has changed since" in view.titleLabel.text()


def test_timing_chart_shows_medians_whiskers_and_the_settings(qtbot, views) -> None:
    panel, _, timing = views
    panel.threadsSpin.setValue(1)
    result = run(qtbot, panel)
    (bars,) = timing.bars
    medians = [r.timing.median_s * 1e3 for r in result.layers] + [result.total.median_s * 1e3]
    np.testing.assert_allclose(bars.opts["height"], medians)
    (whisker,) = timing.whiskers
    q3 = [r.timing.q3_s * 1e3 for r in result.layers] + [result.total.q3_s * 1e3]
    np.testing.assert_allclose(np.asarray(whisker.opts["y"]) + np.asarray(whisker.opts["top"]), q3)
    ticks = [label for _, label in timing.plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["1 conv", "2 bn", "3 relu", "4 pool", "whole block"]
    caption = timing.captionLabel.text()
    for part in ("on cpu", "1 threads", "float32", "batch 2", "eval mode", "3+ runs"):
        assert part in caption
    assert (
        timing.firstCallLabel.text().startswith("First call on cpu") and "whole block" in timing.firstCallLabel.text()
    )
    assert timing.table.rowCount() == 5 and timing.table.item(4, 0).text() == "whole block"


def test_compare_devices_and_export(qtbot, views, tmp_path) -> None:
    panel, _, timing = views
    with qtbot.waitSignal(panel.session.comparisonReady, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(timing.compareButton, Qt.MouseButton.LeftButton)
    devices = [panel.deviceCombo.itemData(i) for i in range(panel.deviceCombo.count())]
    outcome = blocker.args[0]
    assert [r.settings.device for r in outcome.results] == devices
    assert len(timing.bars) == len(devices)
    assert timing.table.columnCount() == 1 + 3 * len(devices)
    timing.export_csv(tmp_path / "t.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "t.csv").read_text())))
    assert len(rows) == 5 * len(devices)
    assert [row["type"] for row in rows[:5]] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d", "whole block"]
    assert all(float(row["median_ms"]) > 0 and float(row["q1_ms"]) <= float(row["q3_ms"]) for row in rows)
    assert timing.export_png(tmp_path / "t.png")
    image = QImage(str(tmp_path / "t.png"))
    assert not image.isNull() and image.width() > 100


def test_a_new_view_shows_the_last_result(qtbot, views) -> None:
    panel, _, _ = views
    run(qtbot, panel)
    late = ActivationView(panel.document, panel.session)
    qtbot.addWidget(late)
    assert late.mosaic.image.image is not None and late.layer_index == 3


def test_vector_outputs_show_as_bars(qtbot, views) -> None:
    from core.model.block import Block, Layer

    panel, view, _ = views
    block = Block(
        [
            Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}),
            Layer("Flatten"),
            Layer("Linear", {"out_features": 10}),
        ],
        input_shape=(2, 3, 8, 8),
    )
    panel.document.replace(block, None)
    result = run(qtbot, panel)
    assert result.layers[1].activation.shape == (2, 144)
    panel.document.set_current_layer(1)  # Flatten: 144 values -> 144 bars, one per value
    assert not view.mosaic.image.isVisible() and view.mosaic.bars.isVisible()
    np.testing.assert_array_equal(view.mosaic.bars.opts["height"], result.layers[1].activation[0])
    assert view.mosaic.describe(17.2, 0.0) == f"value 17 of 144: {result.layers[1].activation[0, 17]:.4g}"
    panel.document.set_current_layer(2)  # Linear: 10 values are 10 bars, nothing padded
    assert len(view.mosaic.bars.opts["height"]) == 10
    assert view.mosaic.describe(10.0, 0.0) == ""  # right of the 10th value: nothing
    # a vector gets one shared scale: the colour bar's numbers are the values' own range
    linear = result.layers[2].activation[0]
    assert view.mosaic.shared and view.mosaic.scale_range == (float(linear.min()), float(linear.max()))
    qtbot.waitUntil(lambda: not view.details_pending())
    assert view.histogramCurve.getData()[1].sum() == 10
