"""The run tabs and the inspectors switch language live: real widgets, English -> Korean -> English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from core.files.examples import seed_block
from core.model.block import Block
from gui.document.document import BlockDocument

WAIT_MS = 60_000


def small_seed() -> Block:
    block = seed_block()
    block.input_shape = (1, 3, 24, 24)
    return block


@pytest.fixture
def run_views(qtbot):  # noqa: ANN001, ANN201
    from gui.run.activation_view import ActivationView
    from gui.run.run_panel import RunPanel
    from gui.run.timing_view import TimingView

    document = BlockDocument(small_seed())
    panel = RunPanel(document)
    qtbot.addWidget(panel, before_close_func=lambda w: w.shutdown())
    panel.runsSpin.setValue(3)
    panel.measureSpin.setValue(2)
    activations = ActivationView(document, panel.session)
    timing = TimingView(document, panel.session)
    qtbot.addWidget(activations)
    qtbot.addWidget(timing)
    yield panel, activations, timing
    panel.shutdown()


def test_run_panel_and_its_views_switch_live(qtbot, language, run_views) -> None:  # noqa: ANN001
    panel, activations, timing = run_views
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    assert panel.statusLabel.text().startswith("Ran 4 layers on cpu")
    assert timing.table.horizontalHeaderItem(0).text() == "Layer"

    language("ko")
    assert panel.runButton.text() == "실행" and panel.cancelButton.text() == "취소"
    assert panel.tab_title() == "실행" and activations.tab_title() == "활성화" and timing.tab_title() == "시간 측정"
    assert panel.deviceLabel.text() == "장치" and panel.inputCombo.itemText(0) == "무작위 정규 분포"
    assert panel.statusLabel.text().startswith("cpu에서 레이어 4개를 실행했습니다")  # recomputed from the result
    assert panel.liveCheck.text() == "실시간: 편집할 때마다 다시 실행"
    assert activations.trainButton.text() == "학습 모드로 실행"
    assert "출력" in activations.titleLabel.text() and "블록 출력" in activations.titleLabel.text()
    assert activations.inputLabel.text().startswith("입력: ")
    assert timing.compareButton.text() == "장치 비교" and timing.exportCsvButton.text() == "CSV 내보내기..."
    assert timing.table.horizontalHeaderItem(0).text() == "레이어"
    assert timing.table.horizontalHeaderItem(1).text() == "cpu\n중앙값 ms"
    assert timing.firstCallLabel.text().startswith("cpu의 첫 호출")

    language("en")
    assert panel.runButton.text() == "Run" and panel.tab_title() == "Run"
    assert panel.statusLabel.text().startswith("Ran 4 layers on cpu")
    assert activations.titleLabel.text().startswith("block output: ")
    assert timing.table.horizontalHeaderItem(1).text() == "cpu\nmedian ms"
    assert timing.compareButton.text() == "Compare devices"


def test_a_refusal_and_its_stale_mark_follow_the_language(qtbot, language, run_views) -> None:  # noqa: ANN001
    from gui.run.run_panel import STALE_PREFIX

    panel, activations, _timing = run_views
    assert activations.titleLabel.text() == "Press Run to see what each layer computes."
    panel.document.set_param(0, "kernel_size", 99)
    assert panel.run() is None and panel.errorLabel.text().startswith("Cannot run: ")
    language("ko")
    assert panel.errorLabel.text().startswith("실행할 수 없습니다: ")
    assert activations.titleLabel.text() == "실행을 누르면 각 레이어가 무엇을 계산하는지 볼 수 있습니다."
    assert "kernel_size 99" in panel.errorLabel.text()
    panel.document.set_param(0, "kernel_size", 98)  # recomputed for the new block, still in Korean
    assert panel.errorLabel.text().startswith("실행할 수 없습니다: ") and "kernel_size 98" in panel.errorLabel.text()
    language("en")
    assert panel.errorLabel.text().startswith("Cannot run: ") and "kernel_size 98" in panel.errorLabel.text()
    assert not panel.errorLabel.text().startswith(STALE_PREFIX)


def test_summary_table_headers_switch_live(qtbot, language) -> None:  # noqa: ANN001
    from gui.inspectors.summary_table import SummaryTable

    table = SummaryTable(BlockDocument(small_seed()))
    qtbot.addWidget(table)
    model = table.summary_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["#", "Layer", "Output shape", "Params", "Mult-adds", "Activations"]
    english_width = table.columnWidth(2)
    language("ko")
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["#", "레이어", "출력 모양", "매개변수", "곱셈-덧셈", "활성화"]
    assert model.column_texts(1)[-1] == "합계" and table.tab_title() == "요약"
    # the column is sized from the Korean header, not from English widths
    ko_header = table.horizontalHeader().fontMetrics().horizontalAdvance("출력 모양")
    assert table.columnWidth(2) >= ko_header
    language("en")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Output shape"
    assert model.column_texts(1)[-1] == "Total" and table.tab_title() == "Summary"
    assert table.columnWidth(2) == english_width


def test_learn_panel_lessons_switch_live(qtbot, language) -> None:  # noqa: ANN001
    from gui.inspectors.internals_view import GROUP_PARAMETERS
    from gui.inspectors.learn_panel import LearnPanel

    document = BlockDocument()
    panel = LearnPanel(document)
    qtbot.addWidget(panel)
    assert "Select a layer" in panel.layer_view.toPlainText()
    assert panel.instantiate()
    english_rows = panel.internals_view.group_rows(GROUP_PARAMETERS)

    language("ko")
    assert panel.tab_title() == "배우기"
    assert panel.instantiate_button.text() == "인스턴스 만들기"
    assert panel.teaching_button.text() == "super().__init__() 없이"
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "살아 있는 객체",
        "선택한 레이어",
        "왜 super()인가",
        "등록할까, 말까",
    ]
    assert "레이어를 선택하면" in panel.layer_view.toPlainText()
    assert "인스턴스를 만들었습니다" in panel.status.text() and "매개변수" in panel.status.text()
    assert panel.internals_view.headerItem().text(0) == "이름"
    # the groups are found by their marked English titles in either language, with the same rows
    assert [row[0] for row in panel.internals_view.group_rows(GROUP_PARAMETERS)] == [r[0] for r in english_rows]
    assert "super().__init__()로 시작할까요?" in panel.teaching_view.toPlainText()
    assert "등록할 것이 없습니다" in panel.forward_lesson_view.view.toPlainText()
    assert panel.forward_lesson_view.run_button.text().startswith("Conv2d를 forward 안에서")

    panel.show_lesson()
    lesson = panel.teaching_view.toPlainText()
    assert "super().__init__() 없이 인스턴스 만들기" in lesson
    assert "super()인가, super(ClassName, self)인가?" in lesson
    assert "AttributeError" in lesson  # PyTorch's own text stays as it is

    document.set_current_layer(0)
    explanation = panel.layer_view.toPlainText()
    assert "레이어 1: Conv2d" in explanation and "출력 크기" in explanation

    language("en")
    assert panel.tab_title() == "Learn" and panel.instantiate_button.text() == "Instantiate"
    assert "Layer 1: Conv2d" in panel.layer_view.toPlainText()
    assert "Instantiating without super().__init__()" in panel.teaching_view.toPlainText()
    assert panel.internals_view.headerItem().text(0) == "Name"


def test_loading_placeholders_take_their_titles_from_tab_title(qtbot, language) -> None:  # noqa: ANN001
    from types import SimpleNamespace

    from gui.run.run_tabs import add_loading_tabs

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel(), "Summary")
    window = SimpleNamespace(inspector_tabs=tabs)
    add_loading_tabs(window)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Summary", "Run", "Activations", "Timing", "Train", "Registration"]
    assert "The Run tab is ready" in window.loading_tabs[0].text()

    language("ko")
    assert [tab.tab_title() for tab in window.loading_tabs] == ["실행", "활성화", "시간 측정", "학습", "등록"]
    assert window.loading_tabs[0].text().startswith("PyTorch를 불러오는 중...")
    assert "실행 탭" in window.loading_tabs[0].text()
    language("en")
    assert window.loading_tabs[2].tab_title() == "Timing" and "The Timing tab" in window.loading_tabs[2].text()


def test_korean_texts_are_not_clipped_in_a_small_inspector(qtbot, language, run_views) -> None:  # noqa: ANN001
    """At 1366x768 the inspector is about half the screen: every button and check box of the run
    tabs and the Learn tab gets at least the room its Korean text needs (the tab scrolls instead)."""
    from PySide6.QtWidgets import QAbstractButton

    from gui.inspectors.learn_panel import LearnPanel
    from gui.run.run_tabs import scrollable

    panel, activations, timing = run_views
    learn = LearnPanel(BlockDocument(small_seed()))
    language("ko")
    pages = [scrollable(widget) for widget in (panel, activations, timing)] + [learn]
    for page in pages:
        qtbot.addWidget(page)
        page.resize(640, 330)
        page.show()
    qtbot.waitExposed(pages[-1])
    QApplication.processEvents()
    try:
        for widget in (panel, activations, timing, learn):
            for button in widget.findChildren(QAbstractButton):
                if button.isVisibleTo(widget) and button.text():
                    room = button.width()
                    need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
                    assert room >= need, f"{button.objectName() or button.text()!r}: {room} < {need}"
    finally:
        for page in pages[:3]:  # the fixture's views outlive their scroll areas
            page.takeWidget().setParent(None)
