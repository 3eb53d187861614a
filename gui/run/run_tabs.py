"""The Run, Activations and Timing tabs: shown from the start in a "Loading PyTorch..." state,
and filled once torch has been imported off the GUI thread.

The window must be on screen before torch finishes importing (seconds on a small machine), so
the panels that need torch are built when a background import is done; the tabs themselves are
there from the first paint, so nothing jumps when they are filled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from gui.language import retranslate_on_language_change
from gui.source.code_view import CodeView

STATUS_MS = 6000  # how long a confirmation stays in the status bar
# every tab that needs torch; English, marked: translate with `tab_text` where shown
RUN_TAB_TITLES = (
    QT_TRANSLATE_NOOP("InspectorTabs", "Run"),
    QT_TRANSLATE_NOOP("InspectorTabs", "Activations"),
    QT_TRANSLATE_NOOP("InspectorTabs", "Timing"),
    QT_TRANSLATE_NOOP("InspectorTabs", "Train"),
    QT_TRANSLATE_NOOP("InspectorTabs", "Registration"),
)
FIRST_RUN_TAB = 1  # after "Summary", before "Learn"
LOADING_TEXT = QT_TRANSLATE_NOOP(
    "RunTabs", "Loading PyTorch...\n\nThe {title} tab is ready as soon as torch has been imported."
)


def tab_text(title: str) -> str:
    """An inspector tab's title (one of RUN_TAB_TITLES) in the current language."""
    return QCoreApplication.translate("InspectorTabs", title)


def tab_title_of(widget: QWidget, fallback: str) -> str:
    """The widget's own translated `tab_title()`, or the marked English `fallback` translated."""
    title = getattr(widget, "tab_title", None)
    return title() if callable(title) else tab_text(fallback)


class LoadingTab(QLabel):
    """A run tab's placeholder until torch is imported: says so, under the tab's own title."""

    def __init__(self, title: str) -> None:
        super().__init__(objectName="loadingTab")
        self.title = title  # English, one of RUN_TAB_TITLES
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def tab_title(self) -> str:
        return tab_text(self.title)

    def retranslate_ui(self) -> None:
        self.setText(QCoreApplication.translate("RunTabs", LOADING_TEXT).format(title=self.tab_title()))


class TorchImport(QThread):
    """Imports torch in the background; `finished` arrives on the GUI thread."""

    def run(self) -> None:
        import torch  # noqa: F401 - the import itself is the work


class ScrollPage(QScrollArea):
    """An inspector page in a scroll area: a short or narrow inspector scrolls instead of
    clipping. The page fills the viewport and never gets less than its minimum size (not its
    preferred one: Qt's own resizing would give a page with wrapped labels its preferred height,
    and scroll where everything fits). Passes `shutdown` on, as the window stops its tabs'
    worker threads through it."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(objectName=f"{page.objectName()}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        room, least = self.maximumViewportSize(), page.minimumSizeHint().expandedTo(page.minimumSize())
        width = max(room.width(), least.width())
        height = max(room.height(), least.height())
        # a scrollbar in one direction takes room from the other
        if width > room.width():
            height = max(least.height(), room.height() - self.horizontalScrollBar().sizeHint().height())
        if height > room.height():
            width = max(least.width(), room.width() - self.verticalScrollBar().sizeHint().width())
        page.resize(width, height)

    def tab_title(self) -> str:
        """The page's own tab title (the inspector's tabs hold this scroll area, not the page)."""
        title = getattr(self.widget(), "tab_title", None)
        return title() if callable(title) else ""

    def shutdown(self) -> None:
        shutdown = getattr(self.widget(), "shutdown", None)
        if callable(shutdown):
            shutdown()


def scrollable(widget: QWidget) -> ScrollPage:
    return ScrollPage(widget)


def add_loading_tabs(window) -> None:  # noqa: ANN001 - MainWindow; annotated loosely to avoid an import cycle
    """Placeholders where the run tabs will be, so the learner sees them and the others stay put."""
    window.loading_tabs = []
    for offset, title in enumerate(RUN_TAB_TITLES):
        label = LoadingTab(title)
        window.inspector_tabs.insertTab(FIRST_RUN_TAB + offset, label, label.tab_title())
        window.loading_tabs.append(label)


def add_run_tabs(window) -> None:  # noqa: ANN001 - MainWindow; annotated loosely to avoid an import cycle
    """Build the run panel and its views into the window's inspector tabs, in the placeholders' place."""
    from gui.run.activation_view import ActivationView
    from gui.run.run_panel import RunPanel
    from gui.run.timing_view import TimingView

    panel = RunPanel(window.document)
    tabs = window.inspector_tabs
    activations = ActivationView(window.document, panel.session)
    activations.trainModeRequested.connect(panel.run_in_train_mode)
    timing = TimingView(window.document, panel.session)
    timing.compareRequested.connect(panel.compare_devices)
    from gui.train.registration_view import RegistrationView  # what a plain list hides from training
    from gui.train.train_panel import TrainPanel

    window.train_panel = TrainPanel(window.document)
    # while it trains (and for a confusion-matrix cell): the maps of the weights learnt so far
    window.train_panel.activationsReady.connect(activations.set_result)
    window.registration_view = RegistrationView(window.document)
    current = tabs.currentWidget()
    pages = [
        # all scroll: the Train tab's curves and matrix need 860x630 and must not make the window
        # taller than a 1366x768 screen
        *(scrollable(widget) for widget in (panel, activations, timing, window.train_panel, window.registration_view)),
    ]
    for offset, (widget, english) in enumerate(zip(pages, RUN_TAB_TITLES)):
        title = tab_title_of(widget, english) or tab_text(english)
        placeholders = getattr(window, "loading_tabs", [])
        index = tabs.indexOf(placeholders[offset]) if offset < len(placeholders) else -1
        if index < 0:
            tabs.insertTab(FIRST_RUN_TAB + offset, widget, title)
            continue
        tabs.insertTab(index, widget, title)
        tabs.removeTab(index + 1)
        if current is placeholders[offset]:
            tabs.setCurrentWidget(widget)  # the learner was waiting on this tab: stay on it
        placeholders[offset].deleteLater()
    window.loading_tabs = []
    code_view: CodeView = window.code_view
    panel.errorShown.connect(lambda _text, line: code_view.mark_error_line(line or None))
    # "Compare devices" is pressed on the Timing tab: its failures must show there too
    panel.errorShown.connect(
        lambda text, _line: timing.messageLabel.setText(text) if tabs.currentWidget() is pages[2] else None
    )

    def show_results(result: object) -> None:
        code_view.mark_error_line(None)  # this run worked: an earlier failure's mark is stale
        # the Run button sits on its own tab: take the learner to what the run computed
        if tabs.currentWidget() is pages[0]:
            tabs.setCurrentWidget(pages[1])

    panel.session.resultReady.connect(show_results)
    timing.messageShown.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    # the comparison says which devices exist and why CUDA or MPS is missing, where it was asked for
    panel.session.comparisonReady.connect(lambda _outcome: timing.messageLabel.setText(panel.device_note()))
    # Run from anywhere by keyboard, as F5 (Ctrl+R is Wrap in Residual): no need to reach the Run tab's button
    window.run_action = QAction(window, shortcut=QKeySequence("F5"))
    window.run_action.triggered.connect(panel.run)
    window.addAction(window.run_action)

    def retranslate_action() -> None:
        window.run_action.setText(QCoreApplication.translate("RunTabs", "Run Block"))

    retranslate_action()
    retranslate_on_language_change(panel, retranslate_action)
    window.run_panel, window.activation_view, window.timing_view = panel, activations, timing
