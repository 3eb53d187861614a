"""The Train tab: a real run in the worker thread, read back from the widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from core.files.examples import seed_block
from gui.document.document import BlockDocument
from gui.train.train_panel import TrainPanel

WAIT_MS = 120_000  # generous for a loaded machine; a pass never waits this long


def make_panel(qtbot, document: BlockDocument) -> TrainPanel:
    panel = TrainPanel(document)
    qtbot.addWidget(panel, before_close_func=lambda w: w.shutdown())
    panel.trainSizeSpin.setValue(64)
    panel.valSizeSpin.setValue(32)
    panel.batchSpin.setValue(32)
    panel.epochsSpin.setValue(2)
    panel.threadsSpin.setValue(1)
    return panel


@pytest.fixture
def panel(qtbot) -> Iterator[TrainPanel]:
    panel = make_panel(qtbot, BlockDocument(seed_block()))
    yield panel
    panel.shutdown()


def train(qtbot, panel: TrainPanel, how: str = "finished", button: str = "startButton") -> None:
    with qtbot.waitSignal(panel.runEnded, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(getattr(panel, button), Qt.MouseButton.LeftButton)
    assert blocker.args == [how], panel.statusLabel.text()


def test_a_run_draws_curves_filters_and_a_confusion_matrix(qtbot, panel) -> None:
    train(qtbot, panel)
    run = panel.run
    assert run is not None and run.finished
    steps, losses = panel.curves.train_loss.getData()
    assert len(steps) == run.total_steps == 4
    assert list(losses) == pytest.approx(run.history.step_loss)
    val_steps, val_acc = panel.curves.val_acc.getData()
    assert list(val_steps) == [2, 4] and list(val_acc) == pytest.approx([e.val_acc for e in run.history.epochs])
    assert panel.filters.count == 16  # the seed's Conv2d has 16 filters
    assert "images/s" in panel.statsLabel.text() and "ETA" in panel.statsLabel.text()
    assert panel.statusLabel.text().startswith("finished after 4 of 4 steps")
    assert "save the project to keep this run" in panel.statusLabel.text()
    table = panel.confusion
    assert (table.rowCount(), table.columnCount()) == (4, 4)
    cells = [[int(table.item(r, c).text()) for c in range(4)] for r in range(4)]
    assert sum(map(sum, cells)) == 32 and cells == run.confusion.tolist()
    assert panel.startButton.isEnabled() and not panel.stopButton.isEnabled()
    assert "32 training" not in panel.countsLabel.text() and "64 training images" in panel.countsLabel.text()


def test_clicking_a_cell_shows_its_images(qtbot, panel) -> None:
    train(qtbot, panel)
    matrix = panel.run.confusion.tolist()
    # the fullest off-diagonal cell: the images the model got wrong that way
    r, c = max(((r, c) for r in range(4) for c in range(4) if r != c), key=lambda rc: matrix[rc[0]][rc[1]])
    panel.confusion.cellClicked.emit(r, c)
    assert panel.misclassified.count == min(matrix[r][c], 48)
    assert f"{matrix[r][c]} {panel.run.classes[r]} image(s) predicted as {panel.run.classes[c]}" in (
        panel.cellLabel.text()
    )


def test_stop_then_resume_finishes_the_same_run(qtbot, panel) -> None:
    panel.epochsSpin.setValue(40)
    worker = panel.session.worker
    # stop at the first report (this runs on the worker's thread: it only sets the flag Stop sets)
    worker.progress.connect(lambda _p: setattr(worker, "stop_requested", True), Qt.ConnectionType.DirectConnection)
    train(qtbot, panel, "stopped")
    run = panel.run
    assert run is not None and not run.finished and run.steps_done < run.total_steps
    assert panel.resumeButton.isEnabled() and panel.statusLabel.text().startswith("stopped after")
    worker.progress.disconnect()
    worker.progress.connect(panel._on_progress)
    train(qtbot, panel, "finished", "resumeButton")
    assert panel.run is run and run.finished and len(run.history.step_loss) == run.total_steps
    assert not panel.resumeButton.isEnabled()


def test_the_last_run_is_kept_with_the_project_and_shown_on_reopening(qtbot, panel, tmp_path) -> None:
    project = tmp_path / "block.json"
    panel.document.save(project)
    train(qtbot, panel)
    assert "kept as block.train.json + block.train.pt" in panel.statusLabel.text()
    assert (tmp_path / "block.train.json").is_file() and (tmp_path / "block.train.pt").is_file()
    reopened = BlockDocument()
    other = make_panel(qtbot, reopened)
    try:
        reopened.open(project)
        _steps, losses = other.curves.train_loss.getData()
        assert list(losses) == pytest.approx(panel.run.history.step_loss)
        assert other.confusion.rowCount() == 4
        assert other.statusLabel.text().startswith("last run, kept with the project: 2 epoch(s)")
    finally:
        other.shutdown()


def test_a_bad_dataset_is_reported_and_start_works_again(qtbot, panel) -> None:
    panel.datasetCombo.setCurrentIndex(panel.datasetCombo.findData("folder"))
    panel.folderEdit.setText("/no/such/folder")
    train(qtbot, panel, "failed")
    assert panel.statusLabel.text().startswith("error: /no/such/folder: not a folder")
    assert panel.startButton.isEnabled() and not panel.stopButton.isEnabled()


def test_exports_of_the_trained_model(qtbot, panel, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    exports = panel.exports
    assert not exports.buttons["weights"].isEnabled()  # nothing trained yet
    train(qtbot, panel)
    answers = iter([tmp_path / "w", tmp_path / "model.ts.pt", tmp_path / "train.py", tmp_path / "model.onnx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(next(answers)), ""))

    def export(name: str) -> str:
        """Click an export; it runs on the worker's thread, the buttons wait for its answer."""
        qtbot.mouseClick(exports.buttons[name], Qt.MouseButton.LeftButton)
        assert exports.exporting and not exports.buttons[name].isEnabled()
        qtbot.waitUntil(lambda: not exports.exporting, timeout=WAIT_MS)
        assert exports.buttons[name].isEnabled()
        return exports.resultLabel.text()

    text = export("weights")
    assert (tmp_path / "w.pt").is_file()  # the suffix is added
    assert "loaded back" in text and "tensors loaded" in text and "missing" not in text
    assert export("torchscript").startswith(f"wrote {tmp_path / 'model.ts.pt'}; reloaded")
    export("script")
    assert "class Classifier(nn.Module):" in (tmp_path / "train.py").read_text()
    if exports.buttons["onnx"].isEnabled():  # the optional extra (the test extras install it)
        assert export("onnx").startswith(f"wrote {tmp_path / 'model.onnx'}; checked with onnx.checker")


