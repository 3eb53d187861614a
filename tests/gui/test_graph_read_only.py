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
