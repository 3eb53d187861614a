"""Live mode on the Run tab: every valid edit re-runs the block in the worker and the selected
layer's maps are redrawn; an edit made while a run is under way makes that run obsolete."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from core.files.examples import seed_block
from gui.document.document import BlockDocument
from gui.run.activation_view import ActivationView
from gui.run.run_panel import RunPanel
from gui.run.timing_view import TimingView

WAIT_MS = 60_000


@pytest.fixture
def live(qtbot) -> Iterator[tuple[RunPanel, ActivationView, TimingView]]:
    block = seed_block()
    block.input_shape = (1, 3, 16, 16)
    document = BlockDocument(block)
    document.set_current_layer(0)
    panel = RunPanel(document)
    view = ActivationView(document, panel.session)
    timing = TimingView(document, panel.session)
    host = QWidget()
    for widget in (panel, view, timing):
        widget.setParent(host)
    qtbot.addWidget(host, before_close_func=lambda w: panel.shutdown())
    layout = QHBoxLayout(host)
    for widget in (panel, view, timing):
        layout.addWidget(widget)
    host.resize(1400, 600)
    host.show()
    qtbot.waitExposed(host)
    panel.runsSpin.setValue(2)
    panel.measureSpin.setValue(1)
    yield panel, view, timing
    panel.shutdown()


def test_each_valid_edit_redraws_the_selected_layer(qtbot, live) -> None:
    panel, view, timing = live
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS) as first:
        qtbot.mouseClick(panel.liveCheck, Qt.MouseButton.LeftButton)  # turning it on runs at once
    assert panel.live and first.args[0].layers[0].activation.shape == (1, 16, 16, 16)
    assert first.args[0].total is None  # activations only: live runs are not timed
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS) as blocker:
        panel.document.set_param(0, "kernel_size", 5)  # what typing 5 in the editor does
    result = blocker.args[0]
    assert result.block.layers[0].params["kernel_size"] == 5
    assert view.mosaic.maps.shape == (16, 14, 14)  # (16 + 2 - 5) + 1: the maps of the edited block
    np.testing.assert_array_equal(view.mosaic.maps, result.layers[0].activation[0])
    assert "changed since" not in view.titleLabel.text()
    assert panel.statusLabel.text().startswith("Live: ran 4 layers")
    assert timing.results == []  # nothing was timed, so the Timing tab has no bars to show
    # an invalid edit runs nothing: the last maps stay, and say they are of the older block
    panel.document.set_param(0, "kernel_size", 99)
    QApplication.processEvents()
    assert not panel.session.busy and "waiting for a valid block" in panel.statusLabel.text()
    assert "changed since" in view.titleLabel.text()
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.document.undo_stack.undo()
    assert "changed since" not in view.titleLabel.text()
    qtbot.mouseClick(panel.liveCheck, Qt.MouseButton.LeftButton)
    panel.document.set_param(0, "kernel_size", 3)
    QApplication.processEvents()
    assert not panel.session.busy  # off: edits run nothing


def test_a_newer_edit_makes_the_run_under_way_obsolete(qtbot, live) -> None:
    panel, view, _ = live
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.liveCheck.setChecked(True)
    results = []
    panel.session.resultReady.connect(results.append)
    dropped = panel.session.dropped
    panel.document.set_param(0, "kernel_size", 5)
    QApplication.processEvents()  # the live run for kernel_size 5 is handed to the worker
    assert panel.session.busy
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.document.set_param(0, "kernel_size", 7)
    qtbot.waitUntil(lambda: panel.session.dropped == dropped + 1, timeout=WAIT_MS)
    assert [r.block.layers[0].params["kernel_size"] for r in results] == [7]  # 5's outcome never showed
    assert view.mosaic.maps.shape == (16, 12, 12)


def test_an_edit_drops_a_result_that_finished_before_the_next_run_started(qtbot, live) -> None:
    """The run for the older block may finish while the edit's run is still only scheduled: its
    result is already waiting in the event queue, and must not be shown as the current one."""
    panel, view, _ = live
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.liveCheck.setChecked(True)
    finished_on_the_worker = threading.Event()
    panel.session._worker.finished.connect(lambda *_: finished_on_the_worker.set(), Qt.ConnectionType.DirectConnection)
    results = []
    panel.session.resultReady.connect(results.append)
    dropped = panel.session.dropped
    panel.document.set_param(0, "kernel_size", 5)
    QApplication.processEvents()  # the run for kernel_size 5 starts on the worker
    assert finished_on_the_worker.wait(WAIT_MS / 1000)  # and finishes, GUI thread not yet told
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.document.set_param(0, "kernel_size", 7)
    assert panel.session.dropped == dropped + 1
    assert [r.block.layers[0].params["kernel_size"] for r in results] == [7]
    assert view.mosaic.maps.shape == (16, 12, 12)


def test_input_changes_rerun_in_live_mode(qtbot, live) -> None:
    panel, view, _ = live
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.liveCheck.setChecked(True)
    before = view.mosaic.maps.copy()
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS) as blocker:
        panel.seedSpin.setValue(7)
    assert blocker.args[0].input.description == "random normal (seed 7)"
    assert not np.array_equal(before, view.mosaic.maps)


def test_run_is_disabled_while_a_run_is_under_way(qtbot, live) -> None:
    panel, _, _ = live
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
        assert not panel.runButton.isEnabled() and panel.cancelButton.isEnabled()
    assert panel.runButton.isEnabled() and not panel.cancelButton.isEnabled()
