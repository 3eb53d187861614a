"""File > Import Python...: the seed's ConvBlock becomes the same block our example holds; nothing
runs; every dialog the user sees says what was imported, from where, and what was left out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core import generate_source
from core.files.examples import seed_block

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


class Dialogs:
    """Records what each dialog was shown, answering as the user would."""

    def __init__(self, monkeypatch, open_path: str = "", choose: str | None = None) -> None:  # noqa: ANN001
        self.seen: list[tuple[str, str]] = []  # (dialog, text the user reads)
        self.choose = choose

        def open_file(parent, title, folder, file_filter, *args):  # noqa: ANN001, ANN202
            self.seen.append(("open", f"{title} | {file_filter}"))
            return open_path, ""

        def get_item(parent, title, label, items, *args):  # noqa: ANN001, ANN202
            self.seen.append(("choose", f"{label} | {' / '.join(items)}"))
            if self.choose is None:
                return "", False  # the user cancels
            return next(item for item in items if item.startswith(self.choose + " ")), True

        def message(kind: str):  # noqa: ANN202
            return lambda parent, title, text, *a: self.seen.append((kind, f"{title} | {text}"))

        monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
        monkeypatch.setattr(QInputDialog, "getItem", get_item)
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, message(kind))

    def text(self, kind: str) -> str:
        texts = [text for seen_kind, text in self.seen if seen_kind == kind]
        assert len(texts) == 1, self.seen
        return texts[0]


def test_import_the_seeds_convblock_through_the_menu(window, monkeypatch) -> None:
    dialogs = Dialogs(monkeypatch, str(DATA / "seed_convblock.py"), choose="ConvBlock")
    window.new_action.trigger()  # start from an empty block, so the import visibly replaces it
    window.import_action.trigger()
    assert "*.py" in dialogs.text("open")
    # both classes of the seed are offered, each with the line it starts on
    assert "seed_convblock.py defines several nn.Module classes" in dialogs.text("choose")
    assert "ConvBlock (line 4) / LR (line" in dialogs.text("choose")
    # the values the file never states are reported with the line they come from
    notes = dialogs.text("information")
    assert "ConvBlock (line 4): imported 4 layers" in notes
    assert "argument kernel_size has no default at line 9: it gets 3 from the call at line 44" in notes
    assert window.document.generated.source == generate_source(seed_block())
    assert window.code_view.text() == generate_source(seed_block())
    assert window.block_view.model().rowCount() == 4


def test_cancelling_the_class_choice_keeps_the_block(window, monkeypatch) -> None:
    dialogs = Dialogs(monkeypatch, str(DATA / "seed_convblock.py"), choose=None)
    before = window.document.generated.source  # the seed's block, as the window opens
    from gui.document.import_python import import_python

    assert not import_python(window.files, str(DATA / "seed_convblock.py"))
    assert [kind for kind, _ in dialogs.seen] == ["choose"]
    assert window.document.generated.source == before


def test_importing_a_hostile_file_executes_nothing_and_says_what_it_left_out(window, monkeypatch, tmp_path) -> None:
    canary = tmp_path / "CANARY"
    hostile = tmp_path / "evil.py"
    hostile.write_text(
        "import os\nimport torch.nn as nn\n"
        f"os.system('touch {canary}')\n"
        "class Evil(nn.Module):\n"
        f"    open({str(canary)!r}, 'w').write('x')\n"
        "    def __init__(self):\n        super().__init__()\n        self.c = nn.ReLU()\n"
        "    def forward(self, x):\n        return self.c(x)\n"
    )
    dialogs = Dialogs(monkeypatch)
    from gui.document.import_python import import_python

    assert import_python(window.files, str(hostile))
    assert not canary.exists()
    notes = dialogs.text("information")
    assert "Evil (line 4): imported 1 layer" in notes
    assert "is not imported at line 5" in notes  # the class-body statement, named where it is
    assert [layer.kind for layer in window.document.block.layers] == ["ReLU"]


def test_an_unreadable_file_shows_the_error_and_keeps_the_block(window, monkeypatch, tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("class (:\n")
    dialogs = Dialogs(monkeypatch)
    before = window.document.generated.source
    from gui.document.import_python import import_python

    assert not import_python(window.files, str(broken))
    error = dialogs.text("critical")
    assert error.startswith("Cannot import | Cannot import broken.py:") and "line 1" in error
    assert window.document.generated.source == before


def test_import_runs_off_the_gui_thread_and_the_window_keeps_drawing(window, monkeypatch, tmp_path: Path) -> None:
    """A 1,000-layer file takes a moment to parse; the GUI thread's timers keep firing meanwhile."""
    import threading

    from PySide6.QtCore import QTimer

    init = "\n".join(f"        self.r{i} = nn.ReLU()" for i in range(1000))
    forward = "\n".join(f"        x = self.r{i}(x)" for i in range(1000))
    big = tmp_path / "big.py"
    big.write_text(
        "import torch.nn as nn\n\nclass Big(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        f"{init}\n\n    def forward(self, x):\n{forward}\n        return x\n"
    )
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(threading.get_ident()))
    timer.start(1)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    from gui.document.import_python import import_python

    assert import_python(window.files, str(big))
    timer.stop()
    assert len(window.document.block.layers) == 1000
    assert ticks and set(ticks) == {threading.get_ident()}  # the GUI thread ran its timer during the import


def test_a_residual_block_imports_as_a_graph_with_a_card_per_step(window, monkeypatch) -> None:
    real = Path(__file__).resolve().parents[1] / "data" / "real_models" / "kuangliu_resnet_basic_block.py"
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    from gui.document.import_python import import_python

    assert import_python(window.files, str(real))
    assert window.document.block.is_graph
    assert window.block_view.model().rowCount() == len(window.document.block.steps)
    assert "out += out_2" in window.code_view.text()
