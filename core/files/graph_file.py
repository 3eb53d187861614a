"""The graph half of a version 2 project file: `modules` (what __init__ registers) and `steps`.

Read as untrusted input like the rest of the file (core/files/project_file.py): every key,
name, value and count is checked, with its JSON path, before anything is built. A step names
the values it reads by position: 0 is forward's `x`, n is step n (1-based, as errors count).

    "modules": [
      {"name": "conv1", "type": "Conv2d", "params": {...}, "arguments": {...}},
      {"name": "downsample", "sequential": [{"type": "Conv2d", ...}, ...], "keyed": false}
    ],
    "steps": [
      {"op": "assign", "inputs": [0], "output": "identity"},
      {"op": "call_module", "target": "conv1", "inputs": [0], "output": "out"},
      {"op": "call_function", "target": "add", "inputs": [6, 7], "params": {"inplace": true}, "output": "out"}
    ]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core import i18n
from core.model.block import MAX_LAYERS, Block, Layer, name_problem
from core.model.steps import (
    FUNCTIONS,
    INPUT,
    MAX_INPUTS,
    MAX_STEPS,
    METHODS,
    OPS,
    Container,
    Entry,
    Module,
    Step,
    check_shape_items,
    resolved_params,
    step_specs,
)

MODULE_KEYS = ("name", "type", "params", "arguments")
CONTAINER_KEYS = ("name", "sequential", "keyed")
MEMBER_KEYS = ("name", "type", "params", "arguments", "also_as")
STEP_KEYS = ("op", "target", "inputs", "params", "output")

# (obj, path, allowed, required) -> None; (condition, path, message) -> None; item -> Layer
CheckKeys = Callable[[Any, str, tuple[str, ...], tuple[str, ...]], None]
Require = Callable[[bool, str, str], None]


class GraphReader:
    """Builds modules and steps from parsed JSON with the project file's checkers (they raise with paths)."""

    def __init__(self, check_keys: CheckKeys, require: Require, layer_from: Callable[[Any, str], Layer]) -> None:
        self.check_keys, self.require, self.layer_from = check_keys, require, layer_from

    def modules(self, raw: Any) -> list[Entry]:
        self.require(isinstance(raw, list), "$.modules", i18n.translate("ProjectFile", "expected a list"))
        total = sum(len(e["sequential"]) if isinstance(e, dict) and isinstance(e.get("sequential"), list) else 1
                    for e in raw)  # fmt: skip
        message = i18n.translate("ProjectFile", "{count:,} modules; a block holds at most {limit:,}").format(
            count=total, limit=MAX_LAYERS
        )
        self.require(total <= MAX_LAYERS, "$.modules", message)
        entries: list[Entry] = []
        for i, item in enumerate(raw):
            path = f"$.modules[{i}]"
            self.require(isinstance(item, dict), path, i18n.translate("ProjectFile", "expected an object"))
            if "sequential" in item:
                entries.append(self._container(item, path))
            else:
                self.check_keys(item, path, MODULE_KEYS, ("name", "type"))
                self._name(item["name"], f"{path}.name", "module name")
                layer = self.layer_from({k: v for k, v in item.items() if k != "name"}, path)
                entries.append(Module(item["name"], layer))
        return entries

    def _container(self, item: dict, path: str) -> Container:
        self.check_keys(item, path, CONTAINER_KEYS, ("name", "sequential"))
        self._name(item["name"], f"{path}.name", "module name")
        keyed = item.get("keyed", False)
        self.require(isinstance(keyed, bool), f"{path}.keyed", i18n.translate("ProjectFile", "expected true or false"))
        members = item["sequential"]
        self.require(isinstance(members, list), f"{path}.sequential", i18n.translate("ProjectFile", "expected a list"))
        result = []
        for j, member in enumerate(members):
            mpath = f"{path}.sequential[{j}]"
            self.check_keys(member, mpath, MEMBER_KEYS, ("name", "type") if keyed else ("type",))
            name = member.get("name")
            if keyed:
                self._name(name, f"{mpath}.name", "name in a keyed Sequential")
            else:
                unkeyed = i18n.translate("ProjectFile", 'members of an unkeyed Sequential are numbered (no "name")')
                self.require(name is None, f"{mpath}.name", unkeyed)
            also_as = member.get("also_as")
            if also_as is not None:
                self._name(also_as, f"{mpath}.also_as", "module name")
            layer = self.layer_from({k: v for k, v in member.items() if k not in ("name", "also_as")}, mpath)
            result.append(Module(name, layer, also_as))
        return Container(item["name"], result, keyed)

    def _name(self, name: Any, path: str, what: str) -> None:
        problem = name_problem(name, what)
        self.require(problem is None, path, str(problem))

    def steps(self, raw: Any) -> list[Step]:
        self.require(isinstance(raw, list), "$.steps", i18n.translate("ProjectFile", "expected a list"))
        message = i18n.translate("ProjectFile", "{count:,} steps; forward holds at most {limit:,}").format(
            count=len(raw), limit=MAX_STEPS
        )
        self.require(len(raw) <= MAX_STEPS, "$.steps", message)
        steps = [self._step(item, f"$.steps[{i}]", len(raw)) for i, item in enumerate(raw)]
        uids = [INPUT] + [s.uid for s in steps]
        for step in steps:  # positions -> the uids of the values they name
            step.inputs = [uids[n] for n in step.inputs]
        return steps

    def _step(self, item: Any, path: str, count: int) -> Step:
        self.check_keys(item, path, STEP_KEYS, ("op", "inputs"))
        op = item["op"]
        one_of = i18n.translate("ProjectFile", "expected one of {choices}").format(choices=", ".join(OPS))
        self.require(isinstance(op, str) and op in OPS, f"{path}.op", one_of)
        target = item.get("target", "")
        self.require(isinstance(target, str), f"{path}.target", i18n.translate("ProjectFile", "expected a string"))
        if op == "call_module":
            self._name(target, f"{path}.target", "module name")
        elif op == "call_function":
            unknown = i18n.translate("ProjectFile", "unknown function (known: {known})").format(
                known=", ".join(FUNCTIONS)
            )
            self.require(target in FUNCTIONS, f"{path}.target", unknown)
        elif op == "call_method":
            unknown = i18n.translate("ProjectFile", "unknown method (known: {known})").format(known=", ".join(METHODS))
            self.require(target in METHODS, f"{path}.target", unknown)
        else:
            self.require(target == "", f"{path}.target", i18n.translate("ProjectFile", "an assign step has no target"))
        inputs = item["inputs"]
        message = i18n.translate("ProjectFile", "expected a list of 1 to {most} value positions").format(
            most=MAX_INPUTS
        )
        self.require(isinstance(inputs, list) and 1 <= len(inputs) <= MAX_INPUTS, f"{path}.inputs", message)
        position = i18n.translate("ProjectFile", "expected 0 (forward's x) or a step number from 1 to {count}").format(
            count=count
        )
        for k, n in enumerate(inputs):
            whole = isinstance(n, int) and not isinstance(n, bool)
            self.require(whole and 0 <= n <= count, f"{path}.inputs[{k}]", position)
        output = item.get("output", "x")
        if output != "x":
            self._name(output, f"{path}.output", "variable name")
        params = self._params(op, target, item.get("params", {}), f"{path}.params")
        return Step(op, target, list(inputs), params, output)

    def _params(self, op: str, target: str, raw: Any, path: str) -> dict[str, Any]:
        if op == "call_method" and target in ("view", "reshape"):
            self.check_keys(raw, path, ("shape",), ("shape",))
            try:
                return {"shape": list(check_shape_items(raw["shape"]))}
            except ValueError as exc:
                self.require(False, f"{path}.shape", str(exc))
        specs = step_specs(op, target)
        self.check_keys(raw, path, tuple(specs), ())
        params: dict[str, Any] = {}
        for name, value in raw.items():
            try:
                params[name] = specs[name].check(value)
            except ValueError as exc:
                self.require(False, f"{path}.{name}", str(exc))
        defaults = resolved_params(Step(op, target, [INPUT], {}))
        return {k: v for k, v in params.items() if defaults.get(k, object()) != v or specs[k].required}


