"""Explanations in place: a layer's size, parameter and receptive-field formulas with the user's numbers.

Each `Formula` carries the general rule, the same rule with the numbers filled in, and the value.
The values come from the analysis (the shape rules torch's checks are mirrored in); this module
only writes the numbers into the rule's text, it never evaluates a string. Tests evaluate each
filled-in rule on their own and check it gives the value, so the text a learner reads is the
arithmetic torch does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core import i18n
from core.analysis.block_analysis import Analysis
from core.layers.params import pair
from core.layers.registry import LAYER_KINDS, LayerKind, Shape
from core.layers.shape_rules import sliding_size
from core.model.block import Block

# counted from the end: the same dims in a batched (N, C, H, W) and an unbatched (C, H, W) map
AXES = (("H", -2), ("W", -1))
CHANNEL_DIM = -3
_DIM_LABELS = {2: ("N", "F"), 3: ("N", "C", "L"), 4: ("N", "C", "H", "W")}
# the words in formulas' labels and rules (kept in English in Formula, translated where shown)
_AXIS_LABELS = {
    "receptive field": i18n.QT_TRANSLATE_NOOP("Formulas", "receptive field {axis}"),
    "effective stride": i18n.QT_TRANSLATE_NOOP("Formulas", "effective stride {axis}"),
}
_WORDS = (
    i18n.QT_TRANSLATE_NOOP("Formulas", "parameters"),
    i18n.QT_TRANSLATE_NOOP("Formulas", "weight (scale)"),
    i18n.QT_TRANSLATE_NOOP("Formulas", "bias (shift)"),
    i18n.QT_TRANSLATE_NOOP("Formulas", "unchanged"),
    i18n.QT_TRANSLATE_NOOP("Formulas", "previous RF + dilation*(kernel_size-1)*previous stride"),
    i18n.QT_TRANSLATE_NOOP("Formulas", "previous stride * stride"),
)


def shown(words: str) -> str:
    """A formula's label or rule in the current language (the arithmetic and API names stay)."""
    prefix, _, axis = words.rpartition(" ")
    if prefix in _AXIS_LABELS:
        return i18n.translate("Formulas", _AXIS_LABELS[prefix]).format(axis=axis)
    return i18n.translate("Formulas", words) if words in _WORDS else words


@dataclass(frozen=True)
class Formula:
    label: str  # "H_out", "weight", "receptive field H"
    general: str  # the rule in words: "floor((H + 2*padding - ...) / stride + 1)"
    expression: str  # the rule with the numbers: "floor((64 + 2*1 - 1*(3-1) - 1) / 1 + 1)"
    value: int

    def __str__(self) -> str:
        label = shown(self.label)
        if self.expression == str(self.value):
            plain = not self.general or self.general == self.label
            return f"{label} = {self.value}" if plain else f"{label} = {shown(self.general)} = {self.value}"
        return f"{label} = {self.expression} = {self.value}"

    def full(self) -> str:
        """The rule, then the numbers: `weight = out_channels * ... = 16 * 3 * 3 * 3 = 432`."""
        if self.expression == str(self.value):
            return str(self)
        return f"{shown(self.label)} = {shown(self.general)} = {self.expression} = {self.value}"


