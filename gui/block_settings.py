"""BlockSettingsForm: the block's own options, shown when no layer is selected."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.analysis import MAX_BATCH, MAX_SIDE
from core.block import CONTAINERS, SUPER_STYLE_LABELS, SUPER_STYLES, name_problem
from core.layers import MAX_CHANNELS
from gui.document import BlockDocument
from gui.param_editors import SpinBox
from gui.style import ERROR_COLOR

CONTAINER_LABELS = {"sequential": "one nn.Sequential", "attributes": "one attribute per layer"}
SHAPE_LIMITS = (
    ("N", MAX_BATCH, "batch size"),
    ("C", MAX_CHANNELS, "channels"),
    ("H", MAX_SIDE, "height"),
    ("W", MAX_SIDE, "width"),
)


class NameField(QLineEdit):
    """A Python-name option: applied while valid, marked with the reason while not."""

    def __init__(self, document: BlockDocument, option: str, what: str, problem_label: QLabel) -> None:
        super().__init__()
        self.document, self.option, self.what, self.problem_label = document, option, what, problem_label
        self.setObjectName(option)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def _typed(self, text: str) -> None:
        problem = name_problem(text, self.what)
        self._mark(problem)
        if problem is None:
            self.document.set_option(self.option, text, merge_key=id(self))

    def _finished(self) -> None:
        # an unusable name is never applied; leaving the field shows the name in use again
        self.setText(getattr(self.document.block, self.option))
        self._mark(None)

    def _mark(self, problem: str | None) -> None:
        self.setStyleSheet(f"border: 1px solid {ERROR_COLOR};" if problem else "")
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))

    def refresh(self) -> None:
        value = getattr(self.document.block, self.option)
        if self.text() != value and not self.hasFocus():
            with QSignalBlocker(self):
                self.setText(value)


class BlockSettingsForm(QWidget):
    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        title = QLabel("<b>Block settings</b>")
        outer.addWidget(title)
        hint = QLabel("The generated class. Select a layer to edit its parameters.")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        outer.addWidget(hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panel: field under label
        self.name_problem = self._problem_label()
        self.class_name = NameField(document, "class_name", "class name", self.name_problem)
        form.addRow("Class name", self.class_name)
        form.addRow(self.name_problem)

        self.super_style = QComboBox()
        self.super_style.setObjectName("super_style")
        for style in SUPER_STYLES:
            self.super_style.addItem(SUPER_STYLE_LABELS[style], style)
        self.super_style.setToolTip(
            "nn.Module.__init__ creates the dicts that register layers; without it, assigning a layer fails"
        )
        self.super_style.currentIndexChanged.connect(
            lambda i: document.set_option("super_style", self.super_style.itemData(i))
        )
        form.addRow("Super call", self.super_style)

        self.container = QComboBox()
        self.container.setObjectName("container")
        for container in CONTAINERS:
            self.container.addItem(CONTAINER_LABELS[container], container)
        self.container.currentIndexChanged.connect(
            lambda i: document.set_option("container", self.container.itemData(i))
        )
        form.addRow("Layers as", self.container)
        self.container_problem = self._problem_label()
        self.container_name = NameField(document, "container_name", "container name", self.container_problem)
        form.addRow("Container name", self.container_name)
        form.addRow(self.container_problem)

        shape_row = QHBoxLayout()
        shape_row.setSpacing(4)
        self.shape_spins: list[SpinBox] = []
        for axis, (label, high, words) in enumerate(SHAPE_LIMITS):
            spin = SpinBox(1, high)
            spin.setObjectName(f"input_{label}")
            spin.setToolTip(f"{label}: {words}")
            spin.valueChanged.connect(lambda value, axis=axis, spin=spin: self._shape_edited(axis, value, spin))
            self.shape_spins.append(spin)
            shape_row.addWidget(spin, 1)
        form.addRow("Input N, C, H, W", shape_row)
        outer.addLayout(form)
        outer.addStretch(1)
        self.refresh()

    def _problem_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.setVisible(False)
        return label

    def _shape_edited(self, axis: int, value: int, spin: SpinBox) -> None:
        shape = list(self.document.block.input_shape)
        shape[axis] = value
        self.document.set_option("input_shape", tuple(shape), merge_key=id(spin))

    def refresh(self) -> None:
        block = self.document.block
        self.class_name.refresh()
        self.container_name.refresh()
        self.container_name.setEnabled(block.container == "sequential")
        for combo, value in ((self.super_style, block.super_style), (self.container, block.container)):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(value))
        for spin, value in zip(self.shape_spins, block.input_shape):
            with QSignalBlocker(spin):
                spin.setValue(value)
