"""Read `forward` into steps, one per operation, in code order (torch.fx's vocabulary, simplified).

A step calls a registered module (`self.conv1(x)`), a functional op with its module twin
(`F.relu`, `F.max_pool2d(x, 2)`, `torch.flatten(x, 1)`), a reshape (`x.view(x.size(0), -1)`,
`x.view(-1, 16 * 5 * 5)`), an add (`out + identity`, `out += self.shortcut(x)`) or a concat
(`torch.cat([x, out], 1)`). `if` statements whose test __init__ fixed (`if self.downsample:`)
are followed with a note. Nothing runs; an unreadable statement is a problem and reading goes
on, so every problem is listed at once.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core import i18n
from core.importer.forward_patterns import FUNCTIONS, METHODS, multiplies_sizes_after_batch
from core.importer.syntax import Value, source_of
from core.importer.values import Known, NotStatic, StaticEvaluator
from core.layers.registry import LAYER_KINDS

if TYPE_CHECKING:
    from core.importer.reader import ClassReader

UNKNOWN = -1  # a value whose statement was already reported: later uses stay quiet
MAX_STEPS = 4096


@dataclass
class Step:
    """One operation of forward. `inputs` are value ids: 0 is forward's input, k is step k-1's output."""

    op: str  # "module", "function", "reshape", "add", "cat", "assign" (`identity = x`)
    target: str  # module attribute (module) or nn kind (function, reshape: "Flatten")
    inputs: list[int]
    line: int
    source: str
    var: str = ""  # the variable the statement assigns: readable names in generated code
    params: dict[str, Value] = field(default_factory=dict)
    features: int | None = None  # reshape (-1, N): the size per sample the file expects
    shape: list[int | str] = field(default_factory=list)  # reshape: constants and "size(i)" items
    code: str = ""  # function: as the file spells it, "F.relu", "torch.flatten"
    inplace: bool = False  # add: written `out += ...`
    defaults: dict[str, Value] = field(default_factory=dict)  # function: torch's defaults unlike the module's


class ForwardReader:
    def __init__(self, reader: ClassReader, forward: ast.FunctionDef) -> None:
        self.reader = reader
        self.node = forward
        self.steps: list[Step] = []
        self.output: int | None = None
        self.bound: dict[str, int] = {}
        self.evaluator = StaticEvaluator(self._lookup, reader._self_lookup)
        self._var = ""
        self.too_long = False

    def read(self) -> None:
        args = self.node.args
        inputs = args.posonlyargs + args.args
        if len(inputs) != 2 or args.vararg or args.kwarg or args.kwonlyargs or args.defaults:
            self.reader.problem(
                i18n.translate("ForwardReader", "forward must take exactly one input: forward(self, x)"),
                self.node.lineno,
            )
            return
        self.evaluator.self_name = inputs[0].arg
        self.bound = {inputs[1].arg: 0}
        self._block([s for s in self.node.body if not _is_docstring(s)], 0)
        if self.output is None:
            self.reader.problem(i18n.translate("ForwardReader", "forward does not end with a return"), self.node.lineno)

    def _problem(self, what: str, line: int | None, detail: str = "") -> int:
        self.reader.problem(what, line, detail)
        return UNKNOWN

    def _lookup(self, name: str, node: ast.AST) -> Known | None:
        if name in self.bound:
            raise NotStatic(
                i18n.translate("ForwardReader", "`{name}` is a tensor computed in forward").format(name=name)
            )
        from core.importer.reader import module_value

        return module_value(self.reader.module_values, name)

    def _block(self, body: list[ast.stmt], depth: int) -> None:
        for stmt in body:
            if self.too_long:
                return
            if self.output is not None:
                self._problem(
                    i18n.translate("ForwardReader", "`{code}` after forward's return").format(code=source_of(stmt)),
                    stmt.lineno,
                )
                return
            self._statement(stmt, depth)

    def _statement(self, stmt: ast.stmt, depth: int) -> None:
        if isinstance(stmt, ast.Pass):
            return
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            self._var = stmt.targets[0].id
            value = stmt.value
            if isinstance(value, ast.Name) and value.id in self.bound and value.id != self._var:
                # `identity = x`: kept as a step, so the code keeps its names
                step = Step("assign", "", [self.bound[value.id]], stmt.lineno, source_of(stmt))
                self.bound[self._var] = self._step(step)
                return
            self.bound[self._var] = self.expr(value)
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and isinstance(stmt.op, ast.Add):
            self._var = stmt.target.id
            if self._var not in self.bound:
                self.bound[self._var] = self._problem(
                    i18n.translate("ForwardReader", "`{name}` is used before it is assigned").format(name=self._var),
                    stmt.lineno,
                )
                return
            self.bound[self._var] = self._add(self.bound[self._var], stmt.value, stmt)
            if self.steps and self.bound[self._var] == len(self.steps):
                self.steps[-1].inplace = True
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            self._var = "out"
            self.output = self.expr(stmt.value)
        elif isinstance(stmt, ast.If) and depth < 16:
            try:
                test = self.evaluator.evaluate(stmt.test)
            except NotStatic as exc:
                self._problem(
                    _in_forward(stmt),
                    stmt.lineno,
                    i18n.translate("ForwardReader", "its test is not fixed by __init__: {reason}").format(reason=exc),
                )
                return
            if test.value:
                template = i18n.translate("ForwardReader", "`{code}` in forward runs: its test is {value}")
            else:
                template = i18n.translate("ForwardReader", "`{code}` in forward is skipped: its test is {value}")
            self.reader.note(template.format(code=source_of(stmt), value=bool(test.value)), stmt.lineno)
            self._block(stmt.body if test.value else stmt.orelse, depth + 1)
        else:
            self._problem(
                i18n.translate("ForwardReader", "unsupported statement `{code}` in forward").format(
                    code=source_of(stmt)
                ),
                stmt.lineno,
                i18n.translate(
                    "ForwardReader",
                    "forward may assign, add to and return values computed by layers and torch functions",
                ),
            )

    # ---- expressions -> steps ----------------------------------------------------------------

    def _step(self, step: Step) -> int:
        if UNKNOWN in step.inputs:
            return UNKNOWN
        if len(self.steps) >= MAX_STEPS:
            if not self.too_long:
                self.too_long = True
                self._problem(
                    i18n.translate("ForwardReader", "forward has more than {count} operations").format(
                        count=f"{MAX_STEPS:,}"
                    ),
                    step.line,
                )
            return UNKNOWN
        step.var = self._var
        self.steps.append(step)
        return len(self.steps)

    def expr(self, node: ast.AST) -> int:
        line = getattr(node, "lineno", self.node.lineno)
        if isinstance(node, ast.Name):
            if node.id in self.bound:
                return self.bound[node.id]
            return self._problem(
                i18n.translate(
                    "ForwardReader", "`{name}` in forward is not its input or a value computed before"
                ).format(name=node.id),
                line,
            )
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self._add(self.expr(node.left), node.right, node)
        if isinstance(node, ast.Call):
            return self._call(node, line)
        return self._problem(_not_supported(node), line)

    def _add(self, left: int, right_node: ast.AST, node: ast.AST) -> int:
        right = self.expr(right_node)
        return self._step(Step("add", "", [left, right], node.lineno, source_of(node)))  # type: ignore[attr-defined]

    def _call(self, node: ast.Call, line: int) -> int:
        func = node.func
        if self.reader.is_self_attr(func) or (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == self.evaluator.self_name
        ):
            return self._module_call(node, func.attr, line)  # type: ignore[attr-defined]
        name = self.reader.names.function(func)
        if name == "torch.cat":
            return self._cat(node, line)
        if name == "torch.add" and len(node.args) == 2 and not node.keywords:
            return self._add(self.expr(node.args[0]), node.args[1], node)
        if name in FUNCTIONS:
            return self._function(name, node.args[0] if node.args else None, node.args[1:], node, line)
        if isinstance(func, ast.Attribute) and name is None:
            if func.attr in ("view", "reshape"):
                return self._reshape(node, func, line)
            if func.attr in METHODS:
                return self._function(METHODS[func.attr], func.value, node.args, node, line)
        return self._problem(_not_supported(node), line)

    def _module_call(self, node: ast.Call, attribute: str, line: int) -> int:
        if attribute in self.reader.failed_modules:
            return UNKNOWN
        if attribute not in self.reader.modules:
            return self._problem(
                i18n.translate("ForwardReader", "forward calls self.{name}, which __init__ does not build").format(
                    name=attribute
                ),
                line,
            )
        if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
            return self._problem(
                _in_forward(node), line, i18n.translate("ForwardReader", "a module is called with one input")
            )
        return self._step(Step("module", attribute, [self.expr(node.args[0])], line, source_of(node)))

    def _function(self, name: str, first: ast.AST | None, rest: list[ast.expr], node: ast.Call, line: int) -> int:
        kind, order, torch_defaults = FUNCTIONS[name]
        if first is None:
            return self._problem(
                i18n.translate("ForwardReader", "`{code}` in forward has no input").format(code=source_of(node)), line
            )
        value = self.expr(first)
        if kind not in LAYER_KINDS:
            return self._problem(
                _in_forward(node),
                line,
                i18n.translate("ForwardReader", "Block Studio has no {kind} yet").format(kind=kind),
            )
        given: dict[str, ast.AST] = dict(zip(order, rest))
        if len(rest) > len(order):
            return self._problem(
                i18n.translate("ForwardReader", "`{code}` in forward has too many arguments").format(
                    code=source_of(node)
                ),
                line,
            )
        for keyword in node.keywords:
            if keyword.arg not in order and keyword.arg != "approximate" or keyword.arg in given:
                return self._problem(
                    _in_forward(node),
                    line,
                    i18n.translate("ForwardReader", "argument {name} is not read").format(name=keyword.arg),
                )
            given[keyword.arg] = keyword.value  # type: ignore[index]
        params: dict[str, Value] = {}
        defaults = {k: Value(v) for k, v in torch_defaults.items() if k not in given}
        for param, arg in given.items():
            if param == "training":
                if not self._is_self_training(arg):
                    self.reader.note(
                        i18n.translate("ForwardReader", "`{code}` drops values with training={value}").format(
                            code=source_of(node), value=source_of(arg)
                        ),
                        line,
                    )
                continue
            try:
                known = self.evaluator.evaluate(arg)
            except NotStatic as exc:
                return self._problem(_in_forward_param(node, param), line, str(exc))
            spec = LAYER_KINDS[kind].spec_by_name.get(param)
            if spec is None:
                if param == "return_indices" and known.value is False:
                    continue
                return self._problem(
                    _in_forward(node),
                    line,
                    i18n.translate("ForwardReader", "{param}={value} is not supported").format(
                        param=param, value=repr(known.value)
                    ),
                )
            try:
                params[param] = Value(spec.check(known.value))
            except ValueError as exc:
                return self._problem(_in_forward_param(node, param), line, str(exc))
        if name == "F.dropout" and "training" not in given:
            self.reader.note(
                i18n.translate(
                    "ForwardReader", "`{code}` drops values in eval mode too (F.dropout's training is True by default)"
                ).format(code=source_of(node)),
                line,
                i18n.translate("ForwardReader", "the imported nn.Dropout drops only in train mode"),
            )
        method = (
            isinstance(node.func, ast.Attribute)
            and node.func.attr in METHODS
            and self.reader.names.function(node.func) is None
        )
        step = Step(
            "function",
            kind,
            [value],
            line,
            source_of(node),
            params=params,
            code=f".{node.func.attr}" if method else name,
        )  # type: ignore[attr-defined]
        step.defaults = defaults
        return self._step(step)

    def _is_self_training(self, node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "training"
            and isinstance(node.value, ast.Name)
            and node.value.id == self.evaluator.self_name
        )

    def _reshape(self, node: ast.Call, func: ast.Attribute, line: int) -> int:
        """`x.view(x.size(0), -1)`, `x.view(-1, 16 * 5 * 5)`, `x.reshape(...)`: each size a constant
        or a size of the tensor being reshaped ("size(i)", as the graph model spells it)."""
        value = self.expr(func.value)
        args = list(node.args)
        if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)):
            args = list(args[0].elts)
        if len(args) == 2 and self._constant(args[0]) == -1 and self._flat_features(args[1], func.value):
            self.reader.note(
                i18n.translate("ForwardReader", "`{code}` is written torch.flatten({tensor}, 1)").format(
                    code=source_of(node), tensor=source_of(func.value)
                ),
                line,
                i18n.translate(
                    "ForwardReader", "{method} multiplies the sizes after the batch: the same values"
                ).format(
                    method=args[1].func.attr  # type: ignore[attr-defined]
                ),
            )
            params = {"start_dim": Value(1)}
            return self._step(
                Step("function", "Flatten", [value], line, source_of(node), params=params, code="torch.flatten")
            )
        items: list[int | str] = []
        for arg in args:
            dim = self._size_of(arg, func.value)
            constant = self._constant(arg) if dim is None else None
            if dim is not None:
                items.append(f"size({dim})")
            elif isinstance(constant, int) and not isinstance(constant, bool) and (constant == -1 or constant >= 1):
                items.append(constant)
            else:
                return self._problem(
                    _in_forward(node),
                    line,
                    i18n.translate("ForwardReader", "each size must be a constant or {tensor}.size(i)").format(
                        tensor=source_of(func.value)
                    ),
                )
        if not items or node.keywords:
            return self._problem(_in_forward(node), line, i18n.translate("ForwardReader", "give the new shape's sizes"))
        features = items[1] if len(items) == 2 and items[0] == -1 and isinstance(items[1], int) else None
        step = Step("reshape", func.attr, [value], line, source_of(node), features=features)
        step.shape = items
        return self._step(step)

    def _flat_features(self, node: ast.AST, tensor: ast.AST) -> bool:
        """`self.num_flat_features(x)`: a method of the class that multiplies x.size()[1:] (the
        PyTorch tutorial's), read from its body, never run."""
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == self.evaluator.self_name
            and len(node.args) == 1
            and same_name(node.args[0], tensor)
        ):
            return False
        method = self.reader.methods.get(node.func.attr)
        return method is not None and multiplies_sizes_after_batch(method)

    def _size_of(self, node: ast.AST, tensor: ast.AST) -> int | None:
        """i for `t.size(i)`, `t.shape[i]` or `t.size()[i]` where t is the tensor being reshaped."""
        index = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "size":
            if len(node.args) == 1 and same_name(node.func.value, tensor):
                index = self._constant(node.args[0])
        elif isinstance(node, ast.Subscript):
            inner = node.value
            if isinstance(inner, ast.Attribute) and inner.attr == "shape" and same_name(inner.value, tensor):
                index = self._constant(node.slice)
            elif isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "size":
                if not inner.args and same_name(inner.func.value, tensor):
                    index = self._constant(node.slice)
        return index if isinstance(index, int) and not isinstance(index, bool) and -4 <= index <= 3 else None

    def _constant(self, node: ast.AST) -> Any:
        try:
            return self.evaluator.evaluate(node).value
        except NotStatic:
            return None

    def _cat(self, node: ast.Call, line: int) -> int:
        items = node.args[0] if node.args else None
        dim_node = (
            node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "dim"), None)
        )
        if not isinstance(items, (ast.List, ast.Tuple)) or len(node.args) > 2 or len(items.elts) < 2:
            return self._problem(
                _in_forward(node),
                line,
                i18n.translate("ForwardReader", "torch.cat of a literal list of tensors is read"),
            )
        dim = 0 if dim_node is None else self._constant(dim_node)
        if not isinstance(dim, int) or isinstance(dim, bool):
            return self._problem(_in_forward(node), line, i18n.translate("ForwardReader", "its dim is not a constant"))
        inputs = [self.expr(item) for item in items.elts]
        return self._step(Step("cat", "", inputs, line, source_of(node), params={"dim": Value(dim)}))


def _in_forward(node: ast.AST) -> str:
    """ "`CODE` in forward", in the current language."""
    return i18n.translate("ForwardReader", "`{code}` in forward").format(code=source_of(node))


def _in_forward_param(node: ast.AST, param: str) -> str:
    return i18n.translate("ForwardReader", "`{code}` in forward: {param}").format(code=source_of(node), param=param)


def _not_supported(node: ast.AST) -> str:
    return i18n.translate("ForwardReader", "`{code}` in forward is not supported").format(code=source_of(node))


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def same_name(a: ast.AST, b: ast.AST) -> bool:
    return isinstance(a, ast.Name) and isinstance(b, ast.Name) and a.id == b.id
