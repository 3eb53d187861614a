"""The "Register or not" lesson: the mistake is generated for real and measured on live objects."""

from __future__ import annotations

import pytest

from core.codegen.source import generate
from core.files.examples import seed_block
from core.learn.forward_lesson import MISTAKE_COMMENT, NoLayerToMove, make_mistake, registration_lesson
from core.model.block import Block, Layer


def attribute_block() -> Block:
    block = seed_block()
    block.container = "attributes"
    return block


def test_the_conv_created_in_forward_changes_every_run_and_is_never_registered() -> None:
    block = attribute_block()
    source = generate(block).source
    lesson = registration_lesson(block, source)
    assert lesson.mistake.attribute == "conv1"
    assert "self.conv1 =" not in lesson.mistake.source
    assert MISTAKE_COMMENT in lesson.mistake.source
    assert lesson.same_output_correct
    assert lesson.max_difference_mistake > 1e-3  # fresh random weights on every call
    assert lesson.missing_keys == ["conv1.bias", "conv1.weight"]
    assert lesson.params_correct - lesson.params_mistake == 16 * 3 * 3 * 3 + 16
    assert ("conv1", "Conv2d") in lesson.named_modules
    assert lesson.relu_is_module is False
    # .to(device) moved the registered weights, but the conv forward made stayed on the CPU
    assert lesson.correct_devices == [lesson.device]
    assert lesson.created_devices == ["Conv2d weight on cpu"]


def test_functions_in_forward_are_in_no_named_modules() -> None:
    block = attribute_block()
    source = generate(block).source.replace("x = self.relu1(x)", "x = F.relu(x)")
    source = source.replace("import torch.nn as nn\n", "import torch.nn as nn\nimport torch.nn.functional as F\n")
    source = source.replace("        self.relu1 = nn.ReLU()\n", "")
    lesson = registration_lesson(block, source)
    assert lesson.functions == ["F.relu"]
    kinds = [kind for _, kind in lesson.named_modules]
    assert "ReLU" not in kinds and kinds.count("Conv2d") == 1


def test_a_sequential_block_moves_its_container_and_still_compiles() -> None:
    block = seed_block()
    lesson = registration_lesson(block, generate(block).source)
    assert lesson.mistake.attribute == "conv_block"
    assert lesson.params_mistake == 0 and lesson.max_difference_mistake > 1e-3
    line = lesson.mistake.source.split("\n")[lesson.mistake.line - 1]
    assert line.strip().startswith("conv_block = nn.Sequential(")


def test_a_block_without_weights_says_what_to_add() -> None:
    block = Block([Layer("ReLU"), Layer("MaxPool2d", {"kernel_size": 2})], container="attributes")
    with pytest.raises(NoLayerToMove, match="Conv2d"):
        make_mistake(generate(block).source, block.class_name)


def test_the_tutorial_net_calls_f_relu_which_no_named_module_holds() -> None:
    from core.files.examples import EXAMPLES_DIR
    from core.files.project_file import load_block

    block = load_block(EXAMPLES_DIR / "tutorial_net.json")
    lesson = registration_lesson(block, generate(block).source)
    assert "F.relu" in lesson.functions and "F.max_pool2d" in lesson.functions
    assert not any("relu" in name.lower() or kind == "ReLU" for name, kind in lesson.named_modules)
    assert lesson.mistake.attribute == "conv1" and lesson.max_difference_mistake > 0
