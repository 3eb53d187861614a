"""The Block document: ordered layers plus class options. Every edit goes through it.

Observers (the GUI's Qt adapters, the autosaver) subscribe to `BlockEvent`s. Insert, remove
and move emit an "about to" event before the change and a "done" event after, so a Qt item
model can call beginInsertRows/endInsertRows around the real change.
"""

from __future__ import annotations

import functools
import itertools
import keyword
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core import i18n
from core.layers.registry import LAYER_KINDS
from core.model.graph_edits import GraphEdits
from core.model.steps import Entry, Step

SUPER_STYLES = ("super", "explicit", "omitted")
SUPER_STYLE_LABELS = {
    "super": "super().__init__()",
    "explicit": "super(ClassName, self).__init__()",
    "omitted": i18n.QT_TRANSLATE_NOOP("Block", "omitted (teaching: instantiation fails)"),
}  # shown as i18n.translate("Block", label)
# how a flat block registers its layers: one nn.Sequential, one attribute each, an nn.ModuleList
# looped over in forward, or (a teaching mistake) a plain Python list, which nn.Module never sees
CONTAINERS = ("sequential", "attributes", "modulelist", "list")
MAX_LAYERS = 1000
MAX_BATCH = 4096
MAX_SIDE = 8192

_uids = itertools.count(1)

# Names a generated class or argument must not take: they would shadow what the code uses.
RESERVED_NAMES = frozenset({"self", "nn", "torch", "x", "super", "print", "F", "OrderedDict"})
# nn.Module's own attributes (torch 2.x, public ones; every `_name` is refused too): an argument
# stored as `self.eval = eval` or a container called `parameters` would break the module.
# tests/core/test_hostile_files.py checks this list against the installed torch.
MODULE_ATTRIBUTES = frozenset(
    """T_destination add_module apply bfloat16 buffers call_super_init children compile cpu cuda double
    dump_patches eval extra_repr float forward get_buffer get_extra_state get_parameter get_submodule half
    ipu load_state_dict modules mtia named_buffers named_children named_modules named_parameters parameters
    register_backward_hook register_buffer register_forward_hook register_forward_pre_hook
    register_full_backward_hook register_full_backward_pre_hook register_load_state_dict_post_hook
    register_load_state_dict_pre_hook register_module register_parameter register_state_dict_post_hook
    register_state_dict_pre_hook requires_grad_ set_extra_state set_submodule share_memory state_dict to
    to_empty train training type xpu zero_grad""".split()
)


# what name_problem's callers name (its `what`), translated in its message
NAME_KINDS = (
    i18n.QT_TRANSLATE_NOOP("NameProblem", "argument name"),
    i18n.QT_TRANSLATE_NOOP("NameProblem", "class name"),
    i18n.QT_TRANSLATE_NOOP("NameProblem", "container name"),
    i18n.QT_TRANSLATE_NOOP("NameProblem", "module name"),
    i18n.QT_TRANSLATE_NOOP("NameProblem", "variable name"),
    i18n.QT_TRANSLATE_NOOP("NameProblem", "name in a keyed Sequential"),
)


def name_problem(name: object, what: str) -> str | None:
    """Why `name` cannot be a Python name in generated code, or None when it can."""
    if isinstance(name, str):
        # analysis checks every name on every edit: remember them (per language)
        return _name_problem(name, what, i18n.current_language())
    return i18n.translate("NameProblem", "{what} must be a non-empty name").format(
        what=i18n.translate("NameProblem", what)
    )


@functools.lru_cache(maxsize=4096)
def _name_problem(name: str, what: str, language: str) -> str | None:
    text = _name_rule(name)
    return (
        None
        if text is None
        else text.format(what=i18n.translate("NameProblem", what), name=name, start=repr(name[:20]))
    )


