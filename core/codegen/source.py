"""Block -> nn.Module source text, written the way a careful PyTorch programmer would.

The output is already in `ruff format` style (so formatting it changes nothing): a call that
fits in `LINE_LENGTH` stays on one line, a longer one gets one argument per line and a
trailing comma. Every name and value is checked again here, so nothing a project file holds
can reach the source except as a checked identifier or a number/bool/None/known string.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from math import prod
from typing import Any

from core import i18n
from core.analysis.block_analysis import Analysis, analyze, input_shape_problem, names_error
from core.analysis.formatting import display_width
from core.layers.registry import LAYER_KINDS, LayerKind
from core.model.block import Block, Layer
from core.model.naming import layer_attribute_names

# kinds whose output has the input's shape whatever their parameters: a size expression passes through
SHAPE_KEEPING = frozenset(
    "BatchNorm2d ReLU LeakyReLU GELU SiLU Sigmoid Tanh Dropout Dropout2d Identity Softmax LogSoftmax".split()
)
LINE_LENGTH = 88  # ruff's and black's default, so the export passes a stock `ruff check`
INDENT = "    "


class CodegenError(ValueError):
    """The block holds a name or value that cannot be written as Python source."""


@dataclass
class GeneratedCode:
    source: str
    # layer index -> 1-based line numbers: where the layer is built and where forward calls it
    layer_lines: dict[int, list[int]] = field(default_factory=dict)
    super_line: int | None = None  # the super().__init__() line, when there is one
    init_line: int = 0  # the `def __init__` line
    # graph blocks: step uid -> its forward line(s); module (or container) uid -> its __init__ lines
    step_lines: dict[int, list[int]] = field(default_factory=dict)
    module_lines: dict[int, list[int]] = field(default_factory=dict)

    def layer_at_line(self, line: int) -> int | None:
        """The layer a 1-based source line belongs to (construction lines win over forward)."""
        hits = [index for index, lines in self.layer_lines.items() if line in lines]
        return min(hits) if hits else None

    def step_at_line(self, line: int) -> int | None:
        """The uid of the graph step written on a 1-based source line."""
        return next((uid for uid, lines in self.step_lines.items() if line in lines), None)

    def module_at_line(self, line: int) -> int | None:
        """The uid of the innermost module built on a 1-based source line (a member before its container)."""
        hits = [(len(lines), uid) for uid, lines in self.module_lines.items() if line in lines]
        return min(hits)[1] if hits else None


def generate_source(block: Block) -> str:
    """The generated module source for `block` (raises CodegenError on an unusable name)."""
    return generate(block).source


def literal(value: Any) -> str:
    """A parameter value as Python source; only the types a ParamSpec admits are accepted."""
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        text = repr(value)
        if text in ("nan", "inf", "-inf"):
            raise CodegenError(i18n.translate("Codegen", "{value} is not a usable parameter value").format(value=text))
        return text
    if isinstance(value, tuple) and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return "(" + ", ".join(repr(v) for v in value) + ")"
    if isinstance(value, str) and value.isidentifier():  # "same", "zeros", ... (already checked)
        return f'"{value}"'
    raise CodegenError(i18n.translate("Codegen", "{value} is not a usable parameter value").format(value=repr(value)))


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tags: dict[int, list[int]] = {}

    def add(self, text: str, layer: int | None = None) -> None:
        for line in text.split("\n"):
            self.lines.append(line)
            if layer is not None:
                self.tags.setdefault(layer, []).append(len(self.lines))

    @property
    def next_line(self) -> int:
        return len(self.lines) + 1


def call(head: str, args: list[str], indent: str, prefix: str = "", suffix: str = "") -> str:
    """`prefix head(args)suffix` on one line if it fits, else exploded with a trailing comma."""
    one_line = f"{indent}{prefix}{head}({', '.join(args)}){suffix}"
    if len(one_line) <= LINE_LENGTH or not args:
        return one_line
    inner = indent + INDENT
    hugged = f"{inner}{', '.join(args)}"
    if len(hugged) <= LINE_LENGTH:  # ruff's first choice: all arguments on one indented line
        return f"{indent}{prefix}{head}(\n{hugged}\n{indent}){suffix}"
    body = "".join(f"{inner}{arg},\n" for arg in args)
    return f"{indent}{prefix}{head}(\n{body}{indent}){suffix}"


def _check_names(block: Block) -> None:
    problem = input_shape_problem(block.input_shape)
    if problem:
        raise CodegenError(problem)
    # Blocks are normally edited through checked setters, but a Layer can be built with any
    # dict: check every value before analysis or the writer reads it.
    for index, layer in enumerate(block.layers):

        def where(number: int = index + 1, kind: str = layer.kind) -> str:  # named only in an error
            return i18n.translate("Codegen", "layer {number} {kind}").format(number=number, kind=kind)

        check_param_values(LAYER_KINDS[layer.kind].spec_by_name, layer.params, where)
    error = names_error(block)
    if error is not None:
        raise CodegenError(str(error))


def check_param_values(specs: Mapping[str, Any], params: dict[str, Any], where: str | Callable[[], str]) -> None:
    """Raise CodegenError unless every value in `params` is one its spec admits. `where` names the
    place in the message; a function giving it is called only then (a check per edit and step)."""
    for param, value in params.items():
        if param not in specs:
            place = where() if callable(where) else where
            raise CodegenError(
                i18n.translate("Codegen", "{where}: no parameter {param!r}").format(where=place, param=param)
            )
        try:
            specs[param].check(value)
        except ValueError as exc:
            place = where() if callable(where) else where
            raise CodegenError(f"{place}: {param}: {exc}") from None


def _layer_args(kind: LayerKind, layer: Layer, inferred: str) -> list[str]:
    """Constructor arguments: inferred ones, then positional while present, then keywords."""
    args = [inferred for _ in kind.inferred]
    explicit = layer.resolved()
    present = [s.name for s in kind.params if s.required or s.name in layer.params or s.name in layer.arguments]
    positional_ok = True
    for spec in kind.params:
        if spec.name not in present:
            if spec.name in kind.positional:
                positional_ok = False
            continue
        value = explicit[spec.name]
        try:
            value = spec.check(value)
        except ValueError as exc:
            raise CodegenError(f"{kind.name} {spec.name}: {exc}") from None
        text = f"self.{layer.arguments[spec.name]}" if spec.name in layer.arguments else literal(value)
        if positional_ok and spec.name in kind.positional:
            args.append(text)
        else:
            positional_ok = False
            args.append(f"{spec.name}={text}")
    return args


def _docstring(block: Block, analysis: Analysis) -> str:
    no_layers = i18n.QT_TRANSLATE_NOOP("GeneratedCode", "No layers yet: the input passes through unchanged")
    chain = " -> ".join(layer.kind for layer in block.layers) or i18n.code_text("GeneratedCode", no_layers)
    detail = docstring_detail(block.input_shape, analysis, analysis.ok and bool(block.layers))
    return docstring(chain + ".", detail)


def docstring_detail(input_shape: tuple[int, ...], analysis: Analysis, with_output: bool) -> str:
    """The docstring's second paragraph: "Input (...) -> output (...), N parameters." in the code's language."""
    shape = ", ".join(str(n) for n in input_shape)
    if not with_output:
        return i18n.code_text("GeneratedCode", i18n.QT_TRANSLATE_NOOP("GeneratedCode", "Input ({shape}).")).format(
            shape=shape
        )
    text = i18n.QT_TRANSLATE_NOOP("GeneratedCode", "Input ({shape}) -> output ({output}), {count:,} parameters.")
    output = ", ".join(str(n) for n in analysis.output_shape)
    return i18n.code_text("GeneratedCode", text).format(shape=shape, output=output, count=analysis.total_params)


def docstring(summary: str, detail: str) -> str:
    """The class docstring: `summary` wrapped to the line length, a blank line, then `detail`."""
    width = LINE_LENGTH - len(INDENT) - 3
    lines = wrap(summary, width)
    details = [detail] if detail.isascii() else wrap(detail, width)  # English as it always was
    body = [f'{INDENT}"""{lines[0]}'] + [f"{INDENT}{line}" for line in lines[1:]]
    body += ["", *[f"{INDENT}{line}" for line in details], f'{INDENT}"""']
    return "\n".join(body)


