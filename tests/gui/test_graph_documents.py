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
