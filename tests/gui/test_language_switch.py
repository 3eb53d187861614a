"""Preferences switches the whole window between English and Korean live: menus, tabs, the
status bar and the Learn tab change at once, the block and its undo history stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from core import i18n
from gui.language import LANGUAGE_SETTING, switcher
from gui.main_window import MainWindow

HANGUL = re.compile(r"[\uac00-\ud7a3]")
WAIT_MS = 120_000


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    switcher().apply("en")
    switcher().set_code_language("en")
    QApplication.processEvents()


def choose_language(window: MainWindow, code: str) -> None:
    """What a user does: Edit > Preferences, pick the language in the combo."""
    dialog = window.show_preferences()
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData(code))
    QApplication.processEvents()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(index) for index in range(tabs.count())]


def test_preferences_switch_the_window_to_korean_and_back_live(qtbot, window, english_afterwards) -> None:
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=WAIT_MS)  # every tab is in
    window.document.set_param(0, "out_channels", 24)  # work that must survive the switches
    english_menus, english_tabs = menu_titles(window), tab_titles(window.inspector_tabs)
    english_status = window.status_error.text()
    assert english_menus[0] == "&File" and "Summary" in english_tabs

    choose_language(window, "ko")
    assert switcher().language == "ko" and i18n.current_language() == "ko"
    assert window.preferences_dialog.windowTitle() == "환경설정"
    menus = menu_titles(window)
    assert all(HANGUL.search(title) for title in menus), menus
    assert menus[0].endswith("(&F)")  # the mnemonic kept, the Korean way
    tabs = tab_titles(window.inspector_tabs)
    assert all(HANGUL.search(title) for title in tabs), tabs
    assert HANGUL.search(window.status_error.text()) and window.status_error.text() != english_status
    assert HANGUL.search(window.learn_panel.teaching_view.toPlainText())
    assert "super().__init__()" in window.learn_panel.teaching_view.toPlainText()  # code stays code
    assert HANGUL.search(window.undo_action.text()) and HANGUL.search(window.new_action.text())
    assert window.document.block.layers[0].params["out_channels"] == 24  # nothing was rebuilt or lost

    choose_language(window, "en")
    assert menu_titles(window) == english_menus
    assert tab_titles(window.inspector_tabs) == english_tabs
    assert window.status_error.text() == english_status
    assert not HANGUL.search(window.learn_panel.teaching_view.toPlainText())
    window.document.undo_stack.undo()  # the history survived both switches
    assert window.document.block.layers[0].params["out_channels"] != 24


def test_the_choice_is_saved_and_a_new_window_starts_in_it(qtbot, english_afterwards) -> None:
    from gui.app import create_window
    from gui.document.settings import app_settings

    app_settings().setValue(LANGUAGE_SETTING, "ko")
    _, window = create_window([])
    qtbot.addWidget(window)
    assert switcher().language == "ko"
    assert window.menuBar().actions()[0].text().endswith("(&F)")
    assert HANGUL.search(window.inspector_tabs.tabText(0))
    window.document.undo_stack.setClean()
    window.close()


def test_the_flatten_fix_is_offered_in_korean_too(qtbot, window, english_afterwards) -> None:
    """The hint is recognised by meaning, not by its English words: the button stays in Korean."""
    from core.model.block import Block, Layer

    block = Block(
        [Layer("Conv2d", {"out_channels": 16, "kernel_size": 3}), Layer("Linear", {"out_features": 10})],
        input_shape=(1, 3, 32, 32),
    )
    window.document.replace(block, None)
    choose_language(window, "ko")
    window.document.set_current_layer(1)
    form = window.properties_panel.form
    warning = form.warning.text()
    assert HANGUL.search(warning) and "Flatten" in warning and "Linear acts on" not in warning  # all Korean
    assert form.flatten_button.isVisibleTo(form) and HANGUL.search(window.status_error.text())


def test_preferences_give_generated_code_korean_docstrings_and_leave_its_code_english(
    qtbot, window, english_afterwards
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    english = window.document.generated.source
    dialog = window.show_preferences()
    dialog.codeCombo.setCurrentIndex(dialog.codeCombo.findData("ko"))
    QApplication.processEvents()
    korean = window.document.generated.source
    shown = window.code_view.findChild(QPlainTextEdit).toPlainText()
    assert "입력 (1, 3, 64, 64) -> 출력 (1, 16, 32, 32)" in korean and shown == korean  # the view follows
    assert switcher().language == "en" and window.menuBar().actions()[0].text() == "&File"  # the window stays
    code = [line for line in korean.splitlines() if not HANGUL.search(line)]
    assert code == [line for line in english.splitlines() if "Input (" not in line]  # only the docstring changed
    dialog.codeCombo.setCurrentIndex(dialog.codeCombo.findData("en"))
    QApplication.processEvents()
    assert window.document.generated.source == english
