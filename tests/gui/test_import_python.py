"""File > Import Python...: the seed's ConvBlock becomes the same block our example holds; nothing runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core import generate_source
from core.files.examples import seed_block

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def test_import_the_seeds_convblock_through_the_menu(window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(DATA / "seed_convblock.py"), ""))
    offered: list[list[str]] = []

    def choose_convblock(parent, title, label, items, *args):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return next(item for item in items if item.startswith("ConvBlock ")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose_convblock)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.new_action.trigger()  # start from an empty block, so the import visibly replaces it
    window.import_action.trigger()
    assert window.document.generated.source == generate_source(seed_block())
    assert window.code_view.text() == generate_source(seed_block())
    assert window.block_view.model().rowCount() == 4
    assert [item.split()[0] for item in offered[0]] == ["ConvBlock", "LR"]  # the seed holds both classes


def test_importing_a_hostile_file_executes_nothing(window, monkeypatch, tmp_path: Path) -> None:
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
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    from gui.document.import_python import import_python

    import_python(window.files, str(hostile))
    assert not canary.exists()


def test_an_unreadable_file_shows_the_error_and_keeps_the_block(window, monkeypatch, tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("class (:\n")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: errors.append(text))
    before = window.document.generated.source
    from gui.document.import_python import import_python

    assert not import_python(window.files, str(broken))
    assert "broken.py" in errors[0]
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


def test_a_residual_block_imports_as_a_graph_shown_read_only(window, monkeypatch) -> None:
    real = Path(__file__).resolve().parents[1] / "data" / "real_models" / "kuangliu_resnet_basic_block.py"
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    from gui.document.import_python import import_python

    assert import_python(window.files, str(real))
    assert window.document.block.is_graph and window.document.read_only
    assert "out += out_2" in window.code_view.text()
