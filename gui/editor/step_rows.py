"""What the column shows for a graph block: one card per forward step, and the arcs beside it.

A step reads the step above it unless told otherwise; every other value it reads (a skip, the
second input of an add, the inputs of a cat) gets an arc from the step that computed it. Arcs
are put in lanes beside the column, shortest nearest the cards, so nested skips nest instead of
crossing (as torchview draws skips beside the main path). Plain Python: the view paints these.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from core.analysis.block_analysis import Analysis
from core.analysis.formatting import shape_text
from core.layers.registry import LAYER_KINDS
from core.model.block import Block
from core.model.steps import Container, Entry, Step, function_kind, resolved_params


@dataclass(frozen=True)
class StepCard:
    kind: str  # for the icon and colour: a registry kind, "Sequential", "Add", "Concat", "View", "Identity"
    title: str  # the statement, short: "self.conv1", "F.relu", "out + identity", "identity = x"
    detail: str  # key parameters: "Conv2d 16, 3x3, s1, p1"
    note: str  # "self.pool, also step 5"; what a merge reads
    inputs: tuple[int, ...]  # the values read: 0 forward's x, n step n
    # a container's members, drawn as small cards in a frame named after it: (kind, "[0] Conv2d 128, 1x1, s2")
    members: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Arc:
    source: int  # the row computing the value; -1: forward's x
    target: int  # the row reading it
    slot: int  # which of the target's inputs it is
    lane: int  # 0 nearest the cards
    shape: str  # the value's shape, as the arc's label
    error: bool  # the reading step is the invalid one


@dataclass(frozen=True)
class StepRows:
    cards: list[StepCard]
    arcs: list[Arc]

    @property
    def lanes(self) -> int:
        return 1 + max((a.lane for a in self.arcs), default=-1)


def step_rows(block: Block, analysis: Analysis) -> StepRows:
    steps = block.steps or []
    numbers = block.step_numbers()
    callers: dict[str, list[int]] = {}
    for n, step in enumerate(steps, 1):
        if step.op == "call_module":
            callers.setdefault(step.target, []).append(n)
    entries = block.modules_by_name()
    cards = [_card(entries, step, n, numbers, callers, steps) for n, step in enumerate(steps, 1)]
    error_row = analysis.error.index if analysis.error is not None and analysis.error.what == "step" else None
    spans: list[tuple[int, int]] = []
    slots: list[int] = []
    for row, card in enumerate(cards):
        for slot, number in enumerate(card.inputs):
            if number != row:  # reading step `row` (1-based) is reading the step above: no arc
                spans.append((number - 1, row))
                slots.append(slot)
    arcs = [
        Arc(source, target, slot, lane, _shape(analysis, source), target == error_row)
        for (source, target), slot, lane in zip(spans, slots, _lanes(spans), strict=True)
    ]
    return StepRows(cards, arcs)


def _lanes(spans: list[tuple[int, int]]) -> list[int]:
    """Shortest spans first, each in the first lane where it overlaps nothing already placed there."""
    lanes = [0] * len(spans)
    placed: list[list[tuple[int, int]]] = []
    for index in sorted(range(len(spans)), key=lambda i: (spans[i][1] - spans[i][0], spans[i][0])):
        low, high = spans[index]
        for lane, taken in enumerate(placed):
            if all(high <= a or b <= low for a, b in taken):
                taken.append((low, high))
                lanes[index] = lane
                break
        else:
            placed.append([(low, high)])
            lanes[index] = len(placed) - 1
    return lanes


def _shape(analysis: Analysis, row: int) -> str:
    if row < 0:
        return shape_text(tuple(analysis.input_shape))
    return shape_text(analysis.layers[row].output_shape) if row < len(analysis.layers) else "?"


def _value_name(steps: list[Step], numbers: dict[int, int], uid: int) -> str:
    number = numbers.get(uid, -1)
    return "x" if number == 0 else steps[number - 1].output if number > 0 else "?"


def _card(
    entries: dict[str, Entry],
    step: Step,
    number: int,
    numbers: dict[int, int],
    callers: dict[str, list[int]],
    steps: list[Step],
) -> StepCard:
    inputs = tuple(numbers.get(uid, -1) for uid in step.inputs)
    names = [_value_name(steps, numbers, uid) for uid in step.inputs]
    note = ""
    if step.op == "call_module":
        entry = entries.get(step.target)
        others = [n for n in callers.get(step.target, []) if n != number]
        if others:
            note = QCoreApplication.translate("StepCards", "self.{target}, also step {steps}").format(
                target=step.target, steps=", ".join(str(n) for n in others)
            )
        if isinstance(entry, Container):
            kinds = ", ".join(m.layer.kind for m in entry.members)
            members = tuple(
                (
                    m.layer.kind,
                    f"{m.name or index}  {m.layer.kind} {LAYER_KINDS[m.layer.kind].card_params(m.layer.resolved())}",
                )
                for index, m in enumerate(entry.members)
            )
            return StepCard("Sequential", f"self.{step.target}", f"Sequential: {kinds}", note, inputs, members)
        if entry is None:
            return StepCard(
                "Identity",
                f"self.{step.target}",
                QCoreApplication.translate("StepCards", "not registered"),
                note,
                inputs,
            )
        kind = LAYER_KINDS[entry.layer.kind]
        detail = f"{entry.layer.kind} {kind.card_params(entry.layer.resolved())}".strip()
        return StepCard(entry.layer.kind, f"self.{step.target}", detail, note, inputs)
    if step.op == "assign":
        return StepCard(
            "Identity",
            f"{step.output} = {names[0] if names else '?'}",
            QCoreApplication.translate("StepCards", "keeps the value"),
            note,
            inputs,
        )
    if step.op == "call_function" and step.target == "add":
        return StepCard(
            "Add", " + ".join(names), QCoreApplication.translate("StepCards", "add (torch broadcasting)"), note, inputs
        )
    if step.op == "call_function" and step.target == "torch.cat":
        dim = resolved_params(step).get("dim", 0)
        return StepCard("Concat", f"torch.cat([{', '.join(names)}])", f"dim={dim}", note, inputs)
    if step.op == "call_method" and step.target in ("view", "reshape"):
        shape = ", ".join(str(item) for item in step.params.get("shape", []))
        return StepCard("View", f"{names[0] if names else 'x'}.{step.target}", f"({shape})", note, inputs)
    function = function_kind(step)
    kind_name = function.kind if function is not None and function.kind else "Identity"
    detail = LAYER_KINDS[kind_name].card_params(resolved_params(step)) if kind_name in LAYER_KINDS else ""
    return StepCard(kind_name, step.label, detail, note, inputs)
