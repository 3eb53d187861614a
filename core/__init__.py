"""Block Studio's engine: plain Python and torch, never Qt.

A small API for notebooks, scripts and tests::

    import core
    block = core.load_block("resources/examples/conv_block.json")
    print(core.analyze(block).total_params)
    print(core.generate_source(block))
    model = core.instantiate(block)          # a real nn.Module (imports torch)

The names below are loaded on first use, so importing one part of core (say core.layers)
does not pull in the others, and nothing imports torch until `instantiate` is called.
"""

from __future__ import annotations

import importlib
from typing import Any

# public name -> the module that defines it
_EXPORTS = {
    "Analysis": "core.analysis.block_analysis",
    "BlockError": "core.analysis.block_analysis",
    "LayerReport": "core.analysis.block_analysis",
    "analyze": "core.analysis.block_analysis",
    "Block": "core.model.block",
    "Layer": "core.model.block",
    "Container": "core.model.steps",
    "Module": "core.model.steps",
    "Step": "core.model.steps",
    "CodegenError": "core.codegen.source",
    "GeneratedCode": "core.codegen.source",
    "generate": "core.codegen.source",
    "generate_source": "core.codegen.source",
    "LoadError": "core.codegen.loader",
    "ProjectFileError": "core.files.project_file",
    "load_block": "core.files.project_file",
    "save_block": "core.files.project_file",
}

__all__ = sorted([*_EXPORTS, "instantiate", "load_class"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'core' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def load_class(block: Any) -> type:
    """The generated class for `block`, compiled fresh (raises CodegenError or LoadError)."""
    from core.codegen.loader import load_module
    from core.codegen.source import generate_source

    return load_module(generate_source(block), block.class_name)


def instantiate(block: Any, **arguments: Any) -> Any:
    """An instance of the generated nn.Module; keyword arguments override promoted defaults."""
    from core.codegen.loader import instantiate_class

    return instantiate_class(load_class(block), **arguments)
