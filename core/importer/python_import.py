"""Import an existing nn.Module from a .py file into a Block, reading the file with `ast` only.

The file is parsed, never executed or imported: a model file from the internet may hold
anything. The parts (each its own module):
- values.py: constant arithmetic, module and class constants, walked from the tree with bounded
  magnitudes (never `eval`);
- reader.py, init_arguments.py, layer_calls.py, builder.py: what __init__ registers (layers,
  nn.Sequential, OrderedDict, helpers such as conv3x3, builders such as VGG's make_layers,
  `if` tests the file decides, locals; weight-init calls skipped with a note);
- forward_reader.py: forward as steps (module calls, functional ops, reshapes, adds, concat);
- flat_chain.py: a forward that is one chain becomes a flat block (functional ops as layers);
- input_shape.py: the input shape (example input, solved from a Linear's in_features, a
  torch.randn call or a shape in a comment, else a guess that says so).

Where a value comes from when the file does not say it directly (documented rules, each one
reported as a note naming its line, so nothing is guessed silently):
- an `__init__` argument without a default takes the constant value the first call of the class
  in the file gives it (the seed's `ConvBlock(3, 1, 1, 2, 2)`);
- with no such call either, an argument that only feeds sizes a Block infers (in_channels,
  num_features, in_features) is not kept: the size comes from the layer's input, so for the first
  layer it becomes the input shape's C or F (as an in_channels argument with a value already is);
- with no such call, an argument that feeds a layer parameter takes Block Studio's default for
  that parameter (the registry's: out_features 10, kernel_size 3, ...) and stays a promoted
  argument with that default; one feeding anything else (device, dtype, ...) is a problem.
Everything else outside what a Block can hold is an `ImportIssue` naming its line; all of them
are listed at once. Work is bounded by the file limits below, before anything is parsed.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from core import i18n
from core.analysis.block_analysis import analyze
from core.codegen.source import CodegenError, generate
from core.files.project_file import ProjectFileError, block_from_dict, block_to_json, write_text_atomic
from core.importer.flat_chain import flat_block
from core.importer.forward_reader import UNKNOWN
from core.importer.graph_block import graph_block
from core.importer.reader import ClassReader
from core.importer.syntax import Container, FileIndex, ImportIssue, TorchNames
from core.importer.values import AT_MODULE_LEVEL, constants
from core.model.block import Block, name_problem

MAX_SOURCE_BYTES = 2 * 1024 * 1024
MAX_SOURCE_LINES = 10_000  # torchvision's longest model file has ~1,000 lines; 10,000 parse in about a second
EXIT_BAD_INPUT = 2

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
            head = i18n.translate("PythonImport", "{name} (line {line}) cannot be imported:").format(
                name=self.class_name, line=self.line
            )
            return "\n".join([head, *(f"  - {p}" for p in self.problems)])
        if self.block.is_graph:
            modules, steps = len(self.block.modules), len(self.block.steps or [])
            if modules == 1:
                module_text = i18n.translate("PythonImport", "{count} module").format(count=modules)
            else:
                module_text = i18n.translate("PythonImport", "{count} modules").format(count=modules)
            if steps == 1:
                step_text = i18n.translate("PythonImport", "{count} forward step").format(count=steps)
            else:
                step_text = i18n.translate("PythonImport", "{count} forward steps").format(count=steps)
            what = i18n.translate("PythonImport", "{modules} and {steps}").format(modules=module_text, steps=step_text)
        else:
            count = len(self.block.layers)
            if count == 1:
                what = i18n.translate("PythonImport", "{count} layer").format(count=count)
            else:
                what = i18n.translate("PythonImport", "{count} layers").format(count=count)
        head = i18n.translate("PythonImport", "{name} (line {line}): imported {what}").format(
            name=self.class_name, line=self.line, what=what
        )
        return "\n".join([head, *("  " + note_line(n) for n in self.notes)])


def import_file(path: str | os.PathLike[str], class_name: str | None = None) -> ImportResult:
    """Import `class_name` (or the file's only nn.Module class) from a .py file."""
    return import_source(read_source(path), class_name, Path(path).name)


def read_source(path: str | os.PathLike[str]) -> str:
    """A Python file's text, refusing folders, huge files and non-UTF-8 bytes (ImportFailed)."""
    file = Path(path)
    if file.is_dir():
        raise ImportFailed(i18n.translate("PythonImport", "{file} is a folder, not a Python file").format(file=file))
    if file.exists() and not file.is_file():  # a FIFO or a device would block or never end
        raise ImportFailed(i18n.translate("PythonImport", "{file} is not a regular file").format(file=file))
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(
            i18n.translate("PythonImport", "cannot read {file}: {reason}").format(file=file, reason=exc.strerror or exc)
        ) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise ImportFailed(
            i18n.translate("PythonImport", "{file} is larger than {size} bytes; not a model file").format(
                file=file.name, size=f"{MAX_SOURCE_BYTES:,}"
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            i18n.translate("PythonImport", "{file} is not UTF-8 text (bad byte at offset {offset})").format(
                file=file.name, offset=exc.start
            )
        ) from None


def module_classes(source: str, filename: str = "<source>") -> list[tuple[str, int]]:
    """(name, line) of each top-level nn.Module subclass in `source`."""
    tree = _parse(source, filename)
    names = TorchNames(tree)
    return [(c.name, c.lineno) for c in _module_classes(tree, names)]


def import_source(source: str, class_name: str | None = None, filename: str = "<source>") -> ImportResult:
    """Import one class from Python source text (raises ImportFailed when there is none to import)."""
    lines = source.count("\n") + 1
    if lines > MAX_SOURCE_LINES:  # refused before parsing: parse time grows with the file
        raise ImportFailed(
            i18n.translate(
                "PythonImport", "{file} has {count} lines; Block Studio reads model files of at most {most}"
            ).format(file=filename, count=f"{lines:,}", most=f"{MAX_SOURCE_LINES:,}")
        )
    tree = _parse(source, filename)
    index = FileIndex.of(tree)
    names = TorchNames(tree, index)
    classes = _module_classes(tree, names)
    class_line = i18n.translate("PythonImport", "{name} (line {line})")
    listing = ", ".join(class_line.format(name=c.name, line=c.lineno) for c in classes)
    if not classes:
        raise ImportFailed(i18n.translate("PythonImport", "{file} defines no nn.Module subclass").format(file=filename))
    if class_name is None:
        if len(classes) > 1:
            raise ImportFailed(
                i18n.translate(
                    "PythonImport", "{file} defines {count} nn.Module classes: {classes}; choose one"
                ).format(file=filename, count=len(classes), classes=listing)
            )
        cls = classes[0]
    else:
        matches = [c for c in classes if c.name == class_name]
        if not matches:
            raise ImportFailed(
                i18n.translate("PythonImport", "{file} has no nn.Module class {name} (it has: {classes})").format(
                    file=filename, name=class_name, classes=listing
                )
            )
        cls = matches[-1]  # as Python does, a later definition replaces an earlier one
    try:
        return _import_class(tree, index, source, cls, names)
    except RecursionError:
        raise ImportFailed(
            i18n.translate("PythonImport", "{file}: expressions nested too deeply to read").format(file=filename)
        ) from None


def _parse(source: str, filename: str) -> ast.Module:
    try:
        return ast.parse(source, filename=filename)
    except SyntaxError as exc:
        if exc.lineno:
            message = i18n.translate("PythonImport", "{file} line {line}: syntax error: {reason}").format(
                file=filename, line=exc.lineno, reason=exc.msg
            )
        else:
            message = i18n.translate("PythonImport", "{file}: syntax error: {reason}").format(
                file=filename, reason=exc.msg
            )
        raise ImportFailed(message) from None
    except (RecursionError, MemoryError):  # the parser gives these no message of their own
        raise ImportFailed(
            i18n.translate("PythonImport", "{file} cannot be parsed as Python: expressions nested too deeply").format(
                file=filename
            )
        ) from None
    except ValueError as exc:  # null bytes
        raise ImportFailed(
            i18n.translate("PythonImport", "{file} cannot be parsed as Python: {reason}").format(
                file=filename, reason=str(exc) or i18n.translate("PythonImport", "invalid source")
            )
        ) from None


def _module_classes(tree: ast.Module, names: TorchNames) -> list[ast.ClassDef]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef) and any(names.nn_class(base) == "Module" for base in node.bases)
    ]


