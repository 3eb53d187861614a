"""Constant values read from a model file by walking its syntax tree: never `eval`, never `exec`.

`16 * 5 * 5`, `ndf * 2`, `1 - self.keep_prob`, `100 if cifar100 else 10`: real model files
compute their sizes. `StaticEvaluator` computes exactly the expressions whose value is fixed by
the file itself (literals, module constants, __init__ arguments with a value, local variables),
with every magnitude bounded *before* the operation runs, so `2 ** 10 ** 10` is refused at once
instead of hanging the app. Anything else raises `NotStatic` with the reason in words.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core import i18n
from core.importer.syntax import source_of

MAX_INT_BITS = 64  # sizes are far smaller; anything bigger is refused before it is computed
MAX_FLOAT = 1e30
MAX_TUPLE = 64  # a literal tuple of sizes has a handful of items
PRIMITIVES = (int, float, str, bool, type(None))


class NotStatic(Exception):
    """The expression's value is not fixed by the file; the message says why, in words."""


@dataclass(frozen=True)
class Known:
    """A value fixed by the file. `argument`: it *is* this __init__ argument (kept as one);
    `uses`: the __init__ arguments it was computed from (their values are baked in)."""

    value: Any
    argument: str | None = None
    uses: frozenset[str] = frozenset()

    @property
    def sources(self) -> frozenset[str]:
        return self.uses | {self.argument} if self.argument else self.uses


# name -> its value; raises NotStatic (or returns None: not a name this scope knows)
NameLookup = Callable[[str, ast.AST], Known | None]

_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_COMPARE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}


class StaticEvaluator:
    """Evaluates constant expressions; names are resolved by `lookup` (module, __init__, helper)."""

    def __init__(self, lookup: NameLookup, self_lookup: Callable[[str, ast.AST], Known | None] | None = None) -> None:
        self.lookup = lookup
        self.self_lookup = self_lookup  # self.<attr> in __init__: values stored earlier
        self.self_name: str | None = None

    def evaluate(self, node: ast.AST) -> Known:
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, PRIMITIVES):  # bytes, Ellipsis, complex
                raise NotStatic(
                    i18n.translate("ImportValues", "`{code}` is not a number, string, bool or None").format(
                        code=source_of(node)
                    )
                )
            return Known(node.value)
        if isinstance(node, ast.Name):
            found = self.lookup(node.id, node)
            if found is None:
                raise NotStatic(
                    i18n.translate("ImportValues", "`{name}` is not a constant the file defines").format(name=node.id)
                )
            return found
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == self.self_name:
            found = self.self_lookup(node.attr, node) if self.self_lookup else None
            if found is None:
                raise NotStatic(
                    i18n.translate("ImportValues", "`{code}` holds no value __init__ set before this line").format(
                        code=source_of(node)
                    )
                )
            return found
        if isinstance(node, (ast.Tuple, ast.List)):
            if len(node.elts) > MAX_TUPLE:
                raise NotStatic(
                    i18n.translate("ImportValues", "a literal of {count} items is too long to be a size").format(
                        count=len(node.elts)
                    )
                )
            items = [self.evaluate(item) for item in node.elts]
            return Known(tuple(i.value for i in items), None, _uses(items))
        if isinstance(node, ast.Dict) and None not in node.keys:
            if len(node.keys) > MAX_TUPLE:
                raise NotStatic(
                    i18n.translate("ImportValues", "a literal of {count} items is too long to be a config").format(
                        count=len(node.keys)
                    )
                )
            keys = [self.evaluate(k) for k in node.keys]  # type: ignore[arg-type]
            values = [self.evaluate(v) for v in node.values]
            return Known(dict(zip((k.value for k in keys), (v.value for v in values))), None, _uses(keys + values))
        if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
            container, key = self.evaluate(node.value), self.evaluate(node.slice)
            try:
                value = container.value[key.value]
            except (KeyError, IndexError, TypeError):
                raise NotStatic(
                    i18n.translate("ImportValues", "`{code}` has no such item").format(code=source_of(node))
                ) from None
            return Known(value, None, container.sources | key.sources)
        if isinstance(node, ast.UnaryOp):
            return self._unary(node)
        if isinstance(node, ast.BinOp):
            return self._binary(node)
        if isinstance(node, ast.BoolOp):
            return self._bool(node)
        if isinstance(node, ast.Compare):
            return self._compare(node)
        if isinstance(node, ast.IfExp):
            test = self.evaluate(node.test)
            chosen = self.evaluate(node.body if test.value else node.orelse)
            return Known(chosen.value, None, test.sources | chosen.sources)
        raise NotStatic(
            i18n.translate("ImportValues", "`{code}` is not a constant expression").format(code=source_of(node))
        )

    def _unary(self, node: ast.UnaryOp) -> Known:
        inner = self.evaluate(node.operand)
        if isinstance(node.op, ast.Not):
            return Known(not inner.value, None, inner.sources)
        if not _is_number(inner.value) or isinstance(node.op, ast.Invert):
            raise NotStatic(_not_arithmetic(node))
        value = -inner.value if isinstance(node.op, ast.USub) else +inner.value
        return Known(value, None, inner.sources)

    def _binary(self, node: ast.BinOp) -> Known:
        op = _BINARY.get(type(node.op))
        if op is None:
            raise NotStatic(
                i18n.translate("ImportValues", "`{code}`: only + - * / // % ** are computed").format(
                    code=source_of(node)
                )
            )
        left, right = self.evaluate(node.left), self.evaluate(node.right)
        a, b = left.value, right.value
        if not (_is_number(a) and _is_number(b)):
            raise NotStatic(_not_arithmetic(node))
        _refuse_huge(node, a, b)
        try:
            value = op(a, b)
        except ZeroDivisionError:
            raise NotStatic(
                i18n.translate("ImportValues", "`{code}` divides by zero").format(code=source_of(node))
            ) from None
        except OverflowError:
            raise NotStatic(_too_large(node)) from None
        if isinstance(value, complex):
            raise NotStatic(
                i18n.translate("ImportValues", "`{code}` is not a real number").format(code=source_of(node))
            )
        if not _in_bounds(value):
            raise NotStatic(_too_large(node))
        return Known(value, None, left.sources | right.sources)

    def _bool(self, node: ast.BoolOp) -> Known:
        uses: frozenset[str] = frozenset()
        value: Any = None
        for item in node.values:  # Python's short circuit: the value that decides is the result
            known = self.evaluate(item)
            uses |= known.sources
            value = known.value
            if bool(value) == isinstance(node.op, ast.Or):
                break
        return Known(value, None, uses)

    def _compare(self, node: ast.Compare) -> Known:
        left = self.evaluate(node.left)
        uses = left.sources
        result = True
        for op_node, right_node in zip(node.ops, node.comparators):
            op = _COMPARE.get(type(op_node))
            if op is None:
                raise NotStatic(
                    i18n.translate("ImportValues", "`{code}`: `in` tests are not computed").format(code=source_of(node))
                )
            right = self.evaluate(right_node)
            uses |= right.sources
            try:
                result = bool(op(left.value, right.value))
            except TypeError:
                raise NotStatic(
                    i18n.translate("ImportValues", "`{code}` compares values of different kinds").format(
                        code=source_of(node)
                    )
                ) from None
            if not result:
                break
            left = right
        return Known(result, None, uses)