def wrap(text: str, width: int) -> list[str]:
    """textwrap.wrap, counting a wide (Korean) character as two columns as ruff's E501 does."""
    if text.isascii():
        return textwrap.wrap(text, width, break_on_hyphens=False)
    lines: list[str] = []
    for word in text.split():
        if lines and display_width(lines[-1]) + 1 + display_width(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _inferred_args(block: Block, analysis: Analysis) -> list[tuple[Layer, str]]:
    """Each layer with the source of its inferred argument (in_channels, num_features, in_features).

    The channel count stays an expression (`self.channels`) while it comes from a promoted
    out_channels, so the class still works when constructed with another value; elsewhere it
    is the number the analysis found.
    """
    last_known = str(block.input_shape[1])
    channels: str | None = last_known  # None once Flatten/Linear merge the channel axis
    features: str | None = None  # an expression for the last dimension, when an argument decides it
    result = []
    for index, layer in enumerate(block.layers):
        kind = LAYER_KINDS[layer.kind]
        shape = analysis.layers[index].input_shape if index < len(analysis.layers) else None
        out = analysis.layers[index].output_shape if index < len(analysis.layers) else None
        if kind.inferred_dim == -3 and channels is not None:
            inferred = channels
        elif kind.inferred_dim == -1 and features is not None:
            inferred = features  # e.g. self.channels * 64 after a Flatten: follows the argument
        elif shape is not None and len(shape) >= -kind.inferred_dim:
            inferred = str(shape[kind.inferred_dim])
        else:  # after the first broken layer: the code is shown, but cannot run anyway
            inferred = last_known
        result.append((layer, inferred))
        if kind.channels_param:
            param = kind.channels_param
            last_known = f"self.{layer.arguments[param]}" if param in layer.arguments else str(layer.value(param))
            channels = last_known
        elif layer.kind == "Linear":
            features = f"self.{layer.arguments['out_features']}" if "out_features" in layer.arguments else None
            channels = None
        elif not kind.keeps_channel_axis:
            promoted = channels if channels is not None and channels.startswith("self.") else None
            features = _flattened(promoted, shape, out)
            channels = None
        elif layer.kind not in SHAPE_KEEPING:
            features = None  # a pool or upsample changes the last dimension: back to numbers
    return result


def _init_arguments(block: Block) -> list[tuple[str, str]]:
    """(name, default literal) of each promoted argument, in order of first use."""
    return _init_arguments_of(block.layers)


def _init_arguments_of(layers: list[Layer]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for layer in layers:
        for spec in LAYER_KINDS[layer.kind].params:
            argument = layer.arguments.get(spec.name)
            if argument and argument not in seen:
                seen[argument] = literal(spec.check(layer.value(spec.name)))
    return list(seen.items())


def _write_list(out: _Writer, block: Block, built: list[tuple[Layer, list[str]]], body: str) -> None:
    """`nn.ModuleList([...])`, or the plain list whose layers nn.Module never registers (a lesson)."""
    head = f"{body}self.{block.container_name} = "
    if not built:
        out.add(head + ("nn.ModuleList()" if block.container == "modulelist" else "[]"))
        return
    inner = body + INDENT * (2 if block.container == "modulelist" else 1)
    if block.container == "modulelist":
        out.add(f"{head}nn.ModuleList(\n{body}{INDENT}[")
    else:
        out.add(f"{head}[")
    for index, (layer, args) in enumerate(built):
        out.add(call(f"nn.{layer.kind}", args, inner, suffix=","), layer=index)
    out.add(f"{body}{INDENT}]\n{body})" if block.container == "modulelist" else f"{body}]")


def _flattened(chan: str | None, before: Any, after: Any) -> str | None:
    """The feature count as an expression when (N, C, H, W) with C = `chan` becomes (N, C*H*W)."""
    if chan is None or before is None or after is None or len(before) < 3 or len(after) != len(before) - 2:
        return None
    if after[-1] != prod(before[-3:]):
        return None
    rest = prod(before[-2:])
    base = f"({chan})" if " + " in chan else chan
    return base if rest == 1 else f"{base} * {rest}"


def generate(block: Block, analysis: Analysis | None = None) -> GeneratedCode:
    """Source text plus a map from layers to the lines that build and call them.

    `analysis`: the block's analysis when the caller already has it (the app, on every edit).
    """
    if block.steps is not None:
        from core.codegen.graph_checks import check_graph
        from core.codegen.graph_source import generate_graph

        # an analysis without an error has checked the names already (once an edit is enough)
        check_graph(block, names_checked=analysis is not None and analysis.error is None)
        return generate_graph(block, analysis if analysis is not None else analyze(block))
    _check_names(block)
    name = block.class_name
    out = _Writer()
    out.add("import torch\nimport torch.nn as nn\n\n")
    out.add(f"class {name}(nn.Module):")
    analysis = analysis if analysis is not None else analyze(block)
    out.add(_docstring(block, analysis))
    out.add("")

    arguments = _init_arguments(block)
    init_line = out.next_line
    out.add(call("def __init__", ["self"] + [f"{a}={d}" for a, d in arguments], INDENT, suffix=":"))
    body = INDENT * 2
    super_line = None
    if block.super_style != "omitted":
        super_line = out.next_line
        target = "" if block.super_style == "super" else f"{name}, self"
        out.add(f"{body}super({target}).__init__()")
    for argument, _ in arguments:
        out.add(f"{body}self.{argument} = {argument}")

    built = [
        (layer, _layer_args(LAYER_KINDS[layer.kind], layer, inferred))
        for layer, inferred in _inferred_args(block, analysis)
    ]

    attributes = layer_attribute_names(block)
    if block.container == "sequential":
        container = block.container_name
        if built:
            out.add(f"{body}self.{container} = nn.Sequential(")
            for index, (layer, args) in enumerate(built):
                out.add(call(f"nn.{layer.kind}", args, body + INDENT, suffix=","), layer=index)
            out.add(f"{body})")
        else:
            out.add(f"{body}self.{container} = nn.Sequential()")
    elif block.container in ("modulelist", "list"):
        _write_list(out, block, built, body)
    else:
        for index, (layer, args) in enumerate(built):
            out.add(call(f"nn.{layer.kind}", args, body, prefix=f"self.{attributes[index]} = "), layer=index)
    if len(out.lines) == init_line:  # omitted super call and nothing to assign
        out.add(f"{body}pass")

    out.add("")
    out.add(f"{INDENT}def forward(self, x):")
    if block.container == "sequential":
        out.add(f"{body}return self.{block.container_name}(x)", layer=None)
        forward_line = len(out.lines)
        for index in range(len(built)):
            out.tags.setdefault(index, []).append(forward_line)
    elif block.container in ("modulelist", "list"):
        out.add(f"{body}for layer in self.{block.container_name}:")
        out.add(f"{body}{INDENT}x = layer(x)")
        for index in range(len(built)):
            out.tags.setdefault(index, []).extend([len(out.lines) - 1, len(out.lines)])
        out.add(f"{body}return x")
    else:
        for index, attribute in enumerate(attributes):
            out.add(f"{body}x = self.{attribute}(x)", layer=index)
        out.add(f"{body}return x")

    shape = ", ".join(str(n) for n in block.input_shape)
    out.add("\n")
    out.add('if __name__ == "__main__":')
    out.add(f"{INDENT}model = {name}()")
    out.add(f"{INDENT}print(model)")
    out.add(f"{INDENT}print(model(torch.randn({shape})).shape)")
    return GeneratedCode("\n".join(out.lines) + "\n", out.tags, super_line, init_line)
