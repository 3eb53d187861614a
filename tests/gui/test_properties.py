"""The properties panel: registry-driven editors, __init__ arguments and the block settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QToolButton

from gui.editor.block_model import CARD_PARAMS_ROLE
from gui.properties.block_settings import BlockSettingsForm
from gui.properties.layer_form import LayerForm


def select(window, row: int) -> LayerForm:  # noqa: ANN001
    window.block_view.select_rows([row])
    form = window.properties_panel.form
    assert isinstance(form, LayerForm) and form.index == row
    return form


def test_conv_editors_follow_the_param_specs(window) -> None:  # noqa: ANN001
    form = select(window, 0)
    out_channels = form.rows["out_channels"].editor.findChild(QSpinBox)
    assert (out_channels.minimum(), out_channels.maximum()) == (1, 16384)
    assert out_channels.value() == 16
    assert form.rows["padding_mode"].editor.findChild(QComboBox).count() == 4
    assert form.rows["bias"].editor.findChild(QCheckBox).isChecked()
    kernel = form.rows["kernel_size"].editor
    assert kernel.link.isChecked() and not kernel.width_spin.isEnabled()
    # the seed promotes kernel_size to an __init__ argument named kernel_size
    assert form.rows["kernel_size"].promote.isChecked()
    assert form.rows["kernel_size"].argument.text() == "kernel_size"


def test_typing_a_value_updates_code_and_table_as_one_undo_step(window, qtbot) -> None:  # noqa: ANN001
    form = select(window, 0)
    spin = form.rows["out_channels"].editor.findChild(QSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "32")
    assert "nn.Conv2d(\n                3,\n                32," in window.code_view.text()
    assert "nn.BatchNorm2d(32)" in window.code_view.text()
    table = window.summary_table.summary_model
    assert table.cell(0, 2) == "(1, 32, 64, 64)"
    assert table.cell(0, 3) == "896"  # 32*3*3*3 + 32
    assert window.document.undo_stack.count() == 1  # "3" then "32": merged
    window.undo_action.trigger()
    assert table.cell(0, 3) == "448" and spin.value() == 16


def test_unlinking_a_pair_writes_height_and_width(window) -> None:  # noqa: ANN001
    form = select(window, 3)  # MaxPool2d, kernel_size promoted to `pool`
    kernel = form.rows["kernel_size"].editor
    kernel.link.setChecked(False)
    kernel.width_spin.setValue(1)
    assert window.document.block.layers[3].params["kernel_size"] == (2, 1)
    assert "pool=(2, 1)" in window.code_view.text()
    assert window.block_view.block_model.index(3).data(CARD_PARAMS_ROLE) == "2x1, s2, p0"


def test_an_invalid_value_shows_its_error_on_the_form(window) -> None:  # noqa: ANN001
    form = select(window, 3)
    form.rows["kernel_size"].editor.height_spin.setValue(65)
    assert "kernel_size 65 is larger than the padded input 64x64" in form.problem.text()
    assert form.problem.isVisibleTo(form)
    assert "color" in form.rows["kernel_size"].label.styleSheet()


def test_promote_and_demote_an_argument(window, qtbot) -> None:  # noqa: ANN001
    form = select(window, 0)
    row = form.rows["out_channels"]
    row.promote.click()
    code = window.code_view.text()
    assert "out_channels=16" in code and "self.out_channels = out_channels" in code
    row.argument.setFocus()
    row.argument.selectAll()
    qtbot.keyClicks(row.argument, "width")
    qtbot.keyClick(row.argument, Qt.Key.Key_Return)
    assert "def __init__(" in window.code_view.text() and "width=16" in window.code_view.text()
    # a name that is not an identifier is never applied
    row.argument.selectAll()
    qtbot.keyClicks(row.argument, "2wide")
    assert "border" in row.argument.styleSheet()
    qtbot.keyClick(row.argument, Qt.Key.Key_Return)
    assert window.document.block.layers[0].arguments["out_channels"] == "width"
    row.promote.click()
    assert "out_channels" not in window.document.block.layers[0].arguments
    assert window.undo_action.text() == "&Undo Make out_channels a fixed value"


def test_block_settings_validate_the_class_name(window, qtbot) -> None:  # noqa: ANN001
    window.block_view.select_rows([])
    form = window.properties_panel.form
    assert isinstance(form, BlockSettingsForm)
    name = form.findChild(QLineEdit, "class_name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "MyBlock")
    assert "class MyBlock(nn.Module):" in window.code_view.text()
    assert window.document.undo_stack.count() == 1  # typed letter by letter, one step
    name.selectAll()
    qtbot.keyClicks(name, "class")
    assert "Python keyword" in form.name_problem.text()
    assert window.document.block.class_name == "clas"  # the last valid prefix
    form.super_style.setCurrentIndex(form.super_style.findData("explicit"))
    assert "super(clas, self).__init__()" in window.code_view.text()
    form.shape_spins[2].setValue(32)
    assert window.summary_table.summary_model.cell(3, 2) == "(1, 16, 16, 32)"


def test_promote_button_has_an_explaining_tooltip(window) -> None:  # noqa: ANN001
    form = select(window, 1)
    button = form.findChild(QToolButton, "promote_eps")
    assert "__init__ argument" in button.toolTip()


def test_every_registry_kind_gets_one_editor_per_parameter(window) -> None:  # noqa: ANN001
    from core.layers.registry import LAYER_KINDS

    document = window.document
    for kind, spec in LAYER_KINDS.items():
        document.append_layer(kind)
        form = select(window, len(document.block.layers) - 1)
        assert list(form.rows) == [p.name for p in spec.params], kind
        layer = document.block.layers[form.index]
        for name, row in form.rows.items():
            assert row.editor.value() == layer.value(name), (kind, name)
