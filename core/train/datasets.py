"""Datasets the Train tab offers, all loaded whole into memory as float tensors in [0, 1].

- "shapes": built in (core/train/shapes.py), drawn from a seed, works offline;
- "folder": the user's images, one subfolder per class (torchvision's ImageFolder convention),
  read with Pillow when it is installed;
- "mnist", "fashionmnist", "cifar10": torchvision's dataset classes, downloaded into the app's
  data folder, when torchvision imports beside this torch.
Every failure is a DatasetError in words that names the dataset, file or folder.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import i18n
from core.train.download_progress import DownloadReport, reporting_downloads
from core.train.shapes import SHAPE_CLASSES, make_shapes

DATASETS = ("shapes", "folder", "mnist", "fashionmnist", "cifar10")
DATASET_LABELS = {  # English; shown through dataset_label(), which translates
    "shapes": i18n.QT_TRANSLATE_NOOP("Datasets", "Shapes (built in)"),
    "folder": i18n.QT_TRANSLATE_NOOP("Datasets", "A folder of images (one subfolder per class)"),
    "mnist": "MNIST (torchvision)",
    "fashionmnist": "FashionMNIST (torchvision)",
    "cifar10": "CIFAR-10 (torchvision)",
}
TORCHVISION_CLASSES = {"mnist": "MNIST", "fashionmnist": "FashionMNIST", "cifar10": "CIFAR10"}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")
MAX_IMAGES = 200_000
MAX_SIDE = 512
Progress = Callable[[str], None]


class DatasetError(Exception):
    """A dataset that cannot be loaded, in words."""


@dataclass(frozen=True)
class DatasetSpec:
    kind: str = "shapes"
    train_size: int = 6000  # images to train on (torchvision sets: the first ones, at most)
    val_size: int = 1000
    seed: int = 0  # shapes: the drawing; folder: the train/validation split
    image_size: int = 32  # shapes are drawn at this size; folder images are resized to it
    path: str = ""  # folder: the dataset; torchvision: the download folder ("" = the app's)

    def describe(self, translated: bool = True) -> str:
        """ "Shapes (built in), 6000 + 1000 images"; in English for generated code (translated=False)."""
        if not translated:
            where = f" from {self.path}" if self.kind == "folder" else ""
            return f"{DATASET_LABELS.get(self.kind, self.kind)}{where}, {self.train_size} + {self.val_size} images"
        where = i18n.translate("Datasets", " from {path}").format(path=self.path) if self.kind == "folder" else ""
        return i18n.translate("Datasets", "{label}{where}, {train} + {val} images").format(
            label=dataset_label(self.kind), where=where, train=self.train_size, val=self.val_size
        )


def dataset_label(kind: str) -> str:
    """The dataset's name in the current language."""
    label = DATASET_LABELS.get(kind)
    return kind if label is None else i18n.translate("Datasets", label)


@dataclass(eq=False)
class ImageSet:
    """Images (N, C, H, W) float32 in [0, 1], labels (N,) int64 and the class names."""

    images: Any
    labels: Any
    classes: tuple[str, ...]

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    @property
    def image_shape(self) -> tuple[int, int, int]:
        c, h, w = self.images.shape[1:]
        return int(c), int(h), int(w)

    def counts(self) -> list[int]:
        """How many images each class has."""
        import torch

        return torch.bincount(self.labels, minlength=len(self.classes)).tolist()


