"""All device work on one long-lived thread: RunWorker (lives there) and RunSession (its handle
on the GUI thread).

One worker does every run in order: MPS crashes when two threads use it, and runs on one
device would disturb each other's timings anyway. Requests carry an id; the session keeps only
the newest one's outcome, so a result that arrives after the user changed their mind is
dropped. Cancelling is a number the worker polls between layers and between timed runs.
"""

from __future__ import annotations

import atexit
import itertools
import weakref
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from core.codegen.loader import LoadError
from core.model.block import Block
from core.run.inputs import InputSpec
from core.run.profiling import ProfileCancelled, ProfileError, Profiler, ProfileResult, ProfileSettings

_ids = itertools.count(1)
_live_sessions: weakref.WeakSet[RunSession] = weakref.WeakSet()
PROGRESS_STEPS = 1000  # progress is reported in thousandths of the whole request


@dataclass(frozen=True)
class RunRequest:
    id: int
    block: Block  # a snapshot taken on the GUI thread: the worker never reads the live block
    settings: tuple[ProfileSettings, ...]  # one per device; several for "Compare devices"
    input: InputSpec
    compare: bool = False


@dataclass(frozen=True)
class RunFailure:
    """A failed run in words, with the generated line when the failure is in generated code."""

    message: str
    device: str = ""
    line: int | None = None
    source_line: str = ""

    @classmethod
    def from_exception(cls, exc: Exception, device: str) -> RunFailure:
        if isinstance(exc, LoadError):
            return cls(f"{exc.type_name}: {exc.message}", device, exc.line, exc.source_line.strip())
        if isinstance(exc, ProfileError):
            return cls(str(exc), device)
        # a bug of ours must not take the app down: report it like any other failure
        # (the exception's own text stays verbatim: it is PyTorch's or Python's)
        text = QCoreApplication.translate("RunFailure", "unexpected {name}: {error}")
        return cls(text.format(name=type(exc).__name__, error=exc), device)

    def text(self) -> str:
        """The message, with the generated line it points at (in the window's current language)."""
        if not self.line:
            return self.message
        where = QCoreApplication.translate("RunFailure", "Generated line {line}: {source}")
        return self.message + "\n" + where.format(line=self.line, source=self.source_line)


@dataclass
class RunOutcome:
    request: RunRequest
    results: list[ProfileResult] = field(default_factory=list)
    failures: list[RunFailure] = field(default_factory=list)  # compare: devices that failed


class RunWorker(QObject):
    """Runs requests one after another on its own thread; never touches a widget."""

    progress = Signal(int, int, str)  # request id, thousandths done, what is happening
    finished = Signal(int, object)  # request id, RunOutcome
    failed = Signal(int, object)  # request id, RunFailure
    cancelled = Signal(int)  # request id

    def __init__(self) -> None:
        super().__init__()
        # requests with an id up to this one are cancelled; an int is written and read whole
        # under the GIL, so the GUI thread may set it while a run polls it
        self.cancel_through = 0

    @Slot(object)
    def process(self, request: RunRequest) -> None:
        def stopped() -> bool:
            return request.id <= self.cancel_through

        if stopped():  # made obsolete while it waited in the queue (live mode): not even started
            self.cancelled.emit(request.id)
            return
        outcome = RunOutcome(request)
        count = len(request.settings)
        for position, settings in enumerate(request.settings):

            def progress(done: int, total: int, text: str, position: int = position, device: str = settings.device):
                fraction = (position + done / max(total, 1)) / count
                label = f"{device}: {text}" if request.compare else text
                self.progress.emit(request.id, round(fraction * PROGRESS_STEPS), label)

            try:
                outcome.results.append(Profiler(settings, progress, stopped).run(request.block, request.input))
            except ProfileCancelled:
                self.cancelled.emit(request.id)
                return
            except Exception as exc:
                failure = RunFailure.from_exception(exc, settings.device)
                if not request.compare:
                    self.failed.emit(request.id, failure)
                    return
                outcome.failures.append(failure)
        if not outcome.results:
            self.failed.emit(request.id, outcome.failures[0])
            return
        self.finished.emit(request.id, outcome)


