"""Building and rearranging the block in the real window: drops, reorder, delete, keys, undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QListWidgetItem

from core.layers.registry import LAYER_KINDS
from core.model.step_editing import STEP_KINDS
from gui.editor.block_model import ERROR_ROLE, SHAPE_ROLE, STATE_ROLE, kinds_mime
from gui.editor.palette import KIND_ROLE
from tests.gui.helpers import kinds, send_drag_move, send_drop

SEED = ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]


def palette_item(window, kind: str) -> QListWidgetItem:  # noqa: ANN001
    palette = window.layer_palette.list
    return next(palette.item(i) for i in range(palette.count()) if palette.item(i).data(KIND_ROLE) == kind)


def test_window_has_the_named_parts_and_opens_on_the_seed(window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    for name in ("layerPalette", "blockView", "propertiesPanel", "codeView", "summaryTable", "inspectorTabs"):
        assert window.findChild(QWidget, name) is not None, name
    assert kinds(window) == SEED
    assert "class ConvBlock(nn.Module):" in window.code_view.text()
    assert "super().__init__()" in window.code_view.text()


def test_palette_lists_every_registry_kind_with_a_tooltip(window) -> None:  # noqa: ANN001
    palette = window.layer_palette
    listed = [kind for members in palette.groups().values() for kind in members]
    assert sorted(listed) == sorted([*LAYER_KINDS, *STEP_KINDS]) and len(listed) == len(set(listed))
    assert palette.visible_kinds() == listed
    tip = palette_item(window, "MaxPool2d").toolTip()
    assert LAYER_KINDS["MaxPool2d"].summary in tip and "H_out" in tip
    assert not palette_item(window, "Conv2d").icon().isNull()


def test_drop_from_palette_through_the_model_inserts_at_the_row(window) -> None:  # noqa: ANN001
    model = window.block_view.block_model
    palette = window.layer_palette.list
    # what Qt's own drag code asks the palette for (C++ calls our mimeData override)
    row = palette.row(palette_item(window, "ReLU"))
    data = palette.model().mimeData([palette.model().index(row, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert kinds(window) == ["Conv2d", "ReLU", "BatchNorm2d", "ReLU", "MaxPool2d"]
    # the new card is selected and its code is there
    assert window.document.current_layer == 1
    assert window.code_view.text().count("nn.ReLU()") == 2
    assert window.summary_table.summary_model.rowCount() == 6  # 5 layers + totals


def test_drop_event_on_the_view_shows_the_indicator_and_inserts_there(window, qtbot) -> None:  # noqa: ANN001
    view = window.block_view
    second = view.visualRect(view.block_model.index(1))
    pos = QPoint(second.center().x(), second.top() + 3)  # upper half of card 2: before it
    data = kinds_mime(["AvgPool2d"])
    send_drag_move(view.viewport(), pos, data)
    assert view.drop_indicator_row == 1
    event = send_drop(view.viewport(), pos, data)
    assert event.isAccepted()
    assert view.drop_indicator_row is None
    assert kinds(window) == ["Conv2d", "AvgPool2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    # on the lower half of the last card: appended
    view.scrollToBottom()
    last = view.visualRect(view.block_model.index(4))
    send_drop(view.viewport(), QPoint(last.center().x(), last.bottom() - 3), kinds_mime(["Conv2d"]))
    assert kinds(window)[-1] == "Conv2d"


def test_reorder_by_dragging_cards_and_undo_restores_the_code(window) -> None:  # noqa: ANN001
    view = window.block_view
    original = window.code_view.text()
    view.select_rows([3])
    data = view.block_model.mimeData(view.selectionModel().selectedRows())
    first = view.visualRect(view.block_model.index(0))
    send_drop(view.viewport(), QPoint(first.center().x(), first.top() + 2), data)
    assert kinds(window) == ["MaxPool2d", "Conv2d", "BatchNorm2d", "ReLU"]
    assert view.selected_rows() == [0]
    assert window.code_view.text() != original
    window.undo_action.trigger()
    assert kinds(window) == SEED
    assert window.code_view.text() == original
    window.redo_action.trigger()
    assert kinds(window)[0] == "MaxPool2d"


def test_rows_from_another_document_are_refused(window) -> None:  # noqa: ANN001
    from PySide6.QtCore import QByteArray, QMimeData

    from gui.editor.block_model import ROWS_MIME

    data = QMimeData()
    data.setData(ROWS_MIME, QByteArray(b'{"document": 1, "rows": [0]}'))
    model = window.block_view.block_model
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert kinds(window) == SEED


def test_keys_delete_duplicate_and_move_a_multi_selection(window, qtbot) -> None:  # noqa: ANN001
    view = window.block_view
    original = window.code_view.text()
    view.setFocus()
    view.select_rows([1, 2])
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert kinds(window) == ["BatchNorm2d", "ReLU", "Conv2d", "MaxPool2d"]
    assert view.selected_rows() == [0, 1]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert kinds(window) == SEED
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert kinds(window) == ["Conv2d", "BatchNorm2d", "ReLU", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert view.selected_rows() == [3, 4]
    view.select_rows([0, 5])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert kinds(window) == ["BatchNorm2d", "ReLU", "BatchNorm2d", "ReLU"]
    assert window.undo_action.text() == "&Undo Delete 2 layers"
    # everything undone: the code is exactly what it was
    while window.document.undo_stack.canUndo():
        window.undo_action.trigger()
    assert kinds(window) == SEED
    assert window.code_view.text() == original
    assert not window.document.is_modified()


def test_double_click_appends_and_an_empty_block_can_grow_into_the_seed(window, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from core.files.examples import seed_block

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.new_action.trigger()
    assert kinds(window) == []
    palette = window.layer_palette.list
    for kind in ("Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"):
        palette.itemActivated.emit(palette_item(window, kind))
    assert kinds(window) == SEED
    assert window.document.analysis.ok
    assert seed_block().layers[3].kind == "MaxPool2d"


def test_invalid_edit_marks_the_card_and_hides_later_shapes(window) -> None:  # noqa: ANN001
    document = window.document
    document.add_layers(4, ["ReLU"])
    model = window.block_view.block_model
    document.set_param(3, "kernel_size", 80)  # larger than the 64x64 input
    error = model.index(3).data(ERROR_ROLE)
    assert "kernel_size 80 is larger than the padded input 64x64" in error
    assert model.index(3).data(STATE_ROLE) == "error"
    assert model.index(4).data(STATE_ROLE) == "unknown"
    assert model.index(4).data(SHAPE_ROLE) == ""
    assert model.index(2).data(SHAPE_ROLE) == "(1, 16, 64, 64)"
    assert "kernel_size 80" in window.status_error.text()
    table = window.summary_table.summary_model
    assert table.cell(3, 2) == "invalid" and table.cell(4, 2) == "—"
    window.undo_action.trigger()
    assert model.index(3).data(STATE_ROLE) == "ok"
    assert "valid" in window.status_error.text()
