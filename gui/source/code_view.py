"""CodeView: the generated nn.Module source, read-only, highlighted, with line numbers.

It follows the document: the source is replaced on every change keeping the scroll position,
the selected layer's lines are highlighted, and clicking a line selects the layer it builds.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.source.highlighter import DARK_STYLE, LIGHT_STYLE, PygmentsHighlighter, background
from gui.static_texts import StaticTexts
from gui.style import ERROR_COLOR, is_dark, mix, monospace_font

MAX_LINE_EDITS = 20  # changed lines replaced one by one; more go in one replacement


class _LineLayout(QPlainTextDocumentLayout):
    """Qt's plain-text layout, told the true extent of each change.

    Qt takes a change to end at `position + removed + added`, which runs into the next line
    whenever a line's text or colours change (the highlighter re-marks a line as removed and
    added again), and then repaints the whole view. In the new text the change ends at
    `position + added`: told that, Qt repaints only the lines that changed. (A change that
    adds or removes lines is still repainted whole: Qt checks the line count itself.)
    """

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802
        super().documentChanged(position, 0, max(added, 1))


class _LineNumbers(QWidget):
    def __init__(self, editor: SourceEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(self, event)


class SourceEdit(QPlainTextEdit):
    """A read-only monospace editor with a line-number gutter; emits the clicked line."""

    lineClicked = Signal(int)  # 1-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(monospace_font())
        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
        self.gutter = _LineNumbers(self)
        self._numbers = StaticTexts()  # the gutter's line numbers, laid out once each
        self.blockCountChanged.connect(lambda _: self.setViewportMargins(self.gutter_width(), 0, 0, 0))
        self.updateRequest.connect(self._scroll_gutter)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def gutter_lines(self, top: int, bottom: int) -> list[tuple[int, int]]:
        """(1-based line number, viewport y of its top) of the lines between `top` and `bottom`.
        Every line is one line tall (no wrapping, one font): the first visible line's place
        gives the others without asking Qt about each block."""
        first = self.firstVisibleBlock()
        first_top = round(self.blockBoundingGeometry(first).translated(self.contentOffset()).top())
        step = max(1, round(self.blockBoundingRect(first).height()))
        start = first.blockNumber() + max(0, (top - first_top) // step)
        last = min(self.blockCount() - 1, first.blockNumber() + (bottom - first_top) // step)
        return [(n + 1, first_top + (n - first.blockNumber()) * step) for n in range(start, last + 1)]

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        """The line numbers beside the lines that `event` asks for (an edit repaints a few)."""
        painter = QPainter(gutter)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        area = event.rect()
        painter.fillRect(area, mix(base, text, 0.04))
        painter.setPen(mix(text, base, 0.55))
        font = self.font()
        font_key = font.key()
        right = gutter.width() - 6
        text_height = self.fontMetrics().height()
        for number, line_top in self.gutter_lines(area.top(), area.bottom()):
            line = (0, line_top, right, text_height)
            self._numbers.draw(painter, line, str(number), font, font_key, align_right=True)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            line = self.cursorForPosition(event.position().toPoint()).blockNumber() + 1
            self.lineClicked.emit(line)


def _common_length(a: str, b: str, limit: int, from_end: bool) -> int:
    """Length of the longest common prefix (or suffix) of a and b, at most `limit`.

    A binary search over slice comparisons: C-speed, where a character loop would take a
    millisecond on a 50-layer source.
    """
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        same = a[len(a) - middle :] == b[len(b) - middle :] if from_end else a[:middle] == b[:middle]
        if same:
            low = middle
        else:
            high = middle - 1
    return low


class CodeView(QWidget):
    """The generated source with a title bar and a Copy button."""

    lineClicked = Signal(int)  # 1-based line the user clicked

    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeView")
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 0, 0)
        self.title = QLabel()
        bar.addWidget(self.title, 1)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyCode")
        self.copy_button.clicked.connect(self.copy)
        bar.addWidget(self.copy_button)
        layout.addLayout(bar)
        self.editor = SourceEdit()
        self.editor.document().setUndoRedoEnabled(False)  # edits come from the document, not typing
        self.editor.document().setDocumentLayout(_LineLayout(self.editor.document()))
        layout.addWidget(self.editor, 1)
        self._source = ""
        dark = is_dark()
        self.highlighter = PygmentsHighlighter(self.editor.document(), dark)
        self._apply_background(dark)
        self._layer_lines: list[int] = []
        self._error_line: int | None = None

        self.editor.lineClicked.connect(self._line_clicked)
        document.changed.connect(self.refresh)
        document.currentLayerChanged.connect(self._on_current_layer_changed)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the generated source to the clipboard"))
        self.refresh()

    def _apply_background(self, dark: bool) -> None:
        color = background(dark)
        if color is None:
            self.editor.setPalette(QPalette())  # the application's palette again
            return
        palette = self.editor.palette()
        palette.setColor(QPalette.ColorRole.Base, color)
        palette.setColor(QPalette.ColorRole.Text, QColor("#f8f8f2"))
        self.editor.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # the system switched between light and dark: follow with the token colours
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            dark = is_dark()
            if self.highlighter.style_name != (DARK_STYLE if dark else LIGHT_STYLE):
                self.highlighter.set_dark(dark)
                self._apply_background(dark)
                self._update_marks()

    # ---- content ------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def source(self) -> str:
        """The source shown (what Copy puts on the clipboard)."""
        return self._source

    def refresh(self) -> None:
        generated = self.document.generated
        if generated is not None:
            source = generated.source
        else:
            source = self.tr("# The code cannot be generated:\n# {error}\n").format(error=self.document.codegen_error)
        self.title.setText(
            self.tr("<b>{class_name}</b> &nbsp;generated source").format(class_name=self.document.block.class_name)
        )
        self.copy_button.setEnabled(generated is not None)
        if source != self._source:
            vertical = self.editor.verticalScrollBar().value()
            horizontal = self.editor.horizontalScrollBar().value()
            self.highlighter.set_source(source)
            self._replace_text(self._source, source)
            self._source = source
            self._error_line = None  # a failure marked in the old source says nothing about this one
            self.editor.verticalScrollBar().setValue(vertical)
            self.editor.horizontalScrollBar().setValue(horizontal)
        self._show_current_layer(scroll=False)

    def _replace_text(self, old: str, new: str) -> None:
        """Replace only what changed: the highlighter then redoes those lines only."""
        if not (old and old.isascii() and new.isascii()):  # positions are UTF-16 units in Qt
            self.editor.setPlainText(new)
            return
        if self._replace_lines(old.split("\n"), new.split("\n")):
            return
        start = _common_length(old, new, limit=min(len(old), len(new)), from_end=False)
        same_end = _common_length(old, new, limit=min(len(old), len(new)) - start, from_end=True)
        old_end, new_end = len(old) - same_end, len(new) - same_end
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(old_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[start:new_end])

    def _replace_lines(self, old: list[str], new: list[str]) -> bool:
        """Change the changed lines one by one, when no line came or went and only a few
        changed (an edit changes its own line and the docstring's shapes): with _LineLayout,
        Qt then repaints just those lines, not the whole view."""
        if len(old) != len(new):
            return False
        changed = [number for number, (a, b) in enumerate(zip(old, new)) if a != b]
        if len(changed) > MAX_LINE_EDITS:
            return False
        document = self.editor.document()
        cursor = QTextCursor(document)
        for number in changed:
            a, b = old[number], new[number]
            start = len(os.path.commonprefix([a, b]))
            same_end = len(os.path.commonprefix([a[start:][::-1], b[start:][::-1]]))
            removed, added = a[start : len(a) - same_end], b[start : len(b) - same_end]
            at = document.findBlockByNumber(number).position() + start
            cursor.setPosition(at)
            cursor.setPosition(at + len(removed), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(added)
        return True

    def copy(self) -> None:
        QApplication.clipboard().setText(self._source)

    def _line_clicked(self, line: int) -> None:
        self.lineClicked.emit(line)
        generated = self.document.generated
        if generated is None:
            return
        layer = self.document.row_at_line(line)
        if layer is not None:
            self.document.set_current_layer(layer)

    # ---- line marks ------------------------------------------------------------------------

    def _on_current_layer_changed(self, index: int) -> None:
        self._show_current_layer(scroll=True)

    def _show_current_layer(self, scroll: bool) -> None:
        generated = self.document.generated
        index = self.document.current_layer
        lines = self.document.lines_of_row(index) if generated is not None and index >= 0 else []
        self.highlight_lines(lines, scroll=scroll)

    def highlight_lines(self, lines: list[int], scroll: bool = True) -> None:
        """Tint these 1-based lines (a layer's construction and forward lines)."""
        self._layer_lines = list(lines)
        self._update_marks()
        if scroll and lines:
            self._ensure_visible(lines[0])

    @property
    def error_line(self) -> int | None:
        """The 1-based line marked as failing, if any."""
        return self._error_line

    def mark_error_line(self, line: int | None) -> None:
        """Mark one 1-based line in red (a failure in generated code), or clear the mark."""
        self._error_line = line
        self._update_marks()
        if line is not None:
            self._ensure_visible(line)

    def _ensure_visible(self, line: int) -> None:
        block = self.editor.document().findBlockByNumber(line - 1)
        if block.isValid():
            cursor = QTextCursor(block)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def _update_marks(self) -> None:
        palette = self.editor.palette()
        base = palette.color(QPalette.ColorRole.Base)
        selections = []
        tint = mix(base, palette.color(QPalette.ColorRole.Highlight), 0.22)
        for line in self._layer_lines:
            selections.append(self._line_selection(line, tint))
        if self._error_line is not None:
            selections.append(self._line_selection(self._error_line, mix(base, QColor(ERROR_COLOR), 0.3)))
        self.editor.setExtraSelections([s for s in selections if s is not None])

    def _line_selection(self, line: int, color: QColor) -> QTextEdit.ExtraSelection | None:
        block = self.editor.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return None
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(color)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        return selection

    def highlighted_lines(self) -> list[int]:
        return list(self._layer_lines)
