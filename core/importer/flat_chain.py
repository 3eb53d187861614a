"""Turn what __init__ registered and what forward computed into one chain of layers (a flat block).

A forward that applies one operation after another to a single value is a chain, whatever its
containers: `self.layer1` (an nn.Sequential) contributes its layers, `F.relu` becomes an
nn.ReLU layer, `x.view(x.size(0), -1)` and `torch.flatten(x, 1)` become nn.Flatten. Each such
change is a note; what a chain cannot hold (adds, concatenations, one weighted module used
twice) is a problem naming its line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from core.importer.forward_reader import UNKNOWN, ForwardReader, Step
from core.importer.reader import ClassReader
from core.importer.syntax import Container, LayerCall, Value
from core.layers.registry import LAYER_KINDS


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
                        f"forward calls self.{step.target} twice",
                        step.line,
                        f"its {weighted[0].kind} weights would be shared; a block uses each weighted layer once",
                    )
                    return None
                members = [replace(m, attribute=None, name=None) for m in members]
            layers.extend(members)
        elif step.op == "function":
            layers.append(LayerCall(step.target, step.line, None, None, dict(step.params)))
            functional.append(f"{step.source.split('(')[0]} (line {step.line}) -> {step.target}")
        elif step.op == "reshape":
            if step.shape != ["size(0)", -1] and step.features is None:
                reader.problem(
                    f"`{step.source}` in forward",
                    step.line,
                    "a flat block reshapes only as x.view(x.size(0), -1) or x.view(-1, features)",
                )
                return None
            reshapes.append((len(layers), step))
            layers.append(LayerCall("Flatten", step.line, None, None, {"start_dim": Value(1)}))
            functional.append(f"{step.source} (line {step.line}) -> Flatten")
    unused = [name for name in reader.modules if name not in calls]
    for name in unused:
        reader.problem(f"self.{name} is built but forward never calls it", _line(reader.modules[name]))
    if unused:
        return None
    _note_changes(reader, calls, functional)
    return layers, reshapes


def _is_chain(reader: ClassReader, forward: ForwardReader) -> bool:
    """Each step reads the value the step before it made, and forward returns the last one."""
    joins = [step for step in forward.steps if step.op in ("add", "cat")]
    for step in joins:  # one problem per add or concat; the branches feeding it are part of it
        what = "residual add" if step.op == "add" else "concatenation"
        reader.problem(f"{what} `{step.source}` in forward", step.line, "a flat block is one chain of layers")
    if joins:
        return False
    ok = True
    for index, step in enumerate(forward.steps, start=1):
        if step.inputs != [index - 1]:
            reader.problem(
                f"`{step.source}` in forward",
                step.line,
                "it reads an earlier value, not the one the line before computed; a flat block is one chain",
            )
            ok = False
    if ok and forward.output != len(forward.steps):
        reader.problem("forward does not return the value its last line computed", forward.node.lineno)
        ok = False
    return ok


def _note_changes(reader: ClassReader, calls: Counter[str], functional: list[str]) -> None:
    containers = [name for name in calls if isinstance(reader.modules[name], Container)]
    has_loose = any(not isinstance(reader.modules[name], Container) for name in calls)
    if len(containers) > 1 or (containers and (has_loose or functional)):
        reader.note(
            f"the layers of {', '.join(f'self.{c}' for c in containers)} are registered one by one",
            None,
            "state_dict keys change (their shapes and order do not)",
        )
    for name in containers:
        module = reader.modules[name]
        if isinstance(module, Container) and module.named:
            reader.note(f"the OrderedDict names in self.{name} are not kept", module.line)
        if isinstance(module, Container) and not module.layers and len(reader.modules) > 1:
            reader.note(f"self.{name} = nn.Sequential() passes its input through and is left out", module.line)
    for name, count in calls.items():
        if count > 1:
            reader.note(f"forward calls self.{name} {count} times; each call becomes its own layer", None)
    if functional:
        reader.note(
            f"functional calls become layers: {'; '.join(functional[:8])}{' ...' if len(functional) > 8 else ''}", None
        )
    order = list(calls)
    registered = [name for name in reader.modules if name in calls]
    if order != registered:
        reader.note(
            "layers are registered in the order forward calls them", None, f"__init__ order: {', '.join(registered)}"
        )


def _line(module: LayerCall | Container) -> int:
    return module.line
