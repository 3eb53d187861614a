"""Fault injection on the command line: every failure is one `error:` line and a documented exit status.

Each case runs `python main.py ...` in a real subprocess (a traceback, a hang or Python's
"Exception ignored" at exit are what a user would see, so only a real process shows them).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from core.cli import exit_codes
from core.cli.profile import MAX_REPEATS
from core.files.project_file import block_to_json, load_block
from core.model.block import Block, Layer
from core.run.timing import MAX_RUNS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "conv_block.json"
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX files and signals")


def cli(*args: str, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess[str]:
    if "stdout" not in kwargs and "stderr" not in kwargs:
        kwargs["capture_output"] = True
    return subprocess.run(  # type: ignore[call-overload]
        [sys.executable, str(ROOT / "main.py"), *args], text=True, timeout=timeout, cwd=ROOT, **kwargs
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str], *words: str, code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


def python_file(tmp_path: Path, layer: str, forward: str = "return self.layer(x)") -> Path:
    path = tmp_path / "model.py"
    path.write_text(
        "import torch.nn as nn\n\n\nclass Model(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        f"        self.layer = {layer}\n\n    def forward(self, x):\n        {forward}\n"
    )
    return path


# ---- item 14: no tracebacks --------------------------------------------------------------------


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["summary", str(EXAMPLE)], ["export", str(EXAMPLE)]])
def test_stdout_on_a_full_device_is_one_error_line(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = cli(*command, stdout=full, stderr=subprocess.PIPE)
    assert_one_error_line(result, "No space left on device")


@POSIX
def test_stdout_closed_is_one_error_line() -> None:
    result = cli("summary", str(EXAMPLE), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, close_fds=True,
                 preexec_fn=lambda: os.close(1))  # fmt: skip
    assert_one_error_line(result, "standard output is closed")


@POSIX
@pytest.mark.parametrize("command", ["export", "import"])
def test_a_folder_without_execute_permission_is_one_error_line(tmp_path: Path, command: str) -> None:
    base = Path(tempfile.mkdtemp())  # not under pytest's owner-only folder: nobody must reach it
    try:
        base.chmod(0o777)
        locked = base / "locked"
        locked.mkdir()
        locked.chmod(0o666)  # no x: nothing inside can even be looked up
        source = base / "model.py"
        shutil.copy(python_file(tmp_path, "nn.Linear(4, 2)"), source)
        source.chmod(0o644)
        args = ["export", str(EXAMPLE)] if command == "export" else ["import", str(source)]
        command_line = [sys.executable, str(ROOT / "main.py"), *args, "-o", str(locked / "out.txt")]
        if os.geteuid() == 0:  # permissions do not apply to root: run as nobody, as an ordinary user would
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv to become an ordinary user")
            command_line = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command_line]
        result = subprocess.run(command_line, capture_output=True, text=True, timeout=120, cwd=base)
        assert_one_error_line(result, "Permission denied")
        locked.chmod(0o755)
        assert list(locked.iterdir()) == []
    finally:
        shutil.rmtree(base)


def test_a_5000_digit_integer_literal_is_one_error_line(tmp_path: Path) -> None:
    result = cli("import", str(python_file(tmp_path, "nn.Linear(0x" + "f" * 5000 + ", 2)")))
    assert_one_error_line(result, "digits")


def test_a_5000_digit_repeats_is_one_error_line() -> None:
    assert_one_error_line(cli("profile", str(EXAMPLE), "--repeats", "1" * 5000), "--repeats", "whole number")


@POSIX
def test_ctrl_c_during_profile_exits_130_with_one_line(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "profile", str(EXAMPLE), "--repeats", str(MAX_REPEATS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    time.sleep(3)  # somewhere in importing torch or timing: Ctrl+C must be one line wherever it lands
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=120)
    result = subprocess.CompletedProcess(child.args, child.returncode, "", stderr)
    assert_one_error_line(result, "interrupted", code=exit_codes.INTERRUPTED)


# ---- item 15: one line, never empty ----------------------------------------------------------------


def test_a_path_with_a_newline_is_named_on_one_line(tmp_path: Path) -> None:
    line = assert_one_error_line(cli("summary", str(tmp_path / "two\nlines.json")))
    assert "two\\nlines.json" in line


def test_an_import_quoting_an_if_statement_is_one_line(tmp_path: Path) -> None:
    source = python_file(
        tmp_path, "nn.Linear(4, 2)", "if x is None:\n            return x\n        return self.layer(x)"
    )
    assert_one_error_line(cli("import", str(source)), "if x is None:")


# ---- item 16 ---------------------------------------------------------------------------------------


def test_repeats_above_the_cap_are_refused_naming_the_cap() -> None:
    assert MAX_REPEATS == MAX_RUNS  # the cap the CLI names is the profiler's real one
    assert_one_error_line(cli("profile", str(EXAMPLE), "--repeats", str(MAX_REPEATS + 1)), f"{MAX_RUNS:,}")


@pytest.mark.parametrize("command", ["export", "import"])
def test_an_empty_output_name_is_refused(tmp_path: Path, command: str) -> None:
    source = str(EXAMPLE) if command == "export" else str(python_file(tmp_path, "nn.Linear(4, 2)"))
    result = cli(command, source, "-o", "")
    assert_one_error_line(result, "-o")
    assert result.stdout == ""


def invalid_block(tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    block = Block(
        [Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}), Layer("MaxPool2d", {"kernel_size": 9})],
        input_shape=(1, 3, 8, 8),
    )
    path.write_text(block_to_json(block))
    return path


def test_export_of_an_invalid_block_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.py"
    assert_one_error_line(cli("export", str(invalid_block(tmp_path)), "-o", str(out)), "layer 2 MaxPool2d", "--force")
    assert not out.exists()


def test_export_force_writes_an_invalid_block_with_a_warning(tmp_path: Path) -> None:
    out = tmp_path / "out.py"
    result = cli("export", str(invalid_block(tmp_path)), "-o", str(out), "--force")
    assert result.returncode == 0
    assert result.stderr.startswith("warning: ") and "layer 2 MaxPool2d" in result.stderr
    assert "class " in out.read_text()


def test_summary_json_of_an_invalid_block_has_the_error_and_the_rows_before_it(tmp_path: Path) -> None:
    result = cli("summary", str(invalid_block(tmp_path)), "--json")
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert [row["type"] for row in document["layers"]] == ["Conv2d"]
    assert document["error"]["layer"] == 2 and "MaxPool2d" in document["error"]["message"]


# ---- item 13 and 3: FIFOs and devices never hang and are never replaced ------------------------------


@POSIX
@pytest.mark.parametrize("command", ["summary", "export", "profile"])
def test_a_fifo_as_the_project_file_is_refused_at_once(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = cli(command, str(fifo), timeout=60)
    assert_one_error_line(result, "named pipe")


@POSIX
def test_o_onto_dev_null_is_refused_and_the_node_stays(tmp_path: Path) -> None:
    link = tmp_path / "out.py"
    link.symlink_to(os.devnull)
    assert_one_error_line(cli("export", str(EXAMPLE), "-o", str(link)), "character device")
    assert os.path.realpath(link) == os.devnull


def test_export_o_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real.py"
    real.write_text("old")
    (tmp_path / "link.py").symlink_to(real)
    assert cli("export", str(EXAMPLE), "-o", str(tmp_path / "link.py")).returncode == 0
    assert (tmp_path / "link.py").is_symlink() and "class ConvBlock(nn.Module)" in real.read_text()


def test_the_example_still_loads() -> None:
    assert load_block(EXAMPLE).layers  # the fixtures above use a real, valid example


# ---- items 1 and 7: import never replaces its input and writes only what loads ------------------------


@pytest.mark.parametrize("how", ["same name", "symlink"])
def test_import_onto_its_own_input_is_refused(tmp_path: Path, how: str) -> None:
    source = python_file(tmp_path, "nn.Linear(4, 2)")
    before = source.read_text()
    target = source
    if how == "symlink":
        target = tmp_path / "alias.py"
        target.symlink_to(source)
    assert_one_error_line(cli("import", str(source), "-o", str(target)), "replace")
    assert source.read_text() == before


SEQUENTIAL = (
    "import torch\nimport torch.nn as nn\n\n\nclass Big(nn.Module):\n    def __init__(self):\n"
    "        super().__init__()\n        self.body = nn.Sequential({layers})\n\n"
    "    def forward(self, x):\n        return self.body(x)\n{example}"
)


@pytest.mark.parametrize(
    ("layers", "example", "words"),
    [
        (", ".join(["nn.ReLU()"] * 1001), "", "1,000"),
        ("nn.ReLU()", "\nBig()(torch.randn(4096, 3, 8192, 8192))\n", "GiB"),  # a 3 TiB example input
        ("nn.Linear(1048576, 32768)", "", "GiB"),  # 128 GiB of weights
    ],
    ids=["over the layer limit", "3 TiB input", "128 GiB of weights"],
)
def test_import_writes_only_what_loads(tmp_path: Path, layers: str, example: str, words: str) -> None:
    source = tmp_path / "big.py"
    source.write_text(SEQUENTIAL.format(layers=layers, example=example))
    out = tmp_path / "big.json"
    assert_one_error_line(cli("import", str(source), "-o", str(out)), words)
    assert not out.exists()


def test_import_of_absurdly_nested_expressions_names_the_problem(tmp_path: Path) -> None:
    source = tmp_path / "deep.py"
    head = "import torch.nn as nn\n\n\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
    source.write_text(head + "        self.a = nn.Linear(" + "-" * 200_000 + "1, 2)\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(source)], capture_output=True, text=True, timeout=120
    )
    assert_one_error_line(result, "cannot be parsed as Python: expressions nested too deeply")
