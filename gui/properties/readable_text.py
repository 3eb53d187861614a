"""Descriptions that stay readable: dimmer than the main text, but never below WCAG AA
contrast (4.5:1) against the background. A disabled label's grey fails that on most themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from gui.style import mix

WCAG_AA = 4.5


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dim_text_color(palette: QPalette, minimum: float = WCAG_AA) -> QColor:
    """The text colour moved towards the background as far as `minimum` contrast allows."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    best = text
    for step in range(1, 10):
        candidate = mix(text, background, step / 10)
        if contrast_ratio(candidate, background) < minimum + 0.1:  # a margin for rounding
            break
        best = candidate
    return best


def style_as_description(label: QLabel) -> None:
    """A secondary text: dimmer than the main text, still readable."""
    label.setStyleSheet(f"color: {dim_text_color(label.palette()).name()};")


def readable_color(color: str | QColor, palette: QPalette, minimum: float = WCAG_AA) -> QColor:
    """`color` moved towards the text colour until it reads against the background (an amber
    warning on light grey is 2.6:1 as chosen; this keeps its hue and makes it 4.5:1)."""
    base = QColor(color)
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    for step in range(11):
        candidate = mix(base, text, step / 10)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return text
