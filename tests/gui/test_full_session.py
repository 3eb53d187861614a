"""A whole session in a real process: open, edit, run on CPU, cancel, run again, close.

It must exit with status 0 and print no Qt warning (PySide6/pyqtgraph exit crashes and
threads left running at exit show up exactly here).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SESSION = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
    from gui.app import create_window

    messages = []
    qInstallMessageHandler(lambda kind, context, text: messages.append((kind, text)))
    app, window = create_window([{example!r}])
    steps = []

    def step(name):
        steps.append(name)
        print(name, flush=True)

    def when_ready():
        if window.run_panel is None:
            QTimer.singleShot(20, when_ready)
            return
        step("opened")
        window.document.append_layer("ReLU")
        step("edited")
        panel = window.run_panel
        panel.session.cancelled.connect(lambda: (step("cancelled"), panel.run()))
        panel.session.resultReady.connect(lambda result: (step("ran"), finish()))
        panel.session.failed.connect(lambda failure: (step(f"failed: {{failure}}"), app.exit(3)))
        panel.run()
        QTimer.singleShot(0, panel.session.cancel)

    def finish():
        window.document.undo_stack.setClean()  # no Save/Discard prompt in a script
        window.close()

    QTimer.singleShot(0, when_ready)
    code = app.exec()
    bad = [text for kind, text in messages if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in text]
    print("qt messages:", bad, flush=True)
    sys.exit(code or (4 if bad else 0))
    """
)


def test_a_full_session_exits_cleanly(tmp_path: Path) -> None:
    example = str(ROOT / "resources" / "examples" / "vgg_double_conv.json")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        BLOCK_STUDIO_DATA=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", SESSION.format(root=str(ROOT), example=example)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    steps = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert steps == ["opened", "edited", "cancelled", "ran", "qt messages: []"]
    assert "QThread" not in result.stderr and "Traceback" not in result.stderr
