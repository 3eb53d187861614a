"""The palette's groups and search-as-you-type, and Ctrl+A on the cards, with real key events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.layers.registry import LAYER_KINDS
from core.model.step_editing import STEP_KINDS
from gui.editor.palette import GROUP_ROLE, GROUPS
from tests.gui.helpers import kinds


def test_kinds_are_grouped_under_headers_in_the_documented_order(window) -> None:  # noqa: ANN001
    palette = window.layer_palette
    groups = palette.groups()
    assert groups["Convolution"][0] == "Conv2d"
    assert "BatchNorm2d" in groups["Normalisation"]
    assert {"ReLU", "GELU", "Sigmoid"} <= set(groups["Activation"])
    assert {"MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d"} <= set(groups["Pooling"])
    assert "Flatten" in groups["Shape"]
    order = [name for name in GROUPS if name in groups]
    assert list(groups)[: len(order)] == order
    # each group's header sits right above its first kind and cannot be dragged or selected
    view = palette.list
    for group, members in groups.items():
        first = view.row(palette.item_for(members[0]))
        header = view.item(first - 1)
        assert header.data(GROUP_ROLE) == group
        assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
        assert not header.flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_typing_filters_at_once_and_enter_adds_the_first_match(window, qtbot) -> None:  # noqa: ANN001
    palette = window.layer_palette
    palette.search.setFocus()
    QTest.keyClicks(palette.search, "norm")
    assert palette.visible_kinds() == ["BatchNorm2d"]
    # headers of groups with nothing left are hidden too
    assert all(
        palette.list.item(i).isHidden()
        for i in range(palette.list.count())
        if palette.list.item(i).data(GROUP_ROLE) not in (None, "Normalisation")
    )
    QTest.keyClick(palette.search, Qt.Key.Key_Return)
    assert kinds(window)[-1] == "BatchNorm2d"

    palette.search.clear()
    QTest.keyClicks(palette.search, "pool")
    modules = ["MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d"]
    assert palette.visible_kinds() == [*modules, "F.max_pool2d", "F.avg_pool2d", "F.adaptive_avg_pool2d"]
    QTest.keyClicks(palette.search, " max")
    assert palette.visible_kinds() == ["MaxPool2d", "F.max_pool2d"]
    QTest.keyClick(palette.search, Qt.Key.Key_Escape)
    assert palette.search.text() == ""
    assert sorted(palette.visible_kinds()) == sorted([*LAYER_KINDS, *STEP_KINDS])

    QTest.keyClicks(palette.search, "zzz")
    assert palette.visible_kinds() == []
    before = kinds(window)
    QTest.keyClick(palette.search, Qt.Key.Key_Return)  # nothing matches: nothing is added
    assert kinds(window) == before


def test_down_from_the_search_walks_into_the_list_and_enter_adds(window, qtbot) -> None:  # noqa: ANN001
    palette = window.layer_palette
    palette.search.setFocus()
    QTest.keyClicks(palette.search, "relu")
    # GELU: "a smooth ReLU"; F.relu and F.gelu: the same, called in forward
    assert palette.visible_kinds() == ["ReLU", "LeakyReLU", "GELU", "F.relu", "F.gelu"]
    QTest.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.list.hasFocus()
    QTest.keyClick(palette.list, Qt.Key.Key_Down)
    QTest.keyClick(palette.list, Qt.Key.Key_Return)
    assert kinds(window)[-1] == "LeakyReLU"


def test_ctrl_a_selects_every_card(window, qtbot) -> None:  # noqa: ANN001
    view = window.block_view
    view.setFocus()
    second = view.visualRect(view.block_model.index(1)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert view.selected_rows() == [1]
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_rows() == [0, 1, 2, 3]
    # the whole run is what Delete then acts on
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert kinds(window) == []


def test_merge_kinds_sit_in_merge_and_a_drop_makes_the_chain_a_graph(window) -> None:  # noqa: ANN001
    from tests.gui.helpers import send_drop

    palette = window.layer_palette
    assert palette.groups()["Merge"] == ["add", "torch.cat"]
    view = window.block_view
    data = palette.list.mimeData([palette.item_for("torch.cat")])
    send_drop(view.viewport(), view.visualRect(view.block_model.index(3)).bottomLeft(), data)
    document = window.document
    assert document.block.is_graph and document.row_count() == 5
    assert "torch.cat([" in window.code_view.text()
    window.undo_action.trigger()  # one step back to the chain
    assert not document.block.is_graph and len(document.block.layers) == 4
