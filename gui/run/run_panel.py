"""RunPanel: where the learner picks device, dtype, threads, mode and input, presses Run, and
reads what went wrong in words. Owns the RunSession that the activation and timing views
listen to (`panel.session`).

Live mode re-runs the block (activations only, no timing) after every valid edit and every
change of input or settings, so the learner changes kernel_size and watches the maps change;
each new run makes the one before it obsolete, and the session cancels it."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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

from core.i18n import QT_TRANSLATE_NOOP
from core.model.block import Block
from core.run.devices import DeviceError, DeviceInfo, available_devices, find_device
from core.run.inputs import InputSpec
from core.run.profiling import ProfileResult, ProfileSettings
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.run.export_paths import ask_open_path
from gui.run.run_worker import PROGRESS_STEPS, RunFailure, RunOutcome, RunSession
from gui.style import ERROR_COLOR

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.ppm *.pgm"
# English texts, marked for the catalogue: each is translated where shown (see `tr_panel`)
STALE_PREFIX = QT_TRANSLATE_NOOP("RunPanel", "From the block before your last edit (run again to check): ")
INPUTS = (
    ("random", QT_TRANSLATE_NOOP("RunPanel", "Random normal")),
    ("sample", QT_TRANSLATE_NOOP("RunPanel", "Sample image")),
    ("image", QT_TRANSLATE_NOOP("RunPanel", "Image file...")),
)


def tr_panel(text: str) -> str:
    """A marked text of the run panel in the window's current language."""
    return QCoreApplication.translate("RunPanel", text)


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
        self._failure: RunFailure | None = None  # the error shown (None: none)
        self._refusal = False  # the error is "Cannot run: <the block's problem>"
        self._error_stale = False  # the error is about the block before the last edit
        self._status: Callable[[], str] | None = None  # makes the status line (again, after a switch)
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
        self.modeCombo = QComboBox(objectName="modeCombo")
        self.modeCombo.addItem("", "eval")
        self.modeCombo.addItem("", "train")
        self.inputCombo = QComboBox(objectName="inputCombo")
        for kind, _text in INPUTS:
            self.inputCombo.addItem("", kind)
        # the combos' widths follow their texts after a language switch, not just when first shown
        for combo in (self.modeCombo, self.inputCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.seedSpin = QSpinBox(objectName="seedSpin", minimum=0, maximum=2**31 - 1)
        # ranges before values: QSpinBox clamps a value set before its maximum
        self.runsSpin = QSpinBox(objectName="runsSpin", minimum=1, maximum=10_000)
        self.runsSpin.setValue(10)
        self.measureSpin = QSpinBox(objectName="measureSpin", minimum=1, maximum=10_000, suffix=" ms")
        self.measureSpin.setValue(100)

        self.liveCheck = QCheckBox(objectName="liveCheck")
        self.runButton = QPushButton(objectName="runButton")
        self.runButton.setDefault(True)
        self.cancelButton = QPushButton(objectName="cancelButton", enabled=False)
        self.progressBar = QProgressBar(objectName="runProgress", minimum=0, maximum=PROGRESS_STEPS)
        self.progressBar.setTextVisible(True)
        self.statusLabel = QLabel("", objectName="runStatus", wordWrap=True)
        self.errorLabel = QLabel("", objectName="runError", wordWrap=True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        self.errorLabel.hide()

        self.deviceLabel = QLabel(buddy=self.deviceCombo)
        self.dtypeLabel = QLabel("dtype", buddy=self.dtypeCombo)  # PyTorch's name: stays English
        self.threadsLabel = QLabel(buddy=self.threadsSpin)
        self.modeLabel = QLabel(buddy=self.modeCombo)
        self.inputLabel = QLabel(buddy=self.inputCombo)
        self.seedLabel = QLabel(buddy=self.seedSpin)
        self.runsLabel = QLabel(buddy=self.runsSpin)
        self.measureLabel = QLabel(buddy=self.measureSpin)
        form = QFormLayout()
        form.addRow(self.deviceLabel, self.deviceCombo)
        form.addRow(self.dtypeLabel, self.dtypeCombo)
        form.addRow(self.threadsLabel, self.threadsSpin)
        form.addRow(self.modeLabel, self.modeCombo)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.inputCombo, 1)
        seed_row.addWidget(self.seedLabel)
        seed_row.addWidget(self.seedSpin)
        form.addRow(self.inputLabel, seed_row)
        form.addRow(self.runsLabel, self.runsSpin)
        form.addRow(self.measureLabel, self.measureSpin)
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
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return QCoreApplication.translate("InspectorTabs", "Run")

    def retranslate_ui(self) -> None:
        """Every text of the panel in the current language (from __init__ and on LanguageChange)."""
        self.threadsSpin.setToolTip(self.tr("CPU threads torch may use (torch.set_num_threads)"))
        self.modeCombo.setItemText(self.modeCombo.findData("eval"), self.tr("eval (running statistics)"))
        self.modeCombo.setItemText(self.modeCombo.findData("train"), self.tr("train (batch statistics)"))
        self.modeCombo.setToolTip(
            self.tr("BatchNorm normalises with running statistics in eval mode, batch ones in train mode")
        )
        for kind, text in INPUTS:
            self.inputCombo.setItemText(self.inputCombo.findData(kind), tr_panel(text))
        if self._image is not None:
            self._show_image_name()
        self.seedSpin.setToolTip(self.tr("seed of the random normal input"))
        self.runsSpin.setToolTip(self.tr("timed runs per layer, at least"))
        self.measureSpin.setToolTip(self.tr("measuring time per layer, at least (after warm-up)"))
        self.liveCheck.setText(self.tr("Live: re-run on every edit"))
        self.liveCheck.setToolTip(
            self.tr(
                "Run the block again (activations only, not timed) after every valid edit or input change; "
                "the selected layer's maps follow at once"
            )
        )
        self.runButton.setText(self.tr("Run"))
        self.cancelButton.setText(self.tr("Cancel"))
        self.deviceLabel.setText(self.tr("Device"))
        self.threadsLabel.setText(self.tr("CPU threads"))
        self.modeLabel.setText(self.tr("Mode"))
        self.inputLabel.setText(self.tr("Input"))
        self.seedLabel.setText(self.tr("seed"))
        self.runsLabel.setText(self.tr("Timed runs"))
        self.measureLabel.setText(self.tr("Measure for"))
        self._update_run_tooltip()
        # what results and failures said, said again in the new language
        if self._status is not None:
            self.statusLabel.setText(self._status())
        self._render_error()

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
            self._set_status(
                lambda: self.tr("Live: waiting for a valid block ({problem})").format(problem=self.document.error_text)
            )
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
            self._show_error(RunFailure(self.tr("cannot read {name} as an image").format(name=Path(path).name)))
            return False
        self._image, self._image_path = pixels, str(path)
        index = self.inputCombo.findData("image")
        self._show_image_name()
        self.inputCombo.setCurrentIndex(index)
        self._clear_error()
        return True

    def _show_image_name(self) -> None:
        name = Path(self._image_path).name
        self.inputCombo.setItemText(self.inputCombo.findData("image"), self.tr("Image: {name}").format(name=name))

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
        file_filter = self.tr("Images ({patterns});;All files (*)").format(patterns=IMAGE_PATTERNS)
        path = ask_open_path(self, self.tr("Input image"), file_filter, "image")
        if not (path and self.use_image_file(path)) and self._image is None:
            self.inputCombo.setCurrentIndex(self.inputCombo.findData("random"))

    def _can_run(self) -> bool:
        if self.session.stopped:
            self._show_error(RunFailure(self.tr("The app is closing: runs have stopped.")))
            return False
        problem = self.document.error_text
        if problem:
            self._show_error(RunFailure(self._cannot_run(problem)), refusal=True)
            return False
        return True

    def _cannot_run(self, problem: str) -> str:
        return self.tr("Cannot run: {problem}").format(problem=problem)

    def _on_document_changed(self) -> None:
        problem = self.document.error_text
        self._recheck_error(problem)
        self._schedule_live()
        self._update_run_tooltip()
        # a picture needs an image-shaped input: offer it only to (N, C, H, W) blocks
        images_fit = len(self.document.block.input_shape) == 4
        model = self.inputCombo.model()
        for row in range(self.inputCombo.count()):
            if self.inputCombo.itemData(row) != "random":
                model.item(row).setEnabled(images_fit)
        if not images_fit and self.inputCombo.currentData() != "random":
            self.inputCombo.setCurrentIndex(self.inputCombo.findData("random"))

    def _update_run_tooltip(self) -> None:
        problem = self.document.error_text
        if problem:
            self.runButton.setToolTip(self.tr("Fix first: {problem}").format(problem=problem))
        else:
            self.runButton.setToolTip(self.tr("Instantiate the generated class and run it"))

    def _on_busy(self, busy: bool) -> None:
        self.cancelButton.setEnabled(busy)
        self.runButton.setEnabled(not busy)  # a second press would only restart the same run
        if busy:
            self.progressBar.setValue(0)
            self._set_status(lambda: self.tr("Running..."))

    def _on_progress(self, done: int, text: str) -> None:
        self.progressBar.setValue(done)
        self._set_status(text[:1].upper() + text[1:] + "...")  # core's text, already translated

    def _on_result(self, result: ProfileResult) -> None:
        self.progressBar.setValue(PROGRESS_STEPS)
        self._set_status(lambda: self._result_status(result))

    def _result_status(self, result: ProfileResult) -> str:
        count, device = len(result.layers), result.settings.device
        if not result.settings.timing:
            return self.tr("Live: ran {count} layers on {device} (not timed).").format(count=count, device=device)
        if result.total:
            text = self.tr("Ran {count} layers on {device}, whole block {ms} ms.")
            return text.format(count=count, device=device, ms=f"{result.total.median_s * 1e3:.3f}")
        return self.tr("Ran {count} layers on {device}.").format(count=count, device=device)

    def device_note(self) -> str:
        """Which devices this machine has, and why CUDA or MPS is not among them."""
        have = ", ".join(f"{d.id} ({d.name})" for d in self.devices)
        if len(self.devices) == 1:
            text = self.tr("Only one device here: {devices}.").format(devices=have)
        else:
            text = self.tr("{count} devices here: {devices}.").format(count=len(self.devices), devices=have)
        absent = []
        for name in ("cuda", "mps"):
            try:
                find_device(name)
            except DeviceError as exc:  # the reason is core's (translated there)
                reason = str(exc).split(": ", 1)[-1].split(" (available")[0]
                absent.append(self.tr("no {device}: {reason}").format(device=name.upper(), reason=reason))
        why = "; ".join(absent)
        return text + (f" {why[:1].upper()}{why[1:]}." if why else "")

    def _on_comparison(self, outcome: RunOutcome) -> None:
        self.progressBar.setValue(PROGRESS_STEPS)
        devices = ", ".join(r.settings.device for r in outcome.results)
        self._set_status(lambda: self.tr("Compared {devices}.").format(devices=devices) + " " + self.device_note())
        if outcome.failures:
            self._show_error(RunFailure("; ".join(f"{f.device}: {f.message}" for f in outcome.failures)))

    def _recheck_error(self, problem: str) -> None:
        """An error is about the block it was shown for: after an edit, a refusal is recomputed
        and a failed run is marked as the older block's."""
        old = self._error_block
        if old is None or old.same_content(self.document.block):
            return
        if self._refusal:
            if problem:
                self._failure = RunFailure(self._cannot_run(problem))
                self._render_error()
                self._error_block = self.document.block.copy()
            else:
                self._clear_error()
                self._set_status(lambda: self.tr("The block is valid now: press Run."))
        elif not self._error_stale:
            self._error_stale = True
            self._render_error()

    def _on_cancelled(self) -> None:
        self.progressBar.setValue(0)  # nothing of the cancelled run is shown: no progress either
        self._set_status(lambda: self.tr("Cancelled."))

    def _on_failed(self, failure: RunFailure) -> None:
        self.progressBar.setValue(0)
        self._set_status(lambda: self.tr("Failed."))
        self._show_error(failure)

    def _show_error(self, failure: RunFailure, refusal: bool = False) -> None:
        self._failure, self._refusal, self._error_stale = failure, refusal, False
        self._render_error()
        self.errorLabel.show()
        self._error_block = self.document.block.copy()
        self.errorShown.emit(failure.text(), failure.line or 0)

    def _render_error(self) -> None:
        """The error's text in the current language (PyTorch's own words stay as they are)."""
        if self._failure is None:
            return
        if self._refusal:  # recomputed: the block's problem is core's text, in the current language
            problem = self.document.error_text
            if problem:
                self._failure = RunFailure(self._cannot_run(problem))
        text = self._failure.text()
        self.errorLabel.setText(tr_panel(STALE_PREFIX) + text if self._error_stale else text)

    def _clear_error(self) -> None:
        self._error_block = None
        self._failure, self._refusal, self._error_stale = None, False, False
        self.errorLabel.clear()
        self.errorLabel.hide()

    def _set_status(self, text: str | Callable[[], str]) -> None:
        """Show a status line; a callable makes it, again after a language switch."""
        self._status = text if callable(text) else (lambda: text)
        self.statusLabel.setText(self._status())
