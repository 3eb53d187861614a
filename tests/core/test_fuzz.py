"""Fuzzing the whole pipeline: random documents and random edit sequences, checked against torch.

load -> analyse -> generate -> instantiate -> forward may only ever raise our own error types;
when analysis says a block is valid, the real generated module runs in eval mode and every layer's
output shape is the one analysis predicted; when it says a layer is broken, torch refuses that
layer too. Shapes stay small so thousands of examples run in minutes.

The quick profile runs with the normal suite; `./run fuzz` runs the long one (5,000+ examples per
property, marked slow).
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
import torch
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from torch import nn

import core
from core.analysis.block_analysis import Analysis, analyze, input_shape_problem, names_error
from core.codegen.loader import LoadError
from core.codegen.source import CodegenError, generate
from core.files.project_file import ProjectFileError, block_from_bytes, block_to_dict, block_to_json
from core.layers.params import ParamSpec, ParamType
from core.layers.registry import LAYER_KINDS
from core.model.block import CONTAINERS, SUPER_STYLES, Block, BlockEvent, Layer

# torch warns (rightly) about Dropout2d on a 2-D input; analysis gives the same warning
pytestmark = pytest.mark.filterwarnings("ignore:dropout2d:UserWarning")
QUICK = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
LONG = settings(max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))

# Names that collide with something: generated attributes, nn.Module members, keywords, the class.
NAMES = st.one_of(
    st.sampled_from(
        """k size pool pool_stride conv_block conv1 bn1 relu1 pool1 ConvBlock Net self eval parameters _modules
        training x nn torch print super forward __class__ def match 1st Ä kernel_size stride padding""".split()
        + ["", "a b", "a\nb"]
    ),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,6}", fullmatch=True),
)
# Values that are wrong for most parameters; ParamSpec.check decides which one each is.
ODD_VALUES = st.sampled_from(
    [-1, 0, True, False, 2.5, "3", "same", "valid", "zeros", "reflect", None, [1, 2, 3], [1], [True, 1], [2, 3]]
    + [(1, -1), math.nan, math.inf, -math.inf, 10**6, 2**70, {}, "", 1e-13, 1.5]
)


def small_value(spec: ParamSpec) -> st.SearchStrategy[Any]:
    """A valid value that keeps tensors tiny (kernels, strides and channels below ten)."""
    cap = {"out_channels": 8, "out_features": 8, "groups": 4, "kernel_size": 5, "stride": 3, "padding": 3}
    if spec.type in (ParamType.INT, ParamType.PAIR, ParamType.OPTIONAL_PAIR, ParamType.CONV_PADDING):
        one = st.integers(int(spec.low), min(int(spec.high), cap.get(spec.name, 3)))
        value = one if spec.type is ParamType.INT else st.one_of(one, st.tuples(one, one))
        if spec.type is ParamType.OPTIONAL_PAIR:
            value = st.one_of(st.none(), value)
        if spec.type is ParamType.CONV_PADDING:
            value = st.one_of(value, st.sampled_from(["same", "valid"]))
        return value
    if spec.type in (ParamType.FLOAT, ParamType.OPTIONAL_FLOAT):
        value = st.floats(spec.low, spec.high, allow_nan=False)
        return st.one_of(st.none(), value) if spec.type is ParamType.OPTIONAL_FLOAT else value
    if spec.type is ParamType.BOOL:
        return st.booleans()
    return st.sampled_from(spec.choices)


def any_value(spec: ParamSpec) -> st.SearchStrategy[Any]:
    return st.one_of(small_value(spec), ODD_VALUES)


@st.composite
def layers(draw: st.DrawFn) -> Layer:
    layer = Layer.new(draw(st.sampled_from(list(LAYER_KINDS))))
    for spec in LAYER_KINDS[layer.kind].params:
        if draw(st.integers(0, 3)) == 0:
            value = spec.check(draw(small_value(spec)))
            if value != spec.default or spec.required:
                layer.params[spec.name] = value
    return layer


SHAPES = st.tuples(st.integers(1, 3), st.integers(1, 8), st.integers(1, 24), st.integers(1, 24))
ODD_SHAPES = st.sampled_from(
    [5, None, (0, 3, 8, 8), (1, 3, 8), (1, 3, 8, 8.0), ("1", 3, 8, 8), (1, 3, -8, 8), (True, 3, 8, 8)]
)


# ---- the pipeline and its oracle -----------------------------------------------------------


def check_pipeline(block: Block) -> None:
    """Analyse, generate, instantiate and run `block`, comparing every step with real torch."""
    analysis = analyze(block)  # never raises: problems are reported, not thrown
    try:
        generate(block)
    except CodegenError:
        # codegen refuses only a bad name or input shape, which analysis reports too (it may
        # report a broken layer first)
        assert not analysis.ok
        assert names_error(block) is not None or input_shape_problem(block.input_shape) is not None
        event("codegen refused a name or shape")
        return
    if not analysis.ok and len(analysis.layers) < len(block.layers):
        torch_refuses_layer(block, analysis)
        event("broken layer, torch agrees")
        return
    assert analysis.ok, analysis.error  # every name generated fine, every layer fits
    again = block_from_bytes(block_to_json(block).encode())  # a valid block survives save and load
    assert again.same_content(block)
    if block.super_style == "omitted":  # teaching mode: PyTorch's own AttributeError, mapped to a line
        # assigning a module (or a container, even empty) needs _modules; a plain list of layers does not
        if (block.layers and block.container != "list") or block.container in ("sequential", "modulelist"):
            with pytest.raises(LoadError) as caught:
                core.instantiate(block)
            assert caught.value.type_name == "AttributeError"
        event("super call omitted")
        return
    model = core.instantiate(block)
    run_and_compare(model, block, analysis)
    event(f"valid, ran {len(block.layers)} layers" if len(block.layers) < 5 else "valid, ran 5+ layers")


def run_and_compare(model: nn.Module, block: Block, analysis: Analysis) -> None:
    leaves = [m for m in model.modules() if m is not model and not isinstance(m, (nn.Sequential, nn.ModuleList))]
    if block.container == "list":  # the lesson: nn.Module never sees the layers of a plain list
        assert leaves == [] and not list(model.parameters())
        leaves = list(getattr(model, block.container_name))
    else:
        assert sum(p.numel() for p in model.parameters()) == analysis.total_params
    assert [type(m).__name__ for m in leaves] == [layer.kind for layer in block.layers]
    shapes: list[tuple[int, ...]] = []
    hooks = [m.register_forward_hook(lambda _m, _i, out: shapes.append(tuple(out.shape))) for m in leaves]
    try:
        model.eval()
        if block.container == "list":  # .eval() does not reach a plain list's layers either (the lesson)
            assert all(m.training for m in leaves)
            for m in leaves:
                m.eval()
        with torch.no_grad():
            out = model(torch.zeros(block.input_shape))
    finally:
        for hook in hooks:
            hook.remove()
    assert shapes == [report.output_shape for report in analysis.layers]
    assert tuple(out.shape) == analysis.output_shape


def torch_layer(layer: Layer, x: torch.Tensor) -> nn.Module:
    """The torch module for `layer` on input `x`, built from the registry (not from generated code)."""
    kind = LAYER_KINDS[layer.kind]
    dim = getattr(kind, "inferred_dim", -3)
    # an input without that dimension: build with 1 and let torch refuse the input when it runs
    inferred = [x.shape[dim] if x.dim() >= -dim else 1 for _ in kind.inferred]
    return getattr(nn, kind.name)(*inferred, **layer.resolved())


def torch_refuses_layer(block: Block, analysis: Analysis) -> None:
    """Analysis stopped at layer k: torch runs layers before k and refuses layer k."""
    broken = len(analysis.layers)
    x = torch.zeros(block.input_shape)
    with torch.no_grad():
        for index, layer in enumerate(block.layers[:broken]):
            x = torch_layer(layer, x).eval()(x)
            assert tuple(x.shape) == analysis.layers[index].output_shape
        try:
            torch_layer(block.layers[broken], x).eval()(x)
        except (RuntimeError, ValueError, TypeError, IndexError):
            return
    raise AssertionError(f"analysis says {analysis.error}, but torch runs it")


# ---- random documents --------------------------------------------------------------------


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=True), st.text(max_size=12)),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A project document built from random layers, then with a few values replaced at random."""
    block = Block(draw(st.lists(layers(), max_size=6)), input_shape=draw(SHAPES))
    block.container = draw(st.sampled_from(CONTAINERS))
    block.super_style = draw(st.sampled_from(SUPER_STYLES))
    data = block_to_dict(block)
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2, 3]))):  # half the documents stay loadable
        target, key = _random_slot(draw, data)
        if target is None:
            break
        target[key] = draw(st.one_of(JSON_VALUES, st.sampled_from(list(LAYER_KINDS)), NAMES))
    return json.dumps(data)  # NaN and Infinity are written as such: the loader must refuse them


