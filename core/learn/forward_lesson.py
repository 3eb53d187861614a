"""Why `F.relu` may be called in `forward` while `nn.Conv2d` must be assigned in `__init__`, shown live.

The lesson builds two real classes from the block's generated source: the block as written, and
the same block with its first Conv2d created inside `forward` instead (the mistake, generated for
real by moving that statement). Every fact the learner reads is measured on those live objects:
what `named_modules()`, `parameters()` and `state_dict()` hold, whether two runs on one input
agree, and where the weights are after `.to(device)`. torch is imported inside the functions.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

from core import i18n
from core.codegen.loader import instantiate_class, load_module
from core.model.block import Block

MISTAKE_COMMENT = i18n.QT_TRANSLATE_NOOP(
    "GeneratedCode", "# the mistake: a new, unregistered layer with fresh random weights on every call"
)
# what forward may call without registering anything: stateless functions, no weights
FUNCTIONAL = re.compile(r"\b((?:F|torch)\.[a-z_0-9]+)\(")


class NoLayerToMove(ValueError):
    """The block registers no Conv2d or Linear whose creation could be moved into forward."""


@dataclass(frozen=True)
class Mistake:
    """The block's source with one registered layer created inside forward instead."""

    source: str
    attribute: str  # the attribute no longer registered: "conv1" (or a container holding the conv)
    constructor: str  # what forward now calls on every run: "nn.Conv2d(3, 16, ...)"
    line: int  # 1-based line of the moved statement in `source`


@dataclass
class RegistrationLesson:
    """What the two live objects showed."""

    mistake: Mistake
    functions: list[str]  # stateless calls in the block's forward: "F.relu", "torch.flatten"
    named_modules: list[tuple[str, str]]  # the correct block's (name, type), "" for the block itself
    relu_is_module: bool  # isinstance(F.relu, nn.Module): False
    params_correct: int
    params_mistake: int
    missing_keys: list[str]  # state_dict keys the mistake no longer has
    same_output_correct: bool  # two runs of the correct block on one input agree (eval mode)
    max_difference_mistake: float  # largest difference between two runs of the mistake
    device: str  # where .to() sent both blocks: "cuda" or "meta" (a stand-in without a GPU)
    correct_devices: list[str]  # devices of the correct block's parameters after .to(device)
    created_devices: list[str]  # devices of the weights of the layers forward created
    mistake_error: str | None = None  # what running the moved mistake on that device said
    notes: list[str] = field(default_factory=list)


def make_mistake(source: str, class_name: str) -> Mistake:
    """Move the first registered Conv2d (else Linear) from __init__ into forward, as a learner might."""
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    init, forward = methods["__init__"], methods["forward"]
    move = _statement_to_move(init)
    if move is None:
        raise NoLayerToMove(
            i18n.translate("ForwardLesson", "the block registers no Conv2d or Linear: add one to see this lesson")
        )
    statement, attribute = move
    lines = source.split("\n")
    moved = lines[statement.lineno - 1 : statement.end_lineno]
    moved[0] = moved[0].replace(f"self.{attribute} =", f"{attribute} =", 1)
    constructor = ast.get_source_segment(source, statement.value) or ""
    body_start = forward.body[0].lineno - 1
    if _is_docstring(forward.body[0]) and len(forward.body) > 1:
        body_start = forward.body[1].lineno - 1
    indent = re.match(r"\s*", lines[body_start]).group(0)  # type: ignore[union-attr]
    call = re.compile(rf"\bself\.{re.escape(attribute)}\b")
    forward_lines = [call.sub(attribute, line) for line in lines[body_start : forward.end_lineno]]
    new_lines = (
        lines[: statement.lineno - 1]
        + lines[statement.end_lineno : body_start]
        + [indent + i18n.code_text("GeneratedCode", MISTAKE_COMMENT)]
        + [indent + line.strip() if i == 0 else line for i, line in enumerate(moved)]
        + forward_lines
        + lines[forward.end_lineno :]
    )
    # the moved statement now sits after the comment, where the forward body started (lines shift up)
    line = body_start - (statement.end_lineno - statement.lineno + 1) + 2
    return Mistake("\n".join(new_lines), attribute, constructor, line)


