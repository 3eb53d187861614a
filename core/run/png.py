"""A small PNG reader and writer on zlib + numpy, so core reads the bundled sample image
without Pillow (not a dependency) and without Qt (core never imports it).

Reads 8-bit, non-interlaced grey, grey+alpha, RGB, RGBA and palette images; the GUI opens
every other format (JPEG, BMP, 16-bit or interlaced PNG ...) with QImage and hands core an
array instead.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> samples per pixel


class PngError(ValueError):
    """The file is not a PNG this reader handles; the message says what it found."""


def read_png(path: str | Path) -> np.ndarray:
    """(H, W, C) uint8 with C = 1, 2, 3 or 4 (palette images come back as RGB or RGBA)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PngError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.startswith(SIGNATURE):
        raise PngError(f"{path.name} is not a PNG file")
    header: tuple[int, ...] | None = None
    palette = transparency = b""
    compressed = bytearray()
    pos = len(SIGNATURE)
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"tRNS":
            transparency = body
        elif kind == b"IDAT":
            compressed += body
        elif kind == b"IEND":
            break
    if header is None:
        raise PngError(f"{path.name}: no IHDR chunk")
    width, height, depth, colour, _method, _filter, interlace = header
    if depth != 8 or colour not in _CHANNELS or interlace:
        raise PngError(
            f"{path.name}: {depth}-bit colour type {colour}{' interlaced' if interlace else ''} PNG is not "
            "supported here (8-bit, non-interlaced only); open it through the app, which reads any image"
        )
    channels = _CHANNELS[colour]
    try:
        raw = zlib.decompress(bytes(compressed))
    except zlib.error as exc:
        raise PngError(f"{path.name}: damaged image data ({exc})") from None
    stride = width * channels
    if len(raw) < height * (stride + 1):
        raise PngError(f"{path.name}: image data is shorter than {width}x{height} pixels")
    pixels = _unfilter(raw, height, stride, channels).reshape(height, width, channels)
    if colour == 3:
        pixels = _apply_palette(pixels[..., 0], palette, transparency, path.name)
    return pixels


def write_png(path: str | Path, pixels: np.ndarray) -> None:
    """Write (H, W) or (H, W, 1|3|4) uint8 pixels as a PNG."""
    array = np.ascontiguousarray(pixels, dtype=np.uint8)
    if array.ndim == 2:
        array = array[:, :, None]
    height, width, channels = array.shape
    colour = {1: 0, 2: 4, 3: 2, 4: 6}[channels]
    rows = np.concatenate([np.zeros((height, 1), np.uint8), array.reshape(height, -1)], axis=1)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    data = SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows.tobytes(), 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(data)


def _unfilter(raw: bytes, height: int, stride: int, bpp: int) -> np.ndarray:
    out = np.zeros((height, stride), np.uint8)
    previous = np.zeros(stride, np.uint8)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        row = np.frombuffer(raw, np.uint8, stride, start + 1).copy()
        if kind == 1:  # Sub: each byte adds the one bpp to its left -> a running sum per channel
            row = np.cumsum(row.reshape(-1, bpp), axis=0, dtype=np.uint8).reshape(-1)
        elif kind == 2:  # Up
            row = row + previous
        elif kind in (3, 4):  # Average, Paeth: sequential along the row
            row = _sequential(row, previous, bpp, kind)
        elif kind != 0:
            raise PngError(f"unknown PNG row filter {kind}")
        out[y] = row
        previous = out[y]
    return out


def _sequential(row: np.ndarray, previous: np.ndarray, bpp: int, kind: int) -> np.ndarray:
    current = bytearray(row.tobytes())
    up = previous.tobytes()
    for i in range(len(current)):
        left = current[i - bpp] if i >= bpp else 0
        if kind == 3:
            current[i] = (current[i] + ((left + up[i]) >> 1)) & 0xFF
            continue
        upper_left = up[i - bpp] if i >= bpp else 0
        estimate = left + up[i] - upper_left
        pa, pb, pc = abs(estimate - left), abs(estimate - up[i]), abs(estimate - upper_left)
        predictor = left if pa <= pb and pa <= pc else (up[i] if pb <= pc else upper_left)
        current[i] = (current[i] + predictor) & 0xFF
    return np.frombuffer(bytes(current), np.uint8)


def _apply_palette(indices: np.ndarray, palette: bytes, transparency: bytes, name: str) -> np.ndarray:
    if not palette:
        raise PngError(f"{name}: palette image without a PLTE chunk")
    table = np.frombuffer(palette, np.uint8).reshape(-1, 3)
    if transparency:
        alpha = np.full((len(table), 1), 255, np.uint8)
        alpha[: len(transparency), 0] = np.frombuffer(transparency, np.uint8)[: len(table)]
        table = np.concatenate([table, alpha], axis=1)
    if indices.max(initial=0) >= len(table):
        raise PngError(f"{name}: palette index beyond the {len(table)} palette entries")
    return table[indices]