def _class_calls(index: FileIndex, class_name: str) -> list[ast.Call]:
    calls = [node for node in index.calls if isinstance(node.func, ast.Name) and node.func.id == class_name]
    return sorted(calls, key=lambda c: (c.lineno, c.col_offset))


def _import_class(
    tree: ast.Module, index: FileIndex, source: str, cls: ast.ClassDef, names: TorchNames
) -> ImportResult:
    calls = _class_calls(index, cls.name)
    functions = {s.name: s for s in tree.body if isinstance(s, ast.FunctionDef)}
    reader = ClassReader(cls, names, calls, constants(tree.body, AT_MODULE_LEVEL), functions)
    reader.read()
    result = ImportResult(cls.name, cls.lineno, None, reader.problems, reader.notes)
    problem = name_problem(cls.name, "class name")
    if problem:
        result.problems.append(ImportIssue(problem, cls.lineno))
    if result.problems:
        return result
    if _plain_chain(reader):
        block = flat_block(reader, index, source, calls)
    else:
        block = graph_block(reader, index, source, calls)
    if block is None or reader.problems:
        return result
    try:
        generate(block)
        block_from_dict(json.loads(block_to_json(block)))  # write only what load_block will load
    except (CodegenError, ProjectFileError) as exc:
        reader.problem(
            i18n.translate("PythonImport", "the imported block cannot be saved: {reason}").format(reason=exc),
            cls.lineno,
        )
        return result
    analysis = analyze(block)
    if analysis.error is not None:
        guess = (
            i18n.translate("PythonImport", " (a guess: the file shows no input)")
            if getattr(reader, "guessed_input", False)
            else ""
        )
        reader.note(
            i18n.translate("PythonImport", "the imported block does not run on input {shape}{guess}: {reason}").format(
                shape=tuple(block.input_shape), guess=guess, reason=analysis.error
            ),
            None,
        )
    result.block = block
    return result


