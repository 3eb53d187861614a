"""Graph block -> nn.Module source: `__init__` registers the modules in order, `forward` writes one
statement per step with the step's own variable names (`identity = x`, `out = self.conv1(x)`).

Shares the flat writer's helpers (line wrapping as ruff formats, literals, argument lists), so
both kinds of block read the same. A step's variable is renamed only where keeping it would
overwrite a value a later step still reads (then `out_2`): the code always computes what the
steps say.
"""

from __future__ import annotations

from core import i18n
from core.analysis.block_analysis import Analysis
from core.codegen.source import (
    INDENT,
    SHAPE_KEEPING,
    CodegenError,
    GeneratedCode,
    _flattened,
    _init_arguments_of,
    _layer_args,
    _Writer,
    call,
    docstring,
    docstring_detail,
    literal,
)
from core.layers.registry import LAYER_KINDS
from core.model.block import Block, Layer
from core.model.steps import INPUT, SIZE_ITEM, Container, Module, Step, function_kind, resolved_params

BODY = INDENT * 2


def _module_layers(block: Block) -> list[Layer]:
    layers = []
    for entry in block.modules:
        layers += [m.layer for m in entry.members] if isinstance(entry, Container) else [entry.layer]
    return layers


class _Sizes:
    """The source of each module's inferred size (in_channels, num_features, in_features).

    Numbers from the analysis, except where a size comes from a promoted argument: then an
    expression (`self.channels`, `self.channels * 16` after a flatten), so the class still works
    when built with another value.
    """

    def __init__(self, block: Block, analysis: Analysis) -> None:
        self.inferred: dict[int, str] = {}  # module uid -> source of its inferred argument
        self.channels: dict[int, str | None] = {INPUT: None}  # value uid -> expression of dim -3
        self.features: dict[int, str | None] = {INPUT: None}  # value uid -> expression of dim -1
        self.fallback = str(block.input_shape[1])
        reports = {r.uid: r for r in analysis.layers}
        entries = block.modules_by_name()
        for step in block.steps or []:
            report = reports.get(step.uid)
            shape = report.input_shape if report is not None else None
            source = step.inputs[0] if step.inputs else INPUT
            chan, feat = self.channels.get(source), self.features.get(source)
            if step.op == "call_module":
                entry = entries.get(step.target)
                members = entry.members if isinstance(entry, Container) else [entry] if entry else []
                for module in members:
                    chan, feat, shape = self._layer(module, shape, chan, feat)
            elif step.op == "call_function" and step.target == "torch.cat":
                parts = [self.channels.get(u) for u in step.inputs]
                in_shapes = [r.output_shape for r in analysis.layers if r.uid in step.inputs]
                if any(parts) and len(in_shapes) == len(parts) and resolved_params(step)["dim"] in (1, -3):
                    chan = " + ".join(p or str(s[-3]) for p, s in zip(parts, in_shapes))
                else:
                    chan = None
                feat = None
            elif step.op != "assign" and (step.op, step.target) != ("call_function", "add"):
                out = report.output_shape if report is not None else None
                feat = _flattened(chan, shape, out)
                if out is not None and shape is not None and len(out) != len(shape):
                    chan = None
            self.channels[step.uid], self.features[step.uid] = chan, feat

    def _layer(self, module: Module, shape, chan, feat):
        layer = module.layer
        kind = LAYER_KINDS[layer.kind]
        if kind.inferred and module.uid not in self.inferred:
            if kind.inferred_dim == -3:
                self.inferred[module.uid] = chan or (str(shape[-3]) if shape and len(shape) >= 3 else self.fallback)
            else:
                self.inferred[module.uid] = feat or (str(shape[-1]) if shape else self.fallback)
        out = None
        if shape is not None:
            try:
                out = kind.output_shape(shape, kind.resolved(layer.params))
            except Exception:  # after the first broken step: the code is shown, but cannot run anyway
                out = None
        if kind.channels_param:
            param = kind.channels_param
            chan = f"self.{layer.arguments[param]}" if param in layer.arguments else None
        elif layer.kind == "Linear":
            feat = f"self.{layer.arguments['out_features']}" if "out_features" in layer.arguments else None
            chan = None
        elif not kind.keeps_channel_axis:
            feat, chan = _flattened(chan, shape, out), None
        elif layer.kind not in SHAPE_KEEPING:
            feat = None  # a pool or upsample changes the last dimension
        return chan, feat, out


def _registered_names(block: Block) -> list[str]:
    """The attributes __init__ assigns, in order: a shared member's own name before its container's."""
    names: list[str] = []
    for entry in block.modules:
        if isinstance(entry, Container):
            names += [m.also_as for m in entry.members if m.also_as is not None]
        names.append(entry.name)
    return names


