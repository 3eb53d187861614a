"""The Activations tab follows the training: a validation image through the block with the
weights learnt so far, while it trains and for a confusion-matrix cell the learner clicks."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

import gui.train.train_worker as train_worker

WAIT_MS = 120_000


def small_run(panel, epochs: int = 2) -> None:  # noqa: ANN001 - TrainPanel
    panel.trainSizeSpin.setValue(64)
    panel.valSizeSpin.setValue(32)
    panel.batchSpin.setValue(16)
    panel.epochsSpin.setValue(epochs)
    panel.threadsSpin.setValue(1)


def conv_output(run, index: int) -> np.ndarray:  # noqa: ANN001 - TrainRun
    """What the trained model's first layer makes of validation image `index`, computed here."""
    block = run.model.block.eval()
    first = next(module for module in block.modules() if isinstance(module, torch.nn.Conv2d))
    with torch.no_grad():
        return first(run.val_set.images[index : index + 1]).numpy()


@pytest.fixture
def trained_window(qtbot, window, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(train_worker, "ACTIVATIONS_INTERVAL_S", 0.0)  # every step, to see several
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=WAIT_MS)
    panel = window.train_panel
    small_run(panel)
    sent = []
    panel.activationsReady.connect(sent.append)
    with qtbot.waitSignal(panel.runEnded, timeout=WAIT_MS):
        qtbot.mouseClick(panel.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.activation_view.result is sent[-1], timeout=WAIT_MS)
    return window, panel, sent


def test_the_activations_tab_shows_the_weights_as_they_are_learnt(qtbot, trained_window) -> None:
    window, panel, sent = trained_window
    run = panel.run
    steps = [int(result.origin.rsplit(" ", 1)[1]) for result in sent]
    assert len(sent) >= 3 and steps == sorted(steps) and steps[-1] == run.total_steps  # while it trained
    first_maps = [result.layers[0].activation for result in sent]
    assert not np.allclose(first_maps[0], first_maps[-1])  # the maps changed as the filters learnt
    shown = window.activation_view.result
    assert shown.input.description.startswith("validation image 1 (")
    assert shown.layers[0].activation.shape == (1, 16, 32, 32)  # the dataset's 32x32, not the block's 64x64
    # the eval-mode BatchNorm is applied after the conv: the conv's own maps are the trained weights' output
    np.testing.assert_allclose(shown.layers[0].activation, conv_output(run, 0), rtol=1e-4, atol=1e-5)
    title = window.activation_view.titleLabel.text()
    assert f"trained weights, epoch 2, step {run.total_steps}" in title and "changed since" not in title
    assert run.model.training  # the training model itself was never switched to eval or moved


def test_a_confusion_matrix_cell_shows_its_first_image_in_the_activations_tab(qtbot, trained_window) -> None:
    window, panel, _ = trained_window
    run = panel.run
    matrix = run.confusion.tolist()
    r, c = next((r, c) for r in range(4) for c in range(4) if matrix[r][c] and (r, c) != (0, 0))
    index = int(((run.val_set.labels == r) & (run.val_predictions == c)).nonzero().flatten()[0])
    panel.confusion.cellClicked.emit(r, c)
    qtbot.waitUntil(
        lambda: window.activation_view.result.input.description.startswith(f"validation image {index + 1} ("),
        timeout=WAIT_MS,
    )
    assert run.classes[r] in window.activation_view.result.input.description
    np.testing.assert_allclose(
        window.activation_view.result.layers[0].activation, conv_output(run, index), rtol=1e-4, atol=1e-5
    )
