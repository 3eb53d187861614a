"""A training run: the block plus its head, trained with SGD or Adam on an ImageSet.

Reproducible from its seed: the seed fixes the weights' initialisation (torch's RNG, forked so
the caller's is untouched), the order of the batches (a generator of its own) and any dropout.
`run()` returns when the epochs are done or `should_stop()` says so between steps; calling it
again resumes exactly where it stopped, so a stopped and resumed run equals an uninterrupted one.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from core import i18n
from core.model.block import Block
from core.run.devices import DeviceError, find_device, synchronize
from core.train.classifier import ClassifierCode, TrainError, build_classifier, classifier_source
from core.train.datasets import ImageSet

OPTIMIZERS = ("adam", "sgd")
SCHEDULES = ("cosine", "constant")
MAX_EPOCHS = 10_000
EVAL_BATCH = 500


@dataclass(frozen=True)
class TrainSettings:
    optimizer: str = "adam"
    lr: float = 0.02
    batch_size: int = 64
    epochs: int = 6
    seed: int = 0
    device: str = "cpu"
    threads: int | None = None  # None: torch's current setting
    momentum: float = 0.9  # SGD only
    # cosine: the learning rate falls from lr to 0 over the run, so the last epochs settle
    schedule: str = "cosine"

    def lr_at(self, step: int, total: int) -> float:
        """The learning rate for 0-based `step` of `total`."""
        if self.schedule == "constant":
            return self.lr
        return self.lr * 0.5 * (1 + math.cos(math.pi * step / total))

    def check(self) -> TrainSettings:
        if self.optimizer not in OPTIMIZERS:
            raise TrainError(
                i18n.translate("Training", "optimizer {name} is not one of {names}").format(
                    name=repr(self.optimizer), names=", ".join(OPTIMIZERS)
                )
            )
        if self.schedule not in SCHEDULES:
            raise TrainError(
                i18n.translate("Training", "schedule {name} is not one of {names}").format(
                    name=repr(self.schedule), names=", ".join(SCHEDULES)
                )
            )
        if not (math.isfinite(self.lr) and 0 < self.lr <= 10):
            raise TrainError(
                i18n.translate("Training", "learning rate must be above 0 and at most 10, got {value}").format(
                    value=self.lr
                )
            )
        if not 1 <= self.batch_size <= 4096:
            raise TrainError(
                i18n.translate("Training", "batch size must be from 1 to 4096, got {value}").format(
                    value=self.batch_size
                )
            )
        if not 1 <= self.epochs <= MAX_EPOCHS:
            raise TrainError(
                i18n.translate("Training", "epochs must be from 1 to {limit}, got {value}").format(
                    limit=MAX_EPOCHS, value=self.epochs
                )
            )
        if self.threads is not None and not 1 <= self.threads <= 1024:
            raise TrainError(
                i18n.translate("Training", "threads must be from 1 to 1024, got {value}").format(value=self.threads)
            )
        if not 0 <= self.seed < 2**63:
            raise TrainError(
                i18n.translate("Training", "seed must be a whole number from 0 to 2**63 - 1, got {value}").format(
                    value=self.seed
                )
            )
        return self


@dataclass(frozen=True)
class EpochMetrics:
    epoch: int  # 1-based
    train_loss: float  # mean over the epoch's batches, in train mode
    train_acc: float
    val_loss: float  # the whole validation set, in eval mode, after the epoch
    val_acc: float
    images_per_s: float  # training images per second of training steps
    elapsed_s: float  # since the run began, pauses excluded


@dataclass(frozen=True)
class StepReport:
    epoch: int  # 1-based, the epoch this step belongs to
    step: int  # 1-based over the whole run
    total_steps: int
    loss: float  # this batch's
    acc: float
    images_per_s: float
    elapsed_s: float
    eta_s: float
    epoch_done: EpochMetrics | None = None  # set on an epoch's last step


Report = Callable[[StepReport], None]
StopCheck = Callable[[], bool]


@dataclass
class _Position:
    epoch: int = 0  # epochs completed
    batch: int = 0  # batches done in the current epoch
    order: Any = None  # the current epoch's shuffled indices
    loss_sum: float = 0.0
    correct: int = 0
    seen: int = 0


@dataclass
class TrainHistory:
    step_loss: list[float] = field(default_factory=list)  # one per step, for the live curve
    step_acc: list[float] = field(default_factory=list)
    epochs: list[EpochMetrics] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "step_loss": self.step_loss,
            "step_acc": self.step_acc,
            "epochs": [asdict(e) for e in self.epochs],
        }


class TrainRun:
    """One run's model, optimizer, data order and position (raises TrainError up front)."""

    def __init__(self, block: Block, train: ImageSet, val: ImageSet, settings: TrainSettings) -> None:
        import torch

        self.settings = settings.check()
        if len(train) < settings.batch_size:
            raise TrainError(
                i18n.translate(
                    "Training",
                    "batch size {batch} is larger than the {count} training images; use a smaller batch or more images",
                ).format(batch=settings.batch_size, count=len(train))
            )
        if train.image_shape != val.image_shape:
            raise TrainError(
                i18n.translate("Training", "training images are {train}, validation images {val}").format(
                    train=train.image_shape, val=val.image_shape
                )
            )
        try:
            self.device = find_device(settings.device).id
        except DeviceError as exc:
            raise TrainError(str(exc)) from None
        self.train_set, self.val_set = train, val
        self.classes = train.classes
        self.code: ClassifierCode = classifier_source(block, train.image_shape, len(train.classes))
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(settings.seed)
            self.model = build_classifier(self.code)  # LoadError: the learner's block cannot be built
            self._rng_state = torch.get_rng_state()
        self.model.to(self.device)
        self.optimizer = make_optimizer(self.model, settings)
        self._shuffle = torch.Generator().manual_seed(settings.seed)
        self._at = _Position()
        self.history = TrainHistory()
        self.elapsed_s = 0.0
        self.train_time_s = 0.0
        self.images_trained = 0
        self.confusion: Any = None  # (classes, classes) int: rows the true class, columns the predicted
        self.val_predictions: Any = None  # the latest validation pass's predicted classes

    @property
    def steps_per_epoch(self) -> int:
        return len(self.train_set) // self.settings.batch_size  # an incomplete last batch is dropped

    @property
    def total_steps(self) -> int:
        return self.steps_per_epoch * self.settings.epochs

    @property
    def steps_done(self) -> int:
        return self._at.epoch * self.steps_per_epoch + self._at.batch

    @property
    def finished(self) -> bool:
        return self._at.epoch >= self.settings.epochs

    def optimized_parameters(self) -> int:
        """How many numbers the optimizer updates (what registration decides)."""
        return sum(p.numel() for group in self.optimizer.param_groups for p in group["params"])

    def run(self, report: Report | None = None, should_stop: StopCheck | None = None) -> bool:
        """Train until done (True) or stopped between steps (False); raises TrainError."""
        import torch

        stop = should_stop or (lambda: False)
        threads_before = torch.get_num_threads()
        try:
            torch.set_num_threads(self.settings.threads or threads_before)
            with torch.random.fork_rng(devices=[]):
                torch.set_rng_state(self._rng_state)
                try:
                    return self._loop(report, stop)
                finally:
                    self._rng_state = torch.get_rng_state()
        except TrainError:
            raise
        except Exception as exc:  # a layer that fails on a batch: say where, keep the app up
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise TrainError(
                i18n.translate("Training", "step {step} failed: {error}").format(
                    step=self.steps_done + 1, error=f"{type(exc).__name__}: {text}"
                )
            ) from None
        finally:
            torch.set_num_threads(threads_before)

    def _loop(self, report: Report | None, stop: StopCheck) -> bool:
        import torch
        import torch.nn.functional as F

        size = self.settings.batch_size
        self.model.train()
        while not self.finished:
            at = self._at  # a new position each epoch
            if at.order is None:
                at.order = torch.randperm(len(self.train_set), generator=self._shuffle)
            while at.batch < self.steps_per_epoch:
                if stop():
                    return False
                began = time.perf_counter()
                for group in self.optimizer.param_groups:
                    group["lr"] = self.settings.lr_at(self.steps_done, self.total_steps)
                index = at.order[at.batch * size : (at.batch + 1) * size]
                x = self.train_set.images[index].to(self.device)
                y = self.train_set.labels[index].to(self.device)
                logits = self.model(x)
                loss = F.cross_entropy(logits, y)
                self.optimizer.zero_grad(set_to_none=True)
                loss.backward()
                self.optimizer.step()
                loss_value = float(loss.item())  # item() waits for the device: the clock below is honest
                correct = int((logits.argmax(1) == y).sum().item())
                spent = time.perf_counter() - began
                self.train_time_s += spent
                self.elapsed_s += spent
                self.images_trained += len(index)
                at.batch += 1
                at.loss_sum += loss_value * len(index)
                at.correct += correct
                at.seen += len(index)
                self.history.step_loss.append(loss_value)
                self.history.step_acc.append(correct / len(index))
                done = None
                if at.batch == self.steps_per_epoch:
                    done = self._end_epoch()
                if report is not None:
                    report(self._report(loss_value, correct / len(index), done))
        return True

    def _end_epoch(self) -> EpochMetrics:
        began = time.perf_counter()
        val_loss, val_acc = self.evaluate()
        self.elapsed_s += time.perf_counter() - began
        at = self._at
        metrics = EpochMetrics(
            at.epoch + 1,
            at.loss_sum / at.seen,
            at.correct / at.seen,
            val_loss,
            val_acc,
            self.images_per_s,
            self.elapsed_s,
        )
        self.history.epochs.append(metrics)
        self._at = _Position(epoch=at.epoch + 1)
        self.model.train()
        return metrics

    @property
    def images_per_s(self) -> float:
        return self.images_trained / self.train_time_s if self.train_time_s > 0 else 0.0

    def _report(self, loss: float, acc: float, done: EpochMetrics | None) -> StepReport:
        step = self.steps_done if done is None else self._at.epoch * self.steps_per_epoch
        left = self.total_steps - step
        eta = self.elapsed_s / step * left if step else 0.0  # validation passes included in the rate
        epoch = done.epoch if done is not None else self._at.epoch + 1
        return StepReport(epoch, step, self.total_steps, loss, acc, self.images_per_s, self.elapsed_s, eta, done)

    def evaluate(self) -> tuple[float, float]:
        """Validation loss and accuracy in eval mode; also sets `confusion` and `val_predictions`."""
        import torch
        import torch.nn.functional as F

        self.model.eval()
        n = len(self.val_set)
        loss_sum, predictions = 0.0, []
        with torch.no_grad():
            for start in range(0, n, EVAL_BATCH):
                x = self.val_set.images[start : start + EVAL_BATCH].to(self.device)
                y = self.val_set.labels[start : start + EVAL_BATCH].to(self.device)
                logits = self.model(x)
                loss_sum += float(F.cross_entropy(logits, y, reduction="sum").item())
                predictions.append(logits.argmax(1).cpu())
        synchronize(self.device)
        predicted = torch.cat(predictions)
        self.val_predictions = predicted
        self.confusion = confusion_matrix(self.val_set.labels, predicted, len(self.classes))
        return loss_sum / n, float((predicted == self.val_set.labels).float().mean().item())


def make_optimizer(model: Any, settings: TrainSettings) -> Any:
    """The optimizer over `model.parameters()`: exactly what registration put there."""
    import torch

    parameters = list(model.parameters())
    if settings.optimizer == "sgd":
        return torch.optim.SGD(parameters, lr=settings.lr, momentum=settings.momentum)
    return torch.optim.Adam(parameters, lr=settings.lr)


def confusion_matrix(truth: Any, predicted: Any, classes: int) -> Any:
    """(classes, classes) counts: row = the true class, column = the predicted one."""
    import torch

    pairs = truth.to(torch.int64) * classes + predicted.to(torch.int64)
    return torch.bincount(pairs, minlength=classes * classes).reshape(classes, classes)
