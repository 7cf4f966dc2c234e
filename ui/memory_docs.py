"""Turning a decrypted document (in a SecretBuffer) into Qt objects, in memory only.

Qt needs its own copy of the bytes (a QByteArray); `wipe` overwrites it when the view closes.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument

import crypto

THUMB = QSize(120, 160)
THUMB_QUALITY = 80


def to_qbytearray(content: crypto.SecretBuffer) -> QByteArray:
    staging = bytearray(content.view())
    try:
        return QByteArray(staging)
    finally:
        staging[:] = bytes(len(staging))


def wipe(data: QByteArray) -> None:
    data.fill(0)
    data.clear()


class MemoryPdf:
    """A QPdfDocument reading from a QBuffer over `data` (close() wipes the bytes)."""

    def __init__(self, data: QByteArray) -> None:
        self.data = data
        self.buffer = QBuffer()
        self.buffer.setData(data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    def ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def render_page(self, page: int, width: int) -> QImage:
        points = self.document.pagePointSize(page)
        height = int(width * points.height() / max(points.width(), 1))
        return on_white(self.document.render(page, QSize(width, height)))

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        wipe(self.buffer.data())
        wipe(self.data)


def on_white(image: QImage) -> QImage:
    """QtPdf renders transparent pixels: put the page on white paper."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def thumbnail(content: crypto.SecretBuffer, media_type: str) -> QImage | None:
    """A small picture of the document's first page (None when it cannot be drawn)."""
    return thumbnail_of(content.view(), media_type)


def thumbnail_of(content: bytes | memoryview, media_type: str) -> QImage | None:
    """A small picture of the first page of `content` (None when it cannot be drawn).

    Safe in a worker thread (QImage and QtPdf only, no widget); Qt's copy is wiped after.
    """
    staging = bytearray(content)
    try:
        data = QByteArray(staging)
    finally:
        staging[:] = bytes(len(staging))
    try:
        if media_type == "application/pdf":
            pdf = MemoryPdf(data)
            try:
                if not pdf.ok() or pdf.document.pageCount() == 0:
                    return None
                image = pdf.render_page(0, THUMB.width())
            finally:
                pdf.close()
        else:
            image = _read_scaled(data)
            if image.isNull():
                return None
        return image.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    finally:
        wipe(data)


def _read_scaled(data: QByteArray) -> QImage:
    """Decode a photo straight at thumbnail size (a JPEG decoder skips most of the pixels)."""
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio))
        return reader.read()
    finally:
        buffer.close()


def thumbnail_jpeg(content: bytes | memoryview, media_type: str) -> bytes | None:
    """The thumbnail stored at deposit: a small JPEG of the first page (None: not drawable).

    Encoded in memory by Pillow (as `ui.camera.png_bytes`; reportlab already needs it).
    """
    from PIL import Image

    image = thumbnail_of(content, media_type)
    if image is None:
        return None
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    size = (rgb.width(), rgb.height())
    picture = Image.frombuffer(
        "RGB", size, bytes(rgb.constBits()), "raw", "RGB", rgb.bytesPerLine(), 1
    )
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=THUMB_QUALITY)
    return out.getvalue()


def image_of(picture: crypto.SecretBuffer) -> QImage:
    """A stored thumbnail as a QImage (the buffer is the caller's to wipe)."""
    staging = bytearray(picture.view())
    try:
        data = QByteArray(staging)
        image = QImage.fromData(data)
        wipe(data)
        return image
    finally:
        staging[:] = bytes(len(staging))