def default_data_folder() -> Path:
    """Where downloads go: $XDG_DATA_HOME/block-studio/datasets (~/.local/share/... by default)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "block-studio" / "datasets"


def check_spec(spec: DatasetSpec) -> DatasetSpec:
    if spec.kind not in DATASETS:
        raise DatasetError(
            i18n.translate("Datasets", "dataset {kind} is not one of {kinds}").format(
                kind=repr(spec.kind), kinds=", ".join(DATASETS)
            )
        )
    for name in ("train_size", "val_size"):
        value = getattr(spec, name)
        if not 1 <= value <= MAX_IMAGES:
            what = (
                i18n.translate("Datasets", "train size")
                if name == "train_size"
                else i18n.translate("Datasets", "val size")
            )
            raise DatasetError(
                i18n.translate("Datasets", "{what} must be from 1 to {limit}, got {value}").format(
                    what=what, limit=MAX_IMAGES, value=value
                )
            )
    if not 4 <= spec.image_size <= MAX_SIDE:
        raise DatasetError(
            i18n.translate("Datasets", "image size must be from 4 to {limit} pixels, got {value}").format(
                limit=MAX_SIDE, value=spec.image_size
            )
        )
    return spec


def load_dataset(
    spec: DatasetSpec, progress: Progress | None = None, downloads: DownloadReport | None = None
) -> tuple[ImageSet, ImageSet]:
    """(training set, validation set) for `spec`; raises DatasetError. `downloads` hears how far
    a torchvision download has got (bytes done, bytes in all)."""
    check_spec(spec)
    say = progress or (lambda text: None)
    if spec.kind == "shapes":
        say(i18n.translate("Datasets", "drawing {count} shapes").format(count=spec.train_size + spec.val_size))
        return shapes_sets(spec)
    if spec.kind == "folder":
        return folder_sets(spec, say)
    return torchvision_sets(spec, say, downloads)


def shapes_sets(spec: DatasetSpec) -> tuple[ImageSet, ImageSet]:
    import torch

    # the validation images come from another seed: never the same pictures as training
    train = make_shapes(spec.train_size, spec.seed, spec.image_size)
    val = make_shapes(spec.val_size, spec.seed + 1_000_003, spec.image_size)
    return tuple(ImageSet(torch.from_numpy(x), torch.from_numpy(y), SHAPE_CLASSES) for x, y in (train, val))  # type: ignore[return-value]


# ---- a folder of images --------------------------------------------------------------------


def pillow_available() -> bool:
    return importlib.util.find_spec("PIL") is not None


def folder_sets(spec: DatasetSpec, say: Progress) -> tuple[ImageSet, ImageSet]:
    """Every image under PATH/CLASS/, resized to image_size, split by seed into train and validation."""
    import torch

    files, classes = list_folder(spec.path)
    if not pillow_available():
        raise DatasetError(
            i18n.translate(
                "Datasets",
                "reading a folder of images needs Pillow, which is not installed here "
                "(pip install pillow); the Shapes dataset works without it",
            )
        )
    images, labels = [], []
    for number, (file, label) in enumerate(files):
        if number % 200 == 0:
            say(
                i18n.translate("Datasets", "reading images: {number} of {total}").format(
                    number=number, total=len(files)
                )
            )
        images.append(read_image(file, spec.image_size))
        labels.append(label)
    x = torch.stack(images)
    y = torch.tensor(labels, dtype=torch.int64)
    order = torch.randperm(len(files), generator=torch.Generator().manual_seed(spec.seed))
    val_count = min(spec.val_size, max(1, len(files) // 5))  # at most a fifth held out
    val_index, train_index = order[:val_count], order[val_count:][: spec.train_size]
    if len(train_index) == 0:
        raise DatasetError(
            i18n.translate("Datasets", "{path}: {count} image(s) are too few to train on and validate").format(
                path=spec.path, count=len(files)
            )
        )
    return ImageSet(x[train_index], y[train_index], classes), ImageSet(x[val_index], y[val_index], classes)


def list_folder(path: str) -> tuple[list[tuple[Path, int]], tuple[str, ...]]:
    """(image file, class index) pairs and the class names (the subfolders, sorted)."""
    root = Path(path).expanduser()
    if not path or not root.is_dir():
        raise DatasetError(
            i18n.translate("Datasets", "{path}: not a folder; choose a folder with one subfolder per class").format(
                path=path or i18n.translate("Datasets", "(no folder chosen)")
            )
        )
    class_dirs = sorted(d for d in root.iterdir() if d.is_dir() and not d.name.startswith("."))
    if len(class_dirs) < 2:
        raise DatasetError(
            i18n.translate(
                "Datasets", "{path}: a dataset folder needs at least 2 subfolders, one per class, with images in each"
            ).format(path=root)
        )
    files: list[tuple[Path, int]] = []
    for label, folder in enumerate(class_dirs):
        found = sorted(f for f in folder.rglob("*") if f.suffix.lower() in IMAGE_SUFFIXES and f.is_file())
        if not found:
            raise DatasetError(
                i18n.translate("Datasets", "{path}: no images ({suffixes}) in this class folder").format(
                    path=folder, suffixes=", ".join(IMAGE_SUFFIXES)
                )
            )
        files += [(f, label) for f in found]
    if len(files) > MAX_IMAGES:
        raise DatasetError(
            i18n.translate("Datasets", "{path}: {count} images; at most {limit} are loaded into memory").format(
                path=root, count=len(files), limit=MAX_IMAGES
            )
        )
    return files, tuple(d.name for d in class_dirs)


def read_image(file: Path, size: int) -> Any:
    """One image as a float32 (3, size, size) tensor in [0, 1]."""
    import numpy as np
    import torch
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(file) as image:
            rgb = image.convert("RGB").resize((size, size), Image.Resampling.BILINEAR)
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise DatasetError(
            i18n.translate("Datasets", "{path}: cannot read this image ({error})").format(path=file, error=exc)
        ) from None
    return torch.from_numpy(np.asarray(rgb, dtype=np.float32).transpose(2, 0, 1) / 255.0)


# ---- torchvision -----------------------------------------------------------------------------


def torchvision_sets(
    spec: DatasetSpec, say: Progress, downloads: DownloadReport | None = None
) -> tuple[ImageSet, ImageSet]:
    import torch

    name = TORCHVISION_CLASSES[spec.kind]
    datasets = import_torchvision_datasets(name)
    root = Path(spec.path).expanduser() if spec.path else default_data_folder()
    sets = []
    for train in (True, False):
        which = i18n.translate("Datasets", "training") if train else i18n.translate("Datasets", "test")
        say(
            i18n.translate("Datasets", "loading {name} ({which} images) into {path}").format(
                name=name, which=which, path=root
            )
        )
        try:
            root.mkdir(parents=True, exist_ok=True)
            with reporting_downloads(downloads):
                data = getattr(datasets, name)(str(root), train=train, download=True)
        except OSError as exc:  # URLError is an OSError: offline, DNS, refused
            raise DatasetError(
                i18n.translate(
                    "Datasets",
                    "cannot download {name} into {path}: {reason}; "
                    "connect to the internet once, or use Shapes or a folder of images",
                ).format(name=name, path=root, reason=getattr(exc, "reason", None) or exc)
            ) from None
        except RuntimeError as exc:  # torchvision's "Dataset not found or corrupted"
            raise DatasetError(
                i18n.translate("Datasets", "{name} in {path} is missing or damaged: {error}").format(
                    name=name, path=root, error=exc
                )
            ) from None
        limit = spec.train_size if train else spec.val_size
        x = torch.as_tensor(data.data[:limit])
        x = x[:, None] if x.ndim == 3 else x.permute(0, 3, 1, 2)  # MNIST: (N, H, W); CIFAR: (N, H, W, C)
        y = torch.as_tensor(data.targets[:limit], dtype=torch.int64)
        sets.append(ImageSet(x.float() / 255.0, y, tuple(data.classes)))
    return sets[0], sets[1]


def import_torchvision_datasets(name: str) -> Any:
    """torchvision.datasets, or a DatasetError that says why it cannot be used here."""
    import torch

    try:
        return importlib.import_module("torchvision.datasets")
    except ModuleNotFoundError:
        reason = i18n.translate("Datasets", "torchvision is not installed")
    except Exception as exc:  # a torchvision built for another torch fails on import (missing ops)
        reason = i18n.translate("Datasets", "torchvision does not import beside torch {version} ({error})").format(
            version=torch.__version__, error=f"{type(exc).__name__}: {exc}"
        )
    raise DatasetError(
        i18n.translate(
            "Datasets",
            "{name} comes through torchvision, but {reason}. Install the torchvision release made for "
            "torch {version} (pip install torchvision --index-url "
            "https://download.pytorch.org/whl/cpu), or use Shapes or a folder of images",
        ).format(name=name, reason=reason, version=torch.__version__.split("+")[0])
    )
