"""Icons, per-kind accent colours and palette-aware colours shared by the views.

Colours come from the application palette (so light and dark system themes both work); only
the per-kind accents are fixed, chosen mid-saturation so they read on either background.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from core.layers.registry import LAYER_KINDS

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"

# for a kind added to the registry before anyone drew its icon or picked its colour
FALLBACK_COLORS = ("#2f6fd6", "#7a4bc2", "#d9822b", "#1f9d61", "#d1495b", "#14899a", "#5b6b7d")
ERROR_COLOR = "#d64545"
WARNING_COLOR = "#c98a12"


@cache
def icon(name: str) -> QIcon:
    """A layer kind's icon (named in the registry) or an SVG from resources/icons by name; a lettered
    tile in the kind's colour if there is none."""
    kind = LAYER_KINDS.get(name)
    path = ICONS_DIR / f"{kind.icon if kind is not None else name}.svg"
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
    if kind in LAYER_KINDS:  # the registry holds each kind's accent (one entry per kind)
        return QColor(LAYER_KINDS[kind].color)
    return QColor(FALLBACK_COLORS[sum(map(ord, kind)) % len(FALLBACK_COLORS)])


def set_style_sheet(widget: QWidget, sheet: str) -> None:
    """Set a widget's style sheet only if it changes: setting one, even the same, re-polishes
    and repaints the widget, and the window re-marks its labels on every edit."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


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
