"""The one registry of layer kinds: parameters, shape rule, size rules and words for learners.

Everything else (validation, analysis, code generation, palette, property editor) reads
`LAYER_KINDS`; adding a kind is adding one `LayerKind` entry here. No torch import: the
rules (core/layers/shape_rules.py) are written from torch's formulas so analysis runs on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.layers import shape_rules as rules
from core.layers.params import ParamSpec, ParamType, pair
from core.layers.shape_rules import LayerProblem, Params, Shape

__all__ = ["LAYER_KINDS", "LayerKind", "LayerProblem", "MAX_CHANNELS", "MAX_WINDOW", "Params", "Shape"]

MAX_CHANNELS = 16384
MAX_FEATURES = 1 << 20
MAX_WINDOW = 1024  # kernel sizes, strides, paddings, dilations
Weights = Callable[[Shape, Params], list[tuple[str, int]]]


def _no_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    return []


def _no_warning(x: Shape, p: Params) -> str | None:
    return None


@dataclass(frozen=True)
class LayerKind:
    name: str  # the torch.nn class name, e.g. "Conv2d"
    attr_prefix: str  # per-layer attribute names in generated code: conv1, bn1, ...
    summary: str  # what it does, one or two sentences for a learner
    size_rule: str  # how the output size follows from the input, one line
    params: tuple[ParamSpec, ...]
    output_shape: Callable[[Shape, Params], Shape]
    inferred: tuple[str, ...] = ()  # leading constructor args taken from the input shape
    inferred_dim: int = -3  # which input dimension they are: -3 channels, -1 features
    positional: tuple[str, ...] = ()  # written positionally while each is given
    card_params: Callable[[Params], str] = lambda p: ""  # key values shown on a card
    channels_param: str | None = None  # the parameter that sets the output channel count
    keeps_channel_axis: bool = True  # False where the channel axis is merged away (Flatten, Linear)
    macs_per_output_pixel: bool = False  # torchinfo counts conv weights once per output pixel
    window: Callable[[Params], tuple[tuple[int, int], tuple[int, int]]] | None = None
    warning: Callable[[Shape, Params], str | None] = _no_warning  # works, but worth knowing
    weights: Weights = _no_weights  # (name, element count) of each trainable tensor
    spec_by_name: dict[str, ParamSpec] = field(init=False, repr=False, compare=False)
    defaults: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spec_by_name", {s.name: s for s in self.params})
        object.__setattr__(self, "defaults", {s.name: s.default for s in self.params})

    def resolved(self, explicit: Params) -> Params:
        """All parameters: the explicit ones over torch's defaults."""
        return {**self.defaults, **explicit}

    def param_count(self, in_shape: Shape, p: Params) -> int:
        return sum(n for _, n in self.weights(in_shape, p))


def _int(name: str, default: int, low: int, high: int, help: str, required: bool = False) -> ParamSpec:
    return ParamSpec(name, ParamType.INT, default, low, high, help=help, required=required)


def _pair(name: str, default: Any, low: int, help: str, required: bool = False) -> ParamSpec:
    return ParamSpec(name, ParamType.PAIR, default, low, MAX_WINDOW, help=help, required=required)


def _bool(name: str, default: bool, help: str) -> ParamSpec:
    return ParamSpec(name, ParamType.BOOL, default, help=help)


def _float(name: str, default: float, low: float, high: float, help: str) -> ParamSpec:
    return ParamSpec(name, ParamType.FLOAT, default, low, high, help=help)


def _xy(v: Any) -> str:
    h, w = pair(v)
    return f"{h}" if h == w else f"{h}x{w}"


def _hw(v: Any) -> str:
    h, w = pair(v)
    return f"{h}x{w}"


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
    output_shape=rules.conv2d_shape,
    inferred=("in_channels",),
    positional=("out_channels",),
    card_params=_conv_card,
    channels_param="out_channels",
    macs_per_output_pixel=True,
    window=rules.conv_window,
    weights=rules.conv_weights,
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
    output_shape=rules.batchnorm_shape,
    inferred=("num_features",),
    card_params=lambda p: "" if p["affine"] else "no affine",
    warning=rules.batchnorm_warning,
    weights=rules.batchnorm_weights,
)

RELU = LayerKind(
    name="ReLU",
    attr_prefix="relu",
    summary="Keeps positive values and sets negative ones to zero: max(0, x).",
    size_rule="output size = input size",
    params=(_bool("inplace", False, "overwrite the input instead of allocating the output"),),
    output_shape=rules.same_shape,
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
    output_shape=lambda x, p: rules.pool_shape(x, p, max_pool=True),
    positional=("kernel_size", "stride"),
    card_params=_pool_card,
    window=rules.pool_window,
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
    output_shape=lambda x, p: rules.pool_shape(x, p, max_pool=False),
    positional=("kernel_size", "stride"),
    card_params=_pool_card,
    window=rules.pool_window,
)


