"""Training data: Shapes drawn from a seed, a folder of images, torchvision's sets explained."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
import torch

from core.train.datasets import DatasetError, DatasetSpec, load_dataset
from core.train.shapes import SHAPE_CLASSES, make_shapes


def test_shapes_are_the_same_for_a_seed_and_differ_across_seeds() -> None:
    a, labels_a = make_shapes(40, seed=3)
    b, labels_b = make_shapes(40, seed=3)
    c, _ = make_shapes(40, seed=4)
    assert np.array_equal(a, b) and np.array_equal(labels_a, labels_b)
    assert not np.array_equal(a, c)
    assert a.shape == (40, 3, 32, 32) and a.dtype == np.float32
    assert 0.0 <= a.min() and a.max() <= 1.0


def test_shapes_are_balanced_at_any_size_and_draw_a_shape_in_every_image() -> None:
    images, labels = make_shapes(101, seed=0, size=20)
    assert images.shape == (101, 3, 20, 20)
    counts = np.bincount(labels, minlength=len(SHAPE_CLASSES))
    assert counts.max() - counts.min() <= 1
    # every image has pixels well apart from its background (the corner is background)
    corner = images[:, :, :1, :1]
    assert (np.abs(images - corner).max(axis=(1, 2, 3)) > 0.3).all()


def test_shape_classes_have_their_own_geometry() -> None:
    images, labels = make_shapes(400, seed=1)
    corner = images[:, :, :1, :1]  # the background's colour
    mask = np.abs(images - corner).max(axis=1) > 0.25
    filled = mask.reshape(400, -1).mean(1)

    def bounding_box_fill(m: np.ndarray) -> float:
        rows, cols = np.nonzero(m)
        return m.sum() / ((np.ptp(rows) + 1) * (np.ptp(cols) + 1))

    fill = np.array([bounding_box_fill(m) for m in mask])
    square, circle, triangle, stripes = (fill[labels == k].mean() for k in (1, 0, 2, 3))
    # a square fills its box, a circle about pi/4 of it, a triangle and stripes about half
    assert square > 0.9 and 0.7 < circle < 0.85 and triangle < 0.65 and stripes < 0.7
    assert filled.min() > 0


def test_the_shapes_dataset_has_separate_training_and_validation_images() -> None:
    train, val = load_dataset(DatasetSpec("shapes", train_size=64, val_size=16, seed=5))
    assert (len(train), len(val)) == (64, 16)
    assert train.classes == SHAPE_CLASSES and train.image_shape == (3, 32, 32)
    assert sum(train.counts()) == 64 and len(train.counts()) == 4
    assert not any(torch.equal(v, t) for v in val.images for t in train.images)


@pytest.mark.skipif(importlib.util.find_spec("PIL") is None, reason="Pillow is not installed")
def test_a_folder_of_images_loads_with_one_class_per_subfolder(tmp_path) -> None:
    from PIL import Image

    for name, colour in (("cats", (255, 0, 0)), ("dogs", (0, 0, 255))):
        (tmp_path / name).mkdir()
        for i in range(10):
            Image.new("RGB", (40 + i, 30), colour).save(tmp_path / name / f"{i}.png")
    (tmp_path / "cats" / "notes.txt").write_text("not an image")
    train, val = load_dataset(DatasetSpec("folder", train_size=100, val_size=4, image_size=16, path=str(tmp_path)))
    assert train.classes == ("cats", "dogs")
    assert (len(train), len(val)) == (16, 4)
    assert train.image_shape == (3, 16, 16)
    red = train.images[train.labels == 0]
    assert torch.allclose(red[:, 0], torch.ones(1)) and torch.allclose(red[:, 2], torch.zeros(1))


@pytest.mark.skipif(importlib.util.find_spec("PIL") is None, reason="Pillow is not installed")
def test_a_broken_image_or_a_bad_folder_is_named_in_the_error(tmp_path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    (tmp_path / "a" / "fine.png").write_bytes(b"")
    (tmp_path / "b" / "x.png").write_bytes(b"\x89PNG but not really")
    with pytest.raises(DatasetError, match=r"fine\.png: cannot read this image"):
        load_dataset(DatasetSpec("folder", path=str(tmp_path)))
    with pytest.raises(DatasetError, match="at least 2 subfolders"):
        load_dataset(DatasetSpec("folder", path=str(tmp_path / "a")))
    (tmp_path / "c").mkdir()
    with pytest.raises(DatasetError, match=r"c: no images"):
        load_dataset(DatasetSpec("folder", path=str(tmp_path)))
    with pytest.raises(DatasetError, match="not a folder"):
        load_dataset(DatasetSpec("folder", path=str(tmp_path / "missing")))


@pytest.mark.skipif(importlib.util.find_spec("torchvision") is not None, reason="torchvision is installed here")
def test_torchvision_sets_without_torchvision_say_so() -> None:
    with pytest.raises(DatasetError, match="CIFAR10 comes through torchvision, but torchvision is not installed"):
        load_dataset(DatasetSpec("cifar10"))


def test_sizes_out_of_range_are_refused() -> None:
    with pytest.raises(DatasetError, match="train size must be from 1"):
        load_dataset(DatasetSpec(train_size=0))
    with pytest.raises(DatasetError, match="image size"):
        load_dataset(DatasetSpec(image_size=10_000))


def test_a_torchvision_download_reports_its_progress_and_leaves_torchvision_as_it_was(tmp_path) -> None:
    """The bytes torchvision's download loop counts reach the app (not the terminal's tqdm)."""
    from tests.fakes.torchvision_datasets import DOWNLOAD_BYTES, fake_torchvision

    reports: list[tuple[int, int]] = []
    with fake_torchvision() as utils:
        terminal_bar = utils.tqdm
        train, val = load_dataset(
            DatasetSpec("mnist", train_size=40, val_size=10, path=str(tmp_path)),
            downloads=lambda done, total: reports.append((done, total)),
        )
        assert utils.tqdm is terminal_bar  # put back after the download
    assert (len(train), len(val), train.image_shape) == (40, 10, (1, 28, 28))
    assert reports[0] == (0, DOWNLOAD_BYTES) and reports[-1] == (DOWNLOAD_BYTES, DOWNLOAD_BYTES)
    starts = [i for i, (done, _) in enumerate(reports) if done == 0]
    assert len(starts) == 2  # the training file, then the test file
    for begin, end in zip(starts, [*starts[1:], len(reports)]):
        done = [d for d, _ in reports[begin:end]]
        assert done == sorted(done) and done[-1] == DOWNLOAD_BYTES and len(done) >= 2
