"""Turn what __init__ registered and what forward computed into one chain of layers (a flat block).

A forward that applies one operation after another to a single value is a chain, whatever its
containers: `self.layer1` (an nn.Sequential) contributes its layers, `F.relu` becomes an
nn.ReLU layer, `x.view(x.size(0), -1)` and `torch.flatten(x, 1)` become nn.Flatten. Each such
change is a note; what a chain cannot hold (adds, concatenations, one weighted module used
twice) is a problem naming its line.
"""

from __future__ import annotations

import ast
from collections import Counter
from dataclasses import replace

from core import i18n
from core.analysis.block_analysis import analyze
from core.importer.forward_reader import UNKNOWN, ForwardReader, Step
from core.importer.init_arguments import no_default
from core.importer.input_shape import DEFAULT_CHANNELS, DEFAULT_SIDE, chain_target, choose_input_shape, first_sized
from core.importer.reader import FROM_INPUT, ClassReader
from core.importer.syntax import Container, FileIndex, LayerCall, Value
from core.layers.registry import LAYER_KINDS
from core.layers.shape_rules import shape_text
from core.model.block import MAX_LAYERS, Block, Layer, name_problem
from core.model.naming import layer_attribute_names


def has_weights(call: LayerCall) -> bool:
    kind = LAYER_KINDS[call.kind]
    return bool(kind.inferred) or kind.name.startswith("BatchNorm")


def chain_layers(reader: ClassReader) -> tuple[list[LayerCall], list[tuple[int, Step]]] | None:
    """The layers forward applies, in order, and (layer index, step) of each reshape; None after problems."""
    forward = reader.forward
    if forward is None or forward.output is None or forward.output == UNKNOWN:
        return None
    if not _is_chain(reader, forward):
        return None
    layers: list[LayerCall] = []
    reshapes: list[tuple[int, Step]] = []
    calls: Counter[str] = Counter()
    functional: list[str] = []
    for step in forward.steps:
        if step.op == "module":
            calls[step.target] += 1
            module = reader.modules[step.target]
            members = module.layers if isinstance(module, Container) else [module]
            if calls[step.target] > 1:
                weighted = [m for m in members if has_weights(m)]
                if weighted:
                    reader.problem(
                        i18n.translate("FlatChain", "forward calls self.{name} twice").format(name=step.target),
                        step.line,
                        i18n.translate(
                            "FlatChain", "its {kind} weights would be shared; a block uses each weighted layer once"
                        ).format(kind=weighted[0].kind),
                    )
                    return None
                members = [replace(m, attribute=None, name=None) for m in members]
            layers.extend(members)
        elif step.op == "function":
            layers.append(LayerCall(step.target, step.line, None, None, {**step.defaults, **step.params}))
            functional.append(_became(step.source.split("(")[0], step.line, step.target))
        elif step.op == "reshape":
            if step.shape != ["size(0)", -1] and step.features is None:
                reader.problem(
                    in_forward(step.source),
                    step.line,
                    i18n.translate(
                        "FlatChain", "a flat block reshapes only as x.view(x.size(0), -1) or x.view(-1, features)"
                    ),
                )
                return None
            reshapes.append((len(layers), step))
            layers.append(LayerCall("Flatten", step.line, None, None, {"start_dim": Value(1)}))
            functional.append(_became(step.source, step.line, "Flatten"))
    for name in sorted(reader.shared):
        note_built_twice(reader, name, _line(reader.modules[name]))
    unused = [name for name in reader.modules if name not in calls and name not in reader.shared]
    for name in unused:
        reader.problem(never_called(name), _line(reader.modules[name]))
    if unused:
        return None
    _note_changes(reader, calls, functional)
    return layers, reshapes


def _became(call: str, line: int, kind: str) -> str:
    """ "F.relu (line 12) -> ReLU": a functional call and the layer it becomes."""
    return i18n.translate("FlatChain", "{call} (line {line}) -> {kind}").format(call=call, line=line, kind=kind)


def _is_chain(reader: ClassReader, forward: ForwardReader) -> bool:
    """Each step reads the value the step before it made, and forward returns the last one."""
    joins = [step for step in forward.steps if step.op in ("add", "cat")]
    for step in joins:  # one problem per add or concat; the branches feeding it are part of it
        if step.op == "add":
            what = i18n.translate("FlatChain", "residual add `{code}` in forward")
        else:
            what = i18n.translate("FlatChain", "concatenation `{code}` in forward")
        reader.problem(
            what.format(code=step.source), step.line, i18n.translate("FlatChain", "a flat block is one chain of layers")
        )
    if joins:
        return False
    ok = True
    for index, step in enumerate(forward.steps, start=1):
        if step.inputs != [index - 1]:
            reader.problem(
                in_forward(step.source),
                step.line,
                i18n.translate(
                    "FlatChain",
                    "it reads an earlier value, not the one the line before computed; a flat block is one chain",
                ),
            )
            ok = False
    if ok and forward.output != len(forward.steps):
        reader.problem(
            i18n.translate("FlatChain", "forward does not return the value its last line computed"), forward.node.lineno
        )
        ok = False
    return ok


