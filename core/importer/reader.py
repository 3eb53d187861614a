"""Read one nn.Module class's __init__ from a syntax tree: arguments, super call, registered modules.

Pure `ast` inspection: nothing is compiled or executed. Sizes may be constant arithmetic,
module constants, local variables or __init__ arguments (core/importer/values.py computes
them); `if` statements whose test the file decides are followed; weight-init calls are skipped
with a note. Everything else Block Studio cannot represent becomes an `ImportIssue` with its
line, and reading goes on so that every problem is listed at once. An __init__ argument with no
value in the file gets one by the documented rules of core/importer/python_import.py.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from core import i18n
from core.importer.forward_reader import ForwardReader
from core.importer.init_arguments import (
    FROM_INPUT,
    INFERRED,
    MISSING,
    ArgumentRules,
    Feeds,
    InitArgument,
    module_value,
)
from core.importer.layer_calls import LayerCallReader
from core.importer.syntax import Container, ImportIssue, LayerCall, TorchNames, dotted, source_of
from core.importer.values import IN_THE_CLASS, Known, NotStatic, StaticEvaluator, constants
from core.model.block import MAX_LAYERS

MAX_IF_DEPTH = 16
MAX_STATEMENTS = 2 * MAX_LAYERS  # __init__ or forward longer than this cannot be a block
HELPER_SCOPE = "<helper>"  # a key no Python name can be: marks a helper function's scope


class Reported(NotStatic):
    """A NotStatic whose problem is already listed: callers skip it without a second message."""


Module = LayerCall | Container


@dataclass
class Alias:
    """A helper's parameter: the caller's expression, evaluated in the caller's scope when used
    (so `conv3x3(in_planes, ...)` keeps in_planes an input size, as if written in place)."""

    node: ast.AST
    scope: dict[str, Any]


class ClassReader(ArgumentRules):
    """Reads __init__ and forward of one class; results in the public attributes."""

    def __init__(
        self,
        cls: ast.ClassDef,
        names: TorchNames,
        calls: list[ast.Call],
        module_values: dict[str, Known | NotStatic],
        functions: dict[str, ast.FunctionDef],
    ) -> None:
        self.cls = cls
        self.names = names
        self.calls = calls  # every `ClassName(...)` call in the file, in file order
        self.module_values = module_values
        self.class_values = constants([s for s in cls.body if not isinstance(s, ast.FunctionDef)], IN_THE_CLASS)
        self.functions = functions  # module-level helpers such as conv3x3(...)
        self.methods = {
            s.name: s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name not in ("__init__", "forward")
        }
        self.call_values: dict[str, tuple[Any, int]] = {}  # argument -> (value, line of the call)
        self.problems: list[ImportIssue] = []
        self.notes: list[ImportIssue] = []
        self.arguments: dict[str, InitArgument] = {}
        self.argument_values: dict[str, Any] = {}
        self.locals: dict[str, Known | NotStatic] = {}
        self.self_values: dict[str, Known | NotStatic | Alias] = {}  # self.<attr> = <value> (not a module)
        self.modules: dict[str, Module] = {}  # registered in this order (a reassignment keeps the slot)
        self.shared: set[str] = set()  # modules also registered inside a container
        self.failed_modules: set[str] = set()  # already reported: forward's calls of them stay quiet
        self.super_style = "omitted"
        self.self_name = "self"
        self.evaluator = StaticEvaluator(self._lookup, self._self_lookup)
        self.layer_reader = LayerCallReader(self)
        self.forward: ForwardReader | None = None
        self.list_builder: Any = None  # core.importer.builder.Builder over __init__, once reading it
        self._direct: tuple[ast.AST, Feeds, str] | None = None  # the bare name a layer parameter is

    def problem(self, what: str, line: int | None, detail: str = "") -> None:
        self.problems.append(ImportIssue(what, line, detail))

    def note(self, what: str, line: int | None, detail: str = "") -> None:
        self.notes.append(ImportIssue(what, line, detail))

    def read(self) -> None:
        for decorator in self.cls.decorator_list:
            self.note(
                i18n.translate("ImportReader", "class decorator @{code} is dropped").format(code=source_of(decorator)),
                decorator.lineno,
            )
        for keyword in self.cls.keywords:
            self.note(
                i18n.translate("ImportReader", "class keyword {code} is dropped").format(code=source_of(keyword)),
                keyword.value.lineno,
            )
        methods = {}
        for stmt in self.cls.body:
            if isinstance(stmt, ast.FunctionDef) and stmt.name in ("__init__", "forward"):
                methods[stmt.name] = stmt
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.note(
                    i18n.translate("ImportReader", "method {name} is not imported").format(name=stmt.name), stmt.lineno
                )
            elif not is_docstring(stmt) and not isinstance(stmt, ast.Pass):
                self.note(
                    i18n.translate("ImportReader", "class statement `{code}` is not imported").format(
                        code=source_of(stmt)
                    ),
                    stmt.lineno,
                )
        too_long = [m for m in methods.values() if len(m.body) > MAX_STATEMENTS]
        for method in too_long:  # refused before reading: a block holds at most MAX_LAYERS layers
            self.problem(
                i18n.translate("ImportReader", "{method} has {count} statements").format(
                    method=method.name, count=f"{len(method.body):,}"
                ),
                method.lineno,
                i18n.translate("ImportReader", "a block holds at most {count} layers").format(count=f"{MAX_LAYERS:,}"),
            )
        if too_long:
            return
        if "__init__" not in methods:
            self.problem(
                i18n.translate("ImportReader", "{name} has no __init__ that builds layers").format(name=self.cls.name),
                self.cls.lineno,
            )
        else:
            self._read_init(methods["__init__"])
        if "forward" not in methods:
            self.problem(
                i18n.translate("ImportReader", "{name} has no forward method").format(name=self.cls.name),
                self.cls.lineno,
            )
        else:
            self.forward = ForwardReader(self, methods["forward"])
            self.forward.read()
        # an argument met first as a size and later as a parameter got the parameter's value
        for layer in self.all_layers():
            value = layer.inferred
            if value is not None and value.value is FROM_INPUT and value.argument is not None:
                layer.inferred = type(value)(self.argument_values[value.argument], value.argument)

    def all_layers(self) -> list[LayerCall]:
        return [
            layer
            for module in self.modules.values()
            for layer in (module.layers if isinstance(module, Container) else [module])
        ]

    # ---- names and values --------------------------------------------------------------------

    def evaluate(self, node: ast.AST, feeds: Feeds = None, what: str = "") -> Known:
        """The value of `node` (NotStatic when the file does not fix it); a bare __init__ argument
        feeding a layer parameter (`what`, e.g. "Conv2d kernel_size") follows the value-less
        argument rules."""
        self._direct = (node, feeds, what)
        try:
            return self.evaluator.evaluate(node)
        finally:
            self._direct = None

    def _lookup(self, name: str, node: ast.AST) -> Known | None:
        if name in self.locals:
            found = self.locals[name]
            if isinstance(found, NotStatic):
                raise found
            if isinstance(found, Alias):
                return self._through_alias(found, node)
            return found
        if self.locals.get(HELPER_SCOPE):
            return module_value(self.module_values, name)  # a helper does not see __init__'s names
        if name in self.arguments:
            direct = self._direct is not None and self._direct[0] is node
            feeds = self._direct[1] if direct else None  # type: ignore[index]
            what = self._direct[2] if direct else f"`{name}`"  # type: ignore[index]
            value = self.argument_value(name, what, feeds)
            if value is MISSING:
                raise Reported(name)
            if value is FROM_INPUT and feeds is not INFERRED:
                value = self._registry_default(name, what, None)
                if value is MISSING:
                    raise Reported(name)
            return Known(value, name)
        return module_value(self.module_values, name)

    def _through_alias(self, alias: Alias, node: ast.AST) -> Known:
        saved_locals, saved_direct = self.locals, self._direct
        self.locals = alias.scope
        if saved_direct is not None and saved_direct[0] is node:
            self._direct = (alias.node, saved_direct[1], saved_direct[2])
        try:
            return self.evaluator.evaluate(alias.node)
        finally:
            self.locals, self._direct = saved_locals, saved_direct

    def _self_lookup(self, attribute: str, node: ast.AST) -> Known | None:
        found = self.self_values.get(attribute)
        if found is None and attribute not in self.modules:
            found = self.class_values.get(attribute)  # `self.expansion` reads the class attribute
        if isinstance(found, NotStatic):
            raise found
        if isinstance(found, Alias):
            return self._through_alias(found, node)
        return found

    # ---- __init__ ----------------------------------------------------------------------------

    def _read_init(self, init: ast.FunctionDef) -> None:
        args = init.args
        positional = args.posonlyargs + args.args
        if not positional:
            self.problem(i18n.translate("ImportReader", "__init__ has no self argument"), init.lineno)
            return
        self.self_name = self.evaluator.self_name = positional[0].arg
        defaults: list[ast.AST | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        for arg, default in list(zip(positional, defaults))[1:] + list(zip(args.kwonlyargs, args.kw_defaults)):
            self.arguments[arg.arg] = InitArgument(arg.arg, arg.lineno, default)
        self._read_call_sites([a.arg for a in positional[1:]])
        for extra in (args.vararg, args.kwarg):
            if extra is not None:
                self.note(
                    i18n.translate("ImportReader", "__init__ argument {name} (*args/**kwargs) is not kept").format(
                        name=extra.arg
                    ),
                    extra.lineno,
                )
        from core.importer.builder import Builder

        self.list_builder = Builder(self.layer_reader, init, self.locals)
        body = [s for s in init.body if not is_docstring(s)]
        for position, stmt in enumerate(body):
            if self._super_call(stmt):
                if position > 0:
                    self.note(
                        i18n.translate("ImportReader", "the super().__init__() call moves to the top of __init__"),
                        stmt.lineno,
                    )
                continue
            self._read_statement(stmt, 0)

    def _read_statement(self, stmt: ast.stmt, depth: int) -> None:
        if isinstance(stmt, ast.Pass):
            return
        if self.list_builder is not None and self.list_builder.handles(stmt):
            self._build_list(stmt)
            return
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if self._is_self_attr(target):
                self._read_assignment(target.attr, stmt.value, stmt.lineno)  # type: ignore[attr-defined]
                return
            if isinstance(target, ast.Name):
                self._read_local(target.id, stmt.value, stmt.lineno)
                return
        if isinstance(stmt, ast.If) and depth < MAX_IF_DEPTH:
            self._read_if(stmt, depth)
            return
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            self._read_call_statement(stmt.value, stmt.lineno)
            return
        self.problem(
            i18n.translate("ImportReader", "unsupported statement `{code}` in __init__").format(code=source_of(stmt)),
            stmt.lineno,
        )

    def _build_list(self, stmt: ast.stmt) -> None:
        """`layers = []`, `for v in cfg: layers += [...]`, `layers.append(...)` in __init__."""
        from core.importer.builder import NotUnrolled

        problems = len(self.problems)
        try:
            self.list_builder.statement(stmt)  # type: ignore[union-attr]
        except NotUnrolled as exc:
            if len(self.problems) == problems:
                self.problem(
                    str(exc),
                    exc.line,
                    i18n.translate("ImportReader", "__init__ may loop over constant lists and append layers"),
                )

    def _read_local(self, name: str, value: ast.AST, line: int) -> None:
        if isinstance(value, (ast.List, ast.Tuple)) and not value.elts and self.list_builder is not None:
            self.list_builder.objects[name] = []  # `layers = []`: filled by the statements after it
            self.locals.pop(name, None)
            return
        try:
            known = self.evaluate(value)
        except Reported as exc:
            self.locals[name] = Reported(str(exc))
            return
        except NotStatic as exc:
            # an error only if a size uses it: then the problem names this line
            self.locals[name] = NotStatic(
                i18n.translate(
                    "ImportReader", "local variable {name} (line {line}) is not a constant: {reason}"
                ).format(name=name, line=line, reason=exc)
            )
            return
        self.locals[name] = Known(known.value, known.argument, known.uses)
        self.note(
            i18n.translate("ImportReader", "local variable `{name} = {code}` is read as {value}").format(
                name=name, code=source_of(value), value=repr(known.value)
            ),
            line,
        )

    def _read_if(self, stmt: ast.If, depth: int) -> None:
        try:
            test = self.evaluate(stmt.test)
        except Reported:
            return
        except NotStatic as exc:
            self.problem(
                i18n.translate("ImportReader", "`{code}` in __init__").format(code=source_of(stmt)),
                stmt.lineno,
                i18n.translate("ImportReader", "its test is not fixed by the file: {reason}").format(reason=exc),
            )
            return
        taken = stmt.body if test.value else stmt.orelse
        uses = (
            i18n.translate("ImportReader", " (from {names})").format(names=", ".join(sorted(test.sources)))
            if test.sources
            else ""
        )
        if test.value:
            template = i18n.translate("ImportReader", "`{code}` runs: its test is {value}{uses}")
        elif not stmt.orelse:
            template = i18n.translate("ImportReader", "`{code}` is skipped: its test is {value}{uses}")
        else:
            template = i18n.translate("ImportReader", "`{code}` takes its else branch: its test is {value}{uses}")
        self.note(template.format(code=source_of(stmt), value=bool(test.value), uses=uses), stmt.lineno)
        for inner in taken:
            self._read_statement(inner, depth + 1)

    def _read_call_statement(self, call: ast.Call, line: int) -> None:
        name = dotted(call.func) or ""
        head = name.rpartition(".")[0]
        if head and any(head == f"{p}.init" for p in self.names.prefixes) or name in self.names.init_functions:
            self.note(
                i18n.translate("ImportReader", "weight initialisation `{code}` is not kept").format(
                    code=source_of(call)
                ),
                line,
                i18n.translate("ImportReader", "the imported block starts from torch's default initialisation"),
            )
        elif name == "print" or name in HARMLESS_CALLS:
            reason = HARMLESS_CALLS.get(name, "")
            self.note(_not_kept(call), line, i18n.translate("ImportReader", reason) if reason else "")
        elif name in self.functions and _does_nothing(self.functions[name]):
            self.note(
                _not_kept(call),
                line,
                i18n.translate("ImportReader", "{name} (line {line}) does nothing").format(
                    name=name, line=self.functions[name].lineno
                ),
            )
        else:
            self.problem(
                i18n.translate("ImportReader", "call `{code}` in __init__").format(code=source_of(call)),
                line,
                i18n.translate("ImportReader", "Block Studio cannot tell what it does without running it"),
            )

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
                self.problem(
                    i18n.translate("ImportReader", "super().__init__() with arguments is not supported"), stmt.lineno
                )
            elif not target.args:
                self.super_style = "super"
            elif [dotted(a) for a in target.args] == [self.cls.name, self.self_name]:
                self.super_style = "explicit"
            else:
                self.problem(
                    i18n.translate("ImportReader", "`{code}` does not name this class and self").format(
                        code=source_of(target)
                    ),
                    stmt.lineno,
                )
            return True
        if self.names.nn_class(target) == "Module":
            self.super_style = "super"
            self.note(
                i18n.translate("ImportReader", "`{code}` becomes super().__init__()").format(code=source_of(call)),
                stmt.lineno,
            )
            return True
        return False

    def is_self_attr(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == self.self_name

    _is_self_attr = is_self_attr

    def _read_assignment(self, attribute: str, value: ast.AST, line: int) -> None:
        if isinstance(value, ast.Name) and (value.id in self.arguments or isinstance(self.locals.get(value.id), Alias)):
            self.self_values[attribute] = Alias(value, self.locals)  # `self.k = k`: read where used
            return
        module = self.layer_reader.module(value, attribute)
        if module is not None:
            if attribute in self.modules:
                self.note(
                    i18n.translate("ImportReader", "self.{name} is assigned again").format(name=attribute),
                    line,
                    i18n.translate("ImportReader", "the later module replaces the first"),
                )
            self.modules[attribute] = module
            self.self_values.pop(attribute, None)
            return
        if self.layer_reader.reported:
            self.failed_modules.add(attribute)
            return
        try:
            known = self.evaluate(value)
        except Reported:
            return
        except NotStatic as exc:
            self.self_values[attribute] = NotStatic(
                i18n.translate("ImportReader", "self.{name} (line {line}) is not a constant: {reason}").format(
                    name=attribute, line=line, reason=exc
                )
            )
            self.note(_attribute_not_kept(attribute, value), line)
            return
        if attribute in self.modules:
            self.problem(
                i18n.translate("ImportReader", "self.{name} is a module and is then set to {code}").format(
                    name=attribute, code=source_of(value)
                ),
                line,
            )
            return
        self.self_values[attribute] = known
        if known.argument is None:
            self.note(_attribute_not_kept(attribute, value), line)


# calls in __init__ known not to change the module (by the name real files use)
# (the reasons are English, marked for the catalogue, translated where the note is made)
HARMLESS_CALLS = {
    "_log_api_usage_once": i18n.QT_TRANSLATE_NOOP(
        "ImportReader", "torchvision's API-usage logging; it does not change the module"
    )
}


def _not_kept(call: ast.Call) -> str:
    return i18n.translate("ImportReader", "`{code}` is not kept").format(code=source_of(call))


def _attribute_not_kept(attribute: str, value: ast.AST) -> str:
    return i18n.translate("ImportReader", "self.{name} = {code} is not part of the block and is not kept").format(
        name=attribute, code=source_of(value)
    )


def _does_nothing(function: ast.FunctionDef) -> bool:
    return all(is_docstring(s) or isinstance(s, ast.Pass) for s in function.body)


def is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
