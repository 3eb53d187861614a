"""BlockSettingsForm: the block's own options, shown when no layer is selected.

The input is an image (N, C, H, W) or a batch of feature vectors (N, F): a combo picks which,
and the spin boxes of that shape show. Every change is one undoable set_option("input_shape").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core import i18n
from core.analysis.block_analysis import MAX_BATCH, MAX_SIDE
from core.i18n import QT_TRANSLATE_NOOP
from core.layers.registry import MAX_CHANNELS, MAX_FEATURES
from core.model.block import CONTAINERS, SUPER_STYLE_LABELS, SUPER_STYLES, Block, name_problem
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.properties.param_editors import SpinBox
from gui.properties.readable_text import style_as_description
from gui.style import ERROR_COLOR

# texts in English, marked: shown through tr() (see BlockSettingsForm.retranslate_ui)
CONTAINER_LABELS = {
    "sequential": QT_TRANSLATE_NOOP("BlockSettingsForm", "one nn.Sequential"),
    "attributes": QT_TRANSLATE_NOOP("BlockSettingsForm", "one attribute per layer"),
    "modulelist": QT_TRANSLATE_NOOP("BlockSettingsForm", "an nn.ModuleList, looped over"),
    "list": QT_TRANSLATE_NOOP("BlockSettingsForm", "a plain Python list (lesson: not registered)"),
}
# the super call's choices as the combo shows them (the code-like ones are the same in every language)
SUPER_STYLE_TEXTS = {"omitted": QT_TRANSLATE_NOOP("BlockSettingsForm", "omitted (teaching: instantiation fails)")}
SHAPE_LIMITS = (
    ("N", MAX_BATCH, QT_TRANSLATE_NOOP("BlockSettingsForm", "batch size")),
    ("C", MAX_CHANNELS, QT_TRANSLATE_NOOP("BlockSettingsForm", "channels")),
    ("H", MAX_SIDE, QT_TRANSLATE_NOOP("BlockSettingsForm", "height")),
    ("W", MAX_SIDE, QT_TRANSLATE_NOOP("BlockSettingsForm", "width")),
)
FEATURES_LIMIT = ("F", MAX_FEATURES, QT_TRANSLATE_NOOP("BlockSettingsForm", "features per sample"))
INPUT_KINDS = (
    ("image", QT_TRANSLATE_NOOP("BlockSettingsForm", "image (N, C, H, W)")),
    ("features", QT_TRANSLATE_NOOP("BlockSettingsForm", "features (N, F)")),
)
INPUT_LABELS = {
    "image": QT_TRANSLATE_NOOP("BlockSettingsForm", "Input N, C, H, W"),
    "features": QT_TRANSLATE_NOOP("BlockSettingsForm", "Input N, F"),
}


def _tr(text: str) -> str:
    """A marked constant of this form in the current language."""
    return QCoreApplication.translate("BlockSettingsForm", text)


def input_kind(shape: tuple[int, ...]) -> str:
    return "features" if len(shape) == 2 else "image"


def switched_shape(shape: tuple[int, ...], kind: str, last_image: tuple[int, ...] | None) -> tuple[int, ...]:
    """The input shape after switching to `kind`: an image flattens to its C*H*W features (what
    Flatten would give a Linear); features become the last image shape used, else the default."""
    n = shape[0]
    if kind == "features":
        features = 1
        for size in shape[1:]:
            features *= size
        return (n, max(1, min(features, MAX_FEATURES)))
    image = last_image or Block().input_shape
    return (n, *image[1:])


class NameField(QLineEdit):
    """A Python-name option: applied while valid, marked with the reason while not."""

    def __init__(self, document: BlockDocument, option: str, what: str, problem_label: QLabel) -> None:
        """`what`: English, marked with QT_TRANSLATE_NOOP("BlockSettingsForm", ...)."""
        super().__init__()
        self.document, self.option, self.what, self.problem_label = document, option, what, problem_label
        self.setObjectName(option)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def _typed(self, text: str) -> None:
        problem = name_problem(text, _tr(self.what))  # what the name is for, in the current language
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
        self.title = title = QLabel()
        outer.addWidget(title)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        style_as_description(hint)  # WCAG AA, unlike a disabled label's grey
        outer.addWidget(hint)

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panel: field under label
        self.name_problem = self._problem_label()
        self.class_name = NameField(
            document, "class_name", QT_TRANSLATE_NOOP("BlockSettingsForm", "class name"), self.name_problem
        )
        form.addRow(QLabel(), self.class_name)
        form.addRow(self.name_problem)

        self.super_style = QComboBox()
        self.super_style.setObjectName("super_style")
        for style in SUPER_STYLES:
            self.super_style.addItem(SUPER_STYLE_LABELS[style], style)
        self.super_style.currentIndexChanged.connect(
            lambda i: document.set_option("super_style", self.super_style.itemData(i))
        )
        form.addRow(QLabel(), self.super_style)

        self.container = QComboBox()
        self.container.setObjectName("container")
        for container in CONTAINERS:
            self.container.addItem("", container)
        self.container.currentIndexChanged.connect(
            lambda i: document.set_option("container", self.container.itemData(i))
        )
        form.addRow(QLabel(), self.container)
        self.container_problem = self._problem_label()
        self.container_name = NameField(
            document,
            "container_name",
            QT_TRANSLATE_NOOP("BlockSettingsForm", "container name"),
            self.container_problem,
        )
        form.addRow(QLabel(), self.container_name)
        form.addRow(self.container_problem)

        self.input_kind = QComboBox()
        self.input_kind.setObjectName("input_kind")
        for kind, _ in INPUT_KINDS:
            self.input_kind.addItem("", kind)
        self.input_kind.currentIndexChanged.connect(lambda i: self._kind_chosen(self.input_kind.itemData(i)))
        form.addRow(QLabel(), self.input_kind)
        self._last_image: tuple[int, ...] | None = None  # restored when switching back from features

        shape_row = QHBoxLayout()
        shape_row.setSpacing(4)
        self.shape_spins: list[SpinBox] = []  # N, C, H, W (N is shared with the features shape)
        for axis, limits in enumerate(SHAPE_LIMITS):
            self.shape_spins.append(self._shape_spin(shape_row, limits, "image", axis))
        self.feature_spin = self._shape_spin(shape_row, FEATURES_LIMIT, "features", 1)
        self.feature_spins = [self.shape_spins[0], self.feature_spin]  # N, F
        self.shape_label = QLabel()
        form.addRow(self.shape_label, shape_row)
        outer.addLayout(form)
        outer.addStretch(1)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("<b>Block settings</b>"))
        self.hint.setText(self.tr("The generated class. Select a layer to edit its parameters."))
        for field, text in (
            (self.class_name, self.tr("Class name")),
            (self.super_style, self.tr("Super call")),
            (self.container, self.tr("Layers as")),
            (self.container_name, self.tr("Container name")),
            (self.input_kind, self.tr("Input is")),
        ):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
                label.setBuddy(field)
        for index in range(self.super_style.count()):
            style = self.super_style.itemData(index)
            text = SUPER_STYLE_TEXTS.get(style)
            label = _tr(text) if text else i18n.translate("Block", SUPER_STYLE_LABELS[style])
            self.super_style.setItemText(index, label)
        self.super_style.setToolTip(
            self.tr("nn.Module.__init__ creates the dicts that register layers; without it, assigning a layer fails")
        )
        for index in range(self.container.count()):
            self.container.setItemText(index, _tr(CONTAINER_LABELS[self.container.itemData(index)]))
        for index, (_, text) in enumerate(INPUT_KINDS):
            self.input_kind.setItemText(index, _tr(text))
        self.input_kind.setToolTip(
            self.tr(
                "image: a batch of N pictures with C channels of H x W pixels, for Conv2d, pooling and BatchNorm2d; "
                "features: a batch of N vectors of F numbers, for Linear (like LR in the lesson)"
            )
        )
        for spin, (label, _, words) in zip((*self.shape_spins, self.feature_spin), (*SHAPE_LIMITS, FEATURES_LIMIT)):
            spin.setToolTip(f"{label}: {_tr(words)}")
        self.refresh()

    def _problem_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.setVisible(False)
        return label

    def _shape_spin(self, row: QHBoxLayout, limits: tuple[str, int, str], kind: str, axis: int) -> SpinBox:
        label, high, words = limits
        spin = SpinBox(1, high)
        spin.setObjectName(f"input_{label}")
        # N (axis 0) belongs to both shapes; the others only edit a shape of their own kind
        shared = axis == 0
        spin.valueChanged.connect(lambda value: self._shape_edited(None if shared else kind, axis, value, spin))
        row.addWidget(spin, 1)
        return spin

    def _shape_edited(self, kind: str | None, axis: int, value: int, spin: SpinBox) -> None:
        shape = list(self.document.block.input_shape)
        if (kind is not None and input_kind(tuple(shape)) != kind) or axis >= len(shape):
            return  # a hidden spin box of the other kind
        shape[axis] = value
        self.document.set_option("input_shape", tuple(shape), merge_key=id(spin))

    def _kind_chosen(self, kind: str) -> None:
        shape = tuple(self.document.block.input_shape)
        if input_kind(shape) == kind or not shape:
            return
        if len(shape) == 4:
            self._last_image = shape
        self.document.set_option("input_shape", switched_shape(shape, kind, self._last_image))

    def refresh(self) -> None:
        block = self.document.block
        self.class_name.refresh()
        self.container_name.refresh()
        self.container_name.setEnabled(block.container == "sequential")
        for combo, value in ((self.super_style, block.super_style), (self.container, block.container)):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(value))
        kind = input_kind(tuple(block.input_shape))
        with QSignalBlocker(self.input_kind):
            self.input_kind.setCurrentIndex(self.input_kind.findData(kind))
        self.shape_label.setText(_tr(INPUT_LABELS[kind]))
        spins = self.feature_spins if kind == "features" else self.shape_spins
        for spin in (*self.shape_spins, self.feature_spin):
            spin.setVisible(spin in spins)
        for spin, value in zip(spins, block.input_shape):
            with QSignalBlocker(spin):
                spin.setValue(value)
