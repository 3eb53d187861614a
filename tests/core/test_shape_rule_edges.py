"""Every shape rule at its edges, row by row, against real torch modules and torchinfo.

Each row is one layer on one input. The rule (core/layers/shape_rules.py, through the registry)
must refuse exactly what torch refuses, and where both accept, give torch's output shape,
torch's trainable parameter count and torchinfo's mult-adds. The rows sit at the limits a
random generator rarely reaches: groups, dilation, reflect and circular padding at the input
size, ceil_mode dropping a window, padding at and above kernel_size/2, adaptive pools.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import pytest
import torch
import torchinfo

from core.layers.registry import LAYER_KINDS, LayerProblem

INPUT = "(input)"  # a refusal about the input itself, not one parameter


@dataclass(frozen=True)
class Row:
    kind: str
    params: dict[str, Any]
    shape: tuple[int, ...]
    refused: str | None = None  # the parameter the rule must blame; None: torch accepts the row
    note: str = ""

    @property
    def id(self) -> str:
        values = ",".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.kind}({values})@{'x'.join(map(str, self.shape))}" + (f"-{self.note}" if self.note else "")


def conv(shape: tuple[int, ...], refused: str | None = None, note: str = "", **params: Any) -> Row:
    return Row(
        "Conv2d",
        {"out_channels": params.pop("out", 4), "kernel_size": params.pop("k", 3), **params},
        shape,
        refused,
        note,
    )


def pool(kind: str, shape: tuple[int, ...], refused: str | None = None, note: str = "", **params: Any) -> Row:
    return Row(kind, {"kernel_size": params.pop("k", 2), **params}, shape, refused, note)


ROWS: list[Row] = [
    # groups: the weight has in_channels / groups inputs per filter
    conv((1, 4, 8, 8), out=6, groups=2),
    conv((1, 4, 8, 8), out=8, groups=4, note="depthwise"),
    conv((1, 6, 8, 8), out=6, k=(3, 5), groups=3, bias=False),
    conv((2, 8, 5, 7), out=16, k=1, groups=8, note="pointwise-grouped"),
    conv((1, 4, 8, 8), refused="groups", out=6, groups=3, note="in-not-divisible"),
    conv((1, 4, 8, 8), refused="groups", out=6, groups=4, note="out-not-divisible"),
    # dilation: the kernel spans dilation*(k-1)+1 pixels
    conv((1, 2, 8, 8), dilation=2),
    conv((1, 2, 9, 11), k=(3, 2), dilation=(2, 3), stride=(2, 1)),
    conv((1, 2, 5, 5), dilation=2, note="span-equals-input"),
    conv((1, 2, 4, 5), refused="kernel_size", dilation=2, note="span-over-input"),
    conv((1, 2, 4, 4), dilation=2, padding=1, note="padding-rescues-span"),
    # padding as numbers, words, and above kernel_size/2 (legal for a convolution)
    conv((1, 2, 6, 6), padding=(1, 2)),
    conv((1, 2, 6, 6), padding=5, note="padding-above-half-kernel"),
    conv((1, 2, 6, 6), k=4, padding="same", note="uneven-same"),
    conv((1, 2, 7, 7), k=(2, 3), dilation=(3, 2), padding="same"),
    conv((1, 2, 6, 6), refused="padding", padding="same", stride=2),
    conv((1, 2, 6, 6), padding="valid", stride=(2, 3)),
    conv((1, 2, 2, 2), refused="kernel_size", padding="valid"),
    conv((1, 2, 3, 3), k=5, stride=4, padding=1),
    conv((2, 5, 5), out=3, groups=1, padding=1, note="unbatched"),
    # reflect: each padding must be smaller than its side (torch: pad < size)
    conv((1, 2, 3, 8), k=1, padding=2, padding_mode="reflect", note="pad=size-1"),
    conv((1, 2, 3, 8), refused="padding", k=1, padding=3, padding_mode="reflect", note="pad=size"),
    conv((1, 2, 8, 3), refused="padding", k=1, padding=(0, 3), padding_mode="reflect", note="width-pad=size"),
    conv((1, 2, 4, 4), k=7, padding="same", padding_mode="reflect", note="same-pad=size-1"),
    conv((1, 2, 3, 3), refused="padding", k=7, padding="same", padding_mode="reflect", note="same-pad=size"),
    # circular: torch wraps around at most once (pad <= size)
    conv((1, 2, 3, 8), k=1, padding=3, padding_mode="circular", note="pad=size"),
    conv((1, 2, 3, 8), refused="padding", k=1, padding=4, padding_mode="circular", note="pad=size+1"),
    conv((1, 2, 8, 2), refused="padding", k=1, padding=(1, 3), padding_mode="circular", note="width-pad=size+1"),
    conv((1, 2, 2, 2), padding=2, padding_mode="circular", note="small-input"),
    # replicate repeats the edge pixel: any padding works
    conv((1, 2, 3, 3), k=1, padding=7, padding_mode="replicate"),
    conv((1, 2, 3, 8), k=1, padding=3, padding_mode="zeros"),
    # image layers on inputs without height and width
    Row("Conv2d", {"out_channels": 4, "kernel_size": 1}, (2, 10), INPUT),
    # max pooling: ceil_mode, padding at and above kernel_size/2, dilation, stride defaults
    pool("MaxPool2d", (1, 1, 5, 5), stride=2, padding=1, ceil_mode=True, note="ceil-drops-last-window"),
    pool("MaxPool2d", (1, 1, 5, 5), k=3, stride=2, ceil_mode=True, note="ceil-keeps-partial-window"),
    pool("MaxPool2d", (1, 1, 6, 6), k=3, stride=2, ceil_mode=True),
    pool("MaxPool2d", (1, 1, 8, 8), k=3, padding=1),
    pool("MaxPool2d", (1, 1, 8, 8), k=(3, 5), padding=(1, 2), stride=(1, 2)),
    pool("MaxPool2d", (1, 1, 8, 8), refused="padding", padding=2, note="pad-above-half"),
    pool("MaxPool2d", (1, 1, 8, 8), refused="padding", k=3, padding=2, note="pad-above-half-odd"),
    pool("MaxPool2d", (1, 1, 8, 8), refused="padding", k=3, padding=2, dilation=3, note="dilated-undilated-check"),
    pool("MaxPool2d", (1, 1, 8, 8), k=3, padding=1, dilation=3),
    pool("MaxPool2d", (1, 1, 4, 4), refused="kernel_size", k=3, dilation=2, note="dilated-span-over-input"),
    pool("MaxPool2d", (1, 1, 3, 3), refused="kernel_size", k=4, note="kernel-over-input"),
    pool("MaxPool2d", (1, 1, 3, 3), k=4, padding=2, ceil_mode=True),
    pool("MaxPool2d", (3, 7, 7), k=3, stride=3, ceil_mode=True, note="unbatched"),
    # average pooling: same window rules, no dilation
    pool("AvgPool2d", (1, 1, 5, 5), stride=2, padding=1, ceil_mode=True, note="ceil-drops-last-window"),
    pool("AvgPool2d", (1, 1, 7, 7), k=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
    pool("AvgPool2d", (1, 1, 8, 8), k=(2, 4), padding=(1, 2)),
    pool("AvgPool2d", (1, 1, 8, 8), refused="padding", k=3, padding=2, note="pad-above-half"),
    pool("AvgPool2d", (1, 1, 2, 9), refused="kernel_size", k=3, note="kernel-over-height"),
    Row("AvgPool2d", {"kernel_size": 2}, (4, 6), INPUT, note="features"),
    # adaptive pooling: any output size, even larger than the input
    Row("AdaptiveAvgPool2d", {"output_size": 1}, (2, 3, 7, 5)),
    Row("AdaptiveAvgPool2d", {"output_size": (3, 5)}, (1, 2, 8, 8)),
    Row("AdaptiveAvgPool2d", {"output_size": 16}, (1, 2, 8, 8), note="larger-than-input"),
    Row("AdaptiveAvgPool2d", {"output_size": (2, 3)}, (2, 5, 5), note="unbatched"),
    Row("AdaptiveAvgPool2d", {"output_size": 1}, (2, 10), note="features-mean"),
    Row("AdaptiveAvgPool2d", {"output_size": 2}, (2, 10), INPUT, note="features"),
    # batch norm: 4-D only; batch statistics need more than one value per channel
    Row("BatchNorm2d", {}, (2, 3, 4, 4)),
    Row("BatchNorm2d", {"affine": False}, (2, 3, 4, 4)),
    Row("BatchNorm2d", {}, (1, 3, 1, 1), note="eval-uses-running-stats"),
    Row("BatchNorm2d", {"track_running_stats": False}, (2, 3, 1, 1)),
    Row("BatchNorm2d", {"track_running_stats": False}, (1, 3, 1, 1), "track_running_stats"),
    Row("BatchNorm2d", {}, (3, 4, 4), INPUT, note="unbatched"),
    # linear: the last dimension, whatever the rank
    Row("Linear", {"out_features": 7}, (2, 10)),
    Row("Linear", {"out_features": 7, "bias": False}, (2, 3, 4, 5)),
    # flatten: dims counted from both ends
    Row("Flatten", {}, (2, 3, 4, 5)),
    Row("Flatten", {"start_dim": 0, "end_dim": -2}, (2, 3, 4, 5)),
    Row("Flatten", {"start_dim": -3, "end_dim": 2}, (2, 3, 4, 5)),
    Row("Flatten", {"start_dim": 2, "end_dim": 1}, (2, 3, 4, 5), "start_dim"),
    Row("Flatten", {"start_dim": 2}, (2, 10), "start_dim"),
    Row("Flatten", {"end_dim": -3}, (2, 10), "end_dim"),
    # shape-keeping layers, on maps and on features
    Row("ReLU", {"inplace": True}, (2, 3, 4, 4)),
    Row("Dropout", {"p": 0.3}, (2, 10)),
    Row("Dropout2d", {}, (2, 3, 4, 4)),
    Row("Dropout2d", {}, (2, 10), note="2-D-drops-values"),
    Row("LeakyReLU", {"negative_slope": -2.0}, (2, 3, 4, 4)),
    Row("GELU", {"approximate": "tanh"}, (2, 10)),
    Row("SiLU", {}, (2, 3, 4, 4)),
    Row("Sigmoid", {}, (2, 10)),
    Row("Tanh", {}, (2, 3, 4, 4)),
    Row("Identity", {}, (2, 10)),
    # softmax: dim must name an existing dimension of this input
    Row("Softmax", {"dim": 1}, (2, 3, 4, 4)),
    Row("Softmax", {"dim": -1}, (2, 10)),
    Row("Softmax", {"dim": 2}, (2, 10), "dim", note="dim-past-rank"),
    Row("LogSoftmax", {"dim": 3}, (2, 3, 4, 4)),
    Row("LogSoftmax", {"dim": -3}, (2, 10), "dim", note="negative-dim-past-rank"),
    # upsample: scale or size, nearest or bilinear
    Row("Upsample", {"scale_factor": 2.0}, (1, 3, 5, 7)),
    Row("Upsample", {"scale_factor": 1.5, "mode": "bilinear"}, (1, 3, 5, 7), note="fractional"),
    Row("Upsample", {"size": (9, 4), "scale_factor": None}, (1, 3, 5, 7)),
    # transposed conv: output_padding below stride or dilation, groups, padding above the output
    Row("ConvTranspose2d", {"out_channels": 4, "kernel_size": 3, "stride": 2}, (1, 3, 5, 5)),
    Row("ConvTranspose2d", {"out_channels": 4, "kernel_size": 3, "stride": 2, "output_padding": 1}, (1, 3, 5, 5)),
    Row(
        "ConvTranspose2d",
        {"out_channels": 4, "kernel_size": 3, "stride": 2, "output_padding": 2},
        (1, 3, 5, 5),
        "output_padding",
        note="output-padding-at-stride",
    ),
    Row("ConvTranspose2d", {"out_channels": 6, "kernel_size": 2, "groups": 2, "bias": False}, (1, 4, 3, 3)),
    # padding that removes every pixel: an empty batch of two, refused for a batch of one
    Row("ConvTranspose2d", {"out_channels": 1, "kernel_size": 1, "padding": 2}, (2, 1, 4, 4), note="empty-batch"),
    Row("ConvTranspose2d", {"out_channels": 1, "kernel_size": 1, "padding": 2}, (1, 1, 4, 4), "padding"),
    Row("ConvTranspose2d", {"out_channels": 6, "kernel_size": 2, "groups": 4}, (1, 4, 3, 3), "groups"),
]


def rule_result(row: Row) -> tuple[tuple[int, ...], int] | LayerProblem:
    """(output shape, trainable parameters) from the rule alone, or the problem it reports."""
    kind = LAYER_KINDS[row.kind]
    p = kind.resolved(row.params)
    try:
        return kind.output_shape(row.shape, p), kind.param_count(row.shape, p)
    except LayerProblem as problem:
        return problem


def torch_module(row: Row) -> torch.nn.Module:
    """The real torch.nn layer for `row`, with the sizes the registry infers from the input."""
    kind = LAYER_KINDS[row.kind]
    inferred = {name: row.shape[kind.inferred_dim] for name in kind.inferred}
    return getattr(torch.nn, row.kind)(**inferred, **row.params).eval()


def torch_result(row: Row) -> tuple[tuple[int, ...], int] | Exception:
    """(output shape, trainable parameters) from torch itself, or the exception torch raises."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "same" with an even kernel, Dropout2d on 2-D: legal, noted
            module = torch_module(row)
            with torch.no_grad():
                out = module(torch.zeros(row.shape))
    except (RuntimeError, ValueError, IndexError) as exc:
        return exc
    return tuple(out.shape), sum(p.numel() for p in module.parameters() if p.requires_grad)


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_rule_refuses_exactly_what_torch_refuses_and_agrees_otherwise(row: Row) -> None:
    ours, theirs = rule_result(row), torch_result(row)
    if isinstance(theirs, Exception):
        assert isinstance(ours, LayerProblem), f"torch refuses ({theirs}), the rule accepts: {ours}"
        assert (ours.param or INPUT) == row.refused, ours.message
        return
    assert not isinstance(ours, LayerProblem), f"torch accepts {theirs}, the rule refuses: {ours.message}"
    assert ours == theirs, "(output shape, parameters): rule vs torch"
    assert row.refused is None, "the table expects a refusal here, torch accepts"


