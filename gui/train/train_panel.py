"""The Train tab: pick a dataset and settings, press Start, watch the block learn.

Training runs in a TrainSession's worker thread; this panel only draws what it reports. When a
run ends (or is stopped) and the project has a file, the run is kept beside it as
NAME.train.json + NAME.train.pt (core/train/sidecar.py), so reopening the project shows it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.run.devices import available_devices
from core.train.datasets import DATASET_LABELS, DATASETS, DatasetSpec, dataset_label
from core.train.shapes import SHAPE_CLASSES, make_shapes
from core.train.sidecar import SidecarError, load_run, save_run
from core.train.trainer import OPTIMIZERS, TrainRun, TrainSettings
from gui.language import retranslate_on_language_change
from gui.train.train_exports import TrainExports
from gui.train.train_views import ConfusionTable, ImageGrid, TrainingCurves, filter_images
from gui.train.train_worker import Progress, TrainSession

PREVIEW_COUNT = 32
# how a run ended, as the status line says it (translated where shown)
ENDINGS = {
    "finished": lambda: QCoreApplication.translate("TrainPanel", "finished after {done} of {total} steps"),
    "stopped": lambda: QCoreApplication.translate("TrainPanel", "stopped after {done} of {total} steps"),
}
MISCLASSIFIED_SHOWN = 48


def duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}:{secs:02d}"


class TrainPanel(QWidget):
    runEnded = Signal(str)  # "finished", "stopped" or "failed", once this panel has shown it
    activationsReady = Signal(object)  # ProfileResult of a validation image with the trained weights

    def __init__(self, document, parent: QWidget | None = None) -> None:  # noqa: ANN001 - BlockDocument
        super().__init__(parent)
        self.document = document
        self.session = TrainSession(self)
        self.run: TrainRun | None = None  # the finished or stopped run, for resume and the matrix
        self.spec = DatasetSpec()
        self._kept_for: Path | None = None
        # texts computed from what happened, recomputed in the current language on a switch
        self._status: Callable[[], str] = str
        self._stats: Callable[[], str] = str
        self._counts: Callable[[], str] = str
        self._cell: Callable[[], str] = lambda: self.tr(
            "Confusion matrix (after a run): click a cell to see its images"
        )
        self._build()
        w = self.session.worker
        w.status.connect(self._on_status)
        w.dataReady.connect(self._on_data)
        w.progress.connect(self._on_progress)
        # bound methods of this widget, never lambdas: a lambda would run on the worker's thread
        w.finished.connect(self._on_finished)
        w.stopped.connect(self._on_stopped)
        w.failed.connect(self._on_failed)
        w.activations.connect(self._on_activations)
        w.downloadProgress.connect(self._on_download)
        self.last_activations = None  # the newest ProfileResult the worker sent
        self.confusion.cellChosen.connect(self.show_cell)
        self.document.changed.connect(self._on_document_changed)
        self._show_shapes_preview()
        self._on_document_changed()
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return self.tr("Train")

    def retranslate_ui(self) -> None:
        """Every text of the panel in the current language, those computed from a run included."""
        for index in range(self.datasetCombo.count()):
            self.datasetCombo.setItemText(index, dataset_label(self.datasetCombo.itemData(index)))
        self.folderEdit.setPlaceholderText(self.tr("folder with one subfolder per class"))
        self.browseButton.setText(self.tr("Browse..."))
        labels = {
            "dataset": self.tr("Dataset"),
            "folder": self.tr("Folder"),
            "train": self.tr("Training images"),
            "val": self.tr("Validation images"),
            "optimizer": self.tr("Optimizer"),
            "lr": self.tr("Learning rate"),
            "batch": self.tr("Batch size"),
            "epochs": self.tr("Epochs"),
            "seed": self.tr("Seed"),
            "device": self.tr("Device"),
            "threads": self.tr("CPU threads"),
        }
        for key, label in self.formLabels.items():
            label.setText(labels[key])
        self.startButton.setText(self.tr("Start"))
        self.stopButton.setText(self.tr("Stop"))
        self.resumeButton.setText(self.tr("Resume"))
        self.previewLabel.setText(self.tr("Dataset preview"))
        self.filtersLabel.setText(self.tr("First conv layer's filters (each scaled to its own range)"))
        for label, text in (
            (self.statusLabel, self._status),
            (self.statsLabel, self._stats),
            (self.countsLabel, self._counts),
            (self.cellLabel, self._cell),
        ):
            label.setText(text())

    # ---- building -----------------------------------------------------------------------

    def _build(self) -> None:
        d, s = DatasetSpec(), TrainSettings()
        self.datasetCombo = QComboBox(objectName="datasetCombo")
        for kind in DATASETS:
            self.datasetCombo.addItem(DATASET_LABELS[kind], kind)
        self.folderEdit = QLineEdit(objectName="folderEdit", placeholderText="folder with one subfolder per class")
        self.browseButton = QPushButton("Browse...", clicked=self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folderEdit)
        folder_row.addWidget(self.browseButton)
        self.trainSizeSpin = _spin("trainSizeSpin", 8, 200_000, d.train_size)
        self.valSizeSpin = _spin("valSizeSpin", 1, 200_000, d.val_size)
        self.optimizerCombo = QComboBox(objectName="optimizerCombo")
        self.optimizerCombo.addItems([o.upper() if o == "sgd" else o.capitalize() for o in OPTIMIZERS])
        self.lrSpin = QDoubleSpinBox(objectName="lrSpin", decimals=5, minimum=0.00001, maximum=10, singleStep=0.001)
        self.lrSpin.setValue(s.lr)
        self.batchSpin = _spin("batchSpin", 1, 4096, s.batch_size)
        self.epochsSpin = _spin("epochsSpin", 1, 10_000, s.epochs)
        self.seedSpin = _spin("seedSpin", 0, 2**31 - 1, s.seed)
        self.deviceCombo = QComboBox(objectName="trainDeviceCombo")
        for device in available_devices():
            self.deviceCombo.addItem(device.label, device.id)
        self.threadsSpin = _spin("trainThreadsSpin", 1, max(1, os.cpu_count() or 1), min(2, os.cpu_count() or 1))
        form = QFormLayout()
        self.formLabels: dict[str, QLabel] = {}
        rows = (
            ("dataset", self.datasetCombo),
            ("folder", folder_row),
            ("train", self.trainSizeSpin),
            ("val", self.valSizeSpin),
            ("optimizer", self.optimizerCombo),
            ("lr", self.lrSpin),
            ("batch", self.batchSpin),
            ("epochs", self.epochsSpin),
            ("seed", self.seedSpin),
            ("device", self.deviceCombo),
            ("threads", self.threadsSpin),
        )
        for key, field in rows:  # the labels' texts are set (and translated) in retranslate_ui
            self.formLabels[key] = QLabel()
            form.addRow(self.formLabels[key], field)
        self.startButton = QPushButton("Start", objectName="startButton", clicked=self.start)
        self.stopButton = QPushButton("Stop", objectName="stopButton", clicked=self.stop, enabled=False)
        self.resumeButton = QPushButton("Resume", objectName="resumeButton", clicked=self.resume, enabled=False)
        buttons = QHBoxLayout()
        for button in (self.startButton, self.stopButton, self.resumeButton):
            buttons.addWidget(button)
        self.statusLabel = QLabel("", objectName="trainStatus", wordWrap=True)
        self.downloadBar = QProgressBar(objectName="downloadBar", visible=False)  # while torchvision downloads
        self.statsLabel = QLabel("", objectName="trainStats", wordWrap=True)
        self.countsLabel = QLabel("", objectName="classCounts", wordWrap=True)
        self.preview = ImageGrid(8)
        self.preview.setMinimumHeight(120)
        settings_column = QVBoxLayout()
        settings_column.addLayout(form)
        settings_column.addLayout(buttons)
        settings_column.addWidget(self.statusLabel)
        settings_column.addWidget(self.downloadBar)
        settings_column.addWidget(self.statsLabel)
        self.exports = TrainExports(self)
        settings_column.addWidget(self.exports)
        self.previewLabel = QLabel()
        settings_column.addWidget(self.previewLabel)
        settings_column.addWidget(self.preview, 1)
        settings_column.addWidget(self.countsLabel)
        left = QWidget()
        left.setLayout(settings_column)

        self.curves = TrainingCurves()
        self.filters = ImageGrid(8)
        self.filtersLabel = QLabel(wordWrap=True)
        self.confusion = ConfusionTable()
        self.cellLabel = QLabel("", wordWrap=True)
        self.misclassified = ImageGrid(8)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.filtersLabel)
        right_column.addWidget(self.filters, 1)
        right_column.addWidget(self.confusion, 1)
        right_column.addWidget(self.cellLabel)
        right_column.addWidget(self.misclassified, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, self.curves, right):
            splitter.addWidget(part)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.datasetCombo.currentIndexChanged.connect(self._on_dataset_changed)
        self._on_dataset_changed()

    # ---- reading the form ---------------------------------------------------------------

    def dataset_spec(self) -> DatasetSpec:
        return DatasetSpec(
            self.datasetCombo.currentData(),
            self.trainSizeSpin.value(),
            self.valSizeSpin.value(),
            self.seedSpin.value(),
            path=self.folderEdit.text().strip(),
        )

    def settings(self) -> TrainSettings:
        return TrainSettings(
            OPTIMIZERS[self.optimizerCombo.currentIndex()],
            self.lrSpin.value(),
            self.batchSpin.value(),
            self.epochsSpin.value(),
            self.seedSpin.value(),
            self.deviceCombo.currentData(),
            self.threadsSpin.value(),
        )

    def _on_status(self, text: str) -> None:
        self._status = lambda: text  # the worker's words, already in the language of the moment
        self.statusLabel.setText(text)

    def _show(self, label: QLabel, attribute: str, text: Callable[[], str]) -> None:
        """Show `text()` in `label` now and again (in the new language) after a switch."""
        setattr(self, attribute, text)
        label.setText(text())

    def _on_dataset_changed(self) -> None:
        self.folderEdit.setEnabled(self.datasetCombo.currentData() != "shapes")
        if self.datasetCombo.currentData() == "shapes":
            self._show_shapes_preview()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dataset folder (one subfolder per class)"))
        if folder:
            self.folderEdit.setText(folder)

    # ---- actions ------------------------------------------------------------------------

    def start(self) -> None:
        self.spec = self.dataset_spec()
        self.run = None
        self.curves.clear()
        self.confusion.show_matrix(None, ())
        self.misclassified.set_images(np.zeros((0, 3, 1, 1)))
        self._show(self.statsLabel, "_stats", str)
        self._set_running(True)
        self.session.start(self.document.block, self.spec, self.settings())

    def stop(self) -> None:
        self.session.stop()
        self._show(self.statusLabel, "_status", lambda: self.tr("stopping after this step..."))

    def resume(self) -> None:
        if self.run is None or self.run.finished:
            return
        self._set_running(True)
        self.session.resume()

    def _set_running(self, running: bool) -> None:
        self.exports.update_enabled(running)
        self.startButton.setEnabled(not running)
        self.stopButton.setEnabled(running)
        self.resumeButton.setEnabled(not running and self.run is not None and not self.run.finished)

    def showEvent(self, event: QShowEvent) -> None:  # the learner is looking: warm up the worker now
        self.session.ensure_started()
        super().showEvent(event)

    def shutdown(self) -> None:
        self.session.shutdown()

    # ---- what the worker reports --------------------------------------------------------

    def _on_download(self, done: int, total: int) -> None:
        self.downloadBar.setVisible(True)
        self.downloadBar.setRange(0, total if total > 0 else 0)  # 0..0: busy, the size is not known
        self.downloadBar.setValue(min(done, total) if total > 0 else 0)
        megabytes = f"{done / 1e6:.1f} / {total / 1e6:.1f} MB" if total > 0 else f"{done / 1e6:.1f} MB"
        self.downloadBar.setFormat(megabytes)

    def _on_data(self, train, val) -> None:  # noqa: ANN001 - ImageSets
        self.downloadBar.hide()
        self.preview.set_images(train.images[:PREVIEW_COUNT].numpy())
        counts = ", ".join(f"{name} {n}" for name, n in zip(train.classes, train.counts()))
        total, validation = len(train), len(val)
        self._show(
            self.countsLabel,
            "_counts",
            lambda: self.tr("{total} training images: {counts}; {validation} for validation").format(
                total=total, counts=counts, validation=validation
            ),
        )

    def _on_progress(self, progress: Progress) -> None:
        last = progress.last
        if last is not None:
            per_epoch = max(1, last.total_steps // max(1, self.epochsSpin.value()))
            if self.session.worker.run is not None:
                per_epoch = self.session.worker.run.steps_per_epoch
            self.curves.extend(progress.losses, progress.accuracies, progress.epochs, per_epoch)
            epoch = self.curves.epochs[-1] if self.curves.epochs else None

            def stats() -> str:
                val = ""
                if epoch:
                    val = self.tr(", validation accuracy {accuracy} after epoch {epoch}").format(
                        accuracy=f"{epoch.val_acc:.1%}", epoch=epoch.epoch
                    )
                first = self.tr("step {step} of {total} (epoch {epoch}), loss {loss}").format(
                    step=last.step, total=last.total_steps, epoch=last.epoch, loss=f"{last.loss:.3f}"
                )
                second = self.tr("{speed} images/s, elapsed {elapsed}, ETA {eta}").format(
                    speed=f"{last.images_per_s:,.0f}", elapsed=duration(last.elapsed_s), eta=duration(last.eta_s)
                )
                return f"{first}{val}\n{second}"

            self._show(self.statsLabel, "_stats", stats)
        if progress.filters is not None:
            self.filters.set_images(filter_images(progress.filters))

    def _on_finished(self, run: TrainRun) -> None:
        self._on_ended(run, "finished")

    def _on_stopped(self, run: TrainRun) -> None:
        self._on_ended(run, "stopped")

    def _on_ended(self, run: TrainRun, how: str) -> None:
        self.run = run
        self._set_running(False)
        if run.confusion is not None:
            self.confusion.show_matrix(run.confusion.tolist(), run.classes)
        kept = self._keep(run)

        def status() -> str:
            text = ENDINGS[how]().format(done=run.steps_done, total=run.total_steps)
            if run.history.epochs:
                text += self.tr("; validation accuracy {accuracy}").format(
                    accuracy=f"{run.history.epochs[-1].val_acc:.1%}"
                )
            return text + kept()

        self._show(self.statusLabel, "_status", status)
        self.runEnded.emit(how)

    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self.downloadBar.hide()
        self._show(self.statusLabel, "_status", lambda: self.tr("error: {message}").format(message=message))
        self.runEnded.emit("failed")

    def _keep(self, run: TrainRun) -> Callable[[], str]:
        """Write the run beside the project; the text (in the language of the moment) says where, or why not."""
        path = self.document.path
        if path is None:
            return lambda: self.tr(" (save the project to keep this run with it)")
        try:
            meta, weights = save_run(path, run, self.spec)
        except OSError as exc:
            error = str(exc)  # `exc` is gone after the except clause
            return lambda: self.tr(" (could not keep the run beside the project: {error})").format(error=error)
        self._kept_for = Path(path)
        return lambda: self.tr("; kept as {meta} + {weights}").format(meta=meta.name, weights=weights.name)

    # ---- the confusion matrix -----------------------------------------------------------

    def show_cell(self, true_class: int, predicted: int) -> None:
        """The validation images of `true_class` the model took for `predicted`."""
        run = self.run
        if run is None or run.val_predictions is None:
            self._show(self.cellLabel, "_cell", lambda: self.tr("Run the training to see the images behind each cell"))
            return
        labels, guesses = run.val_set.labels, run.val_predictions
        chosen = ((labels == true_class) & (guesses == predicted)).nonzero().flatten()
        names = run.classes
        count = len(chosen)

        def cell() -> str:
            what = self.tr("correct") if true_class == predicted else self.tr("misclassified")
            text = self.tr("{count} {true} image(s) predicted as {predicted} ({what})").format(
                count=count, true=names[true_class], predicted=names[predicted], what=what
            )
            if count > MISCLASSIFIED_SHOWN:
                text += self.tr(", first {shown} shown").format(shown=MISCLASSIFIED_SHOWN)
            return text

        self._show(self.cellLabel, "_cell", cell)
        self.misclassified.set_images(run.val_set.images[chosen[:MISCLASSIFIED_SHOWN]].numpy())
        if count:  # and the first one's activations, in the Activations tab
            self.session.show_image(int(chosen[0]))

    def _on_activations(self, result: object) -> None:
        self.last_activations = result
        self.activationsReady.emit(result)

    # ---- the kept run -------------------------------------------------------------------

    def _on_document_changed(self) -> None:
        path = self.document.path
        if path is None or self._kept_for == Path(path):
            return
        self._kept_for = Path(path)
        try:
            saved = load_run(path, weights=False)
        except SidecarError as exc:
            message = str(exc)
            self._show(self.statusLabel, "_status", lambda: message)
            return
        if saved is None:
            return
        self.curves.show_history(saved.history.step_loss, saved.history.step_acc, saved.history.epochs)
        self.confusion.show_matrix(saved.confusion, saved.classes)
        last = saved.history.epochs[-1] if saved.history.epochs else None
        epochs = len(saved.history.epochs)

        def status() -> str:
            accuracy = (
                self.tr(", validation accuracy {accuracy}").format(accuracy=f"{last.val_acc:.1%}") if last else ""
            )
            return self.tr("last run, kept with the project: {epochs} epoch(s)").format(epochs=epochs) + accuracy

        self._show(self.statusLabel, "_status", status)

    def _show_shapes_preview(self) -> None:
        images, labels = make_shapes(PREVIEW_COUNT, self.seedSpin.value() if hasattr(self, "seedSpin") else 0)
        self.preview.set_images(images)
        counts = ", ".join(f"{c} {n}" for c, n in zip(SHAPE_CLASSES, np.bincount(labels, minlength=len(SHAPE_CLASSES))))
        self._show(self.countsLabel, "_counts", lambda: self.tr("preview: {counts}").format(counts=counts))


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox(objectName=name, minimum=low, maximum=high)
    spin.setValue(value)
    return spin
