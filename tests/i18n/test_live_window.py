"""The main window switches between English and Korean live: menus, actions, section headings,
status texts, the editor's and the properties' texts, dialogs, undo texts and the inspector
tabs' titles follow at once, with no restart; switching back shows English again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from gui.language import switcher
from tests.gui.test_window_layout import clipped_controls


def switch(language: str) -> None:
    switcher().apply(language)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot):  # noqa: ANN001, ANN201
    """A shown main window in English; English again afterwards, whatever the test did."""
    from gui.app import create_window

    _, win = create_window([], "en")
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        switch("en")
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()
        qtbot.wait(1)


class TitledPanel(QWidget):
    """An inspector panel that names its own tab in the current language."""

    def tab_title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Properties")


def headings(window) -> list[str]:  # noqa: ANN001
    return [label.text() for label in window.findChildren(QLabel, "sectionHeading")]


def test_menus_headings_and_status_follow_the_language(window) -> None:  # noqa: ANN001
    assert window.file_menu.title() == "&File" and window.new_action.text() == "&New"
    assert sorted(headings(window)) == ["BLOCK", "LAYERS", "PROPERTIES"]
    assert window.status_error.text() == "Ready: the block is valid."
    assert "params" in window.status_totals.text()

    switch("ko")
    assert window.file_menu.title() == "파일(&F)"
    assert window.open_action.text() == "열기(&O)..."
    assert window.edit_menu.title() == "편집(&E)"
    assert window.preferences_action.text() == "환경설정(&P)..."
    assert window.undo_action.text() == "실행 취소(&U)"
    assert window.block_view.delete_action.text() == "레이어 삭제(&D)"
    assert sorted(headings(window)) == sorted(["블록", "속성", "레이어"])
    assert window.status_error.text() == "준비됨: 블록이 올바릅니다."
    assert "매개변수" in window.status_totals.text() and "params" not in window.status_totals.text()
    assert window.input_label.text().startswith("  입력")
    assert window.windowTitle().startswith("제목 없음")
    assert window.code_view.copy_button.text() == "복사"
    assert window.layer_palette.search.placeholderText() == "레이어 검색…"

    switch("en")
    assert window.file_menu.title() == "&File" and window.open_action.text() == "&Open..."
    assert window.undo_action.text() == "&Undo"
    assert sorted(headings(window)) == ["BLOCK", "LAYERS", "PROPERTIES"]
    assert window.status_error.text() == "Ready: the block is valid."
    assert window.windowTitle().startswith("Untitled")
    assert window.code_view.copy_button.text() == "Copy"


def test_undo_texts_are_made_in_the_current_language(window) -> None:  # noqa: ANN001
    switch("ko")
    window.document.append_layer("ReLU")
    assert window.undo_action.text() == "ReLU 추가 실행 취소(&U)"
    window.undo_action.trigger()
    assert window.redo_action.text() == "ReLU 추가 다시 실행(&R)"

    switch("en")  # a step on the stack keeps its words; the prefix follows the language
    assert window.redo_action.text() == "&Redo ReLU 추가"
    window.document.append_layer("Sigmoid")
    assert window.undo_action.text() == "&Undo Add Sigmoid"


def test_inspector_tabs_with_a_title_of_their_own_are_renamed(window) -> None:  # noqa: ANN001
    panel = TitledPanel()
    index = window.add_inspector_tab(panel, panel.tab_title())
    plain = window.add_inspector_tab(QWidget(), "Plain")
    switch("ko")
    assert window.inspector_tabs.tabText(index) == "속성"
    assert window.inspector_tabs.tabText(plain) == "Plain"  # no tab_title(): kept as it was
    switch("en")
    assert window.inspector_tabs.tabText(index) == "Properties"


def test_the_properties_follow_the_language(window) -> None:  # noqa: ANN001
    window.block_view.select_rows([])  # the block settings
    form = window.properties_panel.form
    assert form.form.labelForField(form.class_name).text() == "Class name"
    switch("ko")
    assert form.form.labelForField(form.class_name).text() == "클래스 이름"
    assert form.container.currentText() == "nn.Sequential 하나"

    window.document.set_current_layer(0)  # Conv2d
    layer_form = window.properties_panel.form
    switch("en")
    assert layer_form.flatten_button.text() == "Add Flatten before this layer"
    assert layer_form.title.text().endswith("layer 1")
    switch("ko")
    assert layer_form.flatten_button.text() == "이 레이어 앞에 평탄화 (Flatten) 추가"
    assert layer_form.title.text().endswith("레이어 1")


def test_dialogs_speak_the_current_language(window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    asked: list[tuple[str, str]] = []

    def warning(parent, title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.document.append_layer("ReLU")
    switch("ko")
    assert window.files.maybe_save() is False
    assert asked[-1][0] == "저장하지 않은 변경 사항"
    assert "먼저 저장할까요?" in asked[-1][1]
    switch("en")
    window.files.maybe_save()
    assert asked[-1][0] == "Unsaved changes"


def test_korean_fits_at_1366x768(window) -> None:  # noqa: ANN001
    switch("ko")
    window.resize(1366, 768)
    for row in ([], [0]):  # the block settings, then Conv2d's form (the longest)
        window.block_view.select_rows(row)
        QApplication.processEvents()
        assert clipped_controls(window.properties_panel) == []
    totals = window.status_totals
    assert totals.width() >= totals.sizeHint().width()  # the totals are never cut


def test_every_menu_text_goes_through_the_translators(window) -> None:  # noqa: ANN001
    """Under the pseudo-translation every text of the menus, headings and status bar is marked:
    none is left as an English constant."""
    from gui.language import PseudoTranslator

    switcher().install([PseudoTranslator(switcher())], "en")
    QApplication.processEvents()
    window.block_view.select_rows([])
    QApplication.processEvents()
    menus = [window.file_menu, window.edit_menu, window.help_menu]
    texts = [menu.title() for menu in menus] + [window.recent_menu.title(), window.examples_menu.title()]
    texts += [
        action.text()
        for menu in menus
        for action in menu.actions()
        if not action.isSeparator() and action.menu() is None
    ]
    texts += headings(window) + [window.status_error.text(), window.status_totals.text()]
    texts += [window.code_view.copy_button.text(), window.layer_palette.search.placeholderText()]
    form = window.properties_panel.form
    texts += [form.form.labelForField(field).text() for field in (form.class_name, form.super_style, form.input_kind)]
    unmarked = [text for text in texts if not text.startswith("[")]
    assert unmarked == []
