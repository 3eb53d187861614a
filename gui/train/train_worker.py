"""Training on its own QThread: TrainWorker (lives there) and TrainSession (its handle on the GUI
thread). The worker loads the dataset, builds the run and trains; the GUI only draws.

Reports are batched: the worker sends what happened at most every REPORT_INTERVAL_S (and at
every epoch's end), so a fast model does not flood the event loop with one signal per step.
Stop is a flag the run polls between steps; Resume calls the same run again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from core.codegen.loader import LoadError
from core.model.block import Block
from core.train.activations import trained_activations
from core.train.classifier import TrainError, first_conv_weights
from core.train.datasets import DatasetError, DatasetSpec, load_dataset
from core.train.exports import ExportError
from core.train.trainer import StepReport, TrainRun, TrainSettings

REPORT_INTERVAL_S = 0.1
FILTER_INTERVAL_S = 0.5
ACTIVATIONS_INTERVAL_S = 2.0  # a copy of the block and a forward pass: a few % of the training time


@dataclass
class Progress:
    """What happened since the last report: the steps' losses and accuracies, the newest step."""

    losses: list[float] = field(default_factory=list)
    accuracies: list[float] = field(default_factory=list)
    last: StepReport | None = None
    epochs: list = field(default_factory=list)  # EpochMetrics finished in this batch
    filters: object = None  # the first conv layer's weights, now and then


class TrainWorker(QObject):
    status = Signal(str)
    dataReady = Signal(object, object)  # training ImageSet, validation ImageSet
    progress = Signal(object)  # Progress
    finished = Signal(object)  # the TrainRun, done
    stopped = Signal(object)  # the TrainRun, resumable
    failed = Signal(str)
    warmedUp = Signal()
    activations = Signal(object)  # ProfileResult: a validation image through the block as trained so far
    downloadProgress = Signal(int, int)  # bytes done, bytes in all (0: not known) of a torchvision download
    exported = Signal(object, object)  # what an export job returned (None on failure), why it failed (None)

    def __init__(self) -> None:
        super().__init__()
        self.stop_requested = False  # set from the GUI thread; a bool is read whole under the GIL
        self.run: TrainRun | None = None
        self.warm = False
        self._pending = Progress()
        self._sent_at = 0.0
        self._filters_at = 0.0
        self._activations_at = 0.0
        self.shown_image = 0  # the validation image the Activations tab follows

    @Slot(object, object, object)
    def start(self, block: Block, spec: DatasetSpec, settings: TrainSettings) -> None:
        self.run = None
        try:
            self.status.emit(
                QCoreApplication.translate("TrainWorker", "loading {dataset}").format(dataset=spec.describe())
            )
            train, val = load_dataset(spec, self.status.emit, self.downloadProgress.emit)
            self.dataReady.emit(train, val)
            self.status.emit(QCoreApplication.translate("TrainWorker", "building the model"))
            self.run = TrainRun(block, train, val, settings)
        except (DatasetError, TrainError) as exc:
            self.failed.emit(str(exc))
            return
        except LoadError as exc:
            self.failed.emit(
                QCoreApplication.translate(
                    "TrainWorker", "{error} - the block cannot be built, so it cannot be trained"
                ).format(error=exc)
            )
            return
        self._train()

    @Slot()
    def warm_up(self) -> None:
        """Build one optimizer and take one step: the first torch.optim use imports torch._dynamo
        (seconds, hundreds of modules), which would otherwise stall the GUI in the first run."""
        import torch

        layer = torch.nn.Linear(1, 1)
        optimizer = torch.optim.Adam(layer.parameters())
        layer(torch.ones(1, 1)).sum().backward()
        optimizer.step()
        self.warm = True
        self.warmedUp.emit()

    @Slot()
    def resume(self) -> None:
        if self.run is not None and not self.run.finished:
            self._train()

    def _train(self) -> None:
        run = self.run
        assert run is not None
        self.stop_requested = False
        self._pending = Progress(filters=first_conv_weights(run.model))
        self._sent_at = self._filters_at = self._activations_at = time.perf_counter()
        self.status.emit(QCoreApplication.translate("TrainWorker", "training"))
        try:
            done = run.run(self._on_step, lambda: self.stop_requested)
        except TrainError as exc:
            self._flush()
            self.failed.emit(str(exc))
            return
        self._pending.filters = first_conv_weights(run.model)
        self._flush()
        self.show_image(self.shown_image)
        (self.finished if done else self.stopped).emit(run)

    @Slot(object)
    def export(self, job: Callable[[], object]) -> None:
        """Run an export (TorchScript, ONNX, weights: seconds for torch.onnx) here, not on the GUI thread."""
        try:
            result = job()
        except (ExportError, OSError) as exc:
            self.exported.emit(None, str(exc))
        except Exception as exc:  # a bug of ours or torch's: said, never a crash
            self.exported.emit(None, f"{type(exc).__name__}: {exc}")
        else:
            self.exported.emit(result, None)

    @Slot(int)
    def show_image(self, index: int) -> None:
        """Send what the block makes of validation image `index` with the weights of now."""
        self.shown_image = index
        self._activations_at = time.perf_counter()
        if self.run is None or not 0 <= index < len(self.run.val_set):
            return
        try:
            self.activations.emit(trained_activations(self.run, index))
        except Exception as exc:  # a picture for the Activations tab must never stop the training
            self.status.emit(
                QCoreApplication.translate("TrainWorker", "activations not shown: {error}").format(error=exc)
            )

    def _on_step(self, report: StepReport) -> None:
        pending = self._pending
        pending.losses.append(report.loss)
        pending.accuracies.append(report.acc)
        pending.last = report
        if report.epoch_done is not None:
            pending.epochs.append(report.epoch_done)
        now = time.perf_counter()
        if now - self._filters_at >= FILTER_INTERVAL_S and self.run is not None:
            pending.filters = first_conv_weights(self.run.model)
            self._filters_at = now
        if now - self._activations_at >= ACTIVATIONS_INTERVAL_S:
            self.show_image(self.shown_image)
        if now - self._sent_at >= REPORT_INTERVAL_S or report.epoch_done is not None:
            self._flush()

    def _flush(self) -> None:
        if self._pending.last is not None or self._pending.filters is not None:
            self.progress.emit(self._pending)
        self._pending = Progress()
        self._sent_at = time.perf_counter()


