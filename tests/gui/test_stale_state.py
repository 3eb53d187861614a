"""One rule: a result computed from an older block or input says so or is recomputed. The Run
tab's error, the Timing bars, the super() lesson's cited line, the hover readout and the
progress bar after Cancel, each with real widgets and real runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.files.examples import EXAMPLES_DIR, seed_block
from core.files.project_file import load_block
from core.model.block import Block, Layer
from gui.document.document import BlockDocument
from gui.inspectors.learn_panel import LearnPanel
from gui.run.activation_view import ActivationView
from gui.run.run_panel import STALE_PREFIX, RunPanel
from gui.run.timing_view import TimingView

WAIT_MS = 60_000


@pytest.fixture
def views(qtbot) -> Iterator[tuple[RunPanel, ActivationView, TimingView]]:
    block = seed_block()
    block.input_shape = (1, 3, 16, 16)
    document = BlockDocument(block)
    panel = RunPanel(document)
    activations = ActivationView(document, panel.session)
    timing = TimingView(document, panel.session)
    host = QWidget()
    for widget in (panel, activations, timing):
        widget.setParent(host)
    qtbot.addWidget(host, before_close_func=lambda w: panel.shutdown())
    panel.runsSpin.setValue(2)
    panel.measureSpin.setValue(1)
    yield panel, activations, timing
    panel.shutdown()


def press_run(qtbot, panel: RunPanel, signal_name: str = "resultReady"):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(getattr(panel.session, signal_name), timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    return blocker.args[0] if blocker.args else None


def test_a_refusal_is_recomputed_after_each_edit(qtbot, views) -> None:
    panel, _, _ = views
    document = panel.document
    document.set_param(0, "kernel_size", 99)
    qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    assert panel.errorLabel.isVisibleTo(panel) and "kernel_size 99" in panel.errorLabel.text()
    document.set_param(0, "kernel_size", 98)  # still wrong: the message follows the block
    assert "kernel_size 98" in panel.errorLabel.text() and "99" not in panel.errorLabel.text()
    document.set_param(0, "kernel_size", 3)  # fixed: the refusal is gone
    assert not panel.errorLabel.isVisibleTo(panel) and "valid now" in panel.statusLabel.text()
    assert len(press_run(qtbot, panel).layers) == 4


def test_a_failed_run_says_it_was_the_older_block(qtbot, views) -> None:
    panel, _, _ = views
    block = Block(
        [Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer("BatchNorm2d")], input_shape=(1, 3, 3, 3)
    )
    panel.document.replace(block, None)
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("train"))
    press_run(qtbot, panel, "failed")
    assert "more than 1 value per channel" in panel.errorLabel.text()
    assert not panel.errorLabel.text().startswith(STALE_PREFIX)
    panel.document.set_param(0, "out_channels", 8)
    assert panel.errorLabel.text().startswith(STALE_PREFIX) and "more than 1 value" in panel.errorLabel.text()


def test_timing_of_an_older_block_says_so(qtbot, views) -> None:
    panel, _, timing = views
    press_run(qtbot, panel)
    assert not timing.staleLabel.isVisibleTo(timing)
    panel.document.set_param(0, "out_channels", 8)
    assert timing.staleLabel.isVisibleTo(timing) and "before your last edit" in timing.staleLabel.text()
    panel.document.undo_stack.undo()  # back to the block that was timed
    assert not timing.staleLabel.isVisibleTo(timing)
    panel.document.set_param(0, "out_channels", 8)
    press_run(qtbot, panel)
    assert not timing.staleLabel.isVisibleTo(timing)


def test_the_hover_readout_goes_with_a_new_layer_or_example(qtbot, views) -> None:
    panel, view, _ = views
    press_run(qtbot, panel)
    mosaic = view.mosaic
    mosaic.hovered.emit(mosaic.describe(0.5, 0.5))  # what moving the mouse there reports
    assert view.hoverLabel.text().startswith("channel 0")
    panel.document.set_current_layer(0)
    assert view.hoverLabel.text().strip() == ""
    mosaic.hovered.emit(mosaic.describe(0.5, 0.5))
    assert view.hoverLabel.text().startswith("channel 0")
    panel.document.replace(load_block(EXAMPLES_DIR / "lenet_features.json"), None)
    assert view.hoverLabel.text().strip() == ""


def test_the_progress_bar_is_reset_by_cancel(qtbot, views) -> None:
    panel, _, _ = views
    panel.measureSpin.setValue(10_000)
    panel.runsSpin.setValue(10_000)
    with qtbot.waitSignal(panel.session.progressed, check_params_cb=lambda d, t: d > 0, timeout=WAIT_MS):
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    assert panel.progressBar.value() > 0
    with qtbot.waitSignal(panel.session.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(panel.cancelButton, Qt.MouseButton.LeftButton)
    assert panel.progressBar.value() == 0 and panel.statusLabel.text() == "Cancelled."


def test_the_super_lesson_follows_the_block_and_names_the_code_view_line(qtbot) -> None:
    document = BlockDocument()
    panel = LearnPanel(document)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.teaching_button, Qt.MouseButton.LeftButton)
    code = document.generated.source.splitlines()
    shown_line = code.index("        self.conv_block = nn.Sequential(") + 1
    assert panel.lesson.error.line == shown_line - 1  # the lesson's class lacks the super line
    assert f"in the code view, which has it, the failing line is line {shown_line}" in panel.teaching_view.toPlainText()
    document.set_option("container", "attributes")  # no Sequential any more: the lesson is rebuilt
    text = panel.teaching_view.toPlainText()
    assert "nn.Sequential" not in text and "nn.Sequential" not in panel.lesson.source
    failing = panel.lesson.source.splitlines()[panel.lesson.error.line - 1]
    assert failing in document.generated.source.splitlines() and "self.conv1 = nn.Conv2d(" in failing
    where = document.generated.source.splitlines().index(failing) + 1
    assert f"the failing line is line {where}" in text
