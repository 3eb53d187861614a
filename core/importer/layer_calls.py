"""Read the module an __init__ assignment builds: an nn layer call, an nn.Sequential (also from an
OrderedDict), or a call to a helper function of the file that returns one (`conv3x3(...)`).

Arguments are computed by the reader's static evaluator (core/importer/values.py), so a size
may be `16 * 5 * 5`, a module constant, a local variable or an __init__ argument.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from core import i18n
from core.importer.syntax import UNMODELLED_DEFAULTS, Container, LayerCall, Value, dotted, source_of, torch_signature
from core.importer.values import Known, NotStatic
from core.layers.registry import LAYER_KINDS

if TYPE_CHECKING:
    from core.importer.reader import ClassReader, Module

MAX_HELPER_DEPTH = 8  # helpers calling helpers: bounded work on any file


class LayerCallReader:
    """Turns module expressions into LayerCall / Container; problems go to the reader."""

    def __init__(self, reader: ClassReader) -> None:
        self.reader = reader
        self.reported = False  # the last `module()` call listed a problem for its expression
        self._helper_depth = 0

    def module(self, node: ast.AST, attribute: str) -> Module | None:
        """The module `node` builds, or None (then `reported` says whether it was a problem)."""
        self.reported = False
        if not isinstance(node, ast.Call):
            return None
        name = self.reader.names.nn_class(node.func)
        line = node.lineno
        if name == "Sequential":
            return self._sequential(node, attribute)
        if name is not None and name in LAYER_KINDS:
            return self.layer(node, attribute)
        if name is not None:
            self._unsupported(name, line)
            return None
        helper = self._helper(node)
        if helper is not None:
            return self._through_helper(node, helper, attribute)
        self._problem(
            i18n.translate("LayerCalls", "self.{name} = {code} is not a torch.nn layer").format(
                name=attribute, code=source_of(node)
            ),
            line,
        )
        return None

    def _unsupported(self, name: str, line: int | None) -> None:
        self._problem(
            i18n.translate("LayerCalls", "unsupported layer {name}").format(name=name),
            line,
            i18n.translate("LayerCalls", "Block Studio builds {kinds}").format(kinds=", ".join(LAYER_KINDS)),
        )

    def _problem(self, what: str, line: int | None, detail: str = "") -> None:
        self.reported = True
        self.reader.problem(what, line, detail)

    def _helper(self, node: ast.Call) -> ast.FunctionDef | None:
        """A function of the file (`conv3x3(...)`) or a method of the class (`self._make_layers(...)`)."""
        if isinstance(node.func, ast.Name):
            return self.reader.functions.get(node.func.id)
        if self.reader.is_self_attr(node.func):
            return self.reader.methods.get(node.func.attr)  # type: ignore[attr-defined]
        return None

    def _sequential(self, node: ast.Call, attribute: str) -> Container | None:
        container = Container(attribute, node.lineno)
        if node.keywords:
            self._problem(
                i18n.translate("LayerCalls", "nn.Sequential with keyword arguments is not supported"), node.lineno
            )
            return None
        items: list[tuple[str | None, ast.AST]] = [(None, item) for item in node.args]
        if len(node.args) == 1 and self._is_ordered_dict(node.args[0]):
            pairs = self._ordered_dict_items(node.args[0])  # type: ignore[arg-type]
            if pairs is None:
                return None
            items, container.named = pairs, True
        failed = False
        for key, item in items:
            listed = self._listed(item)
            if listed is not None:  # nn.Sequential(*layers), the list built earlier in __init__
                container.layers.extend(replace(layer, name=None) for layer in listed)
                continue
            layer = self._item(item, attribute)
            if layer is None:
                failed = True
                continue
            layer.name = key
            container.layers.append(layer)
        return None if failed else container

    def _listed(self, item: ast.AST) -> list[LayerCall] | None:
        builder = self.reader.list_builder
        if builder is None or not (isinstance(item, ast.Starred) and isinstance(item.value, ast.Name)):
            return None
        found = builder.objects.get(item.value.id)
        return found if isinstance(found, list) else None

    def _item(self, item: ast.AST, attribute: str) -> LayerCall | None:
        line = getattr(item, "lineno", None)
        if self.reader.is_self_attr(item):
            shared = self.reader.modules.get(item.attr)  # type: ignore[attr-defined]
            if not isinstance(shared, LayerCall):
                self._problem(
                    i18n.translate(
                        "LayerCalls", "`{code}` inside nn.Sequential is not a layer __init__ built before"
                    ).format(code=source_of(item)),
                    line,
                )
                return None
            self.reader.shared.add(item.attr)  # type: ignore[attr-defined]
            # one module in two places: kept as one when forward calls it only through the
            # container (graph blocks); the block readers say what they do otherwise
            return replace(shared, attribute=None, name=None, alias=item.attr)  # type: ignore[attr-defined]
        if isinstance(item, ast.Starred):
            self._problem(
                f"nn.Sequential(*{source_of(item.value)})",
                line,
                i18n.translate("LayerCalls", "unpacking a list is not read"),
            )
            return None
        name = self.reader.names.nn_class(item.func) if isinstance(item, ast.Call) else None
        if name == "Sequential":
            self._problem(i18n.translate("LayerCalls", "nn.Sequential inside nn.Sequential"), line)
            return None
        if isinstance(item, ast.Call) and name is None and self._helper(item) is not None:
            module = self._through_helper(item, self._helper(item), attribute)  # type: ignore[arg-type]
            return module if isinstance(module, LayerCall) else None
        if name is None or not isinstance(item, ast.Call):
            self._problem(
                i18n.translate("LayerCalls", "`{code}` is not a torch.nn layer call").format(code=source_of(item)), line
            )
            return None
        if name not in LAYER_KINDS:
            self._unsupported(name, line)
            return None
        return self.layer(item, None)

    def _is_ordered_dict(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and (dotted(node.func) or "").rpartition(".")[2] == "OrderedDict"

    def _ordered_dict_items(self, node: ast.Call) -> list[tuple[str | None, ast.AST]] | None:
        """The (name, layer) pairs of `OrderedDict([("conv", nn.Conv2d(...)), ...])`."""
        pairs_node = node.args[0] if len(node.args) == 1 and not node.keywords else None
        if not isinstance(pairs_node, (ast.List, ast.Tuple)):
            self._problem(
                f"`{source_of(node)}`",
                node.lineno,
                i18n.translate("LayerCalls", "give OrderedDict a literal list of (name, layer) pairs"),
            )
            return None
        pairs: list[tuple[str | None, ast.AST]] = []
        for pair in pairs_node.elts:
            key = pair.elts[0] if isinstance(pair, ast.Tuple) and len(pair.elts) == 2 else None
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                self._problem(
                    i18n.translate("LayerCalls", "`{code}` in OrderedDict").format(code=source_of(pair)),
                    pair.lineno,
                    i18n.translate("LayerCalls", 'expected a ("name", layer) pair'),
                )
                return None
            pairs.append((key.value, pair.elts[1]))  # type: ignore[union-attr]
        names = [k for k, _ in pairs]
        if len(set(names)) != len(names):
            self._problem(i18n.translate("LayerCalls", "OrderedDict names a layer twice"), node.lineno)
            return None
        return pairs

    def _through_helper(self, call: ast.Call, helper: ast.FunctionDef, attribute: str | None) -> Module | None:
        """`conv3x3(in_planes, planes, stride)`: the helper's single `return nn.X(...)`, its
        parameters bound to the call's values (an __init__ argument stays one)."""
        body = [s for s in helper.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        returned = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if self._helper_depth >= MAX_HELPER_DEPTH:
            self._problem(
                i18n.translate("LayerCalls", "`{code}` calls helpers more than {depth} deep").format(
                    code=source_of(call), depth=MAX_HELPER_DEPTH
                ),
                call.lineno,
            )
            return None
        bindings = self._bind(call, helper)
        if bindings is None:
            return None
        saved = self.reader.locals
        self.reader.locals = bindings  # the helper sees its parameters and the module's constants
        self._helper_depth += 1
        try:
            if returned is not None:
                module = self.module(returned, attribute or helper.name)
                unrolled = False
            else:
                module = self._unrolled(helper, bindings, attribute or helper.name)
                unrolled = True
        finally:
            self._helper_depth -= 1
            self.reader.locals = saved
        if module is not None:
            size = (
                i18n.translate("LayerCalls", ": {count} layers").format(count=len(module.layers))
                if isinstance(module, Container)
                else ""
            )
            if unrolled:
                template = i18n.translate("LayerCalls", "`{code}` is unrolled through {helper} (line {line}){size}")
            else:
                template = i18n.translate("LayerCalls", "`{code}` is read through {helper} (line {line}){size}")
            self.reader.note(
                template.format(code=source_of(call), helper=helper.name, line=helper.lineno, size=size), call.lineno
            )
        return module

    def _unrolled(self, helper: ast.FunctionDef, scope: dict[str, Any], attribute: str) -> Module | None:
        from core.importer.builder import Builder, NotUnrolled

        problems = len(self.reader.problems)
        try:
            return Builder(self, helper, scope).run(attribute)
        except NotUnrolled as exc:
            if len(self.reader.problems) == problems:  # not already listed by a layer it read
                self._problem(
                    str(exc),
                    exc.line,
                    i18n.translate("LayerCalls", "a builder may loop over constant lists and append layers"),
                )
            self.reported = True
            return None

    def _bind(self, call: ast.Call, helper: ast.FunctionDef) -> dict[str, Any] | None:
        args = helper.args
        params = [a.arg for a in args.posonlyargs + args.args]
        if helper.name in self.reader.methods and params:  # type: ignore[attr-defined]
            params = params[1:]  # a method's self
        if args.vararg or args.kwarg or args.kwonlyargs or any(isinstance(a, ast.Starred) for a in call.args):
            self._problem(
                f"`{source_of(call)}`",
                call.lineno,
                i18n.translate("LayerCalls", "{helper} takes *args or keyword-only arguments").format(
                    helper=helper.name
                ),
            )
            return None
        given: dict[str, ast.AST] = dict(zip(params, call.args))
        for keyword in call.keywords:
            if keyword.arg not in params or keyword.arg in given:
                self._problem(
                    i18n.translate("LayerCalls", "`{code}` gives {helper} an unexpected argument {name}").format(
                        code=source_of(call), helper=helper.name, name=keyword.arg
                    ),
                    call.lineno,
                )
                return None
            given[keyword.arg] = keyword.value
        defaults = dict(zip(params[len(params) - len(args.defaults) :], args.defaults))
        from core.importer.reader import HELPER_SCOPE, Alias  # the reader imports this module

        bindings: dict[str, Any] = {HELPER_SCOPE: True}
        for param in params:
            if param in given:
                bindings[param] = Alias(given[param], self.reader.locals)
            elif param in defaults:
                try:
                    bindings[param] = _constant(defaults[param])
                except NotStatic as exc:
                    bindings[param] = exc
            else:
                self._problem(
                    i18n.translate("LayerCalls", "`{code}` does not give {helper} its argument {name}").format(
                        code=source_of(call), helper=helper.name, name=param
                    ),
                    call.lineno,
                )
                return None
        return bindings

    def layer(self, node: ast.Call, attribute: str | None) -> LayerCall | None:
        reader = self.reader
        name = reader.names.nn_class(node.func) or ""
        line = node.lineno
        kind = LAYER_KINDS[name]
        signature = torch_signature(kind)
        given: dict[str, ast.expr] = {}
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            self._problem(
                i18n.translate("LayerCalls", "{kind} with *args or **kwargs is not supported").format(kind=name), line
            )
            return None
        if len(node.args) > len(signature):
            self._problem(
                i18n.translate("LayerCalls", "{kind} takes at most {most} positional arguments, got {count}").format(
                    kind=name, most=len(signature), count=len(node.args)
                ),
                line,
            )
            return None
        for param, arg in zip(signature, node.args):
            given[param] = arg
        for keyword in node.keywords:
            if keyword.arg not in signature and keyword.arg not in kind.spec_by_name:
                self._problem(
                    i18n.translate("LayerCalls", "{kind} has no argument {name}").format(kind=name, name=keyword.arg),
                    line,
                )
                return None
            if keyword.arg in given:
                self._problem(
                    i18n.translate("LayerCalls", "{kind} gets {name} twice").format(kind=name, name=keyword.arg), line
                )
                return None
            given[keyword.arg] = keyword.value  # type: ignore[index]
        layer = LayerCall(name, line, attribute)
        failed = False
        from core.importer.reader import INFERRED, Reported  # the reader imports this module

        for param, arg in given.items():
            feeds = (
                INFERRED
                if param in kind.inferred
                else None
                if param in UNMODELLED_DEFAULTS
                else kind.spec_by_name[param]
            )
            try:
                known = reader.evaluate(arg, feeds, f"{name} {param}")
            except Reported:
                self.reported = True
                failed = True
                continue
            except NotStatic as exc:
                self._problem(f"{name} {param} = {source_of(arg)}", getattr(arg, "lineno", line), str(exc))
                failed = True
                continue
            if known.uses and not known.argument:
                self.reader.note(
                    i18n.translate("LayerCalls", "{kind} {param} = `{code}` is computed once as {value}").format(
                        kind=name, param=param, code=source_of(arg), value=repr(known.value)
                    ),
                    line,
                    i18n.translate(
                        "LayerCalls", "it uses {names}, which stays an __init__ argument only where used alone"
                    ).format(names=", ".join(sorted(known.uses))),
                )
            value = Value(known.value, known.argument)
            if param in kind.inferred:
                layer.inferred = value
            elif param in UNMODELLED_DEFAULTS:
                if value.argument is not None or value.value != UNMODELLED_DEFAULTS[param]:
                    self._problem(
                        i18n.translate("LayerCalls", "{kind} {param}={code} is not supported").format(
                            kind=name, param=param, code=source_of(arg)
                        ),
                        line,
                    )
            else:
                try:
                    checked = kind.spec_by_name[param].check(value.value)
                except ValueError as exc:
                    what = f"{name} {param}" + (
                        i18n.translate("LayerCalls", " (argument {name})").format(name=value.argument)
                        if value.argument
                        else ""
                    )
                    self._problem(what, line, str(exc))
                    failed = True
                    continue
                layer.params[param] = Value(checked, value.argument)
        required = [*kind.inferred, *(s.name for s in kind.params if s.required)]
        for param in required:
            if param not in given:
                self._problem(i18n.translate("LayerCalls", "{kind} needs {param}").format(kind=name, param=param), line)
                failed = True
        return None if failed else layer


def _constant(node: ast.AST) -> Known:
    """A helper parameter's default: a literal (a default computed from names is not read)."""
    if isinstance(node, ast.Constant):
        return Known(node.value)
    raise NotStatic(i18n.translate("LayerCalls", "default `{code}` is not a literal").format(code=source_of(node)))
