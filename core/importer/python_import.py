"""Import an existing nn.Module from a .py file into a Block, reading the file with `ast` only.

The file is parsed, never executed or imported: a model file from the internet may hold
anything. A class imports when its `__init__` builds one `nn.Sequential(...)` or assigns
supported layers to attributes that `forward` calls one after another, with literal values or
`__init__` arguments (these become promoted arguments whose value is the argument's default).

Where a value comes from when the file does not say it directly (documented rules, each one
reported as a note naming its line, so nothing is guessed silently):
- an `__init__` argument without a default takes the literal value the first call of the class
  in the file gives it (the seed's `ConvBlock(3, 1, 1, 2, 2)`);
- with no such call either, an argument that only feeds sizes a Block infers (in_channels,
  num_features, in_features) is not kept: the size comes from the layer's input, so for the first
  layer it becomes the input shape's C or F (as an in_channels argument with a value already is);
- with no such call, an argument that feeds a layer parameter takes Block Studio's default for
  that parameter (the registry's: out_features 10, kernel_size 3, ...) and stays a promoted
  argument with that default; one feeding anything else (device, dtype, ...) is a problem;
- the input shape comes from an example input passed to the class in the file, such as
  `model(torch.randn(1, 3, 64, 64))` or `model(torch.randn(8, 20))`; else it follows the first
  layer that reads a size: a Linear first means a features input (1, F) with F its in_features
  (DEFAULT_FEATURES when that is a value-less argument), anything else an image input
  1 x C x 64 x 64 with C its in_channels/num_features (DEFAULT_CHANNELS when unknown).
Everything else outside what a Block can hold is an `ImportIssue` naming its line.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from core.analysis.block_analysis import analyze, input_shape_problem
from core.codegen.source import CodegenError, generate
from core.files.load_limits import load_problem
from core.files.project_file import block_to_json, write_text_atomic
from core.importer.reader import FROM_INPUT, ClassReader
from core.importer.syntax import ImportIssue, LayerCall, TorchNames, dotted, literal
from core.layers.registry import LAYER_KINDS
from core.layers.shape_rules import same_shape, shape_text
from core.model.block import Block, Layer, name_problem
from core.model.naming import layer_attribute_names

MAX_SOURCE_BYTES = 2 * 1024 * 1024
DEFAULT_SIDE = 64
DEFAULT_CHANNELS = 3  # an image input's C when the file gives no number for it
DEFAULT_FEATURES = 10  # a features input's F when the file gives no number for it (Linear's out_features default)
EXIT_BAD_INPUT = 2
TENSOR_MAKERS = ("randn", "rand", "zeros", "ones", "empty")

__all__ = [
    "ImportFailed",
    "ImportIssue",
    "ImportResult",
    "import_file",
    "import_source",
    "module_classes",
    "read_source",
]


class ImportFailed(ValueError):
    """The file cannot be read or parsed, or holds no such class; the message says which."""


@dataclass
class ImportResult:
    class_name: str
    line: int
    block: Block | None  # None when there are problems
    problems: list[ImportIssue] = field(default_factory=list)  # why it cannot be imported
    notes: list[ImportIssue] = field(default_factory=list)  # imported, but this differs from the file

    @property
    def ok(self) -> bool:
        return self.block is not None

    def report(self) -> str:
        """A few lines for a learner: what was imported, or each problem with its line."""
        if self.block is None:
            head = f"{self.class_name} (line {self.line}) cannot be imported:"
            return "\n".join([head, *(f"  - {p}" for p in self.problems)])
        count = len(self.block.layers)
        head = f"{self.class_name} (line {self.line}): imported {count} layer{'' if count == 1 else 's'}"
        return "\n".join([head, *(f"  note: {n}" for n in self.notes)])


def import_file(path: str | os.PathLike[str], class_name: str | None = None) -> ImportResult:
    """Import `class_name` (or the file's only nn.Module class) from a .py file."""
    return import_source(read_source(path), class_name, Path(path).name)


def read_source(path: str | os.PathLike[str]) -> str:
    """A Python file's text, refusing folders, huge files and non-UTF-8 bytes (ImportFailed)."""
    file = Path(path)
    if file.is_dir():
        raise ImportFailed(f"{file} is a folder, not a Python file")
    if file.exists() and not file.is_file():  # a FIFO or a device would block or never end
        raise ImportFailed(f"{file} is not a regular file")
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(f"cannot read {file}: {exc.strerror or exc}") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise ImportFailed(f"{file.name} is larger than {MAX_SOURCE_BYTES:,} bytes; not a model file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{file.name} is not UTF-8 text (bad byte at offset {exc.start})") from None


def module_classes(source: str, filename: str = "<source>") -> list[tuple[str, int]]:
    """(name, line) of each top-level nn.Module subclass in `source`."""
    tree = _parse(source, filename)
    names = TorchNames(tree)
    return [(c.name, c.lineno) for c in _module_classes(tree, names)]


def import_source(source: str, class_name: str | None = None, filename: str = "<source>") -> ImportResult:
    """Import one class from Python source text (raises ImportFailed when there is none to import)."""
    tree = _parse(source, filename)
    names = TorchNames(tree)
    classes = _module_classes(tree, names)
    listing = ", ".join(f"{c.name} (line {c.lineno})" for c in classes)
    if not classes:
        raise ImportFailed(f"{filename} defines no nn.Module subclass")
    if class_name is None:
        if len(classes) > 1:
            raise ImportFailed(f"{filename} defines {len(classes)} nn.Module classes: {listing}; choose one")
        cls = classes[0]
    else:
        matches = [c for c in classes if c.name == class_name]
        if not matches:
            raise ImportFailed(f"{filename} has no nn.Module class {class_name} (it has: {listing})")
        cls = matches[-1]  # as Python does, a later definition replaces an earlier one
    try:
        return _import_class(tree, cls, names, only_class=len(classes) == 1)
    except RecursionError:
        raise ImportFailed(f"{filename}: expressions nested too deeply to read") from None


def _parse(source: str, filename: str) -> ast.Module:
    try:
        return ast.parse(source, filename=filename)
    except SyntaxError as exc:
        where = f"{filename} line {exc.lineno}" if exc.lineno else filename
        raise ImportFailed(f"{where}: syntax error: {exc.msg}") from None
    except (ValueError, RecursionError, MemoryError) as exc:  # null bytes, absurd nesting
        raise ImportFailed(f"{filename} cannot be parsed as Python: {exc or type(exc).__name__}") from None


def _module_classes(tree: ast.Module, names: TorchNames) -> list[ast.ClassDef]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef) and any(names.nn_class(base) == "Module" for base in node.bases)
    ]


