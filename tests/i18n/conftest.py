"""The GUI tests' isolation for the language tests too: their own settings and autosave folders,
no real modal dialog, and garbage collected on the GUI thread only (see tests/gui/conftest.py);
and `language`, which switches the window's language and always switches back to English."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from gui.language import switcher
from tests.gui.conftest import (  # noqa: F401 - pytest finds fixtures by name in a conftest
    collect_garbage_on_the_gui_thread,
    isolated_autosave,
    isolated_settings,
)


@pytest.fixture
def language(qapp) -> Iterator:  # noqa: ANN001
    """`language("ko")`: switch, and let every widget handle LanguageChange; English again at the end."""

    def apply(choice: str) -> None:
        assert switcher().apply(choice) == choice
        QApplication.processEvents()

    try:
        yield apply
    finally:
        switcher().apply("en")
        QApplication.processEvents()
