"""Small helpers shared by the GUI tests: build drag and drop events as Qt would deliver them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


def send_drag_move(target: QWidget, pos: QPoint, data: QMimeData) -> QDragMoveEvent:
    """A drag entering `target` and moving to `pos` (Qt delivers moves only after an enter)."""
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(pos, ACTIONS, data, buttons, modifiers))
    event = QDragMoveEvent(
        pos, ACTIONS, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QEvent.Type.DragMove
    )
    QApplication.sendEvent(target, event)
    return event


def send_drop(target: QWidget, pos: QPoint, data: QMimeData) -> QDropEvent:
    """Enter, move to `pos` (target coordinates) and drop there, as a real drag ends."""
    send_drag_move(target, pos, data)
    event = QDropEvent(QPointF(pos), ACTIONS, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event


def kinds(window) -> list[str]:  # noqa: ANN001
    return [layer.kind for layer in window.document.block.layers]
