"""The loader's limits at edit time: an edit that would take the block past them is refused.

Layer counts are checked before an add runs (a 2,000-card duplicate is never built); memory
is checked after the edit ran, from the same shape rules the loader uses, and the edit is
then rolled back and dropped from the history, so redo cannot bring it back.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from core.analysis.block_analysis import Analysis
from core.files.load_limits import layer_count_problem, load_limit_problem, size_problem
from core.model.block import Block
from gui.document.commands import AddLayersCommand


def problem_before(block: Block, command: object) -> str | None:
    """Why `command` must not run at all (too many layers), or None."""
    if isinstance(command, AddLayersCommand):
        return layer_count_problem(len(block.layers) + len(command.layers))
    return None


def problem_after(block: Block, analysis: Analysis | None) -> str | None:
    """Why the block, as the edit left it, is past the loader's limits, or None.

    `analysis` is the document's, already recomputed for this edit: a clean one has passed the
    same memory rule, so only a block with an error pays for the loader's check (keystrokes stay cheap).
    None (an edit inside a batch, not analysed yet) always runs the full check.
    """
    if analysis is not None and analysis.ok:
        return size_problem(block)
    return load_limit_problem(block)


def drop_last_step(stack: QUndoStack) -> None:
    """Undo the step the last push made (its own, or the one it merged into) and remove it."""
    if stack.index() == 0:
        return
    step = stack.command(stack.index() - 1)
    stack.undo()
    step.setObsolete(True)  # an obsolete command is deleted by the next undo/redo that reaches it
    stack.redo()
