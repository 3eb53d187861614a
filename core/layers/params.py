"""Parameter specifications: what a layer argument may hold, and how to check a value."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import Any

from core import i18n


class ParamType(Enum):
    INT = "int"
    PAIR = "pair"  # an int, or a (height, width) pair of ints
    OPTIONAL_PAIR = "optional_pair"  # None, or as PAIR
    CONV_PADDING = "conv_padding"  # as PAIR, or "same" / "valid"
    FLOAT = "float"
    OPTIONAL_FLOAT = "optional_float"
    BOOL = "bool"
    CHOICE = "choice"


PADDING_WORDS = ("same", "valid")


class Translated:
    """A dataclass field that keeps the English (marked with QT_TRANSLATE_NOOP in `context`) and
    reads in the current language: `kind.summary` follows a language switch, and no translated
    text is kept. The English stays at `_<name>_source`."""

    def __init__(self, context: str, default: str | None = None) -> None:
        self.context = context
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.attribute = f"_{name}_source"

    def __get__(self, obj: Any, owner: type | None = None) -> str:
        if obj is None:  # the dataclass asks for the field's default
            if self.default is None:
                raise AttributeError(self.name)
            return self.default
        return i18n.translate(self.context, obj.__dict__[self.attribute])

    def __set__(self, obj: Any, value: str) -> None:
        obj.__dict__[self.attribute] = value


@dataclass(frozen=True)
class ParamSpec:
    """One keyword argument of a torch.nn layer, with torch's default and a sane range."""

    name: str
    type: ParamType
    default: Any
    low: float = 0
    high: float = 0
    choices: tuple[str, ...] = ()
    help: str = Translated("LayerParams", default="")  # type: ignore[assignment]  # in the current language
    required: bool = False  # torch has no default: always written out

    def check(self, value: Any) -> Any:
        """Return `value` normalised (lists become tuples), or raise ValueError saying why."""
        t = self.type
        if t is ParamType.BOOL:
            if not isinstance(value, bool):
                raise ValueError(
                    i18n.translate("ParamSpec", "expected true or false, got {value}").format(value=_show(value))
                )
            return value
        if t is ParamType.INT:
            return self._check_int(value)
        if t is ParamType.PAIR:
            return self._check_pair(value)
        if t is ParamType.OPTIONAL_PAIR:
            return None if value is None else self._check_pair(value)
        if t is ParamType.CONV_PADDING:
            if isinstance(value, str):
                if value not in PADDING_WORDS:
                    raise ValueError(
                        i18n.translate("ParamSpec", 'expected "same", "valid" or a number, got {value}').format(
                            value=_show(value)
                        )
                    )
                return value
            return self._check_pair(value)
        if t is ParamType.FLOAT:
            return self._check_float(value)
        if t is ParamType.OPTIONAL_FLOAT:
            return None if value is None else self._check_float(value)
        if t is ParamType.CHOICE:
            if not isinstance(value, str) or value not in self.choices:
                options = ", ".join(f'"{c}"' for c in self.choices)
                raise ValueError(
                    i18n.translate("ParamSpec", "expected one of {options}, got {value}").format(
                        options=options, value=_show(value)
                    )
                )
            return value
        raise AssertionError(t)

    def _check_int(self, value: Any) -> int:
        # bool is a subclass of int in Python, but true is not a kernel size
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                i18n.translate("ParamSpec", "expected a whole number, got {value}").format(value=_show(value))
            )
        if not self.low <= value <= self.high:
            message = i18n.translate("ParamSpec", "expected a whole number from {low:g} to {high:g}, got {value}")
            raise ValueError(message.format(low=self.low, high=self.high, value=value))
        return value

    def _check_pair(self, value: Any) -> int | tuple[int, int]:
        if isinstance(value, (list, tuple)):
            if len(value) != 2:
                message = i18n.translate("ParamSpec", "expected a number or a pair [height, width], got {count} values")
                raise ValueError(message.format(count=len(value)))
            return (self._check_int(value[0]), self._check_int(value[1]))
        return self._check_int(value)

    def _check_float(self, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(i18n.translate("ParamSpec", "expected a number, got {value}").format(value=_show(value)))
        value = float(value)
        if not math.isfinite(value) or not self.low <= value <= self.high:
            message = i18n.translate("ParamSpec", "expected a number from {low:g} to {high:g}, got {value!r}")
            raise ValueError(message.format(low=self.low, high=self.high, value=value))
        return value


def pair(value: int | tuple[int, int]) -> tuple[int, int]:
    """Expand torch's int-or-pair convention to (height, width)."""
    return value if isinstance(value, tuple) else (value, value)


def _show(value: Any) -> str:
    text = "null" if value is None else repr(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    return text if len(text) <= 40 else text[:37] + "..."
