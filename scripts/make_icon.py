"""The application icon (resources/icons/tiepdan.ico and tiepdan.png), drawn with Qt's QPainter.

    python scripts/make_icon.py [OUT_DIR]

A bound logbook — the "sổ" of "Sổ tiếp công dân" — with a Vietnamese-red cover, a darker
spine, cream page edges and a yellow star over a white title label. Every size is drawn on its
own pixel grid rather than scaled down from 256 px, so the 16 px icon stays crisp: small sizes
drop the label's lines and snap the shapes to whole pixels.

The .ico holds 16, 24, 32, 48 px as 32-bit BMP images (every Windows version reads those) and
256 px as PNG (the Vista+ convention, keeps the file small). No Pillow: the ICO container is
written by hand (ICONDIR + ICONDIRENTRY, then the images).
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 256)
PNG_SIZE = 256

RED = QColor("#da251d")  # the flag's red
RED_DARK = QColor("#a3150f")
RED_SHADE = QColor("#c01e17")
YELLOW = QColor("#ffcd00")
PAGE = QColor("#fbf6e9")
PAGE_EDGE = QColor("#d9cfb5")
LINE = QColor("#9aa3ad")


# Below 32 px an antialiased star is a yellow smudge: these are set pixel by pixel.
_PIXEL_STARS = {
    16: ("..#..", "#####", ".###.", ".#.#."),
    24: ("...#...", "..###..", "#######", ".#####.", "..###..", ".##.##.", ".#...#."),
}


def _star(cx: float, cy: float, r_outer: float) -> QPolygonF:
    r_inner = r_outer * 0.382
    points = []
    for i in range(10):
        r = r_outer if i % 2 == 0 else r_inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return QPolygonF(points)


def draw(size: int) -> QImage:
    """The icon at `size` × `size` pixels, transparent around the book."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    small = size < 32

    def px(v: float) -> float:
        """A length given on the 256 grid, at this size; whole pixels below 32 px."""
        scaled = v * size / 256
        return float(round(scaled)) if small else scaled

    # The book's box: a little narrower than tall, centred.
    left, top = px(30), px(12)
    right, bottom = size - px(30), size - px(12)
    if size == 16:
        left, top, right, bottom = 2.0, 1.0, 14.0, 15.0
    radius = max(1.0, px(18))
    edge = max(1.0, px(14))  # cream page edge showing at the right and bottom

    # Pages: the block under the cover, shifted right/down.
    pages = QRectF(left + edge, top + edge, right - left - edge, bottom - top - edge)
    p.setBrush(PAGE_EDGE)
    p.drawRoundedRect(pages, radius, radius)
    if size >= 48:  # the leaves' fine lines on the page edge
        p.setPen(QPen(QColor("#bfb394"), max(1.0, size / 128)))
        for k in (0.35, 0.65):
            y = bottom - edge * k
            p.drawLine(QPointF(left + radius + edge, y), QPointF(right - radius * 0.6, y))
            x = right - edge * k
            p.drawLine(QPointF(x, top + radius + edge), QPointF(x, bottom - radius * 0.6))
        p.setPen(Qt.PenStyle.NoPen)

    # Cover.
    cover = QRectF(left, top, right - left - edge, bottom - top - edge)
    path = QPainterPath()
    path.addRoundedRect(cover, radius, radius)
    p.setBrush(RED)
    p.drawPath(path)
    # Spine: a darker band at the left, with a highlight seam.
    spine_w = max(2.0, px(34)) if size > 16 else 3.0
    p.save()
    p.setClipPath(path)
    p.setBrush(RED_DARK)
    p.drawRect(QRectF(cover.left(), cover.top(), spine_w, cover.height()))
    if size >= 32:
        p.setBrush(RED_SHADE)
        p.drawRect(QRectF(cover.left() + spine_w, cover.top(), max(1.0, px(6)), cover.height()))
    p.restore()

    # The star and the white title label, centred on the cover right of the spine.
    face = QRectF(cover.left() + spine_w, cover.top(), cover.width() - spine_w, cover.height())
    cx = face.center().x()
    if size in _PIXEL_STARS:
        pattern = _PIXEL_STARS[size]
        x0, y0 = int(cx) - len(pattern[0]) // 2, int(face.top()) + size // 8
        for row, bits in enumerate(pattern):
            for col, bit in enumerate(bits):
                if bit == "#":
                    p.fillRect(QRectF(x0 + col, y0 + row, 1, 1), YELLOW)
    else:
        p.setBrush(YELLOW)
        p.drawPolygon(_star(cx, face.top() + face.height() * 0.30, face.width() * 0.27))
    if size == 16:
        p.setBrush(PAGE)
        p.drawRect(QRectF(face.left() + 1, face.top() + 8, face.width() - 2, 2))
    else:
        label_w = face.width() * 0.66
        label_h = face.height() * (0.22 if size >= 32 else 0.16)
        label = QRectF(cx - label_w / 2, face.top() + face.height() * 0.58, label_w, label_h)
        if small:
            label = QRectF(round(label.left()), round(label.top()),
                           round(label.width()), max(2, round(label.height())))
        p.setBrush(PAGE)
        p.drawRoundedRect(label, px(6), px(6))
        if size >= 32:  # two ruled lines on the label: a logbook's title
            p.setPen(QPen(LINE, max(1.0, size / 96), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            for frac in (0.36, 0.66):
                y = label.top() + label.height() * frac
                p.drawLine(QPointF(label.left() + label_w * 0.16, y),
                           QPointF(label.right() - label_w * 0.16, y))
    p.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_bytes(image: QImage) -> bytes:
    """An ICO's BMP image: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, then the AND mask."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # straight alpha, BGRA in memory
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(img.constScanLine(y))[: w * 4] for y in range(h)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((w + 31) // 32) * 4
    mask = bytes(mask_stride * h)  # all zero: the alpha channel decides
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for image in images:
        blob = _png_bytes(image) if image.width() >= 256 else _bmp_bytes(image)
        dim = image.width() % 256  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def make(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    ico = out_dir / "tiepdan.ico"
    ico.write_bytes(ico_bytes([draw(s) for s in ICO_SIZES]))
    png = out_dir / "tiepdan.png"
    png.write_bytes(_png_bytes(draw(PNG_SIZE)))
    return [ico, png]


if __name__ == "__main__":
    for written in make(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT):
        print(written)