@dataclass
class LayerExplanation:
    index: int
    kind: str
    summary: str  # what the layer does
    input_shape: Shape | None = None
    output_shape: Shape | None = None
    size: list[Formula] = field(default_factory=list)
    params: list[Formula] = field(default_factory=list)
    receptive: list[Formula] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # stride defaults, ceil_mode, "same", buffers ...
    receptive_field: tuple[int, int] | None = None
    jump: tuple[int, int] | None = None
    error: str | None = None  # why there is no input shape for this layer

    @property
    def total_params(self) -> int:
        return sum(f.value for f in self.params if f.label != "parameters")

    def text(self) -> str:
        """Plain text for a learner: what it does, then the three kinds of formula."""
        title = i18n.translate("LayerExplanation", "Layer {number}: {kind}").format(
            number=self.index + 1, kind=self.kind
        )
        lines = [title, self.summary, ""]
        if self.error:
            return "\n".join([*lines, self.error])
        lines.append(
            i18n.translate("LayerExplanation", "Output size ({input} -> {output}):").format(
                input=_shape(self.input_shape), output=_shape(self.output_shape)
            )
        )
        for formula in self.size:
            if formula.expression != str(formula.value):
                lines.append(f"  {shown(formula.label)} = {shown(formula.general)}")
            lines.append(f"  {formula}")
        lines += ["", i18n.translate("LayerExplanation", "Parameters:")] + [f"  {f.full()}" for f in self.params]
        if not self.params:
            lines.append("  " + i18n.translate("LayerExplanation", "none: this layer learns nothing"))
        if self.receptive_field and self.jump:
            (rh, rw), (jh, jw) = self.receptive_field, self.jump
            lines += [
                "",
                i18n.translate(
                    "LayerExplanation",
                    "Receptive field: each output value sees {field} input pixels; neighbouring outputs are "
                    "{jump} input pixels apart (effective stride).",
                ).format(field=f"{rh}x{rw}", jump=f"{jh}x{jw}"),
            ]
            lines += [f"  {f.full()}" for f in self.receptive]
        if self.notes:
            lines += ["", *self.notes]
        return "\n".join(lines)


def explain_layer(block: Block, analysis: Analysis, index: int) -> LayerExplanation:
    """The explanation of layer `index` of `block` (0-based), using `analysis` of the same block."""
    layer = block.layers[index]
    kind = LAYER_KINDS[layer.kind]
    result = LayerExplanation(index, layer.kind, kind.summary)
    if index >= len(analysis.layers):
        error = analysis.error
        if error is not None and error.index == index:
            result.error = i18n.translate("LayerExplanation", "This layer cannot run: {message}").format(
                message=error.message
            )
        else:
            result.error = i18n.translate(
                "LayerExplanation", "An earlier layer cannot run, so this layer has no input to explain."
            )
        return result
    report = analysis.layers[index]
    p = layer.resolved()
    result.input_shape, result.output_shape = report.input_shape, report.output_shape
    if len(report.output_shape) == 4:  # a receptive field belongs to a spatial map
        result.receptive_field, result.jump = report.receptive_field, report.jump
    else:
        if len(analysis.input_shape) == 2:  # an (N, F) input never was one
            note = i18n.translate(
                "LayerExplanation", "The output is not a spatial map: each value can depend on the whole input."
            )
        else:
            note = i18n.translate(
                "LayerExplanation", "The output is no longer a spatial map: each value can depend on the whole input."
            )
        result.notes.append(note)
    result.size = _size_formulas(kind, report.input_shape, report.output_shape, p, result.notes)
    result.params = _param_formulas(kind, report.input_shape, p, report.params, result.notes)
    previous = analysis.layers[index - 1] if index > 0 else None
    rf = previous.receptive_field if previous else (1, 1)
    jump = previous.jump if previous else (1, 1)
    if result.receptive_field is not None:
        result.receptive = _receptive_formulas(kind, p, rf, jump, report.receptive_field, report.jump)
    return result


# ---- output size ---------------------------------------------------------------------------


def _size_formulas(kind: LayerKind, x: Shape, out: Shape, p: dict[str, Any], notes: list[str]) -> list[Formula]:
    if kind.name == "Conv2d":
        return _conv_size(x, out, p, notes)
    if kind.name in ("MaxPool2d", "AvgPool2d"):
        return _pool_size(x, out, p, notes)
    if len(x) == 4 and x == out:
        return [Formula(f"{axis}_out", axis, str(x[dim]), x[dim]) for axis, dim in AXES] + [
            Formula("C_out", "C", str(x[CHANNEL_DIM]), x[CHANNEL_DIM])
        ]
    notes.append(i18n.translate("LayerExplanation", "Size rule: {rule}").format(rule=kind.size_rule))
    labels = _DIM_LABELS.get(len(out), tuple(f"dim{i}" for i in range(len(out))))
    return [Formula(f"{label}_out", "", str(n), n) for label, n in zip(labels, out)]