_INPLACE = _bool("inplace", False, "overwrite the input instead of allocating the output")


def _activation(
    name: str, prefix: str, summary: str, *params: ParamSpec, card: Callable[[Params], str] | None = None
) -> LayerKind:
    return LayerKind(
        name=name,
        attr_prefix=prefix,
        summary=summary,
        size_rule="output size = input size",
        params=params,
        output_shape=rules.same_shape,
        card_params=card or (lambda p: ""),
    )


LINEAR = LayerKind(
    name="Linear",
    attr_prefix="fc",
    summary=(
        "Multiplies the last dimension by a learned weight matrix and adds a bias: "
        "every output feature sees every input feature."
    ),
    size_rule="output = input with its last dimension replaced by out_features",
    params=(
        _int("out_features", 10, 1, MAX_FEATURES, "number of output features", required=True),
        _bool("bias", True, "learn one offset per output feature"),
    ),
    output_shape=rules.linear_shape,
    inferred=("in_features",),
    inferred_dim=-1,
    positional=("out_features",),
    card_params=lambda p: f"{p['out_features']}" + ("" if p["bias"] else ", no bias"),
    keeps_channel_axis=False,
    weights=rules.linear_weights,
    warning=rules.linear_warning,
)

FLATTEN = LayerKind(
    name="Flatten",
    attr_prefix="flatten",
    summary="Joins dimensions start_dim..end_dim into one, e.g. (N, C, H, W) -> (N, C*H*W) before a Linear layer.",
    size_rule="output dimension = product of input dimensions start_dim..end_dim",
    params=(
        _int("start_dim", 1, -4, 3, "first dimension to join (0 is the batch)"),
        _int("end_dim", -1, -4, 3, "last dimension to join (-1: the last)"),
    ),
    output_shape=rules.flatten_shape,
    positional=("start_dim", "end_dim"),
    card_params=lambda p: "" if (p["start_dim"], p["end_dim"]) == (1, -1) else f"{p['start_dim']}..{p['end_dim']}",
    keeps_channel_axis=False,
)

_DROP_P = _float("p", 0.5, 0.0, 1.0, "probability of zeroing (train mode only)")

DROPOUT = LayerKind(
    name="Dropout",
    attr_prefix="drop",
    summary=(
        "In train mode zeroes each value with probability p and scales the rest by 1/(1-p); in eval mode does nothing."
    ),
    size_rule="output size = input size",
    params=(_DROP_P, _INPLACE),
    output_shape=rules.same_shape,
    positional=("p",),
    card_params=lambda p: f"p={p['p']:g}",
)

DROPOUT2D = LayerKind(
    name="Dropout2d",
    attr_prefix="drop",
    summary="In train mode zeroes whole channels with probability p (scaling the rest); in eval mode does nothing.",
    size_rule="output size = input size",
    params=(_DROP_P, _INPLACE),
    output_shape=rules.same_shape,
    positional=("p",),
    card_params=lambda p: f"p={p['p']:g}",
    warning=rules.dropout2d_warning,
)

LEAKY_RELU = _activation(
    "LeakyReLU",
    "act",
    "Like ReLU, but negative values are scaled by negative_slope instead of zeroed.",
    _float("negative_slope", 0.01, -1000.0, 1000.0, "slope for negative inputs"),
    _INPLACE,
    card=lambda p: f"slope {p['negative_slope']:g}",
)
GELU = _activation(
    "GELU",
    "act",
    "A smooth ReLU used in transformers: x times the Gaussian probability that a value is below x.",
    ParamSpec(
        "approximate",
        ParamType.CHOICE,
        "none",
        choices=("none", "tanh"),
        help="exact, or the faster tanh approximation",
    ),
)
SILU = _activation("SiLU", "act", "x * sigmoid(x) (also called swish): smooth, lets small negatives through.", _INPLACE)
SIGMOID = _activation("Sigmoid", "act", "Squashes every value into (0, 1) with 1 / (1 + exp(-x)).")

ADAPTIVE_AVG_POOL2D = LayerKind(
    name="AdaptiveAvgPool2d",
    attr_prefix="pool",
    summary="Averages over windows chosen so the output has exactly output_size, whatever the input size.",
    size_rule="H_out, W_out = output_size (the windows adapt to the input)",
    params=(_pair("output_size", 1, 1, "output height and width", required=True),),
    output_shape=rules.adaptive_pool_shape,
    positional=("output_size",),
    card_params=lambda p: _hw(p["output_size"]),
)

LAYER_KINDS: dict[str, LayerKind] = {
    k.name: k
    for k in (
        CONV2D,
        BATCHNORM2D,
        RELU,
        MAXPOOL2D,
        AVGPOOL2D,
        LINEAR,
        FLATTEN,
        DROPOUT,
        DROPOUT2D,
        LEAKY_RELU,
        GELU,
        SILU,
        SIGMOID,
        ADAPTIVE_AVG_POOL2D,
    )
}
