"""Undo commands: every change to the Block is one of these, pushed on the document's stack.

Commands call Block methods only (never touch `block.layers` directly), so the Block's events
reach every observer, and they address layers by row: since all edits go through the stack,
rows are the same when a command is undone or redone as when it was made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from core.i18n import QT_TRANSLATE_NOOP
from core.model.block import Block, Layer

if TYPE_CHECKING:
    from gui.document.document import BlockDocument

SET_PARAM_ID = 1001
SET_OPTION_ID = 1002
SET_MODULE_PARAM_ID = 1003

# in English, marked: the undo text translates them when a step is made
OPTION_LABELS = {
    "class_name": QT_TRANSLATE_NOOP("BlockCommand", "class name"),
    "input_shape": QT_TRANSLATE_NOOP("BlockCommand", "input shape"),
    "super_style": QT_TRANSLATE_NOOP("BlockCommand", "super call"),
    "container": QT_TRANSLATE_NOOP("BlockCommand", "container style"),
    "container_name": QT_TRANSLATE_NOOP("BlockCommand", "container name"),
}
# what Edit > Undo says about an added layer: "Add Conv2d", "Duplicate 2 layers"
ADD_TEXTS = {
    "Add": QT_TRANSLATE_NOOP("BlockCommand", "Add {kinds}"),
    "Duplicate": QT_TRANSLATE_NOOP("BlockCommand", "Duplicate {kinds}"),
}


def verb_text(verb: str) -> str:
    """A graph edit's verb ("Add", "Delete", "Duplicate") in the current language."""
    verbs = {
        "Add": QCoreApplication.translate("BlockCommand", "Add"),
        "Delete": QCoreApplication.translate("BlockCommand", "Delete"),
        "Duplicate": QCoreApplication.translate("BlockCommand", "Duplicate"),
    }
    return verbs.get(verb, verb)


class BlockCommand(QUndoCommand):
    """Runs its edit inside one document batch: one recompute and one `changed` per step."""

    def __init__(self, document: BlockDocument, text: str) -> None:
        super().__init__(text)
        self.document = document

    def redo(self) -> None:
        with self.document.batch():
            self.apply()
        self.document.request_selection(self.rows_after(undone=False))

    def undo(self) -> None:
        with self.document.batch():
            self.revert()
        self.document.request_selection(self.rows_after(undone=True))

    def rows_after(self, undone: bool) -> list[int]:
        """The rows to select once the step has run, so the learner sees what changed."""
        return []

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def _kinds_text(layers: list[Layer]) -> str:
    kinds = {layer.kind for layer in layers}
    if len(kinds) == 1 and len(layers) == 1:
        return layers[0].kind
    return QCoreApplication.translate("BlockCommand", "{count} layers").format(count=len(layers))


class AddLayersCommand(BlockCommand):
    """Insert layers at a row (add from the palette, drop, duplicate)."""

    def __init__(self, document: BlockDocument, index: int, layers: list[Layer], verb: str = "Add") -> None:
        text = ADD_TEXTS.get(verb)
        kinds = _kinds_text(layers)
        if text is None:
            super().__init__(document, f"{verb} {kinds}")
        else:
            super().__init__(document, QCoreApplication.translate("BlockCommand", text).format(kinds=kinds))
        self.index = max(0, min(index, len(document.block.layers)))
        self.layers = layers

    def apply(self) -> None:
        self.document.block.insert(self.index, list(self.layers))

    def revert(self) -> None:
        self.document.block.remove(self.index, len(self.layers))

    def rows_after(self, undone: bool) -> list[int]:
        return [] if undone else list(range(self.index, self.index + len(self.layers)))


