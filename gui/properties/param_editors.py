"""One editor widget per ParamType, built from the registry's ParamSpec (ranges, choices, help).

Every editor has `valueEdited(object)` (the user changed it; the value already has the type
ParamSpec.check accepts), `set_value(value)` (show a value without emitting) and `value()`.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSpinBox,
    QToolButton,
    QWidget,
)

from core.layers.params import PADDING_WORDS, ParamSpec, ParamType
from gui.language import retranslate_on_language_change
from gui.style import icon

UNDO_KEYS = (QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def is_undo_key(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()) in UNDO_KEYS


class _NoWheelMixin:
    """Scrolling the panel must not change a value the mouse happens to pass over; Ctrl+Z and
    Ctrl+Shift+Z are the window's undo and redo, not the text field's (each edit is already
    an undo step of the block)."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_key(event):  # type: ignore[arg-type]
            event.ignore()  # not overridden: the Edit menu's shortcut fires
            return False
        return super().event(event)  # type: ignore[misc]


class SpinBox(_NoWheelMixin, QSpinBox):
    """Whole numbers in the spec's range; typing outside it says why instead of silently
    rewriting (`problem` carries the words, "" once the text is fine again)."""

    problem = Signal(str)

    def __init__(self, low: float, high: float, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setRange(int(low), int(high))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        self.name = name
        # no minimum below Qt's own hint: a narrow panel scrolls sideways instead of cutting digits

    def range_text(self) -> str:
        return self.tr("{name} takes whole numbers from {low} to {high}").format(
            name=self.name or self.tr("this value"), low=self.minimum(), high=self.maximum()
        )

    def validate(self, text: str, pos: int) -> object:
        state, text, pos = super().validate(text, pos)
        typed = text.strip()
        if state == QValidator.State.Acceptable or not typed or typed == "-":
            self.problem.emit("")
        elif state == QValidator.State.Invalid:
            self.problem.emit(
                self.tr("{typed} is not a number: {range}").format(typed=repr(typed), range=self.range_text())
            )
        else:
            self.problem.emit(
                self.tr("{typed} is out of range: {range} (leaving keeps {value})").format(
                    typed=typed, range=self.range_text(), value=self.value()
                )
            )
        return state, text, pos


class FloatSpinBox(_NoWheelMixin, QDoubleSpinBox):
    """Shows floats as Python writes them (1e-05, 0.1); steps by x10 on log-scale ranges."""

    def __init__(self, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(15)
        self.setRange(low, high)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.log_scale = low > 0 and high / low >= 1e3
        self.setSingleStep(0.05)

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if not stripped or stripped in ("-", ".", "e", "-."):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(stripped)
        except ValueError:
            if stripped[-1] in "eE-+":
                return QValidator.State.Intermediate, text, pos
            return QValidator.State.Invalid, text, pos
        if not math.isfinite(value):
            return QValidator.State.Invalid, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        if self.log_scale:
            self.setValue(min(max(self.value() * 10.0**steps, self.minimum()), self.maximum()))
        else:
            super().stepBy(steps)


class ParamEditor(QWidget):
    valueEdited = Signal(object)
    problem = Signal(str)  # why typed text is not accepted, in words; "" once it is

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self._show(value)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def _emit(self, *_: object) -> None:
        self.valueEdited.emit(self.value())


def _show_number(spin: QSpinBox | QDoubleSpinBox, number: float) -> None:
    """Show a value the document holds. Only if it differs: setting a spin box repaints it even
    when the value stays, and every edit refreshes every editor of the form."""
    if spin.value() != number:
        with QSignalBlocker(spin):
            spin.setValue(number)


class IntEditor(ParamEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = SpinBox(spec.low, spec.high, name=spec.name)
        self.row.addWidget(self.spin)
        self.spin.valueChanged.connect(self._emit)
        self.spin.problem.connect(self.problem)

    def _show(self, value: Any) -> None:
        _show_number(self.spin, value)

    def value(self) -> int:
        return self.spin.value()


class PairEditor(ParamEditor):
    """Height and width spin boxes; the chain button links them into one square value."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None, low: float | None = None) -> None:
        super().__init__(spec, parent)
        low = spec.low if low is None else low
        self.height_spin = SpinBox(low, spec.high)
        self.width_spin = SpinBox(low, spec.high)
        self.height_spin.problem.connect(self.problem)
        self.width_spin.problem.connect(self.problem)
        self.link = QToolButton()
        self.link.setIcon(icon("link"))
        self.link.setCheckable(True)
        self.link.setChecked(True)
        self.link.setAutoRaise(True)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()
        for widget in (self.height_spin, self.link, self.width_spin):
            self.row.addWidget(widget)
        self.height_spin.valueChanged.connect(self._height_changed)
        self.width_spin.valueChanged.connect(self._emit)
        self.link.toggled.connect(self._link_toggled)

    def retranslate_ui(self) -> None:
        self.height_spin.name = self.tr("{name} height").format(name=self.spec.name)
        self.width_spin.name = self.tr("{name} width").format(name=self.spec.name)
        self.height_spin.setToolTip(self.height_spin.name)
        self.width_spin.setToolTip(self.width_spin.name)
        self.link.setToolTip(self.tr("Square: one value for height and width"))

    def _height_changed(self, value: int) -> None:
        if self.link.isChecked():
            with QSignalBlocker(self.width_spin):
                self.width_spin.setValue(value)
        self._emit()

    def _link_toggled(self, linked: bool) -> None:
        self.width_spin.setEnabled(not linked)
        if linked and self.width_spin.value() != self.height_spin.value():
            with QSignalBlocker(self.width_spin):
                self.width_spin.setValue(self.height_spin.value())
            self._emit()

    def _show(self, value: Any) -> None:
        h, w = value if isinstance(value, tuple) else (value, value)
        for spin, number in ((self.height_spin, h), (self.width_spin, w)):
            _show_number(spin, number)
        with QSignalBlocker(self.link):
            self.link.setChecked(not isinstance(value, tuple))
        self.width_spin.setEnabled(isinstance(value, tuple))

    def value(self) -> int | tuple[int, int]:
        if self.link.isChecked():
            return self.height_spin.value()
        return (self.height_spin.value(), self.width_spin.value())


class OptionalPairEditor(ParamEditor):
    """None (torch's default, e.g. stride = kernel_size) or a pair."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.enabled = QCheckBox()
        self.pair = PairEditor(spec)
        self.pair.problem.connect(self.problem)
        self.row.addWidget(self.enabled)
        self.row.addWidget(self.pair, 1)
        self.enabled.toggled.connect(self._toggled)
        self.pair.valueEdited.connect(self._emit)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.enabled.setToolTip(self.tr("Unchecked: None ({help})").format(help=self.spec.help))

    def _toggled(self, on: bool) -> None:
        self.pair.setEnabled(on)
        self._emit()

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.enabled):
            self.enabled.setChecked(value is not None)
        self.pair.setEnabled(value is not None)
        if value is not None:
            self.pair.set_value(value)

    def value(self) -> Any:
        return self.pair.value() if self.enabled.isChecked() else None


class PaddingEditor(ParamEditor):
    """A number of pixels (or a pair), or torch's "same" / "valid"."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.mode = QComboBox()
        self.mode.addItems(["px", *PADDING_WORDS])
        self.pair = PairEditor(spec)
        self.pair.problem.connect(self.problem)
        self.row.addWidget(self.mode)
        self.row.addWidget(self.pair, 1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.pair.valueEdited.connect(self._emit)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.mode.setToolTip(
            self.tr('px: pixels on each side; "same": output size = input size (stride 1 only); "valid": none')
        )

    def _mode_changed(self, index: int) -> None:
        self.pair.setEnabled(index == 0)
        self._emit()

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.mode):
            self.mode.setCurrentText(value if isinstance(value, str) else "px")
        self.pair.setEnabled(not isinstance(value, str))
        if not isinstance(value, str):
            self.pair.set_value(value)

    def value(self) -> Any:
        return self.pair.value() if self.mode.currentIndex() == 0 else self.mode.currentText()


class FloatEditor(ParamEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = FloatSpinBox(spec.low, spec.high)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.row.addWidget(self.spin)
        self.spin.valueChanged.connect(self._emit)

    def _show(self, value: Any) -> None:
        _show_number(self.spin, value)

    def value(self) -> float:
        return float(self.spin.value())


class OptionalFloatEditor(ParamEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.enabled = QCheckBox()
        self.number = FloatEditor(spec)
        self.row.addWidget(self.enabled)
        self.row.addWidget(self.number, 1)
        self.enabled.toggled.connect(self._toggled)
        self.number.valueEdited.connect(self._emit)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.enabled.setToolTip(self.tr("Unchecked: None ({help})").format(help=self.spec.help))

    def _toggled(self, on: bool) -> None:
        self.number.setEnabled(on)
        self._emit()

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.enabled):
            self.enabled.setChecked(value is not None)
        self.number.setEnabled(value is not None)
        if value is not None:
            self.number.set_value(value)

    def value(self) -> Any:
        return self.number.value() if self.enabled.isChecked() else None


class BoolEditor(ParamEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.check = QCheckBox()
        self.row.addWidget(self.check)
        self.row.addStretch(1)
        self.check.toggled.connect(self._emit)

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.check):
            self.check.setChecked(bool(value))

    def value(self) -> bool:
        return self.check.isChecked()


class ChoiceEditor(ParamEditor):
    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.addItems(list(spec.choices))
        self.row.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._emit)

    def _show(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentText(value)

    def value(self) -> str:
        return self.combo.currentText()


EDITORS: dict[ParamType, type[ParamEditor]] = {
    ParamType.INT: IntEditor,
    ParamType.PAIR: PairEditor,
    ParamType.OPTIONAL_PAIR: OptionalPairEditor,
    ParamType.CONV_PADDING: PaddingEditor,
    ParamType.FLOAT: FloatEditor,
    ParamType.OPTIONAL_FLOAT: OptionalFloatEditor,
    ParamType.BOOL: BoolEditor,
    ParamType.CHOICE: ChoiceEditor,
}


def editor_for(spec: ParamSpec, parent: QWidget | None = None) -> ParamEditor:
    """The editor for a parameter, with the spec's range and help."""
    editor = EDITORS[spec.type](spec, parent)
    editor.setToolTip(spec.help)
    editor.setObjectName(f"param_{spec.name}")
    return editor
