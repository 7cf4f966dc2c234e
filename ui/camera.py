"""Photos of papers with the webcam (QCamera + QImageCapture), kept in memory as PNG bytes.

`QImageCapture.capture()` (not `captureToFile`) hands the picture over as a QImage: nothing is
written to disk. On a PC without a camera `available()` is False and the screen says so.
"""

from __future__ import annotations

import io
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget

log = logging.getLogger(__name__)


def png_bytes(image: QImage) -> bytes:
    """PNG bytes of `image`, encoded in memory (Pillow, which reportlab already needs)."""
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = bytes(rgb.constBits())
    size = (rgb.width(), rgb.height())
    picture = Image.frombuffer("RGB", size, raw, "raw", "RGB", rgb.bytesPerLine(), 1)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


class CameraCapture(QObject):
    #: Emitted with the PNG bytes of a photo just taken.
    captured = Signal(bytes)
    #: Emitted with one French sentence when the camera fails.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: QMediaCaptureSession | None = None
        self._camera: QCamera | None = None
        self._capture: QImageCapture | None = None

    @staticmethod
    def available() -> bool:
        return bool(QMediaDevices.videoInputs())

    def start(self, preview: QVideoWidget) -> bool:
        """Show the first camera in `preview`; False when there is none."""
        inputs = QMediaDevices.videoInputs()
        if not inputs:
            return False
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(inputs[0], self)
        self._capture = QImageCapture(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._session.setVideoOutput(preview)
        self._capture.imageCaptured.connect(lambda _id, image: self.captured.emit(png_bytes(image)))
        self._capture.errorOccurred.connect(lambda *_: self.failed.emit(self._error()))
        self._camera.start()
        return True

    def _error(self) -> str:
        return self.tr("La caméra n'a pas pu prendre la photo : recommencez.")

    def take(self) -> None:
        if self._capture is not None and self._capture.isReadyForCapture():
            self._capture.capture()
        else:
            self.failed.emit(self.tr("La caméra n'est pas prête : attendez un instant."))

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._session = self._camera = self._capture = None