class RemoveLayersCommand(BlockCommand):
    """Remove any set of rows; undo puts the same Layer objects back where they were."""

    def __init__(self, document: BlockDocument, rows: list[int]) -> None:
        layers = [document.block.layers[r] for r in rows]
        super().__init__(
            document, QCoreApplication.translate("BlockCommand", "Delete {kinds}").format(kinds=_kinds_text(layers))
        )
        self.runs = _runs(sorted(rows))
        self.removed: list[tuple[int, list[Layer]]] = []

    def apply(self) -> None:
        # bottom run first, so the rows of the runs above stay valid
        self.removed = [(start, self.document.block.remove(start, count)) for start, count in reversed(self.runs)]

    def revert(self) -> None:
        for start, layers in reversed(self.removed):
            self.document.block.insert(start, layers)

    def rows_after(self, undone: bool) -> list[int]:
        if not undone:
            return []
        return [row for start, count in self.runs for row in range(start, start + count)]


class MoveLayersCommand(BlockCommand):
    """Reorder layers as a few Block.move steps (drag to reorder, Alt+Up/Down)."""

    def __init__(self, document: BlockDocument, order: list[int], moved: list[int], text: str) -> None:
        super().__init__(document, text)
        forward, backward = _steps(order, reverse=False), _steps(order, reverse=True)
        self.steps = min(forward, backward, key=len)  # (from row, to row) single-layer moves
        self.old_rows = moved
        self.new_rows = [order.index(row) for row in moved]

    @classmethod
    def build(cls, document: BlockDocument, rows: list[int], dest: int) -> MoveLayersCommand | None:
        """Move `rows` (kept in order) to sit before row `dest` of the current list."""
        count = len(document.block.layers)
        picked = sorted({r for r in rows if 0 <= r < count})
        if not picked:
            return None
        others = [r for r in range(count) if r not in picked]
        at = sum(1 for r in others if r < dest)
        order = others[:at] + picked + others[at:]
        return cls.to_order(document, order, picked)

    @classmethod
    def to_order(cls, document: BlockDocument, order: list[int], moved: list[int]) -> MoveLayersCommand | None:
        """A command that rearranges the layers so that new row i holds old row order[i]."""
        if order == sorted(order):
            return None
        text = (
            QCoreApplication.translate("BlockCommand", "Move layer")
            if len(moved) == 1
            else QCoreApplication.translate("BlockCommand", "Move layers")
        )
        return cls(document, order, moved, text)

    def apply(self) -> None:
        for source, target in self.steps:
            self.document.block.move(source, 1, target)

    def revert(self) -> None:
        for source, target in reversed(self.steps):
            self.document.block.move(target, 1, source)

    def rows_after(self, undone: bool) -> list[int]:
        return sorted(self.old_rows if undone else self.new_rows)


class SetParamCommand(BlockCommand):
    """Set one parameter; consecutive edits from one editor (`merge_key`) merge into one step."""

    def __init__(self, document: BlockDocument, index: int, name: str, value: Any, merge_key: object = None) -> None:
        layer = document.block.layers[index]
        super().__init__(
            document, QCoreApplication.translate("BlockCommand", "Set {kind} {name}").format(kind=layer.kind, name=name)
        )
        self.index, self.name, self.new = index, name, value
        self.old = layer.value(name)
        self.merge_key = merge_key

    def id(self) -> int:
        return SET_PARAM_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetParamCommand) or self.merge_key is None:
            return False
        if (other.merge_key, other.index, other.name) != (self.merge_key, self.index, self.name):
            return False
        self.new = other.new
        # back where it started: the step does nothing, so the stack drops it
        self.setObsolete(self.new == self.old)
        return True

    def apply(self) -> None:
        self.document.block.set_param(self.index, self.name, self.new)

    def rows_after(self, undone: bool) -> list[int]:
        return [self.index]

    def revert(self) -> None:
        self.document.block.set_param(self.index, self.name, self.old)


