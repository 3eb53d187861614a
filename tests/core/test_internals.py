"""The super().__init__() lesson on live objects and on the installed torch's source."""

from __future__ import annotations

import inspect

import pytest
import torch

import core
from core.files.examples import seed_block
from core.learn.internals import (
    MODULE_ERROR,
    batchnorm_demo,
    init_excerpt,
    module_init_attributes,
    read_internals,
    setattr_excerpt,
    teaching_lesson,
)
from core.model.block import Block, Layer


def test_module_init_attributes_are_read_live():
    assert set(module_init_attributes()) == set(vars(torch.nn.Module()))
    assert "_modules" in module_init_attributes() and "training" in module_init_attributes()


@pytest.mark.parametrize("container", ["sequential", "attributes"])
def test_internals_list_what_the_live_object_has(container):
    block = seed_block()
    block.container = container
    model = core.instantiate(block)
    internals = read_internals(model)
    assert [a.name for a in internals.attributes] == list(vars(model))
    created = {a.name for a in internals.attributes if a.from_module_init}
    assert created == set(vars(torch.nn.Module()))
    own = [a.name for a in internals.attributes if not a.from_module_init]
    assert own == ["kernel_size", "stride", "padding", "pool", "pool_stride"]
    modules = next(a for a in internals.attributes if a.name == "_modules")
    assert modules.summary.endswith(", ".join(model._modules))
    params = [(t.name, t.shape, t.count, t.requires_grad) for t in internals.tensors if t.kind == "parameter"]
    assert params == [(n, tuple(p.shape), p.numel(), p.requires_grad) for n, p in model.named_parameters()]
    buffers = [t.name for t in internals.tensors if t.kind == "buffer"]
    assert buffers == [n for n, _ in model.named_buffers()]
    assert internals.state_dict_keys == list(model.state_dict())
    assert internals.parameter_count == 480
    tree = internals.modules
    assert tree.type_name == "ConvBlock"
    flat = [(c.name, c.type_name) for c in tree.children]
    assert flat == [(name, type(m).__name__) for name, m in model.named_children()]


@pytest.mark.parametrize(
    ("container", "line_text"),
    [
        ("sequential", "self.conv_block = nn.Sequential("),
        ("attributes", "self.conv1 = nn.Conv2d("),
    ],
)
def test_teaching_mode_shows_pytorchs_real_error_and_line(container, line_text):
    block = seed_block()
    block.container = container
    lesson = teaching_lesson(block)
    assert block.super_style == "super"  # the caller's block is not changed
    assert lesson.error is not None
    assert lesson.error_text == f"AttributeError: {MODULE_ERROR}"
    lines = lesson.source.splitlines()
    assert lines[lesson.error.line - 1].strip() == line_text
    assert "super()" not in lesson.source
    assert f"Generated line {lesson.error.line}: `{line_text}`" in lesson.explanation
    assert "super(ConvBlock, self).__init__()" in lesson.super_forms
    assert "ConvBlock -> Module -> object" in lesson.super_forms


def test_teaching_mode_without_any_layer_says_nothing_failed_yet():
    lesson = teaching_lesson(Block([], container="attributes"))
    assert lesson.error is None
    assert "nothing failed yet" in lesson.explanation


def test_source_excerpts_are_the_installed_torchs_own_lines():
    real_lines, first = inspect.getsourcelines(torch.nn.Module.__setattr__)
    excerpt = setattr_excerpt()
    for number, text in excerpt.lines:
        assert real_lines[number - first].rstrip("\n") == text
    marked = [text for number, text in excerpt.lines if number in excerpt.highlight]
    assert any(MODULE_ERROR in text for text in marked)
    assert any("modules[name] = value" in text for text in marked)
    assert any('get("_modules")' in text or "get('_modules')" in text for text in marked)
    assert len(excerpt.lines) < len(real_lines)  # the relevant part, not the whole method

    init = init_excerpt()
    init_real, init_first = inspect.getsourcelines(torch.nn.Module.__init__)
    for number, text in init.lines:
        assert init_real[number - init_first].rstrip("\n") == text
    assert [t for n, t in init.lines if n in init.highlight] and all(
        "_modules" in t for n, t in init.lines if n in init.highlight
    )
    body = "\n".join(text for _, text in init.lines)
    assert all(name in body for name in module_init_attributes())


def test_super_and_explicit_super_build_the_same_object():
    block = seed_block()
    short = core.instantiate(block)
    block.super_style = "explicit"
    explicit = core.instantiate(block)
    assert list(vars(short)) == list(vars(explicit))
    assert list(short.state_dict()) == list(explicit.state_dict())


def test_batchnorm_train_and_eval_differ_and_only_train_moves_running_stats():
    demo = batchnorm_demo(8, {"momentum": 0.5}, (4, 8, 6, 6))
    assert demo.outputs_differ and demo.max_difference > 1.0
    assert demo.running_mean_before == demo.running_mean_after_eval == [0.0] * 4
    assert demo.batches_tracked == (0, 0, 1)
    # train mode: running = (1 - momentum) * running + momentum * batch mean
    for after, batch_mean in zip(demo.running_mean_after_train, demo.input_mean):
        assert after == pytest.approx(0.5 * batch_mean, rel=1e-4)
    assert all(abs(m) < 1e-4 for m in demo.train_output_mean)
    assert all(s == pytest.approx(1.0, abs=1e-3) for s in demo.train_output_std)
    # eval mode with fresh statistics (0, 1) leaves the input nearly as it was
    assert demo.eval_output_mean == pytest.approx(demo.input_mean, rel=1e-3)
    assert "num_batches_tracked: 0 -> 0 (eval) -> 1 (train)" in demo.text()


def test_batchnorm_without_running_stats_agrees_in_both_modes():
    demo = batchnorm_demo(3, {"track_running_stats": False}, (1, 3, 1, 1))
    assert demo.input_shape == (2, 3, 1, 1)  # one value per channel cannot be normalised in train mode
    assert not demo.outputs_differ
    assert demo.running_mean_before is None and demo.batches_tracked is None


def test_batchnorm_demo_from_a_block_layer():
    block = Block([Layer("Conv2d", {"out_channels": 5, "kernel_size": 3}), Layer("BatchNorm2d", {"eps": 1e-3})])
    report = core.analyze(block).layers[1]
    demo = batchnorm_demo(report.input_shape[1], block.layers[1].resolved(), report.input_shape)
    assert demo.input_shape == (1, 5, 62, 62)
    assert demo.outputs_differ
