"""The GUI tests' isolation for the language tests too: their own settings and autosave folders,
no real modal dialog, and garbage collected on the GUI thread only (see tests/gui/conftest.py)."""

from tests.gui.conftest import (  # noqa: F401 - pytest finds fixtures by name in a conftest
    collect_garbage_on_the_gui_thread,
    isolated_autosave,
    isolated_settings,
)
