"""The registration lesson as a tab: on the live object, what a plain list of layers hides from
nn.Module (parameters, state_dict, .to(device)) and what it does to training, side by side with
the nn.ModuleList fix, which one click applies (an undoable edit of the block's container)."""

from __future__ import annotations

import html

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.learn.registration import FIX, LESSON_STEPS, compare_training, inspect_registration


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
        self.compareButton = QPushButton(f"Train both for {LESSON_STEPS} steps", clicked=self.compare)
        self.fixButton = QPushButton("Apply the fix: nn.ModuleList", objectName="fixButton", clicked=self.apply_fix)
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
        self.document.changed.connect(self.refresh)
        self.refresh()

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
            self.factsLabel.setText(f"The block cannot be built now ({type(exc).__name__}); fix it to see this lesson.")
            return
        lines = [f"<b>Layers as: {html.escape(report.style)}</b> (the live object)"]
        lines.append(
            f"parameters() finds {report.parameters_seen:,} of the "
            f"{report.parameters_built:,} parameters its layers hold"
        )
        if report.hidden:
            names = ", ".join(html.escape(f"{layer.path} {layer.kind}") for layer in report.hidden)
            lines.append(f"nn.Module does not see: {names}")
        lines.append(f"state_dict() has {len(report.state_dict_keys)} key(s)" + _keys(report.state_dict_keys))
        if report.left_behind:
            names = ", ".join(html.escape(layer.path) for layer in report.left_behind)
            lines.append(f".to(device) left behind on the CPU: {names}")
        else:
            lines.append(".to(device) moves every layer's weights")
        self.factsLabel.setText("<br>".join(lines))

    def compare(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            return
        self.trainingLabel.setText(f"training both versions for {LESSON_STEPS} steps...")
        self.compareButton.setEnabled(False)
        self._thread = ComparisonThread(self.document.block.copy(), self)
        self._thread.done.connect(self._show)
        self._thread.start()

    def _show(self, outcome: object) -> None:
        self.compareButton.setEnabled(True)
        if isinstance(outcome, str):
            self.trainingLabel.setText(html.escape(outcome))
        else:
            rows = "".join(
                f"<tr><td>{html.escape(o.style)}</td><td>{o.optimizer_parameters:,}</td>"
                f"<td>{o.block_parameters_trained:,}</td><td>{o.loss_first:.3f}</td><td>{o.loss_last:.3f}</td>"
                f"<td>{'yes' if o.block_changed else 'no'}</td></tr>"
                for o in outcome  # type: ignore[union-attr]
            )
            self.trainingLabel.setText(
                "<table cellpadding=4><tr><th>layers as</th><th>parameters the optimizer sees</th>"
                "<th>of them in the block</th><th>loss, first steps</th><th>loss, last steps</th>"
                f"<th>block's filters changed</th></tr>{rows}</table>"
            )
        self.comparisonShown.emit()

    def apply_fix(self) -> None:
        """One undoable edit: the plain list becomes an nn.ModuleList."""
        self.document.set_option("container", FIX)

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.wait()


def _keys(keys: list[str]) -> str:
    shown = ", ".join(html.escape(k) for k in keys[:6])
    return f": {shown}{', ...' if len(keys) > 6 else ''}" if keys else " (nothing would be saved)"
