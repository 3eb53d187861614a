"""Training the block plus its head: real torch, small sizes."""

from __future__ import annotations

import pytest
import torch

from core.codegen.loader import LoadError
from core.files.examples import seed_block
from core.train.classifier import TrainError, classifier_source, first_conv_weights
from core.train.datasets import DatasetSpec, load_dataset
from core.train.trainer import TrainRun, TrainSettings

SMALL = DatasetSpec("shapes", train_size=192, val_size=48, seed=0)
FAST = TrainSettings(lr=0.02, batch_size=32, epochs=2, seed=7, threads=1)


@pytest.fixture(scope="module")
def data():
    return load_dataset(SMALL)


def test_the_classifier_wraps_the_block_as_a_second_class() -> None:
    code = classifier_source(seed_block(), (1, 28, 28), 10)
    assert "class ConvBlock(nn.Module):" in code.source
    assert "class Classifier(nn.Module):" in code.source
    assert "self.block = ConvBlock()" in code.source
    assert "nn.AdaptiveAvgPool2d(1)" in code.source and "nn.Linear(16, num_classes)" in code.source
    assert "def __init__(self, num_classes=10):" in code.source
    # the block takes the dataset's images: one input channel for 28x28 greyscale
    assert "nn.Conv2d(\n                1,\n" in code.source or "nn.Conv2d(1, 16" in code.source
    compile(code.source, "classifier.py", "exec")


def test_training_lowers_the_loss_and_reports_every_step(data) -> None:
    train, val = data
    run = TrainRun(seed_block(), train, val, FAST)
    reports = []
    assert run.run(reports.append) is True
    assert [r.step for r in reports] == list(range(1, run.total_steps + 1))
    assert run.total_steps == 2 * (192 // 32)
    epochs = [r.epoch_done for r in reports if r.epoch_done is not None]
    assert [e.epoch for e in epochs] == [1, 2]
    assert reports[-1].eta_s == 0 and reports[-1].elapsed_s > 0 and reports[-1].images_per_s > 0
    assert epochs[-1].train_loss < reports[0].loss  # it learned something
    assert 0 <= epochs[-1].val_acc <= 1
    # the confusion matrix: rows are true classes, it counts every validation image once
    assert run.confusion.sum().item() == len(val)
    assert run.confusion.sum(1).tolist() == val.counts()
    assert run.confusion.diagonal().sum().item() / len(val) == pytest.approx(epochs[-1].val_acc)


def test_a_run_is_reproducible_from_its_seed(data) -> None:
    train, val = data
    first = TrainRun(seed_block(), train, val, FAST)
    first.run()
    again = TrainRun(seed_block(), train, val, FAST)
    again.run()
    other = TrainRun(seed_block(), train, val, TrainSettings(**{**FAST.__dict__, "seed": 8}))
    other.run()
    assert first.history.step_loss == again.history.step_loss
    assert first.history.step_loss != other.history.step_loss
    for key, value in first.model.state_dict().items():
        assert torch.equal(value, again.model.state_dict()[key]), key


def test_a_stopped_and_resumed_run_equals_an_uninterrupted_one(data) -> None:
    train, val = data
    whole = TrainRun(seed_block(), train, val, FAST)
    whole.run()
    paused = TrainRun(seed_block(), train, val, FAST)
    calls = []
    stopped = paused.run(should_stop=lambda: len(calls.append(1) or calls) > 4)
    assert stopped is False and paused.steps_done == 4 and not paused.finished
    torch.manual_seed(123)  # the caller's random state must not leak into the run
    assert paused.run() is True
    assert paused.history.step_loss == whole.history.step_loss
    assert [e.val_loss for e in paused.history.epochs] == [e.val_loss for e in whole.history.epochs]


def test_the_optimizer_sees_the_block_and_the_head(data) -> None:
    train, val = data
    run = TrainRun(seed_block(), train, val, FAST)
    # Conv2d 3*16*9+16, BatchNorm 2*16, Linear 16*4+4
    assert run.optimized_parameters() == 448 + 32 + 68
    weights = first_conv_weights(run.model)
    assert weights.shape == (16, 3, 3, 3)
    before = weights.copy()
    run.run()
    assert not (first_conv_weights(run.model) == before).all()  # the filters changed as it trained


def test_bad_settings_and_unbuildable_blocks_are_refused_in_words(data) -> None:
    train, val = data
    with pytest.raises(TrainError, match="batch size 500 is larger than the 192 training images"):
        TrainRun(seed_block(), train, val, TrainSettings(batch_size=500))
    with pytest.raises(TrainError, match="learning rate"):
        TrainRun(seed_block(), train, val, TrainSettings(lr=0.0))
    with pytest.raises(TrainError, match="device cuda:7 is not available"):
        TrainRun(seed_block(), train, val, TrainSettings(device="cuda:7"))
    block = seed_block()
    block.super_style = "omitted"
    with pytest.raises(LoadError, match="cannot assign module before Module.__init__"):
        TrainRun(block, train, val, FAST)
    tiny = seed_block()
    tiny.layers[3].params["kernel_size"] = 64
    with pytest.raises(TrainError, match="does not take this dataset's 3x32x32 images"):
        TrainRun(tiny, train, val, FAST)


def test_a_graph_block_trains_too(data) -> None:
    from pathlib import Path

    from core.files.project_file import load_block

    train, val = data
    examples = Path(__file__).resolve().parents[2] / "resources" / "examples"
    block = load_block(examples / "basic_block_downsample.json")  # a ResNet block: a skip with a 1x1 conv
    run = TrainRun(block, train, val, TrainSettings(batch_size=32, epochs=1, threads=1))
    assert "self.block = " in run.code.source and run.optimized_parameters() > 100_000
    assert run.run() is True and len(run.history.epochs) == 1
