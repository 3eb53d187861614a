"""Edits of a graph block as the window makes them: each takes a block and returns an edited copy.

The window pushes the copy as one undo step (the old block is the undo), so an edit that touches
modules, steps and wiring at once (Wrap in Residual adds a skip, a projection and an add) is
still one step. A flat block is first turned into its graph (one attribute per layer), so
the same edits work on every block. Rows are step positions, 0-based.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import i18n
from core.analysis.block_analysis import Analysis
from core.layers.registry import LAYER_KINDS
from core.model.block import Block, Layer
from core.model.steps import INPUT, Container, Module, Step

PROJECTION = "downsample"  # torchvision's name for the skip path's 1x1 conv + BatchNorm
# step kinds the palette offers besides modules: name -> (op, target, starting parameters).
# A merge starts reading the step above and forward's x; its inputs are then chosen in its properties.
STEP_KINDS: dict[str, tuple[str, str, dict]] = {
    "F.relu": ("call_function", "F.relu", {}),
    "F.gelu": ("call_function", "F.gelu", {}),
    "torch.sigmoid": ("call_function", "torch.sigmoid", {}),
    "F.max_pool2d": ("call_function", "F.max_pool2d", {"kernel_size": 2}),
    "F.avg_pool2d": ("call_function", "F.avg_pool2d", {"kernel_size": 2}),
    "F.adaptive_avg_pool2d": ("call_function", "F.adaptive_avg_pool2d", {"output_size": 1}),
    "F.dropout": ("call_function", "F.dropout", {}),
    "torch.flatten": ("call_function", "torch.flatten", {"start_dim": 1}),
    "x.view": ("call_method", "view", {"shape": ["size(0)", -1]}),
    "add": ("call_function", "add", {}),
    "torch.cat": ("call_function", "torch.cat", {"dim": 1}),
}


@dataclass(frozen=True)
class GraphEdit:
    block: Block  # the edited copy
    rows: list[int]  # the steps to select afterwards
    message: str  # what happened, for the status bar


def as_editable_graph(block: Block) -> Block:
    """A graph copy of `block`: a flat chain becomes one attribute and one step per layer."""
    if block.is_graph:
        return block.copy()
    flat = block.copy()
    flat.container = "attributes"
    return flat.as_graph()


def _taken_names(block: Block) -> set[str]:
    return {entry.name for entry in block.modules if entry.name}


def unique_name(block: Block, prefix: str) -> str:
    """`prefix` numbered as the generated code numbers layers (conv1, conv2, ...), first free one."""
    taken = _taken_names(block)
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _reader_of(steps: list[Step], row: int) -> int:
    """The value a step inserted at `row` reads: the step above it, or forward's x."""
    return steps[row - 1].uid if row > 0 else INPUT


def insert_kinds(block: Block, row: int, kinds: list[str | Layer]) -> GraphEdit:
    """Register a module per kind and call it at `row`, in a chain; the step below reads the last one."""
    graph = as_editable_graph(block)
    steps = graph.steps or []
    row = max(0, min(row, len(steps)))
    source = _reader_of(steps, row)
    added: list[Step] = []
    position = _module_position(graph, row)
    for item in kinds:
        if isinstance(item, str) and item in STEP_KINDS:  # a function, reshape or merge: no module
            op, target, params = STEP_KINDS[item]
            inputs = [source, INPUT] if target in ("add", "torch.cat") else [source]
            step = Step(op, target, inputs, dict(params), output=_output_name(steps, row))
        else:
            layer = item.copy() if isinstance(item, Layer) else Layer.new(item)
            name = unique_name(graph, LAYER_KINDS[layer.kind].attr_prefix)
            graph.modules.insert(position, Module(name, layer))
            position += 1
            step = Step("call_module", name, [source], output=_output_name(steps, row))
        added.append(step)
        source = step.uid
    if row < len(steps):  # the step that read the value above now reads the last one added
        reader = steps[row]
        reader.inputs = [added[-1].uid if uid == added[0].inputs[0] else uid for uid in reader.inputs]
    steps[row:row] = added
    names = ", ".join(s.label for s in added)
    return GraphEdit(graph, list(range(row, row + len(added))), f"Added {names}")


