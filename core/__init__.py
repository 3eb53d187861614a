"""Block Studio's engine: plain Python and torch, never Qt.

A small API for notebooks, scripts and tests::

    import core
    block = core.load_block("resources/examples/conv_block.json")
    print(core.analyze(block).total_params)
    print(core.generate_source(block))
    model = core.instantiate(block)          # a real nn.Module (imports torch)

Nothing here imports torch until `instantiate` is called.
"""

from __future__ import annotations

from typing import Any

from core.analysis import Analysis, BlockError, LayerReport, analyze
from core.block import Block, Layer
from core.codegen import CodegenError, GeneratedCode, generate, generate_source
from core.loader import LoadError, instantiate_class, load_module
from core.project_file import ProjectFileError, load_block, save_block

__all__ = [
    "Analysis",
    "Block",
    "BlockError",
    "CodegenError",
    "GeneratedCode",
    "Layer",
    "LayerReport",
    "LoadError",
    "ProjectFileError",
    "analyze",
    "generate",
    "generate_source",
    "instantiate",
    "load_block",
    "load_class",
    "save_block",
]


def load_class(block: Block) -> type:
    """The generated class for `block`, compiled fresh (raises CodegenError or LoadError)."""
    return load_module(generate_source(block), block.class_name)


def instantiate(block: Block, **arguments: Any) -> Any:
    """An instance of the generated nn.Module; keyword arguments override promoted defaults."""
    return instantiate_class(load_class(block), **arguments)
