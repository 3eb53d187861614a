"""The input a run feeds the block: seeded random normal values, the bundled sample image, or
an image the user picked, resized to the block's H x W and converted to its C channels.

Images arrive as (H, W, C) uint8 arrays: the GUI decodes any format with QImage, and the
bundled sample is a NumPy array file, so this module needs neither Qt nor an image library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core import i18n

SAMPLE_IMAGE = Path(__file__).resolve().parents[2] / "resources" / "sample.npy"  # resources/make_sample.py
INPUT_KINDS = ("random", "sample", "image")
# ImageNet statistics: what pretrained-style blocks expect after ToTensor + Normalize
MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)
GREY_WEIGHTS = (0.299, 0.587, 0.114)  # ITU-R BT.601 luma


class InputError(ValueError):
    """The input cannot be made; the message says which file or array and why."""


@dataclass(frozen=True)
class InputSpec:
    kind: str = "random"  # one of INPUT_KINDS
    seed: int = 0
    image: np.ndarray | None = None  # (H, W, C) uint8 for kind "image"
    source: str = ""  # where the image came from, for captions and errors

    def describe(self) -> str:
        if self.kind == "random":
            return i18n.translate("RunInput", "random normal (seed {seed})").format(seed=self.seed)
        if self.kind == "sample":
            return i18n.translate("RunInput", "sample image")
        if self.source:
            return i18n.translate("RunInput", "image {name}").format(name=Path(self.source).name)
        return i18n.translate("RunInput", "image")


@dataclass
class RunInput:
    values: np.ndarray  # float32 of the block's input shape, (N, C, H, W) or (N, F): what the block receives
    picture: np.ndarray | None  # (H, W, 3) uint8 resized image for display; None for random input
    description: str


def make_input(spec: InputSpec, shape: tuple[int, ...]) -> RunInput:
    """The float32 input of `shape` for `spec`: random normal for any shape, an image (repeated
    over the batch) only for an image input (N, C, H, W)."""
    if spec.kind == "random":
        import torch

        generator = torch.Generator().manual_seed(spec.seed)
        values = torch.randn(tuple(shape), generator=generator).numpy()
        return RunInput(values, None, spec.describe())
    if spec.kind not in INPUT_KINDS:
        message = i18n.translate("RunInput", "input kind {kind!r} is not one of {kinds}")
        raise InputError(message.format(kind=spec.kind, kinds=", ".join(INPUT_KINDS)))
    if len(shape) != 4:
        dims = ", ".join(str(n) for n in shape)
        message = i18n.translate(
            "RunInput",
            "the {input} needs an image input (N, C, H, W), but this block's input shape is ({dims}); "
            "use random normal input, or switch the input to image (N, C, H, W)",
        )
        raise InputError(message.format(input=spec.describe(), dims=dims))
    n, c, h, w = shape
    if spec.kind == "sample":
        image = sample_image()
    else:
        if spec.image is None:
            raise InputError(i18n.translate("RunInput", "no image was given for the image input"))
        image = spec.image
    rgb = resize(as_rgb(image, spec.source or spec.kind), h, w)
    single = normalised_channels(rgb, c)
    values = np.repeat(single[None].astype(np.float32), n, axis=0)
    return RunInput(values, rgb, spec.describe())


def sample_image() -> np.ndarray:
    """The bundled 256x256 RGB sample scene."""
    try:
        return load_image_file(SAMPLE_IMAGE)
    except InputError as exc:
        raise InputError(
            i18n.translate("RunInput", "the bundled sample image is unusable: {problem}").format(problem=exc)
        ) from None


def load_image_file(path: str | Path) -> np.ndarray:
    """(H, W, C) uint8 pixels from a .npy file; picture formats (PNG, JPEG ...) are decoded by the GUI."""
    path = Path(path)
    if path.suffix.lower() != ".npy":
        message = i18n.translate(
            "RunInput", "{name}: core reads pixels from .npy files; open pictures in the app's Run tab"
        )
        raise InputError(message.format(name=path.name))
    try:
        array = np.load(path, allow_pickle=False)  # never unpickle: a file may come from anywhere
    except (OSError, ValueError, EOFError) as exc:
        raise InputError(
            i18n.translate("RunInput", "cannot read {path}: {problem}").format(path=path, problem=exc)
        ) from None
    if array.dtype != np.uint8:
        raise InputError(
            i18n.translate("RunInput", "{name}: expected uint8 pixels, found {dtype}").format(
                name=path.name, dtype=array.dtype
            )
        )
    as_rgb(array, path.name)  # the shape check, with the file's name in the message
    return array


def as_rgb(image: np.ndarray, source: str) -> np.ndarray:
    """(H, W, 3) uint8 from grey, grey+alpha, RGB or RGBA pixels (alpha is dropped)."""
    array = np.asarray(image)
    if array.dtype != np.uint8:
        raise InputError(
            i18n.translate("RunInput", "{name}: expected 8-bit pixels, found {dtype}").format(
                name=source, dtype=array.dtype
            )
        )
    if array.ndim == 2:
        array = array[:, :, None]
    if array.ndim != 3 or array.shape[2] not in (1, 2, 3, 4) or min(array.shape[:2]) < 1:
        message = i18n.translate(
            "RunInput", "{name}: expected an (H, W, C) image with 1 to 4 channels, got shape {shape}"
        )
        raise InputError(message.format(name=source, shape=array.shape))
    if array.shape[2] in (1, 2):
        return np.repeat(array[:, :, :1], 3, axis=2)
    return np.ascontiguousarray(array[:, :, :3])


def resize(rgb: np.ndarray, height: int, width: int) -> np.ndarray:
    """Bilinear resize with antialiasing (what torchvision's Resize does to tensors)."""
    if rgb.shape[:2] == (height, width):
        return rgb
    import torch
    import torch.nn.functional as F

    tensor = torch.from_numpy(rgb).permute(2, 0, 1)[None].float()
    antialias = height < rgb.shape[0] or width < rgb.shape[1]
    out = F.interpolate(tensor, size=(height, width), mode="bilinear", align_corners=False, antialias=antialias)
    return out[0].permute(1, 2, 0).round().clamp(0, 255).to(torch.uint8).numpy()


def normalised_channels(rgb: np.ndarray, channels: int) -> np.ndarray:
    """(C, H, W) float32: 3 -> RGB, 1 -> grey, other counts cycle R, G, B; ImageNet-normalised."""
    unit = rgb.astype(np.float32) / 255.0
    if channels == 1:
        grey = unit @ np.asarray(GREY_WEIGHTS, np.float32)
        mean, std = float(np.dot(MEAN, GREY_WEIGHTS)), float(np.dot(STD, GREY_WEIGHTS))
        return ((grey - mean) / std)[None]
    planes = [(unit[:, :, i % 3] - MEAN[i % 3]) / STD[i % 3] for i in range(channels)]
    return np.stack(planes).astype(np.float32)
