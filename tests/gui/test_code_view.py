"""The code view: pygments highlighting, layer lines, click-to-select, scroll kept, Copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QSpinBox

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def line_formats(code_view, line: int) -> list:  # noqa: ANN001
    block = code_view.editor.document().findBlockByNumber(line - 1)
    return block.layout().formats()


def looks(code_view, line: int) -> list[tuple[int, int, str, int, bool]]:  # noqa: ANN001
    """What a line's highlighting looks like: span, colour, weight, italics."""
    result = []
    for span in line_formats(code_view, line):
        fmt = span.format
        result.append((span.start, span.length, fmt.foreground().color().name(), fmt.fontWeight(), fmt.fontItalic()))
    return result


def test_source_is_read_only_monospace_and_highlighted_by_pygments(window) -> None:  # noqa: ANN001
    editor = window.code_view.editor
    assert editor.isReadOnly()
    metrics = editor.fontMetrics()  # (fontInfo().fixedPitch() is unreliable offscreen)
    assert metrics.horizontalAdvance("i" * 10) == metrics.horizontalAdvance("W" * 10)
    lines = window.code_view.text().splitlines()
    class_line = lines.index("class ConvBlock(nn.Module):") + 1
    formats = line_formats(window.code_view, class_line)
    # pygments' default style: keywords bold green (#008000)
    keyword = [f for f in formats if f.start == 0 and f.length == len("class")]
    assert keyword and keyword[0].format.foreground().color() == QColor("#008000")
    assert keyword[0].format.fontWeight() > 400


def test_selecting_a_layer_highlights_its_lines(window) -> None:  # noqa: ANN001
    window.block_view.select_rows([1])
    expected = window.document.generated.layer_lines[1]
    assert window.code_view.highlighted_lines() == expected
    marked = sorted(s.cursor.blockNumber() + 1 for s in window.code_view.editor.extraSelections())
    assert marked == sorted(expected)
    window.block_view.select_rows([])
    assert window.code_view.editor.extraSelections() == []


def test_clicking_a_line_selects_the_layer_it_builds(window, qtbot) -> None:  # noqa: ANN001
    editor = window.code_view.editor
    line = window.code_view.text().splitlines().index("            nn.ReLU(),") + 1
    block = editor.document().findBlockByNumber(line - 1)
    editor.setTextCursor(QTextCursor(block))
    editor.ensureCursorVisible()
    point = editor.cursorRect(QTextCursor(block)).center()
    with qtbot.waitSignal(window.code_view.lineClicked) as clicked:
        qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [line]
    assert window.document.current_layer == 2
    assert window.block_view.selected_rows() == [2]


def test_an_edit_keeps_the_scroll_position(window) -> None:  # noqa: ANN001
    window.block_view.select_rows([0])
    bar = window.code_view.editor.verticalScrollBar()
    window.resize(1000, 500)  # fewer lines fit: the source scrolls
    assert bar.maximum() > 3
    bar.setValue(3)
    spin = window.properties_panel.form.rows["out_channels"].editor.findChild(QSpinBox)
    spin.setValue(64)
    assert "64," in window.code_view.text()
    assert bar.value() == 3


