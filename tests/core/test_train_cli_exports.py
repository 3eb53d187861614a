"""`main.py train`, the exports of a trained model, the generated train.py and the kept run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from core.cli.main import main
from core.files.examples import SEED_EXAMPLE, seed_block
from core.train.classifier import build_classifier, classifier_source
from core.train.datasets import DatasetSpec, load_dataset
from core.train.exports import ExportError, export_onnx, export_torchscript, load_weights, onnx_available, save_weights
from core.train.script import training_script
from core.train.sidecar import SidecarError, load_run, save_run, sidecar_paths
from core.train.trainer import TrainRun, TrainSettings

ROOT = Path(__file__).resolve().parents[2]
TINY = ["--train-size", "96", "--val-size", "32", "--batch-size", "32", "--threads", "1"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_train_prints_one_line_per_epoch_and_saves_weights(capsys, tmp_path) -> None:
    weights = tmp_path / "w.pt"
    code, out, err = run(capsys, "train", str(SEED_EXAMPLE), "--epochs", "2", *TINY, "--save-weights", str(weights))
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith("epoch ")]
    assert len(lines) == 2 and lines[0].startswith("epoch 1/2") and "val loss" in lines[1] and "img/s" in lines[1]
    assert "confusion matrix" in out
    state = torch.load(weights, weights_only=True)
    assert "block.conv_block.0.weight" in state and state["head.2.weight"].shape == (4, 16)


def test_train_json_has_the_epochs_and_the_confusion_matrix(capsys) -> None:
    code, out, err = run(capsys, "train", str(SEED_EXAMPLE), "--epochs", "1", *TINY, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["classes"] == ["circle", "square", "triangle", "stripes"]
    assert [e["epoch"] for e in data["epochs"]] == [1]
    assert set(data["epochs"][0]) >= {"train_loss", "train_acc", "val_loss", "val_acc", "images_per_s"}
    assert sum(map(sum, data["confusion"])) == 32
    assert data["parameters_trained"] == 548


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--epochs", "0"], "epochs must be from 1"),
        (["--lr", "fast"], "--lr must be a number, got 'fast'"),
        (["--dataset", "folder", "--folder", "/no/such/folder"], "/no/such/folder: not a folder"),
        (["--dataset", "imagenet"], "invalid choice: 'imagenet'"),
        (["--device", "tpu"], "device 'tpu' is not one of"),
        (["--batch-size", "200"], "batch size 200 is larger than the 96 training images"),
    ],
)
def test_bad_input_is_one_error_line_and_exit_2(capsys, argv, message) -> None:
    code, out, err = run(capsys, "train", str(SEED_EXAMPLE), *TINY[:4], *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err
    assert "Traceback" not in err


def test_a_missing_project_file_is_one_error_line(capsys, tmp_path) -> None:
    code, _out, err = run(capsys, "train", str(tmp_path / "none.json"))
    assert code == 2 and err.startswith("error: ") and "none.json" in err


@pytest.fixture(scope="module")
def trained():
    spec = DatasetSpec(train_size=64, val_size=32)
    train, val = load_dataset(spec)
    settings = TrainSettings(batch_size=32, epochs=1, threads=1, seed=3)
    run = TrainRun(seed_block(), train, val, settings)
    run.run()
    return run, spec, val


def test_weights_load_back_with_a_report_of_what_did_not_fit(trained, tmp_path) -> None:
    run, _spec, val = trained
    path = save_weights(run.model, tmp_path / "w.pt")
    fresh = build_classifier(run.code)
    report = load_weights(fresh, path)
    assert report.complete and len(report.loaded) == len(run.model.state_dict())
    fresh.eval(), run.model.eval()
    assert torch.equal(fresh(val.images[:4]), run.model(val.images[:4]))

    # a model with 10 classes: the head's weights do not fit, and a stray key is reported
    state = torch.load(path, weights_only=True)
    state["extra.weight"] = torch.zeros(1)
    torch.save(state, tmp_path / "odd.pt")
    other = build_classifier(classifier_source(seed_block(), (3, 32, 32), 10))
    report = load_weights(other, tmp_path / "odd.pt")
    assert report.unexpected == ["extra.weight"]
    assert any(m.startswith("head.2.weight: file (4, 16) vs model (10, 16)") for m in report.mismatched)
    assert "block.conv_block.0.weight" in report.loaded
    assert "unexpected (ignored): extra.weight" in report.text()
    (tmp_path / "junk.pt").write_bytes(b"not torch")
    with pytest.raises(ExportError, match="junk.pt: not a readable weights file"):
        load_weights(other, tmp_path / "junk.pt")


def test_torchscript_is_verified_by_reloading(trained, tmp_path) -> None:
    run, _spec, val = trained
    verified = export_torchscript(run.model, val.images[:4], tmp_path / "model.ts.pt")
    assert verified.max_difference <= 1e-5
    reloaded = torch.jit.load(str(verified.path))
    assert torch.allclose(reloaded(val.images[4:8]), run.model.eval()(val.images[4:8]))


def test_onnx_needs_its_extra(trained, tmp_path) -> None:
    run, _spec, val = trained
    if onnx_available():  # checked with onnx.checker; onnxruntime, when there, computes what torch does
        verified = export_onnx(run.model, val.images[:2], tmp_path / "model.onnx")
        assert verified.path.stat().st_size > 0 and verified.max_difference < 1e-4
    else:
        with pytest.raises(ExportError, match=r"pip install 'block-studio\[onnx\]'"):
            export_onnx(run.model, val.images[:2], tmp_path / "model.onnx")


def test_the_generated_train_py_runs_and_repeats_the_app_s_losses(trained, tmp_path) -> None:
    run, spec, _val = trained
    script = tmp_path / "train.py"
    script.write_text(training_script(run.code, run.settings, spec))
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "E,F,W", str(script)], capture_output=True
    )
    assert lint.returncode == 0, lint.stdout.decode()
    fmt = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--diff", str(script)], capture_output=True
    )
    assert fmt.returncode == 0, fmt.stdout.decode()
    done = subprocess.run(
        [sys.executable, str(script), "--steps", "2", "--log-every", "1", "--save", str(tmp_path / "w.pt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    losses = [float(line.split()[-1]) for line in done.stdout.splitlines() if line.startswith("step ")]
    assert losses == pytest.approx(run.history.step_loss[:2], abs=1e-6)
    assert "epoch 1: val loss" in done.stdout and (tmp_path / "w.pt").is_file()


def test_the_last_run_is_kept_beside_the_project(trained, tmp_path) -> None:
    run, spec, _val = trained
    project = tmp_path / "my block.json"
    project.write_text("{}")
    meta, weights = save_run(project, run, spec)
    assert (meta.name, weights.name) == ("my block.train.json", "my block.train.pt")
    assert sidecar_paths(project) == (meta, weights)
    saved = load_run(project)
    assert saved.history.step_loss == run.history.step_loss
    assert saved.history.epochs == run.history.epochs
    assert saved.settings == run.settings and saved.dataset == spec and saved.finished
    assert saved.confusion == run.confusion.tolist()
    assert torch.equal(saved.state_dict["head.2.weight"], run.model.state_dict()["head.2.weight"])
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert load_run(tmp_path / "other.json") is None
    meta.write_text('{"format": "block-studio-training", "settings": {"lr": "x"}}')
    with pytest.raises(SidecarError, match=r"my block.train.json: cannot read the kept training run"):
        load_run(project)


@pytest.mark.skipif(not __import__("importlib").util.find_spec("PIL"), reason="Pillow is not installed")
def test_train_py_for_a_folder_dataset_reads_the_same_images(tmp_path) -> None:
    from PIL import Image

    data = tmp_path / "pictures"
    for label, colour in enumerate(((250, 20, 20), (20, 20, 250))):
        (data / f"class{label}").mkdir(parents=True)
        for i in range(12):
            Image.new("RGB", (20, 20 + i), colour).save(data / f"class{label}" / f"{i}.png")
    spec = DatasetSpec("folder", train_size=100, val_size=4, image_size=16, path=str(data))
    train, val = load_dataset(spec)
    run = TrainRun(seed_block(), train, val, TrainSettings(batch_size=8, epochs=1, threads=1, seed=2))
    run.run()
    script = tmp_path / "train.py"
    script.write_text(training_script(run.code, run.settings, spec))
    done = subprocess.run(
        [sys.executable, str(script), "--steps", "2", "--log-every", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    losses = [float(line.split()[-1]) for line in done.stdout.splitlines() if line.startswith("step ")]
    assert losses == pytest.approx(run.history.step_loss[:2], abs=1e-6)