def _output_name(steps: list[Step], row: int) -> str:
    """A new step writes the variable of the step above (`out` inside a residual), else `x`."""
    above = steps[row - 1].output if row > 0 else "x"
    return above if above != "identity" else "x"


def _module_position(graph: Block, row: int) -> int:
    """Where a module for a step at `row` goes in __init__: after the modules of the steps above."""
    steps = graph.steps or []
    above = {s.target for s in steps[:row] if s.op == "call_module"}
    position = 0
    for index, entry in enumerate(graph.modules):
        if entry.name in above:
            position = index + 1
    return position


def remove_steps(block: Block, rows: list[int]) -> GraphEdit:
    """Remove steps; readers of a removed step read what it read; modules no step calls go too."""
    graph = as_editable_graph(block)
    steps = graph.steps or []
    doomed = sorted({r for r in rows if 0 <= r < len(steps)})
    replaced: dict[int, int] = {}
    for row in doomed:
        step = steps[row]
        first = step.inputs[0] if step.inputs else INPUT
        replaced[step.uid] = replaced.get(first, first)
    kept = [s for i, s in enumerate(steps) if i not in doomed]
    for step in kept:
        step.inputs = [_follow(replaced, uid) for uid in step.inputs]
    graph.steps = kept
    called = {s.target for s in kept if s.op == "call_module"}
    graph.modules = [e for e in graph.modules if e.name in called]
    select = [min(doomed[0], len(kept) - 1)] if kept and doomed else []
    return GraphEdit(graph, select, f"Deleted {len(doomed)} step{'s' if len(doomed) != 1 else ''}")


def _follow(replaced: dict[int, int], uid: int) -> int:
    while uid in replaced:
        uid = replaced[uid]
    return uid


def set_inputs(block: Block, row: int, inputs: list[int]) -> GraphEdit:
    """Make the step at `row` read other values (uids of earlier steps, or INPUT)."""
    graph = as_editable_graph(block)
    steps = graph.steps or []
    steps[row].inputs = list(inputs)
    return GraphEdit(graph, [row], f"Step {row + 1} now reads {len(inputs)} value(s)")


def wrap_in_residual(block: Block, first: int, last: int, analysis: Analysis) -> GraphEdit:
    """`identity = x; <steps first..last>; out = out + identity`, with a 1x1 Conv2d + BatchNorm2d
    projection on the skip path (as torchvision's `downsample`) when the run changes the shape."""
    graph = as_editable_graph(block)
    steps = graph.steps or []
    if not 0 <= first <= last < len(steps):
        raise ValueError(i18n.translate("StepEditing", "select the run of cards to wrap"))
    run = steps[first : last + 1]
    if len(run[0].inputs) != 1:
        message = i18n.translate("StepEditing", "step {number} reads {count} values: a residual starts from one")
        raise ValueError(message.format(number=first + 1, count=len(run[0].inputs)))
    source = run[0].inputs[0]
    # the analysis has one report per row (a flat block's layers are the graph's steps, in order)
    rows = {step.uid: row for row, step in enumerate(steps)}
    before = tuple(analysis.input_shape) if source == INPUT else _row_shape(analysis, rows.get(source, -1))
    after = _row_shape(analysis, last)
    if before is None or after is None:
        raise ValueError(
            i18n.translate("StepEditing", "the run has no shape yet (an earlier step is invalid): fix that first")
        )
    for step in run:
        if step.output in ("x", "identity"):
            step.output = "out"
    notes = ""
    if tuple(before) == tuple(after):
        skip = Step("assign", "", [source], output="identity")
        steps.insert(first, skip)
        add_row = last + 2
    else:
        projection, notes = _projection(graph, before, after)
        graph.modules.insert(_module_position(graph, last + 1), projection)
        skip = Step("call_module", projection.name, [source], output="identity")
        steps.insert(last + 1, skip)
        add_row = last + 2
    add = Step("call_function", "add", [run[-1].uid, skip.uid], output="out")
    steps.insert(add_row, add)
    for step in steps[add_row + 1 :]:
        step.inputs = [add.uid if uid == run[-1].uid else uid for uid in step.inputs]
    selected = list(range(first, add_row + 1))
    message = i18n.translate("StepEditing", "Wrapped steps {first}-{last} in a residual: out = out + identity").format(
        first=first + 1, last=last + 1
    )
    return GraphEdit(graph, selected, message + notes)