class RunSession(QObject):
    """Starts runs on the worker thread and reports the newest one's outcome on the GUI thread."""

    resultReady = Signal(object)  # ProfileResult of a run
    comparisonReady = Signal(object)  # RunOutcome of "Compare devices"
    failed = Signal(object)  # RunFailure
    cancelled = Signal()
    progressed = Signal(int, str)  # thousandths done, what is happening
    busyChanged = Signal(bool)

    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest_id = 0
        self.last_result: ProfileResult | None = None
        self.last_comparison: RunOutcome | None = None
        self.dropped = 0  # outcomes of requests a newer one made obsolete (cancelled, or finished too late)
        self._obsolete_through = 0  # requests up to this id are stale even before a newer one starts
        self._busy = False
        self._thread: QThread | None = QThread()
        self._thread.setObjectName("block-studio-run-worker")
        self._worker = RunWorker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._submit.connect(self._worker.process)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        # last resorts, as a running QThread destroyed at exit aborts the process: the app's
        # aboutToQuit, and (for scripts and tests that never run app.exec) interpreter exit
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        _live_sessions.add(self)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def stopped(self) -> bool:
        """True after shutdown: no more runs (the app is closing)."""
        return self._thread is None

    def run(self, block: Block, settings: ProfileSettings, source: InputSpec) -> int:
        """Profile a snapshot of `block`; a run still going is cancelled (its result is stale)."""
        return self._start(RunRequest(next(_ids), block.copy(), (settings,), source))

    def compare(self, block: Block, settings: list[ProfileSettings], source: InputSpec) -> int:
        """Profile the same block once per settings (one per device), in order."""
        return self._start(RunRequest(next(_ids), block.copy(), tuple(settings), source, compare=True))

    def cancel(self) -> None:
        if self._busy:
            self._worker.cancel_through = self.latest_id

    def make_obsolete(self) -> None:
        """The block changed: whatever is under way describes an older block, so its outcome is
        dropped even if it arrives before the next request starts."""
        if self._busy and self._thread is not None:
            self._obsolete_through = self._worker.cancel_through = self.latest_id

    def shutdown(self) -> None:
        """Cancel everything and wait for the thread to end (safe to call more than once)."""
        if self._thread is None:
            return
        self._worker.cancel_through = 1 << 62
        self._thread.quit()
        self._thread.wait()
        self._thread = None
        self._set_busy(False)

    def _start(self, request: RunRequest) -> int:
        if self._thread is None:
            raise RuntimeError("the run session has been shut down")  # a programming error, not shown
        self._worker.cancel_through = self.latest_id  # whatever runs now is stale
        self.latest_id = request.id
        self._set_busy(True)
        self._submit.emit(request)
        return request.id

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @Slot(int, int, str)
    def _on_progress(self, request_id: int, done: int, text: str) -> None:
        if request_id == self.latest_id:
            self.progressed.emit(done, text)

    @Slot(int, object)
    def _on_finished(self, request_id: int, outcome: RunOutcome) -> None:
        if self._drop_if_stale(request_id):
            return
        self._set_busy(False)
        if outcome.request.compare:
            self.last_comparison = outcome
            self.comparisonReady.emit(outcome)
        else:
            self.last_result = outcome.results[0]
            self.resultReady.emit(outcome.results[0])

    @Slot(int, object)
    def _on_failed(self, request_id: int, failure: RunFailure) -> None:
        if not self._drop_if_stale(request_id):
            self._set_busy(False)
            self.failed.emit(failure)

    @Slot(int)
    def _on_cancelled(self, request_id: int) -> None:
        if not self._drop_if_stale(request_id):
            self._set_busy(False)
            self.cancelled.emit()

    def _drop_if_stale(self, request_id: int) -> bool:
        """True (and counted) for the outcome of a request superseded by a newer one or by an edit."""
        if request_id == self.latest_id and request_id > self._obsolete_through:
            return False
        self.dropped += 1
        if request_id == self.latest_id:  # made obsolete by an edit and nothing newer started
            self._set_busy(False)
        return True


@atexit.register
def _shutdown_live_sessions() -> None:
    for session in list(_live_sessions):
        try:
            session.shutdown()
        except RuntimeError:  # its Qt side is already gone, and with it the thread
            pass