def test_copy_button_and_error_line(window, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.code_view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.document.generated.source
    window.code_view.mark_error_line(12)
    numbers = [s.cursor.blockNumber() + 1 for s in window.code_view.editor.extraSelections()]
    assert 12 in numbers
    window.code_view.mark_error_line(None)
    assert window.code_view.editor.extraSelections() == []


def test_incremental_updates_highlight_like_a_fresh_view(window) -> None:  # noqa: ANN001
    """Only changed lines are replaced and re-lexed; the result must match a from-scratch view."""
    from gui.source.code_view import CodeView

    document = window.document
    document.add_layers(2, ["AvgPool2d", "Conv2d"])
    document.set_param(0, "out_channels", 24)
    document.set_option("class_name", "Renamed")
    document.remove_rows([1])
    document.set_option("container", "attributes")
    fresh = CodeView(document)
    view = window.code_view
    assert view.text() == fresh.text() == document.generated.source
    for number in range(view.editor.document().blockCount()):
        assert looks(view, number + 1) == looks(fresh, number + 1), number + 1
    fresh.deleteLater()


def test_switching_to_a_dark_palette_switches_the_token_colours(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from gui.source.highlighter import DARK_STYLE, LIGHT_STYLE

    light = QApplication.palette()
    dark = QPalette(light)
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed")):
        dark.setColor(role, QColor(color))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: window.code_view.highlighter.style_name == DARK_STYLE)
        class_line = window.code_view.text().splitlines().index("class ConvBlock(nn.Module):") + 1
        keyword = [f for f in line_formats(window.code_view, class_line) if f.start == 0][0]
        assert keyword.format.foreground().color() != QColor("#008000")  # no longer the light style's green
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(lambda: window.code_view.highlighter.style_name == LIGHT_STYLE)


@pytest.mark.parametrize(
    "chunk",
    [
        '    """Registers stem, conv1.\n    bn4; 50 steps.\n\n    Input (1, 3, 32, 32) -> output (1, 16, 32, 32)."""',
        '"""One line at the top."""',
        '        """Indented twice,\n\n        with an empty line and \\\\ a backslash.\n        """',
        '    """"Quoted" words inside."""',
    ],
)
def test_docstrings_are_spanned_exactly_as_pygments_lexes_them(window, chunk: str) -> None:  # noqa: ANN001
    """The highlighter spans a docstring chunk without running the lexer (an edit changes the
    shapes in it): the spans must be the lexer's own, line by line."""
    from gui.source.highlighter import _docstring_spans

    highlighter = window.code_view.highlighter
    assert _docstring_spans(chunk) is not None
    assert _docstring_spans(chunk) == highlighter.lex_with_pygments(chunk)


def test_numbers_do_not_change_how_a_line_is_coloured(window) -> None:  # noqa: ANN001
    """The highlighter lexes a line with its digits as 0s (an edit that changes a number then
    reuses the colours): for every line of the examples' generated code, the spans are the
    lexer's own for the real line."""
    from core.codegen.source import generate
    from core.files.project_file import load_block
    from gui.source.highlighter import DIGITS_AS_ZERO, _chunks

    highlighter = window.code_view.highlighter
    checked = 0
    for example in sorted(EXAMPLES.glob("*.json")):
        for chunk in _chunks(generate(load_block(example)).source.split("\n")):
            if any(c.isdigit() for c in chunk):
                real = highlighter.lex_with_pygments(chunk)
                assert highlighter._lex(chunk.translate(DIGITS_AS_ZERO)) == real, chunk
                checked += 1
    assert checked > 50


def test_the_gutter_numbers_every_line_where_qt_draws_it(window, qtbot) -> None:  # noqa: ANN001
    """The gutter places its numbers from the first visible line's place: each must sit at the
    top of the line Qt draws, scrolled or not, in a part of the gutter or the whole of it."""
    from benchmarks.bench_gui import fifty_step_graph

    window.resize(1200, 800)
    window.document.replace(fifty_step_graph(), None)
    editor = window.code_view.editor
    for scroll in (0, 7, editor.verticalScrollBar().maximum()):
        editor.verticalScrollBar().setValue(scroll)
        qtbot.wait(10)
        height = editor.viewport().height()
        expected = []
        block = editor.firstVisibleBlock()
        while block.isValid():
            top = round(editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top())
            if top > height:
                break
            expected.append((block.blockNumber() + 1, top))
            block = block.next()
        assert editor.gutter_lines(0, height) == expected, scroll
        middle = expected[len(expected) // 2]
        assert editor.gutter_lines(middle[1] + 1, middle[1] + 2) == [middle]  # one line's strip
