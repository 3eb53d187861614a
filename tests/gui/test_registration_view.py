"""The Registration tab: the facts of the live object, the training comparison, the one-click fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.files.examples import seed_block
from gui.document.document import BlockDocument
from gui.train.registration_view import RegistrationView


def test_the_tab_shows_what_a_list_hides_and_the_fix_is_one_undoable_click(qtbot) -> None:
    block = seed_block()
    block.container = "list"
    document = BlockDocument(block)
    view = RegistrationView(document)
    qtbot.addWidget(view, before_close_func=lambda w: w.shutdown())
    view.show()
    text = view.factsLabel.text()
    assert "parameters() finds 0 of the 480 parameters" in text
    assert "state_dict() has 0 key(s) (nothing would be saved)" in text
    assert ".to(device) left behind on the CPU: conv_block[0], conv_block[1]" in text
    with qtbot.waitSignal(view.comparisonShown, timeout=120_000):
        qtbot.mouseClick(view.compareButton, Qt.MouseButton.LeftButton)
    table = view.trainingLabel.text()
    assert "<td>list</td><td>68</td><td>0</td>" in table and "<td>modulelist</td><td>548</td><td>480</td>" in table
    qtbot.mouseClick(view.fixButton, Qt.MouseButton.LeftButton)
    assert document.block.container == "modulelist"
    assert "parameters() finds 480 of the 480 parameters" in view.factsLabel.text()
    assert not view.fixButton.isEnabled()
    document.undo_stack.undo()
    assert document.block.container == "list" and "finds 0 of the 480" in view.factsLabel.text()
