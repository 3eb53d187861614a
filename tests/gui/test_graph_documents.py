"""A graph block (residual add, functions) opens editable in the window and saves as a graph."""

from __future__ import annotations

from pathlib import Path

from core.files.examples import EXAMPLES_DIR
from core.files.project_file import load_block


def test_graph_example_opens_editable_and_save_as_keeps_the_graph(window, tmp_path: Path) -> None:  # noqa: ANN001
    assert window.files.open_example("basic_block.json")
    document = window.document
    assert document.block.is_graph
    assert document.analysis.ok and document.generated is not None
    assert "out += identity" in document.generated.source
    assert "valid" in window.status_error.text()
    # Save As keeps the graph: the file opens to the same block
    document.save(tmp_path / "copy.json")
    assert load_block(tmp_path / "copy.json").same_content(load_block(EXAMPLES_DIR / "basic_block.json"))
    steps = len(document.block.steps)
    document.append_layer("ReLU")  # what the palette's double-click does: a module and a step
    assert len(document.block.steps) == steps + 1 and document.block.entry_named("relu1") is not None
    assert "self.relu1(out)" in window.code_view.text()
    document.set_option("class_name", "Renamed")
    assert "class Renamed(nn.Module):" in window.code_view.text()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert document.block.same_content(load_block(EXAMPLES_DIR / "basic_block.json"))
    assert not document.is_modified()


def test_flat_blocks_stay_flat_until_a_graph_edit(window) -> None:  # noqa: ANN001
    window.document.append_layer("ReLU")
    assert not window.document.block.is_graph
    assert window.document.block.layers[-1].kind == "ReLU"


def test_a_graph_block_runs_in_the_run_tab_with_its_views(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from gui.document.document import BlockDocument
    from gui.run.activation_view import ActivationView
    from gui.run.run_panel import RunPanel
    from gui.run.timing_view import TimingView

    block = load_block(EXAMPLES_DIR / "basic_block_downsample.json")
    block.input_shape = (2, 64, 16, 16)
    document = BlockDocument(block)
    panel = RunPanel(document)
    activations, timing = ActivationView(document, panel.session), TimingView(document, panel.session)
    host = QWidget()
    for widget in (panel, activations, timing):
        widget.setParent(host)
    qtbot.addWidget(host, before_close_func=lambda w: panel.shutdown())
    panel.runsSpin.setValue(3)
    panel.measureSpin.setValue(2)
    with qtbot.waitSignal(panel.session.resultReady, timeout=60_000) as blocker:
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert [r.label for r in result.layers][5:7] == ["downsample (Sequential)", "add"]
    assert result.layers[-1].activation.shape == (2, 128, 8, 8)
    assert panel.errorLabel.isHidden()
    panel.shutdown()
