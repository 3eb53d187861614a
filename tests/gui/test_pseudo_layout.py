"""In Korean, and with every text 40% longer (the pseudo-locale): no label, button or tab of the main views is cut
at 1366x768, the smallest common laptop screen. A translation that is longer than the English
(Korean often is, in width) then fits too."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from gui.language import PseudoTranslator, switcher

SCREEN = (1366, 768)
WAIT_MS = 120_000


@pytest.fixture(params=["pseudo", "ko"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The pseudo-locale, then real Korean (with the Noto CJK font the set-up installs)."""
    if request.param == "pseudo":
        switcher().install([PseudoTranslator()], "pseudo")
    else:
        assert switcher().apply("ko") == "ko"
    QApplication.processEvents()
    yield request.param
    switcher().apply("en")
    QApplication.processEvents()


def clipped(widget: QWidget) -> str | None:
    """Why `widget` shows less than its whole text, or None when it fits."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        need = widget.minimumSizeHint().width()
        if widget.textFormat() != widget.textFormat().RichText and "<" not in widget.text():
            shown = re.sub(r"&(.)", r"\1", widget.text()) if widget.buddy() is not None else widget.text()
            need = widget.fontMetrics().horizontalAdvance(shown) + 2 * widget.margin() + 2 * widget.frameWidth()
        return f"label {widget.text()!r}: {widget.width()} < {need}" if widget.width() + 1 < need else None
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
        if not widget.text():
            return None
        need = widget.sizeHint().width()
        return f"button {widget.text()!r}: {widget.width()} < {need}" if widget.width() + 1 < need else None
    return None


def tabs_cut(bar: QTabBar) -> list[str]:
    if bar.usesScrollButtons():  # whole titles, reached by scrolling, as Qt does with many tabs
        return []
    return [
        f"tab {bar.tabText(i)!r}: {bar.tabRect(i).width()} < {bar.tabSizeHint(i).width()}"
        for i in range(bar.count())
        if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width()
    ]


def visible_problems(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            why = clipped(widget)
            if why:
                problems.append(f"{type(widget).__name__} {widget.objectName()}: {why}")
        elif isinstance(widget, QTabBar):
            problems += tabs_cut(widget)
    return problems


def test_no_text_of_the_main_views_is_cut_in_korean_or_with_texts_40_percent_longer(qtbot, window, language) -> None:
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=WAIT_MS)
    window.resize(*SCREEN)
    QApplication.processEvents()
    assert window.menuBar().actions()[0].text() != "&File"  # the language is on
    problems = []
    for index in range(window.inspector_tabs.count()):  # each tab as the user would open it
        window.inspector_tabs.setCurrentIndex(index)
        qtbot.wait(50)
        problems += visible_problems(window)
    window.block_view.select_rows([0])  # a layer's properties
    qtbot.wait(50)
    problems += visible_problems(window)
    dialog = window.show_preferences()
    qtbot.wait(50)
    problems += visible_problems(dialog)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))
