"""Pictures that do not mislead: shared vs per-channel colour scales with a colour bar, vectors
as bars and padding as background, "zeros" vs "dead", the eval-mode BatchNorm note, and no
made-up histogram axis before a run. Real runs on the CPU, real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.files.examples import seed_block
from core.model.block import Block, Layer
from gui.document.document import BlockDocument
from gui.run.activation_mosaic import GAP, ActivationMosaic, as_maps
from gui.run.activation_view import ActivationView
from gui.run.run_panel import RunPanel

WAIT_MS = 60_000


@pytest.fixture
def views(qtbot) -> Iterator[tuple[RunPanel, ActivationView]]:
    block = seed_block()
    block.input_shape = (2, 3, 16, 16)
    document = BlockDocument(block)
    panel = RunPanel(document)
    view = ActivationView(document, panel.session)
    view.trainModeRequested.connect(panel.run_in_train_mode)
    host = QWidget()
    for widget in (panel, view):
        widget.setParent(host)
    qtbot.addWidget(host, before_close_func=lambda w: panel.shutdown())
    view.resize(900, 600)
    panel.runsSpin.setValue(2)
    panel.measureSpin.setValue(1)
    yield panel, view
    panel.shutdown()


def run(qtbot, panel: RunPanel, button=None):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(button or panel.runButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_one_by_one_maps_share_a_scale_and_the_colour_bar_gives_numbers(qtbot, views) -> None:
    panel, view = views
    block = Block(
        [Layer("Conv2d", {"out_channels": 16, "kernel_size": 3}), Layer("AdaptiveAvgPool2d", {"output_size": 1})],
        input_shape=(1, 3, 16, 16),
    )
    panel.document.replace(block, None)
    result = run(qtbot, panel)
    pooled = result.layers[1].activation[0]  # (16, 1, 1): one value per channel
    assert view.scaleCombo.currentData() == "auto" and view.mosaic.shared
    tiles = view.mosaic.image.image[::3, ::3].reshape(-1)  # 1-pixel tiles, 2-pixel gaps, 4 columns
    order = np.argsort(pooled.reshape(-1))
    # the smallest value is the colormap's first shade, the largest its last, and the order holds
    assert tiles[order[0]] == 0 and tiles[order[-1]] == 254 and np.all(np.diff(tiles[order].astype(int)) >= 0)
    assert view.mosaic.colorBar.isVisible()
    assert view.mosaic.scale_range == pytest.approx((float(pooled.min()), float(pooled.max())))
    assert tuple(view.mosaic.colorBar.viewRange()[1]) == pytest.approx(view.mosaic.scale_range)
    assert view.mosaic.barAxis.isVisible() and view.mosaic.barAxis.range == pytest.approx(list(view.mosaic.scale_range))
    # per channel: each 1x1 tile is its own min and max, so all 16 draw the same, as the issue saw
    view.scaleCombo.setCurrentIndex(view.scaleCombo.findData("channel"))
    assert not view.mosaic.shared and set(view.mosaic.image.image[::3, ::3].reshape(-1)) == {0}


def test_pictures_default_to_per_channel_and_can_share_one_scale(qtbot, views) -> None:
    panel, view = views
    result = run(qtbot, panel)
    panel.document.set_current_layer(0)  # the conv's 16 maps of 16x16
    qtbot.waitUntil(lambda: not view.details_pending())
    maps = result.layers[0].activation[0]
    assert not view.mosaic.shared
    # per channel, the colour bar gives the enlarged channel's own numbers
    assert view.mosaic.scale_range == pytest.approx((float(maps[0].min()), float(maps[0].max())))
    view.scaleCombo.setCurrentIndex(view.scaleCombo.findData("shared"))
    assert view.mosaic.shared
    assert view.mosaic.scale_range == pytest.approx((float(maps.min()), float(maps.max())))
    image = view.mosaic.image.image
    assert image[image != GAP].min() == 0 and image[image != GAP].max() == 254
    tile = image[:16, :16]  # channel 0 alone no longer spans the whole colormap
    assert (tile.min(), tile.max()) != (0, 254)


def test_a_long_vector_wraps_with_its_padding_as_background(qtbot) -> None:
    mosaic = ActivationMosaic()
    qtbot.addWidget(mosaic)
    values = np.linspace(-1, 1, 300, dtype=np.float32)
    maps, length = as_maps(values)
    mosaic.set_maps(maps, length)
    image = mosaic.image.image
    assert image.shape == (17, 18) and mosaic.image.isVisible() and not mosaic.bars.isVisible()
    flat = image.reshape(-1)
    assert np.all(flat[300:] == GAP) and np.all(flat[:300] != GAP)  # 6 padded cells: background
    assert flat[0] == 0 and flat[299] == 254  # one shared scale, min to max
    assert mosaic.image.lut[GAP][3] == 0  # the gap shade is transparent: the background shows


def test_zeros_are_zeros_and_dead_is_kept_for_activations(qtbot, views) -> None:
    panel, view = views
    result = run(qtbot, panel)
    panel.document.set_current_layer(3)  # MaxPool2d: zeros, but no word of dead units
    qtbot.waitUntil(lambda: not view.details_pending())
    values = result.layers[3].activation[0]
    text = view.statsLabel.text()
    assert f"zeros {np.mean(values == 0):.1%}" in text and "dead" not in text
    panel.document.set_current_layer(2)  # ReLU: dead channels, over the whole batch
    qtbot.waitUntil(lambda: not view.details_pending())
    assert "dead channels:" in view.statsLabel.text() and "zero everywhere for all 2 samples" in view.statsLabel.text()


def test_eval_batchnorm_says_why_it_changes_nothing_and_offers_train_mode(qtbot, views) -> None:
    panel, view = views
    result = run(qtbot, panel)
    panel.document.set_current_layer(1)  # BatchNorm2d after the conv
    conv, bn = result.layers[0].activation, result.layers[1].activation
    assert np.allclose(conv, bn, atol=1e-3)  # eval mode, fresh statistics: (x - 0) / sqrt(1 + eps)
    assert view.noteLabel.isVisibleTo(view) and "running statistics (mean 0, variance 1)" in view.noteLabel.text()
    assert view.trainButton.isVisibleTo(view)
    panel.document.set_current_layer(0)
    assert not view.noteLabel.isVisibleTo(view) and not view.trainButton.isVisibleTo(view)
    panel.document.set_current_layer(1)
    trained = run(qtbot, panel, view.trainButton)
    assert trained.settings.train and panel.modeCombo.currentData() == "train"
    assert not view.noteLabel.isVisibleTo(view)  # train mode: the picture is the normalised batch
    bn_train = trained.layers[1].activation
    assert not np.allclose(trained.layers[0].activation, bn_train, atol=1e-3)
    assert abs(float(bn_train[:, 0].mean())) < 1e-4  # every channel normalised with the batch's mean


def test_no_made_up_histogram_before_a_run(qtbot, views) -> None:
    panel, view = views
    view.show()
    qtbot.waitExposed(view)
    assert not view.histogram.isVisible() and not view.mosaic.colorBar.isVisible()
    run(qtbot, panel)
    qtbot.waitUntil(lambda: not view.details_pending())
    assert view.histogram.isVisible()
    assert view.histogram.getAxis("left").labelString().find("x0.001") == -1
