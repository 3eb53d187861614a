"""Analysis of a graph block: one report per forward step, from shape rules, as torch would run it.

A value is the block's input or a step's output; each step reads earlier values. Module calls
use the registry's rules (memoised per layer and input shape, as for flat blocks); functions,
adds, concatenations and reshapes have their own rules here. Counts follow torchinfo: only
modules have parameters and mult-adds, a module called twice has one set of weights (its
mult-adds count at every call), and stateless functions cost nothing.
"""

from __future__ import annotations

from math import prod

from core import i18n
from core.analysis.block_analysis import (
    BYTES_PER_VALUE,
    Analysis,
    BlockError,
    LayerReport,
    _layer_facts,
    input_shape_problem,
    memory_error,
)
from core.analysis.graph_names import graph_names_error, step_kind
from core.layers.registry import LAYER_KINDS, LayerProblem, Shape
from core.layers.shape_rules import shape_text
from core.model.block import Block, Layer
from core.model.steps import INPUT, SIZE_ITEM, Container, Module, Step, function_kind, resolved_params

_RF = tuple[int, int, int, int]  # receptive field (h, w) and jump (h, w) of a value


class _Walk:
    """What the walk has computed so far: values' shapes and receptive fields, modules' first inputs."""

    def __init__(self, block: Block) -> None:
        self.block = block
        self.shapes: dict[int, Shape] = {INPUT: tuple(block.input_shape)}
        self.fields: dict[int, _RF] = {INPUT: (1, 1, 1, 1)}
        self.numbers: dict[int, int] = {INPUT: 0}
        self.built_for: dict[int, tuple[int, int]] = {}  # module uid -> (inferred size, step number)
        self.entries = block.modules_by_name()


def analyze_graph(block: Block) -> Analysis:
    """Per-step shapes and costs, stopping at the first step torch would refuse."""
    problem = input_shape_problem(block.input_shape)
    if problem:
        return Analysis(tuple(block.input_shape), (), BlockError(problem))
    reports, error = step_reports(block)
    memory = memory_error(block.input_shape, reports, what="step")
    if memory is not None:
        return Analysis(block.input_shape, tuple(reports[: memory.index or 0]), memory)
    return Analysis(block.input_shape, tuple(reports), error or graph_names_error(block))


def step_reports(block: Block) -> tuple[list[LayerReport], BlockError | None]:
    """A report per step up to the first broken one, and that step's error."""
    walk = _Walk(block)
    reports: list[LayerReport] = []
    kinds: dict[str, str] = {}
    for index, step in enumerate(block.steps or []):
        kind = kinds.get(step.target) if step.op == "call_module" else None
        if kind is None:
            kind = step_kind(block, step, walk.entries)
            if step.op == "call_module":
                kinds[step.target] = kind
        try:
            report = _fast_module_call(walk, index, step, kind)  # most steps: one module, one input
            if report is None:
                report = _step_report(walk, index, step, kind, _input_shapes(walk, step))
        except LayerProblem as problem:
            return reports, BlockError(problem.message, index, kind, problem.param, what="step", uid=step.uid)
        reports.append(report)
        walk.shapes[step.uid] = report.output_shape
        walk.fields[step.uid] = (*report.receptive_field, *report.jump)
        walk.numbers[step.uid] = index + 1
    return reports, None


def _fast_module_call(walk: _Walk, index: int, step: Step, kind: str) -> LayerReport | None:
    """`out = self.conv1(x)` without the general path's bookkeeping (analysis runs on every keystroke)."""
    if step.op != "call_module" or len(step.inputs) != 1:
        return None
    entry = walk.entries.get(step.target)
    shape = walk.shapes.get(step.inputs[0])
    if entry is None or entry.__class__ is not Module or shape is None:
        return None
    uid = entry.layer.uid
    shared = uid in walk.built_for
    if shared:
        _check_reuse(walk, entry, shape, step.target)
    out, params, mult_adds, warning, window = _layer_facts(entry.layer, shape)
    if not shared:
        walk.built_for[uid] = (_inferred(entry.layer, shape), index + 1)
    rf_h, rf_w, jump_h, jump_w = walk.fields[step.inputs[0]]
    if window is not None:
        span_h, span_w, stride_h, stride_w = window
        rf_h, rf_w = rf_h + span_h * jump_h, rf_w + span_w * jump_w
        jump_h, jump_w = jump_h * stride_h, jump_w * stride_w
    return LayerReport(
        index, kind, shape, out, params, mult_adds, prod(out) * BYTES_PER_VALUE, (rf_h, rf_w), (jump_h, jump_w),
        warning, (walk.numbers[step.inputs[0]],), step.uid, kind, shared,
    )  # fmt: skip


