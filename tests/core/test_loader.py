"""Loading generated source: tracebacks and inspect see the generated lines; names never collide."""

from __future__ import annotations

import inspect
import traceback

import pytest

from core import instantiate, load_class
from core.codegen.loader import LoadError, load_module
from core.files.examples import seed_block
from core.model.block import Block, Layer


def test_inspect_getsource_returns_the_generated_class() -> None:
    cls = load_class(seed_block())
    source = inspect.getsource(cls)
    assert source.startswith("class ConvBlock(nn.Module):")
    assert "super().__init__()" in source


def test_same_class_name_twice_gives_two_independent_classes() -> None:
    small = Block([Layer("Conv2d", {"out_channels": 4, "kernel_size": 1})])
    big = Block([Layer("Conv2d", {"out_channels": 8, "kernel_size": 1})])
    first, second = instantiate(small), instantiate(big)
    assert type(first).__name__ == type(second).__name__ == "ConvBlock"
    assert type(first) is not type(second)
    assert first.conv_block[0].out_channels == 4 and second.conv_block[0].out_channels == 8
    assert "nn.Conv2d(3, 4, kernel_size=1)" in inspect.getsource(type(first))
    assert "nn.Conv2d(3, 8, kernel_size=1)" in inspect.getsource(type(second))


def test_traceback_shows_generated_lines() -> None:
    source = (
        "import torch.nn as nn\n\nclass Broken(nn.Module):\n    def __init__(self):\n        self.layer = nn.ReLU()\n"
    )
    cls = load_module(source, "Broken")
    try:
        cls()
    except AttributeError as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        assert any(f.line == "self.layer = nn.ReLU()" for f in frames)
    else:
        pytest.fail("expected AttributeError")


def test_failures_come_back_structured() -> None:
    with pytest.raises(LoadError) as caught:
        load_module("class X:\n    def f(:\n", "X")
    assert caught.value.type_name == "SyntaxError" and caught.value.line == 2
    with pytest.raises(LoadError) as caught:
        load_module("raise ValueError('boom')\n", "X")
    assert caught.value.type_name == "ValueError" and caught.value.line == 1 and "boom" in str(caught.value)
    with pytest.raises(LoadError, match="defines no class Missing"):
        load_module("x = 1\n", "Missing")


def test_old_generated_modules_are_released() -> None:
    import sys

    from core.codegen.loader import KEEP_MODULES

    first = load_module("class A:\n    pass\n", "A")
    for _ in range(KEEP_MODULES + 1):
        load_module("class A:\n    pass\n", "A")
    assert first.__module__ not in sys.modules
    assert sum(name.startswith("block_studio_generated_") for name in sys.modules) <= KEEP_MODULES
