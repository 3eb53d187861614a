"""Live mode: from an edit (kernel_size of the seed's Conv2d, 64x64 input, CPU) to the edited
block's feature maps painted on screen, and the longest event-loop stall meanwhile. The
reference is what a learner does without live mode: press Run and wait for the timed profile
(the Run tab's default settings) to show the same maps. The stall's reference is the same
watch on an idle event loop, as long: on a shared machine, other jobs cause stalls too."""

from __future__ import annotations

import statistics
import time

from benchmarks import Row, as_the_app_collects_garbage

EDITS = 30
TICK_MS = 5


class PaintWatch:
    """Stamps the first paint of the mosaic's viewport after `arm()`."""

    def __init__(self, widget) -> None:  # noqa: ANN001
        from PySide6.QtCore import QEvent, QObject

        self.armed = False
        self.painted_at: float | None = None
        watch = self

        class Filter(QObject):
            def eventFilter(self, _obj, event) -> bool:  # noqa: ANN001, N802
                if event.type() == QEvent.Type.Paint and watch.armed and watch.painted_at is None:
                    watch.painted_at = time.perf_counter()
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)

    def arm(self) -> None:
        self.armed, self.painted_at = False, None

    def result_landed(self) -> None:
        self.armed = True  # paints before the new maps were set show the old ones


def measure() -> list[Row]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

    from core.files.examples import seed_block
    from gui.document.document import BlockDocument
    from gui.run.activation_view import ActivationView
    from gui.run.run_panel import RunPanel

    app = QApplication.instance() or QApplication([])
    document = BlockDocument(seed_block())  # (1, 3, 64, 64)
    document.set_current_layer(0)  # the conv's 16 maps are what the learner watches change
    host = QWidget()
    layout = QHBoxLayout(host)
    panel = RunPanel(document)
    view = ActivationView(document, panel.session)
    layout.addWidget(panel)
    layout.addWidget(view)
    host.resize(1366, 700)
    host.show()
    as_the_app_collects_garbage(app)
    watch = PaintWatch(view.mosaic.viewport())
    panel.session.resultReady.connect(lambda _r: watch.result_landed())
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def wait_for_paint(limit_s: float = 30.0) -> float:
        clock = QElapsedTimer()
        clock.start()
        while watch.painted_at is None and clock.elapsed() < limit_s * 1e3:
            app.processEvents()
            time.sleep(0.0005)
        if watch.painted_at is None:
            raise RuntimeError("the maps were never painted")
        return watch.painted_at

    try:
        watch.arm()
        panel.liveCheck.setChecked(True)  # the first live run warms torch and the views up
        wait_for_paint()
        latencies = []
        timer.start()
        ticks.append(time.perf_counter())
        for number in range(EDITS):
            watch.arm()
            began = time.perf_counter()
            document.set_param(0, "kernel_size", 5 if number % 2 == 0 else 3)
            latencies.append(wait_for_paint() - began)
            expected = 62 if number % 2 == 0 else 64
            if view.mosaic.maps is None or view.mosaic.maps.shape[1] != expected:
                raise RuntimeError("the painted maps are not the edited block's")
        ticks.append(time.perf_counter())
        stall = max(b - a for a, b in zip(ticks, ticks[1:]))
        # the same watch with nothing to do, as long: what the machine's other jobs cost alone
        idle_for = ticks[-1] - ticks[0]
        ticks.clear()
        ticks.append(time.perf_counter())
        while time.perf_counter() - ticks[0] < idle_for:
            app.processEvents()
            time.sleep(0.0005)
        ticks.append(time.perf_counter())
        timer.stop()
        idle_stall = max(b - a for a, b in zip(ticks, ticks[1:]))
        # the reference: Live off, press Run with the default settings, wait for the maps
        panel.liveCheck.setChecked(False)
        document.set_param(0, "kernel_size", 5)
        watch.arm()
        began = time.perf_counter()
        panel.run()
        full_run = wait_for_paint(120) - began
    finally:
        panel.shutdown()
        host.close()
        host.deleteLater()
        app.processEvents()
    median = statistics.median(latencies)
    p95 = sorted(latencies)[int(0.95 * (len(latencies) - 1))]
    return [
        Row(
            f"live mode: edit -> new feature maps painted, median of {EDITS} (seed block, 64x64, CPU)",
            f"{median * 1e3:.1f} ms (p95 {p95 * 1e3:.1f} ms)",
            f"Run with default settings {full_run * 1e3:.0f} ms",
            full_run / median,
            "< 100 ms",
            median < 0.100,
        ),
        Row(
            f"live mode: longest event-loop stall over {EDITS} edits",
            f"{stall * 1e3:.1f} ms",
            f"idle event loop, as long: {idle_stall * 1e3:.1f} ms",
            idle_stall / stall,
            "< 50 ms",
            stall < 0.050,
        ),
    ]
