"""BlockDocument: the one live Block plus its undo stack, analysis, generated code and file.

Views and panels take a BlockDocument, read `block` / `analysis` / `generated`, and listen to
`changed` and `currentLayerChanged`. Every edit is an undo command (gui.document.commands); the
document recomputes analysis and code once per command, then emits `changed`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.analysis.block_analysis import Analysis, analyze
from core.codegen.source import CodegenError, GeneratedCode, generate
from core.files.examples import seed_block
from core.files.project_file import load_block, save_block
from core.layers.registry import LAYER_KINDS
from core.model.block import Block, BlockEvent, Layer
from gui.document.commands import (
    AddLayersCommand,
    MoveLayersCommand,
    RemoveLayersCommand,
    SetArgumentCommand,
    SetOptionCommand,
    SetParamCommand,
)

# Block events after which the content has changed (the "-ing" ones come before the change).
_DONE_EVENTS = frozenset({"inserted", "removed", "moved", "layer_changed", "options_changed"})


class BlockDocument(QObject):
    """The edited block, its undo history, its analysis and source, and where it is saved."""

    changed = Signal()  # after every edit/undo/redo/open; analysis and code already recomputed
    currentLayerChanged = Signal(int)  # selected layer index, -1 = none (block settings shown)
    # rows an undo step wants selected after it ran (the added, restored or edited layers)
    selectionRequested = Signal(list)

    def __init__(self, block: Block | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.block: Block = block if block is not None else seed_block()
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.current_layer = -1
        self.analysis: Analysis
        self.generated: GeneratedCode | None = None
        self.codegen_error: str | None = None
        self._batch_depth = 0
        self._dirty = False
        self._recompute()
        self.block.subscribe(self._on_block_event)

    # ---- state -----------------------------------------------------------------------

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file name for the title bar, or 'Untitled'."""
        return self.path.name if self.path else "Untitled"

    @property
    def error_text(self) -> str | None:
        """The problem a learner should see first: the analysis error, else a codegen error."""
        if self.analysis.error is not None:
            return str(self.analysis.error)
        return self.codegen_error

    def set_current_layer(self, index: int) -> None:
        index = index if 0 <= index < len(self.block.layers) else -1
        if index != self.current_layer:
            self.current_layer = index
            self.currentLayerChanged.emit(index)

    # ---- recomputation -----------------------------------------------------------------

    def request_selection(self, rows: list[int]) -> None:
        """Ask the block view to select `rows` (empty: none, which shows the block settings)."""
        self.selectionRequested.emit([r for r in rows if 0 <= r < len(self.block.layers)])

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several Block edits (one undo command) into one recompute and one `changed`."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._dirty:
                self._refresh()

    def _on_block_event(self, event: BlockEvent) -> None:
        if event.type not in _DONE_EVENTS:
            return
        self._dirty = True
        if self._batch_depth == 0:
            self._refresh()

    def _refresh(self) -> None:
        self._dirty = False
        self._recompute()
        if self.current_layer >= len(self.block.layers):
            self.set_current_layer(len(self.block.layers) - 1)
        self.changed.emit()

    def _recompute(self) -> None:
        self.analysis = analyze(self.block)
        try:
            self.generated = generate(self.block, self.analysis)  # one analysis per edit, not two
            self.codegen_error = None
        except CodegenError as exc:
            self.generated = None
            self.codegen_error = str(exc)

    # ---- edits (each one undo command) -------------------------------------------------

    READ_ONLY_NOTE = (
        "Read-only: this block's forward is a graph (residual adds, concatenations or functions); "
        "this window edits chains only, so it shows the code, summary and runs without editing"
    )

    @property
    def read_only(self) -> bool:
        """Whether edits are refused: a graph block is shown, not edited, until the graph editor lands."""
        return self.block.is_graph

    def push(self, command: Any) -> None:
        if self.read_only:  # every edit arrives here as a command: refusing it keeps the graph intact
            return
        self.undo_stack.push(command)

    def add_layers(self, index: int, kinds_or_layers: list[str | Layer]) -> None:
        layers = [item if isinstance(item, Layer) else Layer.new(item) for item in kinds_or_layers]
        self.push(AddLayersCommand(self, index, layers))

    def append_layer(self, kind: str) -> None:
        self.add_layers(len(self.block.layers), [kind])

    def remove_rows(self, rows: list[int]) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self.block.layers)})
        if rows:
            self.push(RemoveLayersCommand(self, rows))

    def move_rows(self, rows: list[int], dest: int) -> bool:
        """Move `rows` so they sit, in order, before row `dest` of the current list."""
        command = MoveLayersCommand.build(self, rows, dest)
        if command is None:
            return False
        self.push(command)
        return True

    def shift_rows(self, rows: list[int], delta: int) -> bool:
        """Move each of `rows` one place up (delta -1) or down (+1), as Alt+Up/Down does."""
        rows = sorted({r for r in rows if 0 <= r < len(self.block.layers)})
        if not rows or delta not in (-1, 1):
            return False
        if (delta < 0 and rows[0] == 0) or (delta > 0 and rows[-1] == len(self.block.layers) - 1):
            return False
        order = list(range(len(self.block.layers)))
        # swap each selected row with its neighbour, nearest the edge first
        for row in rows if delta < 0 else reversed(rows):
            order[row], order[row + delta] = order[row + delta], order[row]
        command = MoveLayersCommand.to_order(self, order, rows)
        if command is None:
            return False
        self.push(command)
        return True

    def duplicate_rows(self, rows: list[int]) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self.block.layers)})
        if rows:
            copies = [self.block.layers[r].copy() for r in rows]
            self.push(AddLayersCommand(self, rows[-1] + 1, copies, verb="Duplicate"))

    def set_param(self, index: int, name: str, value: Any, merge_key: object = None) -> None:
        """Set one parameter (ValueError if the value is not allowed); `merge_key` merges steps."""
        layer = self.block.layers[index]
        value = LAYER_KINDS[layer.kind].spec_by_name[name].check(value)
        if value == layer.value(name):
            return
        self.push(SetParamCommand(self, index, name, value, merge_key))

    def set_argument(self, index: int, param: str, argument: str | None) -> None:
        if self.block.layers[index].arguments.get(param) != argument:
            self.push(SetArgumentCommand(self, index, param, argument))

    def set_option(self, name: str, value: Any, merge_key: object = None) -> None:
        if name == "input_shape":
            value = tuple(value)
        if getattr(self.block, name) != value:
            self.push(SetOptionCommand(self, name, value, merge_key))

    # ---- files -------------------------------------------------------------------------

    def replace(self, block: Block, path: Path | None) -> None:
        """Show another block (New, Open): not undoable, so the history starts afresh."""
        self.set_current_layer(-1)
        self._batch_depth += 1  # one recompute and one `changed`, after the stack is reset
        try:
            self.block.replace_all(block)
        finally:
            self._batch_depth -= 1
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = path
        self._refresh()

    def open(self, path: str | Path) -> None:
        """Load a project file; raises core's ProjectFileError and leaves the document as it was."""
        block = load_block(path)
        self.replace(block, Path(path))

    def save(self, path: str | Path | None = None) -> None:
        """Write the project file (OSError propagates); the document becomes unmodified."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name to save to")
        save_block(self.block, target)
        self.path = target
        self.undo_stack.setClean()
        self.changed.emit()
