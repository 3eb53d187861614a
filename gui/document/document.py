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
from core.model import step_editing
from core.model.block import Block, BlockEvent, Layer
from core.model.steps import Module
from gui.document.commands import (
    AddLayersCommand,
    MoveLayersCommand,
    RemoveLayersCommand,
    ReplaceBlockCommand,
    SetArgumentCommand,
    SetModuleParamCommand,
    SetOptionCommand,
    SetParamCommand,
    verb_text,
)
from gui.document.edit_limits import drop_last_step, problem_after, problem_before
from gui.language import switcher

# Block events after which the content has changed (the "-ing" ones come before the change).
_DONE_EVENTS = frozenset(
    {"inserted", "removed", "moved", "layer_changed", "options_changed"}
    | {"module_added", "module_removed", "module_renamed", "module_changed", "step_added", "step_removed"}
    | {"step_changed"}
)


class BlockDocument(QObject):
    """The edited block, its undo history, its analysis and source, and where it is saved."""

    changed = Signal()  # after every edit/undo/redo/open; analysis and code already recomputed
    currentLayerChanged = Signal(int)  # selected layer index, -1 = none (block settings shown)
    # rows an undo step wants selected after it ran (the added, restored or edited layers)
    selectionRequested = Signal(list)
    editRefused = Signal(str)  # an edit past the loader's limits was not made: why, in words
    # what an edit did that the learner should read (Wrap in Residual added a projection, ...)
    statusMessage = Signal(str)

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
        # analysis messages and generated comments are text too: redo them in the new language
        languages = switcher()
        languages.languageChanged.connect(self._refresh)
        languages.codeLanguageChanged.connect(self._refresh)

    # ---- state -----------------------------------------------------------------------

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file name for the title bar, or 'Untitled'."""
        return self.path.name if self.path else self.tr("Untitled")

    @property
    def error_text(self) -> str | None:
        """The problem a learner should see first: the analysis error, else a codegen error."""
        if self.analysis.error is not None:
            return str(self.analysis.error)
        return self.codegen_error

    def row_count(self) -> int:
        """Cards in the column: a graph's forward steps, else the chain's layers."""
        steps = self.block.steps
        return len(steps) if steps is not None else len(self.block.layers)

    def row_at_line(self, line: int) -> int | None:
        """The card a 1-based line of the generated source belongs to: a chain's layer, or the
        graph step written there (a module's __init__ line: the first step that calls it)."""
        generated, steps = self.generated, self.block.steps
        if generated is None:
            return None
        if steps is None:
            return generated.layer_at_line(line)
        uid = generated.step_at_line(line)
        if uid is None:
            module = generated.module_at_line(line)
            entry = next((e for e in self.block.modules if self._entry_holds(e, module)), None)
            targets = {entry.name} if entry is not None else set()
            uid = next((s.uid for s in steps if s.op == "call_module" and s.target in targets), None)
        return next((row for row, step in enumerate(steps) if step.uid == uid), None)

    def lines_of_row(self, row: int) -> list[int]:
        """The source lines of a card: where its module is built and where forward computes it."""
        generated, steps = self.generated, self.block.steps
        if generated is None:
            return []
        if steps is None:
            return generated.layer_lines.get(row, [])
        if not 0 <= row < len(steps):
            return []
        step = steps[row]
        lines = list(generated.step_lines.get(step.uid, []))
        entry = self.block.entry_named(step.target) if step.op == "call_module" else None
        if entry is not None:
            lines = generated.module_lines.get(entry.uid, []) + lines
        return lines

    @staticmethod
    def _entry_holds(entry: object, uid: int | None) -> bool:
        if uid is None:
            return False
        members = getattr(entry, "members", None)
        return getattr(entry, "uid", None) == uid or any(m.uid == uid for m in members or [])

    def set_current_layer(self, index: int) -> None:
        index = index if 0 <= index < self.row_count() else -1
        if index != self.current_layer:
            self.current_layer = index
            self.currentLayerChanged.emit(index)

    # ---- recomputation -----------------------------------------------------------------

    def request_selection(self, rows: list[int]) -> None:
        """Ask the block view to select `rows` (empty: none, which shows the block settings)."""
        self.selectionRequested.emit([r for r in rows if 0 <= r < self.row_count()])

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
        if self.current_layer >= self.row_count():
            self.set_current_layer(self.row_count() - 1)
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

    def push(self, command: Any) -> None:
        """Run an edit as one undo step, unless it takes the block past the loader's limits."""
        problem = problem_before(self.block, command)
        if problem is None:
            self.undo_stack.push(command)
            problem = problem_after(self.block, None if self._batch_depth else self.analysis)
            if problem is not None:
                drop_last_step(self.undo_stack)
        if problem is not None:
            self.editRefused.emit(problem)

    def add_layers(self, index: int, kinds_or_layers: list[str | Layer]) -> None:
        steps_kinds = any(isinstance(item, str) and item in step_editing.STEP_KINDS for item in kinds_or_layers)
        if self.block.is_graph or steps_kinds:
            # a function or a merge turns a chain into a graph; in a graph, a module per layer,
            # registered and called, wired into the chain
            self._graph_edit(step_editing.insert_kinds(self.block, index, list(kinds_or_layers)), "Add")
            return
        layers = [item if isinstance(item, Layer) else Layer.new(item) for item in kinds_or_layers]
        self.push(AddLayersCommand(self, index, layers))

    def append_layer(self, kind: str) -> None:
        self.add_layers(self.row_count(), [kind])

    def remove_rows(self, rows: list[int]) -> None:
        rows = sorted({r for r in rows if 0 <= r < self.row_count()})
        if rows and self.block.is_graph:
            self._graph_edit(step_editing.remove_steps(self.block, rows), "Delete")
        elif rows:
            self.push(RemoveLayersCommand(self, rows))

    # ---- graph edits ---------------------------------------------------------------------

    def _graph_edit(self, edit: step_editing.GraphEdit, verb: str) -> None:
        text = self.tr("{verb}: {message}").format(verb=verb_text(verb), message=edit.message) if verb else edit.message
        self.push(ReplaceBlockCommand(self, edit.block, text, edit.rows))
        self.statusMessage.emit(edit.message)

    def wrap_in_residual(self, rows: list[int]) -> bool:
        """Make the run of `rows` the main path of a residual (one undo step); the status bar says
        what was added. False (with the reason in the status bar) when the run cannot be wrapped."""
        rows = sorted({r for r in rows if 0 <= r < self.row_count()})
        if not rows or rows != list(range(rows[0], rows[-1] + 1)):
            self.statusMessage.emit(self.tr("Wrap in Residual: select a run of consecutive cards first"))
            return False
        try:
            edit = step_editing.wrap_in_residual(self.block, rows[0], rows[-1], self.analysis)
        except ValueError as exc:
            self.statusMessage.emit(self.tr("Wrap in Residual: {error}").format(error=exc))
            return False
        self._graph_edit(edit, "")
        return True

    def fix_for_error(self) -> str | None:
        """The button text of a fix for the current step error, if there is one."""
        edit = self._fix_edit()
        return None if edit is None else self.tr("Fix: add a 1x1 Conv2d + BatchNorm2d on the skip path")

    def apply_fix(self) -> bool:
        edit = self._fix_edit()
        if edit is not None:
            self._graph_edit(edit, "")
        return edit is not None

    def _fix_edit(self) -> step_editing.GraphEdit | None:
        error, steps = self.analysis.error, self.block.steps
        if error is None or error.what != "step" or error.index is None or steps is None:
            return None
        step = steps[error.index]
        if not (step.op == "call_function" and step.target == "add"):
            return None
        try:
            return step_editing.project_skip(self.block, error.index, self.analysis)
        except ValueError:
            return None  # no 1x1 conv maps one shape onto the other: the error's words must do

    def set_step_inputs(self, row: int, inputs: list[int]) -> None:
        """Make a graph step read other values (uids: earlier steps', or forward's x)."""
        steps = self.block.steps
        if steps is None or not 0 <= row < len(steps) or steps[row].inputs == list(inputs):
            return
        self._graph_edit(step_editing.set_inputs(self.block, row, inputs), "")

    def step_module(self, row: int) -> Module | None:
        """The registered module a graph step calls (None: a function, a container, a flat block)."""
        steps = self.block.steps
        if steps is None or not 0 <= row < len(steps) or steps[row].op != "call_module":
            return None
        entry = self.block.entry_named(steps[row].target)
        return entry if isinstance(entry, Module) else None

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
        rows = sorted({r for r in rows if 0 <= r < self.row_count()})
        if rows and self.block.is_graph:
            layers = [m.layer.copy() for m in (self.step_module(r) for r in rows) if m is not None]
            if layers:
                self._graph_edit(step_editing.insert_kinds(self.block, rows[-1] + 1, layers), "Duplicate")
            return
        if rows:
            copies = [self.block.layers[r].copy() for r in rows]
            self.push(AddLayersCommand(self, rows[-1] + 1, copies, verb="Duplicate"))

    def set_param(self, index: int, name: str, value: Any, merge_key: object = None) -> None:
        """Set one parameter (ValueError if the value is not allowed); `merge_key` merges steps."""
        module = self.step_module(index)
        if module is not None:  # a graph step: the parameter of the module it calls
            value = LAYER_KINDS[module.layer.kind].spec_by_name[name].check(value)
            if value != module.layer.value(name):
                self.push(SetModuleParamCommand(self, index, module.uid, name, value, merge_key))
            return
        layer = self.block.layers[index]
        value = LAYER_KINDS[layer.kind].spec_by_name[name].check(value)
        if value == layer.value(name):
            return
        self.push(SetParamCommand(self, index, name, value, merge_key))

    def set_argument(self, index: int, param: str, argument: str | None) -> None:
        if self.block.is_graph:  # promoting a graph module's parameter is not offered yet
            return
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
