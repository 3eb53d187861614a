"""Icons, per-kind accent colours and palette-aware colours shared by the views.

Colours come from the application palette (so light and dark system themes both work); only
the per-kind accents are fixed, chosen mid-saturation so they read on either background.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"

KIND_COLORS = {
    "Conv2d": "#2f6fd6",
    "BatchNorm2d": "#7a4bc2",
    "ReLU": "#d9822b",
    "LeakyReLU": "#d9822b",
    "GELU": "#d9822b",
    "SiLU": "#d9822b",
    "Sigmoid": "#d9822b",
    "MaxPool2d": "#1f9d61",
    "AvgPool2d": "#14899a",
    "AdaptiveAvgPool2d": "#14899a",
    "Linear": "#d1495b",
    "Flatten": "#5b6b7d",
    "Dropout": "#9a6b4f",
    "Dropout2d": "#9a6b4f",
}
# for a kind added to the registry before anyone drew its icon or picked its colour
FALLBACK_COLORS = ("#2f6fd6", "#7a4bc2", "#d9822b", "#1f9d61", "#d1495b", "#14899a", "#5b6b7d")
ERROR_COLOR = "#d64545"
WARNING_COLOR = "#c98a12"


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons; a lettered tile in the kind's colour if there is none."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else _letter_icon(name)


def _letter_icon(name: str) -> QIcon:
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_color(name))
    painter.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(26)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    letters = "".join(c for c in name if c.isupper())[:2] or name[:2]
    painter.drawText(QRectF(4, 4, 56, 56), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return QIcon(pixmap)


def kind_color(kind: str) -> QColor:
    if kind in KIND_COLORS:
        return QColor(KIND_COLORS[kind])
    return QColor(FALLBACK_COLORS[sum(map(ord, kind)) % len(FALLBACK_COLORS)])


def is_dark() -> bool:
    """Whether the current palette is a dark theme (window colour darker than its text)."""
    palette = QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    return window.lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def monospace_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
