"""Export buttons for the trained model: weights (.pt, loaded back with a report), TorchScript
(verified by reloading), ONNX (with the optional extra) and a plain-PyTorch train.py.

Exports run on the training worker's thread (torch.onnx.export takes seconds): the window stays
responsive, the buttons wait until the export has answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.files.project_file import write_text_atomic
from core.train.classifier import build_classifier
from core.train.exports import export_onnx, export_torchscript, load_weights, onnx_available, save_weights
from core.train.script import training_script
from gui.language import retranslate_on_language_change


class TrainExports(QWidget):
    def __init__(self, panel, parent: QWidget | None = None) -> None:  # noqa: ANN001 - TrainPanel
        super().__init__(parent)
        self.panel = panel
        self.buttons = {
            "weights": QPushButton(objectName="saveWeightsButton", clicked=self.save_weights),
            "torchscript": QPushButton("TorchScript...", objectName="torchscriptButton", clicked=self.torchscript),
            "onnx": QPushButton("ONNX...", objectName="onnxButton", clicked=self.onnx),
            "script": QPushButton("train.py...", objectName="scriptButton", clicked=self.script),
        }
        self.resultLabel = QLabel("", objectName="exportResult", wordWrap=True)
        self.exporting = False
        panel.session.worker.exported.connect(self._on_exported)  # a bound method: runs on the GUI thread
        self._result: Callable[[], str] = str  # the last export's words, again after a language switch
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.resultLabel)
        self.update_enabled()
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.buttons["weights"].setText(self.tr("Save weights..."))
        self.buttons["onnx"].setToolTip(
            self.tr("ONNX export")
            if onnx_available()
            else self.tr("needs the optional onnx package: pip install 'block-studio[onnx]'")
        )
        self.resultLabel.setText(self._result())

    def _say(self, text: Callable[[], str]) -> None:
        self._result = text
        self.resultLabel.setText(text())

    def update_enabled(self, running: bool = False) -> None:
        # never export while the worker trains it, nor twice at once
        trained = self.panel.run is not None and not running and not self.exporting
        for name, button in self.buttons.items():
            button.setEnabled(trained and (name != "onnx" or onnx_available()))

    def _ask(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = self.panel.document.path.parent if self.panel.document.path else Path.home()
        path, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), file_filter)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(Path(name).suffix)

    def _do(self, action) -> None:  # noqa: ANN001 - () -> (() -> str), run on the worker's thread
        self.exporting = True
        self.update_enabled()
        self._say(lambda: self.tr("exporting..."))
        self.panel.session.export(action)

    def _on_exported(self, result: object, error: object) -> None:
        self.exporting = False
        self.update_enabled()
        if error is not None:
            self._say(lambda: self.tr("error: {message}").format(message=error))
        else:
            self._say(result)  # type: ignore[arg-type]

    def save_weights(self) -> None:
        run = self.panel.run
        target = self._ask(self.tr("Save the trained weights"), "weights.pt", self.tr("PyTorch state_dict (*.pt)"))
        if run is None or target is None:
            return

        def action() -> Callable[[], str]:
            path = save_weights(run.model, target)
            report = load_weights(build_classifier(run.code), path)  # read back into a fresh model
            return lambda: self.tr("saved; loaded back: {report}").format(report=report.text())

        self._do(action)

    def torchscript(self) -> None:
        run = self.panel.run
        target = self._ask(self.tr("Export TorchScript"), "model.torchscript.pt", self.tr("TorchScript (*.pt)"))
        if run is None or target is None:
            return
        example = run.val_set.images[:4].to(run.device)
        self._do(lambda: _verified(export_torchscript(run.model, example, target), self.tr("reloaded")))

    def onnx(self) -> None:
        run = self.panel.run
        target = self._ask(self.tr("Export ONNX"), "model.onnx", self.tr("ONNX (*.onnx)"))
        if run is None or target is None:
            return
        example = run.val_set.images[:4].to(run.device)
        self._do(lambda: _verified(export_onnx(run.model, example, target), self.tr("checked with onnx.checker")))

    def script(self) -> None:
        run = self.panel.run
        target = self._ask(self.tr("Export a plain-PyTorch training script"), "train.py", self.tr("Python (*.py)"))
        if run is None or target is None:
            return

        def action() -> Callable[[], str]:
            write_text_atomic(target, training_script(run.code, run.settings, self.panel.spec))
            return lambda: self.tr("wrote {path}: python {name} trains the same model on the same data").format(
                path=target, name=target.name
            )

        self._do(action)


def _verified(result, how: str) -> Callable[[], str]:  # noqa: ANN001 - Verified
    return lambda: QCoreApplication.translate(
        "TrainExports", "wrote {path}; {how}, outputs differ by at most {difference}"
    ).format(path=result.path, how=how, difference=f"{result.max_difference:.2g}")
