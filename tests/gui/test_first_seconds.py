"""The first seconds: the Run, Activations and Timing tabs are there from the first paint, in a
"Loading PyTorch..." state, and filling them moves nothing (the Learn tab stays put)."""

from __future__ import annotations

from gui.main_window import MainWindow

TITLES = ["Summary", "Run", "Activations", "Timing", "Train", "Registration", "Learn"]


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.inspector_tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_run_tabs_show_loading_then_fill_in_place(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    tabs = window.inspector_tabs
    # before the background import of torch has reported back
    assert window.run_panel is None and tab_titles(window) == TITLES
    assert "Loading PyTorch" in tabs.widget(1).text() and "Loading PyTorch" in tabs.widget(3).text()
    tabs.setCurrentIndex(TITLES.index("Learn"))
    learn = tabs.currentWidget()
    assert learn is window.learn_panel
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    assert (
        tab_titles(window) == TITLES and tabs.currentWidget() is learn and tabs.currentIndex() == TITLES.index("Learn")
    )
    pages = [tabs.widget(i).widget() for i in (1, 2, 3)]  # each in a scroll area: a small window scrolls
    assert pages == [window.run_panel, window.activation_view, window.timing_view]


def test_a_learner_waiting_on_the_run_tab_stays_there(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    window.inspector_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.run_panel is not None, timeout=60_000)
    assert window.inspector_tabs.currentWidget().widget() is window.run_panel
