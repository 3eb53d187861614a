"""What the project-file loader refuses for size, asked of a live Block: the editor applies the
same limits at edit time, so every block the window holds saves, and its autosave restores."""

from __future__ import annotations

from core import i18n
from core.analysis.block_analysis import layer_reports, memory_error
from core.files.project_file import ProjectFileError, block_from_dict, block_to_dict
from core.model.block import MAX_LAYERS, Block
from core.model.steps import MAX_STEPS, Container


def layer_count_problem(count: int) -> str | None:
    if count > MAX_LAYERS:
        message = i18n.translate("ProjectFile", "a block holds at most {limit:,} layers; this would make {count:,}")
        return message.format(limit=MAX_LAYERS, count=count)
    return None


def size_problem(block: Block) -> str | None:
    """Why `block` has more layers (a graph: modules or steps) than a project file may hold, or None."""
    if not block.is_graph:
        return layer_count_problem(len(block.layers))
    modules = sum(len(entry.members) if isinstance(entry, Container) else 1 for entry in block.modules or [])
    if len(block.steps or []) > MAX_STEPS:
        message = i18n.translate("ProjectFile", "forward holds at most {limit:,} steps; this would make {count:,}")
        return message.format(limit=MAX_STEPS, count=len(block.steps or []))
    return layer_count_problem(modules)


def load_limit_problem(block: Block) -> str | None:
    """Why load_block would refuse `block` for its size (layers, memory), or None."""
    problem = size_problem(block)
    if problem is not None:
        return problem
    if block.is_graph:  # the graph loader's own rules, memory included
        return load_problem(block)
    # the loader's own memory rule (core.files.project_file.memory_problem), named by layer
    too_big = memory_error(block.input_shape, layer_reports(block)[0])
    return None if too_big is None else str(too_big)


def load_problem(block: Block) -> str | None:
    """Why load_block would refuse a file holding `block` (any rule: size, names, values), or None.

    Writers call it last, so nothing is written that the loader then refuses.
    """
    try:
        block_from_dict(block_to_dict(block))
    except ProjectFileError as exc:
        return str(exc)
    return None