def _statement_to_move(init: ast.FunctionDef) -> tuple[ast.Assign, str] | None:
    candidates: list[tuple[int, ast.Assign, str]] = []
    for statement in init.body:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
            continue
        target = statement.targets[0]
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"):
            continue
        called = {_call_name(node) for node in ast.walk(statement.value) if isinstance(node, ast.Call)}
        direct = _call_name(statement.value) if isinstance(statement.value, ast.Call) else ""
        # a Conv2d assigned on its own first, then one inside a container, then a Linear
        for rank, wanted, exact in ((0, "nn.Conv2d", True), (1, "nn.Conv2d", False), (2, "nn.Linear", False)):
            if (direct == wanted) if exact else (wanted in called):
                candidates.append((rank, statement, target.attr))
                break
    if not candidates:
        return None
    _, statement, attribute = min(candidates, key=lambda c: c[0])
    return statement, attribute


def _call_name(node: ast.AST) -> str:
    func = node.func if isinstance(node, ast.Call) else node
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return func.id if isinstance(func, ast.Name) else ""


def _method_source(source: str, class_name: str, name: str) -> str:
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    method = next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == name)
    return ast.get_source_segment(source, method) or ""


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def registration_lesson(block: Block, source: str, seed: int = 0) -> RegistrationLesson:
    """Build the block and its mistake, run both twice on one input, move both with .to()."""
    import torch
    import torch.nn.functional as F  # noqa: N812 - as PyTorch code spells it

    mistake = make_mistake(source, block.class_name)
    torch.manual_seed(seed)
    correct = instantiate_class(load_module(source, block.class_name)).eval()
    wrong = instantiate_class(load_module(mistake.source, block.class_name)).eval()
    x = torch.randn(*block.input_shape)
    with torch.no_grad():
        same = bool(torch.equal(correct(x), correct(x)))
        difference = float((wrong(x) - wrong(x)).abs().max())
    correct_keys, wrong_keys = set(correct.state_dict()), set(wrong.state_dict())
    device = "cuda" if torch.cuda.is_available() else "meta"
    correct.to(device)
    wrong.to(device)
    created: list[str] = []
    registered = {id(module) for module in wrong.modules()}

    def record(module: Any, args: Any) -> None:
        weight = getattr(module, "weight", None)
        if id(module) not in registered and isinstance(weight, torch.Tensor):
            created.append(
                i18n.translate("ForwardLesson", "{kind} weight on {device}").format(
                    kind=type(module).__name__, device=weight.device.type
                )
            )

    hook = torch.nn.modules.module.register_module_forward_pre_hook(record)
    error = None
    try:
        with torch.no_grad():
            wrong(x.to(device))
    except Exception as exc:  # noqa: BLE001 - the learner is shown exactly what torch said
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    finally:
        hook.remove()
    forward_source = _method_source(source, block.class_name, "forward")
    return RegistrationLesson(
        mistake=mistake,
        functions=sorted(set(FUNCTIONAL.findall(forward_source))),
        named_modules=[(name, type(module).__name__) for name, module in correct.named_modules()],
        relu_is_module=isinstance(F.relu, torch.nn.Module),
        params_correct=sum(p.numel() for p in correct.parameters()),
        params_mistake=sum(p.numel() for p in wrong.parameters()),
        missing_keys=sorted(correct_keys - wrong_keys),
        same_output_correct=same,
        max_difference_mistake=difference,
        device=device,
        correct_devices=sorted({p.device.type for p in correct.parameters()}),
        created_devices=created,
        mistake_error=error,
    )
