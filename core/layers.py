"""The one registry of layer kinds: parameters, shape rule, size rules and words for learners.

Everything else (validation, analysis, code generation, palette, property editor) reads
`LAYER_KINDS`; adding a kind is adding one `LayerKind` entry here. No torch import: the
rules are written from torch's documented formulas so analysis runs on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.params import ParamSpec, ParamType, pair

Shape = tuple[int, ...]
Params = dict[str, Any]  # every parameter of a kind, defaults filled in

MAX_CHANNELS = 16384
MAX_WINDOW = 1024  # kernel sizes, strides, paddings, dilations


class LayerProblem(Exception):
    """A layer cannot work on its input; `param` names the culprit when there is one."""

    def __init__(self, param: str | None, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message


@dataclass(frozen=True)
class LayerKind:
    name: str  # the torch.nn class name, e.g. "Conv2d"
    attr_prefix: str  # per-layer attribute names in generated code: conv1, bn1, ...
    summary: str  # what it does, one line
    size_rule: str  # how the output size follows from the input, one line
    params: tuple[ParamSpec, ...]
    output_shape: Callable[[Shape, Params], Shape]
    inferred: tuple[str, ...] = ()  # leading constructor args taken from the input shape
    positional: tuple[str, ...] = ()  # written positionally while each is given
    card_params: Callable[[Params], str] = lambda p: ""  # key values shown on a card
    channels_param: str | None = None  # the parameter that sets the output channel count
    macs_per_output_pixel: bool = False  # torchinfo counts conv weights once per output pixel
    window: Callable[[Params], tuple[tuple[int, int], tuple[int, int]]] | None = None
    train_only_warning: Callable[[Shape, Params], str | None] = lambda s, p: None
    spec_by_name: dict[str, ParamSpec] = field(init=False, repr=False, compare=False)
    defaults: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spec_by_name", {s.name: s for s in self.params})
        object.__setattr__(self, "defaults", {s.name: s.default for s in self.params})

    def resolved(self, explicit: Params) -> Params:
        """All parameters: the explicit ones over torch's defaults."""
        return {**self.defaults, **explicit}

    def param_count(self, in_shape: Shape, p: Params) -> int:
        return sum(n for _, n in self.weight_shapes(in_shape, p))

    def weight_shapes(self, in_shape: Shape, p: Params) -> list[tuple[str, int]]:
        """(name, element count) of each trainable parameter tensor."""
        return _WEIGHTS.get(self.name, lambda s, p: [])(in_shape, p)


def _int(name: str, default: int, low: int, high: int, help: str, required: bool = False) -> ParamSpec:
    return ParamSpec(name, ParamType.INT, default, low, high, help=help, required=required)


def _pair(name: str, default: Any, low: int, help: str, required: bool = False) -> ParamSpec:
    return ParamSpec(name, ParamType.PAIR, default, low, MAX_WINDOW, help=help, required=required)


def _bool(name: str, default: bool, help: str) -> ParamSpec:
    return ParamSpec(name, ParamType.BOOL, default, help=help)


def _xy(v: Any) -> str:
    h, w = pair(v)
    return f"{h}" if h == w else f"{h}x{w}"


def _hw(v: Any) -> str:
    h, w = pair(v)
    return f"{h}x{w}"


def _window_text(k: Any) -> str:
    """A kernel size as the user wrote it: 3 stays "3", (3, 5) reads "3x5"."""
    if isinstance(k, int):
        return str(k)
    h, w = k
    return f"{h}x{w}"


# ---- shape rules -------------------------------------------------------------------


def _sliding_size(size: int, k: int, s: int, pad: int, d: int, ceil_mode: bool = False) -> int:
    """torch's output-size formula for convolution and pooling along one axis."""
    span = d * (k - 1) + 1
    numerator = size + 2 * pad - span + ((s - 1) if ceil_mode else 0)
    out = numerator // s + 1
    # torch: with ceil_mode the last window must start inside the input or left padding
    if ceil_mode and (out - 1) * s >= size + pad:
        out -= 1
    return out


