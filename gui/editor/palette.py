"""LayerPalette: the layer kinds from the core registry, to drag into the block or double-click."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from core.layers.registry import LAYER_KINDS
from gui.editor.block_model import KIND_ROLE, kinds_mime
from gui.style import icon


def kind_tooltip(kind: str) -> str:
    """What the layer does and how its output size follows from its input."""
    spec = LAYER_KINDS[kind]
    return f"<b>nn.{kind}</b><br>{spec.summary}<br><i>{spec.size_rule}</i><br>Drag into the block, or double-click."


class LayerPalette(QListWidget):
    """One item per registered layer kind; a drag carries the kind, activation appends it."""

    kindActivated = Signal(str)  # double-click or Enter: append this kind to the block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.setIconSize(QSize(24, 24))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(1)
        for kind in LAYER_KINDS:
            item = QListWidgetItem(icon(kind), kind)
            item.setData(KIND_ROLE, kind)
            item.setToolTip(kind_tooltip(kind))
            item.setSizeHint(QSize(0, 32))
            self.addItem(item)
        self.itemActivated.connect(lambda item: self.kindActivated.emit(item.data(KIND_ROLE)))

    def mimeTypes(self) -> list[str]:
        return list(kinds_mime([]).formats())

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return kinds_mime([item.data(KIND_ROLE) for item in items])

    def sizeHint(self) -> QSize:
        return QSize(170, self.count() * 34 + 2 * self.frameWidth())