def _class_calls(tree: ast.Module, class_name: str) -> list[ast.Call]:
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == class_name
    ]
    return sorted(calls, key=lambda c: (c.lineno, c.col_offset))


def _import_class(tree: ast.Module, cls: ast.ClassDef, names: TorchNames, only_class: bool) -> ImportResult:
    calls = _class_calls(tree, cls.name)
    reader = ClassReader(cls, names, calls)
    reader.read()
    result = ImportResult(cls.name, cls.lineno, None, reader.problems, reader.notes)
    problem = name_problem(cls.name, "class name")
    if problem:
        result.problems.append(ImportIssue(problem, cls.lineno))
    if result.problems:
        return result
    ordered = _ordered_layers(reader)
    if reader.problems:
        return result
    example = _example_input(tree, cls.name, calls, only_class)
    block = _build_block(reader, ordered, example)
    if block is None or reader.problems:
        return result
    try:
        generate(block)
    except CodegenError as exc:
        reader.problem(str(exc), cls.lineno)
        return result
    analysis = analyze(block)
    if analysis.error is not None:
        reader.note(f"the imported block does not run on input {tuple(block.input_shape)}: {analysis.error}", None)
    result.block = block
    return result


def _ordered_layers(reader: ClassReader) -> list[LayerCall]:
    """The layers in the order forward applies them (problems when that is not a simple chain)."""
    if reader.sequential is not None:
        attribute, line = reader.sequential
        loose = [layer for layer in reader.layers if layer.attribute is not None]
        if loose:
            reader.problem(
                f"self.{loose[0].attribute} is built beside the nn.Sequential at line {line}",
                loose[0].line,
                "a block keeps its layers in one container",
            )
        if reader.order != [attribute]:
            reader.problem(f"forward must return self.{attribute}(x)", line)
        return [layer for layer in reader.layers if layer.attribute is None]
    by_attribute: dict[str, LayerCall] = {}
    for layer in reader.layers:
        if layer.attribute in by_attribute:
            reader.problem(f"self.{layer.attribute} is assigned a second layer", layer.line)
        by_attribute[layer.attribute or ""] = layer
    ordered: list[LayerCall] = []
    for attribute in reader.order:
        if attribute in reader.foreign:
            continue  # already reported where it is built
        if attribute not in by_attribute:
            reader.problem(f"forward calls self.{attribute}, which __init__ does not build", None)
        elif by_attribute[attribute] in ordered:
            reader.problem(f"forward calls self.{attribute} twice", None, "a block uses each layer once")
        else:
            ordered.append(by_attribute[attribute])
    for layer in reader.layers:
        if layer.attribute not in reader.order:
            reader.problem(f"self.{layer.attribute} is built but forward never calls it", layer.line)
    return ordered


