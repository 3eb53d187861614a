"""A graph block (residual add, functions) opens in today's window read-only, with a note saying why."""

from __future__ import annotations

from pathlib import Path

from core.files.examples import EXAMPLES_DIR
from core.files.project_file import load_block


def test_graph_example_opens_read_only_with_its_code_and_a_note(window, tmp_path: Path) -> None:  # noqa: ANN001
    assert window.files.open_example("basic_block.json")
    document = window.document
    assert document.read_only and document.block.is_graph
    assert document.analysis.ok and document.generated is not None
    assert "out += identity" in document.generated.source
    assert window.status_error.text() == document.READ_ONLY_NOTE
    before = document.block.copy()
    document.append_layer("ReLU")  # what the palette's double-click does
    document.set_option("class_name", "Renamed")
    assert document.block.same_content(before) and not document.is_modified()
    # Save As keeps the graph: the file opens to the same block
    document.save(tmp_path / "copy.json")
    assert load_block(tmp_path / "copy.json").same_content(load_block(EXAMPLES_DIR / "basic_block.json"))


def test_flat_blocks_stay_editable(window) -> None:  # noqa: ANN001
    assert not window.document.read_only
    window.document.append_layer("ReLU")
    assert window.document.block.layers[-1].kind == "ReLU"
    assert window.status_error.text() != window.document.READ_ONLY_NOTE


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
    activations, timing = ActivationView(document, panel), TimingView(document, panel)
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
