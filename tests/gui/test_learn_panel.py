"""The learner lens with real widgets and real torch: live internals, teaching mode, layer formulas, BatchNorm demo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.learn.internals import MODULE_ERROR
from gui.document.document import BlockDocument
from gui.inspectors.internals_view import GROUP_BUFFERS, GROUP_INIT, GROUP_PARAMETERS, GROUP_STATE
from gui.inspectors.learn_panel import LearnPanel

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def panel(qtbot):  # noqa: ANN001, ANN201
    document = BlockDocument()
    widget = LearnPanel(document)
    qtbot.addWidget(widget)
    return widget


def test_building_the_panel_does_not_import_torch():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.document.document import BlockDocument\n"
        "from gui.inspectors.learn_panel import LearnPanel\n"
        "panel = LearnPanel(BlockDocument())\n"
        "panel.document.set_current_layer(0)\n"
        "print('torch' in sys.modules)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


def test_internals_view_lists_what_the_live_object_has(panel):
    import torch

    assert panel.findChild(QWidget, "internalsView") is panel.internals_view
    assert panel.instantiate()
    model = panel.model
    view = panel.internals_view
    created = view.group_names(GROUP_INIT)
    own = view.group_names("set by ConvBlock.__init__")
    assert created + own == list(vars(model))
    assert set(created) == set(vars(torch.nn.Module()))
    assert own == ["kernel_size", "stride", "padding", "pool", "pool_stride"]
    rows = view.group_rows(GROUP_PARAMETERS)
    assert [r[0] for r in rows] == [n for n, _ in model.named_parameters()]
    assert rows[0][1] == "(16, 3, 3, 3)" and rows[0][2].startswith("432  requires_grad")
    assert view.group_names(GROUP_BUFFERS) == [n for n, _ in model.named_buffers()]
    assert view.group_names(GROUP_STATE) == list(model.state_dict())
    assert view.group_names("_modules tree") == ["model"]
    assert "480 parameters" in panel.status.text()


def test_the_panel_follows_edits_after_the_first_instantiate(panel):
    panel.instantiate()
    panel.document.set_param(0, "out_channels", 8)
    assert tuple(panel.model.conv_block[0].weight.shape) == (8, 3, 3, 3)
    rows = panel.internals_view.group_rows(GROUP_PARAMETERS)
    assert rows[0][1] == "(8, 3, 3, 3)"


def test_teaching_mode_shows_the_real_error_line_and_the_torch_source(panel, qtbot):
    panel.instantiate()
    document = panel.document
    with qtbot.waitSignal(panel.errorLineChanged) as signal:
        document.set_option("super_style", "omitted")
    line = signal.args[0]
    assert document.generated.source.splitlines()[line - 1].strip() == "self.conv_block = nn.Sequential("
    assert panel.model is None and MODULE_ERROR in panel.status.text()
    assert panel.tabs.currentWidget() is panel.teaching_view
    text = panel.teaching_view.toPlainText()
    assert f"AttributeError: {MODULE_ERROR}" in text
    assert f">  {line}          self.conv_block = nn.Sequential(" in text
    assert 'modules = self.__dict__.get("_modules")' in text
    assert "modules[name] = value" in text
    assert 'super().__setattr__("_modules", {})' in text
    assert "super(ConvBlock, self).__init__()" in text
    with qtbot.waitSignal(panel.errorLineChanged) as signal:
        document.undo_stack.undo()
    assert signal.args == [0] and panel.model is not None


def test_teaching_button_leaves_the_document_alone(panel, qtbot):
    document = panel.document
    qtbot.mouseClick(panel.teaching_button, Qt.MouseButton.LeftButton)
    assert document.block.super_style == "super" and document.undo_stack.count() == 0
    assert panel.lesson is not None and panel.lesson.error.message == MODULE_ERROR
    assert f"AttributeError: {MODULE_ERROR}" in panel.teaching_view.toPlainText()


def test_layer_explanation_follows_the_selection_and_edits(panel):
    document = panel.document
    assert "Select a layer" in panel.layer_view.toPlainText()
    document.set_current_layer(0)
    assert "H_out = floor((64 + 2*1 - 1*(3-1) - 1) / 1 + 1) = 64" in panel.layer_view.toPlainText()
    document.set_param(0, "padding", 0)
    assert "H_out = floor((64 + 2*0 - 1*(3-1) - 1) / 1 + 1) = 62" in panel.layer_view.toPlainText()
    document.set_current_layer(3)
    text = panel.layer_view.toPlainText()
    assert "Receptive field 4x4 input pixels, effective stride 2x2" in text
    assert "Keeps the largest value in each window" in text


def test_batchnorm_demo_only_for_batchnorm(panel, qtbot):
    document = panel.document
    panel.show()
    document.set_current_layer(0)
    assert panel.demo_button.isHidden()
    document.set_current_layer(1)
    assert not panel.demo_button.isHidden()
    qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
    demo = panel.demo
    assert demo.outputs_differ and demo.batches_tracked == (0, 0, 1)
    assert demo.running_mean_before == demo.running_mean_after_eval != demo.running_mean_after_train
    assert "num_batches_tracked: 0 -> 0 (eval) -> 1 (train)" in panel.demo_view.toPlainText()
    document.set_current_layer(2)
    assert panel.demo_view.toPlainText() == ""


def test_the_lens_as_an_inspector_tab_marks_the_error_line_in_the_code_view(window, qtbot):
    panel = LearnPanel(window.document)
    window.add_inspector_tab(panel, "Learn")
    panel.errorLineChanged.connect(lambda line: window.code_view.mark_error_line(line or None))
    panel.instantiate()
    window.document.set_option("super_style", "omitted")
    line = panel.error.line
    assert window.code_view._error_line == line
    assert window.code_view.text().splitlines()[line - 1].strip() == "self.conv_block = nn.Sequential("


def test_register_or_not_runs_the_generated_mistake_and_shows_what_differs(window, qtbot) -> None:  # noqa: ANN001
    panel = window.learn_panel
    window.inspector_tabs.setCurrentWidget(panel)
    panel.tabs.setCurrentWidget(panel.forward_lesson_view)
    view = panel.forward_lesson_view
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    text = view.view.toPlainText()
    assert view.lesson is not None
    assert "conv_block = nn.Sequential(" in text  # the seed's container, now made in forward
    assert "identical" in text and "differ by up to" in text
    assert "conv_block.0.weight" in text  # a state_dict key the mistake lacks
    # the block itself is untouched: the mistake is a copy
    assert "self.conv_block = nn.Sequential(" in window.code_view.text()
    assert not window.document.is_modified()
