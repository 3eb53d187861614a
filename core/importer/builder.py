"""Unroll a builder function statically: VGG's `make_layers(cfg)` and its kin.

A builder starts an empty list, loops over a constant config (`for v in cfg:`), appends layers
(`layers += [nn.Conv2d(in_channels, v, 3, padding=1), nn.ReLU(inplace=True)]`,
`layers.append(...)`), updates constants (`in_channels = v`) and returns `nn.Sequential(*layers)`.
Nothing runs: each statement is read from the tree with the values the file fixes, and the
work is bounded (MAX_STATEMENTS statements, MAX_LAYERS layers), whatever the file says.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

from core import i18n
from core.importer.syntax import Container, LayerCall, source_of
from core.importer.values import Known, NotStatic
from core.model.block import MAX_LAYERS

if TYPE_CHECKING:
    from core.importer.layer_calls import LayerCallReader

MAX_STATEMENTS = 20_000  # statements run while unrolling one builder call


class NotUnrolled(Exception):
    """The builder does something this reader cannot follow; the message says what, with the line."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


class Builder:
    """Runs one builder's body over static values; layers go to lists, constants to the scope."""

    def __init__(self, layers: LayerCallReader, function: ast.FunctionDef, scope: dict[str, Any]) -> None:
        self.layers = layers
        self.reader = layers.reader
        self.function = function
        self.scope = scope  # the reader's locals while unrolling: Known, Alias, NotStatic
        self.objects: dict[str, LayerCall | list[LayerCall]] = {}
        self.count = 0
        self.result: Container | LayerCall | None = None
        self.attribute = function.name

    def handles(self, stmt: ast.stmt) -> bool:
        """Whether an __init__ statement builds a list of layers (read here, not by the reader)."""
        if isinstance(stmt, ast.For):
            return True
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            return stmt.target.id in self.objects
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            func = stmt.value.func
            return (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in self.objects
            )
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            value = stmt.value
            return isinstance(value, (ast.List, ast.Tuple)) and all(self._is_layer(e) for e in value.elts)
        return False

    def statement(self, stmt: ast.stmt) -> None:
        """Read one statement (raises NotUnrolled)."""
        self._body([stmt])

    def run(self, attribute: str) -> Container | LayerCall:
        self.attribute = attribute
        self._body([s for s in self.function.body if not _is_docstring(s)])
        if self.result is None:
            raise NotUnrolled(
                i18n.translate("ListBuilder", "{function} returns no module").format(function=self.function.name),
                self.function.lineno,
            )
        return self.result

    def _body(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if self.result is not None:
                return
            self.count += 1
            if self.count > MAX_STATEMENTS:
                raise NotUnrolled(
                    i18n.translate("ListBuilder", "{function} runs more than {count} statements").format(
                        function=self.function.name, count=f"{MAX_STATEMENTS:,}"
                    ),
                    stmt.lineno,
                )
            self._statement(stmt)

    def _statement(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if len(targets) == 1 and isinstance(targets[0], ast.Name) and stmt.value is not None:
                self._assign(targets[0].id, stmt.value)
                return
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and isinstance(stmt.op, ast.Add):
            self._extend(stmt.target.id, stmt.value, stmt.lineno)
            return
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            func = stmt.value.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.attr in ("append", "extend")
            ):
                args = stmt.value.args
                if len(args) == 1 and not stmt.value.keywords:
                    value = ast.List([args[0]]) if func.attr == "append" else args[0]
                    self._extend(func.value.id, value, stmt.lineno)
                    return
        elif isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Name) and not stmt.orelse:
            for item in self._known(stmt.iter, "loops over").value:
                self.scope[stmt.target.id] = Known(item)
                self._body(stmt.body)
            return
        elif isinstance(stmt, ast.If):
            self._body(stmt.body if self._known(stmt.test, "tests").value else stmt.orelse)
            return
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            self.result = self._returned(stmt.value)
            return
        elif isinstance(stmt, ast.Pass):
            return
        raise NotUnrolled(self._in_function(source_of(stmt)), stmt.lineno)

    def _in_function(self, code: str) -> str:
        """ "`CODE` in FUNCTION", in the current language."""
        return i18n.translate("ListBuilder", "`{code}` in {function}").format(code=code, function=self.function.name)

    def _known(self, node: ast.AST, what: str) -> Known:
        if what == "loops over" and _is_range(node) and "range" not in self.reader.functions:
            bounds = [self._known(a, "computes").value for a in node.args]  # type: ignore[attr-defined]
            if not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds):
                raise NotUnrolled(
                    i18n.translate("ListBuilder", "`{code}` in {function}: range of non-integers").format(
                        code=source_of(node), function=self.function.name
                    ),
                    node.lineno,  # type: ignore[attr-defined]
                )
            items = range(*bounds)
            if len(items) > MAX_STATEMENTS:
                raise NotUnrolled(
                    i18n.translate("ListBuilder", "`{code}` in {function} loops too often").format(
                        code=source_of(node), function=self.function.name
                    ),
                    node.lineno,  # type: ignore[attr-defined]
                )
            return Known(tuple(items))
        try:
            known = self.reader.evaluate(node)
        except NotStatic as exc:
            if what == "loops over":
                template = i18n.translate("ListBuilder", "{function} loops over `{code}`: {reason}")
            elif what == "tests":
                template = i18n.translate("ListBuilder", "{function} tests `{code}`: {reason}")
            else:
                template = i18n.translate("ListBuilder", "{function} computes `{code}`: {reason}")
            message = template.format(function=self.function.name, code=source_of(node), reason=exc)
            raise NotUnrolled(message, node.lineno) from None  # type: ignore[attr-defined]
        if what == "loops over" and not isinstance(known.value, tuple):
            raise NotUnrolled(
                i18n.translate("ListBuilder", "{function} loops over `{code}`, not a list").format(
                    function=self.function.name, code=source_of(node)
                ),
                node.lineno,  # type: ignore[attr-defined]
            )
        return known

    def _assign(self, name: str, value: ast.AST) -> None:
        if isinstance(value, (ast.List, ast.Tuple)) and all(self._is_layer(item) for item in value.elts):
            self.objects[name] = [self._layer(item) for item in value.elts]
            self.scope.pop(name, None)
        elif self._is_layer(value):
            self.objects[name] = self._layer(value)
            self.scope.pop(name, None)
        else:
            if _is_cast(value) and "cast" not in self.reader.functions:
                value = value.args[1]  # type: ignore[attr-defined]  # typing.cast(int, v) is v
            self.scope[name] = self._known(value, "computes")
            self.objects.pop(name, None)

    def _extend(self, name: str, value: ast.AST, line: int) -> None:
        target = self.objects.get(name)
        if not isinstance(target, list) or not isinstance(value, (ast.List, ast.Tuple)):
            raise NotUnrolled(self._in_function(f"{name} += {source_of(value)}"), line)
        target.extend(self._layer(item) for item in value.elts)
        if len(target) > MAX_LAYERS:
            raise NotUnrolled(
                i18n.translate("ListBuilder", "{function} builds more than {count} layers").format(
                    function=self.function.name, count=f"{MAX_LAYERS:,}"
                ),
                line,
            )

    def _is_layer(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return isinstance(self.objects.get(node.id), LayerCall)
        return isinstance(node, ast.Call) and self.reader.names.nn_class(node.func) not in (None, "Sequential")

    def _layer(self, node: ast.AST) -> LayerCall:
        if isinstance(node, ast.Name) and isinstance(self.objects.get(node.id), LayerCall):
            return self.objects[node.id]  # type: ignore[return-value]
        module = self.layers.module(node, self.attribute) if isinstance(node, ast.Call) else None
        if not isinstance(module, LayerCall):
            raise NotUnrolled(
                i18n.translate("ListBuilder", "`{code}` in {function} is not a layer").format(
                    code=source_of(node), function=self.function.name
                ),
                getattr(node, "lineno", None),
            )
        module.attribute = None
        return module

    def _returned(self, node: ast.AST) -> Container | LayerCall:
        if isinstance(node, ast.Call) and self.reader.names.nn_class(node.func) == "Sequential":
            args = node.args
            if len(args) == 1 and isinstance(args[0], ast.Starred) and isinstance(args[0].value, ast.Name):
                layers = self.objects.get(args[0].value.id)
                if isinstance(layers, list):
                    return Container(self.attribute, node.lineno, list(layers))
        if isinstance(node, ast.Name) and isinstance(self.objects.get(node.id), LayerCall):
            return self.objects[node.id]  # type: ignore[return-value]
        if self._is_layer(node):
            return self._layer(node)
        raise NotUnrolled(self._in_function(f"return {source_of(node)}"), getattr(node, "lineno", None))


def _is_range(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "range"
        and 1 <= len(node.args) <= 3
        and not node.keywords
    )


def _is_cast(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "cast"
        and len(node.args) == 2
        and not node.keywords
    )


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