def _note_changes(reader: ClassReader, calls: Counter[str], functional: list[str]) -> None:
    containers = [name for name in calls if isinstance(reader.modules[name], Container)]
    has_loose = any(not isinstance(reader.modules[name], Container) for name in calls)
    if len(containers) > 1 or (containers and (has_loose or functional)):
        reader.note(
            i18n.translate("FlatChain", "the layers of {names} are registered one by one").format(
                names=", ".join(f"self.{c}" for c in containers)
            ),
            None,
            i18n.translate("FlatChain", "state_dict keys change (their shapes and order do not)"),
        )
    for name in containers:
        module = reader.modules[name]
        if isinstance(module, Container) and module.named:
            reader.note(
                i18n.translate("FlatChain", "the OrderedDict names in self.{name} are not kept").format(name=name),
                module.line,
            )
        if isinstance(module, Container) and not module.layers and len(reader.modules) > 1:
            reader.note(
                i18n.translate(
                    "FlatChain", "self.{name} = nn.Sequential() passes its input through and is left out"
                ).format(name=name),
                module.line,
            )
    for name, count in calls.items():
        if count > 1:
            reader.note(
                i18n.translate(
                    "FlatChain", "forward calls self.{name} {count} times; each call becomes its own layer"
                ).format(name=name, count=count),
                None,
            )
    if functional:
        reader.note(
            i18n.translate("FlatChain", "functional calls become layers: {calls}").format(
                calls="; ".join(functional[:8]) + (" ..." if len(functional) > 8 else "")
            ),
            None,
        )
    order = list(calls)
    registered = [name for name in reader.modules if name in calls]
    if order != registered:
        reader.note(
            i18n.translate("FlatChain", "layers are registered in the order forward calls them"),
            None,
            i18n.translate("FlatChain", "__init__ order: {names}").format(names=", ".join(registered)),
        )


def in_forward(source: str) -> str:
    """ "`SOURCE` in forward" for a step read earlier (its source text kept), in the current language."""
    return i18n.translate("FlatChain", "`{code}` in forward").format(code=source)


def note_built_twice(reader: ClassReader, name: str, line: int) -> None:
    """`self.<name>` also listed in an nn.Sequential, and the block keeps two modules for it."""
    reader.note(
        i18n.translate("LayerCalls", "`{code}` inside nn.Sequential registers self.{name} a second time").format(
            code=f"self.{name}", name=name
        ),
        line,
        i18n.translate(
            "LayerCalls",
            "the imported block builds it twice, so the two no longer share weights "
            "(state_dict keys and shapes are unchanged; load the same values into both)",
        ),
    )


def never_called(name: str) -> str:
    return i18n.translate("FlatChain", "self.{name} is built but forward never calls it").format(name=name)


def _line(module: LayerCall | Container) -> int:
    return module.line


def flat_block(reader: ClassReader, index: FileIndex, source: str, calls: list[ast.Call]) -> Block | None:
    """The flat block forward's chain makes, its input shape chosen; None after problems."""
    chain = chain_layers(reader)
    if chain is None or reader.problems:
        return None
    ordered, reshapes = chain
    if len(ordered) > MAX_LAYERS:
        reader.problem(
            i18n.translate("FlatChain", "forward applies {count} layers; a block holds at most {most}").format(
                count=f"{len(ordered):,}", most=f"{MAX_LAYERS:,}"
            ),
            reader.cls.lineno,
        )
        return None
    block = layers_block(reader, ordered)
    if block is None or reader.problems:
        return None
    block.input_shape = choose_input_shape(
        reader, first_sized(ordered), chain_target(ordered), block, index, source, calls
    )
    if not _inferred_agree(reader, ordered, block) or not _reshapes_agree(reader, reshapes, block):
        return None
    _name_container(reader, ordered, block)
    return block


def layer_of(reader: ClassReader, call: LayerCall) -> Layer | None:
    """The block's Layer for a layer call: parameters away from the defaults, promoted arguments."""
    kind = LAYER_KINDS[call.kind]
    params, arguments = {}, {}
    for name, value in call.params.items():
        spec = kind.spec_by_name[name]
        if value.value != spec.default or spec.required:
            params[name] = value.value
        if value.argument:
            problem = name_problem(value.argument, "argument name")
            if problem:
                reader.problem(problem, reader.arguments[value.argument].line)
                return None
            arguments[name] = value.argument
    return Layer(call.kind, params, arguments)


