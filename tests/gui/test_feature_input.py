"""Feature inputs (N, F): switch the block settings to them, build and import an LR-like Linear
block, and run it; code, summary, activations and undo follow, as for images."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

import core
from core.model.block import Block, Layer
from gui.document.document import BlockDocument
from gui.document.import_python import import_python
from gui.properties.block_settings import BlockSettingsForm
from gui.run.activation_view import ActivationView
from gui.run.run_panel import RunPanel

SEED = Path(__file__).resolve().parents[1] / "data" / "import" / "seed_convblock.py"
WAIT_MS = 60_000  # generous for slow CI machines; a pass never waits this long


def settings_form(window) -> BlockSettingsForm:  # noqa: ANN001
    window.block_view.select_rows([])  # no layer selected: the block's own settings
    form = window.properties_panel.form
    assert isinstance(form, BlockSettingsForm)
    return form


def visible_spins(form: BlockSettingsForm) -> list[str]:
    return [s.objectName() for s in (*form.shape_spins, form.feature_spin) if not s.isHidden()]


def test_switch_to_features_build_a_linear_block_and_undo_it_all(window, qtbot) -> None:  # noqa: ANN001
    window.new_action.trigger()
    document = window.document
    image_shape = tuple(document.block.input_shape)
    form = settings_form(window)
    assert visible_spins(form) == ["input_N", "input_C", "input_H", "input_W"]
    assert form.shape_label.text() == "Input N, C, H, W"

    form.input_kind.setCurrentIndex(form.input_kind.findData("features"))
    n, c, h, w = image_shape
    assert document.block.input_shape == (n, c * h * w)  # what Flatten would hand a Linear
    assert visible_spins(form) == ["input_N", "input_F"] and form.shape_label.text() == "Input N, F"
    assert document.undo_stack.count() == 1 and window.undo_action.text() == "&Undo Set input shape"
    form.feature_spin.setValue(10)
    form.shape_spins[0].setValue(2)  # N is shared by both kinds of input
    assert document.block.input_shape == (2, 10)

    document.append_layer("Linear")
    document.append_layer("ReLU")
    source = window.code_view.text()
    assert "nn.Linear(10, 10)" in source and "print(model(torch.randn(2, 10)).shape)" in source
    summary = window.summary_table.summary_model
    assert [summary.cell(row, 2) for row in range(3)] == ["(2, 10)", "(2, 10)", "(2, 10)"]
    assert summary.cell(0, 3) == "110"  # 10 x 10 weights + 10 biases
    assert window.input_label.text().strip() == "in   (2, 10)"
    document.set_current_layer(0)  # the Learn tab explains the Linear with these numbers
    explained = window.learn_panel.layer_view.toPlainText()
    assert "weight = out_features * in_features = 10 * 10 = 100" in explained
    assert "The output is not a spatial map" in explained

    document.append_layer("Conv2d")  # refused exactly as torch refuses it, in words
    assert summary.cell(2, 2) == "invalid"
    assert "features have no height and width" in window.status_error.text()

    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.block.input_shape == image_shape and not document.block.layers
    form = settings_form(window)
    assert form.input_kind.currentData() == "image"
    assert visible_spins(form) == ["input_N", "input_C", "input_H", "input_W"]
    assert [s.value() for s in form.shape_spins] == list(image_shape)


def test_switching_back_to_image_restores_the_last_image_shape(window) -> None:  # noqa: ANN001
    form = settings_form(window)
    form.shape_spins[2].setValue(32)
    before = tuple(window.document.block.input_shape)
    form.input_kind.setCurrentIndex(form.input_kind.findData("features"))
    form.input_kind.setCurrentIndex(form.input_kind.findData("image"))
    assert window.document.block.input_shape == before
    assert window.document.analysis.ok  # the seed's ConvBlock runs again


def test_import_the_seeds_lr_gives_a_runnable_features_block(window, monkeypatch) -> None:  # noqa: ANN001
    offered: list[list[str]] = []
    notes: list[str] = []

    def choose_lr(parent, title, label, items, *args):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return next(item for item in items if item.startswith("LR ")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose_lr)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: notes.append(text))
    assert import_python(window.files, str(SEED))
    block = window.document.block
    assert block.class_name == "LR" and block.input_shape == (1, 10)
    assert [layer.kind for layer in block.layers] == ["Linear"]
    source = window.code_view.text()
    assert "super(LR, self).__init__()" in source and "self.fc1 = nn.Linear(10, self.output_size)" in source
    assert "argument output_size has no default at line 30" in notes[0]
    assert "Block Studio's default for Linear out_features: 10" in notes[0]
    assert window.document.analysis.ok
    assert core.instantiate(block)(torch.randn(1, 10)).shape == (1, 10)
    form = settings_form(window)
    assert form.input_kind.currentData() == "features" and form.feature_spin.value() == 10


# ---- running a features block ----------------------------------------------------------------


@pytest.fixture
def features_run(qtbot) -> Iterator[tuple[RunPanel, ActivationView]]:
    block = Block(
        [Layer("Linear", {"out_features": 6}), Layer("ReLU"), Layer("Linear", {"out_features": 4})],
        class_name="LR",
        input_shape=(2, 10),
        container="attributes",
    )
    document = BlockDocument(block)
    panel = RunPanel(document)
    view = ActivationView(document, panel.session)
    view.setParent(panel)
    qtbot.addWidget(panel, before_close_func=lambda w: w.shutdown())
    view.resize(700, 400)
    panel.runsSpin.setValue(3)
    panel.measureSpin.setValue(2)
    yield panel, view
    panel.shutdown()


def press_run(qtbot, panel: RunPanel, signal_name: str = "resultReady"):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(getattr(panel.session, signal_name), timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_run_a_features_block_on_cpu_and_see_its_outputs(qtbot, features_run) -> None:  # noqa: ANN001
    panel, view = features_run
    assert panel.inputCombo.currentData() == "random"
    result = press_run(qtbot, panel)
    assert result.input.values.shape == (2, 10) and result.input.picture is None
    assert [r.activation.shape for r in result.layers] == [(2, 6), (2, 6), (2, 4)]
    assert panel.statusLabel.text().startswith("Ran 3 layers on cpu") and panel.errorLabel.isHidden()
    # nothing selected: the block's output, a vector of 4 shown as one 2 x 2 map
    assert view.titleLabel.text().startswith("block output: layer 3 Linear, output (2, 4)")
    assert view.mosaic.maps.shape == (1, 2, 2)
    qtbot.waitUntil(lambda: not view.details_pending(), timeout=WAIT_MS)
    output = result.layers[2].activation[0]
    assert view.summary.minimum == pytest.approx(float(output.min()))
    assert view.summary.maximum == pytest.approx(float(output.max()))
    assert view.inputLabel.text() == "input: random normal (seed 0)"
    panel.document.set_current_layer(1)  # the ReLU: its zeros are the dead units
    qtbot.waitUntil(lambda: not view.details_pending(), timeout=WAIT_MS)
    relu = result.layers[1].activation[0]
    assert view.summary.zero_fraction == pytest.approx(float(np.mean(relu == 0)))


def test_an_image_input_for_a_features_block_is_refused_naming_the_shape(qtbot, features_run) -> None:  # noqa: ANN001
    panel, _ = features_run
    panel.inputCombo.setCurrentIndex(panel.inputCombo.findData("sample"))
    press_run(qtbot, panel, "failed")
    text = panel.errorLabel.text()
    assert "the sample image needs an image input (N, C, H, W)" in text
    assert "this block's input shape is (2, 10)" in text
    panel.inputCombo.setCurrentIndex(panel.inputCombo.findData("random"))
    assert press_run(qtbot, panel).layers[-1].activation.shape == (2, 4)


def test_picture_inputs_are_offered_only_to_image_blocks(qtbot, features_run) -> None:  # noqa: ANN001
    panel, _ = features_run
    model = panel.inputCombo.model()
    rows = {panel.inputCombo.itemData(row): row for row in range(panel.inputCombo.count())}
    assert model.item(rows["random"]).isEnabled()
    assert not model.item(rows["sample"]).isEnabled() and not model.item(rows["image"]).isEnabled()
    panel.document.set_option("input_shape", (1, 3, 32, 32))
    assert model.item(rows["sample"]).isEnabled() and model.item(rows["image"]).isEnabled()