ANALYSABLE = [row for row in ROWS if len(row.shape) in (2, 4)]  # a Block's input is (N, F) or (N, C, H, W)


@pytest.mark.parametrize("row", ANALYSABLE, ids=[row.id for row in ANALYSABLE])
def test_block_analysis_equals_torchinfo(row: Row) -> None:
    from core import Block, Layer, analyze

    analysis = analyze(Block([Layer(row.kind, dict(row.params))], input_shape=row.shape))
    if isinstance(torch_result(row), Exception):
        assert not analysis.ok and analysis.error.index == 0, analysis.error
        return
    assert analysis.ok, analysis.error
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stats = torchinfo.summary(torch_module(row), input_size=row.shape, verbose=0, device="cpu", mode="eval")
    info = stats.summary_list[0]
    report = analysis.layers[0]
    assert (report.output_shape, report.params, report.mult_adds) == (
        tuple(info.output_size),
        info.trainable_params,
        info.macs,
    ), "(output shape, params, mult-adds): analysis vs torchinfo"


def test_every_registered_kind_has_edge_rows() -> None:
    missing = sorted(set(LAYER_KINDS) - {row.kind for row in ROWS})
    assert not missing, f"add rows for {missing} to tests/core/shape_rule_edge_rows.py"


def test_the_table_reaches_both_sides_of_each_limit() -> None:
    """A table of only accepted (or only refused) rows cannot catch a limit moved by one."""
    accepted = {row.kind for row in ROWS if row.refused is None}
    refused = {row.kind for row in ROWS if row.refused is not None}
    for kind in ("Conv2d", "MaxPool2d", "AvgPool2d", "BatchNorm2d", "Flatten"):
        assert kind in accepted and kind in refused, kind
