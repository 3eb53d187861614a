"""Attribute names the generated class gives its layers (conv1, bn1, relu1, pool1, conv2, ...)."""

from __future__ import annotations

from collections import Counter

from core.layers.registry import LAYER_KINDS
from core.model.block import Block


def layer_attribute_names(block: Block) -> list[str]:
    """One attribute name per layer, numbered per prefix in block order."""
    seen: Counter[str] = Counter()
    names = []
    for layer in block.layers:
        prefix = LAYER_KINDS[layer.kind].attr_prefix
        seen[prefix] += 1
        names.append(f"{prefix}{seen[prefix]}")
    return names
