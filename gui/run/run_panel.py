"""RunPanel: where the learner picks device, dtype, threads, mode and input, presses Run, and
reads what went wrong in words. Owns the RunSession that the activation and timing views
listen to (`panel.session`).

Live mode re-runs the block (activations only, no timing) after every valid edit and every
change of input or settings, so the learner changes kernel_size and watches the maps change;
each new run makes the one before it obsolete, and the session cancels it."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.model.block import Block
from core.run.devices import DeviceError, DeviceInfo, available_devices, find_device
from core.run.inputs import InputSpec
from core.run.profiling import ProfileResult, ProfileSettings
from gui.document.document import BlockDocument
from gui.run.export_paths import ask_open_path
from gui.run.run_worker import PROGRESS_STEPS, RunFailure, RunOutcome, RunSession
from gui.style import ERROR_COLOR

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.ppm *.pgm);;All files (*)"
STALE_PREFIX = "From the block before your last edit (run again to check): "
INPUTS = (("random", "Random normal"), ("sample", "Sample image"), ("image", "Image file..."))


def read_image(path: str | Path) -> np.ndarray | None:
    """(H, W, 4) uint8 RGBA pixels of any image Qt can decode, or None."""
    image = QImage(str(path))
    if image.isNull():
        return None
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    height, width = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, : width * 4].reshape(height, width, 4).copy()  # own the pixels: the QImage goes away


class RunPanel(QWidget):
    """Settings, Run/Cancel, progress and errors for running the document's block."""

    errorShown = Signal(str, int)  # the failure in words, and its generated line (0 when none)

    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.document = document
        self.session = RunSession(self)
        self.devices: tuple[DeviceInfo, ...] = available_devices()
        self._image: np.ndarray | None = None
        self._image_path = ""
        self._error_block: Block | None = None  # the block the shown error was about
        self._live_timer = QTimer(self, singleShot=True, interval=0)  # one run for edits made in one turn
        self._live_timer.timeout.connect(self._run_live)
        self._build()
        self.session.busyChanged.connect(self._on_busy)
        self.session.progressed.connect(self._on_progress)
        self.session.resultReady.connect(self._on_result)
        self.session.comparisonReady.connect(self._on_comparison)
        self.session.failed.connect(self._on_failed)
        self.session.cancelled.connect(self._on_cancelled)
        document.changed.connect(self._on_document_changed)
        self._on_document_changed()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.deviceCombo = QComboBox(objectName="deviceCombo")
        for device in self.devices:
            self.deviceCombo.addItem(device.label, device.id)
        self.dtypeCombo = QComboBox(objectName="dtypeCombo")
        self.threadsSpin = QSpinBox(objectName="threadsSpin", minimum=1, maximum=max(1, os.cpu_count() or 1))
        import torch  # the panel shows torch's own default thread count

        self.threadsSpin.setValue(min(torch.get_num_threads(), self.threadsSpin.maximum()))
        self.threadsSpin.setToolTip("CPU threads torch may use (torch.set_num_threads)")
        self.modeCombo = QComboBox(objectName="modeCombo")
        self.modeCombo.addItem("eval (running statistics)", "eval")
        self.modeCombo.addItem("train (batch statistics)", "train")
        self.modeCombo.setToolTip("BatchNorm normalises with running statistics in eval mode, batch ones in train mode")
        self.inputCombo = QComboBox(objectName="inputCombo")
        for kind, text in INPUTS:
            self.inputCombo.addItem(text, kind)
        self.seedSpin = QSpinBox(objectName="seedSpin", minimum=0, maximum=2**31 - 1)
        self.seedSpin.setToolTip("seed of the random normal input")
        # ranges before values: QSpinBox clamps a value set before its maximum
        self.runsSpin = QSpinBox(objectName="runsSpin", minimum=1, maximum=10_000)
        self.runsSpin.setValue(10)
        self.runsSpin.setToolTip("timed runs per layer, at least")
        self.measureSpin = QSpinBox(objectName="measureSpin", minimum=1, maximum=10_000, suffix=" ms")
        self.measureSpin.setValue(100)
        self.measureSpin.setToolTip("measuring time per layer, at least (after warm-up)")

        self.liveCheck = QCheckBox("Live: re-run on every edit", objectName="liveCheck")
        self.liveCheck.setToolTip(
            "Run the block again (activations only, not timed) after every valid edit or input change; "
            "the selected layer's maps follow at once"
        )
        self.runButton = QPushButton("Run", objectName="runButton")
        self.runButton.setDefault(True)
        self.cancelButton = QPushButton("Cancel", objectName="cancelButton", enabled=False)
        self.progressBar = QProgressBar(objectName="runProgress", minimum=0, maximum=PROGRESS_STEPS)
        self.progressBar.setTextVisible(True)
        self.statusLabel = QLabel("", objectName="runStatus", wordWrap=True)
        self.errorLabel = QLabel("", objectName="runError", wordWrap=True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        self.errorLabel.hide()

        form = QFormLayout()
        form.addRow("Device", self.deviceCombo)
        form.addRow("dtype", self.dtypeCombo)
        form.addRow("CPU threads", self.threadsSpin)
        form.addRow("Mode", self.modeCombo)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.inputCombo, 1)
        seed_row.addWidget(QLabel("seed"))
        seed_row.addWidget(self.seedSpin)
        form.addRow("Input", seed_row)
        form.addRow("Timed runs", self.runsSpin)
        form.addRow("Measure for", self.measureSpin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.runButton)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.liveCheck)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progressBar)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.errorLabel)
        layout.addStretch(1)

        self.deviceCombo.currentIndexChanged.connect(self._fill_dtypes)
        self.inputCombo.activated.connect(self._on_input_chosen)
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.session.cancel)
        self.liveCheck.toggled.connect(self._on_live_toggled)
        for signal in (
            self.deviceCombo.currentIndexChanged,
            self.dtypeCombo.currentIndexChanged,
            self.modeCombo.currentIndexChanged,
            self.inputCombo.currentIndexChanged,
            self.seedSpin.valueChanged,
            self.threadsSpin.valueChanged,
        ):
            signal.connect(self._schedule_live)
        self._fill_dtypes()

    def _fill_dtypes(self) -> None:
        previous = self.dtypeCombo.currentText() or "float32"
        self.dtypeCombo.clear()
        dtypes = self.current_device().dtypes
        self.dtypeCombo.addItems(list(dtypes))
        self.dtypeCombo.setCurrentText(previous if previous in dtypes else "float32")

    # ---- reading the settings ------------------------------------------------------------

    def current_device(self) -> DeviceInfo:
        return self.devices[max(0, self.deviceCombo.currentIndex())]

    def settings(self, device: DeviceInfo | None = None) -> ProfileSettings:
        device = device or self.current_device()
        dtype = self.dtypeCombo.currentText()
        return ProfileSettings(
            device=device.id,
            dtype=dtype if dtype in device.dtypes else "float32",
            threads=self.threadsSpin.value(),
            train=self.modeCombo.currentData() == "train",
            min_runs=self.runsSpin.value(),
            min_time_s=self.measureSpin.value() / 1e3,
            warmup_s=min(0.05, self.measureSpin.value() / 1e3 / 4),
        )

    def input_spec(self) -> InputSpec:
        kind = self.inputCombo.currentData()
        if kind == "image" and self._image is not None:
            return InputSpec("image", image=self._image, source=self._image_path)
        if kind == "sample":
            return InputSpec("sample")
        return InputSpec("random", seed=self.seedSpin.value())

    # ---- actions ---------------------------------------------------------------------------

    def run(self) -> int | None:
        """Run the block with the chosen settings; returns the request id (None if refused)."""
        if not self._can_run():
            return None
        self._clear_error()
        return self.session.run(self.document.block, self.settings(), self.input_spec())

    @property
    def live(self) -> bool:
        return self.liveCheck.isChecked()

    def _on_live_toggled(self, on: bool) -> None:
        if on:
            self._schedule_live()
        else:
            self._live_timer.stop()

    def _schedule_live(self) -> None:
        if self.live and not self.session.stopped:
            self.session.make_obsolete()  # now, not when the timer fires: its outcome may arrive first
            self._live_timer.start()

    def _run_live(self) -> int | None:
        """Re-run for the current block and input: activations only, a newer run cancels this one."""
        if not self.live or self.session.stopped:
            return None
        problem = self.document.error_text
        if problem:  # the last valid block's maps stay, marked as older by the views
            self._set_status(f"Live: waiting for a valid block ({problem})")
            return None
        self._clear_error()
        # one thread: a live run is no timing, and the GUI thread needs a core to stay smooth
        # (two OpenMP threads on a two-core machine starve it for hundreds of ms)
        settings = dataclasses.replace(self.settings(), timing=False, threads=1)
        return self.session.run(self.document.block, settings, self.input_spec())

    def run_in_train_mode(self) -> int | None:
        """Switch to train mode and run again (BatchNorm then uses the batch's statistics)."""
        self.modeCombo.setCurrentIndex(self.modeCombo.findData("train"))
        return self.run()

    def compare_devices(self) -> int | None:
        """Run the block on every available device, in order, with the same settings and input."""
        if not self._can_run():
            return None
        self._clear_error()
        settings = [self.settings(device) for device in self.devices]
        return self.session.compare(self.document.block, settings, self.input_spec())

    def cancel(self) -> None:
        self.session.cancel()

    def use_image_file(self, path: str | Path) -> bool:
        """Use the image at `path` as input (any format Qt reads); False with an error if unreadable."""
        pixels = read_image(path)
        if pixels is None:
            self._show_error(RunFailure(f"cannot read {Path(path).name} as an image"))
            return False
        self._image, self._image_path = pixels, str(path)
        index = self.inputCombo.findData("image")
        self.inputCombo.setItemText(index, f"Image: {Path(path).name}")
        self.inputCombo.setCurrentIndex(index)
        self._clear_error()
        return True

    def shutdown(self) -> None:
        """Stop the worker thread; call before the window closes."""
        self.session.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # ---- reactions -------------------------------------------------------------------------

    def _on_input_chosen(self, index: int) -> None:
        if self.inputCombo.itemData(index) != "image":
            return
        path = ask_open_path(self, "Input image", IMAGE_FILTER, "image")
        if not (path and self.use_image_file(path)) and self._image is None:
            self.inputCombo.setCurrentIndex(self.inputCombo.findData("random"))

    def _can_run(self) -> bool:
        if self.session.stopped:
            self._show_error(RunFailure("The app is closing: runs have stopped."))
            return False
        problem = self.document.error_text
        if problem:
            self._show_error(RunFailure(f"Cannot run: {problem}"))
            return False
        return True

    def _on_document_changed(self) -> None:
        problem = self.document.error_text
        self._recheck_error(problem)
        self._schedule_live()
        self.runButton.setToolTip(f"Fix first: {problem}" if problem else "Instantiate the generated class and run it")
        # a picture needs an image-shaped input: offer it only to (N, C, H, W) blocks
        images_fit = len(self.document.block.input_shape) == 4
        model = self.inputCombo.model()
        for row in range(self.inputCombo.count()):
            if self.inputCombo.itemData(row) != "random":
                model.item(row).setEnabled(images_fit)
        if not images_fit and self.inputCombo.currentData() != "random":
            self.inputCombo.setCurrentIndex(self.inputCombo.findData("random"))

    def _on_busy(self, busy: bool) -> None:
        self.cancelButton.setEnabled(busy)
        self.runButton.setEnabled(not busy)  # a second press would only restart the same run
        if busy:
            self.progressBar.setValue(0)
            self._set_status("Running...")

    def _on_progress(self, done: int, text: str) -> None:
        self.progressBar.setValue(done)
        self._set_status(text[:1].upper() + text[1:] + "...")

    def _on_result(self, result: ProfileResult) -> None:
        self.progressBar.setValue(PROGRESS_STEPS)
        if not result.settings.timing:
            self._set_status(f"Live: ran {len(result.layers)} layers on {result.settings.device} (not timed).")
            return
        total = f", whole block {result.total.median_s * 1e3:.3f} ms" if result.total else ""
        self._set_status(f"Ran {len(result.layers)} layers on {result.settings.device}{total}.")

    def device_note(self) -> str:
        """Which devices this machine has, and why CUDA or MPS is not among them."""
        have = ", ".join(f"{d.id} ({d.name})" for d in self.devices)
        count = "Only one device here" if len(self.devices) == 1 else f"{len(self.devices)} devices here"
        absent = []
        for name in ("cuda", "mps"):
            try:
                find_device(name)
            except DeviceError as exc:
                absent.append(f"no {name.upper()}: {str(exc).split(': ', 1)[-1].split(' (available')[0]}")
        why = "; ".join(absent)
        return f"{count}: {have}." + (f" {why[:1].upper()}{why[1:]}." if why else "")

    def _on_comparison(self, outcome: RunOutcome) -> None:
        self.progressBar.setValue(PROGRESS_STEPS)
        devices = ", ".join(r.settings.device for r in outcome.results)
        self._set_status(f"Compared {devices}. {self.device_note()}")
        if outcome.failures:
            self._show_error(RunFailure("; ".join(f"{f.device}: {f.message}" for f in outcome.failures)))

    def _recheck_error(self, problem: str) -> None:
        """An error is about the block it was shown for: after an edit, a refusal is recomputed
        and a failed run is marked as the older block's."""
        old = self._error_block
        if old is None or old.same_content(self.document.block):
            return
        if self.errorLabel.text().startswith("Cannot run: "):
            if problem:
                self.errorLabel.setText(f"Cannot run: {problem}")
                self._error_block = self.document.block.copy()
            else:
                self._clear_error()
                self._set_status("The block is valid now: press Run.")
        elif not self.errorLabel.text().startswith(STALE_PREFIX):
            self.errorLabel.setText(STALE_PREFIX + self.errorLabel.text())

    def _on_cancelled(self) -> None:
        self.progressBar.setValue(0)  # nothing of the cancelled run is shown: no progress either
        self._set_status("Cancelled.")

    def _on_failed(self, failure: RunFailure) -> None:
        self.progressBar.setValue(0)
        self._set_status("Failed.")
        self._show_error(failure)

    def _show_error(self, failure: RunFailure) -> None:
        self.errorLabel.setText(failure.text())
        self.errorLabel.show()
        self._error_block = self.document.block.copy()
        self.errorShown.emit(failure.text(), failure.line or 0)

    def _clear_error(self) -> None:
        self._error_block = None
        self.errorLabel.clear()
        self.errorLabel.hide()

    def _set_status(self, text: str) -> None:
        self.statusLabel.setText(text)
