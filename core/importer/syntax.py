"""Syntax helpers for importing Python model files: literals, dotted names, torch.nn aliases.

Everything here reads `ast` nodes; nothing is compiled or executed.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from core import i18n
from core.layers.registry import LAYER_KINDS, LayerKind

# torch's constructor signatures, in positional order (checked against the installed torch by
# tests/core/test_importer.py). A kind missing here falls back to inferred + registry order.
TORCH_SIGNATURES: dict[str, tuple[str, ...]] = {
    "Conv2d": (
        "in_channels",
        "out_channels",
        "kernel_size",
        "stride",
        "padding",
        "dilation",
        "groups",
        "bias",
        "padding_mode",
        "device",
        "dtype",
    ),
    "BatchNorm2d": ("num_features", "eps", "momentum", "affine", "track_running_stats", "device", "dtype"),
    "ReLU": ("inplace",),
    "MaxPool2d": ("kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"),
    "AvgPool2d": ("kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"),
}
# torch arguments a Block does not model: accepted only at torch's default, which changes nothing
UNMODELLED_DEFAULTS: dict[str, Any] = {"device": None, "dtype": None, "return_indices": False, "divisor_override": None}


def torch_signature(kind: LayerKind) -> tuple[str, ...]:
    return TORCH_SIGNATURES.get(kind.name, kind.inferred + tuple(s.name for s in kind.params))


@dataclass(frozen=True)
class ImportIssue:
    """Something in the file, and the line it is on."""

    what: str
    line: int | None = None
    detail: str = ""

    def __str__(self) -> str:
        if self.line is None:
            text = self.what
        else:
            text = i18n.translate("ImportIssue", "{what} at line {line}").format(what=self.what, line=self.line)
        return f"{text}: {self.detail}" if self.detail else text


@dataclass(frozen=True)
class Value:
    """A constructor value: a literal, or an __init__ argument (then `value` is its default)."""

    value: Any
    argument: str | None = None


@dataclass
class LayerCall:
    kind: str
    line: int
    attribute: str | None  # the self.<name> it is assigned to (attribute container)
    inferred: Value | None = None  # in_channels / num_features as written
    params: dict[str, Value] = field(default_factory=dict)
    name: str | None = None  # its key inside nn.Sequential(OrderedDict(...))
    alias: str | None = None  # `self.fc1` listed in a Sequential: the module registered as self.fc1


@dataclass
class Container:
    """`self.<attribute> = nn.Sequential(...)`: its layers in order (empty: passes its input through)."""

    attribute: str
    line: int
    layers: list[LayerCall] = field(default_factory=list)
    named: bool = False  # built from an OrderedDict: the layers carry names


def source_of(node: ast.AST, limit: int = 60) -> str:
    """The node's source on one line (an `if` block shows its first line), at most `limit` characters."""
    if isinstance(node, (ast.If, ast.While)):
        head = f"{'if' if isinstance(node, ast.If) else 'while'} {ast.unparse(node.test)}:"
    elif isinstance(node, (ast.For, ast.AsyncFor)):
        head = f"for {ast.unparse(node.target)} in {ast.unparse(node.iter)}:"
    elif isinstance(node, (ast.With, ast.AsyncWith, ast.Try, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        head = ast.unparse(node).split("\n", 1)[0]
    else:
        head = ast.unparse(node)
    text = " ".join(head.split())  # no newline from the file ever reaches a one-line message
    return text if len(text) <= limit else text[: limit - 3] + "..."


def dotted(node: ast.AST) -> str | None:
    """`a.b.c` for a chain of names and attributes, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = dotted(node.value)
        return f"{head}.{node.attr}" if head else None
    return None


def literal(node: ast.AST) -> Any:
    """The value of a literal number/bool/None/string or tuple of them; ValueError otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, type(None))):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = literal(node.operand)
        if isinstance(inner, (int, float)) and not isinstance(inner, bool):
            return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(literal(item) for item in node.elts)
    raise ValueError(source_of(node))


@dataclass
class FileIndex:
    """The calls, assignments and imports of a file, gathered in one walk of its tree: every
    later question is a pass over one of these lists, so import stays linear in the file's size."""

    calls: list[ast.Call] = field(default_factory=list)
    assigns: list[ast.Assign] = field(default_factory=list)
    imports: list[ast.Import | ast.ImportFrom] = field(default_factory=list)

    @classmethod
    def of(cls, tree: ast.Module) -> FileIndex:
        index = cls()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                index.calls.append(node)
            elif isinstance(node, ast.Assign):
                index.assigns.append(node)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                index.imports.append(node)
        return index


class TorchNames:
    """Which names in the file mean torch.nn, from its import statements."""

    def __init__(self, tree: ast.Module, index: FileIndex | None = None) -> None:
        self.prefixes = {"nn", "torch.nn"}  # the universal convention, even without an import
        self.torch = {"torch"}  # names of the torch module itself
        self.functional = {"F", "torch.nn.functional", "nn.functional"}  # torch.nn.functional
        self.direct: dict[str, str] = {}
        self.init_functions: set[str] = set()  # `from torch.nn.init import xavier_uniform_`
        self.star = False
        for node in (index or FileIndex.of(tree)).imports:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "torch.nn":
                        self.prefixes.add(alias.asname or "torch.nn")
                    elif alias.name == "torch":
                        self.prefixes.add(f"{alias.asname or 'torch'}.nn")
                        self.functional.add(f"{alias.asname or 'torch'}.nn.functional")
                        self.torch.add(alias.asname or "torch")
                    elif alias.name == "torch.nn.functional":
                        self.functional.add(alias.asname or "torch.nn.functional")
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                for alias in node.names:
                    if node.module == "torch" and alias.name == "nn":
                        self.prefixes.add(alias.asname or "nn")
                        self.functional.add(f"{alias.asname or 'nn'}.functional")
                    elif node.module == "torch.nn" and alias.name == "functional":
                        self.functional.add(alias.asname or "functional")
                    elif node.module == "torch.nn" and alias.name == "*":
                        self.star = True
                    elif node.module == "torch.nn":
                        self.direct[alias.asname or alias.name] = alias.name
                    elif node.module == "torch.nn.init":
                        self.init_functions.add(alias.asname or alias.name)

    def function(self, node: ast.AST) -> str | None:
        """`F.relu` -> "F.relu", `torch.flatten` -> "torch.flatten" (canonical prefixes), else None."""
        name = dotted(node)
        if name is None:
            return None
        prefix, _, last = name.rpartition(".")
        if prefix in self.functional:
            return f"F.{last}"
        if prefix in self.torch:
            return f"torch.{last}"
        return None

    def nn_class(self, node: ast.AST) -> str | None:
        """The torch.nn class a callee or base names (`nn.Conv2d` -> "Conv2d"), else None."""
        name = dotted(node)
        if name is None:
            return None
        prefix, _, last = name.rpartition(".")
        if prefix:
            return last if prefix in self.prefixes else None
        if name in self.direct:
            return self.direct[name]
        return name if self.star and (name in LAYER_KINDS or name in ("Module", "Sequential")) else None
