"""What the project-file loader refuses for size, asked of a live Block: the editor applies the
same limits at edit time, so every block the window holds saves, and its autosave restores."""

from __future__ import annotations

from core.analysis.block_analysis import layer_reports, memory_error
from core.files.project_file import ProjectFileError, block_from_dict, block_to_dict
from core.model.block import MAX_LAYERS, Block


def layer_count_problem(count: int) -> str | None:
    if count > MAX_LAYERS:
        return f"a block holds at most {MAX_LAYERS:,} layers; this would make {count:,}"
    return None


def load_limit_problem(block: Block) -> str | None:
    """Why load_block would refuse `block` for its size (layers, memory), or None."""
    problem = layer_count_problem(len(block.layers))
    if problem is not None:
        return problem
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