def test_a_download_shows_in_a_progress_bar_that_goes_when_the_data_is_in(qtbot, panel, tmp_path) -> None:
    """MNIST through torchvision (a stand-in: torchvision does not import beside this torch)."""
    from PySide6.QtCore import QObject, Slot

    from tests.fakes.torchvision_datasets import DOWNLOAD_BYTES, fake_torchvision

    class BarWatcher(QObject):  # a GUI-thread slot, after the panel's own: the bar as the user saw it
        seen: list[tuple[bool, int, int, str]] = []

        @Slot(int, int)
        def look(self, _done: int, _total: int) -> None:
            bar = panel.downloadBar
            self.seen.append((not bar.isHidden(), bar.maximum(), bar.value(), bar.text()))

    watcher = BarWatcher()
    panel.session.worker.downloadProgress.connect(watcher.look)
    panel.datasetCombo.setCurrentIndex(panel.datasetCombo.findData("mnist"))
    panel.folderEdit.setText(str(tmp_path))
    panel.trainSizeSpin.setValue(40)
    panel.valSizeSpin.setValue(10)
    panel.batchSpin.setValue(8)
    panel.epochsSpin.setValue(1)
    with fake_torchvision():
        train(qtbot, panel)
    seen = watcher.seen
    assert seen and all(visible and maximum == DOWNLOAD_BYTES for visible, maximum, _, _ in seen)
    assert seen[-1][2] == DOWNLOAD_BYTES and seen[-1][3] == "9.9 / 9.9 MB"
    assert panel.downloadBar.isHidden()  # the data is in: the bar has gone
