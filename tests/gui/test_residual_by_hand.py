"""Acceptance: a ResNet BasicBlock built with the real mouse and keyboard computes torchvision's.

New block; Conv2d, BatchNorm2d, ReLU, Conv2d, BatchNorm2d dropped from the palette; the convs
set to 3x3 / padding 1 / no bias in their properties; Ctrl+A, Ctrl+R; a final ReLU dropped at the
end. The generated class, with the weights of a hand-written torchvision BasicBlock, gives the
same output (the projection is there because the channels change, 3 -> 16).
"""

from __future__ import annotations

import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QSpinBox
from torch import nn

from core.codegen.loader import instantiate_class, load_module
from tests.core.test_graph_examples import BasicBlock  # the one hand-written torchvision reference
from tests.gui.helpers import send_drop


def drop_kind(window, kind: str) -> None:  # noqa: ANN001
    """Drag `kind` from the palette and drop it below the last card, as a real drag ends."""
    palette = window.layer_palette.list
    item = window.layer_palette.item_for(kind)
    data = palette.model().mimeData([palette.indexFromItem(item)])  # what Qt's drag asks the palette for
    view = window.block_view
    bottom = view.viewport().height() - 4
    send_drop(view.viewport(), QPoint(view.viewport().width() // 2, bottom), data)


def click_card(window, row: int) -> None:  # noqa: ANN001
    view = window.block_view
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.block_model.index(row)).center()
    )


def type_into(spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)


def test_basic_block_with_projection_by_mouse_and_keyboard(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitActive(window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File > New
    document = window.document
    assert document.row_count() == 0
    for kind in ("Conv2d", "BatchNorm2d", "ReLU", "Conv2d", "BatchNorm2d"):
        drop_kind(window, kind)
    assert [layer.kind for layer in document.block.layers] == ["Conv2d", "BatchNorm2d", "ReLU", "Conv2d", "BatchNorm2d"]
    for row in (0, 3):  # conv3x3 as torchvision writes it: padding 1, no bias
        click_card(window, row)
        form = window.properties_panel.form
        padding = form.rows["padding"].editor.findChild(QSpinBox)
        type_into(padding, "1")
        QTest.mouseClick(form.rows["bias"].editor.findChild(QCheckBox), Qt.MouseButton.LeftButton)
    assert document.block.layers[3].params == {"out_channels": 16, "kernel_size": 3, "padding": 1, "bias": False}

    view = window.block_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_rows() == [0, 1, 2, 3, 4]
    steps_before = document.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert document.undo_stack.count() == steps_before + 1  # skip, projection and add: one undo step
    assert document.block.is_graph
    message = window.statusBar().currentMessage()
    assert "projection" in message and "3 -> 16" in message
    drop_kind(window, "ReLU")

    source = window.code_view.text()
    assert "identity = self.downsample(x)" in source and "out = out + identity" in source
    assert document.analysis.ok, document.analysis.error
    # the generated class computes torchvision's BasicBlock(3, 16) with its 1x1 conv + BN downsample
    torch.manual_seed(0)
    generated = instantiate_class(load_module(document.generated.source, document.block.class_name))
    reference = BasicBlock(3, 16, downsample=nn.Sequential(nn.Conv2d(3, 16, 1, bias=False), nn.BatchNorm2d(16)))
    ours, theirs = generated.state_dict(), reference.state_dict()
    assert [v.shape for v in ours.values()] == [v.shape for v in theirs.values()]
    for value in theirs.values():  # new random statistics too, so eval mode uses them
        if value.is_floating_point():
            value.copy_(torch.randn_like(value).abs() + 0.1)
    generated.load_state_dict(dict(zip(ours, theirs.values(), strict=True)))
    x = torch.randn(2, 3, 64, 64)
    for mode in ("eval", "train"):
        getattr(generated, mode)()
        getattr(reference, mode)()
        with torch.no_grad():
            assert torch.allclose(generated(x.clone()), reference(x.clone()), atol=1e-5), mode

    # one Ctrl+Z takes the final ReLU away, the next the whole residual: back to the chain
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert not document.block.is_graph and len(document.block.layers) == 5
    assert view.block_model.rowCount() == 5