class SetArgumentCommand(BlockCommand):
    """Promote a parameter to an `__init__` argument, rename it, or demote it (None)."""

    def __init__(self, document: BlockDocument, index: int, param: str, argument: str | None) -> None:
        layer = document.block.layers[index]
        old = layer.arguments.get(param)
        if argument is None:
            text = QCoreApplication.translate("BlockCommand", "Make {param} a fixed value").format(param=param)
        elif old is None:
            text = QCoreApplication.translate("BlockCommand", "Make {param} an __init__ argument").format(param=param)
        else:
            text = QCoreApplication.translate("BlockCommand", "Rename argument {old} to {new}").format(
                old=old, new=argument
            )
        super().__init__(document, text)
        self.index, self.param, self.new, self.old = index, param, argument, old

    def apply(self) -> None:
        self.document.block.set_argument(self.index, self.param, self.new)

    def rows_after(self, undone: bool) -> list[int]:
        return [self.index]

    def revert(self) -> None:
        self.document.block.set_argument(self.index, self.param, self.old)


class SetOptionCommand(BlockCommand):
    """Change a block setting (class name, super style, container, input shape)."""

    def __init__(self, document: BlockDocument, name: str, value: Any, merge_key: object = None) -> None:
        label = QCoreApplication.translate("BlockCommand", OPTION_LABELS[name]) if name in OPTION_LABELS else name
        super().__init__(document, QCoreApplication.translate("BlockCommand", "Set {option}").format(option=label))
        self.name, self.new = name, value
        self.old = getattr(document.block, name)
        self.merge_key = merge_key

    def id(self) -> int:
        return SET_OPTION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetOptionCommand) or self.merge_key is None:
            return False
        if (other.merge_key, other.name) != (self.merge_key, self.name):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def apply(self) -> None:
        self.document.block.set_option(self.name, self.new)

    def revert(self) -> None:
        self.document.block.set_option(self.name, self.old)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows -> (start, count) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


def _steps(order: list[int], reverse: bool) -> list[tuple[int, int]]:
    """Single-layer moves that turn range(n) into `order`, fixing positions front-to-back
    (or back-to-front); a run dragged up is cheap one way, one dragged down the other."""
    current = list(range(len(order)))
    positions = range(len(order) - 1, -1, -1) if reverse else range(len(order))
    steps = []
    for target in positions:
        if current[target] != order[target]:
            source = current.index(order[target])
            current.insert(target, current.pop(source))
            steps.append((source, target))
    return steps


class ReplaceBlockCommand(BlockCommand):
    """A graph edit: the block becomes an edited copy (core.model.step_editing); undo puts the
    old content back. Modules, steps and wiring change together, so this is one undo step."""

    def __init__(self, document: BlockDocument, edited: Block, text: str, rows: list[int]) -> None:
        super().__init__(document, text)
        self.old = document.block.copy()
        self.new = edited.copy()
        self.old_rows = [document.current_layer] if document.current_layer >= 0 else []
        self.new_rows = rows

    def apply(self) -> None:
        self.document.block.replace_all(self.new.copy())

    def revert(self) -> None:
        self.document.block.replace_all(self.old.copy())

    def rows_after(self, undone: bool) -> list[int]:
        return self.old_rows if undone else self.new_rows


class SetModuleParamCommand(BlockCommand):
    """Set a parameter of the module a graph step calls; edits from one editor merge, as SetParamCommand."""

    def __init__(self, document: BlockDocument, row: int, uid: int, name: str, value: Any, merge_key: object) -> None:
        module = document.block.module_with_uid(uid)
        assert module is not None
        super().__init__(
            document,
            QCoreApplication.translate("BlockCommand", "Set {kind} {name}").format(kind=module.layer.kind, name=name),
        )
        self.row, self.uid, self.name, self.new = row, uid, name, value
        self.old = module.layer.value(name)
        self.merge_key = merge_key

    def id(self) -> int:
        return SET_MODULE_PARAM_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetModuleParamCommand) or self.merge_key is None:
            return False
        if (other.merge_key, other.uid, other.name) != (self.merge_key, self.uid, self.name):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def apply(self) -> None:
        self.document.block.set_module_param(self.uid, self.name, self.new)

    def revert(self) -> None:
        self.document.block.set_module_param(self.uid, self.name, self.old)

    def rows_after(self, undone: bool) -> list[int]:
        return [self.row]
