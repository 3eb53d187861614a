"""Run inputs: seeded random values, the bundled sample image, user images."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from core.run.inputs import (
    SAMPLE_IMAGE,
    InputError,
    InputSpec,
    load_image_file,
    make_input,
    normalised_channels,
    sample_image,
)


def test_random_input_is_seeded_and_normal() -> None:
    a = make_input(InputSpec("random", seed=3), (2, 3, 32, 32))
    b = make_input(InputSpec("random", seed=3), (2, 3, 32, 32))
    c = make_input(InputSpec("random", seed=4), (2, 3, 32, 32))
    assert a.values.shape == (2, 3, 32, 32) and a.values.dtype == np.float32
    np.testing.assert_array_equal(a.values, b.values)
    assert not np.array_equal(a.values, c.values)
    assert abs(a.values.mean()) < 0.1 and 0.9 < a.values.std() < 1.1
    assert a.picture is None and "seed 3" in a.description


def test_sample_image_is_resized_and_repeated_over_the_batch() -> None:
    run = make_input(InputSpec("sample"), (3, 3, 40, 50))
    assert run.values.shape == (3, 3, 40, 50) and run.values.flags.writeable
    np.testing.assert_array_equal(run.values[0], run.values[2])
    assert run.picture is not None and run.picture.shape == (40, 50, 3) and run.picture.dtype == np.uint8
    # ImageNet normalisation: the red plane of a pure-red pixel is (1 - 0.485) / 0.229
    red = normalised_channels(np.array([[[255, 0, 0]]], np.uint8), 3)
    np.testing.assert_allclose(red[:, 0, 0], [(1 - 0.485) / 0.229, -0.456 / 0.224, -0.406 / 0.225], rtol=1e-6)


@pytest.mark.parametrize("channels", [1, 2, 3, 4, 7])
def test_user_image_is_converted_to_the_blocks_channels(channels: int) -> None:
    rgba = np.zeros((10, 20, 4), np.uint8)
    rgba[:, :10] = (200, 100, 50, 255)
    run = make_input(InputSpec("image", image=rgba, source="/tmp/pic.png"), (1, channels, 5, 10))
    assert run.values.shape == (1, channels, 5, 10)
    assert "pic.png" in run.description
    if channels == 1:  # grey from luma: the left half is brighter than the black right half
        assert run.values[0, 0, :, :5].mean() > run.values[0, 0, :, 5:].mean()
    if channels >= 4:  # channels beyond 3 cycle R, G, B
        np.testing.assert_array_equal(run.values[0, 3], run.values[0, 0])


def test_bad_images_are_refused_in_words(tmp_path) -> None:
    with pytest.raises(InputError, match="expected 8-bit pixels"):
        make_input(InputSpec("image", image=np.zeros((4, 4, 3), np.float32), source="x"), (1, 3, 4, 4))
    with pytest.raises(InputError, match="1 to 4 channels"):
        make_input(InputSpec("image", image=np.zeros((4, 4, 5), np.uint8), source="x"), (1, 3, 4, 4))
    with pytest.raises(InputError, match="no image"):
        make_input(InputSpec("image"), (1, 3, 4, 4))
    (tmp_path / "fake.png").write_text("hello")
    with pytest.raises(InputError, match="fake.png: core reads pixels from .npy files"):
        load_image_file(tmp_path / "fake.png")
    (tmp_path / "fake.npy").write_text("hello")
    with pytest.raises(InputError, match="cannot read .*fake.npy"):
        load_image_file(tmp_path / "fake.npy")


def test_npy_pixels_load_and_the_bundled_sample_is_the_generated_scene(tmp_path) -> None:
    pixels = np.random.default_rng(0).integers(0, 256, (7, 9, 4), dtype=np.uint8)
    np.save(tmp_path / "a.npy", pixels)
    np.testing.assert_array_equal(load_image_file(tmp_path / "a.npy"), pixels)
    sample = sample_image()
    assert sample.shape == (256, 256, 3) and len(np.unique(sample.reshape(-1, 3), axis=0)) > 20
    # the shipped file is what resources/make_sample.py draws, so it can be regenerated
    spec = importlib.util.spec_from_file_location("make_sample", SAMPLE_IMAGE.parent / "make_sample.py")
    make_sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sample)
    np.testing.assert_array_equal(sample, make_sample.scene())


def test_a_pickled_or_wrong_npy_is_refused_in_words(tmp_path) -> None:
    np.save(tmp_path / "objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(InputError, match="cannot read .*objects.npy"):
        load_image_file(tmp_path / "objects.npy")
    np.save(tmp_path / "floats.npy", np.zeros((4, 4, 3), np.float32))
    with pytest.raises(InputError, match="floats.npy: expected uint8 pixels, found float32"):
        load_image_file(tmp_path / "floats.npy")
    np.save(tmp_path / "flat.npy", np.zeros(12, np.uint8))
    with pytest.raises(InputError, match=r"flat.npy: expected an \(H, W, C\) image"):
        load_image_file(tmp_path / "flat.npy")
