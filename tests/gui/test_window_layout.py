"""Never clip without a scrollbar: at 1024x640, 1366x768 and 1920x1080, with the default and
with squeezed (saved) splitter positions, every button, combo box and spin box in Properties and
the Run, Activations and Timing tabs either shows whole or sits in a scroll area that scrolls to
it. And a new window fits the screen it opens on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

ROOT = Path(__file__).resolve().parents[2]
SIZES = [(1024, 640), (1366, 768), (1920, 1080)]
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox)


def clipped_controls(page: QWidget) -> list[str]:
    """Controls squeezed below their minimum size, or cut by a viewport that cannot scroll to them."""
    problems = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible() or control.window() is not page.window():
            continue
        hint = control.minimumSizeHint()
        name = control.objectName() or type(control).__name__
        if control.width() < hint.width() or control.height() < hint.height():
            problems.append(f"{name} squeezed to {control.width()}x{control.height()} < {hint.width()}x{hint.height()}")
            continue
        area = control.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not page.isAncestorOf(area) and area is not page:
            continue
        viewport = area.viewport()
        rect = QRect(control.mapTo(viewport, QPoint(0, 0)), control.size())
        inside = viewport.rect()
        if rect.right() > inside.right() and not area.horizontalScrollBar().isVisible():
            problems.append(f"{name} cut on the right with no horizontal scrollbar")
        if rect.bottom() > inside.bottom() and not area.verticalScrollBar().isVisible():
            problems.append(f"{name} cut at the bottom with no vertical scrollbar")
    return problems


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_nothing_clips_without_a_scrollbar(window, qtbot, width: int, height: int) -> None:
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    window.resize(width, height)
    assert window.size().width() <= width and window.size().height() <= height  # the window itself fits
    window.document.set_current_layer(0)  # Conv2d: the longest form
    tabs = window.inspector_tabs
    splits = {
        "default": None,
        "squeezed": ([120, 150, max(400, width - 270)], [60, max(200, height - 200)], [80, max(200, height - 200)]),
        "short inspector": ([120, max(300, width - 500), 360], [300, 300], [max(200, height - 260), 120]),
    }
    for name, sizes in splits.items():
        if sizes is not None:  # what a saved splitter position can do
            for splitter, split in zip(window.splitters, sizes):
                splitter.setSizes(split)
        for index in range(tabs.count()):
            if tabs.tabText(index) not in ("Run", "Activations", "Timing"):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems = clipped_controls(tabs.widget(index)) + clipped_controls(window.properties_panel)
            assert problems == [], f"{width}x{height}, {name} splitters, {tabs.tabText(index)}: {problems}"


def test_a_new_window_fits_a_large_screen(tmp_path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 1920, "height": 1080}]}))
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "area = w.screen().availableGeometry()\n"
        "print(w.width(), w.height(), area.width(), area.height(), w.frameGeometry().left() >= 0)\n"
        "w.document.undo_stack.setClean(); w.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", XDG_CONFIG_HOME=str(tmp_path))
    env["BLOCK_STUDIO_DATA"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    width, height, area_width, area_height, placed = result.stdout.split()[-5:]
    assert (int(area_width), int(area_height)) == (1920, 1080)
    assert int(width) > 1280 and int(height) > 720  # not the old fixed 1280x720
    assert int(width) <= 1920 and int(height) <= 1080 and placed == "True"