def graph_to_dict(block: Block, layer_to_dict: Callable[[Layer], dict[str, Any]]) -> dict[str, Any]:
    """The `modules` and `steps` of a graph block's project document (raises ValueError on a dangling input)."""
    modules: list[dict[str, Any]] = []
    for entry in block.modules:
        if isinstance(entry, Container):
            members = []
            for member in entry.members:
                data = layer_to_dict(member.layer)
                if member.also_as is not None:
                    data["also_as"] = member.also_as
                members.append({"name": member.name, **data} if entry.keyed else data)
            modules.append({"name": entry.name, "sequential": members, "keyed": entry.keyed})
        else:
            modules.append({"name": entry.name, **layer_to_dict(entry.layer)})
    steps: list[dict[str, Any]] = []
    numbers = block.step_numbers()
    for number, step in enumerate(block.steps or [], 1):
        positions = block.input_positions(step, numbers)
        if -1 in positions:
            message = i18n.translate(
                "ProjectFile", "step {number} reads a value that no step computes; connect it before saving"
            )
            raise ValueError(message.format(number=number))
        data: dict[str, Any] = {"op": step.op}
        if step.op != "assign":
            data["target"] = step.target
        data["inputs"] = positions
        if step.params:
            data["params"] = {k: list(v) if isinstance(v, tuple) else v for k, v in step.params.items()}
        data["output"] = step.output
        steps.append(data)
    return {"modules": modules, "steps": steps}
