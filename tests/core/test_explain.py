"""Explanations in place: the formulas a learner reads must be the arithmetic the analysis (and torch) does."""

from __future__ import annotations

import ast
import math
import operator
from fractions import Fraction

import pytest
import torch
from hypothesis import HealthCheck, given, settings

from core.analysis.block_analysis import analyze
from core.files.examples import seed_block
from core.layers.registry import LAYER_KINDS
from core.learn.explain import Formula, explain_layer
from core.model.block import Block, Layer
from tests.strategies import blocks

_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_ROUNDING = {"floor": math.floor, "ceil": math.ceil}


def evaluate(expression: str) -> int:
    """The test's own arithmetic on a filled-in formula (exact fractions; numbers, + - * /, floor, ceil).

    explain.py never evaluates its strings: its values come from the shape rules. So this checks
    that the text a learner reads computes the value shown next to it.
    """

    def value(node: ast.AST) -> Fraction:
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return Fraction(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](value(node.left), value(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value(node.operand)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _ROUNDING:
            (argument,) = node.args
            return Fraction(_ROUNDING[node.func.id](value(argument)))
        raise AssertionError(f"not a formula: {expression!r} ({ast.dump(node)[:60]})")

    result = value(ast.parse(expression, mode="eval").body)
    assert result.denominator == 1, f"{expression!r} is not a whole number"
    return int(result)


def test_the_tests_arithmetic_is_exact_and_refuses_anything_else():
    assert evaluate("floor((64 + 2*1 - 1*(3-1) - 1) / 2 + 1)") == 32
    assert evaluate("ceil((5 + 2*1 - 1*(2-1) - 1) / 2 + 1) - 1") == 3
    with pytest.raises(AssertionError):
        evaluate("__import__('os').getpid()")


def by_label(formulas: list[Formula]) -> dict[str, Formula]:
    return {f.label: f for f in formulas}


def check_size(explanation, report) -> None:
    size = by_label(explanation.size)
    if "H_out" in size:  # a map, batched (N, C, H, W) or unbatched (C, H, W): channels, height, width
        assert (size["C_out"].value, size["H_out"].value, size["W_out"].value) == report.output_shape[-3:]
    else:
        assert [f.value for f in explanation.size] == list(report.output_shape)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks)
def test_formulas_agree_with_the_analysis_for_random_layers(block):
    analysis = analyze(block)
    for index in range(len(block.layers)):
        explanation = explain_layer(block, analysis, index)
        if index >= len(analysis.layers):
            assert explanation.error
            continue
        report = analysis.layers[index]
        for formula in explanation.size + explanation.params + explanation.receptive:
            assert evaluate(formula.expression) == formula.value, formula
        check_size(explanation, report)
        assert explanation.total_params == report.params
        if len(report.output_shape) == 4:
            receptive = by_label(explanation.receptive)
            assert (receptive["receptive field H"].value, receptive["receptive field W"].value) == (
                report.receptive_field
            )
            assert (receptive["effective stride H"].value, receptive["effective stride W"].value) == report.jump


def test_seed_conv_formula_with_the_users_numbers():
    block = seed_block()
    text = explain_layer(block, analyze(block), 0).text()
    assert "H_out = floor((64 + 2*1 - 1*(3-1) - 1) / 1 + 1) = 64" in text
    assert "W_out = floor((64 + 2*1 - 1*(3-1) - 1) / 1 + 1) = 64" in text
    assert "weight = out_channels * in_channels * kernel_h * kernel_w = 16 * 3 * 3 * 3 = 432" in text
    assert "parameters = weight + bias = 432 + 16 = 448" in text
    assert explain_layer(block, analyze(block), 0).summary == LAYER_KINDS["Conv2d"].summary


def test_pool_stride_default_and_receptive_field_in_input_pixels():
    block = seed_block()
    explanation = explain_layer(block, analyze(block), 3)  # MaxPool2d(2, 2) after a 3x3 conv
    assert "H_out = floor((64 + 2*0 - 1*(2-1) - 1) / 2 + 1) = 32" in explanation.text()
    assert explanation.receptive_field == (4, 4) and explanation.jump == (2, 2)
    assert "receptive field H = previous RF + dilation*(kernel_size-1)*previous stride = 3 + 1*(2-1)*1 = 4" in (
        explanation.text()
    )
    block.set_param(3, "stride", None)
    explanation = explain_layer(block, analyze(block), 3)
    assert "stride is not given, so it defaults to kernel_size = 2." in explanation.notes


def test_ceil_mode_dropped_window_matches_torch():
    # 5 wide, kernel 2, stride 2, padding 1, ceil_mode: ceil gives 4 windows, torch drops the last one
    block = Block([Layer("MaxPool2d", {"kernel_size": 2, "stride": 2, "padding": 1, "ceil_mode": True})])
    block.input_shape = (1, 1, 5, 5)
    explanation = explain_layer(block, analyze(block), 0)
    h_out = by_label(explanation.size)["H_out"]
    assert h_out.expression == "ceil((5 + 2*1 - 1*(2-1) - 1) / 2 + 1) - 1"
    real = torch.nn.MaxPool2d(2, 2, padding=1, ceil_mode=True)(torch.zeros(1, 1, 5, 5)).shape[2]
    assert h_out.value == real == 3
    assert any("torch drops it: 4 - 1 = 3" in note for note in explanation.notes)


def test_same_padding_shows_the_uneven_split():
    block = Block([Layer("Conv2d", {"out_channels": 4, "kernel_size": 4, "padding": "same"})])
    explanation = explain_layer(block, analyze(block), 0)
    assert str(by_label(explanation.size)["H_out"]) == "H_out = floor((64 + 1 + 2 - 1*(4-1) - 1) / 1 + 1) = 64"
    assert any('padding "same"' in note and "H: 1+2" in note for note in explanation.notes)


def test_batchnorm_names_its_buffers_and_a_broken_layer_says_why():
    block = seed_block()
    explanation = explain_layer(block, analyze(block), 1)
    assert explanation.total_params == 32
    assert any("running_mean (16)" in note for note in explanation.notes)
    block.set_param(0, "kernel_size", 99)
    analysis = analyze(block)
    assert explain_layer(block, analysis, 0).error.startswith("This layer cannot run: kernel_size 99")
    assert explain_layer(block, analysis, 2).error == (
        "An earlier layer cannot run, so this layer has no input to explain."
    )


@pytest.mark.parametrize("kind", sorted(LAYER_KINDS))
def test_every_registered_kind_is_explained(kind):
    block = Block([Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer.new(kind)])
    block.input_shape = (2, 3, 12, 12)
    analysis = analyze(block)
    explanation = explain_layer(block, analysis, 1)
    assert explanation.summary and explanation.text().startswith(f"Layer 2: {kind}")
    assert analysis.ok, analysis.error
    report = analysis.layers[1]
    assert explanation.total_params == report.params
    check_size(explanation, report)
