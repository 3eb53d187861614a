"""Where an imported block's input shape comes from, in order, each choice a note with its line:

1. a tensor the file passes to the class: `model(torch.randn(1, 3, 32, 32))`;
2. solved: an image block whose Flatten feeds a Linear with a constant in_features (or a
   `view(-1, N)`) has one unknown, the side; the smallest square side giving that size wins;
3. any `torch.randn/rand/zeros(...)` call in the file, then a shape written in a comment or
   docstring, e.g. `(N, 1, 28, 28)` or TensorFlow's `(?, 28, 28, 1)`; the first that runs;
4. a guess (1, C, 64, 64) or (1, F), said to be a guess, also in any error it causes.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass

from core import i18n
from core.analysis.block_analysis import analyze, input_shape_problem
from core.importer.reader import FROM_INPUT, ClassReader
from core.importer.syntax import FileIndex, LayerCall, dotted
from core.importer.values import Known, NotStatic, StaticEvaluator
from core.layers.registry import LAYER_KINDS
from core.layers.shape_rules import same_shape
from core.model.block import Block

Shape = tuple[int, ...]
Constants = dict[str, Known | NotStatic] | None  # module constants a size may name
TENSOR_MAKERS = ("randn", "rand", "zeros", "ones", "empty")
MAX_SOLVED_SIDE = 4096
_SHAPE_TEXT = re.compile(r"\(\s*(?:\?|[A-Za-z_]\w*|\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)")


def example_input(index: FileIndex, calls: list[ast.Call], constants: Constants = None) -> tuple[Shape, int] | None:
    """(shape, line) of a tensor the file passes to an instance of the class: model(torch.randn(...))."""
    call_ids = {id(c) for c in calls}
    instances = {
        target.id
        for node in index.assigns
        if id(node.value) in call_ids
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    tensors = {  # `input = torch.randn(1, 1, 32, 32)`, then `net(input)`
        node.targets[0].id: tensor_shape(node.value, constants)
        for node in index.assigns
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
    }
    found = []
    for node in index.calls:
        if node.args:
            func = node.func
            if (isinstance(func, ast.Name) and func.id in instances) or id(func) in call_ids:
                arg = node.args[0]
                shape = tensors.get(arg.id) if isinstance(arg, ast.Name) else tensor_shape(arg, constants)
                if shape is not None:
                    found.append((node.lineno, node.col_offset, shape))
    return (min(found)[2], min(found)[0]) if found else None


def tensor_calls(index: FileIndex, constants: Constants = None) -> list[tuple[Shape, int]]:
    """(shape, line) of every torch.randn/rand/zeros/... call with constant sizes, in file order."""
    found = []
    for node in index.calls:
        shape = tensor_shape(node, constants)
        if shape is not None:
            found.append((node.lineno, node.col_offset, shape))  # type: ignore[attr-defined]
    return [(shape, line) for line, _, shape in sorted(found)]


def tensor_shape(node: ast.AST, constants: Constants = None) -> Shape | None:
    """The shape of `torch.randn(1, nz, 1, 1)` and its kin: constant sizes, module constants allowed."""
    if not isinstance(node, ast.Call):
        return None
    name = dotted(node.func) or ""
    prefix, _, last = name.rpartition(".")
    if last not in TENSOR_MAKERS or prefix != "torch":
        return None
    table = constants or {}
    evaluator = StaticEvaluator(lambda n, _: table[n] if isinstance(table.get(n), Known) else None)  # type: ignore[misc]
    try:
        values = tuple(evaluator.evaluate(a).value for a in node.args)
    except NotStatic:
        return None
    if len(values) == 1 and isinstance(values[0], tuple):
        values = values[0]
    return values if input_shape_problem(values) is None else None


def comment_shapes(source: str, channels: int | None) -> list[tuple[Shape, int, str]]:
    """(shape, line, layout) of 4-number shapes written in comments and docstrings; NHWC ones
    (TensorFlow's habit) are read as such when their last number is the channel count."""
    found: list[tuple[Shape, int, str]] = []
    if _SHAPE_TEXT.search(source) is None:  # most files: no tokenizing at all
        return found
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return found
    for token in tokens:
        if token.type not in (tokenize.COMMENT, tokenize.STRING):
            continue
        for match in _SHAPE_TEXT.finditer(token.string):
            a, b, c = (int(g) for g in match.groups())
            line = token.start[0] + token.string.count("\n", 0, match.start())
            if channels is None or a == channels:
                found.append(((1, a, b, c), line, "N, C, H, W"))
            elif c == channels:
                found.append(((1, c, a, b), line, "N, H, W, C"))
    return found


def solve_side(
    make: Callable[[Shape], Block], channels: int, size_at: Callable[[Block], int | None], target: int
) -> int | None:
    """The smallest square side S for which the block on (1, C, S, S) flattens to `target` values
    per sample. The flattened size only grows with S (None: too small to get there), so a binary
    search over 1..MAX_SOLVED_SIDE: a dozen analyses, never a loop over every side."""
    low, high = 1, MAX_SOLVED_SIDE
    while low < high:
        middle = (low + high) // 2
        size = size_at(make((1, channels, middle, middle)))
        if size is not None and size >= target:
            high = middle
        else:
            low = middle + 1
    return low if size_at(make((1, channels, low, low))) == target else None


def runs(block: Block) -> bool:
    return analyze(block).error is None


DEFAULT_SIDE = 64
DEFAULT_CHANNELS = 3  # an image input's C when the file gives no number for it
DEFAULT_FEATURES = 10  # a features input's F when the file gives none (Linear's out_features default)


def first_sized(ordered: list[LayerCall]) -> LayerCall | None:
    """The first layer that reads a size of the block's input (in_channels, num_features, in_features)."""
    shape_kept = True  # only value-wise layers so far: a Linear here reads the input's own last size
    for call in ordered:
        kind = LAYER_KINDS[call.kind]
        if call.inferred is not None and kind.inferred:
            return call if shape_kept or kind.inferred_dim == -3 else None
        if not kind.keeps_channel_axis:  # Flatten: later sizes are no longer the input's
            return None
        shape_kept = shape_kept and kind.output_shape is same_shape
    return None


def _flatten_target(ordered: list[LayerCall]) -> tuple[int, int, str, int] | None:
    """(Flatten index, values per sample it must give, what says so, line): the first Flatten
    followed (through value-wise layers) by a Linear whose in_features is a constant."""
    for index, call in enumerate(ordered):
        if call.kind != "Flatten":
            continue
        for later in ordered[index + 1 :]:
            if later.kind == "Linear":
                value = later.inferred.value if later.inferred is not None else None
                if isinstance(value, int) and not isinstance(value, bool) and later.inferred.argument is None:  # type: ignore[union-attr]
                    return index, value, f"Linear in_features {value}", later.line
                return None
            if LAYER_KINDS[later.kind].output_shape is not same_shape:
                return None
        return None
    return None


@dataclass
class FlattenTarget:
    """What the solve needs: the values per sample a flatten must give, what says so, and how to
    read the flattened size off a trial block (None when the block fails before it)."""

    wanted: int
    what: str
    line: int
    size_at: Callable[[Block], int | None]


def chain_target(ordered: list[LayerCall]) -> FlattenTarget | None:
    """The flatten target of a flat block (layer `index` is the Flatten)."""
    found = _flatten_target(ordered)
    if found is None:
        return None
    index, wanted, what, line = found

    def size_at(trial: Block) -> int | None:
        reports = analyze(trial).layers
        return reports[index].output_shape[-1] if index < len(reports) else None

    return FlattenTarget(wanted, what, line, size_at)


def choose_input_shape(
    reader: ClassReader,
    first: LayerCall | None,
    target: FlattenTarget | None,
    block: Block,
    index: FileIndex,
    source: str,
    calls: list[ast.Call],
) -> Shape:
    """The block's input shape by the rules in this module's docstring; each choice is a note."""
    kind = LAYER_KINDS[first.kind] if first is not None else None
    dim = kind.inferred_dim if kind is not None else -3
    size = None
    if first is not None and first.inferred is not None:
        value, argument = first.inferred.value, first.inferred.argument
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            size = value
        if argument and value is not FROM_INPUT:  # a value-less one gets its own note
            if dim == -3:
                what = i18n.translate("InputShape", "argument {name} (input channels) is not kept")
                why = i18n.translate("InputShape", "Block Studio takes the input channels from the input shape")
            else:
                what = i18n.translate("InputShape", "argument {name} (input features) is not kept")
                why = i18n.translate("InputShape", "Block Studio takes the input features from the input shape")
            reader.note(what.format(name=argument), first.line, why)
    reader.guessed_input = False

    def make(shape: Shape) -> Block:
        trial = block.copy()
        trial.input_shape = shape
        return trial

    example = example_input(index, calls, reader.module_values)
    if example is not None:
        shape, line = example
        if size is not None and len(shape) >= -dim and shape[dim] != size:
            if dim == -3:
                template = i18n.translate(
                    "InputShape", "the example input at line {line} has {count} channels; the first layer takes {size}"
                )
            else:
                template = i18n.translate(
                    "InputShape", "the example input at line {line} has {count} features; the first layer takes {size}"
                )
            reader.note(template.format(line=line, count=shape[dim], size=size), line)
            fixed = list(shape)
            fixed[dim] = size
            return tuple(fixed)
        return shape
    if dim == -1:
        shape = (1, size or DEFAULT_FEATURES)
        reader.note(
            i18n.translate("InputShape", "the file shows no example input; the input shape is {shape}").format(
                shape=shape
            ),
            None,
        )
        return shape
    channels = size or 1 if first is None else size or DEFAULT_CHANNELS
    if target is not None:
        wanted, what, line = target.wanted, target.what, target.line
        side = solve_side(make, channels, target.size_at, wanted)
        if side is not None:
            shape = (1, channels, side, side)
            reader.note(
                i18n.translate("InputShape", "the input shape {shape} is solved from {what}").format(
                    shape=shape, what=what
                ),
                line,
                i18n.translate("InputShape", "the smallest square input that flattens to {count} values").format(
                    count=wanted
                )
                + ("" if size else i18n.translate("InputShape", "; {count} channel assumed").format(count=channels)),
            )
            return shape
    from_call = i18n.translate("InputShape", "the input shape {shape} is read from `torch.randn(...)`-style call")
    from_comment = i18n.translate("InputShape", "the input shape {shape} is read from a comment ({layout})")
    candidates = [
        (s, line, from_call.format(shape=s))
        for s, line in tensor_calls(index, reader.module_values)
        if len(s) == 4 and s[1] == channels
    ]
    candidates += [
        (s, line, from_comment.format(shape=s, layout=layout)) for s, line, layout in comment_shapes(source, channels)
    ]
    for shape, line, message in candidates:
        if runs(make(shape)):
            reader.note(message, line)
            return shape
    shape = (1, channels, DEFAULT_SIDE, DEFAULT_SIDE)
    reader.guessed_input = True
    reader.note(
        i18n.translate("InputShape", "the file shows no example input; the input shape {shape} is a guess").format(
            shape=shape
        ),
        None,
    )
    return shape