def _name_rule(name: str) -> str | None:
    """The message for the first rule `name` breaks, with {what}, {name} and {start} to fill."""
    if not name:
        return i18n.translate("NameProblem", "{what} must be a non-empty name")
    if len(name) > 64:
        return i18n.translate("NameProblem", "{what} {start}... is longer than 64 characters")
    if not name.isascii() or not name.isidentifier():
        return i18n.translate(
            "NameProblem",
            "{what} {name!r} is not a Python identifier (letters, digits and _, not starting with a digit)",
        )
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return i18n.translate("NameProblem", "{what} {name!r} is a Python keyword")
    if name in RESERVED_NAMES or name.startswith("__"):
        return i18n.translate("NameProblem", "{what} {name!r} is reserved in the generated code")
    if name in MODULE_ATTRIBUTES or name.startswith("_"):
        return i18n.translate(
            "NameProblem", "{what} {name!r} is taken by nn.Module itself (names starting with _ are its internals)"
        )
    return None


@dataclass
class Layer:
    """One layer: its kind, the parameters set away from torch's defaults, and promotions."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    # parameter name -> __init__ argument name; the argument's default is the parameter value
    arguments: dict[str, str] = field(default_factory=dict)
    uid: int = field(default_factory=lambda: next(_uids), compare=False)

    def __post_init__(self) -> None:
        if self.kind not in LAYER_KINDS:
            raise ValueError(f"unknown layer kind {self.kind!r}")

    def value(self, name: str) -> Any:
        return self.params.get(name, LAYER_KINDS[self.kind].spec_by_name[name].default)

    def resolved(self) -> dict[str, Any]:
        return LAYER_KINDS[self.kind].resolved(self.params)

    def copy(self) -> Layer:
        """An equal layer with a fresh identity (for duplicate and paste)."""
        return Layer(self.kind, dict(self.params), dict(self.arguments))

    @classmethod
    def new(cls, kind: str) -> Layer:
        """A layer as the palette adds it: required parameters get a sensible starting value."""
        spec = LAYER_KINDS[kind]
        return cls(kind, {s.name: s.default for s in spec.params if s.required})


@dataclass(frozen=True)
class BlockEvent:
    # flat rows: inserting/inserted, removing/removed, moving/moved, layer_changed, options_changed;
    # graph edits (after the change): module_added/removed/renamed/changed, step_added/removed/changed
    type: str
    index: int = -1  # first row affected (for graph edits: the module entry's or step's position)
    count: int = 0
    dest: int = -1  # for moves: the row the moved run ends up starting at
    uid: int = 0  # graph edits: the module's or step's uid


Listener = Callable[[BlockEvent], None]


class Block(GraphEdits):
    """The options of the generated class plus either an ordered list of layers (a flat block, a
    chain) or registered modules and forward steps (a graph block: `steps` is not None)."""

    def __init__(
        self,
        layers: list[Layer] | None = None,
        class_name: str = "ConvBlock",
        input_shape: tuple[int, ...] = (1, 3, 64, 64),  # (N, C, H, W) or (N, F)
        super_style: str = "super",
        container: str = "sequential",
        container_name: str = "conv_block",
        modules: list[Entry] | None = None,
        steps: list[Step] | None = None,
    ) -> None:
        self.layers: list[Layer] = list(layers or [])
        # a graph block: what __init__ registers and what forward computes (see core/model/steps.py)
        self.modules: list[Entry] = list(modules or [])
        self.steps: list[Step] | None = None if steps is None else list(steps)
        self.class_name = class_name
        self.input_shape = tuple(input_shape)
        self.super_style = super_style
        self.container = container
        self.container_name = container_name
        self._listeners: list[Listener] = []

    OPTION_NAMES = ("class_name", "input_shape", "super_style", "container", "container_name")

    # ---- observation ---------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, event: BlockEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # ---- edits -----------------------------------------------------------------------

    def insert(self, index: int, layers: list[Layer]) -> None:
        index = max(0, min(index, len(self.layers)))
        self._emit(BlockEvent("inserting", index, len(layers)))
        self.layers[index:index] = layers
        self._emit(BlockEvent("inserted", index, len(layers)))

    def remove(self, index: int, count: int = 1) -> list[Layer]:
        """Remove `count` layers from `index` on and return them (for undo)."""
        # checked before anything is announced: a view told "removing 2" when 1 goes loses rows
        self._check_run(index, count)
        self._emit(BlockEvent("removing", index, count))
        removed = self.layers[index : index + count]
        del self.layers[index : index + count]
        self._emit(BlockEvent("removed", index, count))
        return removed

    def move(self, index: int, count: int, dest: int) -> None:
        """Move the run of `count` layers at `index` so it starts at row `dest` afterwards."""
        if count != 0 or dest != index:
            self._check_run(index, count)
            if not 0 <= dest <= len(self.layers) - count:
                raise IndexError(f"cannot move {count} layer(s) to row {dest} of {len(self.layers)}")
        if dest == index or count == 0:
            return
        self._emit(BlockEvent("moving", index, count, dest))
        run = self.layers[index : index + count]
        del self.layers[index : index + count]
        self.layers[dest:dest] = run
        self._emit(BlockEvent("moved", index, count, dest))

    def set_param(self, index: int, name: str, value: Any) -> None:
        """Set a parameter; setting torch's default removes it from the explicit set."""
        layer = self.layers[self._check_row(index)]
        spec = LAYER_KINDS[layer.kind].spec_by_name[name]
        value = spec.check(value)
        if value == spec.default and not spec.required:
            layer.params.pop(name, None)
        else:
            layer.params[name] = value
        self._emit(BlockEvent("layer_changed", index, 1))

    def set_argument(self, index: int, param: str, argument: str | None) -> None:
        """Promote a parameter to an `__init__` argument (None demotes it back to a literal)."""
        layer = self.layers[self._check_row(index)]
        if param not in LAYER_KINDS[layer.kind].spec_by_name:
            raise KeyError(f"{layer.kind} has no parameter {param!r}")
        if argument is None:
            layer.arguments.pop(param, None)
        else:
            layer.arguments[param] = argument
        self._emit(BlockEvent("layer_changed", index, 1))

    def set_option(self, name: str, value: Any) -> None:
        """Change a class option. Names and shapes may be invalid (analysis says why, the GUI
        shows it); a choice outside its fixed set is refused with ValueError."""
        if name not in self.OPTION_NAMES:
            raise KeyError(name)
        choices = {"super_style": SUPER_STYLES, "container": CONTAINERS}.get(name)
        if choices is not None and value not in choices:
            raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
        if name == "input_shape":
            if not isinstance(value, (list, tuple)):
                message = i18n.translate(
                    "Block", "input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W), not {value!r}"
                )
                raise ValueError(message.format(value=value))
            value = tuple(value)
        setattr(self, name, value)
        self._emit(BlockEvent("options_changed"))

    def _check_row(self, index: int) -> int:
        if not 0 <= index < len(self.layers):  # a negative index would silently count from the end
            raise IndexError(f"no layer at row {index} (the block has {len(self.layers)})")
        return index

    def _check_run(self, index: int, count: int) -> None:
        if count < 0 or index < 0 or index + count > len(self.layers):
            raise IndexError(f"no run of {count} layer(s) at row {index} (the block has {len(self.layers)})")

    def replace_all(self, other: Block) -> None:
        """Take over another block's content (open, revert, restore) as one reset."""
        if self.layers:
            self.remove(0, len(self.layers))
        for name in self.OPTION_NAMES:
            setattr(self, name, getattr(other, name))
        self.modules = [entry.copy() for entry in other.modules]
        self.steps = None if other.steps is None else [step.copy() for step in other.steps]
        self.insert(0, [layer.copy() for layer in other.layers])
        self._emit(BlockEvent("options_changed"))

    # ---- reading -----------------------------------------------------------------------

    @property
    def is_graph(self) -> bool:
        """Whether the block is modules + steps (True) or a flat chain of layers (False)."""
        return self.steps is not None

    def copy(self) -> Block:
        """An equal block; graph modules and steps keep their uids (step inputs refer to them)."""
        return Block(
            [layer.copy() for layer in self.layers],
            self.class_name,
            self.input_shape,  # type: ignore[arg-type]
            self.super_style,
            self.container,
            self.container_name,
            [entry.copy() for entry in self.modules],
            None if self.steps is None else [step.copy() for step in self.steps],
        )

    def same_content(self, other: Block) -> bool:
        return (
            all(getattr(self, n) == getattr(other, n) for n in self.OPTION_NAMES)
            and self.layers == other.layers
            and self.graph_key() == other.graph_key()
        )
