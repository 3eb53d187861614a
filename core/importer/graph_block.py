"""Turn what __init__ registered and what forward computed into a graph block (modules + steps).

Used when forward is more than one chain of module calls: functional ops stay functional
(`F.relu`), containers keep their names (`self.layer1`, `self.shortcut`), a module called twice
stays one module (one set of weights), and residual adds and concatenations are steps. So the
imported class has the same state_dict keys as the file's.
"""

from __future__ import annotations

import ast
import math

from core import i18n
from core.analysis.block_analysis import analyze
from core.analysis.graph_analysis import step_reports
from core.importer.flat_chain import (
    in_forward,
    input_has,
    layer_of,
    never_called,
    note_block_options,
    note_built_twice,
    size_is,
)
from core.importer.forward_reader import UNKNOWN
from core.importer.forward_reader import Step as ReadStep
from core.importer.init_arguments import no_default
from core.importer.input_shape import DEFAULT_CHANNELS, DEFAULT_SIDE, FlattenTarget, choose_input_shape
from core.importer.reader import FROM_INPUT, ClassReader
from core.importer.syntax import Container, FileIndex, LayerCall
from core.layers.registry import LAYER_KINDS
from core.layers.shape_rules import same_shape
from core.model.block import Block
from core.model.steps import FUNCTIONS, INPUT, MAX_STEPS, Module, Step
from core.model.steps import Container as GraphContainer

# a functional op as the file spells it -> the graph model's spelling (same computation)
SPELLING = {"torch.relu": "F.relu", "F.sigmoid": "torch.sigmoid", "F.tanh": "torch.tanh"}


def graph_block(reader: ClassReader, index: FileIndex, source: str, calls: list[ast.Call]) -> Block | None:
    """The graph block of the class, its input shape chosen; None after problems."""
    forward = reader.forward
    if forward is None or forward.output is None or forward.output == UNKNOWN:
        return None
    if not forward.steps or forward.output != len(forward.steps):
        reader.problem(
            i18n.translate("GraphBlock", "forward must return the value its last line computes"), forward.node.lineno
        )
        return None
    if len(forward.steps) > MAX_STEPS:
        reader.problem(
            i18n.translate("GraphBlock", "forward has {count} steps; a block holds at most {most}").format(
                count=f"{len(forward.steps):,}", most=f"{MAX_STEPS:,}"
            ),
            None,
        )
        return None
    called = {s.target for s in forward.steps if s.op == "module"}
    modules = _modules(reader, called)
    steps = _steps(reader, forward.steps)
    if modules is None or steps is None:
        return None
    for name, module in reader.modules.items():
        if name in reader.shared and name in called:  # called on its own too: two modules, said so
            note_built_twice(reader, name, module.line)
        elif name not in called and name not in reader.shared:  # shared ones live in their container
            reader.problem(never_called(name), module.line)
    if reader.problems:
        return None
    note_block_options(reader)
    shape = (1, DEFAULT_CHANNELS, DEFAULT_SIDE, DEFAULT_SIDE)
    block = Block([], reader.cls.name, shape, reader.super_style, modules=modules, steps=steps)
    block.input_shape = choose_input_shape(
        reader, _first_layer(reader, forward.steps), _target(reader, forward.steps), block, index, source, calls
    )
    if not _sizes_agree(reader, forward.steps, block):
        return None
    return block


def _modules(reader: ClassReader, called: set[str]) -> list | None:
    """The registered modules; one also listed in a container and never called on its own is
    that container's member, registered under both names (one set of weights, as in the file)."""
    entries: list = []
    for name, module in reader.modules.items():
        if isinstance(module, Container):
            members = []
            for call in module.layers:
                layer = layer_of(reader, call)
                if layer is None:
                    return None
                alias = call.alias if call.alias is not None and call.alias not in called else None
                members.append(Module(call.name, layer, alias))
            entries.append(GraphContainer(name, members, module.named))
        elif name in reader.shared and name not in called:
            continue  # written where its container is: `self.fc1 = ...` just before it
        else:
            layer = layer_of(reader, module)
            if layer is None:
                return None
            entries.append(Module(name, layer))
    return entries


def _steps(reader: ClassReader, read: list[ReadStep]) -> list[Step] | None:
    uids = {0: INPUT}
    steps: list[Step] = []
    for number, step in enumerate(read, start=1):
        inputs = [uids[value] for value in step.inputs]
        params = {name: value.value for name, value in step.params.items()}
        if step.op == "module":
            made = Step("call_module", step.target, inputs, {}, step.var or "x")
        elif step.op == "function" and step.code == ".flatten":
            made = Step("call_method", "flatten", inputs, params, step.var or "x")
        elif step.op == "function":
            code = SPELLING.get(step.code, step.code)
            if code not in FUNCTIONS:
                reader.problem(
                    in_forward(step.source),
                    step.line,
                    i18n.translate("GraphBlock", "graph blocks have no {function}").format(function=step.code),
                )
                return None
            if code != step.code:
                reader.note(
                    i18n.translate("GraphBlock", "{function} is written {spelling} (the same function)").format(
                        function=step.code, spelling=code
                    ),
                    step.line,
                )
            made = Step("call_function", code, inputs, params, step.var or "x")
        elif step.op == "reshape":
            made = Step("call_method", step.target, inputs, {"shape": list(step.shape)}, step.var or "x")
        elif step.op == "assign":
            made = Step("assign", "", inputs, {}, step.var or "x")
        elif step.op == "add":
            made = Step("call_function", "add", inputs, {"inplace": True} if step.inplace else {}, step.var or "x")
        else:
            made = Step("call_function", "torch.cat", inputs, params, step.var or "x")
        uids[number] = made.uid
        steps.append(made)
    return steps


