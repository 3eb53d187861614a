"""Training the seed's ConvBlock plus its classifier head on Shapes at 32x32, on 2 CPU threads,
with the default settings: time to over 90% validation accuracy (target: under 60 s), and our
loop's speed against the plain-PyTorch train.py it generates (same model, data and seed)."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Row, as_the_app_collects_garbage
from core.files.examples import seed_block
from core.train.datasets import DatasetSpec, load_dataset
from core.train.script import training_script
from core.train.trainer import TrainRun, TrainSettings

THREADS = 2
TARGET_ACCURACY = 0.90
TARGET_S = 60.0


def measure() -> list[Row]:
    spec = DatasetSpec()  # the defaults the Train tab and the CLI start with
    settings = TrainSettings(threads=THREADS)
    began = time.perf_counter()
    train, val = load_dataset(spec)
    data_s = time.perf_counter() - began
    run = TrainRun(seed_block(), train, val, settings)
    cpu_began = time.process_time()
    run.run()
    # on a machine shared with other jobs the wall clock measures the queue; CPU seconds per
    # thread estimate what an idle machine would take (an estimate: reported apart, never the target)
    idle_estimate_s = (time.process_time() - cpu_began) / THREADS
    reached = next((e for e in run.history.epochs if e.val_acc > TARGET_ACCURACY), None)
    last = run.history.epochs[-1]
    what = f"Shapes 32x32, seed block + head, {THREADS} threads ({len(train)} images, {settings.epochs} epochs)"
    rows = [
        Row(
            f"{what}: time to > 90% validation accuracy (drawing the data included)",
            f"{data_s + reached.elapsed_s:.1f} s (epoch {reached.epoch})" if reached else "never",
            "-",
            None,
            f"> 90% in < {TARGET_S:.0f} s",
            reached is not None and data_s + reached.elapsed_s < TARGET_S,
        ),
        Row(
            f"{what}: after the last epoch",
            f"{last.val_acc:.1%} in {data_s + last.elapsed_s:.1f} s, {last.images_per_s:,.0f} images/s",
            "-",
            None,
            "> 90%",
            last.val_acc > TARGET_ACCURACY,
        ),
        Row(
            f"{what}: CPU seconds / {THREADS} threads (load-independent estimate of the idle wall clock)",
            f"{idle_estimate_s:.1f} s",
            "-",
            None,
            "informational",
            True,
        ),
    ]
    # one epoch each, alternated, best of 2: the load of a shared machine changes by the minute
    one_epoch = TrainSettings(threads=THREADS, epochs=1)
    ours_runs, plain_runs = [], []
    for _ in range(2):
        plain_runs.append(plain_pytorch_epoch_s(run, spec, one_epoch))
        single = TrainRun(seed_block(), train, val, one_epoch)
        single.run()
        ours_runs.append(single.history.epochs[0].elapsed_s)
    ours = min(ours_runs)
    plain = min((p for p in plain_runs if p), default=None)
    rows.append(
        Row(
            "one training epoch (with validation) vs the generated plain-PyTorch train.py",
            f"{ours:.2f} s",
            f"train.py {plain:.2f} s" if plain else "train.py failed",
            plain / ours if plain else None,
            "informational (plain/ours; 1.0x = no overhead)",
            bool(plain),
        )
    )
    rows.append(train_tab_stall())
    return rows


def train_tab_stall() -> Row:
    """The longest gap between 5 ms timer ticks while the Train tab trains (2 epochs, 2000 images)."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_stall import longest_gap_during
    from gui.document.document import BlockDocument
    from gui.train.train_panel import TrainPanel

    app = QApplication.instance() or QApplication([])
    panel = TrainPanel(BlockDocument(seed_block()))
    panel.trainSizeSpin.setValue(2000)
    panel.valSizeSpin.setValue(500)
    panel.epochsSpin.setValue(2)
    panel.threadsSpin.setValue(THREADS)
    panel.resize(1400, 900)
    panel.show()
    app.processEvents()
    while not panel.session.worker.warm:  # the tab warms torch.optim up when it is built
        app.processEvents()
        time.sleep(0.01)
    as_the_app_collects_garbage(app)
    try:
        gap, seconds = longest_gap_during(panel.start, panel.runEnded)
    finally:
        panel.shutdown()
        panel.close()
        panel.deleteLater()
        app.processEvents()
    return Row(
        "longest event-loop stall while the Train tab trains (live curves, filters, matrix)",
        f"{gap * 1e3:.1f} ms",
        f"the same training on the GUI thread {seconds:.1f} s",
        seconds / gap,
        "< 50 ms",
        gap < 0.050,
    )


def plain_pytorch_epoch_s(run: TrainRun, spec: DatasetSpec, settings: TrainSettings) -> float | None:
    """The first epoch's time as the generated script prints it ("epoch 1: ..., 1.2 s")."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "train.py"
        script.write_text(training_script(run.code, settings, spec))
        done = subprocess.run(
            [sys.executable, str(script), "--epochs", "1"], capture_output=True, text=True, cwd=folder, timeout=600
        )
    found = re.search(r"epoch 1: .*?, ([\d.]+) s", done.stdout)
    return float(found.group(1)) if found else None
