"""StepForm: a graph step's properties: the values it reads (its inputs) and its module's parameters.

Inputs are chosen from forward's `x` and the steps above (a step can only read what forward has
computed by then); a Concat can read any number of them. Every change is one undo step. When the
step is the invalid one, its error is shown in words, with a button that applies the fix.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.layers.registry import LAYER_KINDS
from core.model.steps import INPUT
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.properties.param_editors import ParamEditor, editor_for
from gui.style import ERROR_COLOR


class StepForm(QWidget):
    def __init__(self, document: BlockDocument, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        self.document, self.row = document, row
        steps = document.block.steps or []
        self.uid = steps[row].uid
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        layout.addWidget(self.title)
        self.error = QLabel()
        self.error.setObjectName("stepError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("stepFix")
        self.fix_button.clicked.connect(self.apply_fix)
        layout.addWidget(self.error)
        layout.addWidget(self.fix_button)

        inputs_box = QWidget()
        self.inputs_layout = QFormLayout(inputs_box)
        self.inputs_layout.setContentsMargins(0, 0, 0, 0)
        self.reads_label = QLabel()
        layout.addWidget(self.reads_label)
        layout.addWidget(inputs_box)
        self.input_boxes: list[QComboBox] = []
        self._shown_inputs: tuple[list[int], list[tuple[int, str]]] | None = None
        self.add_input = QToolButton()
        self.add_input.setObjectName("addStepInput")
        self.add_input.clicked.connect(self._add_input)
        layout.addWidget(self.add_input)

        self.params_box = QWidget()
        self.params_layout = QFormLayout(self.params_box)
        self.params_layout.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, ParamEditor] = {}
        module = document.step_module(row)
        if module is not None:
            layout.addWidget(QLabel(f"<b>self.{steps[row].target} = nn.{module.layer.kind}(...)</b>"))
            for spec in LAYER_KINDS[module.layer.kind].params:
                editor = editor_for(spec)
                editor.valueEdited.connect(lambda value, n=spec.name, e=editor: self._param_edited(n, value, e))
                self.params_layout.addRow(spec.name, editor)
                self.editors[spec.name] = editor
            layout.addWidget(self.params_box)
        layout.addStretch(1)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        steps = self.document.block.steps or []
        if not (0 <= self.row < len(steps) and steps[self.row].uid == self.uid):
            return  # a form already replaced (deleted later): its step is gone or elsewhere
        self.reads_label.setText(self.tr("<b>Reads</b>"))
        self.add_input.setText(self.tr("+ input"))
        self.add_input.setToolTip(self.tr("torch.cat joins any number of values: read one more"))
        self._shown_inputs = None  # the input lists' labels anew
        self.refresh()

    # ---- reading the document ----------------------------------------------------------------

    def refresh(self) -> None:
        steps = self.document.block.steps or []
        if not 0 <= self.row < len(steps):
            return
        step = steps[self.row]
        self.title.setText(
            self.tr("<b>Step {number}</b>  <code>{label}</code>  writes <code>{output}</code>").format(
                number=self.row + 1, label=step.label, output=step.output
            )
        )
        self._fill_inputs(step.inputs)
        self.add_input.setVisible(step.op == "call_function" and step.target == "torch.cat")
        module = self.document.step_module(self.row)
        if module is not None:
            for name, editor in self.editors.items():
                editor.set_value(module.layer.value(name))
        error = self.document.analysis.error
        mine = error is not None and error.what == "step" and error.index == self.row
        self.error.setVisible(mine)
        self.error.setText(str(error) if mine else "")
        fix = self.document.fix_for_error() if mine else None
        self.fix_button.setVisible(fix is not None)
        if fix is not None:
            self.fix_button.setText(fix)

    def choices(self) -> list[tuple[int, str]]:
        """(value uid, label) of every value this step may read: x and the steps above."""
        steps = self.document.block.steps or []
        # no shapes in the labels: a parameter edit then leaves the lists as they are (the arcs show shapes)
        result = [(INPUT, self.tr("x  (forward's input)"))]
        for number, step in enumerate(steps[: self.row], 1):
            text = self.tr("step {number}: {label} -> {output}")
            result.append((step.uid, text.format(number=number, label=step.label, output=step.output)))
        return result

    def _fill_inputs(self, inputs: list[int]) -> None:
        choices = self.choices()
        if (inputs, choices) == self._shown_inputs:
            return  # an edit elsewhere (a parameter): the same lists, keep the widgets (and their focus)
        self._shown_inputs = (list(inputs), choices)
        while self.inputs_layout.rowCount():
            self.inputs_layout.removeRow(0)
        self.input_boxes = []
        for slot, uid in enumerate(inputs):
            box = QComboBox()
            box.setObjectName(f"stepInput{slot}")
            for value, label in choices:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(uid)))
            box.activated.connect(lambda _=0, s=slot, b=box: self._input_chosen(s, b.currentData()))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 1)
            if len(inputs) > 2:  # a Concat may drop a value (an add keeps its two)
                remove = QToolButton()
                remove.setText("×")
                remove.setToolTip(self.tr("Stop reading this value"))
                remove.clicked.connect(lambda _=False, s=slot: self._remove_input(s))
                line.addWidget(remove)
            self.inputs_layout.addRow(self.tr("input {number}").format(number=slot + 1), row)
            self.input_boxes.append(box)

    # ---- edits --------------------------------------------------------------------------------

    def _current_inputs(self) -> list[int]:
        steps = self.document.block.steps or []
        return list(steps[self.row].inputs)

    def _input_chosen(self, slot: int, uid: int) -> None:
        inputs = self._current_inputs()
        inputs[slot] = uid
        self.document.set_step_inputs(self.row, inputs)

    def _add_input(self) -> None:
        steps = self.document.block.steps or []
        previous = steps[self.row - 1].uid if self.row > 0 else INPUT
        self.document.set_step_inputs(self.row, [*self._current_inputs(), previous])

    def _remove_input(self, slot: int) -> None:
        inputs = self._current_inputs()
        del inputs[slot]
        self.document.set_step_inputs(self.row, inputs)

    def _param_edited(self, name: str, value: object, editor: ParamEditor) -> None:
        try:
            self.document.set_param(self.row, name, value, merge_key=id(editor))
        except ValueError as exc:
            self.error.setVisible(True)
            self.error.setText(f"{name}: {exc}")

    def apply_fix(self) -> None:
        self.document.apply_fix()