def _conv_size(x: Shape, out: Shape, p: dict[str, Any], notes: list[str]) -> list[Formula]:
    kernel, stride, dilation = pair(p["kernel_size"]), pair(p["stride"]), pair(p["dilation"])
    padding = p["padding"]
    if padding == "same":
        totals = [d * (k - 1) for d, k in zip(dilation, kernel)]
        sides = [(t // 2, t - t // 2) for t in totals]
        notes.append(
            i18n.translate(
                "LayerExplanation",
                'padding "same": torch adds dilation*(kernel_size-1) pixels per axis, half before and the rest '
                "after (H: {h}, W: {w}), so the size stays the same.",
            ).format(h=f"{sides[0][0]}+{sides[0][1]}", w=f"{sides[1][0]}+{sides[1][1]}")
        )
    elif padding == "valid":
        sides = [(0, 0), (0, 0)]
        notes.append(i18n.translate("LayerExplanation", 'padding "valid" means no padding at all.'))
    else:
        sides = [(n, n) for n in pair(padding)]
    formulas = []
    for (axis, dim), k, s, d, (before, after) in zip(AXES, kernel, stride, dilation, sides):
        pad = f"2*{before}" if before == after else f"{before} + {after}"
        expression = f"floor(({x[dim]} + {pad} - {d}*({k}-1) - 1) / {s} + 1)"
        general = f"floor(({axis} + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1)"
        formulas.append(Formula(f"{axis}_out", general, expression, out[dim]))
    out_c = p["out_channels"]
    formulas.append(Formula("C_out", "out_channels", str(out_c), out_c))
    return formulas


def _pool_size(x: Shape, out: Shape, p: dict[str, Any], notes: list[str]) -> list[Formula]:
    kernel, padding = pair(p["kernel_size"]), pair(p["padding"])
    if p["stride"] is None:
        notes.append(
            i18n.translate("LayerExplanation", "stride is not given, so it defaults to kernel_size = {size}.").format(
                size=_pair_text(p["kernel_size"])
            )
        )
        stride = kernel
    else:
        stride = pair(p["stride"])
    dilated = "dilation" in p
    dilation = pair(p["dilation"]) if dilated else (1, 1)
    rounding = "ceil" if p["ceil_mode"] else "floor"
    formulas = []
    for (axis, dim), k, s, pad, d in zip(AXES, kernel, stride, padding, dilation):
        if dilated:
            inner = f"{x[dim]} + 2*{pad} - {d}*({k}-1) - 1"
            general = f"{rounding}(({axis} + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1)"
        else:
            inner = f"{x[dim]} + 2*{pad} - {k}"
            general = f"{rounding}(({axis} + 2*padding - kernel_size) / stride + 1)"
        expression = f"{rounding}(({inner}) / {s} + 1)"
        value = out[dim]  # the shape rule's, which drops a window that starts past the input
        if value != _rounded_windows(x[dim], k, s, pad, d, p["ceil_mode"]):
            # torch: with ceil_mode the last window must start inside the input or its left padding
            notes.append(
                i18n.translate(
                    "LayerExplanation",
                    "ceil_mode on {axis}: the last window would start at {start}, past the input and its "
                    "left padding ({size} + {pad}), so torch drops it: {windows} - 1 = {value}.",
                ).format(axis=axis, start=value * s, size=x[dim], pad=pad, windows=value + 1, value=value)
            )
            expression += " - 1"
        formulas.append(Formula(f"{axis}_out", general, expression, value))
    if p["ceil_mode"]:
        notes.append(
            i18n.translate(
                "LayerExplanation",
                "ceil_mode rounds the division up, so a partial window at the edge still gives an output.",
            )
        )
    formulas.append(Formula("C_out", "C", str(x[CHANNEL_DIM]), x[CHANNEL_DIM]))
    return formulas


# ---- parameters ----------------------------------------------------------------------------


def _param_formulas(kind: LayerKind, x: Shape, p: dict[str, Any], total: int, notes: list[str]) -> list[Formula]:
    formulas: list[Formula] = []
    counts = dict(kind.weights(x, p))  # the registry's rule: what the analysis counts
    if kind.name == "Conv2d":
        kh, kw = pair(p["kernel_size"])
        out_c, in_c, groups = p["out_channels"], x[CHANNEL_DIM], p["groups"]
        if groups == 1:
            general = "out_channels * in_channels * kernel_h * kernel_w"
            expression = f"{out_c} * {in_c} * {kh} * {kw}"
        else:
            general = "out_channels * (in_channels / groups) * kernel_h * kernel_w"
            expression = f"{out_c} * ({in_c} / {groups}) * {kh} * {kw}"
        formulas.append(Formula("weight", general, expression, counts["weight"]))
        if p["bias"]:
            formulas.append(Formula("bias", "out_channels", str(out_c), counts["bias"]))
    elif kind.name == "BatchNorm2d":
        c = x[CHANNEL_DIM]
        if p["affine"]:
            formulas.append(Formula("weight (scale)", "num_features", str(c), c))
            formulas.append(Formula("bias (shift)", "num_features", str(c), c))
        if p["track_running_stats"]:
            notes.append(
                i18n.translate(
                    "LayerExplanation",
                    "BatchNorm2d also keeps buffers, which are state, not learned: running_mean ({count}), "
                    "running_var ({count}) and num_batches_tracked (1). "
                    "They are in state_dict but not in parameters().",
                ).format(count=c)
            )
    elif kind.name == "Linear":
        out_f, in_f = p["out_features"], x[-1]
        expression = f"{out_f} * {in_f}"
        formulas.append(Formula("weight", "out_features * in_features", expression, counts["weight"]))
        if p["bias"]:
            formulas.append(Formula("bias", "out_features", str(out_f), counts["bias"]))
    else:
        formulas = [Formula(name, "", str(count), count) for name, count in kind.weights(x, p)]
    if len(formulas) > 1:
        general = " + ".join(f.label.split()[0] for f in formulas)
        expression = " + ".join(str(f.value) for f in formulas)
        formulas.append(Formula("parameters", general, expression, total))
    return formulas


# ---- receptive field -----------------------------------------------------------------------


def _receptive_formulas(
    kind: LayerKind,
    p: dict[str, Any],
    rf: tuple[int, int],
    jump: tuple[int, int],
    new_rf: tuple[int, int],
    new_jump: tuple[int, int],
) -> list[Formula]:
    """How this layer grows the receptive field `rf` and stride `jump` into the analysis's `new_rf`, `new_jump`."""
    if kind.window is None:
        unchanged = [(f"receptive field {axis}", rf[i]) for i, (axis, _) in enumerate(AXES)]
        unchanged += [(f"effective stride {axis}", jump[i]) for i, (axis, _) in enumerate(AXES)]
        return [Formula(label, "unchanged", str(value), value) for label, value in unchanged]
    kernel, stride = kind.window(p)
    dilation = pair(p.get("dilation", 1))
    formulas = []
    for i, (axis, _) in enumerate(AXES):
        expression = f"{rf[i]} + {dilation[i]}*({kernel[i]}-1)*{jump[i]}"
        general = "previous RF + dilation*(kernel_size-1)*previous stride"
        formulas.append(Formula(f"receptive field {axis}", general, expression, new_rf[i]))
    for i, (axis, _) in enumerate(AXES):
        expression = f"{jump[i]} * {stride[i]}"
        formulas.append(Formula(f"effective stride {axis}", "previous stride * stride", expression, new_jump[i]))
    return formulas


# ---- helpers -------------------------------------------------------------------------------


def _rounded_windows(size: int, k: int, s: int, pad: int, d: int, ceil_mode: bool) -> int:
    """The size formula as written, before torch drops a last window that starts past the input."""
    if not ceil_mode:
        return sliding_size(size, k, s, pad, d)
    return -(-(size + 2 * pad - d * (k - 1) - 1) // s) + 1


def _pair_text(value: Any) -> str:
    h, w = pair(value)
    return str(h) if h == w else f"{h}x{w}"


def _shape(shape: Shape | None) -> str:
    return "?" if shape is None else "x".join(str(n) for n in shape)
