"""LayerKind: what the registry knows about one torch.nn class, and helpers to declare parameters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.layers.params import ParamSpec, ParamType, Translated
from core.layers.shape_rules import Params, Shape

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
    # what it does, one or two sentences for a learner; in the current language
    summary: str = Translated("LayerKind")  # type: ignore[assignment]
    # how the output size follows from the input, one line; in the current language
    size_rule: str = Translated("LayerKind")  # type: ignore[assignment]
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
    color: str = "#5b6b7d"  # the accent of its card and palette tile (mid-saturation: reads on light and dark)
    icon: str = ""  # an SVG in resources/icons (without .svg); "" draws a lettered tile
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


def int_param(name: str, default: int, low: int, high: int, help: str, required: bool = False) -> ParamSpec:
    return ParamSpec(name, ParamType.INT, default, low, high, help=help, required=required)


def pair_param(name: str, default: Any, low: int, help: str, required: bool = False) -> ParamSpec:
    return ParamSpec(name, ParamType.PAIR, default, low, MAX_WINDOW, help=help, required=required)


def bool_param(name: str, default: bool, help: str) -> ParamSpec:
    return ParamSpec(name, ParamType.BOOL, default, help=help)


def float_param(name: str, default: float, low: float, high: float, help: str) -> ParamSpec:
    return ParamSpec(name, ParamType.FLOAT, default, low, high, help=help)
