"""Every value of a graph block checked again before it reaches source (a Step or Layer can be
built with any dict; only checked identifiers, numbers and known strings may be written)."""

from __future__ import annotations

from core import i18n
from core.analysis.block_analysis import input_shape_problem
from core.analysis.graph_names import graph_names_error, step_kind
from core.codegen.source import CodegenError, check_param_values
from core.layers.registry import LAYER_KINDS
from core.model.block import Block, Layer
from core.model.steps import Container, Step, check_shape_items, step_specs


def check_graph(block: Block, names_checked: bool = False) -> None:
    """Raise CodegenError naming the first value or name that cannot be written.
    `names_checked`: the block's analysis found no error, so its names were checked there."""
    problem = input_shape_problem(block.input_shape)
    if problem:
        raise CodegenError(problem)
    for entry in block.modules:
        for module in entry.members if isinstance(entry, Container) else [entry]:
            _check_layer(module.layer, entry.name)
    for index, step in enumerate(block.steps or []):

        def where(number: int = index + 1, step: Step = step) -> str:  # named only in an error
            return i18n.translate("Codegen", "step {number} {kind}").format(number=number, kind=step_kind(block, step))

        if step.op == "call_method" and step.target in ("view", "reshape"):
            if set(step.params) != {"shape"}:
                message = i18n.translate("Codegen", "{where}: a {target} step holds exactly one parameter, shape")
                raise CodegenError(message.format(where=where(), target=step.target))
            try:
                check_shape_items(step.params["shape"])
            except ValueError as exc:
                raise CodegenError(f"{where()}: shape: {exc}") from None
            continue
        check_param_values(step_specs(step.op, step.target), step.params, where)
    error = None if names_checked else graph_names_error(block)
    if error is not None:
        raise CodegenError(str(error))


def _check_layer(layer: Layer, name: str) -> None:
    """A registered module's values (`name`: the entry holding it, for the message)."""

    def where() -> str:
        return i18n.translate("Codegen", "module {name}").format(name=name)

    specs = LAYER_KINDS[layer.kind].spec_by_name
    check_param_values(specs, layer.params, lambda: f"{where()} {layer.kind}")
    for param in layer.arguments:
        if param not in specs:
            message = i18n.translate("Codegen", "{where} {kind}: no parameter {param!r} to promote")
            raise CodegenError(message.format(where=where(), kind=layer.kind, param=param))
