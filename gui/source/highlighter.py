"""PygmentsHighlighter: Python syntax colours from pygments' lexer and styles, via QSyntaxHighlighter.

Lexing is cached per chunk of source: a line, or the lines of one triple-quoted string (the only
construct that carries lexer state from one line to the next in code we generate). An edit
changes a few lines, so only those are lexed again; highlightBlock looks up its line's spans.
"""

from __future__ import annotations

from functools import cache

from pygments.lexers import PythonLexer
from pygments.styles import get_style_by_name
from pygments.token import Token, _TokenType
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")  # same token boundaries and types
CACHE_LIMIT = 4096  # chunks; a 1,000-layer block has about 3,000 distinct lines
LIGHT_STYLE = "default"
DARK_STYLE = "monokai"


class PygmentsHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self.lexer = PythonLexer(stripnl=False, ensurenl=False)
        self._cache: dict[str, list[list[tuple[int, int, _TokenType]]]] = {}
        self.style_name = DARK_STYLE if dark else LIGHT_STYLE
        self._lines: list[list[tuple[int, int, _TokenType]]] = []
        self._states: list[int] = []

    def set_dark(self, dark: bool) -> None:
        name = DARK_STYLE if dark else LIGHT_STYLE
        if name != self.style_name:
            self.style_name = name
            self.rehighlight()

    def set_source(self, source: str) -> None:
        """Lex `source` (the text the document is about to show) into per-line token spans."""
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        lines: list[list[tuple[int, int, _TokenType]]] = []
        states: list[int] = []
        for chunk in _chunks(source.split("\n")):
            # a line's spans do not depend on which digits it holds: an edit that changes a
            # number finds the line's colours in the cache instead of running the lexer
            shape = chunk.translate(DIGITS_AS_ZERO)
            spans = self._cache.get(shape)
            if spans is None:
                spans = self._cache[shape] = self._lex(shape)
            lines.extend(spans)
            # a line continuing a multi-line string: if that changes, Qt redoes the next line too
            states.extend([0] + [1] * (len(spans) - 1))
        self._lines = lines
        self._states = states

    def _lex(self, text: str) -> list[list[tuple[int, int, _TokenType]]]:
        docstring = _docstring_spans(text)
        return docstring if docstring is not None else self.lex_with_pygments(text)

    def lex_with_pygments(self, text: str) -> list[list[tuple[int, int, _TokenType]]]:
        """Per line of `text`, its token spans (column, length, type) from pygments' lexer."""
        lines: list[list[tuple[int, int, _TokenType]]] = [[]]
        column = 0
        for token_type, value in self.lexer.get_tokens(text):
            parts = value.split("\n")
            for number, part in enumerate(parts):
                if number:
                    lines.append([])
                    column = 0
                if part:
                    lines[-1].append((column, len(part), token_type))
                    column += len(part)
        return lines

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        if number >= len(self._lines):
            return
        self.setCurrentBlockState(self._states[number])
        for start, length, token_type in self._lines[number]:
            fmt = _format(self.style_name, token_type)
            if fmt is not None:
                self.setFormat(start, length, fmt)


def _docstring_spans(text: str) -> list[list[tuple[int, int, _TokenType]]] | None:
    """A chunk that is one plain docstring, spanned as pygments' lexer spans it (its indent, then
    String.Doc to the closing quotes), without running the lexer: the docstring holds the block's
    shapes, so most edits change it, and lexing it is most of what an edit costs the highlighter.
    None for anything else (a prefix, other quotes, text after it)."""
    body = text.lstrip(" \t")
    if not (body.startswith('"""') and body.endswith('"""') and len(body) >= 6 and body.count('"""') == 2):
        return None
    indent = len(text) - len(body)
    lines: list[list[tuple[int, int, _TokenType]]] = []
    for number, line in enumerate(text.split("\n")):
        start = indent if number == 0 else 0
        spans = [(0, indent, Token.Text.Whitespace)] if number == 0 and indent else []
        if len(line) > start:
            spans.append((start, len(line) - start, Token.Literal.String.Doc))
        lines.append(spans)
    return lines


def _chunks(lines: list[str]) -> list[str]:
    """Join the lines of each triple-quoted string into one chunk; every other line is its own.

    Every chunk then starts outside any string, so lexing it alone gives the same tokens as
    lexing the whole file.
    """
    chunks: list[str] = []
    current: list[str] = []
    open_quote: str | None = None
    for line in lines:
        current.append(line)
        for quote in ('"""', "'''"):
            if open_quote in (None, quote) and line.count(quote) % 2:
                open_quote = None if open_quote else quote
        if open_quote is None:
            chunks.append("\n".join(current))
            current = []
    if current:
        chunks.append("\n".join(current))
    return chunks


@cache
def _format(style_name: str, token_type: _TokenType) -> QTextCharFormat | None:
    style = get_style_by_name(style_name)
    while True:
        try:
            spec = style.style_for_token(token_type)
            break
        except KeyError:  # a token type the style does not know: use its parent's look
            if token_type is Token or token_type.parent is None:
                return None
            token_type = token_type.parent
    fmt = QTextCharFormat()
    if spec["color"]:
        fmt.setForeground(QColor(f"#{spec['color']}"))
    if spec["bold"]:
        fmt.setFontWeight(QFont.Weight.Bold)
    if spec["italic"]:
        fmt.setFontItalic(True)
    return fmt if (spec["color"] or spec["bold"] or spec["italic"]) else None


def background(dark: bool) -> QColor | None:
    """The style's own background, so dark-theme tokens sit on the colours they were made for."""
    style = get_style_by_name(DARK_STYLE if dark else LIGHT_STYLE)
    return QColor(style.background_color) if dark and style.background_color else None