def _plain_chain(reader: ClassReader) -> bool:
    """Whether forward calls registered modules one after another, each once, through one
    nn.Sequential or loose layers only: a flat block, editable as rows. Anything else (functional
    ops, several containers, reuse, adds, concat) is a graph block, which keeps it exactly."""
    forward = reader.forward
    if forward is None or forward.output is None or forward.output == UNKNOWN:
        return True  # the flat path reports what went wrong
    steps = forward.steps
    if any(step.op != "module" for step in steps) or [s.inputs for s in steps] != [[i] for i in range(len(steps))]:
        return False
    targets = [step.target for step in steps]
    if len(set(targets)) != len(targets):
        return False
    containers = [m for m in reader.modules.values() if isinstance(m, Container)]
    return not containers or len(reader.modules) == 1


# ---- command line: `python main.py import MODEL.py [--class NAME] [-o FILE.json]` ----------------


def add_import_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help=i18n.translate("PythonImport", "read an nn.Module from a .py file (never run) into a project file"),
    )
    parser.add_argument(
        "file",
        help=i18n.translate("PythonImport", "a Python file defining an nn.Module subclass; it is parsed, not executed"),
    )
    parser.add_argument(
        "--class",
        dest="class_name",
        help=i18n.translate("PythonImport", "the class to import when the file defines several"),
    )
    parser.add_argument(
        "-o",
        "--output",
        help=i18n.translate("PythonImport", "write the project file (.json) here instead of printing it"),
    )


def run_import(args: argparse.Namespace) -> int:
    """Import; problems -> one `error:` line and exit 2; notes -> `note:` lines on stderr."""
    out = Path(args.output) if args.output else None
    if out is not None and out.is_dir():
        return _fail(i18n.translate("PythonImport", "{file} is a folder; give a file name for -o").format(file=out))
    if out is not None and out.exists() and _same_file(out, Path(args.file)):
        return _fail(
            i18n.translate(
                "PythonImport",
                "-o {file} is the file being imported; writing there would replace it (give the project file another name)",  # noqa: E501
            ).format(file=out)
        )
    try:
        result = import_file(args.file, args.class_name)
    except ImportFailed as exc:
        return _fail(str(exc))
    if result.block is None:
        problems = "; ".join(str(p) for p in result.problems)
        return _fail(
            i18n.translate("PythonImport", "{name} (line {line}) cannot be imported: {problems}").format(
                name=result.class_name, line=result.line, problems=problems
            )
        )
    text = block_to_json(result.block)
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            write_text_atomic(out, text)
        except OSError as exc:
            return _fail(
                i18n.translate("PythonImport", "cannot write {file}: {reason}").format(
                    file=out, reason=exc.strerror or exc
                )
            )
    for note in result.notes:
        print(note_line(note), file=sys.stderr)
    return 0


def note_line(note: object) -> str:
    """ "note: NOTE", in the current language."""
    return i18n.translate("PythonImport", "note: {note}").format(note=note)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # also through symlinks and hard links
    except OSError:
        return False


def _fail(message: str) -> int:
    """Exactly one `error:` line, whatever the message quotes from the file."""
    line = i18n.translate("PythonImport", "error: {message}").format(message=" ".join(message.split()))
    print(line, file=sys.stderr)
    return EXIT_BAD_INPUT
