"""The built-in "Shapes" dataset: small RGB images of circles, squares, triangles and stripes.

Drawn with numpy alone, deterministically from a seed, at any count and size, so training
works offline and in tests. This module imports nothing from Block Studio: the generated
train.py embeds its source verbatim, so a script reproduces exactly the images the app used
(which is also why its lines stay within 88 characters, the generated code's limit).
"""

from __future__ import annotations

import numpy as np

SHAPE_CLASSES = ("circle", "square", "triangle", "stripes")


def make_shapes(count: int, seed: int = 0, size: int = 32):
    """`count` images, float32 (count, 3, size, size) in [0, 1], and their int64 labels.

    Classes are balanced and shuffled; each image has its own colours, position, size
    and a little noise.
    """
    rng = np.random.default_rng(seed)
    classes = len(SHAPE_CLASSES)
    labels = rng.permutation(np.arange(count) % classes).astype(np.int64)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    yy, xx = yy[None], xx[None]  # broadcast against one value per image
    s = float(size)

    def per_image(low, high):
        return rng.uniform(low, high, count).astype(np.float32)[:, None, None]

    # half the shape's extent, and a centre that keeps the whole shape in the image
    radius = per_image(0.16 * s, 0.36 * s)
    cx = per_image(0, 1) * (s - 2 * radius) + radius
    cy = per_image(0, 1) * (s - 2 * radius) + radius
    dx, dy = xx - cx, yy - cy

    circle = dx**2 + dy**2 <= radius**2
    square = (np.abs(dx) <= radius * 0.85) & (np.abs(dy) <= radius * 0.85)
    # upright triangle: 0 at the apex, 1 at the base, widening linearly
    depth = (dy + radius) / (2 * radius)
    triangle = (depth >= 0) & (depth <= 1) & (np.abs(dx) <= depth * radius)
    period = per_image(3, 6)
    vertical = rng.random(count)[:, None, None] < 0.5
    along = np.where(vertical, xx, yy)
    stripes = square & (np.floor(along / period) % 2 == 0)

    # (class, count, size, size) -> the mask of each image's own class
    masks = np.stack([circle, square, triangle, stripes])
    mask = masks[labels, np.arange(count)].astype(np.float32)[:, None]

    # a dark background and a bright shape: the contrast has one sign, so a single
    # conv layer can learn edge detectors that work for every colour
    background = rng.uniform(0, 0.3, (count, 3)).astype(np.float32)
    hue = rng.uniform(0, 1, (count, 3)).astype(np.float32)
    foreground = 0.6 + 0.4 * hue / hue.max(1, keepdims=True)
    dim = rng.uniform(0.3, 1, (count, 3)).astype(np.float32) ** 0.5
    foreground = np.clip(foreground * dim, 0, 1)
    foreground[np.arange(count), hue.argmax(1)] = rng.uniform(0.75, 1, count)
    inside = foreground[:, :, None, None] * mask
    images = background[:, :, None, None] * (1 - mask) + inside
    images += rng.normal(0, 0.03, images.shape).astype(np.float32)
    return np.clip(images, 0, 1).astype(np.float32), labels
