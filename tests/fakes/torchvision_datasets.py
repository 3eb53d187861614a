"""A stand-in for torchvision's MNIST, which does not import beside the CPU torch here.

It downloads the way torchvision 0.15+ does, through `torchvision.datasets.utils.tqdm` (a
context manager with `update(len(chunk))`), so the app's download progress is tested on the
loop it hooks; the images are random.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager

import torch

DOWNLOAD_BYTES = 9_912_422  # MNIST's train-images-idx3-ubyte.gz
CHUNK = 1024 * 1024


class _TerminalBar:
    """torchvision's own tqdm, as far as the loop uses it (it would print to the terminal)."""

    def __init__(self, *_args: object, total: int | None = None, **_kwargs: object) -> None:
        self.total, self.n = total, 0

    def update(self, n: int = 1) -> None:
        self.n += n

    def __enter__(self) -> _TerminalBar:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass


def _fake_package() -> dict[str, types.ModuleType]:
    utils = types.ModuleType("torchvision.datasets.utils")
    utils.tqdm = _TerminalBar

    class MNIST:
        words = "zero one two three four five six seven eight nine".split()
        classes = [f"{n} - {word}" for n, word in enumerate(words)]

        def __init__(self, root: str, train: bool = True, download: bool = False) -> None:
            with utils.tqdm(total=DOWNLOAD_BYTES) as bar:  # torchvision's _save_response_content
                for start in range(0, DOWNLOAD_BYTES, CHUNK):
                    bar.update(min(CHUNK, DOWNLOAD_BYTES - start))
            generator = torch.Generator().manual_seed(0 if train else 1)
            count = 60 if train else 20
            self.data = torch.randint(0, 256, (count, 28, 28), dtype=torch.uint8, generator=generator)
            self.targets = torch.arange(count) % 10

    datasets = types.ModuleType("torchvision.datasets")
    datasets.MNIST = MNIST
    datasets.utils = utils
    package = types.ModuleType("torchvision")
    package.datasets = datasets
    return {"torchvision": package, "torchvision.datasets": datasets, "torchvision.datasets.utils": utils}


@contextmanager
def fake_torchvision() -> Iterator[types.ModuleType]:
    """The stand-in in sys.modules for the block; whatever was there before afterwards. Yields its utils."""
    modules = _fake_package()
    before = {name: sys.modules.get(name) for name in modules}
    sys.modules.update(modules)
    try:
        yield modules["torchvision.datasets.utils"]
    finally:
        for name, module in before.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
