"""The two halves of a graph block: registered modules (what `__init__` builds) and forward steps.

The vocabulary is torch.fx's: a step is `call_module` (self.conv1, or a container), `call_function`
(F.relu, torch.flatten, torch.cat, the `+` of a residual add) or `call_method` (x.view, x.reshape,
x.flatten); `assign` is the one statement fx has no node for (`identity = x`). Values are named by
uid: `INPUT` is forward's argument, every other value is the step that computes it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from core import i18n
from core.layers.params import ParamSpec, ParamType

INPUT = 0  # the value id of forward's argument `x`
INPUT_NAME = "x"
OPS = ("call_module", "call_function", "call_method", "assign")
MAX_STEPS = 1000
MAX_INPUTS = 64  # values one torch.cat may join

_uids = itertools.count(1_000_000)  # apart from Layer uids (which modules reuse), so they never meet


def new_uid() -> int:
    return next(_uids)


@dataclass(frozen=True)
class FunctionKind:
    """A stateless function a step may call: torch's spelling and the registry kind whose rule it shares."""

    code: str  # as written in forward: "F.relu", "torch.flatten"
    kind: str | None  # the LAYER_KINDS entry with the same shape rule (None: add, cat)
    positional: tuple[str, ...] = ()  # written positionally while each is given
    defaults: tuple[tuple[str, Any], ...] = ()  # where the function's default differs from the module's
    training: bool = False  # takes training=self.training (F.dropout)


FUNCTIONS: dict[str, FunctionKind] = {
    f.code: f
    for f in (
        FunctionKind("F.relu", "ReLU"),
        FunctionKind("F.max_pool2d", "MaxPool2d", ("kernel_size", "stride")),
        FunctionKind("F.avg_pool2d", "AvgPool2d", ("kernel_size", "stride")),
        FunctionKind("F.adaptive_avg_pool2d", "AdaptiveAvgPool2d", ("output_size",)),
        FunctionKind("F.dropout", "Dropout", ("p",), training=True),
        FunctionKind("F.leaky_relu", "LeakyReLU", ("negative_slope",)),
        FunctionKind("F.gelu", "GELU"),
        FunctionKind("F.silu", "SiLU"),
        FunctionKind("torch.sigmoid", "Sigmoid"),
        FunctionKind("torch.tanh", "Tanh"),
        FunctionKind("F.softmax", "Softmax"),
        FunctionKind("F.log_softmax", "LogSoftmax"),
        FunctionKind("torch.flatten", "Flatten", ("start_dim", "end_dim"), defaults=(("start_dim", 0),)),
        FunctionKind("add", None),  # a + b (or a += b), torch's broadcasting rule
        FunctionKind("torch.cat", None),
    )
}
# x.flatten(start_dim) defaults to 0 like torch.flatten; view and reshape take a shape
METHODS = ("view", "reshape", "flatten")
FLATTEN_METHOD = FunctionKind("flatten", "Flatten", ("start_dim", "end_dim"), defaults=(("start_dim", 0),))

ADD_PARAMS = (
    ParamSpec(
        "inplace",
        ParamType.BOOL,
        False,
        help=i18n.QT_TRANSLATE_NOOP("LayerParams", "write `a += b` (changes a's tensor)"),
    ),
)
CAT_PARAMS = (
    ParamSpec(
        "dim",
        ParamType.INT,
        0,
        -4,
        3,
        help=i18n.QT_TRANSLATE_NOOP("LayerParams", "the dimension the tensors are joined along"),
    ),
)
SIZE_ITEM = re.compile(r"size\((-?[0-9])\)\Z")  # a dimension of the input, x.size(0)
MAX_DIM = 1 << 30


def check_shape_items(value: Any) -> tuple[int | str, ...]:
    """A view/reshape target: whole numbers (-1 at most once) and "size(i)" items; raises ValueError."""
    if not isinstance(value, (list, tuple)) or not 1 <= len(value) <= 6:
        raise ValueError(i18n.translate("Steps", "shape must be a list of 1 to 6 sizes"))
    items: list[int | str] = []
    for item in value:
        if isinstance(item, str) and SIZE_ITEM.match(item):
            items.append(item)
        elif isinstance(item, int) and not isinstance(item, bool) and (item == -1 or 1 <= item <= MAX_DIM):
            items.append(item)
        else:
            message = i18n.translate(
                "Steps", 'a size must be -1, a whole number from 1 to {most:,} or "size(i)", got {item!r}'
            )
            raise ValueError(message.format(most=MAX_DIM, item=item))
    if items.count(-1) > 1:
        raise ValueError(i18n.translate("Steps", "only one size can be -1 (inferred)"))
    return tuple(items)