class TrainSession(QObject):
    """The GUI thread's handle: start, stop, resume, shutdown (quit and wait)."""

    _start = Signal(object, object, object)
    _resume = Signal()
    _warm_up = Signal()
    _show_image = Signal(int)
    _export = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("block-studio-training")
        self.worker = TrainWorker()
        self.worker.moveToThread(self.thread)
        self._start.connect(self.worker.start)
        self._resume.connect(self.worker.resume)
        for signal in (self.worker.finished, self.worker.stopped, self.worker.failed):
            signal.connect(self._on_idle)
        self._warm_up.connect(self.worker.warm_up)
        self._show_image.connect(self.worker.show_image)
        self._export.connect(self.worker.export)
        self.busy = False

    def export(self, job: Callable[[], object]) -> None:
        """Run `job` on the worker's thread; the answer is the worker's `exported` signal."""
        self.ensure_started()
        self._export.emit(job)

    def show_image(self, index: int) -> None:
        """Ask for validation image `index` through the trained block (the answer is the worker's
        `activations` signal); computed on the worker's thread, so the window never waits."""
        self.worker.shown_image = index  # a run under way follows it from its next update on
        if self.thread.isRunning():
            self._show_image.emit(index)

    def ensure_started(self) -> None:
        """Start the thread on first need (the tab shown, a run): a window that never trains, or
        is dropped unclosed, then owns no running thread, whose destruction would abort."""
        if not self.thread.isRunning():
            self.thread.start()
            self._warm_up.emit()  # while the learner reads the tab, not during their first run

    def start(self, block: Block, spec: DatasetSpec, settings: TrainSettings) -> None:
        self.ensure_started()
        self.busy = True
        self._start.emit(block.copy(), spec, settings)

    def resume(self) -> None:
        self.ensure_started()
        self.busy = True
        self._resume.emit()

    def stop(self) -> None:
        self.worker.stop_requested = True

    def _on_idle(self, *_args: object) -> None:
        self.busy = False

    def shutdown(self) -> None:
        """Stop the run and the thread; a QThread destroyed while running aborts the process."""
        self.worker.stop_requested = True
        self.thread.quit()
        self.thread.wait()
