"""The run tabs inside the main window: a failed run marks its generated line; success or an edit clears it."""

from __future__ import annotations

from core.model.block import Block, Layer
from tests.gui.test_run_panel import press_run


def test_a_failed_run_marks_its_line_until_a_run_works(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    panel = window.run_panel
    block = Block(
        [Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer("BatchNorm2d")], input_shape=(1, 3, 3, 3)
    )
    window.document.replace(block, None)
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("train"))
    failure = press_run(qtbot, panel, "failed")
    assert window.code_view.error_line == failure.line
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("eval"))
    press_run(qtbot, panel)
    assert window.code_view.error_line is None


def test_an_edit_clears_a_stale_failure_mark(window, qtbot) -> None:
    window.code_view.mark_error_line(17)
    window.document.append_layer("ReLU")
    assert window.code_view.error_line is None
