"""StaticTexts: one-line texts laid out once per font and kept, for views that repaint often.

`QPainter.drawText` lays its text out anew on every call (a QTextLayout: itemize, shape, break
lines), 20-40 µs a text on the lab machine; an edit repaints every card and table cell on
screen, most with texts drawn before. A QStaticText keeps that layout, so drawing it only blits
glyphs. The painter's font must be the one the text was laid out in (`draw` sets it). Callers
pass each font's `key()` along: working it out costs more than drawing the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText

CACHE_LIMIT = 4000  # texts; a 1,000-layer table has about that many distinct cells


class StaticTexts:
    def __init__(self) -> None:
        self._texts: dict[tuple[str, str], tuple[QStaticText, float, float]] = {}

    def get(self, text: str, font: QFont, font_key: str) -> tuple[QStaticText, float, float]:
        """The text laid out in this font, with its width and height."""
        key = (font_key, text)
        cached = self._texts.get(key)
        if cached is None:
            if len(self._texts) > CACHE_LIMIT:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            size = static.size()
            cached = self._texts[key] = (static, size.width(), size.height())
        return cached

    def width(self, text: str, font: QFont, font_key: str) -> float:
        return self.get(text, font, font_key)[1]

    def draw(
        self,
        painter: QPainter,
        line: tuple[float, float, float, float],
        text: str,
        font: QFont,
        font_key: str,
        align_right: bool = False,
    ) -> float:
        """Draw `text` in the line (x, top, width, height): centred vertically, at its left or
        right end, elided if it does not fit, in the painter's pen and this font (which the
        painter keeps). Returns the width drawn."""
        x, top, room, height = line
        static, width, text_height = self.get(text, font, font_key)
        if width > room:
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(int(room), 0))
            if not elided:
                return 0.0
            static, width, text_height = self.get(elided, font, font_key)
        painter.setFont(font)
        left = x + room - width if align_right else x
        painter.drawStaticText(int(left), int(top + (height - text_height) / 2), static)
        return width