def _docstring(block: Block, analysis: Analysis) -> str:
    nothing = i18n.code_text("GeneratedCode", i18n.QT_TRANSLATE_NOOP("GeneratedCode", "nothing"))
    names = ", ".join(_registered_names(block)) or nothing
    steps = len(block.steps or [])
    if steps == 1:
        text = i18n.QT_TRANSLATE_NOOP("GeneratedCode", "Registers {names}; forward has {count} step.")
    else:
        text = i18n.QT_TRANSLATE_NOOP("GeneratedCode", "Registers {names}; forward has {count} steps.")
    summary = i18n.code_text("GeneratedCode", text).format(names=names, count=steps)
    return docstring(summary, docstring_detail(block.input_shape, analysis, analysis.ok and bool(steps)))


def _function_args(step: Step) -> list[str]:
    """A functional step's arguments after the tensor: positional while given, then keywords."""
    function = function_kind(step)
    assert function is not None and function.kind is not None
    kind = LAYER_KINDS[function.kind]
    values = resolved_params(step)
    args: list[str] = []
    positional_ok = True
    for spec in kind.params:
        if spec.name not in step.params and not spec.required:
            positional_ok = positional_ok and spec.name not in function.positional
            continue
        text = literal(spec.check(values[spec.name]))
        if positional_ok and spec.name in function.positional:
            args.append(text)
        else:
            positional_ok = False
            args.append(f"{spec.name}={text}")
    if function.training:
        args.append("training=self.training")
    return args


def _module_args(module: Module, sizes: _Sizes) -> list[str]:
    """A registered module's constructor arguments, its inferred size included."""
    return _layer_args(LAYER_KINDS[module.layer.kind], module.layer, sizes.inferred.get(module.uid, "1"))


def _write_init(out: _Writer, block: Block, sizes: _Sizes, code: GeneratedCode) -> None:
    for entry in block.modules:
        first = out.next_line
        if isinstance(entry, Container):
            _write_container(out, entry, sizes, code)
        else:
            args = _module_args(entry, sizes)
            out.add(call(f"nn.{entry.layer.kind}", args, BODY, prefix=f"self.{entry.name} = "))
        code.module_lines[entry.uid] = list(range(first, out.next_line))


def _write_container(out: _Writer, entry: Container, sizes: _Sizes, code: GeneratedCode) -> None:
    for member in entry.members:  # registered under its own name first, then listed by that name
        if member.also_as is not None:
            first = out.next_line
            args = _module_args(member, sizes)
            out.add(call(f"nn.{member.layer.kind}", args, BODY, prefix=f"self.{member.also_as} = "))
            code.module_lines[member.uid] = list(range(first, out.next_line))
    if not entry.members:
        out.add(f"{BODY}self.{entry.name} = nn.Sequential({'OrderedDict()' if entry.keyed else ''})")
        return
    out.add(f"{BODY}self.{entry.name} = nn.Sequential(")
    inner = BODY + INDENT * (3 if entry.keyed else 1)
    if entry.keyed:
        out.add(f"{BODY}{INDENT}OrderedDict(\n{BODY}{INDENT * 2}[")
    for member in entry.members:
        if member.also_as is not None:  # the same module object: one set of weights
            shared = f"self.{member.also_as}"
            out.add(f'{inner}("{member.name}", {shared}),' if entry.keyed else f"{inner}{shared},")
            continue
        args = _module_args(member, sizes)
        first = out.next_line
        if entry.keyed:
            out.add(call(f"nn.{member.layer.kind}", args, inner, prefix=f'("{member.name}", ', suffix="),"))
        else:
            out.add(call(f"nn.{member.layer.kind}", args, inner, suffix=","))
        code.module_lines[member.uid] = list(range(first, out.next_line))
    if entry.keyed:
        out.add(f"{BODY}{INDENT * 2}]\n{BODY}{INDENT})")
    out.add(f"{BODY})")


class _Variables:
    """Which variable holds each value while forward runs, and which are still needed."""

    def __init__(self, steps: list[Step]) -> None:
        self.holder: dict[int, str] = {}
        self.last_read: dict[int, int] = {}
        for index, step in enumerate(steps):
            for uid in step.inputs:
                self.last_read[uid] = index
        # per name, the last step reading any value it has held: a value is only ever added to
        # a name, so this answers `live_in` at once (a scan of every holder made it quadratic)
        self._last_use: dict[str, int] = {}
        self.hold(INPUT, "x")

    def hold(self, uid: int, name: str) -> None:
        """The value `uid` is now in the variable `name`."""
        self.holder[uid] = name
        self._last_use[name] = max(self._last_use.get(name, -1), self.last_read.get(uid, -1))

    def live_in(self, name: str, after: int) -> bool:
        """Whether a value held in `name` is still read after step `after`."""
        return self._last_use.get(name, -1) > after

    def choose(self, step: Step, index: int) -> str:
        name = step.output
        number = 2
        while self.live_in(name, index):
            name, number = f"{step.output}_{number}", number + 1
        return name


