"""run_app: start the Qt application and show the main window.

Nothing on this path imports torch: core's analysis and code generation work from shape
rules, so the window is on screen long before torch would have finished importing.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from gui.document.settings import APPLICATION, ORGANIZATION


def create_window(argv: list[str]) -> tuple[QApplication, object]:
    """The QApplication (created if needed) and a shown MainWindow for `argv` ([FILE.json])."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "block-studio", *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    from gui.main_window import MainWindow  # after QApplication: widgets need it

    path = next((a for a in argv if not a.startswith("-")), None)
    window = MainWindow(path)
    window.show()
    return app, window  # type: ignore[return-value]


def run_app(argv: list[str]) -> int:
    """`python main.py [FILE.json]`: open the builder window; returns the exit code."""
    if any(a in ("-h", "--help") for a in argv):
        print(
            "usage: python main.py [FILE.json]\n"
            "       python main.py {export,summary,profile,import} ...  (see --help of each)"
        )
        return 0
    extra = [a for a in argv if not a.startswith("-")]
    if len(extra) > 1:
        print(f"error: expected at most one project file, got {len(extra)}: {' '.join(extra)}", file=sys.stderr)
        return 2
    app, window = create_window(argv)
    code = app.exec()
    del window
    return code