def _conv2d_shape(x: Shape, p: Params) -> Shape:
    n, c, h, w = x
    groups, out_c = p["groups"], p["out_channels"]
    if c % groups:
        raise LayerProblem("groups", f"groups {groups} does not divide the {c} input channels")
    if out_c % groups:
        raise LayerProblem("groups", f"groups {groups} does not divide out_channels {out_c}")
    (kh, kw), (sh, sw), (dh, dw) = pair(p["kernel_size"]), pair(p["stride"]), pair(p["dilation"])
    padding = p["padding"]
    if padding == "same" and (sh, sw) != (1, 1):
        raise LayerProblem("padding", 'padding "same" only works with stride 1 (torch refuses strided "same")')
    if padding == "same":
        totals = (dh * (kh - 1), dw * (kw - 1))
        sides = [(t // 2, t - t // 2) for t in totals]  # torch puts the odd pixel at the end
    elif padding == "valid":
        sides = [(0, 0), (0, 0)]
    else:
        ph, pw = pair(padding)
        sides = [(ph, ph), (pw, pw)]
    mode = p["padding_mode"]
    for size, (before, after) in zip((h, w), sides):
        biggest = max(before, after)
        if mode == "reflect" and biggest >= size:
            raise LayerProblem(
                "padding", f'padding {biggest} with padding_mode "reflect" must be smaller than the input size {h}x{w}'
            )
        if mode == "circular" and biggest > size:
            raise LayerProblem(
                "padding", f'padding {biggest} with padding_mode "circular" cannot exceed the input size {h}x{w}'
            )
    padded = [size + before + after for size, (before, after) in zip((h, w), sides)]
    spans = [dh * (kh - 1) + 1, dw * (kw - 1) + 1]
    if padded[0] < spans[0] or padded[1] < spans[1]:
        dilated = "" if (dh, dw) == (1, 1) else f" (dilated to {spans[0]}x{spans[1]})"
        raise LayerProblem(
            "kernel_size",
            f"kernel_size {_window_text(p['kernel_size'])}{dilated} is larger than the padded input "
            f"{padded[0]}x{padded[1]}",
        )
    out_h = (padded[0] - spans[0]) // sh + 1
    out_w = (padded[1] - spans[1]) // sw + 1
    return (n, out_c, out_h, out_w)


def _pool_shape(x: Shape, p: Params, max_pool: bool) -> Shape:
    n, c, h, w = x
    (kh, kw), (ph, pw) = pair(p["kernel_size"]), pair(p["padding"])
    sh, sw = pair(p["stride"] if p["stride"] is not None else p["kernel_size"])
    dh, dw = pair(p["dilation"]) if max_pool else (1, 1)
    for pad, k in ((ph, kh), (pw, kw)):
        # torch checks the undilated kernel, even for a dilated max pool
        if pad > k // 2:
            raise LayerProblem(
                "padding", f"padding {pad} is more than half of kernel_size {k} (torch allows at most {k // 2})"
            )
    out_h = _sliding_size(h, kh, sh, ph, dh, p["ceil_mode"])
    out_w = _sliding_size(w, kw, sw, pw, dw, p["ceil_mode"])
    if out_h < 1 or out_w < 1:
        spans = f"{dh * (kh - 1) + 1}x{dw * (kw - 1) + 1}"
        window = _window_text(p["kernel_size"]) if (dh, dw) == (1, 1) else f"{spans} (dilated)"
        raise LayerProblem(
            "kernel_size",
            f"kernel_size {window} is larger than the padded input {h + 2 * ph}x{w + 2 * pw} "
            f"(output would be {max(out_h, 0)}x{max(out_w, 0)})",
        )
    return (n, c, out_h, out_w)


def _same_shape(x: Shape, p: Params) -> Shape:
    return x


def _batchnorm_shape(x: Shape, p: Params) -> Shape:
    n, c, h, w = x
    if n * h * w == 1 and not p["track_running_stats"]:
        raise LayerProblem(
            "track_running_stats",
            "with track_running_stats off, BatchNorm2d always uses batch statistics and needs "
            f"more than 1 value per channel; the input {n}x{c}x{h}x{w} has 1",
        )
    return x


def _batchnorm_warning(x: Shape, p: Params) -> str | None:
    n, c, h, w = x
    if n * h * w == 1:
        return (
            f"input {n}x{c}x{h}x{w} has 1 value per channel: works in eval mode, "
            "but torch refuses it in train mode (batch statistics need more than 1 value)"
        )
    return None


def _conv_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    kh, kw = pair(p["kernel_size"])
    weights = [("weight", p["out_channels"] * (x[1] // p["groups"]) * kh * kw)]
    if p["bias"]:
        weights.append(("bias", p["out_channels"]))
    return weights


def _batchnorm_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    return [("weight", x[1]), ("bias", x[1])] if p["affine"] else []


_WEIGHTS: dict[str, Callable[[Shape, Params], list[tuple[str, int]]]] = {
    "Conv2d": _conv_weights,
    "BatchNorm2d": _batchnorm_weights,
}


def _conv_window(p: Params) -> tuple[tuple[int, int], tuple[int, int]]:
    return pair(p["kernel_size"]), pair(p["stride"])


def _pool_window(p: Params) -> tuple[tuple[int, int], tuple[int, int]]:
    return pair(p["kernel_size"]), pair(p["stride"] if p["stride"] is not None else p["kernel_size"])


def _conv_card(p: Params) -> str:
    padding = p["padding"] if isinstance(p["padding"], str) else f"p{_xy(p['padding'])}"
    text = f"{p['out_channels']}, {_hw(p['kernel_size'])}, s{_xy(p['stride'])}, {padding}"
    if p["dilation"] != 1:
        text += f", d{_xy(p['dilation'])}"
    if p["groups"] != 1:
        text += f", g{p['groups']}"
    return text


def _pool_card(p: Params) -> str:
    stride = p["stride"] if p["stride"] is not None else p["kernel_size"]
    return f"{_hw(p['kernel_size'])}, s{_xy(stride)}, p{_xy(p['padding'])}"


_SLIDING = "H_out = floor((H + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1)"

CONV2D = LayerKind(
    name="Conv2d",
    attr_prefix="conv",
    summary="Slides out_channels learned filters over the input; each output channel sums over all input channels.",
    size_rule=_SLIDING,
    params=(
        _int("out_channels", 16, 1, MAX_CHANNELS, "number of filters = output channels", required=True),
        _pair("kernel_size", 3, 1, "filter height and width", required=True),
        _pair("stride", 1, 1, "step between filter positions"),
        ParamSpec(
            "padding",
            ParamType.CONV_PADDING,
            0,
            0,
            MAX_WINDOW,
            help='pixels added on each side, or "same" (output size = input size) / "valid" (none)',
        ),
        _pair("dilation", 1, 1, "spacing between filter taps"),
        _int("groups", 1, 1, MAX_CHANNELS, "split channels into independent groups"),
        _bool("bias", True, "learn one offset per output channel"),
        ParamSpec(
            "padding_mode",
            ParamType.CHOICE,
            "zeros",
            choices=("zeros", "reflect", "replicate", "circular"),
            help="what the padding pixels hold",
        ),
    ),
    output_shape=_conv2d_shape,
    inferred=("in_channels",),
    positional=("out_channels",),
    card_params=_conv_card,
    channels_param="out_channels",
    macs_per_output_pixel=True,
    window=_conv_window,
)

BATCHNORM2D = LayerKind(
    name="BatchNorm2d",
    attr_prefix="bn",
    summary="Normalises each channel to zero mean and unit variance, then scales and shifts it with learned values.",
    size_rule="output size = input size",
    params=(
        ParamSpec("eps", ParamType.FLOAT, 1e-5, 1e-12, 1.0, help="added to the variance for stability"),
        ParamSpec(
            "momentum",
            ParamType.OPTIONAL_FLOAT,
            0.1,
            0.0,
            1.0,
            help="weight of the newest batch in the running statistics (null: plain average)",
        ),
        _bool("affine", True, "learn a scale (weight) and shift (bias) per channel"),
        _bool("track_running_stats", True, "keep running mean and variance for eval mode"),
    ),
    output_shape=_batchnorm_shape,
    inferred=("num_features",),
    card_params=lambda p: "" if p["affine"] else "no affine",
    train_only_warning=_batchnorm_warning,
)

RELU = LayerKind(
    name="ReLU",
    attr_prefix="relu",
    summary="Keeps positive values and sets negative ones to zero: max(0, x).",
    size_rule="output size = input size",
    params=(_bool("inplace", False, "overwrite the input instead of allocating the output"),),
    output_shape=_same_shape,
    card_params=lambda p: "inplace" if p["inplace"] else "",
)

_POOL_PARAMS = (
    _pair("kernel_size", 2, 1, "window height and width", required=True),
    ParamSpec(
        "stride",
        ParamType.OPTIONAL_PAIR,
        None,
        1,
        MAX_WINDOW,
        help="step between windows (null: same as kernel_size)",
    ),
    _pair("padding", 0, 0, "pixels added on each side (at most half the window)"),
)

MAXPOOL2D = LayerKind(
    name="MaxPool2d",
    attr_prefix="pool",
    summary="Keeps the largest value in each window, shrinking height and width.",
    size_rule=_SLIDING + " (stride defaults to kernel_size)",
    params=(
        *_POOL_PARAMS,
        _pair("dilation", 1, 1, "spacing between window taps"),
        _bool("ceil_mode", False, "round the output size up instead of down"),
    ),
    output_shape=lambda x, p: _pool_shape(x, p, max_pool=True),
    positional=("kernel_size", "stride"),
    card_params=_pool_card,
    window=_pool_window,
)

AVGPOOL2D = LayerKind(
    name="AvgPool2d",
    attr_prefix="pool",
    summary="Averages each window, shrinking height and width.",
    size_rule="H_out = floor((H + 2*padding - kernel_size) / stride + 1) (stride defaults to kernel_size)",
    params=(
        *_POOL_PARAMS,
        _bool("ceil_mode", False, "round the output size up instead of down"),
        _bool("count_include_pad", True, "count padding zeros in the average"),
    ),
    output_shape=lambda x, p: _pool_shape(x, p, max_pool=False),
    positional=("kernel_size", "stride"),
    card_params=_pool_card,
    window=_pool_window,
)

LAYER_KINDS: dict[str, LayerKind] = {k.name: k for k in (CONV2D, BATCHNORM2D, RELU, MAXPOOL2D, AVGPOOL2D)}
