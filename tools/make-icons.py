#!/usr/bin/env python3
"""Writes extension/icons/icon-{16,32,48,128}.png (a page on a blue tile).

Standard library only: the PNG bytes are written with zlib and struct.
Run from the repository root: python3 tools/make-icons.py
"""
import struct
import zlib
from pathlib import Path

BLUE = (37, 99, 235, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y, size):
    r = max(2, size // 6)  # corner radius
    cx, cy = min(x, size - 1 - x), min(y, size - 1 - y)
    if cx < r and cy < r and (r - cx - 0.5) ** 2 + (r - cy - 0.5) ** 2 > r * r:
        return CLEAR
    px0, px1, py0, py1 = size * 0.25, size * 0.75, size * 0.18, size * 0.82
    if not (px0 <= x < px1 and py0 <= y < py1):
        return BLUE
    line_h = max(1, size // 16)
    for i, frac in enumerate((0.32, 0.48, 0.64)):  # three text lines on the page
        ly = int(size * frac)
        lx1 = px1 - size * 0.08 if i < 2 else px0 + size * 0.3
        if ly <= y < ly + line_h and px0 + size * 0.08 <= x < lx1:
            return BLUE
    return WHITE


def png(size):
    raw = b"".join(
        b"\0" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size)
    )

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "extension" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"icon-{size}.png").write_bytes(png(size))
