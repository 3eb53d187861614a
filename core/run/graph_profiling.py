"""Profiling a graph block step by step: each forward statement's activation and timing.

Hooks see modules only, and a graph's adds, concatenations and functions are not modules, so
the steps run here one at a time on the generated class's own modules, each on copies of the
values it reads (an inplace ReLU must not change a value another step reads later). The whole
forward is still timed as the generated `forward` itself.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core import i18n
from core.analysis.graph_names import step_kind
from core.codegen.loader import LoadError, error_from_exception
from core.codegen.source import GeneratedCode
from core.layers.registry import LAYER_KINDS
from core.model.block import Block
from core.model.steps import INPUT, SIZE_ITEM, Container, Step, function_kind, resolved_params
from core.run.activation_stats import summarise
from core.run.timing import first_call

if TYPE_CHECKING:
    from core.run.profiling import Profiler, ProfileResult


def step_function(model: Any, step: Step) -> Callable[..., Any]:
    """What the step's statement computes, as a callable on its input tensors."""
    import torch
    import torch.nn.functional as F

    if step.op == "call_module":
        return getattr(model, step.target)
    if step.op == "assign":
        return lambda a: a
    if step.op == "call_function" and step.target == "add":
        return torch.add  # a += b computes the same values; a copy keeps the captured input intact
    if step.op == "call_function" and step.target == "torch.cat":
        dim = resolved_params(step)["dim"]
        return lambda *values: torch.cat(values, dim=dim)
    if step.op == "call_method" and step.target in ("view", "reshape"):
        items = step.params.get("shape", [])

        def reshape(a: Any) -> Any:
            sizes = [a.size(int(SIZE_ITEM.match(i).group(1))) if isinstance(i, str) else i for i in items]  # type: ignore[union-attr]
            return getattr(a, step.target)(*sizes)

        return reshape
    function = function_kind(step)
    assert function is not None and function.kind is not None
    params = resolved_params(step)
    names = [s.name for s in LAYER_KINDS[function.kind].params]
    kwargs = {name: params[name] for name in names}
    if step.op == "call_method":
        return lambda a: a.flatten(kwargs["start_dim"], kwargs["end_dim"])
    module_name, _, name = step.target.partition(".")
    fn = getattr(F if module_name == "F" else torch, name)
    if function.training:
        return lambda a: fn(a, training=model.training, **kwargs)
    if function.kind in ("Sigmoid", "Tanh", "GELU") and not kwargs:
        return fn
    return functools.partial(fn, **kwargs)


def result_kind(block: Block, step: Step) -> str:
    """A registry kind for the views that colour rows by kind (the step's own, else Identity)."""
    if step.op == "call_module":
        entry = block.entry_named(step.target)
        members = entry.members if isinstance(entry, Container) else [entry] if entry else []
        return members[-1].layer.kind if members else "Identity"
    function = function_kind(step)
    return function.kind if function is not None and function.kind else "Identity"


def run_graph(profiler: Profiler, model: Any, block: Block, generated: GeneratedCode, result: ProfileResult, x: Any,
              device_id: str) -> None:  # fmt: skip
    """Fill `result` with one LayerResult per step (activations, first-call and measured times)."""
    from core.run.profiling import LayerResult

    s = profiler.settings
    steps = block.steps or []
    functions = [step_function(model, step) for step in steps]
    total_steps = 3 + (len(steps) + 1 if s.timing else 0)
    profiler._step(1, total_steps, "first call")
    values: dict[int, Any] = {INPUT: x.clone()}
    inputs: dict[int, list[Any]] = {}
    numbers = block.step_numbers()
    for index, (step, fn) in enumerate(zip(steps, functions)):
        profiler._check_stop()
        args = [values[uid].clone() for uid in step.inputs]
        inputs[index] = [a.clone() for a in args]
        try:
            seconds = first_call(lambda fn=fn, args=args, uid=step.uid: values.__setitem__(uid, fn(*args)), device_id)
        except Exception as exc:
            if isinstance(exc, MemoryError) or "out of memory" in str(exc).lower():
                raise
            raise _step_error(exc, model, generated, block, index, step) from None
        out = values[step.uid].detach()
        captured = out.float().cpu().numpy() if s.capture else None
        result.layers.append(
            LayerResult(
                index,
                result_kind(block, step),
                tuple(args[0].shape),
                tuple(out.shape),
                seconds,
                captured,
                summary=summarise(captured[0]) if captured is not None else None,
                inputs=tuple(block.input_positions(step, numbers)),
                label=step_kind(block, step),
            )
        )
    profiler._step(2, total_steps, i18n.translate("Profiler", "whole forward, first call"))
    result.first_call_s = first_call(lambda: model(x.clone()), device_id)
    if not s.timing:
        return
    for index, (fn, report) in enumerate(zip(functions, result.layers)):
        profiler._step(
            3 + index,
            total_steps,
            i18n.translate("Profiler", "timing step {number} {kind}").format(number=index + 1, kind=report.label),
        )
        report.timing = profiler._measure(functools.partial(fn, *inputs[index]), device_id)
    inputs.clear()
    profiler._step(3 + len(steps), total_steps, i18n.translate("Profiler", "timing the whole forward"))
    result.total = profiler._measure(lambda: model(x), device_id)
    profiler._step(total_steps, total_steps, i18n.translate("Profiler", "done"))


def _step_error(exc: BaseException, model: Any, generated: GeneratedCode, block: Block, index: int,
                step: Step) -> LoadError:  # fmt: skip
    """The failure in words, at the generated line of the step."""
    filename = getattr(sys.modules.get(type(model).__module__), "__file__", "")
    base = error_from_exception(exc, filename, generated.source.splitlines(keepends=True))
    lines = generated.step_lines.get(step.uid)
    if not lines:
        return base
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    line = lines[0]
    message = i18n.translate("Profiler", "step {number} {kind}: {problem}").format(
        number=index + 1, kind=step_kind(block, step), problem=text
    )
    return LoadError(type(exc).__name__, message, line, generated.source.splitlines()[line - 1])
