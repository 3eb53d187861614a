"""What forward_reader recognises by shape: functional ops and their module twins, and the
PyTorch tutorial's num_flat_features method (read from its body, never run)."""

from __future__ import annotations

import ast
from typing import Any

# functional op -> (its nn module twin, the op's parameters after the input in torch's order,
# torch's defaults where they differ from the module's)
FUNCTIONS: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {
    "F.relu": ("ReLU", ("inplace",), {}),
    "torch.relu": ("ReLU", (), {}),
    "F.max_pool2d": (
        "MaxPool2d",
        ("kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices"),
        {},
    ),
    "F.avg_pool2d": (
        "AvgPool2d",
        ("kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"),
        {},
    ),
    "F.adaptive_avg_pool2d": ("AdaptiveAvgPool2d", ("output_size",), {}),
    "F.dropout": ("Dropout", ("p", "training", "inplace"), {}),
    "F.leaky_relu": ("LeakyReLU", ("negative_slope", "inplace"), {}),
    "F.gelu": ("GELU", (), {}),
    "F.silu": ("SiLU", ("inplace",), {}),
    "F.sigmoid": ("Sigmoid", (), {}),
    "torch.sigmoid": ("Sigmoid", (), {}),
    "F.tanh": ("Tanh", (), {}),
    "torch.tanh": ("Tanh", (), {}),
    "F.softmax": ("Softmax", ("dim",), {}),
    "F.log_softmax": ("LogSoftmax", ("dim",), {}),
    "torch.flatten": ("Flatten", ("start_dim", "end_dim"), {"start_dim": 0}),
}
METHODS = {"relu": "torch.relu", "sigmoid": "torch.sigmoid", "tanh": "torch.tanh", "flatten": "torch.flatten"}


def multiplies_sizes_after_batch(method: ast.FunctionDef) -> bool:
    """The body is: sizes = x.size()[1:] (or x.shape[1:]); n = 1; for s in sizes: n *= s; return n."""
    params = [a.arg for a in method.args.args]
    body = [s for s in method.body if not _is_docstring(s)]
    if len(params) != 2 or len(body) != 4:
        return False
    sizes, start, loop, returned = body
    if not (isinstance(sizes, ast.Assign) and len(sizes.targets) == 1 and isinstance(sizes.targets[0], ast.Name)):
        return False
    value = sizes.value
    sliced = isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice)
    if not sliced or value.slice.upper is not None or value.slice.step is not None:  # type: ignore[attr-defined]
        return False
    lower = value.slice.lower  # type: ignore[attr-defined]
    if not (isinstance(lower, ast.Constant) and lower.value == 1):
        return False
    inner = value.value  # type: ignore[attr-defined]
    of_x = (isinstance(inner, ast.Attribute) and inner.attr == "shape" and _is_name(inner.value, params[1])) or (
        isinstance(inner, ast.Call)
        and isinstance(inner.func, ast.Attribute)
        and inner.func.attr == "size"
        and not inner.args
        and _is_name(inner.func.value, params[1])
    )
    counter = start.targets[0].id if isinstance(start, ast.Assign) and isinstance(start.targets[0], ast.Name) else None
    if not of_x or counter is None or not (isinstance(start.value, ast.Constant) and start.value.value == 1):  # type: ignore[attr-defined]
        return False
    if not (
        isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and _is_name(loop.iter, sizes.targets[0].id)
    ):
        return False
    step = loop.body[0] if len(loop.body) == 1 and not loop.orelse else None
    multiplies = (
        isinstance(step, ast.AugAssign)
        and isinstance(step.op, ast.Mult)
        and _is_name(step.target, counter)
        and _is_name(step.value, loop.target.id)
    )
    return multiplies and isinstance(returned, ast.Return) and _is_name(returned.value, counter)


def _is_name(node: ast.AST | None, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
