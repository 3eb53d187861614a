"""Side-by-side measurements: `python -m benchmarks` (or `./run bench`) prints one table.

Each `bench_*.py` module here exposes `measure() -> list[Row]`. Figures are ratios against
the tool a user would otherwise use, measured in the same run. Never timed assertions in tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    what: str
    ours: str  # our figure, with its unit
    reference: str  # the other tool's figure, with the tool's name
    ratio: float | None  # how many times better we are (>1 is better), or ours/reference where noted
    target: str  # the target in words, e.g. ">= 100x" or "< 1 ms"
    met: bool | None  # None: an informational row, no target to meet


def as_the_app_collects_garbage(app) -> None:  # noqa: ANN001 - QApplication
    """The app's garbage-collection policy, for benchmarks that build panels without the app:
    collection on a GUI-thread timer, and start-up's objects frozen once torch is in (gui/app.py)."""
    from gui.app import collect_garbage_on_the_gui_thread, freeze_startup_objects

    collect_garbage_on_the_gui_thread(app)
    freeze_startup_objects()