def _statement(step: Step, index: int, names: _Variables) -> str:
    reads = [names.holder.get(uid, "x") for uid in step.inputs]
    a = reads[0] if reads else "x"
    if step.op == "call_function" and step.target == "add" and step.params.get("inplace"):
        # `a += b` changes a's tensor in place: only where nothing later reads a (or an alias of it)
        if step.output == a and not names.live_in(a, index) and step.inputs[0] != INPUT:
            names.hold(step.uid, a)
            return f"{BODY}{a} += {reads[1]}"
    target = names.choose(step, index)
    names.hold(step.uid, target)
    prefix = f"{target} = "
    if step.op == "call_module":
        return call(f"self.{step.target}", [a], BODY, prefix=prefix)
    if step.op == "assign":
        return f"{BODY}{prefix}{a}"
    if step.op == "call_function" and step.target == "add":
        return f"{BODY}{prefix}{a} + {reads[1]}"
    if step.op == "call_function" and step.target == "torch.cat":
        return call("torch.cat", [f"[{', '.join(reads)}]", f"dim={resolved_params(step)['dim']}"], BODY, prefix)
    if step.op == "call_method" and step.target in ("view", "reshape"):
        items = [f"{a}.{item}" if isinstance(item, str) and SIZE_ITEM.match(item) else str(int(item))
                 for item in step.params.get("shape", [])]  # fmt: skip
        return call(f"{a}.{step.target}", items, BODY, prefix)
    if step.op == "call_method":
        return call(f"{a}.flatten", _function_args(step), BODY, prefix)
    return call(step.target, [a, *_function_args(step)], BODY, prefix)


def generate_graph(block: Block, analysis: Analysis) -> GeneratedCode:
    """Source text plus maps from steps and modules to their lines (the window links code and canvas)."""
    steps = block.steps or []
    names = block.modules_by_name()
    for step in steps:
        if step.op == "call_module" and step.target not in names:
            message = i18n.translate("Codegen", "step {number} calls self.{target}, which is not registered")
            raise CodegenError(message.format(number=steps.index(step) + 1, target=step.target))
    code = GeneratedCode("")
    out = _Writer()
    keyed = any(isinstance(e, Container) and e.keyed for e in block.modules)
    uses_f = any(s.op == "call_function" and s.target.startswith("F.") for s in steps)
    out.add(("from collections import OrderedDict\n\n" if keyed else "") + "import torch\nimport torch.nn as nn")
    out.add("import torch.nn.functional as F\n\n" if uses_f else "\n")
    out.add(f"class {block.class_name}(nn.Module):")
    out.add(_docstring(block, analysis))
    out.add("")
    arguments = _init_arguments_of(_module_layers(block))
    code.init_line = out.next_line
    out.add(call("def __init__", ["self"] + [f"{a}={d}" for a, d in arguments], INDENT, suffix=":"))
    if block.super_style != "omitted":
        code.super_line = out.next_line
        target = "" if block.super_style == "super" else f"{block.class_name}, self"
        out.add(f"{BODY}super({target}).__init__()")
    for argument, _ in arguments:
        out.add(f"{BODY}self.{argument} = {argument}")
    _write_init(out, block, _Sizes(block, analysis), code)
    if out.next_line == code.init_line + 1:  # omitted super call and nothing to assign
        out.add(f"{BODY}pass")
    out.add("")
    out.add(f"{INDENT}def forward(self, x):")
    names = _Variables(steps)
    for index, step in enumerate(steps):
        first = out.next_line
        code.step_lines[step.uid] = [first + i for i in range(_statement_lines(out, step, index, names))]
    out.add(f"{BODY}return {names.holder.get(steps[-1].uid, 'x') if steps else 'x'}")
    shape = ", ".join(str(n) for n in block.input_shape)
    out.add("\n")
    out.add('if __name__ == "__main__":')
    out.add(f"{INDENT}model = {block.class_name}()")
    out.add(f"{INDENT}print(model)")
    out.add(f"{INDENT}print(model(torch.randn({shape})).shape)")
    code.source = "\n".join(out.lines) + "\n"
    return code


def _statement_lines(out: _Writer, step: Step, index: int, names: _Variables) -> int:
    text = _statement(step, index, names)
    out.add(text)
    return text.count("\n") + 1
