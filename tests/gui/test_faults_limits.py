"""Item 6: the window applies the loader's limits at edit time, and its autosave always restores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from core.files.project_file import block_from_dict, block_to_dict
from core.model.block import MAX_LAYERS, Block, Layer
from gui.document.autosave import crash_leftovers
from gui.document.import_python import import_python


def relus(count: int) -> Block:
    return Block([Layer("ReLU") for _ in range(count)], input_shape=(1, 3, 8, 8))


def assert_loads(block: Block) -> None:
    block_from_dict(block_to_dict(block))  # raises ProjectFileError past any limit


def test_ctrl_d_past_the_layer_limit_is_refused_with_a_message(window, qtbot) -> None:
    window.document.replace(relus(600), None)
    window.block_view.select_rows(list(range(600)))
    window.block_view.duplicate_action.trigger()
    assert len(window.document.block.layers) == 600
    assert f"{MAX_LAYERS:,}" in window.statusBar().currentMessage()
    assert not window.document.undo_stack.canUndo() and not window.document.undo_stack.canRedo()
    assert_loads(window.document.block)
    window.block_view.select_rows([0])
    window.block_view.duplicate_action.trigger()  # within the limit: still works
    assert len(window.document.block.layers) == 601


def test_an_input_shape_past_the_memory_limit_is_refused(window) -> None:
    before = window.document.block.input_shape
    window.document.set_option("input_shape", (4096, 3, 8192, 8192))  # 3 TiB of input
    assert window.document.block.input_shape == before
    assert "Block Studio allows" in window.statusBar().currentMessage()
    assert not window.document.undo_stack.canRedo() and not window.document.is_modified()


def test_a_merged_parameter_drag_past_the_limit_is_rolled_back(window) -> None:
    document = window.document
    document.set_option("input_shape", (1, 3, 8192, 8192))
    key = object()
    document.set_param(0, "out_channels", 8, merge_key=key)
    document.set_param(0, "out_channels", 16384, merge_key=key)  # 4 TiB of activations
    assert_loads(document.block)
    assert document.block.layers[0].value("out_channels") != 16384
    assert "Block Studio allows" in window.statusBar().currentMessage()
    assert not document.undo_stack.canRedo()


def test_import_python_past_the_layer_limit_is_refused(window, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "deep.py"
    layers = ", ".join(["nn.ReLU()"] * (MAX_LAYERS + 1))
    source.write_text(
        "import torch.nn as nn\n\n\nclass Deep(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        f"        self.body = nn.Sequential({layers})\n\n    def forward(self, x):\n        return self.body(x)\n"
    )
    shown: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a: shown.append(text))
    before = len(window.document.block.layers)
    assert not import_python(window.files, str(source))
    assert len(window.document.block.layers) == before
    assert any(f"{MAX_LAYERS:,}" in text for text in shown)


def test_the_autosave_of_a_block_at_the_limit_restores(window, isolated_autosave: Path) -> None:
    window.document.replace(relus(MAX_LAYERS - 1), None)
    window.block_view.select_rows([0, 1])
    window.block_view.duplicate_action.trigger()  # one too many: refused
    window.block_view.select_rows([0])
    window.block_view.duplicate_action.trigger()  # exactly the limit
    window.autosaver.write_now()
    copy = window.autosaver.folder / "session-1-1.json"  # as a crashed session would leave it
    copy.write_bytes(window.autosaver.path.read_bytes())
    set_aside: list[Path] = []
    leftovers = crash_leftovers(window.autosaver.folder, set_aside)
    assert set_aside == []
    assert [len(leftover.block.layers) for leftover in leftovers] == [MAX_LAYERS]


def test_a_block_at_the_limit_still_saves(window, tmp_path: Path) -> None:
    window.document.replace(relus(MAX_LAYERS), None)
    window.document.save(tmp_path / "full.json")