def _input_shapes(walk: _Walk, step: Step) -> list[Shape]:
    wanted = _arity(step)
    if not wanted[0] <= len(step.inputs) <= wanted[1]:
        if wanted[0] == wanted[1]:
            count = f"{wanted[0]}"
        else:
            count = i18n.translate("GraphAnalysis", "{low} to {high}").format(low=wanted[0], high=wanted[1])
        message = i18n.translate("GraphAnalysis", "reads {count} value(s), but takes {wanted}")
        raise LayerProblem(None, message.format(count=len(step.inputs), wanted=count))
    shapes = []
    for uid in step.inputs:
        if uid not in walk.shapes:
            raise LayerProblem(
                None,
                i18n.translate(
                    "GraphAnalysis", "reads a value that no earlier step computes (forward runs top to bottom)"
                ),
            )
        shapes.append(walk.shapes[uid])
    return shapes


def _arity(step: Step) -> tuple[int, int]:
    if step.op == "call_function" and step.target == "add":
        return 2, 2
    if step.op == "call_function" and step.target == "torch.cat":
        return 1, 64
    return 1, 1


def _step_report(walk: _Walk, index: int, step: Step, kind: str, shapes: list[Shape]) -> LayerReport:
    params = mult_adds = 0
    shared = False
    warning: str | None = None
    fields = walk.fields
    if len(step.inputs) == 1:
        rf = fields[step.inputs[0]]
    else:  # the widest view of the values it joins
        rf = tuple(max(column) for column in zip(*(fields[u] for u in step.inputs)))
    if step.op == "call_module":
        out, params, mult_adds, warning, rf, shared = _module_call(walk, step, shapes[0], rf)
    elif step.op == "assign":
        out = shapes[0]
    elif step.op == "call_function" and step.target == "add":
        out = add_shape(shapes[0], shapes[1], bool(step.params.get("inplace", False)))
    elif step.op == "call_function" and step.target == "torch.cat":
        out = cat_shape(shapes, resolved_params(step)["dim"])
    elif step.op == "call_method" and step.target in ("view", "reshape"):
        out = view_shape(shapes[0], step.params.get("shape", []), step.target)
    else:
        function = function_kind(step)
        assert function is not None and function.kind is not None
        layer_kind = LAYER_KINDS[function.kind]
        p = resolved_params(step)
        out = layer_kind.output_shape(shapes[0], p)
        warning = layer_kind.warning(shapes[0], p)
        if layer_kind.window is not None:
            rf = _grow(rf, layer_kind.window(p), p)
    activation = 0 if step.op == "assign" else prod(out) * BYTES_PER_VALUE
    numbers = tuple(walk.numbers[u] for u in step.inputs)
    return LayerReport(
        index, kind, shapes[0], out, params, mult_adds, activation, (rf[0], rf[1]), (rf[2], rf[3]), warning,
        numbers, step.uid, kind, shared,
    )  # fmt: skip


def _module_call(walk: _Walk, step: Step, shape: Shape, rf: tuple) -> tuple:
    entry = walk.entries.get(step.target)
    if entry is None:
        message = i18n.translate("GraphAnalysis", "calls self.{target}, which __init__ does not register")
        raise LayerProblem(None, message.format(target=step.target))
    members = entry.members if isinstance(entry, Container) else [entry]
    params = mult_adds = 0
    warning = None
    shared = bool(members) and all(m.uid in walk.built_for for m in members)  # weights counted already
    for position, module in enumerate(members):
        where = "" if not isinstance(entry, Container) else f"[{module.name or position}] {module.layer.kind}: "
        try:
            _check_reuse(walk, module, shape, entry.name)
            out, n_params, macs, layer_warning, window = _layer_facts(module.layer, shape)
        except LayerProblem as problem:
            raise LayerProblem(problem.param, where + problem.message) from None
        walk.built_for.setdefault(module.uid, (_inferred(module.layer, shape), len(walk.numbers)))
        params += n_params
        mult_adds += macs
        warning = warning or (where + layer_warning if layer_warning else None)
        if window is not None:
            span_h, span_w, stride_h, stride_w = window
            rf = (rf[0] + span_h * rf[2], rf[1] + span_w * rf[3], rf[2] * stride_h, rf[3] * stride_w)
        shape = out
    return shape, params, mult_adds, warning, rf, shared


def _inferred(layer: Layer, shape: Shape) -> int:
    kind = LAYER_KINDS[layer.kind]
    return shape[kind.inferred_dim] if kind.inferred and len(shape) >= -kind.inferred_dim else -1


def _check_reuse(walk: _Walk, module: Module, shape: Shape, name: str) -> None:
    """A module called again must get the size its weights were built for (torch refuses otherwise)."""
    built = walk.built_for.get(module.uid)
    if built is None or not LAYER_KINDS[module.layer.kind].inferred:
        return
    size = _inferred(module.layer, shape)
    if size != built[0]:
        kind = LAYER_KINDS[module.layer.kind]
        if kind.inferred_dim == -3:
            message = i18n.translate(
                "GraphAnalysis",
                "self.{name} was built for {built} input channels by its first call (step {step}), but here gets "
                "{size}: one module has one set of weights; register another {kind} for this call",
            )
        else:
            message = i18n.translate(
                "GraphAnalysis",
                "self.{name} was built for {built} input features by its first call (step {step}), but here gets "
                "{size}: one module has one set of weights; register another {kind} for this call",
            )
        raise LayerProblem(
            None, message.format(name=name, built=built[0], step=built[1], size=size, kind=module.layer.kind)
        )


