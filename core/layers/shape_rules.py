"""Shape rules: torch's output-size formulas and acceptance checks, written without torch.

Each rule takes the input shape and the layer's resolved parameters and returns the output
shape, or raises LayerProblem in words a learner understands. They mirror torch's own checks
(a property test runs them against real modules), so analysis needs no forward pass.
"""

from __future__ import annotations

from math import prod
from typing import Any

from core import i18n
from core.layers.params import pair

Shape = tuple[int, ...]
Params = dict[str, Any]  # every parameter of a kind, defaults filled in


class LayerProblem(Exception):
    """A layer cannot work on its input; `param` names the culprit when there is one."""

    def __init__(self, param: str | None, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message


def shape_text(shape: Shape) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"


def image_dims(x: Shape, layer: str, batched_only: bool = False) -> tuple[Shape, int, int, int]:
    """(batch prefix, C, H, W) of a 4-D (N, C, H, W) or unbatched 3-D (C, H, W) input."""
    if len(x) == 4:
        return x[:1], x[1], x[2], x[3]
    if len(x) == 3 and not batched_only:
        return (), x[0], x[1], x[2]
    if batched_only:
        wanted = i18n.translate("ShapeRules", "a 4-D input (N, C, H, W)")
    else:
        wanted = i18n.translate("ShapeRules", "an image-shaped input (N, C, H, W)")
    if len(x) <= 2:  # features, from the block's (N, F) input or from Flatten/Linear
        why = i18n.translate(
            "ShapeRules",
            ": features have no height and width (it cannot take an (N, F) input or follow Flatten or Linear)",
        )
    else:
        why = i18n.translate("ShapeRules", "; it cannot follow Flatten or Linear")
    message = i18n.translate("ShapeRules", "{layer} needs {wanted}, but gets {shape}{why}")
    raise LayerProblem(None, message.format(layer=layer, wanted=wanted, shape=shape_text(x), why=why))


def _window_text(k: Any) -> str:
    """A kernel size as the user wrote it: 3 stays "3", (3, 5) reads "3x5"."""
    if isinstance(k, int):
        return str(k)
    h, w = k
    return f"{h}x{w}"


def sliding_size(size: int, k: int, s: int, pad: int, d: int, ceil_mode: bool = False) -> int:
    """torch's output-size formula for convolution and pooling along one axis."""
    span = d * (k - 1) + 1
    numerator = size + 2 * pad - span + ((s - 1) if ceil_mode else 0)
    out = numerator // s + 1
    # torch: with ceil_mode the last window must start inside the input or left padding
    if ceil_mode and (out - 1) * s >= size + pad:
        out -= 1
    return out


def _check_groups(channels: int, groups: int, out_channels: int) -> None:
    """torch's rule for a grouped convolution: groups divides both channel counts."""
    if channels % groups:
        message = i18n.translate("ShapeRules", "groups {groups} does not divide the {channels} input channels")
        raise LayerProblem("groups", message.format(groups=groups, channels=channels))
    if out_channels % groups:
        message = i18n.translate("ShapeRules", "groups {groups} does not divide out_channels {channels}")
        raise LayerProblem("groups", message.format(groups=groups, channels=out_channels))


def conv2d_shape(x: Shape, p: Params) -> Shape:
    lead, c, h, w = image_dims(x, "Conv2d")
    out_c = p["out_channels"]
    _check_groups(c, p["groups"], out_c)
    (kh, kw), (sh, sw), (dh, dw) = pair(p["kernel_size"]), pair(p["stride"]), pair(p["dilation"])
    padding = p["padding"]
    if padding == "same" and (sh, sw) != (1, 1):
        raise LayerProblem(
            "padding",
            i18n.translate("ShapeRules", 'padding "same" only works with stride 1 (torch refuses strided "same")'),
        )
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
            message = i18n.translate(
                "ShapeRules", 'padding {padding} with padding_mode "reflect" must be smaller than the input size {size}'
            )
            raise LayerProblem("padding", message.format(padding=biggest, size=f"{h}x{w}"))
        if mode == "circular" and biggest > size:
            message = i18n.translate(
                "ShapeRules", 'padding {padding} with padding_mode "circular" cannot exceed the input size {size}'
            )
            raise LayerProblem("padding", message.format(padding=biggest, size=f"{h}x{w}"))
    padded = [size + before + after for size, (before, after) in zip((h, w), sides)]
    spans = [dh * (kh - 1) + 1, dw * (kw - 1) + 1]
    if padded[0] < spans[0] or padded[1] < spans[1]:
        dilated = (
            ""
            if (dh, dw) == (1, 1)
            else i18n.translate("ShapeRules", " (dilated to {size})").format(size=f"{spans[0]}x{spans[1]}")
        )
        message = i18n.translate("ShapeRules", "kernel_size {kernel}{dilated} is larger than the padded input {size}")
        raise LayerProblem(
            "kernel_size",
            message.format(kernel=_window_text(p["kernel_size"]), dilated=dilated, size=f"{padded[0]}x{padded[1]}"),
        )
    out_h = (padded[0] - spans[0]) // sh + 1
    out_w = (padded[1] - spans[1]) // sw + 1
    return (*lead, out_c, out_h, out_w)


def pool_shape(x: Shape, p: Params, max_pool: bool) -> Shape:
    lead, c, h, w = image_dims(x, "MaxPool2d" if max_pool else "AvgPool2d")
    (kh, kw), (ph, pw) = pair(p["kernel_size"]), pair(p["padding"])
    sh, sw = pair(p["stride"] if p["stride"] is not None else p["kernel_size"])
    dh, dw = pair(p["dilation"]) if max_pool else (1, 1)
    for pad, k in ((ph, kh), (pw, kw)):
        # torch checks the undilated kernel, even for a dilated max pool
        if pad > k // 2:
            message = i18n.translate(
                "ShapeRules",
                "padding {padding} is more than half of kernel_size {kernel} (torch allows at most {most})",
            )
            raise LayerProblem("padding", message.format(padding=pad, kernel=k, most=k // 2))
    out_h = sliding_size(h, kh, sh, ph, dh, p["ceil_mode"])
    out_w = sliding_size(w, kw, sw, pw, dw, p["ceil_mode"])
    if out_h < 1 or out_w < 1:
        spans = f"{dh * (kh - 1) + 1}x{dw * (kw - 1) + 1}"
        if (dh, dw) == (1, 1):
            window = _window_text(p["kernel_size"])
        else:
            window = i18n.translate("ShapeRules", "{size} (dilated)").format(size=spans)
        message = i18n.translate(
            "ShapeRules", "kernel_size {kernel} is larger than the padded input {size} (output would be {output})"
        )
        raise LayerProblem(
            "kernel_size",
            message.format(kernel=window, size=f"{h + 2 * ph}x{w + 2 * pw}", output=f"{max(out_h, 0)}x{max(out_w, 0)}"),
        )
    return (*lead, c, out_h, out_w)


def batchnorm_shape(x: Shape, p: Params) -> Shape:
    (n,), c, h, w = image_dims(x, "BatchNorm2d", batched_only=True)
    if n * h * w == 1 and not p["track_running_stats"]:
        message = i18n.translate(
            "ShapeRules",
            "with track_running_stats off, BatchNorm2d always uses batch statistics and needs "
            "more than 1 value per channel; the input {shape} has 1",
        )
        raise LayerProblem("track_running_stats", message.format(shape=f"{n}x{c}x{h}x{w}"))
    return x


def batchnorm_warning(x: Shape, p: Params) -> str | None:
    if len(x) != 4:
        return None
    n, c, h, w = x
    if n * h * w == 1:
        message = i18n.translate(
            "ShapeRules",
            "input {shape} has 1 value per channel: works in eval mode, "
            "but torch refuses it in train mode (batch statistics need more than 1 value)",
        )
        return message.format(shape=f"{n}x{c}x{h}x{w}")
    return None


LINEAR_ON_MAPS = i18n.QT_TRANSLATE_NOOP("ShapeRules", "Linear acts on the last dimension; add Flatten first?")


def suggests_flatten(warning: str | None) -> bool:
    """Whether a layer's warning is linear_warning's (which offers Flatten), in either language."""
    if not warning:
        return False
    return LINEAR_ON_MAPS in warning or i18n.translate("ShapeRules", LINEAR_ON_MAPS) in warning


def linear_warning(x: Shape, p: Params) -> str | None:
    """A Linear on (N, C, H, W) maps mixes only the W values of each row: rarely what is meant."""
    if len(x) < 3:
        return None
    message = i18n.translate("ShapeRules", "it maps only the width {width} of {shape} to {features}. {hint}")
    hint = i18n.translate("ShapeRules", LINEAR_ON_MAPS)
    return message.format(width=x[-1], shape=shape_text(x), features=p["out_features"], hint=hint)


def linear_shape(x: Shape, p: Params) -> Shape:
    return (*x[:-1], p["out_features"])


def flatten_shape(x: Shape, p: Params) -> Shape:
    rank = len(x)
    start, end = p["start_dim"], p["end_dim"]
    for name, dim in (("start_dim", start), ("end_dim", end)):
        if not -rank <= dim < rank:
            message = i18n.translate(
                "ShapeRules", "{name} {dim} does not exist in a {rank}-D input {shape} (valid: {low} to {high})"
            )
            raise LayerProblem(
                name, message.format(name=name, dim=dim, rank=rank, shape=shape_text(x), low=-rank, high=rank - 1)
            )
    start, end = start % rank, end % rank
    if start > end:
        message = i18n.translate("ShapeRules", "start_dim {start} comes after end_dim {end}")
        raise LayerProblem("start_dim", message.format(start=p["start_dim"], end=p["end_dim"]))
    return (*x[:start], prod(x[start : end + 1]), *x[end + 1 :])


def adaptive_pool_shape(x: Shape, p: Params) -> Shape:
    oh, ow = pair(p["output_size"])
    if p["output_size"] == 1 and len(x) >= 2:
        # torch computes output_size=1 as a mean over the last two dims, whatever the rank
        return (*x[:-2], 1, 1)
    lead, c, _, _ = image_dims(x, "AdaptiveAvgPool2d")
    return (*lead, c, oh, ow)


def dropout2d_warning(x: Shape, p: Params) -> str | None:
    if len(x) in (3, 4):
        return None
    message = i18n.translate(
        "ShapeRules", "Dropout2d on a {rank}-D input drops single values, not channels; torch warns it will refuse this"
    )
    return message.format(rank=len(x))


def same_shape(x: Shape, p: Params) -> Shape:
    return x


def conv_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    kh, kw = pair(p["kernel_size"])
    weights = [("weight", p["out_channels"] * (x[-3] // p["groups"]) * kh * kw)]
    if p["bias"]:
        weights.append(("bias", p["out_channels"]))
    return weights


def batchnorm_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    return [("weight", x[-3]), ("bias", x[-3])] if p["affine"] else []


def linear_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    weights = [("weight", p["out_features"] * x[-1])]
    if p["bias"]:
        weights.append(("bias", p["out_features"]))
    return weights


def conv_window(p: Params) -> tuple[tuple[int, int], tuple[int, int]]:
    return pair(p["kernel_size"]), pair(p["stride"])


def pool_window(p: Params) -> tuple[tuple[int, int], tuple[int, int]]:
    return pair(p["kernel_size"]), pair(p["stride"] if p["stride"] is not None else p["kernel_size"])


def conv_transpose2d_shape(x: Shape, p: Params) -> Shape:
    lead, c, h, w = image_dims(x, "ConvTranspose2d")
    out_c = p["out_channels"]
    _check_groups(c, p["groups"], out_c)
    (kh, kw), (sh, sw), (ph, pw) = pair(p["kernel_size"]), pair(p["stride"]), pair(p["padding"])
    (dh, dw), (oph, opw) = pair(p["dilation"]), pair(p["output_padding"])
    for op, s, d in ((oph, sh, dh), (opw, sw, dw)):
        if op >= s and op >= d:  # torch: "output padding must be smaller than either stride or dilation"
            message = i18n.translate(
                "ShapeRules",
                "output_padding {padding} must be smaller than the stride {stride} or the dilation {dilation}",
            )
            raise LayerProblem("output_padding", message.format(padding=op, stride=s, dilation=d))
    out_h = (h - 1) * sh - 2 * ph + dh * (kh - 1) + oph + 1
    out_w = (w - 1) * sw - 2 * pw + dw * (kw - 1) + opw + 1
    # torch returns an empty (N, C, 0, W) batch of two or more rather than refusing; below zero,
    # unbatched, or a batch of one (which torch runs as unbatched), it refuses
    if out_h < 0 or out_w < 0 or (min(out_h, out_w) == 0 and (not lead or lead[0] == 1)):
        message = i18n.translate("ShapeRules", "padding {padding} leaves no output (it would be {size})")
        raise LayerProblem("padding", message.format(padding=_window_text(p["padding"]), size=f"{out_h}x{out_w}"))
    return (*lead, out_c, out_h, out_w)


def conv_transpose2d_warning(x: Shape, p: Params) -> str | None:
    try:
        out = conv_transpose2d_shape(x, p)
    except LayerProblem:
        return None
    if 0 in out[-2:]:
        message = i18n.translate("ShapeRules", "the output {shape} is empty: padding {padding} removes every pixel")
        return message.format(shape=shape_text(out), padding=_window_text(p["padding"]))
    return None


def conv_transpose_weights(x: Shape, p: Params) -> list[tuple[str, int]]:
    kh, kw = pair(p["kernel_size"])
    weights = [("weight", x[-3] * (p["out_channels"] // p["groups"]) * kh * kw)]
    if p["bias"]:
        weights.append(("bias", p["out_channels"]))
    return weights


def softmax_shape(x: Shape, p: Params) -> Shape:
    rank, dim = len(x), p["dim"]
    if not -rank <= dim < rank:
        message = i18n.translate(
            "ShapeRules", "{name} {dim} does not exist in a {rank}-D input {shape} (valid: {low} to {high})"
        )
        raise LayerProblem(
            "dim", message.format(name="dim", dim=dim, rank=rank, shape=shape_text(x), low=-rank, high=rank - 1)
        )
    return x


def upsample_shape(x: Shape, p: Params) -> Shape:
    size, scale, mode = p["size"], p["scale_factor"], p["mode"]
    if (size is None) == (scale is None):
        raise LayerProblem("scale_factor", i18n.translate("ShapeRules", "give exactly one of size and scale_factor"))
    if mode == "bilinear" or len(x) != 3:
        lead, c, h, w = image_dims(x, "Upsample", batched_only=True)
        if size is not None:
            out_h, out_w = pair(size)
        else:
            out_h, out_w = int(h * scale), int(w * scale)  # torch floors the scaled size
        spatial: tuple[int, ...] = (out_h, out_w)
    else:  # nearest on (N, C, L): one spatial axis
        lead, c = x[:1], x[1]
        if size is not None and isinstance(size, tuple):
            message = i18n.translate("ShapeRules", "a 3-D input {shape} has one spatial size; size must be one number")
            raise LayerProblem("size", message.format(shape=shape_text(x)))
        spatial = (size if size is not None else int(x[2] * scale),)
    if min(spatial) < 1:
        message = i18n.translate("ShapeRules", "scale_factor {scale:g} leaves no output for the input {shape}")
        raise LayerProblem("scale_factor", message.format(scale=scale, shape=shape_text(x)))
    return (*lead, c, *spatial)
