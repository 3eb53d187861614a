"""Regenerate resources/sample.npy, an (H, W, 3) uint8 array: a synthetic scene with edges,
stripes, textures and colours, so the first conv layer's activations show edge and colour detectors.

    .venv/bin/python resources/make_sample.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

SIZE = 256


def scene(size: int = SIZE) -> np.ndarray:
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size
    img = np.zeros((size, size, 3), np.float32)
    # sky: vertical blue gradient
    img[..., 0] = 0.35 + 0.3 * y
    img[..., 1] = 0.55 + 0.3 * y
    img[..., 2] = 0.95 - 0.1 * y
    # sun with a soft rim
    sun = np.hypot(x - 0.78, y - 0.2)
    img[sun < 0.09] = (1.0, 0.85, 0.2)
    ring = (sun >= 0.09) & (sun < 0.11)
    img[ring] = img[ring] * 0.5 + np.array([1.0, 0.6, 0.1]) * 0.5
    # rolling hills (a sine horizon) with grass stripes
    horizon = 0.62 + 0.06 * np.sin(x * 9.0)
    ground = y > horizon
    stripes = 0.5 + 0.5 * np.sin((x * 40 + y * 12) * np.pi)
    img[ground] = np.stack([0.15 + 0.1 * stripes, 0.5 + 0.2 * stripes, 0.15 + 0.05 * stripes], -1)[ground]
    # a red house with a dark roof, a door and two windows
    house = (x > 0.12) & (x < 0.42) & (y > 0.45) & (y < 0.78)
    img[house] = (0.75, 0.18, 0.15)
    roof = (y <= 0.45) & (y > 0.45 - 0.5 * (0.15 - np.abs(x - 0.27))) & (np.abs(x - 0.27) < 0.17)
    img[roof] = (0.25, 0.2, 0.25)
    for wx in (0.16, 0.32):
        window = (x > wx) & (x < wx + 0.07) & (y > 0.52) & (y < 0.6)
        img[window] = (0.95, 0.95, 0.6)
        img[window & ((np.abs(x - wx - 0.035) < 0.004) | (np.abs(y - 0.56) < 0.004))] = (0.2, 0.2, 0.2)
    img[(x > 0.25) & (x < 0.3) & (y > 0.66) & (y < 0.78)] = (0.35, 0.2, 0.1)
    # a checkerboard sign on a post (high-frequency edges in both directions)
    board = (x > 0.58) & (x < 0.9) & (y > 0.66) & (y < 0.92)
    checks = ((np.floor(x * 40) + np.floor(y * 40)) % 2).astype(np.float32)
    img[board] = np.stack([checks, checks, checks], -1)[board] * 0.9 + 0.05
    img[(x > 0.72) & (x < 0.76) & (y >= 0.92)] = (0.4, 0.3, 0.2)
    # diagonal kite lines in the sky
    lines = (np.abs(((x - y * 0.6) * 30) % 1 - 0.5) < 0.06) & (x > 0.45) & (x < 0.65) & (y < 0.4)
    img[lines] = (0.9, 0.1, 0.6)
    return (np.clip(img, 0, 1) * 255).round().astype(np.uint8)


if __name__ == "__main__":
    np.save(ROOT / "resources" / "sample.npy", scene())