def _random_slot(draw: st.DrawFn, data: dict) -> tuple[Any, Any]:
    slots: list[tuple[Any, Any]] = []
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
        for key in keys:
            slots.append((node, key))
            stack.append(node[key])
    return draw(st.sampled_from(slots)) if slots else (None, None)


def check_document(text: str) -> None:
    try:
        block = block_from_bytes(text.encode())
    except ProjectFileError as exc:
        assert str(exc).count("\n") == 0  # one line, whatever the file held
        event("file refused")
        return
    check_pipeline(block)


@QUICK
@given(documents())
def test_random_documents_load_or_fail_cleanly(text: str) -> None:
    check_document(text)


@pytest.mark.slow
@LONG
@given(documents())
def test_random_documents_long(text: str) -> None:
    check_document(text)


# ---- random edit sequences ---------------------------------------------------------------


class EventMirror:
    """Keeps its own list of layer ids from events alone, as the GUI's item model does."""

    def __init__(self, block: Block) -> None:
        self.block = block
        self.uids = [layer.uid for layer in block.layers]
        self.events: list[BlockEvent] = []
        block.subscribe(self.on_event)

    def on_event(self, event: BlockEvent) -> None:
        self.events.append(event)
        n = len(self.uids)
        if event.type == "inserting":
            assert 0 <= event.index <= n and event.count >= 0
        elif event.type == "inserted":
            self.uids[event.index : event.index] = [
                layer.uid for layer in self.block.layers[event.index : event.index + event.count]
            ]
        elif event.type == "removing":
            assert 0 <= event.index and event.count >= 0 and event.index + event.count <= n
        elif event.type == "removed":
            del self.uids[event.index : event.index + event.count]
        elif event.type == "moving":
            assert 0 <= event.index and event.index + event.count <= n and 0 <= event.dest <= n - event.count
        elif event.type == "moved":
            run = self.uids[event.index : event.index + event.count]
            del self.uids[event.index : event.index + event.count]
            self.uids[event.dest : event.dest] = run

    def agrees(self) -> bool:
        return self.uids == [layer.uid for layer in self.block.layers]


