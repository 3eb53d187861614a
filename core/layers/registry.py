"""The one registry of layer kinds: parameters, shape rule, size rules and words for learners.

Everything else (validation, analysis, code generation, palette, property editor) reads
`LAYER_KINDS`; adding a kind is adding one `LayerKind` entry here. No torch import: the
rules (core/layers/shape_rules.py) are written from torch's formulas so analysis runs on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core import i18n
from core.layers import shape_rules as rules
from core.layers.kind import MAX_CHANNELS, MAX_FEATURES, MAX_WINDOW, LayerKind
from core.layers.kind import bool_param as _bool
from core.layers.kind import float_param as _float
from core.layers.kind import int_param as _int
from core.layers.kind import pair_param as _pair
from core.layers.params import ParamSpec, ParamType, pair
from core.layers.shape_rules import LayerProblem, Params, Shape

__all__ = ["LAYER_KINDS", "LayerKind", "LayerProblem", "MAX_CHANNELS", "MAX_WINDOW", "Params", "Shape"]


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
    color="#2f6fd6",
    icon="Conv2d",
    attr_prefix="conv",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Slides out_channels learned filters over the input; each output channel sums over all input channels.",
    ),
    size_rule=_SLIDING,
    params=(
        _int(
            "out_channels",
            16,
            1,
            MAX_CHANNELS,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "number of filters = output channels"),
            required=True,
        ),
        _pair("kernel_size", 3, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "filter height and width"), required=True),
        _pair("stride", 1, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "step between filter positions")),
        ParamSpec(
            "padding",
            ParamType.CONV_PADDING,
            0,
            0,
            MAX_WINDOW,
            help=i18n.QT_TRANSLATE_NOOP(
                "LayerParams", 'pixels added on each side, or "same" (output size = input size) / "valid" (none)'
            ),
        ),
        _pair("dilation", 1, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "spacing between filter taps")),
        _int(
            "groups",
            1,
            1,
            MAX_CHANNELS,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "split channels into independent groups"),
        ),
        _bool("bias", True, i18n.QT_TRANSLATE_NOOP("LayerParams", "learn one offset per output channel")),
        ParamSpec(
            "padding_mode",
            ParamType.CHOICE,
            "zeros",
            choices=("zeros", "reflect", "replicate", "circular"),
            help=i18n.QT_TRANSLATE_NOOP("LayerParams", "what the padding pixels hold"),
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
    color="#7a4bc2",
    icon="BatchNorm2d",
    attr_prefix="bn",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Normalises each channel to zero mean and unit variance, then scales and shifts it with learned values.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
    params=(
        ParamSpec(
            "eps",
            ParamType.FLOAT,
            1e-5,
            1e-12,
            1.0,
            help=i18n.QT_TRANSLATE_NOOP("LayerParams", "added to the variance for stability"),
        ),
        ParamSpec(
            "momentum",
            ParamType.OPTIONAL_FLOAT,
            0.1,
            0.0,
            1.0,
            help=i18n.QT_TRANSLATE_NOOP(
                "LayerParams", "weight of the newest batch in the running statistics (null: plain average)"
            ),
        ),
        _bool(
            "affine", True, i18n.QT_TRANSLATE_NOOP("LayerParams", "learn a scale (weight) and shift (bias) per channel")
        ),
        _bool(
            "track_running_stats",
            True,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "keep running mean and variance for eval mode"),
        ),
    ),
    output_shape=rules.batchnorm_shape,
    inferred=("num_features",),
    card_params=lambda p: "" if p["affine"] else "no affine",
    warning=rules.batchnorm_warning,
    weights=rules.batchnorm_weights,
)

RELU = LayerKind(
    name="ReLU",
    color="#d9822b",
    icon="ReLU",
    attr_prefix="relu",
    summary=i18n.QT_TRANSLATE_NOOP("LayerKind", "Keeps positive values and sets negative ones to zero: max(0, x)."),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
    params=(
        _bool(
            "inplace",
            False,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "overwrite the input instead of allocating the output"),
        ),
    ),
    output_shape=rules.same_shape,
    card_params=lambda p: "inplace" if p["inplace"] else "",
)

_POOL_PARAMS = (
    _pair("kernel_size", 2, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "window height and width"), required=True),
    ParamSpec(
        "stride",
        ParamType.OPTIONAL_PAIR,
        None,
        1,
        MAX_WINDOW,
        help=i18n.QT_TRANSLATE_NOOP("LayerParams", "step between windows (null: same as kernel_size)"),
    ),
    _pair(
        "padding", 0, 0, i18n.QT_TRANSLATE_NOOP("LayerParams", "pixels added on each side (at most half the window)")
    ),
)

MAXPOOL2D = LayerKind(
    name="MaxPool2d",
    color="#1f9d61",
    icon="MaxPool2d",
    attr_prefix="pool",
    summary=i18n.QT_TRANSLATE_NOOP("LayerKind", "Keeps the largest value in each window, shrinking height and width."),
    size_rule=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "H_out = floor((H + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1) (stride defaults to kernel_size)",
    ),
    params=(
        *_POOL_PARAMS,
        _pair("dilation", 1, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "spacing between window taps")),
        _bool("ceil_mode", False, i18n.QT_TRANSLATE_NOOP("LayerParams", "round the output size up instead of down")),
    ),
    output_shape=lambda x, p: rules.pool_shape(x, p, max_pool=True),
    positional=("kernel_size", "stride"),
    card_params=_pool_card,
    window=rules.pool_window,
)

AVGPOOL2D = LayerKind(
    name="AvgPool2d",
    color="#14899a",
    icon="AvgPool2d",
    attr_prefix="pool",
    summary=i18n.QT_TRANSLATE_NOOP("LayerKind", "Averages each window, shrinking height and width."),
    size_rule=i18n.QT_TRANSLATE_NOOP(
        "LayerKind", "H_out = floor((H + 2*padding - kernel_size) / stride + 1) (stride defaults to kernel_size)"
    ),
    params=(
        *_POOL_PARAMS,
        _bool("ceil_mode", False, i18n.QT_TRANSLATE_NOOP("LayerParams", "round the output size up instead of down")),
        _bool("count_include_pad", True, i18n.QT_TRANSLATE_NOOP("LayerParams", "count padding zeros in the average")),
    ),
    output_shape=lambda x, p: rules.pool_shape(x, p, max_pool=False),
    positional=("kernel_size", "stride"),
    card_params=_pool_card,
    window=rules.pool_window,
)


_INPLACE = _bool(
    "inplace", False, i18n.QT_TRANSLATE_NOOP("LayerParams", "overwrite the input instead of allocating the output")
)


def _activation(
    name: str,
    prefix: str,
    summary: str,
    *params: ParamSpec,
    card: Callable[[Params], str] | None = None,
    icon: str | None = None,
) -> LayerKind:
    return LayerKind(
        name=name,
        color="#d9822b",  # every activation shares ReLU's orange
        icon=name if icon is None else icon,
        attr_prefix=prefix,
        summary=summary,
        size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
        params=params,
        output_shape=rules.same_shape,
        card_params=card or (lambda p: ""),
    )


LINEAR = LayerKind(
    name="Linear",
    color="#d1495b",
    icon="Linear",
    attr_prefix="fc",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Multiplies the last dimension by a learned weight matrix and adds a bias: "
        "every output feature sees every input feature.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output = input with its last dimension replaced by out_features"),
    params=(
        _int(
            "out_features",
            10,
            1,
            MAX_FEATURES,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "number of output features"),
            required=True,
        ),
        _bool("bias", True, i18n.QT_TRANSLATE_NOOP("LayerParams", "learn one offset per output feature")),
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
    color="#5b6b7d",
    icon="Flatten",
    attr_prefix="flatten",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Joins dimensions start_dim..end_dim into one, e.g. (N, C, H, W) -> (N, C*H*W) before a Linear layer.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output dimension = product of input dimensions start_dim..end_dim"),
    params=(
        _int("start_dim", 1, -4, 3, i18n.QT_TRANSLATE_NOOP("LayerParams", "first dimension to join (0 is the batch)")),
        _int("end_dim", -1, -4, 3, i18n.QT_TRANSLATE_NOOP("LayerParams", "last dimension to join (-1: the last)")),
    ),
    output_shape=rules.flatten_shape,
    positional=("start_dim", "end_dim"),
    card_params=lambda p: "" if (p["start_dim"], p["end_dim"]) == (1, -1) else f"{p['start_dim']}..{p['end_dim']}",
    keeps_channel_axis=False,
)

_DROP_P = _float("p", 0.5, 0.0, 1.0, i18n.QT_TRANSLATE_NOOP("LayerParams", "probability of zeroing (train mode only)"))

DROPOUT = LayerKind(
    name="Dropout",
    color="#9a6b4f",
    icon="Dropout",
    attr_prefix="drop",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "In train mode zeroes each value with probability p and scales the rest by 1/(1-p); in eval mode does nothing.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
    params=(_DROP_P, _INPLACE),
    output_shape=rules.same_shape,
    positional=("p",),
    card_params=lambda p: f"p={p['p']:g}",
)

DROPOUT2D = LayerKind(
    name="Dropout2d",
    color="#9a6b4f",
    icon="Dropout2d",
    attr_prefix="drop",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "In train mode zeroes whole channels with probability p (scaling the rest); in eval mode does nothing.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
    params=(_DROP_P, _INPLACE),
    output_shape=rules.same_shape,
    positional=("p",),
    card_params=lambda p: f"p={p['p']:g}",
    warning=rules.dropout2d_warning,
)

LEAKY_RELU = _activation(
    "LeakyReLU",
    "act",
    i18n.QT_TRANSLATE_NOOP(
        "LayerKind", "Like ReLU, but negative values are scaled by negative_slope instead of zeroed."
    ),
    _float("negative_slope", 0.01, -1000.0, 1000.0, i18n.QT_TRANSLATE_NOOP("LayerParams", "slope for negative inputs")),
    _INPLACE,
    card=lambda p: f"slope {p['negative_slope']:g}",
)
GELU = _activation(
    "GELU",
    "act",
    i18n.QT_TRANSLATE_NOOP(
        "LayerKind", "A smooth ReLU used in transformers: x times the Gaussian probability that a value is below x."
    ),
    ParamSpec(
        "approximate",
        ParamType.CHOICE,
        "none",
        choices=("none", "tanh"),
        help=i18n.QT_TRANSLATE_NOOP("LayerParams", "exact, or the faster tanh approximation"),
    ),
)
SILU = _activation(
    "SiLU",
    "act",
    i18n.QT_TRANSLATE_NOOP("LayerKind", "x * sigmoid(x) (also called swish): smooth, lets small negatives through."),
    _INPLACE,
)
SIGMOID = _activation(
    "Sigmoid", "act", i18n.QT_TRANSLATE_NOOP("LayerKind", "Squashes every value into (0, 1) with 1 / (1 + exp(-x)).")
)

ADAPTIVE_AVG_POOL2D = LayerKind(
    name="AdaptiveAvgPool2d",
    color="#14899a",
    icon="AdaptiveAvgPool2d",
    attr_prefix="pool",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind", "Averages over windows chosen so the output has exactly output_size, whatever the input size."
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "H_out, W_out = output_size (the windows adapt to the input)"),
    params=(
        _pair("output_size", 1, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "output height and width"), required=True),
    ),
    output_shape=rules.adaptive_pool_shape,
    positional=("output_size",),
    card_params=lambda p: _hw(p["output_size"]),
)

TANH = _activation(
    "Tanh",
    "act",
    i18n.QT_TRANSLATE_NOOP("LayerKind", "Squashes every value into (-1, 1) with the hyperbolic tangent."),
    icon="",
)

IDENTITY = LayerKind(
    name="Identity",
    color="#5b6b7d",
    attr_prefix="identity",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Returns its input unchanged: a placeholder, e.g. the skip path of a residual block without projection.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output = input"),
    params=(),
    output_shape=rules.same_shape,
)

_DIM = _int(
    "dim",
    1,
    -4,
    3,
    i18n.QT_TRANSLATE_NOOP("LayerParams", "the dimension whose values sum to 1 (1: the channels or features)"),
    required=True,
)

SOFTMAX = LayerKind(
    name="Softmax",
    color="#c2417a",
    attr_prefix="softmax",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Turns the values along dim into probabilities: exp(x) / sum(exp(x)), so they are positive and sum to 1.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
    params=(_DIM,),
    output_shape=rules.softmax_shape,
    card_params=lambda p: f"dim {p['dim']}",
)

LOG_SOFTMAX = LayerKind(
    name="LogSoftmax",
    color="#c2417a",
    attr_prefix="log_softmax",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind", "The logarithm of Softmax along dim, computed stably; pairs with nn.NLLLoss for classification."
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "output size = input size"),
    params=(_DIM,),
    output_shape=rules.softmax_shape,
    card_params=lambda p: f"dim {p['dim']}",
)

UPSAMPLE = LayerKind(
    name="Upsample",
    color="#1f9d61",
    attr_prefix="up",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "Enlarges height and width by repeating (nearest) or interpolating (bilinear) values; nothing is learned.",
    ),
    size_rule=i18n.QT_TRANSLATE_NOOP("LayerKind", "H_out = floor(H * scale_factor), or H_out = size"),
    params=(
        ParamSpec(
            "size",
            ParamType.OPTIONAL_PAIR,
            None,
            1,
            8192,
            help=i18n.QT_TRANSLATE_NOOP("LayerParams", "output height and width (null: use scale_factor)"),
        ),
        # required: torch has no default, and one of size and scale_factor must be given
        ParamSpec(
            "scale_factor",
            ParamType.OPTIONAL_FLOAT,
            2.0,
            0.01,
            64.0,
            help=i18n.QT_TRANSLATE_NOOP("LayerParams", "multiplier for height and width (null: use size)"),
            required=True,
        ),
        ParamSpec(
            "mode",
            ParamType.CHOICE,
            "nearest",
            choices=("nearest", "bilinear"),
            help=i18n.QT_TRANSLATE_NOOP("LayerParams", "how new pixels are filled"),
        ),
    ),
    output_shape=rules.upsample_shape,
    card_params=lambda p: (
        (f"x{p['scale_factor']:g}" if p["scale_factor"] is not None else f"to {p['size']}") + f", {p['mode']}"
    ),
)

CONV_TRANSPOSE2D = LayerKind(
    name="ConvTranspose2d",
    color="#2f6fd6",
    icon="Conv2d",
    attr_prefix="deconv",
    summary=i18n.QT_TRANSLATE_NOOP(
        "LayerKind",
        "The transpose of Conv2d: spreads each input value over a learned filter, enlarging height and width.",
    ),
    size_rule="H_out = (H - 1)*stride - 2*padding + dilation*(kernel_size-1) + output_padding + 1",
    params=(
        _int(
            "out_channels",
            16,
            1,
            MAX_CHANNELS,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "number of output channels"),
            required=True,
        ),
        _pair("kernel_size", 2, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "filter height and width"), required=True),
        _pair(
            "stride", 1, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "how far apart the input values land in the output")
        ),
        _pair("padding", 0, 0, i18n.QT_TRANSLATE_NOOP("LayerParams", "pixels removed from each side of the output")),
        _pair(
            "output_padding",
            0,
            0,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "pixels added to one side of the output (smaller than stride)"),
        ),
        _int(
            "groups",
            1,
            1,
            MAX_CHANNELS,
            i18n.QT_TRANSLATE_NOOP("LayerParams", "split channels into independent groups"),
        ),
        _bool("bias", True, i18n.QT_TRANSLATE_NOOP("LayerParams", "learn one offset per output channel")),
        _pair("dilation", 1, 1, i18n.QT_TRANSLATE_NOOP("LayerParams", "spacing between filter taps")),
    ),
    output_shape=rules.conv_transpose2d_shape,
    warning=rules.conv_transpose2d_warning,
    inferred=("in_channels",),
    positional=("out_channels", "kernel_size"),
    card_params=lambda p: f"{p['out_channels']}, {_hw(p['kernel_size'])}, s{_xy(p['stride'])}",
    channels_param="out_channels",
    macs_per_output_pixel=True,
    weights=rules.conv_transpose_weights,
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
        TANH,
        IDENTITY,
        SOFTMAX,
        LOG_SOFTMAX,
        UPSAMPLE,
        CONV_TRANSPOSE2D,
    )
}