def _row_shape(analysis: Analysis, row: int) -> tuple[int, ...] | None:
    return tuple(analysis.layers[row].output_shape) if 0 <= row < len(analysis.layers) else None


def _projection(graph: Block, before: tuple[int, ...], after: tuple[int, ...]) -> tuple[Container, str]:
    if len(before) != 4 or len(after) != 4:
        message = i18n.translate(
            "StepEditing", "the run turns {before} into {after}: a 1x1 conv projection needs (N, C, H, W) on both"
        )
        raise ValueError(message.format(before=before, after=after))
    (_, c_in, h_in, w_in), (_, c_out, h_out, w_out) = before, after
    stride_h, stride_w = max(1, round(h_in / h_out)), max(1, round(w_in / w_out))
    if (h_in - 1) // stride_h + 1 != h_out or (w_in - 1) // stride_w + 1 != w_out:
        message = i18n.translate(
            "StepEditing", "the run turns {before} into {after}: no 1x1 conv stride maps one onto the other"
        )
        raise ValueError(message.format(before=f"{h_in}x{w_in}", after=f"{h_out}x{w_out}"))
    stride = stride_h if stride_h == stride_w else (stride_h, stride_w)
    params: dict = {"out_channels": c_out, "kernel_size": 1, "bias": False}
    if stride != 1:
        params["stride"] = stride
    name = unique_name(graph, PROJECTION) if PROJECTION in _taken_names(graph) else PROJECTION
    container = Container(name, [Module(None, Layer("Conv2d", params)), Module(None, Layer("BatchNorm2d"))])
    what = []
    if c_in != c_out:
        what.append(i18n.translate("StepEditing", "channels {before} -> {after}").format(before=c_in, after=c_out))
    if stride != 1:
        what.append(
            i18n.translate("StepEditing", "resolution {before} -> {after}").format(
                before=f"{h_in}x{w_in}", after=f"{h_out}x{w_out}"
            )
        )
    changes = i18n.translate("StepEditing", " and ").join(what)
    if stride != 1:
        note = i18n.translate(
            "StepEditing",
            "; {changes}, so the skip path got a projection: self.{name} = 1x1 Conv2d (stride {stride}) + BatchNorm2d",
        )
    else:
        note = i18n.translate(
            "StepEditing", "; {changes}, so the skip path got a projection: self.{name} = 1x1 Conv2d + BatchNorm2d"
        )
    note = note.format(changes=changes, name=name, stride=stride)
    return container, note


def project_skip(block: Block, row: int, analysis: Analysis) -> GraphEdit:
    """The fix for an add whose two inputs differ: a 1x1 Conv2d (+ BatchNorm2d) on the second
    input (the skip path) that gives it the first input's channels and resolution."""
    graph = as_editable_graph(block)
    steps = graph.steps or []
    add = steps[row]
    if not (add.op == "call_function" and add.target == "add" and len(add.inputs) == 2):
        raise ValueError(
            i18n.translate("StepEditing", "step {number} is not an add of two values").format(number=row + 1)
        )
    rows = {step.uid: index for index, step in enumerate(steps)}
    main, skip = (
        tuple(analysis.input_shape) if uid == INPUT else _row_shape(analysis, rows.get(uid, -1)) for uid in add.inputs
    )
    if main is None or skip is None:
        raise ValueError(i18n.translate("StepEditing", "the add's inputs have no shape yet"))
    projection, notes = _projection(graph, skip, main)
    graph.modules.insert(_module_position(graph, row), projection)
    call = Step("call_module", projection.name, [add.inputs[1]], output="identity")
    steps.insert(row, call)
    add.inputs = [add.inputs[0], call.uid]
    message = i18n.translate("StepEditing", "Projected the skip path of step {number}").format(number=row + 2)
    return GraphEdit(graph, [row, row + 1], message + notes)