def _not_arithmetic(node: ast.AST) -> str:
    return i18n.translate("ImportValues", "`{code}` is not arithmetic on numbers").format(code=source_of(node))


def _too_large(node: ast.AST) -> str:
    return i18n.translate("ImportValues", "`{code}` is too large to be a size").format(code=source_of(node))


def _uses(items: list[Known]) -> frozenset[str]:
    return frozenset().union(*(i.sources for i in items)) if items else frozenset()


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float))


def _in_bounds(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value) and abs(value) <= MAX_FLOAT
    return abs(value).bit_length() <= MAX_INT_BITS


def _refuse_huge(node: ast.BinOp, a: Any, b: Any) -> None:
    """Refuse, before computing it, a product or power whose result could not be a size."""
    too_big = NotStatic(_too_large(node))
    if isinstance(node.op, ast.Mult) and isinstance(a, int) and isinstance(b, int):
        if abs(a).bit_length() + abs(b).bit_length() > MAX_INT_BITS + 1:
            raise too_big
    if isinstance(node.op, ast.Pow):
        if isinstance(b, int) and b > 0 and abs(a) > 1 and b * max(1.0, math.log2(abs(a))) > MAX_INT_BITS + 1:
            raise too_big
        if isinstance(b, float) and abs(a) > 1 and b * math.log2(abs(a)) > 100:
            raise too_big


# where `constants` reads, for its messages (translated where a message is made)
AT_MODULE_LEVEL = i18n.QT_TRANSLATE_NOOP("ImportValues", "at module level")
IN_THE_CLASS = i18n.QT_TRANSLATE_NOOP("ImportValues", "in the class")


def constants(body: list[ast.stmt], where: str) -> dict[str, Known | NotStatic]:
    """Names a module (or class body) binds once to a constant, e.g. `ndf = 64`, `expansion = 4`.
    `where` is AT_MODULE_LEVEL or IN_THE_CLASS (English; translated in each message).

    Read top to bottom, each may use the ones before it. A name bound twice, or bound by def,
    class or import, maps to NotStatic saying so (an error only if a size uses it)."""
    table: dict[str, Known | NotStatic] = {}
    lines: dict[str, int] = {}

    def lookup(name: str, node: ast.AST) -> Known | None:
        found = table.get(name)
        if isinstance(found, NotStatic):
            raise found
        return found

    evaluator = StaticEvaluator(lookup)
    for stmt in body:
        for name, value in _bindings(stmt):
            if name in lines:
                table[name] = NotStatic(
                    i18n.translate(
                        "ImportValues", "`{name}` is bound more than once {where} (lines {first} and {second})"
                    ).format(
                        name=name, where=i18n.translate("ImportValues", where), first=lines[name], second=stmt.lineno
                    )
                )
                continue
            lines[name] = stmt.lineno
            if value is None:
                table[name] = NotStatic(
                    i18n.translate("ImportValues", "`{name}` {where} (line {line}) is not a constant").format(
                        name=name, where=i18n.translate("ImportValues", where), line=stmt.lineno
                    )
                )
                continue
            try:
                table[name] = evaluator.evaluate(value)
            except NotStatic as exc:
                table[name] = NotStatic(
                    i18n.translate("ImportValues", "`{name}` {where} (line {line}) is not a constant: {reason}").format(
                        name=name, where=i18n.translate("ImportValues", where), line=stmt.lineno, reason=exc
                    )
                )
    return table


def _bindings(stmt: ast.stmt) -> list[tuple[str, ast.expr | None]]:
    """(name, value node or None when not a plain constant assignment) for each name `stmt` binds."""
    if isinstance(stmt, ast.Assign):
        if len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            return [(stmt.targets[0].id, stmt.value)]
        return [(n.id, None) for t in stmt.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return [(stmt.target.id, stmt.value)]
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
        return [(stmt.target.id, None)]
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [(stmt.name, None)]
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return [((a.asname or a.name).split(".")[0], None) for a in stmt.names if a.name != "*"]
    return []