@functools.lru_cache(maxsize=256)
def step_specs(op: str, target: str) -> Mapping[str, ParamSpec]:
    """The parameters a step of this op and target may hold (call_module steps hold none).
    Read-only and made once per (op, target): analysis asks for every step on every edit."""
    from core.layers.registry import LAYER_KINDS

    specs: dict[str, ParamSpec] = {}
    if op == "call_function":
        if target == "add":
            specs = {s.name: s for s in ADD_PARAMS}
        elif target == "torch.cat":
            specs = {s.name: s for s in CAT_PARAMS}
        else:
            function = FUNCTIONS[target]
            specs = dict(LAYER_KINDS[function.kind].spec_by_name) if function.kind else {}
    elif op == "call_method" and target == "flatten":
        specs = dict(LAYER_KINDS["Flatten"].spec_by_name)
    return MappingProxyType(specs)


def function_kind(step: Step) -> FunctionKind | None:
    if step.op == "call_function":
        return FUNCTIONS.get(step.target)
    if step.op == "call_method" and step.target == "flatten":
        return FLATTEN_METHOD
    return None


def resolved_params(step: Step) -> dict[str, Any]:
    """Every parameter of a functional step: the step's own over the function's and torch's defaults."""
    from core.layers.registry import LAYER_KINDS

    function = function_kind(step)
    if function is None:
        specs = step_specs(step.op, step.target)
        return {**{name: s.default for name, s in specs.items()}, **step.params}
    base = dict(LAYER_KINDS[function.kind].defaults) if function.kind else {}
    return {**base, **dict(function.defaults), **step.params}


@dataclass
class Step:
    """One statement of forward: `output = <op target>(inputs, params)`."""

    op: str
    target: str  # module or container name; "F.relu", "add", "torch.cat"; "view", "reshape", "flatten"
    inputs: list[int] = field(default_factory=lambda: [INPUT])  # value ids it reads, in argument order
    params: dict[str, Any] = field(default_factory=dict)  # functional and method steps only
    output: str = "x"  # the variable forward assigns (`identity`, `out`, `x`)
    uid: int = field(default_factory=new_uid, compare=False)

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise ValueError(f"unknown step op {self.op!r} (known: {', '.join(OPS)})")
        if self.op == "call_function" and self.target not in FUNCTIONS:
            raise ValueError(f"unknown function {self.target!r} (known: {', '.join(FUNCTIONS)})")
        if self.op == "call_method" and self.target not in METHODS:
            raise ValueError(f"unknown method {self.target!r} (known: {', '.join(METHODS)})")

    @property
    def label(self) -> str:
        """How a row or error names it: `self.conv1`, `F.relu`, `add`, `x.view`, `assign`."""
        if self.op == "call_module":
            return f"self.{self.target}"
        if self.op == "call_method":
            return f".{self.target}"
        return self.target if self.op == "call_function" else "assign"

    def copy(self, keep_uid: bool = True) -> Step:
        step = Step(self.op, self.target, list(self.inputs), dict(self.params), self.output)
        if keep_uid:
            step.uid = self.uid
        return step


@dataclass
class Module:
    """A registered module: `self.<name> = nn.Kind(...)`, or a member of a container.

    `name` is None only inside an unkeyed nn.Sequential, where torch numbers the members.
    The module's uid is its layer's (the GUI selects it by that).
    """

    name: str | None
    layer: Any  # core.model.block.Layer (kind, params, arguments, uid)
    # a container member registered a second time under its own attribute, one set of weights:
    # `self.fc1 = nn.Linear(...)` then `self.layer4 = nn.Sequential(self.fc1, ...)`
    also_as: str | None = None

    @property
    def uid(self) -> int:
        return int(self.layer.uid)

    def copy(self) -> Module:
        layer = self.layer.copy()
        layer.uid = self.layer.uid
        return Module(self.name, layer, self.also_as)


@dataclass
class Container:
    """`self.<name> = nn.Sequential(...)`; keyed: written with OrderedDict so members keep their names."""

    name: str
    members: list[Module] = field(default_factory=list)
    keyed: bool = False
    uid: int = field(default_factory=new_uid, compare=False)

    def copy(self) -> Container:
        container = Container(self.name, [m.copy() for m in self.members], self.keyed)
        container.uid = self.uid
        return container


Entry = Module | Container  # one line (or one nn.Sequential) of __init__
