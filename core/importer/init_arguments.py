"""The documented rules that give an __init__ argument its value (see core/importer/python_import.py):
its default, else the first call of the class in the file, else the default of the layer
parameter it feeds, or, for a size the input decides (in_channels, ...), the input shape.
Each rule taken is a note with the argument's line; when none applies, one problem.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from typing import Any

from core import i18n
from core.importer.syntax import ImportIssue, source_of
from core.importer.values import Known, NotStatic, StaticEvaluator
from core.layers.params import ParamSpec

# what an __init__ argument feeds, for the rules that give a value-less argument one:
# a ParamSpec (a layer parameter), INFERRED (in_channels/num_features/in_features) or None (other)
INFERRED = "inferred"
Feeds = ParamSpec | str | None
MISSING = object()  # an argument whose problem is listed: it has no value


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


def no_default(name: str) -> str:
    """ "argument NAME has no default", in the current language (also used by flat_chain, graph_block)."""
    return i18n.translate("InitArguments", "argument {name} has no default").format(name=name)


def module_value(table: dict[str, Known | NotStatic], name: str) -> Known | None:
    found = table.get(name)
    if isinstance(found, NotStatic):
        raise found
    return found


class ArgumentRules:
    """Mixed into ClassReader: the value of each __init__ argument, found once."""

    arguments: dict[str, InitArgument]
    argument_values: dict[str, Any]
    call_values: dict[str, tuple[Any, int]]
    calls: list[ast.Call]
    module_values: dict[str, Known | NotStatic]
    cls: ast.ClassDef
    problems: list[ImportIssue]

    def problem(self, what: str, line: int | None, detail: str = "") -> None:
        raise NotImplementedError

    def note(self, what: str, line: int | None, detail: str = "") -> None:
        raise NotImplementedError

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
        value: Any = MISSING
        if arg.default is not None:
            try:
                value = StaticEvaluator(lambda n, node: module_value(self.module_values, n)).evaluate(arg.default).value
            except NotStatic as exc:
                self.problem(
                    i18n.translate("InitArguments", "argument {name} has default {code}").format(
                        name=name, code=source_of(arg.default)
                    ),
                    arg.line,
                    i18n.translate("InitArguments", "not a constant: {reason}").format(reason=exc),
                )
        elif name in self.call_values:
            value, call_line = self.call_values[name]
            self.note(
                no_default(name),
                arg.line,
                i18n.translate("InitArguments", "it gets {value} from the call at line {line}").format(
                    value=repr(value), line=call_line
                ),
            )
        elif feeds is INFERRED:
            value = FROM_INPUT  # python_import notes it once the input shape is known
        else:
            return self._registry_default(name, what, feeds)
        self.argument_values[name] = value
        return value

    def _registry_default(self, name: str, what: str, feeds: Feeds) -> Any:
        """A value-less argument feeding a layer parameter takes that parameter's default, with a note."""
        arg = self.arguments[name]
        value: Any = MISSING
        if isinstance(feeds, ParamSpec):
            value = feeds.default
            self.note(
                no_default(name),
                arg.line,
                i18n.translate(
                    "InitArguments",
                    "no call in the file gives it a value, so it takes Block Studio's default for {what}: {value}",
                ).format(what=what, value=repr(value)),
            )
        elif self.argument_values.get(name, None) is not MISSING:
            self.problem(
                no_default(name),
                arg.line,
                i18n.translate(
                    "InitArguments", "give it one, or instantiate {name}(...) with constant values in the file"
                ).format(name=self.cls.name),
            )
        self.argument_values[name] = value
        return value

    def _read_call_sites(self, positional: list[str]) -> None:
        """Constant values that calls such as `ConvBlock(3, 1, 1, 2, 2)` give; the first call wins."""
        evaluator = StaticEvaluator(lambda n, node: module_value(self.module_values, n))
        for call in self.calls:
            plain = list(itertools.takewhile(lambda a: not isinstance(a, ast.Starred), call.args))
            given = list(zip(positional, plain)) + [(k.arg, k.value) for k in call.keywords if k.arg]
            for name, node in given:
                if name in self.arguments and name not in self.call_values:
                    try:
                        self.call_values[name] = (evaluator.evaluate(node).value, call.lineno)
                    except NotStatic:
                        pass
