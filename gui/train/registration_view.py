"""The registration lesson as a tab: on the live object, what a plain list of layers hides from
nn.Module (parameters, state_dict, .to(device)) and what it does to training, side by side with
the nn.ModuleList fix, which one click applies (an undoable edit of the block's container)."""

from __future__ import annotations

import html

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.learn.registration import FIX, LESSON_STEPS, compare_training, inspect_registration
from gui.language import retranslate_on_language_change


class ComparisonThread(QThread):
    """Trains both versions for a few steps off the GUI thread."""

    done = Signal(object)  # list[TrainingOutcome] or an error text

    def __init__(self, block, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.block = block

    def run(self) -> None:
        try:
            self.done.emit(compare_training(self.block))
        except Exception as exc:  # the learner's block may not build: say so in the tab
            self.done.emit(f"{type(exc).__name__}: {exc}")


class RegistrationView(QWidget):
    comparisonShown = Signal()

    def __init__(self, document, parent: QWidget | None = None) -> None:  # noqa: ANN001 - BlockDocument
        super().__init__(parent)
        self.document = document
        self.factsLabel = QLabel(objectName="registrationFacts", wordWrap=True)
        self.trainingLabel = QLabel(objectName="registrationTraining", wordWrap=True)
        self.compareButton = QPushButton(clicked=self.compare)
        self.fixButton = QPushButton(objectName="fixButton", clicked=self.apply_fix)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compareButton)
        buttons.addWidget(self.fixButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.factsLabel)
        layout.addLayout(buttons)
        layout.addWidget(self.trainingLabel)
        layout.addStretch(1)
        self._thread: ComparisonThread | None = None
        self._stale = True
        self._outcome: object = None  # the last comparison: shown again in a new language
        self.document.changed.connect(self.refresh)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return self.tr("Registration")

    def retranslate_ui(self) -> None:
        self.compareButton.setText(self.tr("Train both for {steps} steps").format(steps=LESSON_STEPS))
        self.fixButton.setText(self.tr("Apply the fix: nn.ModuleList"))
        self.refresh()
        if self._thread is not None and self._thread.isRunning():
            self._say_training()
        elif self._outcome is not None:
            self._show_outcome(self._outcome)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        # building the live object costs milliseconds: only for a learner looking at this tab
        self._stale = not self.isVisible()
        if self._stale:
            return
        block = self.document.block
        self.fixButton.setEnabled(block.container == "list")
        try:
            report = inspect_registration(block)
        except Exception as exc:  # an invalid or unbuildable block: the other tabs say why
            self.factsLabel.setText(
                self.tr("The block cannot be built now ({error}); fix it to see this lesson.").format(
                    error=type(exc).__name__
                )
            )
            return
        lines = [self.tr("<b>Layers as: {style}</b> (the live object)").format(style=html.escape(report.style))]
        lines.append(
            self.tr("parameters() finds {seen} of the {built} parameters its layers hold").format(
                seen=f"{report.parameters_seen:,}", built=f"{report.parameters_built:,}"
            )
        )
        if report.hidden:
            names = ", ".join(html.escape(f"{layer.path} {layer.kind}") for layer in report.hidden)
            lines.append(self.tr("nn.Module does not see: {names}").format(names=names))
        lines.append(
            self.tr("state_dict() has {count} key(s)").format(count=len(report.state_dict_keys))
            + self._keys(report.state_dict_keys)
        )
        if report.left_behind:
            names = ", ".join(html.escape(layer.path) for layer in report.left_behind)
            lines.append(self.tr(".to(device) left behind on the CPU: {names}").format(names=names))
        else:
            lines.append(self.tr(".to(device) moves every layer's weights"))
        self.factsLabel.setText("<br>".join(lines))

    def compare(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            return
        self._outcome = None
        self._say_training()
        self.compareButton.setEnabled(False)
        self._thread = ComparisonThread(self.document.block.copy(), self)
        self._thread.done.connect(self._show)
        self._thread.start()

    def _say_training(self) -> None:
        self.trainingLabel.setText(self.tr("training both versions for {steps} steps...").format(steps=LESSON_STEPS))

    def _show(self, outcome: object) -> None:
        self.compareButton.setEnabled(True)
        self._outcome = outcome
        self._show_outcome(outcome)
        self.comparisonShown.emit()

    def _show_outcome(self, outcome: object) -> None:
        if isinstance(outcome, str):
            self.trainingLabel.setText(html.escape(outcome))
        else:
            answer = {True: self.tr("yes"), False: self.tr("no")}
            rows = "".join(
                f"<tr><td>{html.escape(o.style)}</td><td>{o.optimizer_parameters:,}</td>"
                f"<td>{o.block_parameters_trained:,}</td><td>{o.loss_first:.3f}</td><td>{o.loss_last:.3f}</td>"
                f"<td>{answer[o.block_changed]}</td></tr>"
                for o in outcome  # type: ignore[union-attr]
            )
            header = self.tr(
                "<tr><th>layers as</th><th>parameters the optimizer sees</th>"
                "<th>of them in the block</th><th>loss, first steps</th><th>loss, last steps</th>"
                "<th>block's filters changed</th></tr>"
            )
            self.trainingLabel.setText(f"<table cellpadding=4>{header}{rows}</table>")

    def apply_fix(self) -> None:
        """One undoable edit: the plain list becomes an nn.ModuleList."""
        self.document.set_option("container", FIX)

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _keys(self, keys: list[str]) -> str:
        shown = ", ".join(html.escape(k) for k in keys[:6])
        return f": {shown}{', ...' if len(keys) > 6 else ''}" if keys else self.tr(" (nothing would be saved)")
