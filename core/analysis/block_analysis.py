"""Shapes, parameters, mult-adds, memory and receptive field of a Block, from shape rules.

No forward pass and no torch import: cheap enough to rerun on every keystroke. Numbers follow
torchinfo's definitions; which configurations fail follows torch's own checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod

from core import i18n
from core.layers.registry import LAYER_KINDS, MAX_CHANNELS, MAX_FEATURES, LayerProblem, Shape
from core.model.block import MAX_BATCH, MAX_SIDE, Block, Layer, name_problem
from core.model.naming import layer_attribute_names

BYTES_PER_VALUE = 4  # float32
MAX_BLOCK_BYTES = 64 * 1024**3  # weights + activations: far beyond any learner's block, far below harm


@dataclass(frozen=True)
class BlockError:
    """What is wrong and where: a layer (0-based index) and parameter, or the block itself."""

    message: str
    index: int | None = None
    kind: str | None = None
    param: str | None = None
    what: str = "layer"  # "step" in a graph block: the index is then the step's position
    uid: int | None = None  # graph blocks: the step (or module) at fault

    def __str__(self) -> str:
        if self.index is None:
            return self.message
        if self.what == "step":
            where = i18n.translate("Analysis", "step {number} {kind}: {message}")
        else:
            where = i18n.translate("Analysis", "layer {number} {kind}: {message}")
        return where.format(number=self.index + 1, kind=self.kind, message=self.message)


@dataclass(slots=True)  # not frozen: analysis builds hundreds per keystroke and frozen init is slow
class LayerReport:
    index: int
    kind: str
    input_shape: Shape
    output_shape: Shape
    params: int
    mult_adds: int
    activation_bytes: int
    receptive_field: tuple[int, int]  # input pixels one output value sees (H, W)
    jump: tuple[int, int]  # effective stride: input pixels between neighbouring outputs
    warning: str | None = None
    # graph blocks: the values the step reads (0: forward's x, n: step n), its uid and its
    # statement; shared: the module was called before, so its parameters are already counted
    inputs: tuple[int, ...] = ()
    uid: int = 0
    label: str = ""
    shared: bool = False


@dataclass(frozen=True)
class Analysis:
    input_shape: Shape
    layers: tuple[LayerReport, ...]  # every layer up to (not including) the first broken one
    error: BlockError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def output_shape(self) -> Shape:
        return self.layers[-1].output_shape if self.layers else self.input_shape

    @property
    def total_params(self) -> int:
        return sum(r.params for r in self.layers if not r.shared)  # a reused module has one set of weights

    @property
    def total_mult_adds(self) -> int:
        return sum(r.mult_adds for r in self.layers)

    @property
    def total_activation_bytes(self) -> int:
        return sum(r.activation_bytes for r in self.layers)

    @property
    def warnings(self) -> list[str]:
        step = i18n.translate("Analysis", "step {number} {kind}: {message}")
        layer = i18n.translate("Analysis", "layer {number} {kind}: {message}")
        return [
            (step if r.label else layer).format(number=r.index + 1, kind=r.kind, message=r.warning)
            for r in self.layers
            if r.warning
        ]


def input_shape_problem(shape: object) -> str | None:
    """Why `shape` is not a usable (N, F) feature input or (N, C, H, W) image input, or None."""
    if not isinstance(shape, (list, tuple)) or len(shape) not in (2, 4):
        return i18n.translate("Analysis", "input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W)")
    limits: tuple[tuple[str, int], ...]
    if len(shape) == 2:
        limits = ((_batch(), MAX_BATCH), (i18n.translate("Analysis", "F (features)"), MAX_FEATURES))
    else:
        limits = (
            (_batch(), MAX_BATCH),
            (i18n.translate("Analysis", "C (channels)"), MAX_CHANNELS),
            ("H", MAX_SIDE),
            ("W", MAX_SIDE),
        )
    for value, (label, high) in zip(shape, limits):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
            message = i18n.translate(
                "Analysis", "input shape {label} must be a whole number from 1 to {high}, got {value!r}"
            )
            return message.format(label=label, high=high, value=value)
    return None


def _batch() -> str:
    return i18n.translate("Analysis", "N (batch)")


# (language, kind, explicit params, input shape) -> (output shape, params, mult-adds, warning, window)
# Keystroke edits change one layer, so most layers are looked up rather than recomputed.
_LayerFacts = tuple[Shape, int, int, "str | None", "tuple[int, int, int, int] | None"]
_memo: dict[tuple, _LayerFacts] = {}
_MEMO_LIMIT = 20000


def _layer_facts(layer: Layer, shape: Shape) -> _LayerFacts:
    # the warning is text: a language switch must not find the other language's
    key = (i18n.current_language(), layer.kind, tuple(layer.params.items()), shape)
    facts = _memo.get(key)
    if facts is None:
        kind = LAYER_KINDS[layer.kind]
        p = kind.resolved(layer.params)
        out = kind.output_shape(shape, p)  # raises LayerProblem
        params = kind.param_count(shape, p)
        per_sample = prod(out[2:]) if kind.macs_per_output_pixel else 1  # torchinfo's rule, also unbatched
        window = None
        if kind.window is not None:
            (kh, kw), (sh, sw) = kind.window(p)
            dh, dw = _dilation(p)
            window = (dh * (kh - 1), dw * (kw - 1), sh, sw)
        facts = (out, params, params * out[0] * per_sample, kind.warning(shape, p), window)
        if len(_memo) >= _MEMO_LIMIT:
            _memo.clear()
        _memo[key] = facts
    return facts


def clear_memo() -> None:
    """Forget cached per-layer results (benchmarks use it to time the cold path)."""
    _memo.clear()


def analyze(block: Block) -> Analysis:
    """Per-layer (per-step) shapes and costs, stopping at the first layer (step) torch would refuse."""
    if block.steps is not None:
        from core.analysis.graph_analysis import analyze_graph

        return analyze_graph(block)
    shape_problem = input_shape_problem(block.input_shape)
    if shape_problem:
        return Analysis(tuple(block.input_shape), (), BlockError(shape_problem))
    reports, layer_error = layer_reports(block)
    memory = memory_error(block.input_shape, reports)
    if memory is not None:  # the layer that crosses the limit is where the block stops working
        return Analysis(block.input_shape, tuple(reports[: memory.index or 0]), memory)
    return Analysis(block.input_shape, tuple(reports), layer_error or names_error(block))


def layer_reports(block: Block) -> tuple[list[LayerReport], BlockError | None]:
    """The shape walk: a report per layer up to the first broken one, and that layer's error."""
    shape: Shape = tuple(block.input_shape)
    rf_h = rf_w = jump_h = jump_w = 1
    reports: list[LayerReport] = []
    for index, layer in enumerate(block.layers):
        try:
            out, params, mult_adds, warning, window = _layer_facts(layer, shape)
        except LayerProblem as problem:
            return reports, BlockError(problem.message, index, layer.kind, problem.param)
        if window is not None:
            span_h, span_w, stride_h, stride_w = window
            rf_h, rf_w = rf_h + span_h * jump_h, rf_w + span_w * jump_w
            jump_h, jump_w = jump_h * stride_h, jump_w * stride_w
        numel = prod(out)
        reports.append(
            LayerReport(
                index,
                layer.kind,
                shape,
                out,
                params,
                mult_adds,
                numel * BYTES_PER_VALUE,
                (rf_h, rf_w),
                (jump_h, jump_w),
                warning,
            )
        )
        shape = out
    return reports, None


