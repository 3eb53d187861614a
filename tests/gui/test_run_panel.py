"""RunPanel: press Run, wait for the worker's signal, read what the user would read."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from core.files.examples import seed_block
from core.model.block import Block, Layer
from gui.document.document import BlockDocument
from gui.run.run_panel import RunPanel

WAIT_MS = 60_000  # generous: CI machines are slow; a pass never waits this long


def small_seed(side: int = 24, batch: int = 1) -> Block:
    block = seed_block()
    block.input_shape = (batch, 3, side, side)
    return block


@pytest.fixture
def panel(qtbot) -> Iterator[RunPanel]:
    document = BlockDocument(small_seed())
    panel = RunPanel(document)
    qtbot.addWidget(panel, before_close_func=lambda w: w.shutdown())
    panel.runsSpin.setValue(3)
    panel.measureSpin.setValue(2)
    yield panel
    panel.shutdown()


def press_run(qtbot, panel: RunPanel, signal_name: str = "resultReady"):  # noqa: ANN201
    with qtbot.waitSignal(getattr(panel.session, signal_name), timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    return blocker.args[0] if blocker.args else None


def test_run_shows_progress_and_a_result(qtbot, panel: RunPanel) -> None:
    progress: list[int] = []
    panel.session.progressed.connect(lambda done, text: progress.append(done))
    result = press_run(qtbot, panel)
    assert [r.kind for r in result.layers] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert result.layers[-1].activation.shape == (1, 16, 12, 12)
    assert progress == sorted(progress) and progress[-1] == 1000
    assert panel.progressBar.value() == panel.progressBar.maximum()
    assert panel.statusLabel.text().startswith("Ran 4 layers on cpu")
    assert not panel.cancelButton.isEnabled() and panel.errorLabel.isHidden()


def test_settings_reach_the_run(qtbot, panel: RunPanel) -> None:
    panel.threadsSpin.setValue(1)
    panel.dtypeCombo.setCurrentText("bfloat16")
    panel.inputCombo.setCurrentIndex(panel.inputCombo.findData("sample"))
    result = press_run(qtbot, panel)
    assert (result.threads, result.settings.dtype, result.settings.mode) == (1, "bfloat16", "eval")
    assert result.input.picture is not None and result.input.picture.shape == (24, 24, 3)
    assert all(len(r.timing.runs) >= 3 for r in result.layers)


def test_run_twice_and_stale_results_are_dropped(qtbot, panel: RunPanel) -> None:
    first = press_run(qtbot, panel)
    results, cancels = [], []
    panel.session.resultReady.connect(results.append)
    panel.session.cancelled.connect(lambda: cancels.append(1))
    panel.seedSpin.setValue(7)
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.run()
        panel.seedSpin.setValue(8)
        latest = panel.run()  # supersedes the run just started
    # the worker runs requests in order, so the superseded one has reported (and been dropped) by now
    assert len(results) == 1 and not cancels
    assert panel.session.latest_id == latest
    assert "seed 8" in results[0].input.description
    assert not np.array_equal(results[0].input.values, first.input.values)


def test_cancel_mid_run_then_run_again(qtbot, panel: RunPanel) -> None:
    panel.measureSpin.setValue(10_000)  # 10 s per layer: only a cancel ends this quickly
    panel.runsSpin.setValue(10_000)
    with qtbot.waitSignal(
        panel.session.progressed, check_params_cb=lambda done, text: "timing" in text, timeout=WAIT_MS
    ):
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    assert panel.cancelButton.isEnabled()
    with qtbot.waitSignal(panel.session.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(panel.cancelButton, Qt.MouseButton.LeftButton)
    assert panel.statusLabel.text() == "Cancelled." and not panel.session.busy
    panel.measureSpin.setValue(2)
    panel.runsSpin.setValue(3)
    assert len(press_run(qtbot, panel).layers) == 4


def test_every_listed_device_runs(qtbot, panel: RunPanel) -> None:
    assert panel.deviceCombo.itemData(0) == "cpu"
    for index in range(panel.deviceCombo.count()):
        panel.deviceCombo.setCurrentIndex(index)
        device = panel.deviceCombo.itemData(index)
        assert panel.dtypeCombo.itemText(0) == "float32"
        result = press_run(qtbot, panel)
        assert result.settings.device == device and f"on {device} (" in result.caption()


def test_train_mode_error_is_shown_in_words_with_its_line_and_the_next_run_works(qtbot, panel: RunPanel) -> None:
    panel.document.replace(
        Block([Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer("BatchNorm2d")], input_shape=(1, 3, 3, 3)),
        None,
    )
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("train"))
    shown: list[tuple[str, int]] = []
    panel.errorShown.connect(lambda text, line: shown.append((text, line)))
    failure = press_run(qtbot, panel, "failed")
    assert not panel.errorLabel.isHidden()
    text = panel.errorLabel.text()
    assert "layer 2 BatchNorm2d" in text and "more than 1 value per channel" in text and "eval mode" in text
    assert "Generated line" in text and "nn.BatchNorm2d(4)" in text
    assert shown[-1][1] == failure.line and panel.document.generated.layer_at_line(failure.line) == 1
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("eval"))
    assert press_run(qtbot, panel).layers[1].activation.shape == (1, 4, 1, 1)
    assert panel.errorLabel.isHidden()


def test_teaching_mode_failure_names_the_generated_line(qtbot, panel: RunPanel) -> None:
    panel.document.set_option("super_style", "omitted")
    failure = press_run(qtbot, panel, "failed")
    assert failure.message.startswith("AttributeError: cannot assign module before Module.__init__() call")
    assert failure.line and f"Generated line {failure.line}: self." in panel.errorLabel.text()


def test_invalid_block_and_too_much_memory_are_refused_in_words(qtbot, panel: RunPanel) -> None:
    panel.document.set_option("input_shape", (1, 3, 1, 1))  # MaxPool2d(2) cannot fit
    assert panel.run() is None
    assert panel.errorLabel.text().startswith("Cannot run: layer 4 MaxPool2d")
    panel.document.set_option("input_shape", (64, 3, 512, 512))
    failure = press_run(qtbot, panel, "failed")
    assert "needs about" in failure.message and "reduce the batch" in panel.errorLabel.text()


def test_an_image_file_becomes_the_input(qtbot, panel: RunPanel, tmp_path) -> None:
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    for x in range(30, 60):
        for y in range(30):
            image.setPixelColor(x, y, QColor("blue"))
    image.save(str(tmp_path / "pic.jpg"))
    assert panel.use_image_file(tmp_path / "pic.jpg")
    assert panel.inputCombo.currentText() == "Image: pic.jpg"
    result = press_run(qtbot, panel)
    picture = result.input.picture
    assert picture.shape == (24, 24, 3)
    assert picture[12, 2, 0] > 200 and picture[12, 21, 2] > 200  # red left half, blue right half
    (tmp_path / "bad.png").write_bytes(b"not an image")
    assert not panel.use_image_file(tmp_path / "bad.png")
    assert "cannot read bad.png" in panel.errorLabel.text()


def test_shutdown_while_running_stops_the_thread(qtbot, panel: RunPanel) -> None:
    panel.measureSpin.setValue(10_000)
    with qtbot.waitSignal(panel.session.progressed, timeout=WAIT_MS):
        panel.run()
    panel.shutdown()
    assert panel.session._thread is None and not panel.session.busy
    panel.shutdown()  # twice is harmless
