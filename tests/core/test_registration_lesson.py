"""The registration lesson on live objects: a plain list hides layers; nn.ModuleList shows them."""

from __future__ import annotations

from core.files.examples import seed_block
from core.learn.registration import compare_training, inspect_registration


def as_style(style: str):
    block = seed_block()
    block.container = style
    return block


def test_a_plain_list_hides_the_layers_from_parameters_state_dict_and_to() -> None:
    report = inspect_registration(as_style("list"))
    assert [layer.kind for layer in report.layers] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert report.parameters_built == 480 and report.parameters_seen == 0
    assert report.state_dict_keys == []
    assert [layer.path for layer in report.hidden] == [f"conv_block[{i}]" for i in range(4)]
    assert [layer.path for layer in report.left_behind] == ["conv_block[0]", "conv_block[1]"]


def test_modulelist_registers_every_layer() -> None:
    report = inspect_registration(as_style("modulelist"))
    assert report.parameters_seen == report.parameters_built == 480
    assert "conv_block.0.weight" in report.state_dict_keys and "conv_block.1.running_mean" in report.state_dict_keys
    assert report.hidden == [] and report.left_behind == []
    assert {layer.device_after_move for layer in report.layers if layer.parameters} == {"meta"}


def test_training_with_a_list_moves_only_the_head() -> None:
    listed, fixed = compare_training(as_style("list"), steps=12)
    assert (listed.style, fixed.style) == ("list", "modulelist")
    assert listed.optimizer_parameters == 68 and listed.block_parameters_trained == 0  # the head: 16*4 + 4
    assert fixed.optimizer_parameters == 548 and fixed.block_parameters_trained == 480
    assert not listed.block_changed and fixed.block_changed
