"""The Timing tab's details: every bar labelled on the axis (the whole block's too), an axis
title that fits, a table that fits at 1366x768, a PNG at a useful size, CSV with its suffix,
dialogs in the home folder, confirmations, and a word on which devices exist."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from core.files.examples import seed_block
from gui.document.document import BlockDocument
from gui.run.run_panel import RunPanel
from gui.run.timing_view import EXPORT_WIDTH, TimingView

WAIT_MS = 60_000


@pytest.fixture
def timing(qtbot) -> Iterator[tuple[RunPanel, TimingView]]:
    block = seed_block()
    block.input_shape = (1, 3, 16, 16)
    document = BlockDocument(block)
    panel = RunPanel(document)
    view = TimingView(document, panel.session)
    view.compareRequested.connect(panel.compare_devices)
    host = QWidget()
    panel.setParent(host)
    qtbot.addWidget(host, before_close_func=lambda w: panel.shutdown())
    qtbot.addWidget(view)
    view.resize(620, 330)  # the inspector's share of a 1366x768 window
    view.show()
    qtbot.waitExposed(view)
    panel.runsSpin.setValue(2)
    panel.measureSpin.setValue(1)
    with qtbot.waitSignal(panel.session.resultReady, timeout=WAIT_MS):
        panel.run()
    QApplication.processEvents()
    yield panel, view
    panel.shutdown()


def drawn_tick_texts(view: TimingView) -> list[str]:
    axis = view.plot.getAxis("bottom")
    image = QImage(view.plot.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)  # what a paint of the axis prints
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    return [text for _rect, _flags, text in specs[2]]


def test_every_bar_has_its_label_and_the_axis_title_fits(qtbot, timing) -> None:
    _, view = timing
    assert drawn_tick_texts(view) == ["1 conv", "2 bn", "3 relu", "4 pool", "whole block"]
    left = view.plot.getAxis("left")
    title = left.label.boundingRect().width()  # the rotated title's length, along the axis
    assert left.labelText == "median ms" and title <= left.height()


def test_the_table_fits_without_scrolling_at_1366x768(qtbot, timing) -> None:
    _, view = timing
    table = view.table
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeaderItem(1).text() == "cpu\nmedian ms"


def test_png_export_is_full_size_and_csv_gets_its_suffix(qtbot, timing, tmp_path, monkeypatch) -> None:
    _, view = timing
    assert view.export_png(tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() == EXPORT_WIDTH and image.height() > 600
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filter):  # noqa: ANN001, ANN202
        asked.append(suggested)
        return str(tmp_path / "my timings"), "CSV (*.csv)"  # typed without a suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    messages: list[str] = []
    view.messageShown.connect(messages.append)
    qtbot.mouseClick(view.exportCsvButton, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == Path.home()  # not the app's source folder
    saved = tmp_path / "my timings.csv"
    rows = list(csv.DictReader(io.StringIO(saved.read_text())))
    assert [row["type"] for row in rows][-1] == "whole block"
    assert messages == [f"Saved my timings.csv in {tmp_path}."]
    qtbot.mouseClick(view.exportCsvButton, Qt.MouseButton.LeftButton)
    assert Path(asked[1]).parent == tmp_path  # the folder used last


def test_compare_devices_says_which_devices_exist(qtbot, timing) -> None:
    panel, view = timing
    with qtbot.waitSignal(panel.session.comparisonReady, timeout=WAIT_MS):
        qtbot.mouseClick(view.compareButton, Qt.MouseButton.LeftButton)
    note = panel.device_note()
    assert note in panel.statusLabel.text()
    if len(panel.devices) == 1:
        assert note.startswith("Only one device here: cpu (")
        assert "No CUDA: " in note and "no MPS: it needs an Apple-silicon Mac" in note
