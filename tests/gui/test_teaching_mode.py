"""Switching the super call to "omitted" shows PyTorch's real error, its line and the lesson at once."""

from __future__ import annotations


def test_omitting_super_shows_the_lesson_and_marks_the_failing_line(window, qtbot) -> None:
    window.document.set_option("super_style", "omitted")
    assert window.inspector_tabs.currentWidget() is window.learn_panel
    lesson = window.learn_panel.lesson
    assert lesson is not None
    error = window.learn_panel.error
    assert error.message == "cannot assign module before Module.__init__() call"
    source_lines = window.document.generated.source.splitlines()
    assert source_lines[error.line - 1].strip() == "self.conv_block = nn.Sequential("
    assert window.code_view.error_line == error.line
    assert "Teaching mode" in window.status_error.text()

    window.document.undo_stack.undo()  # back to super().__init__(): the class builds again
    assert window.learn_panel.error is None and window.learn_panel.model is not None
    assert window.code_view.error_line is None