def memory_error(
    input_shape: Shape, reports: list[LayerReport], limit: int = MAX_BLOCK_BYTES, what: str = "layer"
) -> BlockError | None:
    """The block's float32 input, weights and activations exceed `limit` bytes: where, and by how much.

    Counted from shape rules, so the check allocates nothing; it protects the machine (a project
    file from someone else, a typo in the input size) before anything is built.
    """
    need = prod(input_shape) * BYTES_PER_VALUE
    if need > limit:
        message = i18n.translate("Analysis", "the input alone needs {need} of memory; Block Studio allows {limit}")
        return BlockError(message.format(need=gib_text(need), limit=gib_text(limit)))
    for report in reports:
        need += report.activation_bytes + report.params * BYTES_PER_VALUE
        if need > limit:
            message = i18n.translate(
                "Analysis",
                "with this {kind} the block needs {need} for weights and activations; Block Studio allows {limit}",
            )
            return BlockError(
                message.format(kind=report.kind, need=gib_text(need), limit=gib_text(limit)),
                report.index,
                report.kind,
                what=what,
            )
    return None


def gib_text(n: int) -> str:
    for power, unit in ((5, "PiB"), (4, "TiB")):
        if n >= 1024**power:
            return f"{n / 1024**power:,.1f} {unit}"
    return f"{n / 1024**3:,.1f} GiB"


def names_error(block: Block) -> BlockError | None:
    """The first name in the block that cannot go into generated source, or a clash."""
    problem = name_problem(block.class_name, "class name")
    if problem:
        return BlockError(problem)
    # checked in "attributes" mode too, where it is unused: the project file keeps it, and a
    # block that analyses clean must save to a file that loads again
    problem = name_problem(block.container_name, "container name")
    if problem:
        return BlockError(problem)
    taken = set(layer_attribute_names(block)) if block.container == "attributes" else {block.container_name}
    defaults: dict[str, tuple[int, object]] = {}
    for index, layer in enumerate(block.layers):
        for param, argument in layer.arguments.items():
            problem = name_problem(argument, "argument name")
            if problem:
                return BlockError(problem, index, layer.kind, param)
            if argument in taken:
                message = i18n.translate("Analysis", "argument name {argument!r} is already an attribute of the class")
                return BlockError(message.format(argument=argument), index, layer.kind, param)
            if argument == block.class_name:  # super(Name, self) would get the argument, not the class
                message = i18n.translate("Analysis", "argument name {argument!r} is the class name").format(
                    argument=argument
                )
                return BlockError(message, index, layer.kind, param)
            value = layer.value(param)
            # by type too: 1 == 1.0 == True, but stride=1.0 or kernel_size=True is not the same argument
            if argument in defaults and (type(defaults[argument][1]), defaults[argument][1]) != (type(value), value):
                first, other = defaults[argument]
                message = i18n.translate(
                    "Analysis",
                    "argument {argument!r} is shared with {where}, but its value there is {other!r} and here {value!r}",
                )
                where = i18n.translate("Analysis", "layer {number}").format(number=first + 1)
                return BlockError(
                    message.format(argument=argument, where=where, other=other, value=value),
                    index,
                    layer.kind,
                    param,
                )
            defaults.setdefault(argument, (index, value))
    return None


def _dilation(p: dict) -> tuple[int, int]:
    d = p.get("dilation", 1)
    return d if isinstance(d, tuple) else (d, d)