@st.composite
def edit(draw: st.DrawFn, block: Block) -> tuple[str, tuple]:
    """One Block edit with arguments drawn against the block's current state (sometimes invalid)."""
    n = len(block.layers)
    index = st.integers(-1, n + 1)
    op = draw(st.sampled_from(["insert", "insert", "remove", "move", "param", "param", "argument", "option"]))
    if op == "insert" or n == 0:
        return "insert", (draw(index), draw(st.lists(layers(), min_size=1, max_size=3)))
    if op == "remove":
        return "remove", (draw(index), draw(st.integers(0, 3)))
    if op == "move":
        return "move", (draw(index), draw(st.integers(0, 3)), draw(index))
    at = draw(st.integers(0, n - 1))
    specs = LAYER_KINDS[block.layers[at].kind].params
    if op in ("param", "argument") and specs:  # some kinds (Sigmoid) have no parameters
        spec = draw(st.sampled_from(specs))
        if op == "param":
            return "set_param", (at, spec.name, draw(any_value(spec)))
        return "set_argument", (at, spec.name, draw(st.one_of(st.none(), NAMES)))
    name = draw(st.sampled_from(Block.OPTION_NAMES))
    value = {
        "class_name": NAMES,
        "container_name": NAMES,
        "input_shape": st.one_of(SHAPES, SHAPES, ODD_SHAPES),
        "super_style": st.sampled_from([*SUPER_STYLES, "bogus"]),
        "container": st.sampled_from([*CONTAINERS, "bogus"]),
    }[name]
    return "set_option", (name, draw(value))


def apply_edit(block: Block, mirror: EventMirror, op: str, args: tuple) -> None:
    """Apply one edit; a refused edit raises ValueError or IndexError and changes nothing at all."""
    before, events = block_to_dict(block), len(mirror.events)
    try:
        getattr(block, op)(*args)
    except (ValueError, IndexError):
        assert block_to_dict(block) == before, f"{op}{args} failed half-way"
        assert len(mirror.events) == events, f"{op}{args} failed but announced a change"
    assert mirror.agrees(), f"events of {op}{args} do not describe the change"


def check_edits(data: st.DataObject) -> None:
    block = Block([], input_shape=data.draw(SHAPES))
    mirror = EventMirror(block)
    for _ in range(data.draw(st.integers(1, 12))):
        op, args = data.draw(edit(block))
        apply_edit(block, mirror, op, args)
        analyze(block)  # after every edit, as the GUI does on each keystroke
    check_pipeline(block)


@QUICK
@given(st.data())
def test_random_edit_sequences_stay_consistent_with_torch(data: st.DataObject) -> None:
    check_edits(data)


@pytest.mark.slow
@LONG
@given(st.data())
def test_random_edit_sequences_long(data: st.DataObject) -> None:
    check_edits(data)
