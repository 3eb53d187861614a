"""The built-in "Shapes" dataset: small RGB images of circles, squares, triangles and stripes.

Drawn with numpy alone, deterministically from a seed, at any count and size, so training
works offline and in tests. This module imports nothing from Block Studio: the generated
train.py embeds its source verbatim, so a script reproduces exactly the images the app used.
"""

from __future__ import annotations

import numpy as np

SHAPE_CLASSES = ("circle", "square", "triangle", "stripes")


def make_shapes(count: int, seed: int = 0, size: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """`count` images as float32 (count, 3, size, size) in [0, 1] and their int64 labels.

    Classes are balanced and shuffled; each image has its own background and foreground
    colour (kept apart so the shape is always visible), position, size and a little noise.
    """
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(count) % len(SHAPE_CLASSES)).astype(np.int64)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    yy, xx = yy[None], xx[None]  # broadcast against one value per image
    s = float(size)

    def per_image(low: float, high: float) -> np.ndarray:
        return rng.uniform(low, high, count).astype(np.float32)[:, None, None]

    radius = per_image(0.16 * s, 0.36 * s)  # half the shape's extent
    cx = per_image(0, 1) * (s - 2 * radius) + radius  # the shape lies inside the image
    cy = per_image(0, 1) * (s - 2 * radius) + radius
    dx, dy = xx - cx, yy - cy

    circle = dx**2 + dy**2 <= radius**2
    square = (np.abs(dx) <= radius * 0.85) & (np.abs(dy) <= radius * 0.85)
    # upright triangle: apex at the top, base at the bottom, widening linearly
    depth = (dy + radius) / (2 * radius)  # 0 at the apex, 1 at the base
    triangle = (depth >= 0) & (depth <= 1) & (np.abs(dx) <= depth * radius)
    period = per_image(3, 6)
    vertical = rng.random(count)[:, None, None] < 0.5
    along = np.where(vertical, xx, yy)
    stripes = square & (np.floor(along / period) % 2 == 0)

    masks = np.stack([circle, square, triangle, stripes])  # (class, count, size, size)
    mask = masks[labels, np.arange(count)].astype(np.float32)[:, None]  # (count, 1, size, size)

    # a dark background and a bright shape: the contrast has one sign, so a single conv layer
    # can learn edge detectors that work for every colour
    background = rng.uniform(0, 0.3, (count, 3)).astype(np.float32)
    hue = rng.uniform(0, 1, (count, 3)).astype(np.float32)
    foreground = 0.6 + 0.4 * hue / hue.max(1, keepdims=True)
    foreground = np.clip(foreground * rng.uniform(0.3, 1, (count, 3)).astype(np.float32) ** 0.5, 0, 1)
    foreground[np.arange(count), hue.argmax(1)] = rng.uniform(0.75, 1, count)
    images = background[:, :, None, None] * (1 - mask) + foreground[:, :, None, None] * mask
    images += rng.normal(0, 0.03, images.shape).astype(np.float32)
    return np.clip(images, 0, 1).astype(np.float32), labels