def _grow(rf: tuple, window: tuple, p: dict) -> tuple:
    (kh, kw), (sh, sw) = window
    d = p.get("dilation", 1)
    dh, dw = d if isinstance(d, tuple) else (d, d)
    return (rf[0] + dh * (kh - 1) * rf[2], rf[1] + dw * (kw - 1) * rf[3], rf[2] * sh, rf[3] * sw)


def add_shape(a: Shape, b: Shape, inplace: bool = False) -> Shape:
    """torch's broadcasting rule for a + b (and a += b, which cannot grow a)."""
    rank = max(len(a), len(b))
    pa, pb = (1,) * (rank - len(a)) + a, (1,) * (rank - len(b)) + b
    if any(x != y and 1 not in (x, y) for x, y in zip(pa, pb)):
        message = i18n.translate("GraphAnalysis", "{a} and {b} cannot be added{fix}")
        raise LayerProblem(None, message.format(a=shape_text(a), b=shape_text(b), fix=_skip_fix(a, b)))
    out = tuple(max(x, y) for x, y in zip(pa, pb))
    if inplace and out != a:
        message = i18n.translate("GraphAnalysis", "a += b cannot grow a: {a} plus {b} broadcasts to {out}")
        raise LayerProblem("inplace", message.format(a=shape_text(a), b=shape_text(b), out=shape_text(out)))
    return out


def _skip_fix(a: Shape, b: Shape) -> str:
    """The projection that makes a residual add work, when the shapes say which one."""
    if len(a) != 4 or len(b) != 4 or a[0] != b[0]:
        return ""
    main, skip = (a, b) if a[2] <= b[2] else (b, a)
    if skip[2] % main[2] or skip[3] % main[3] or skip[2] // main[2] != skip[3] // main[3]:
        return ""
    stride = skip[2] // main[2]
    if stride > 1:
        fix = i18n.translate(
            "GraphAnalysis", "; the skip path needs a 1x1 Conv2d with stride {stride} and {channels} channels"
        )
    else:
        fix = i18n.translate("GraphAnalysis", "; the skip path needs a 1x1 Conv2d and {channels} channels")
    return fix.format(stride=stride, channels=main[1])


def cat_shape(shapes: list[Shape], dim: int) -> Shape:
    """torch.cat: equal ranks, equal sizes except along `dim`."""
    first = shapes[0]
    rank = len(first)
    if not -rank <= dim < rank:
        message = i18n.translate("GraphAnalysis", "dim {dim} does not exist in a {rank}-D input {shape}")
        raise LayerProblem("dim", message.format(dim=dim, rank=rank, shape=shape_text(first)))
    axis = dim % rank
    for other in shapes[1:]:
        if len(other) != rank:
            message = i18n.translate("GraphAnalysis", "cannot join {a} and {b}: different ranks")
            raise LayerProblem(None, message.format(a=shape_text(first), b=shape_text(other)))
        for i, (x, y) in enumerate(zip(first, other)):
            if i != axis and x != y:
                message = i18n.translate(
                    "GraphAnalysis",
                    "cannot join {a} and {b} along dim {dim}: "
                    "dimension {i} differs ({x} and {y}), and only dim {dim} may",
                )
                raise LayerProblem(
                    None, message.format(a=shape_text(first), b=shape_text(other), dim=dim, i=i, x=x, y=y)
                )
    return (*first[:axis], sum(s[axis] for s in shapes), *first[axis + 1 :])


def view_shape(x: Shape, items: list, method: str = "view") -> Shape:
    """x.view(...) / x.reshape(...): sizes, x.size(i) items and at most one -1."""
    sizes: list[int] = []
    for item in items:
        match = SIZE_ITEM.match(item) if isinstance(item, str) else None
        if match:
            i = int(match.group(1))
            if not -len(x) <= i < len(x):
                message = i18n.translate("GraphAnalysis", "x.size({i}) does not exist in a {rank}-D input {shape}")
                raise LayerProblem("shape", message.format(i=i, rank=len(x), shape=shape_text(x)))
            sizes.append(x[i])
        else:
            sizes.append(int(item))
    total = prod(x)
    known = prod(s for s in sizes if s != -1)
    wanted = "(" + ", ".join(str(s) for s in sizes) + ")"
    if -1 in sizes:
        if total % known:
            message = i18n.translate(
                "GraphAnalysis",
                "cannot {method} {shape} ({total:,} values) as {wanted}: {total:,} is not a multiple of {known:,}",
            )
            raise LayerProblem(
                "shape", message.format(method=method, shape=shape_text(x), total=total, wanted=wanted, known=known)
            )
        sizes[sizes.index(-1)] = total // known
    elif known != total:
        message = i18n.translate(
            "GraphAnalysis", "cannot {method} {shape} ({total:,} values) as {wanted} ({known:,} values)"
        )
        raise LayerProblem(
            "shape", message.format(method=method, shape=shape_text(x), total=total, wanted=wanted, known=known)
        )
    return tuple(sizes)
