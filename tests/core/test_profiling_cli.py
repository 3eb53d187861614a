"""`python main.py profile ...`: the table, the documented JSON, and one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli.main import main
from core.files.examples import SEED_EXAMPLE, seed_block
from core.files.project_file import save_block
from core.model.block import Block, Layer
from core.run.profile_report import result_table, results_csv
from core.run.profiling import Profiler, ProfileSettings

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_profile_json_has_the_documented_keys(capsys) -> None:
    code, out, err = run(capsys, "profile", str(SEED_EXAMPLE), "--json", "--threads", "1", "--repeats", "3")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"device", "threads", "dtype", "layers", "total_ms", "first_call_ms"}
    assert (data["device"], data["threads"], data["dtype"]) == ("cpu", 1, "float32")
    assert [layer["type"] for layer in data["layers"]] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    for layer in data["layers"]:
        assert set(layer) == {"type", "median_ms", "iqr_ms"}
        assert layer["median_ms"] > 0 and layer["iqr_ms"] >= 0
    assert data["total_ms"] > 0 and data["first_call_ms"] > 0


def test_profile_table_lists_every_layer_and_the_whole_block(capsys) -> None:
    code, out, _ = run(capsys, "profile", str(SEED_EXAMPLE), "--repeats", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("ConvBlock on cpu") and "float32" in lines[0] and "eval mode" in lines[0]
    assert "Median ms" in out and "IQR ms" in out and "First call ms" in out
    assert [line.split()[1] for line in lines if line[:1].isdigit()] == ["Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d"]
    assert lines[-1].split()[:2] == ["whole", "block"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--device", "cuda:9"], "error: device cuda:9 is not available"),
        (["--device", "gpu"], "error: device 'gpu' is not one of cpu, cuda, cuda:N, mps"),
        (["--threads", "0"], "error: argument --threads: --threads must be from 1 to"),
        (["--repeats", "x"], "error: argument --repeats: --repeats must be a whole number"),
    ],
)
def test_bad_options_exit_2_with_one_line(capsys, args: list[str], message: str) -> None:
    code, out, err = run(capsys, "profile", str(SEED_EXAMPLE), *args)
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_failing_module_and_bad_files_exit_2_with_one_line(capsys, tmp_path) -> None:
    teaching = seed_block()
    teaching.set_option("super_style", "omitted")
    save_block(teaching, tmp_path / "teaching.json")
    code, _, err = run(capsys, "profile", str(tmp_path / "teaching.json"))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("error: AttributeError: cannot assign module before Module.__init__() call (generated line")

    broken = Block([Layer("MaxPool2d", {"kernel_size": 9})], input_shape=(1, 3, 4, 4))
    save_block(broken, tmp_path / "broken.json")
    code, _, err = run(capsys, "profile", str(tmp_path / "broken.json"))
    assert code == 2 and err.startswith("error: layer 1 MaxPool2d: kernel_size 9") and err.count("\n") == 1

    (tmp_path / "junk.json").write_text("{")
    code, _, err = run(capsys, "profile", str(tmp_path / "junk.json"))
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1


def test_main_py_dispatches_profile_to_the_cli() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "profile",
            str(SEED_EXAMPLE),
            "--device",
            "mps" if sys.platform != "darwin" else "cuda:9",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stderr.startswith("error: device ") and "Traceback" not in done.stderr


def test_csv_export_has_one_row_per_layer_and_device() -> None:
    result = Profiler(ProfileSettings(min_runs=2, min_time_s=0.001, warmup_s=0)).run(seed_block())
    rows = results_csv([result, result]).splitlines()
    assert rows[0].startswith("device,device_name,dtype,threads,batch,mode,layer,type")
    assert len(rows) == 1 + 2 * 5
    assert rows[5].split(",")[7] == "whole block"
    assert "whole block" in result_table(result)