def _build_block(reader: ClassReader, ordered: list[LayerCall], example: tuple[int, ...] | None) -> Block | None:
    layers: list[Layer] = []
    for call in ordered:
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
        layers.append(Layer(call.kind, params, arguments))
    for argument in reader.arguments.values():
        if not argument.used:
            reader.note(f"argument {argument.name} is not used by any layer and is not kept", argument.line)
    block = Block(layers, reader.cls.name, _input_shape(reader, ordered, example), reader.super_style)  # type: ignore[arg-type]
    if not _inferred_agree(reader, ordered, block):
        return None
    if reader.sequential is not None:
        block.container, block.container_name = "sequential", reader.sequential[0]
        problem = name_problem(block.container_name, "container name")
        if problem:
            reader.problem(problem, reader.sequential[1])
    else:
        block.container = "attributes"
        renamed = [
            f"{call.attribute} -> {new}"
            for call, new in zip(ordered, layer_attribute_names(block))
            if call.attribute != new
        ]
        if renamed:
            reader.note(f"layer attributes are renamed: {', '.join(renamed)}", None)
    if reader.super_style == "omitted":
        reader.note("__init__ never calls super().__init__(): instantiating it fails (teaching mode)", None)
    return block


def _first_sized(ordered: list[LayerCall]) -> LayerCall | None:
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
            where = "the input shape" if shape == tuple(block.input_shape) else "the layer's input"
            source = f"{where} {shape_text(shape)}: {expected}" if shape is not None else "the layer's input"
            reader.note(
                f"argument {argument.name} has no default",
                argument.line,
                f"no call in the file gives it a value; it only sets {call.kind} {kind.inferred[0]} "
                f"(line {call.line}), so it is not kept and Block Studio takes that size from {source}",
            )
            continue
        if report is None:  # after the first broken layer: analysis has no input to compare with
            continue
        if call.inferred.value != expected:
            reader.problem(
                f"{call.kind} {kind.inferred[0]} is {call.inferred.value!r}",
                call.line,
                f"its input {tuple(report.input_shape)} has {expected} there",
            )
            return False
    return True


