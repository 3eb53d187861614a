"""run_app: start the Qt application and show the main window.

Nothing on this path imports torch: core's analysis and code generation work from shape
rules, so the window is on screen long before torch would have finished importing.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication

from core.cli.app_args import AppArguments, parse_app_argv
from core.cli.errors import run_reporting_errors
from gui.document.settings import APPLICATION, ORGANIZATION


def create_window(argv: list[str], language: str | None = None) -> tuple[QApplication, object]:
    """The QApplication (created if needed) and a shown MainWindow for `argv` ([FILE.json]), in
    `language` ("en", "ko"; None: the one Preferences chose)."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "block-studio", *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    from gui.language import saved_choice, switcher
    from gui.main_window import MainWindow  # after QApplication: widgets need it

    switcher().apply(language or saved_choice())  # before any widget: each starts in it
    collect_garbage_on_the_gui_thread(app)
    window = MainWindow(parse_app_argv(argv).file)
    window.show()
    return app, window  # type: ignore[return-value]


def collect_garbage_on_the_gui_thread(app: QApplication) -> None:
    """Python's cyclic GC may otherwise run in a worker thread (a run, training, an import) and
    destroy widgets there: Qt then deadlocks or aborts. pyqtgraph's collector turns automatic
    collection off and collects on a GUI-thread timer instead (also no pause inside an edit)."""
    from pyqtgraph.util.garbage_collector import GarbageCollector

    app._gui_thread_gc = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]


def freeze_startup_objects() -> None:
    """Move every object alive now out of the collector's way (gc.freeze): modules, classes,
    torch and the window's widgets are not garbage, and scanning them stalled the GUI."""
    gc.freeze()


def run_app(argv: list[str], language: str | None = None) -> int:
    """`python main.py [--lang ko] [FILE.json]`: open the builder window; returns the exit code."""
    parsed: list[AppArguments] = []
    code = run_reporting_errors(lambda: parsed.append(parse_app_argv(argv)) or 0)
    if code or not parsed:
        return code
    app, window = create_window(argv, language)
    # once torch and the run tabs are in, what start-up made lives as long as the app: frozen, the
    # GUI-thread collections skip it (a full collection of it takes ~200 ms, a stall each time)
    window.runTabsAdded.connect(freeze_startup_objects)
    code = app.exec()
    del window
    return code
