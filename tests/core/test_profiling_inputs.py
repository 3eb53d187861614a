"""Run inputs: seeded random values, the bundled sample image, user images; the PNG reader."""

from __future__ import annotations

import numpy as np
import pytest

from core.run.inputs import InputError, InputSpec, load_image_file, make_input, normalised_channels, sample_image
from core.run.png import PngError, read_png, write_png


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
    with pytest.raises(InputError, match="not a PNG file"):
        load_image_file(tmp_path / "fake.png")


def test_png_round_trip_and_the_bundled_sample(tmp_path) -> None:
    pixels = np.random.default_rng(0).integers(0, 256, (7, 9, 4), dtype=np.uint8)
    write_png(tmp_path / "a.png", pixels)
    np.testing.assert_array_equal(read_png(tmp_path / "a.png"), pixels)
    np.save(tmp_path / "a.npy", pixels)
    np.testing.assert_array_equal(load_image_file(tmp_path / "a.npy"), pixels)
    sample = sample_image()
    assert sample.shape == (256, 256, 3) and len(np.unique(sample.reshape(-1, 3), axis=0)) > 20


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "LA", "P"])
def test_png_reader_agrees_with_pillow_on_every_row_filter(tmp_path, mode: str) -> None:
    image_module = pytest.importorskip("PIL.Image")  # an independent encoder; not a dependency of the app
    rng = np.random.default_rng(1)
    # smooth gradients plus noise make Pillow's adaptive filtering pick Sub, Up, Average and Paeth rows
    y, x = np.mgrid[0:40, 0:33]
    base = np.stack([x * 7, y * 5, (x + y) * 3, x * y % 256], -1) + rng.integers(0, 9, (40, 33, 4))
    rgba = (base % 256).astype(np.uint8)
    image = image_module.fromarray(rgba, "RGBA").convert(mode)
    image.save(tmp_path / "p.png", optimize=False)
    got = read_png(tmp_path / "p.png")
    # palette images come back as RGB (or RGBA when the palette has transparency)
    expected = np.asarray(image.convert("RGBA" if got.shape[-1] == 4 else "RGB") if mode == "P" else image)
    np.testing.assert_array_equal(got.reshape(expected.shape), expected)


def test_unsupported_png_says_what_it_found(tmp_path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    image_module.fromarray(np.zeros((4, 4), np.uint16)).save(tmp_path / "deep.png")
    with pytest.raises(PngError, match="16-bit .* not supported here"):
        read_png(tmp_path / "deep.png")


def test_png_average_filter_rows(tmp_path) -> None:
    """Pillow never picks the Average filter for these images, so write such rows by the spec."""
    import struct
    import zlib

    pixels = np.random.default_rng(2).integers(0, 256, (5, 6, 3), dtype=np.uint8)
    flat = pixels.reshape(5, -1).astype(int)
    rows = b""
    for y in range(5):
        up = flat[y - 1] if y else np.zeros(18, int)
        left = np.concatenate([[0, 0, 0], flat[y, :-3]])
        rows += b"\x03" + bytes(((flat[y] - (left + up) // 2) % 256).astype(np.uint8))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 6, 5, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    (tmp_path / "avg.png").write_bytes(data)
    np.testing.assert_array_equal(read_png(tmp_path / "avg.png"), pixels)
