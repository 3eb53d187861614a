"""Names in a graph block: what a step is called in rows and errors, and which names cannot be written."""

from __future__ import annotations

from core import i18n
from core.analysis.block_analysis import BlockError
from core.layers.registry import LAYER_KINDS
from core.model.block import Block, Layer, name_problem
from core.model.steps import Container, Module, Step


def step_kind(block: Block, step: Step, entries: dict | None = None) -> str:
    """How rows and errors name a step: `conv1 (Conv2d)`, `downsample (Sequential)`, `F.relu`, `add`, `view`."""
    if step.op == "call_module":
        entry = entries.get(step.target) if entries is not None else block.entry_named(step.target)
        if isinstance(entry, Container):
            return f"{step.target} (Sequential)"
        return f"{step.target} ({entry.layer.kind})" if entry is not None else step.target
    if step.op == "assign":
        return "assign"
    return step.target


def _modules(block: Block) -> list[tuple[Module, str]]:
    """Every registered module with the name errors give it (`conv1`, `downsample[0]`)."""
    result = []
    for entry in block.modules:
        if isinstance(entry, Container):
            result += [(m, f"{entry.name}[{m.name or i}]") for i, m in enumerate(entry.members)]
        else:
            result.append((entry, entry.name or "?"))
    return result


def graph_names_error(block: Block) -> BlockError | None:
    """The first name that cannot go into generated source, a clash, or a module whose size is unknown."""
    problem = name_problem(block.class_name, "class name")
    if problem:
        return BlockError(problem)
    taken: set[str] = set()
    for entry in block.modules:
        problem = name_problem(entry.name, "module name")
        if problem:
            return BlockError(problem)
        if entry.name in taken:
            message = i18n.translate("Analysis", "two modules are named {name!r}: the second would replace the first")
            return BlockError(message.format(name=entry.name))
        taken.add(entry.name)
        for member in entry.members if isinstance(entry, Container) else []:
            if member.also_as is None:
                continue
            problem = name_problem(member.also_as, "module name")
            if problem:
                return BlockError(problem)
            if member.also_as in taken or any(e.name == member.also_as for e in block.modules):
                message = i18n.translate(
                    "Analysis", "two modules are named {name!r}: the second would replace the first"
                )
                return BlockError(message.format(name=member.also_as))
            taken.add(member.also_as)
        if isinstance(entry, Container) and entry.keyed:
            keys: set[str] = set()
            for member in entry.members:
                problem = name_problem(
                    member.name, i18n.translate("Analysis", "name in {container}").format(container=entry.name)
                )
                if problem:
                    return BlockError(problem)
                if member.name in keys:
                    message = i18n.translate("Analysis", "{container} holds two modules named {name!r}")
                    return BlockError(message.format(container=entry.name, name=member.name))
                keys.add(member.name)  # type: ignore[arg-type]
    error = _argument_error(block, taken)
    if error is not None:
        return error
    called = {s.target for s in block.steps or [] if s.op == "call_module"}
    for entry in block.modules:
        if entry.name not in called:
            for module in entry.members if isinstance(entry, Container) else [entry]:
                kind = LAYER_KINDS[module.layer.kind]
                if kind.inferred:
                    message = i18n.translate(
                        "Analysis",
                        "module {name} ({kind}) is registered but no step calls it, so its {size} cannot be inferred: "
                        "call it in forward or remove it",
                    )
                    return BlockError(message.format(name=entry.name, kind=module.layer.kind, size=kind.inferred[0]))
    for index, step in enumerate(block.steps or []):
        if step.output != "x":
            problem = name_problem(step.output, "variable name")
            if problem:
                return BlockError(problem, index, step_kind(block, step), what="step", uid=step.uid)
    return None


def _argument_error(block: Block, taken: set[str]) -> BlockError | None:
    """Promoted __init__ arguments: valid names, no clash with modules or the class, one value each."""
    defaults: dict[str, tuple[str, object]] = {}
    for module, where in _modules(block):
        layer: Layer = module.layer
        for param, argument in layer.arguments.items():
            problem = name_problem(argument, "argument name")
            if not problem and argument in taken:
                problem = i18n.translate("Analysis", "argument name {argument!r} is already an attribute of the class")
                problem = problem.format(argument=argument)
            if not problem and argument == block.class_name:
                problem = i18n.translate("Analysis", "argument name {argument!r} is the class name").format(
                    argument=argument
                )
            value = layer.value(param)
            if not problem and argument in defaults:
                first, other = defaults[argument]
                if (type(other), other) != (type(value), value):
                    problem = i18n.translate(
                        "Analysis",
                        "argument {argument!r} is shared with {where}, "
                        "but its value there is {other!r} and here {value!r}",
                    ).format(argument=argument, where=first, other=other, value=value)
            if problem:
                message = i18n.translate("Analysis", "module {name} ({kind}): {problem}").format(
                    name=where, kind=layer.kind, problem=problem
                )
                return BlockError(message, param=param)
            defaults.setdefault(argument, (where, value))
    return None