def note_block_options(reader: ClassReader) -> None:
    kept = {value.argument for call in reader.all_layers() for value in call.params.values() if value.argument}
    kept |= {c.inferred.argument for c in reader.all_layers() if c.inferred is not None and c.inferred.argument}
    for argument in reader.arguments.values():
        value = reader.argument_values.get(argument.name)
        if not argument.used:
            reader.note(
                i18n.translate("FlatChain", "argument {name} is not used by any layer and is not kept").format(
                    name=argument.name
                ),
                argument.line,
            )
        elif (
            argument.name not in kept
            and value is not FROM_INPUT
            and isinstance(value, (int, float, str, bool, type(None)))
        ):
            reader.note(
                i18n.translate(
                    "FlatChain", "argument {name} is not kept: its value {value} is built into the layers"
                ).format(name=argument.name, value=repr(value)),
                argument.line,
            )
    if reader.super_style == "omitted":
        reader.note(
            i18n.translate(
                "FlatChain", "__init__ never calls super().__init__(): instantiating it fails (teaching mode)"
            ),
            None,
        )


def layers_block(reader: ClassReader, ordered: list[LayerCall]) -> Block | None:
    layers: list[Layer] = []
    for call in ordered:
        layer = layer_of(reader, call)
        if layer is None:
            return None
        layers.append(layer)
    note_block_options(reader)
    return Block(layers, reader.cls.name, (1, DEFAULT_CHANNELS, DEFAULT_SIDE, DEFAULT_SIDE), reader.super_style)


def _name_container(reader: ClassReader, ordered: list[LayerCall], block: Block) -> None:
    """One nn.Sequential holding every layer keeps its name; otherwise one attribute per layer."""
    only = next(iter(reader.modules.values())) if len(reader.modules) == 1 else None
    members = {id(m) for m in only.layers} if isinstance(only, Container) else set()
    if isinstance(only, Container) and all(id(c) in members for c in ordered):  # no functional layer
        block.container, block.container_name = "sequential", only.attribute
        problem = name_problem(only.attribute, "container name")
        if problem:
            reader.problem(problem, only.line)
        return
    block.container = "attributes"
    renamed = [
        f"{call.attribute} -> {new}"
        for call, new in zip(ordered, layer_attribute_names(block))
        if call.attribute is not None and call.attribute != new
    ]
    if renamed:
        more = (
            i18n.translate("FlatChain", " and {count} more").format(count=len(renamed) - 8) if len(renamed) > 8 else ""
        )
        reader.note(
            i18n.translate("FlatChain", "layer attributes are renamed: {names}{more}").format(
                names=", ".join(renamed[:8]), more=more
            ),
            None,
        )


def _reshapes_agree(reader: ClassReader, reshapes: list[tuple[int, Step]], block: Block) -> bool:
    """`x.view(-1, N)` equals flattening only when N is what each sample holds."""
    reports = analyze(block).layers
    for index, step in reshapes:
        if step.features is None or index >= len(reports):
            continue
        have = reports[index].output_shape[-1]
        if have != step.features:
            reader.problem(
                i18n.translate("FlatChain", "`{code}` at line {line}").format(code=step.source, line=step.line),
                step.line,
                i18n.translate("FlatChain", "its input {shape} holds {have} values per sample, not {wanted}").format(
                    shape=tuple(reports[index].input_shape), have=have, wanted=step.features
                ),
            )
            return False
    return True


def size_is(kind: str, param: str, value: object) -> str:
    return i18n.translate("FlatChain", "{kind} {param} is {value}").format(kind=kind, param=param, value=repr(value))


def input_has(shape: tuple, expected: object) -> str:
    return i18n.translate("FlatChain", "its input {shape} has {size} there").format(shape=shape, size=expected)


def _inferred_agree(reader: ClassReader, ordered: list[LayerCall], block: Block) -> bool:
    """Each in_channels/num_features/in_features as written must match what its input has;
    one that is a value-less argument takes that number (with a note)."""
    reports = analyze(block).layers
    for index, call in enumerate(ordered):
        kind = LAYER_KINDS[call.kind]
        if call.inferred is None or not kind.inferred:
            continue
        report = reports[index] if index < len(reports) else None
        shape = report.input_shape if report is not None else None
        expected = shape[kind.inferred_dim] if shape is not None and len(shape) >= -kind.inferred_dim else None
        if call.inferred.value is FROM_INPUT:
            argument = reader.arguments[call.inferred.argument or ""]
            if shape is None:
                source = i18n.translate("FlatChain", "the layer's input")
            elif shape == tuple(block.input_shape):
                source = i18n.translate("FlatChain", "the input shape {shape}: {size}")
            else:
                source = i18n.translate("FlatChain", "the layer's input {shape}: {size}")
            if shape is not None:
                source = source.format(shape=shape_text(shape), size=expected)
            reader.note(
                no_default(argument.name),
                argument.line,
                i18n.translate(
                    "FlatChain",
                    "no call in the file gives it a value; it only sets {kind} {param} "
                    "(line {line}), so it is not kept and Block Studio takes that size from {source}",
                ).format(kind=call.kind, param=kind.inferred[0], line=call.line, source=source),
            )
            continue
        if report is None:  # after the first broken layer: analysis has no input to compare with
            continue
        if call.inferred.value != expected:
            reader.problem(
                size_is(call.kind, kind.inferred[0], call.inferred.value),
                call.line,
                input_has(tuple(report.input_shape), expected),
            )
            return False
    return True
