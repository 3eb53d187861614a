"""Read one nn.Module class from a syntax tree: its __init__ arguments, super call, layers and forward.

Pure `ast` inspection: nothing is compiled or executed. Whatever falls outside the shapes Block
Studio can represent becomes an `ImportIssue` naming the line, never a guess. An `__init__`
argument with no value in the file gets one by the documented rules of core/importer/python_import.py, each
with a note naming its line.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from typing import Any

from core.importer.syntax import (
    UNMODELLED_DEFAULTS,
    ImportIssue,
    LayerCall,
    TorchNames,
    Value,
    dotted,
    literal,
    source_of,
    torch_signature,
)
from core.layers.params import ParamSpec
from core.layers.registry import LAYER_KINDS

# what an __init__ argument feeds, for the rules that give a value-less argument one:
# a ParamSpec (a layer parameter), INFERRED (in_channels/num_features/in_features) or None (other)
INFERRED = "inferred"
Feeds = ParamSpec | str | None


class _FromInput:
    """The value of an __init__ argument that only sets a size the input shape decides."""

    def __repr__(self) -> str:
        return "<from the input shape>"


FROM_INPUT = _FromInput()


@dataclass
class InitArgument:
    name: str
    line: int
    default: ast.AST | None
    used: bool = False


class ClassReader:
    """Reads __init__ and forward of one class; results in the public attributes."""

    def __init__(self, cls: ast.ClassDef, names: TorchNames, calls: list[ast.Call]) -> None:
        self.cls = cls
        self.names = names
        self.calls = calls  # every `ClassName(...)` call in the file, in file order
        self.call_values: dict[str, tuple[Any, int]] = {}  # argument -> (value, line of the call)
        self.problems: list[ImportIssue] = []
        self.notes: list[ImportIssue] = []
        self.arguments: dict[str, InitArgument] = {}
        self.argument_values: dict[str, Any] = {}
        self.stored: dict[str, str] = {}  # self.<attr> = <argument>
        self.super_style = "omitted"
        self.sequential: tuple[str, int] | None = None  # (attribute, line)
        self.layers: list[LayerCall] = []  # in construction order
        self.foreign: set[str] = set()  # attributes holding something already reported
        self.order: list[str] = []  # attributes forward calls, in order
        self.self_name = "self"

    def problem(self, what: str, line: int | None, detail: str = "") -> None:
        self.problems.append(ImportIssue(what, line, detail))

    def note(self, what: str, line: int | None, detail: str = "") -> None:
        self.notes.append(ImportIssue(what, line, detail))

    def read(self) -> None:
        for decorator in self.cls.decorator_list:
            self.problem(f"class decorator @{source_of(decorator)} is not supported", decorator.lineno)
        methods = {}
        for stmt in self.cls.body:
            if isinstance(stmt, ast.FunctionDef) and stmt.name in ("__init__", "forward"):
                methods[stmt.name] = stmt
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.note(f"method {stmt.name} is not imported", stmt.lineno)
            elif not _is_docstring(stmt) and not isinstance(stmt, ast.Pass):
                self.note(f"class statement `{source_of(stmt)}` is not imported", stmt.lineno)
        if "__init__" not in methods:
            self.problem(f"{self.cls.name} has no __init__ that builds layers", self.cls.lineno)
        else:
            self._read_init(methods["__init__"])
        if "forward" not in methods:
            self.problem(f"{self.cls.name} has no forward method", self.cls.lineno)
        else:
            self._read_forward(methods["forward"])
        # an argument met first as a size and later as a parameter got the parameter's value
        for layer in self.layers:
            value = layer.inferred
            if value is not None and value.value is FROM_INPUT and value.argument is not None:
                layer.inferred = Value(self.argument_values[value.argument], value.argument)

    # ---- __init__ ------------------------------------------------------------------------

    def _read_init(self, init: ast.FunctionDef) -> None:
        args = init.args
        positional = args.posonlyargs + args.args
        if not positional:
            self.problem("__init__ has no self argument", init.lineno)
            return
        self.self_name = positional[0].arg
        defaults: list[ast.AST | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        for arg, default in list(zip(positional, defaults))[1:] + list(zip(args.kwonlyargs, args.kw_defaults)):
            self.arguments[arg.arg] = InitArgument(arg.arg, arg.lineno, default)
        self._read_call_sites([a.arg for a in positional[1:]])
        for extra in (args.vararg, args.kwarg):
            if extra is not None:
                self.note(f"__init__ argument {extra.arg} (*args/**kwargs) is not kept", extra.lineno)
        body = [s for s in init.body if not _is_docstring(s)]
        for position, stmt in enumerate(body):
            if self._super_call(stmt):
                if position > 0:
                    self.note("the super().__init__() call moves to the top of __init__", stmt.lineno)
                continue
            if isinstance(stmt, ast.Pass):
                continue
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and self._is_self_attr(stmt.targets[0]):
                self._read_assignment(stmt.targets[0].attr, stmt.value, stmt.lineno)  # type: ignore[attr-defined]
                continue
            self.problem(f"unsupported statement `{source_of(stmt)}` in __init__", stmt.lineno)

    def _read_call_sites(self, positional: list[str]) -> None:
        """Literal values that calls such as `ConvBlock(3, 1, 1, 2, 2)` give; the first call wins."""
        for call in self.calls:
            plain = list(itertools.takewhile(lambda a: not isinstance(a, ast.Starred), call.args))
            given = list(zip(positional, plain)) + [(k.arg, k.value) for k in call.keywords if k.arg]
            for name, node in given:
                if name in self.arguments and name not in self.call_values:
                    try:
                        self.call_values[name] = (literal(node), call.lineno)
                    except ValueError:
                        pass

    def _super_call(self, stmt: ast.stmt) -> bool:
        if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
            return False
        call = stmt.value
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr == "__init__"):
            return False
        target = func.value
        if isinstance(target, ast.Call) and isinstance(target.func, ast.Name) and target.func.id == "super":
            if call.args or call.keywords:
                self.problem("super().__init__() with arguments is not supported", stmt.lineno)
            elif not target.args:
                self.super_style = "super"
            elif [dotted(a) for a in target.args] == [self.cls.name, self.self_name]:
                self.super_style = "explicit"
            else:
                self.problem(f"`{source_of(target)}` does not name this class and self", stmt.lineno)
            return True
        if self.names.nn_class(target) == "Module":
            self.super_style = "super"
            self.note(f"`{source_of(call)}` becomes super().__init__()", stmt.lineno)
            return True
        return False

    def _is_self_attr(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == self.self_name

    def _read_assignment(self, attribute: str, value: ast.AST, line: int) -> None:
        if isinstance(value, ast.Name) and value.id in self.arguments:
            self.stored[attribute] = value.id
            return
        if not isinstance(value, ast.Call):
            self.foreign.add(attribute)
            self.note(f"self.{attribute} = {source_of(value)} is not part of the block and is not kept", line)
            return
        name = self.names.nn_class(value.func)
        if name == "Sequential":
            if self.sequential is not None:
                self.problem("a second nn.Sequential is not supported", line, "a block has one container")
                return
            self.sequential = (attribute, line)
            if value.keywords:
                self.problem("nn.Sequential with keyword arguments is not supported", line)
            for item in value.args:
                self._read_layer(item, None)
            return
        if name is not None and name in LAYER_KINDS:
            self._read_layer(value, attribute)
            return
        self.foreign.add(attribute)
        if name is not None:
            self.problem(f"unsupported layer {name}", line, f"Block Studio builds {', '.join(LAYER_KINDS)}")
        else:
            self.problem(f"self.{attribute} = {source_of(value)} is not a torch.nn layer", line)

    def _read_layer(self, node: ast.AST, attribute: str | None) -> None:
        line = getattr(node, "lineno", None)
        name = self.names.nn_class(node.func) if isinstance(node, ast.Call) else None
        if name is None or not isinstance(node, ast.Call):
            self.problem(f"`{source_of(node)}` is not a torch.nn layer call", line)
            return
        if name not in LAYER_KINDS:
            what = "nn.Sequential inside nn.Sequential" if name == "Sequential" else f"unsupported layer {name}"
            self.problem(what, line, "" if name == "Sequential" else f"Block Studio builds {', '.join(LAYER_KINDS)}")
            return
        kind = LAYER_KINDS[name]
        signature = torch_signature(kind)
        given: dict[str, ast.expr] = {}
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            self.problem(f"{name} with *args or **kwargs is not supported", line)
            return
        if len(node.args) > len(signature):
            self.problem(f"{name} takes at most {len(signature)} positional arguments, got {len(node.args)}", line)
            return
        for param, arg in zip(signature, node.args):
            given[param] = arg
        for keyword in node.keywords:
            if keyword.arg not in signature and keyword.arg not in kind.spec_by_name:
                self.problem(f"{name} has no argument {keyword.arg}", line)
                return
            if keyword.arg in given:
                self.problem(f"{name} gets {keyword.arg} twice", line)
                return
            given[keyword.arg] = keyword.value  # type: ignore[index]
        layer = LayerCall(name, line or 0, attribute)
        failed = False
        for param, arg in given.items():
            if param in kind.inferred:
                feeds: Feeds = INFERRED
            elif param in UNMODELLED_DEFAULTS:
                feeds = None
            else:
                feeds = kind.spec_by_name[param]
            value = self._value(arg, f"{name} {param}", feeds)
            if value is None:
                failed = True
                continue
            if param in kind.inferred:
                layer.inferred = value
            elif param in UNMODELLED_DEFAULTS:
                if value.argument is not None or value.value != UNMODELLED_DEFAULTS[param]:
                    self.problem(f"{name} {param}={source_of(arg)} is not supported", line)
            else:
                try:
                    checked = kind.spec_by_name[param].check(value.value)
                except ValueError as exc:
                    what = f"{name} {param}" + (f" (argument {value.argument})" if value.argument else "")
                    self.problem(what, line, str(exc))
                    failed = True
                    continue
                layer.params[param] = Value(checked, value.argument)
        required = [*kind.inferred, *(s.name for s in kind.params if s.required)]
        for param in required:
            if param not in given:
                self.problem(f"{name} needs {param}", line)
                failed = True
        if not failed:
            self.layers.append(layer)

    def _value(self, node: ast.AST, what: str, feeds: Feeds = None) -> Value | None:
        """A literal, an __init__ argument, or self.<attr> holding one; None after a problem."""
        argument = None
        if isinstance(node, ast.Name) and node.id in self.arguments:
            argument = node.id
        elif self._is_self_attr(node) and node.attr in self.stored:  # type: ignore[attr-defined]
            argument = self.stored[node.attr]  # type: ignore[attr-defined]
        if argument is None:
            try:
                return Value(literal(node))
            except ValueError:
                self.problem(
                    f"{what} = {source_of(node)}",
                    getattr(node, "lineno", None),
                    "not a literal or an __init__ argument",
                )
                return None
        value = self.argument_value(argument, what, feeds)
        return None if value is _MISSING else Value(value, argument)

    def argument_value(self, name: str, what: str = "", feeds: Feeds = None) -> Any:
        """The argument's default, else the value a call in the file gives it, else (see
        core/importer/python_import.py) the default of the layer parameter it feeds, or FROM_INPUT while it has
        only fed a size the input shape decides; one problem when none of these applies."""
        if name in self.argument_values:
            known = self.argument_values[name]
            if known is FROM_INPUT and feeds is not INFERRED:
                return self._registry_default(name, what, feeds)
            return known
        arg = self.arguments[name]
        arg.used = True
        value: Any = _MISSING
        if arg.default is not None:
            try:
                value = literal(arg.default)
            except ValueError:
                self.problem(f"argument {name} has default {source_of(arg.default)}", arg.line, "not a literal")
        elif name in self.call_values:
            value, call_line = self.call_values[name]
            self.note(
                f"argument {name} has no default", arg.line, f"it gets {value!r} from the call at line {call_line}"
            )
        elif feeds is INFERRED:
            value = FROM_INPUT  # importer.py notes it once the input shape is known
        else:
            return self._registry_default(name, what, feeds)
        self.argument_values[name] = value
        return value

    def _registry_default(self, name: str, what: str, feeds: Feeds) -> Any:
        """A value-less argument feeding a layer parameter takes that parameter's default, with a note."""
        arg = self.arguments[name]
        value: Any = _MISSING
        if isinstance(feeds, ParamSpec):
            value = feeds.default
            self.note(
                f"argument {name} has no default",
                arg.line,
                f"no call in the file gives it a value, so it takes Block Studio's default for {what}: {value!r}",
            )
        else:
            self.problem(
                f"argument {name} has no default",
                arg.line,
                f"give it one, or instantiate {self.cls.name}(...) with literal values in the file",
            )
        self.argument_values[name] = value
        return value

    # ---- forward -------------------------------------------------------------------------

    def _read_forward(self, forward: ast.FunctionDef) -> None:
        args = forward.args
        inputs = args.posonlyargs + args.args
        if len(inputs) != 2 or args.vararg or args.kwarg or args.kwonlyargs or args.defaults:
            self.problem("forward must take exactly one input: forward(self, x)", forward.lineno)
            return
        self_name = inputs[0].arg
        bound: dict[str, list[str]] = {inputs[1].arg: []}
        body = [s for s in forward.body if not _is_docstring(s)]
        for stmt in body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                chain = self._chain(stmt.value, bound, self_name)
                if chain is None:
                    return
                bound[stmt.targets[0].id] = chain
            elif isinstance(stmt, ast.Return) and stmt is body[-1] and stmt.value is not None:
                chain = self._chain(stmt.value, bound, self_name)
                if chain is not None:
                    self.order = chain
                return
            else:
                self.problem(
                    f"unsupported statement `{source_of(stmt)}` in forward",
                    stmt.lineno,
                    "forward may only call the layers one after another",
                )
                return
        self.problem("forward does not end with a return", forward.lineno)

    def _chain(self, node: ast.AST, bound: dict[str, list[str]], self_name: str) -> list[str] | None:
        """The attributes applied, in order, to forward's input to compute `node`."""
        if isinstance(node, ast.Name) and node.id in bound:
            return bound[node.id]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == self_name
            and len(node.args) == 1
            and not node.keywords
        ):
            inner = self._chain(node.args[0], bound, self_name)
            return None if inner is None else [*inner, node.func.attr]
        self.problem(
            f"`{source_of(node)}` in forward is not supported",
            getattr(node, "lineno", None),
            "forward may only call the layers one after another",
        )
        return None


_MISSING = object()


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
