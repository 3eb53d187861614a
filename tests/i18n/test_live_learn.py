"""The Learn lessons, the Train tab and the Registration tab in Korean, switched live and back.

PyTorch's own error text stays verbatim inside the Korean explanation: it is what a learner will
search for. Every test returns to English, whatever happens in it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from core import i18n
from core.analysis.block_analysis import analyze
from core.files.examples import seed_block
from core.learn.explain import explain_layer
from core.learn.internals import MODULE_ERROR, batchnorm_demo, teaching_lesson
from core.model.block import Block
from core.train.classifier import TrainError
from core.train.trainer import TrainSettings

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def korean_core() -> Iterator[None]:
    """Core's text in Korean (read from the .ts, as the command line does), English afterwards."""
    try:
        assert i18n.use_language("ko") == "ko"
        yield
    finally:
        i18n.use_language("en")


def test_the_super_lesson_is_korean_and_keeps_pytorchs_error_verbatim(korean_core) -> None:
    block = seed_block()
    block.container = "attributes"
    lesson = teaching_lesson(block)
    assert lesson.error is not None
    explanation = lesson.explanation
    assert HANGUL.search(explanation)
    assert f"생성된 코드 {lesson.error.line}번째 줄: `self.conv1 = nn.Conv2d(" in explanation
    assert "nn.Module.__setattr__(self, name, value)" in explanation and "호출합니다" in explanation
    assert "super().__init__()을 호출해야만 실행됩니다" in explanation
    # torch's words, untouched, beside the Korean explanation
    assert f"AttributeError: {MODULE_ERROR}" in explanation
    assert "cannot assign module before Module.__init__() call" in explanation
    assert "메서드 결정 순서" in lesson.super_forms and "super(ConvBlock, self).__init__()" in lesson.super_forms
    assert "ConvBlock -> Module -> object" in lesson.super_forms


def test_a_block_without_layers_is_explained_in_korean(korean_core) -> None:
    explanation = teaching_lesson(Block([], container="attributes")).explanation
    assert "아직 아무 오류도 나지 않았습니다" in explanation and "모듈 (Module)" in explanation


def test_the_batchnorm_demonstration_and_a_layer_explanation_are_korean(korean_core) -> None:
    text = batchnorm_demo(8, {"momentum": 0.5}, (4, 8, 6, 6)).text()
    assert "배치 정규화 (BatchNorm2d)" in text and "평가 모드" in text and "학습 모드" in text
    assert "num_batches_tracked (지금까지 본 배치 수): 0 -> 0 (평가 모드) -> 1 (학습 모드)" in text
    assert "이동 통계" in text  # the note, translated where shown
    block = seed_block()
    explanation = explain_layer(block, analyze(block), 0).text()
    assert explanation.startswith("레이어 1: Conv2d")
    assert "출력 크기" in explanation and "매개변수:" in explanation and "수용 영역" in explanation
    assert "H_out = floor((64 + 2*1 - 1*(3-1) - 1) / 1 + 1) = 64" in explanation  # the arithmetic stays


def test_training_messages_are_korean_with_their_values(korean_core) -> None:
    with pytest.raises(TrainError, match="배치 크기는 1에서 4096 사이여야 합니다. 받은 값: 0"):
        TrainSettings(batch_size=0).check()


def test_a_lesson_built_before_a_switch_reads_in_the_new_language() -> None:
    """The Learn tab keeps its lesson and demonstration; only their words change with the language."""
    lesson = teaching_lesson(seed_block())
    demo = batchnorm_demo(4, {}, (2, 4, 3, 3))
    assert "Generated line" in lesson.explanation and "Only train mode moves them." in demo.text()
    try:
        i18n.use_language("ko")
        assert "생성된 코드" in lesson.explanation and f"AttributeError: {MODULE_ERROR}" in lesson.explanation
        assert "메서드 결정 순서" in lesson.super_forms
        assert "이동 통계를 바꾸는 것은 학습 모드뿐입니다." in demo.text()
    finally:
        i18n.use_language("en")
    assert "Generated line" in lesson.explanation and not HANGUL.search(demo.text())


def test_core_text_is_english_again_after_switching_back() -> None:
    i18n.use_language("ko")
    i18n.use_language("en")
    lesson = teaching_lesson(Block([], container="attributes"))
    assert "nothing failed yet" in lesson.explanation and not HANGUL.search(lesson.explanation)


# ---- the widgets, switched live ----------------------------------------------------------------


def test_the_train_panel_switches_to_korean_and_back_live(qtbot, language) -> None:
    from gui.document.document import BlockDocument
    from gui.train.train_panel import TrainPanel

    panel = TrainPanel(BlockDocument(seed_block()))
    qtbot.addWidget(panel, before_close_func=lambda w: w.shutdown())
    assert panel.startButton.text() == "Start" and panel.tab_title() == "Train"
    language("ko")
    assert panel.tab_title() == "학습"
    assert (panel.startButton.text(), panel.stopButton.text(), panel.resumeButton.text()) == ("시작", "멈춤", "재개")
    assert panel.formLabels["lr"].text() == "학습률" and panel.formLabels["epochs"].text() == "에폭"
    assert panel.datasetCombo.itemText(0) == "Shapes: 도형 모양 (내장)"
    assert panel.countsLabel.text().startswith("미리 보기: ")  # computed text, recomputed
    assert "혼동 행렬" in panel.cellLabel.text()
    assert panel.curves.loss_plot.getPlotItem().titleLabel.text == "손실"
    assert panel.exports.buttons["weights"].text() == "가중치 저장..."
    language("en")
    assert panel.tab_title() == "Train" and panel.startButton.text() == "Start"
    assert panel.formLabels["lr"].text() == "Learning rate"
    assert panel.datasetCombo.itemText(0) == "Shapes (built in)"
    assert panel.countsLabel.text().startswith("preview: ")
    assert panel.curves.loss_plot.getPlotItem().titleLabel.text == "loss"
    assert panel.exports.buttons["weights"].text() == "Save weights..."


def test_the_registration_view_switches_to_korean_and_back_live(qtbot, language) -> None:
    from gui.document.document import BlockDocument
    from gui.train.registration_view import RegistrationView

    block = seed_block()
    block.container = "list"
    view = RegistrationView(BlockDocument(block))
    qtbot.addWidget(view, before_close_func=lambda w: w.shutdown())
    view.show()
    assert "parameters() finds 0 of the 480 parameters" in view.factsLabel.text()
    language("ko")
    assert view.tab_title() == "등록"
    assert view.compareButton.text() == "둘 다 40스텝 학습"
    assert view.fixButton.text() == "고치기 적용: nn.ModuleList"
    facts = view.factsLabel.text()
    assert "parameters()는 레이어들이 가진 매개변수 480개 중 0개를 찾습니다" in facts
    assert "state_dict()의 키: 0개 (아무것도 저장되지 않습니다)" in facts
    assert "conv_block[0], conv_block[1]" in facts  # names stay as the code spells them
    language("en")
    assert view.tab_title() == "Registration"
    assert view.compareButton.text() == "Train both for 40 steps"
    assert "parameters() finds 0 of the 480 parameters" in view.factsLabel.text()
    assert not HANGUL.search(view.factsLabel.text())