def _first_layer(reader: ClassReader, read: list[ReadStep]) -> LayerCall | None:
    """The first layer that reads a size of forward's input: along the steps from the input, while
    every step before it keeps the input's shape (as first_sized does for a chain)."""
    for position, step in enumerate(read):
        if step.inputs != [position]:  # off the path from the input: no layer reads its size as is
            return None
        if step.op == "module":
            for call in _members(reader, step):
                kind = LAYER_KINDS[call.kind]
                if call.inferred is not None and kind.inferred:
                    return call
                if kind.output_shape is not same_shape:
                    return None
        elif step.op != "assign" and (step.op != "function" or LAYER_KINDS[step.target].output_shape is not same_shape):
            return None
    return None


def _target(reader: ClassReader, read: list[ReadStep]) -> FlattenTarget | None:
    """The first Linear with a constant in_features reached after a flatten (torch.flatten, view,
    reshape, an nn.Flatten module or member): the solve's target is its input size."""
    flattened = False
    for position, step in enumerate(read):
        if step.op == "reshape" and step.features is not None:  # x.view(-1, N): N values per sample

            def per_sample(trial: Block, position: int = position) -> int | None:
                shape = _step_input(read, trial, position)
                return math.prod(shape[1:]) if shape else None

            return FlattenTarget(step.features, f"`{step.source}`", step.line, per_sample)
        if step.op == "reshape" or (step.op == "function" and step.target == "Flatten"):
            flattened = True
        if step.op != "module":
            continue
        for member, call in enumerate(_members(reader, step)):
            if call.kind == "Flatten":
                flattened = True
            elif call.kind == "Linear" and flattened:
                value = call.inferred.value if call.inferred is not None else None
                if not isinstance(value, int) or isinstance(value, bool) or call.inferred.argument:  # type: ignore[union-attr]
                    return None

                def size_at(trial: Block, position: int = position, member: int = member) -> int | None:
                    shape = _member_input(reader, read, trial, position, member)
                    return shape[-1] if shape else None

                return FlattenTarget(value, f"Linear in_features {value}", call.line, size_at)
    return None


def _members(reader: ClassReader, step: ReadStep) -> list[LayerCall]:
    module = reader.modules[step.target]
    return module.layers if isinstance(module, Container) else [module]


def _step_input(read: list[ReadStep], block: Block, position: int) -> tuple | None:
    """The shape of the first value step `position` reads (None: a step before it fails)."""
    reports, _ = step_reports(block)
    source = read[position].inputs[0]
    if source == 0:
        return tuple(block.input_shape)
    return tuple(reports[source - 1].output_shape) if source - 1 < len(reports) else None


def _member_input(reader: ClassReader, read: list[ReadStep], block: Block, position: int, member: int) -> tuple | None:
    """The input shape of member `member` of the module step at `position` (None: not reached):
    from the reports of the steps before it, then the members' own shape rules."""
    shape = _step_input(read, block, position)
    if shape is None:
        return None
    for call in _members(reader, read[position])[:member]:
        kind = LAYER_KINDS[call.kind]
        try:
            shape = tuple(kind.output_shape(shape, kind.resolved(_params(call))))
        except Exception:  # the shape rule refuses this input: not reached
            return None
    return shape


def _sizes_agree(reader: ClassReader, read: list[ReadStep], block: Block) -> bool:
    """Each in_channels / num_features / in_features the file writes must be what the layer's
    input has (a graph module takes it from its input); an argument without a value follows it."""
    reports, _ = step_reports(block)
    for position, step in enumerate(read):
        if step.op != "module" or position >= len(reports):
            continue
        module = reader.modules[step.target]
        layers = module.layers if isinstance(module, Container) else [module]
        shape = reports[position].input_shape
        for call in layers:
            kind = LAYER_KINDS[call.kind]
            if call.inferred is not None and kind.inferred and len(shape) >= -kind.inferred_dim:
                expected = shape[kind.inferred_dim]
                value = call.inferred.value
                if value is FROM_INPUT and call.inferred.argument:
                    argument = reader.arguments[call.inferred.argument]
                    reader.note(
                        no_default(argument.name),
                        argument.line,
                        i18n.translate(
                            "GraphBlock",
                            "no call in the file gives it a value; it only sets {kind} {param} "
                            "(line {line}), so it is not kept and the size comes from the input: {size}",
                        ).format(kind=call.kind, param=kind.inferred[0], line=call.line, size=expected),
                    )
                elif value != expected:
                    reader.problem(
                        size_is(call.kind, kind.inferred[0], value), call.line, input_has(tuple(shape), expected)
                    )
                    return False
            try:
                shape = kind.output_shape(tuple(shape), kind.resolved(_params(call)))
            except Exception:  # the analysis reports it as the block's error
                break
    return analyze(block) is not None


def _params(call: LayerCall) -> dict:
    return {name: value.value for name, value in call.params.items()}
