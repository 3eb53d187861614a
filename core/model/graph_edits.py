"""Edits and look-ups on a graph block's modules and steps; each edit emits one BlockEvent after it.

Kept apart from block.py (which keeps the flat rows' edits) so each file stays one purpose. The
window builds its undo commands on these: every remove returns what it removed, and every set
leaves the block exactly as an add/remove pair would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core import i18n
from core.model.steps import INPUT, Container, Entry, Module, Step, step_specs

if TYPE_CHECKING:
    from core.model.block import Block, BlockEvent, Layer


class GraphEdits:
    """Mixed into Block: the graph half of its edit operations."""

    modules: list[Entry]
    steps: list[Step] | None
    layers: list[Layer]

    def _emit(self, event: BlockEvent) -> None:  # provided by Block
        raise NotImplementedError

    def _event(self, type: str, index: int, uid: int) -> None:
        from core.model.block import BlockEvent

        self._emit(BlockEvent(type, index, 1, uid=uid))

    def _graph_steps(self) -> list[Step]:
        if self.steps is None:
            raise ValueError(
                i18n.translate("GraphEdits", "a flat block has no steps: convert it with as_graph() first")
            )
        return self.steps

    # ---- look-ups ----------------------------------------------------------------------

    def modules_by_name(self) -> dict[str, Entry]:
        """Every top-level module or container by its name (for look-ups across all the steps)."""
        return {entry.name: entry for entry in self.modules}

    def entry_named(self, name: str) -> Entry | None:
        """The top-level module or container `self.<name>`."""
        return next((e for e in self.modules if e.name == name), None)

    def module_with_uid(self, uid: int) -> Module | None:
        """A registered module (top level or in a container) by its uid."""
        for entry in self.modules:
            members = entry.members if isinstance(entry, Container) else [entry]
            for module in members:
                if module.uid == uid:
                    return module
        return None

    def step_index(self, uid: int) -> int:
        """The position of the step with this uid (raises KeyError)."""
        for index, step in enumerate(self._graph_steps()):
            if step.uid == uid:
                return index
        raise KeyError(f"no step with uid {uid}")

    def step_numbers(self) -> dict[int, int]:
        """Each value's uid -> 0 (forward's x) or the 1-based number of the step computing it."""
        numbers = {s.uid: n for n, s in enumerate(self._graph_steps(), 1)}
        numbers[INPUT] = 0
        return numbers

    def input_positions(self, step: Step, numbers: dict[int, int] | None = None) -> list[int]:
        """The step's inputs as 0 (forward's x) or the 1-based number of the step computing it (-1: none).
        Pass `step_numbers()` when asking for every step: building it is the costly part."""
        numbers = self.step_numbers() if numbers is None else numbers
        return [numbers.get(uid, -1) for uid in step.inputs]

    def graph_key(self) -> tuple:
        """The graph's content with uids replaced by positions: equal for a block and its reloaded file."""
        if self.steps is None:
            return ()
        numbers = self.step_numbers()

        def key(s: Step) -> tuple:
            return (
                s.op,
                s.target,
                tuple(self.input_positions(s, numbers)),
                tuple(sorted(s.params.items(), key=repr)),
                s.output,
            )

        steps = tuple(key(s) for s in self.steps)
        return (tuple(self.modules), steps)

    # ---- module edits ------------------------------------------------------------------

    def add_module(self, index: int, entry: Entry) -> None:
        """Register a module or container at position `index` of __init__."""
        index = max(0, min(index, len(self.modules)))
        self.modules.insert(index, entry)
        self._event("module_added", index, entry.uid)

    def remove_module(self, index: int) -> Entry:
        """Unregister the entry at `index` and return it (steps calling it are left for analysis to flag)."""
        if not 0 <= index < len(self.modules):
            raise IndexError(f"no module at position {index} (the block registers {len(self.modules)})")
        entry = self.modules.pop(index)
        self._event("module_removed", index, entry.uid)
        return entry

    def rename_module(self, index: int, name: str) -> None:
        """Rename `self.<old>` to `self.<name>`, and every step that calls it."""
        entry = self.modules[index]
        old = entry.name
        entry.name = name
        for step in self.steps or []:
            if step.op == "call_module" and step.target == old:
                step.target = name
        self._event("module_renamed", index, entry.uid)

    def set_module_param(self, uid: int, name: str, value: Any) -> None:
        """Set a registered module's parameter (torch's default removes it, as Block.set_param does)."""
        from core.layers.registry import LAYER_KINDS

        module = self.module_with_uid(uid)
        if module is None:
            raise KeyError(f"no module with uid {uid}")
        spec = LAYER_KINDS[module.layer.kind].spec_by_name[name]
        value = spec.check(value)
        if value == spec.default and not spec.required:
            module.layer.params.pop(name, None)
        else:
            module.layer.params[name] = value
        self._event("module_changed", self._entry_position(uid), uid)

    def _entry_position(self, uid: int) -> int:
        for index, entry in enumerate(self.modules):
            members = entry.members if isinstance(entry, Container) else [entry]
            if entry.uid == uid or any(m.uid == uid for m in members):
                return index
        return -1

    # ---- step edits ----------------------------------------------------------------------

    def add_step(self, index: int, step: Step) -> None:
        """Insert a forward statement at position `index`."""
        steps = self._graph_steps()
        index = max(0, min(index, len(steps)))
        steps.insert(index, step)
        self._event("step_added", index, step.uid)

    def remove_step(self, index: int) -> Step:
        """Remove the statement at `index` and return it (later steps reading it are flagged by analysis)."""
        steps = self._graph_steps()
        if not 0 <= index < len(steps):
            raise IndexError(f"no step at position {index} (forward has {len(steps)})")
        step = steps.pop(index)
        self._event("step_removed", index, step.uid)
        return step

    def set_step_inputs(self, index: int, inputs: list[int]) -> None:
        """Make the step read other values (uids: INPUT or earlier steps')."""
        step = self._graph_steps()[index]
        step.inputs = list(inputs)
        self._event("step_changed", index, step.uid)

    def set_step_param(self, index: int, name: str, value: Any) -> None:
        """Set a functional or method step's parameter, checked by its spec (view/reshape: `shape`)."""
        from core.model.steps import check_shape_items, resolved_params

        step = self._graph_steps()[index]
        if step.op == "call_method" and step.target in ("view", "reshape") and name == "shape":
            step.params["shape"] = list(check_shape_items(value))
        else:
            specs = step_specs(step.op, step.target)
            if name not in specs:
                raise KeyError(f"{step.label} has no parameter {name!r}")
            value = specs[name].check(value)
            step.params[name] = value
            if resolved_params(Step(step.op, step.target, [], {}, step.output)).get(name) == value:
                step.params.pop(name)  # the function's own default: not written out
        self._event("step_changed", index, step.uid)

    def set_step_output(self, index: int, name: str) -> None:
        """Rename the variable the step assigns (`out`, `identity`)."""
        step = self._graph_steps()[index]
        step.output = name
        self._event("step_changed", index, step.uid)

    # ---- flat <-> graph ------------------------------------------------------------------

    def as_graph(self) -> Block:
        """This block as modules + steps (a copy; a graph block is copied as is). Layers keep their uids."""
        from core.model.block import Block
        from core.model.naming import layer_attribute_names

        block: Block = self  # type: ignore[assignment]
        if block.steps is not None:
            return block.copy()
        layers = []
        for layer in block.layers:
            twin = layer.copy()
            twin.uid = layer.uid
            layers.append(twin)
        modules: list[Entry]
        if block.container == "attributes":
            names = layer_attribute_names(block)
            modules = [Module(name, layer) for name, layer in zip(names, layers)]
            steps = [Step("call_module", name, [INPUT]) for name in names]
            for previous, step in zip(steps, steps[1:]):
                step.inputs = [previous.uid]
        elif block.container == "sequential":
            modules = [Container(block.container_name, [Module(None, layer) for layer in layers])]
            steps = [Step("call_module", block.container_name, [INPUT])]
        else:
            message = i18n.translate("GraphEdits", 'a "{container}" block loops in forward; it has no graph form')
            raise ValueError(message.format(container=block.container))
        return Block(
            [],
            block.class_name,
            block.input_shape,
            block.super_style,
            block.container,
            block.container_name,
            modules,
            steps,
        )
