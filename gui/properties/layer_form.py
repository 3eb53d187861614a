"""LayerForm: the selected layer's parameters, one registry-driven editor per ParamSpec.

Each parameter also has an "__init__ argument" toggle: promoted, the value becomes the
argument's default and the generated code writes `self.<name>` instead of the literal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.layers.registry import LAYER_KINDS
from core.layers.shape_rules import suggests_flatten
from core.model.block import Layer, name_problem
from core.model.naming import layer_attribute_names
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.properties.param_editors import ParamEditor, editor_for
from gui.properties.readable_text import readable_color, style_as_description
from gui.style import ERROR_COLOR, WARNING_COLOR, icon, set_style_sheet

ERROR_STYLE = f"color: {ERROR_COLOR};"


class ParamRow:
    """The widgets of one parameter: label, value editor, argument toggle and name field."""

    def __init__(self, form: LayerForm, name: str) -> None:
        spec = LAYER_KINDS[form.kind].spec_by_name[name]
        self.form, self.name = form, name
        self.label = QLabel(name)
        self.editor: ParamEditor = editor_for(spec)
        self.promote = QToolButton()
        self.promote.setObjectName(f"promote_{name}")
        self.promote.setIcon(icon("argument"))
        self.promote.setCheckable(True)
        self.promote.setAutoRaise(True)
        self.argument = QLineEdit()
        self.argument.setObjectName(f"argument_{name}")
        self.argument_label = QLabel()
        self._argument_problem: str | None = None
        self.retranslate_ui()
        self.argument_row = QWidget()
        row = QHBoxLayout(self.argument_row)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.argument_label)
        row.addWidget(self.argument, 1)

        self.editor.valueEdited.connect(self._value_edited)
        self.editor.problem.connect(form.show_input_problem)
        self.promote.toggled.connect(self._promote_toggled)
        self.argument.textEdited.connect(self._argument_typed)
        self.argument.editingFinished.connect(self._argument_finished)

    @property
    def document(self) -> BlockDocument:
        return self.form.document

    def retranslate_ui(self) -> None:
        help_text = LAYER_KINDS[self.form.kind].spec_by_name[self.name].help
        self.label.setToolTip(help_text)
        self.editor.setToolTip(help_text)
        self.promote.setToolTip(
            QCoreApplication.translate(
                "LayerForm", "Make {name} an __init__ argument; its current value becomes the default"
            ).format(name=self.name)
        )
        self.argument.setPlaceholderText(QCoreApplication.translate("LayerForm", "argument name"))
        self.argument_label.setText(QCoreApplication.translate("LayerForm", "argument"))
        self._mark_argument(self._argument_problem)

    def refresh(self, layer: Any, error_param: str | None) -> None:
        self.editor.set_value(layer.value(self.name))
        argument = layer.arguments.get(self.name)
        with QSignalBlocker(self.promote):
            self.promote.setChecked(argument is not None)
        self.argument_row.setVisible(argument is not None)
        if argument is not None and not self.argument.hasFocus():
            self.argument.setText(argument)
            self._mark_argument(None)
        set_style_sheet(self.label, ERROR_STYLE if error_param == self.name else "")

    def _value_edited(self, value: Any) -> None:
        try:
            self.document.set_param(self.form.index, self.name, value, merge_key=id(self.editor))
        except ValueError as exc:  # editors keep to the spec's range; this is a last guard
            self.form.show_problem(f"{self.name}: {exc}")

    def _promote_toggled(self, on: bool) -> None:
        self.document.set_argument(self.form.index, self.name, self.form.free_argument_name(self.name) if on else None)

    def _argument_typed(self, text: str) -> None:
        self._mark_argument(name_problem(text, QCoreApplication.translate("LayerForm", "argument name")))

    def _argument_finished(self) -> None:
        text = self.argument.text().strip()
        layer = self.document.block.layers[self.form.index]
        if self.name not in layer.arguments:
            return
        problem = name_problem(text, QCoreApplication.translate("LayerForm", "argument name"))
        if problem is None:
            self.document.set_argument(self.form.index, self.name, text)
        else:  # keep the working name; the field goes back to it
            self.argument.setText(layer.arguments[self.name])
        self._mark_argument(None)

    def _mark_argument(self, problem: str | None) -> None:
        self._argument_problem = problem
        set_style_sheet(self.argument, f"border: 1px solid {ERROR_COLOR};" if problem else "")
        self.argument.setToolTip(
            problem
            or QCoreApplication.translate("LayerForm", "The __init__ argument's name; the value above is its default")
        )


class LayerForm(QWidget):
    """Editors for the layer at `index`; rebuilt when another layer is selected."""

    def __init__(self, document: BlockDocument, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.index = index
        layer = document.block.layers[index]
        self.uid = layer.uid
        self.kind = layer.kind
        spec = LAYER_KINDS[layer.kind]

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        title_row = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon(layer.kind).pixmap(28, 28))
        self.title = QLabel()
        self.title.setObjectName("layerTitle")
        title_row.addWidget(badge)
        title_row.addWidget(self.title, 1)
        outer.addLayout(title_row)
        self.summary = summary = QLabel()
        summary.setWordWrap(True)
        summary.setObjectName("layerSummary")
        style_as_description(summary)  # dimmer than the values, still WCAG AA readable
        outer.addWidget(summary)
        self.problem = QLabel()
        self.problem.setObjectName("layerError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.problem)
        self.input_problem = QLabel()  # what was typed and why it is not taken; apart from the block's error
        self.input_problem.setObjectName("inputProblem")
        self.input_problem.setWordWrap(True)
        self.input_problem.setStyleSheet(ERROR_STYLE)
        self.input_problem.hide()
        outer.addWidget(self.input_problem)
        self.warning = QLabel()  # works, but worth knowing (a Linear on maps, ...)
        self.warning.setObjectName("layerWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {readable_color(WARNING_COLOR, self.palette()).name()};")
        self.flatten_button = QPushButton(objectName="addFlattenButton")
        self.flatten_button.clicked.connect(self.add_flatten_before)
        outer.addWidget(self.warning)
        outer.addWidget(self.flatten_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, ParamRow] = {}
        line = 0
        for param in spec.params:
            row = ParamRow(self, param.name)
            self.rows[param.name] = row
            grid.addWidget(row.label, line, 0)
            grid.addWidget(row.editor, line, 1)
            grid.addWidget(row.promote, line, 2)
            grid.addWidget(row.argument_row, line + 1, 1, 1, 2)
            line += 2
        outer.addLayout(grid)
        self.no_params: QLabel | None = None
        if not spec.params:
            self.no_params = QLabel()
            style_as_description(self.no_params)
            outer.addWidget(self.no_params)
        outer.addStretch(1)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the current language (the layer's summary and help come translated from core)."""
        layers = self.document.block.layers
        if not (0 <= self.index < len(layers) and layers[self.index].uid == self.uid):
            return  # a form already replaced (deleted later): its layer is gone or elsewhere
        self.summary.setText(LAYER_KINDS[self.kind].summary)
        self.flatten_button.setText(self.tr("Add Flatten before this layer"))
        self.flatten_button.setToolTip(self.tr("Insert nn.Flatten() here, so Linear sees one vector per sample"))
        if self.no_params is not None:
            self.no_params.setText(self.tr("nn.{kind} has no parameters to set.").format(kind=self.kind))
        for row in self.rows.values():
            row.retranslate_ui()
        self.refresh()

    def add_flatten_before(self) -> None:
        """The one-click fix for a Linear on maps: a Flatten in front of it (one undo step)."""
        self.document.add_layers(self.index, [Layer("Flatten")])

    def show_input_problem(self, text: str) -> None:
        self.input_problem.setText(text)
        self.input_problem.setVisible(bool(text))

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    def refresh(self) -> None:
        """Show the live layer's values and its error, if any, without emitting edits."""
        layer = self.document.block.layers[self.index]
        self.title.setText(self.tr("<b>{kind}</b> &nbsp;layer {number}").format(kind=layer.kind, number=self.index + 1))
        error = self.document.analysis.error
        mine = error is not None and error.index == self.index
        self.show_problem(error.message if mine and error is not None else None)
        error_param = error.param if mine and error is not None else None
        reports = self.document.analysis.layers
        warning = reports[self.index].warning if self.index < len(reports) else None
        self.warning.setText(self.tr("Note: {warning}").format(warning=warning) if warning else "")
        self.warning.setVisible(bool(warning))
        self.flatten_button.setVisible(suggests_flatten(warning))
        for row in self.rows.values():
            row.refresh(layer, error_param)

    def free_argument_name(self, param: str) -> str:
        """`param`, or param2, param3, ... if the block already uses that name for something else."""
        block = self.document.block
        taken = {name for layer in block.layers for name in layer.arguments.values()}
        taken |= set(layer_attribute_names(block)) | {block.container_name}
        name, number = param, 2
        while name in taken:
            name, number = f"{param}{number}", number + 1
        return name
