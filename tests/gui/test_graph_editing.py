"""Graph blocks in the window: cards per step, arcs beside the column, rewiring, errors with fixes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QSpinBox

from core.model.steps import INPUT
from gui.editor.arcs import source_point
from gui.editor.block_model import ERROR_ROLE, TITLE_ROLE


def open_example(window, name: str):  # noqa: ANN001, ANN201
    assert window.files.open_example(name)
    return window.document


def titles(window) -> list[str]:  # noqa: ANN001
    model = window.block_view.block_model
    return [model.index(row).data(TITLE_ROLE) for row in range(model.rowCount())]


def test_a_residual_shows_one_card_per_step_and_its_skip_as_an_arc(window) -> None:  # noqa: ANN001
    document = open_example(window, "basic_block_downsample.json")
    steps = document.block.steps
    assert titles(window)[:2] == ["identity = x", "self.conv1"] or titles(window)[0] == "self.conv1"
    assert window.block_view.block_model.rowCount() == len(steps)
    rows = window.block_view.block_model.rows
    # every value read from anywhere but the step above has its arc, with the value's shape
    expected = sum(1 for row, step in enumerate(steps) for n in document.block.input_positions(step) if n != row)
    assert len(rows.arcs) == expected >= 2
    add_row = next(row for row, step in enumerate(steps) if step.target == "add")
    assert any(arc.target == add_row for arc in rows.arcs)
    assert window.block_view.arc_gutter() > 0
    # the module called twice says so on both cards
    notes = [card.note for card in rows.cards]
    assert any(note.startswith("self.relu, also step") for note in notes)
    # the summary has one row per step (and the totals)
    assert window.summary_table.model().rowCount() == len(steps) + 1


def test_nested_arcs_take_outer_lanes_instead_of_crossing() -> None:
    from gui.editor.step_rows import _lanes

    # a skip over 1..6 around one over 2..4, and one that starts where the first ends
    lanes = _lanes([(1, 6), (2, 4), (6, 9)])
    assert lanes[1] < lanes[0]  # the inner, shorter arc nearer the cards
    assert lanes[2] == 0  # touching end to end: no need for another lane


def test_clicking_a_code_line_selects_its_card_and_back(window) -> None:  # noqa: ANN001
    document = open_example(window, "basic_block.json")
    source = window.code_view.text().split("\n")
    line = next(n for n, text in enumerate(source, 1) if text.strip() == "out = self.conv2(out)")
    window.code_view._line_clicked(line)
    row = window.block_view.selected_rows()
    assert [document.block.steps[r].target for r in row] == ["conv2"]
    # and the card's lines are highlighted in the code: its forward line and its __init__ line
    highlighted = [source[n - 1].strip() for n in window.code_view.highlighted_lines()]
    assert "out = self.conv2(out)" in highlighted
    assert any(text.startswith("self.conv2 = nn.Conv2d(") for text in highlighted)


def test_dragging_an_arc_start_onto_another_card_rewires_the_step(window, qtbot) -> None:  # noqa: ANN001
    document = open_example(window, "basic_block.json")
    view = window.block_view
    steps = document.block.steps
    add_row = next(row for row, step in enumerate(steps) if step.target == "add")
    arc = next(a for a in view.block_model.rows.arcs if a.target == add_row)
    start = source_point(view, arc).toPoint()
    bn1_row = next(row for row, step in enumerate(steps) if step.target == "bn1")
    target = view.visualRect(view.block_model.index(bn1_row)).center()
    before = document.undo_stack.count()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view.viewport(), QPoint(start.x() + 40, target.y()))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(start.x() + 40, target.y()))
    add = document.block.steps[add_row]
    assert add.inputs[arc.slot] == document.block.steps[bn1_row].uid
    assert document.undo_stack.count() == before + 1
    window.undo_action.trigger()
    assert document.block.steps[add_row].inputs[arc.slot] != document.block.steps[bn1_row].uid


def test_a_mismatched_add_is_marked_in_words_and_its_fix_is_one_click(window, qtbot) -> None:  # noqa: ANN001
    document = open_example(window, "basic_block.json")
    view = window.block_view
    steps = document.block.steps
    conv2 = next(row for row, step in enumerate(steps) if step.target == "conv2")
    add_row = next(row for row, step in enumerate(steps) if step.target == "add")
    view.select_rows([conv2])
    spin = window.properties_panel.form.editors["out_channels"].findChild(QSpinBox)
    spin.setValue(128)  # conv2 now makes 128 channels: the skip still carries 64
    error = document.analysis.error
    assert error is not None and error.index == add_row
    card_error = view.block_model.index(add_row).data(ERROR_ROLE)
    assert "64" in card_error and "128" in card_error
    assert any(arc.error for arc in view.block_model.rows.arcs if arc.target == add_row)
    view.select_rows([add_row])
    form = window.properties_panel.form
    fix = form.findChild(QPushButton, "stepFix")
    assert fix.isVisible() and "1x1 Conv2d" in fix.text()
    before = document.undo_stack.count()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert document.analysis.ok, document.analysis.error
    assert document.undo_stack.count() == before + 1
    assert "nn.Conv2d(64, 128, kernel_size=1, bias=False)" in window.code_view.text()


def test_choosing_inputs_in_the_properties_and_a_concat_of_three(window, qtbot) -> None:  # noqa: ANN001
    document = open_example(window, "dense_layer.json")
    steps = document.block.steps
    cat_row = next(row for row, step in enumerate(steps) if step.target == "torch.cat")
    window.block_view.select_rows([cat_row])
    form = window.properties_panel.form
    count = len(steps[cat_row].inputs)
    qtbot.mouseClick(form.add_input, Qt.MouseButton.LeftButton)
    assert len(document.block.steps[cat_row].inputs) == count + 1
    form = window.properties_panel.form
    box = form.input_boxes[-1]
    box.setCurrentIndex(box.findData(INPUT))
    box.activated.emit(box.currentIndex())  # what choosing an entry with the mouse sends
    assert document.block.steps[cat_row].inputs[-1] == INPUT
    assert "torch.cat([" in window.code_view.text()
    assert document.analysis.ok, document.analysis.error


def test_a_container_step_shows_its_members_in_a_frame(window, qtbot) -> None:  # noqa: ANN001
    from gui.editor.block_model import MEMBERS_ROLE

    document = open_example(window, "basic_block_downsample.json")
    view = window.block_view
    steps = document.block.steps
    row = next(r for r, step in enumerate(steps) if step.target == "downsample")
    members = view.block_model.index(row).data(MEMBERS_ROLE)
    assert [kind for kind, _ in members] == ["Conv2d", "BatchNorm2d"]
    assert "1x1, s2" in members[0][1]
    qtbot.wait(1)  # the view lays out again on the next pass of the event loop
    other = view.visualRect(view.block_model.index(row - 1)).height()
    assert view.visualRect(view.block_model.index(row)).height() > other
