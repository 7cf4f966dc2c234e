"""Webcam photos are encoded in memory; a PC without a camera says so."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.camera import CameraCapture, png_bytes


def test_a_photo_becomes_png_bytes_in_memory(qtbot: QtBot) -> None:
    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1d4f91"))
    data = png_bytes(image)
    back = QImage.fromData(data)
    assert data.startswith(b"\x89PNG") and back.size() == image.size()
    assert back.pixelColor(10, 10).name() == "#1d4f91"


def test_no_camera_headless(qtbot: QtBot) -> None:
    from PySide6.QtMultimediaWidgets import QVideoWidget

    preview = QVideoWidget()
    qtbot.addWidget(preview)
    camera = CameraCapture()
    assert camera.available() is False
    assert camera.start(preview) is False