def _input_shape(reader: ClassReader, ordered: list[LayerCall], example: tuple[int, ...] | None) -> tuple[int, ...]:
    """The example input's shape (its C or F made to agree with the first layer), else a default."""
    first = _first_sized(ordered)
    kind = LAYER_KINDS[first.kind] if first is not None else None
    dim = kind.inferred_dim if kind is not None else -3
    size = None
    if first is not None and first.inferred is not None:
        value, argument = first.inferred.value, first.inferred.argument
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            size = value
        if argument and value is not FROM_INPUT:  # a value-less one gets its own note
            what = "input channels" if dim == -3 else "input features"
            reader.note(
                f"argument {argument} ({what}) is not kept",
                first.line,
                f"Block Studio takes the {what} from the input shape",
            )
    if example is not None:
        if size is not None and len(example) >= -dim and example[dim] != size:
            axis = "channels" if dim == -3 else "features"
            reader.note(f"the example input has {example[dim]} {axis}; the first layer takes {size}", None)
            fixed = list(example)
            fixed[dim] = size
            return tuple(fixed)
        return example
    if dim == -1:
        shape: tuple[int, ...] = (1, size or DEFAULT_FEATURES)
    else:
        shape = (1, size or DEFAULT_CHANNELS, DEFAULT_SIDE, DEFAULT_SIDE)
    reader.note(f"the file shows no example input; the input shape is {shape}", None)
    return shape


def _example_input(
    tree: ast.Module, class_name: str, calls: list[ast.Call], only_class: bool
) -> tuple[int, ...] | None:
    """The shape of a tensor the file passes to an instance of the class, e.g. model(torch.randn(...))."""
    instances = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and node.value in calls
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    candidates = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            if (isinstance(func, ast.Name) and func.id in instances) or func in calls:
                candidates.append((node.lineno, node.col_offset, node.args[0]))
            elif only_class:
                candidates.append((node.lineno + 10**9, node.col_offset, node))  # any tensor, after the above
    for _, _, node in sorted(candidates, key=lambda c: (c[0], c[1])):
        shape = _tensor_shape(node)
        if shape is not None:
            return shape
    return None


def _tensor_shape(node: ast.AST) -> tuple[int, ...] | None:
    if not isinstance(node, ast.Call):
        return None
    name = dotted(node.func) or ""
    prefix, _, last = name.rpartition(".")
    if last not in TENSOR_MAKERS or prefix != "torch":
        return None
    try:
        values = tuple(literal(a) for a in node.args)
    except ValueError:
        return None
    if len(values) == 1 and isinstance(values[0], tuple):
        values = values[0]
    return values if input_shape_problem(values) is None else None


# ---- command line: `python main.py import MODEL.py [--class NAME] [-o FILE.json]` ----------------


def add_import_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help="read an nn.Module from a .py file (never run) into a project file")
    parser.add_argument("file", help="a Python file defining an nn.Module subclass; it is parsed, not executed")
    parser.add_argument("--class", dest="class_name", help="the class to import when the file defines several")
    parser.add_argument("-o", "--output", help="write the project file (.json) here instead of printing it")


def run_import(args: argparse.Namespace) -> int:
    """Import; problems -> one `error:` line and exit 2; notes -> `note:` lines on stderr."""
    out = Path(args.output) if args.output else None
    if out is not None and out.is_dir():
        return _fail(f"{out} is a folder; give a file name for -o")
    try:
        result = import_file(args.file, args.class_name)
    except ImportFailed as exc:
        return _fail(str(exc))
    if result.block is None:
        problems = "; ".join(str(p) for p in result.problems)
        return _fail(f"{result.class_name} (line {result.line}) cannot be imported: {problems}")
    refused = load_problem(result.block)  # write only what load_block reads back
    if refused is not None:
        return _fail(f"{result.class_name} (line {result.line}) cannot be saved as a project file: {refused}")
    text = block_to_json(result.block)
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            write_text_atomic(out, text)
        except OSError as exc:
            return _fail(f"cannot write {out}: {exc.strerror or exc}")
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
