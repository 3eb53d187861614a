"""The Run, Activations and Timing tabs, added once torch has been imported off the GUI thread.

The window must be on screen before torch finishes importing (seconds on a small machine), so
the panels that need torch are built when a background import is done.
"""

from __future__ import annotations

from PySide6.QtCore import QThread

from gui.source.code_view import CodeView


class TorchImport(QThread):
    """Imports torch in the background; `finished` arrives on the GUI thread."""

    def run(self) -> None:
        import torch  # noqa: F401 - the import itself is the work


def add_run_tabs(window) -> None:  # noqa: ANN001 - MainWindow; annotated loosely to avoid an import cycle
    """Build the run panel and its views into the window's inspector tabs."""
    from gui.run.activation_view import ActivationView
    from gui.run.run_panel import RunPanel
    from gui.run.timing_view import TimingView

    panel = RunPanel(window.document)
    tabs = window.inspector_tabs
    run_index = 1  # after "Summary", before "Learn"
    tabs.insertTab(run_index, panel, "Run")
    activations = ActivationView(window.document, panel)
    tabs.insertTab(run_index + 1, activations, "Activations")
    timing = TimingView(window.document, panel)
    tabs.insertTab(run_index + 2, timing, "Timing")
    code_view: CodeView = window.code_view
    panel.errorShown.connect(lambda _text, line: code_view.mark_error_line(line or None))
    # "Compare devices" is pressed on the Timing tab: its failures must show there too
    panel.errorShown.connect(
        lambda text, _line: timing.messageLabel.setText(text) if tabs.currentWidget() is timing else None
    )

    def show_results(_result: object) -> None:
        code_view.mark_error_line(None)  # this run worked: an earlier failure's mark is stale
        # the Run button sits on its own tab: take the learner to what the run computed
        if tabs.currentWidget() is panel:
            tabs.setCurrentWidget(activations)

    panel.session.resultReady.connect(show_results)
    window.run_panel, window.activation_view, window.timing_view = panel, activations, timing
    from gui.train.train_panel import TrainPanel  # the Train tab needs torch too

    window.train_panel = TrainPanel(window.document)
    tabs.insertTab(run_index + 3, window.train_panel, "Train")
    from gui.train.registration_view import RegistrationView  # what a plain list hides from training

    window.registration_view = RegistrationView(window.document)
    tabs.insertTab(run_index + 4, window.registration_view, "Registration")
