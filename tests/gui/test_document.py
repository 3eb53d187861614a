"""BlockDocument: one recompute and one `changed` per undo step, merging, current layer."""

from __future__ import annotations

import pytest

from core.model.block import Block, Layer
from gui.document.document import BlockDocument


@pytest.fixture
def document(qtbot) -> BlockDocument:  # noqa: ANN001 - qtbot: a QApplication exists
    return BlockDocument()


def test_starts_on_the_seed_with_analysis_and_code(document: BlockDocument) -> None:
    assert [layer.kind for layer in document.block.layers] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert document.analysis.ok and document.analysis.output_shape == (1, 16, 32, 32)
    assert document.generated is not None and "class ConvBlock" in document.generated.source
    assert document.current_layer == -1 and not document.is_modified()


def test_each_step_emits_changed_once_after_recomputing(document: BlockDocument, qtbot) -> None:  # noqa: ANN001
    seen: list[tuple[int, str]] = []
    document.changed.connect(lambda: seen.append((len(document.analysis.layers), document.generated.source)))
    document.remove_rows([0, 2])  # two runs, one step
    assert len(seen) == 1
    assert seen[-1][0] == 2 and "nn.ReLU" not in seen[-1][1]
    document.undo_stack.undo()
    assert len(seen) == 2 and seen[-1][0] == 4


def test_spin_edits_from_one_editor_merge_and_going_back_drops_the_step(document: BlockDocument) -> None:
    editor = object()
    for value in (1, 16, 160):
        document.set_param(0, "out_channels", value, merge_key=id(editor))
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set Conv2d out_channels"
    document.set_param(0, "out_channels", 16, merge_key=id(editor))  # back to the start
    assert document.undo_stack.count() == 0 and not document.is_modified()
    # another editor (or no key) is its own step
    document.set_param(0, "out_channels", 8, merge_key=id(editor))
    document.set_param(0, "out_channels", 9, merge_key=id(object()))
    assert document.undo_stack.count() == 2


def test_invalid_values_are_refused_before_they_reach_the_block(document: BlockDocument) -> None:
    with pytest.raises(ValueError, match="whole number from 1"):
        document.set_param(0, "out_channels", 0)
    assert document.undo_stack.count() == 0


def test_moves_of_any_selection_undo_exactly(document: BlockDocument) -> None:
    document.add_layers(4, ["AvgPool2d", "ReLU", "Conv2d"])
    original = [layer.uid for layer in document.block.layers]
    document.move_rows([0, 3, 5], 7)
    kinds = [layer.kind for layer in document.block.layers]
    assert kinds == ["BatchNorm2d", "ReLU", "AvgPool2d", "Conv2d", "Conv2d", "MaxPool2d", "ReLU"]
    document.shift_rows([0, 2], -1)  # row 0 cannot go up: nothing happens
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert [layer.uid for layer in document.block.layers] == original


def test_current_layer_follows_removal_and_replace_clears_history(document: BlockDocument) -> None:
    document.set_current_layer(3)
    document.remove_rows([3])
    assert document.current_layer == 2
    document.replace(Block([Layer("ReLU")], class_name="Tiny"), None)
    assert document.current_layer == -1
    assert not document.undo_stack.canUndo() and not document.is_modified()
    assert "class Tiny(nn.Module)" in document.generated.source


def test_a_bad_name_is_a_codegen_error_not_an_exception(document: BlockDocument) -> None:
    document.set_argument(0, "out_channels", "conv_block")  # clashes with the container attribute
    assert document.generated is None
    assert "conv_block" in (document.codegen_error or "")
    assert document.error_text is not None
