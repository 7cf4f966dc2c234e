"""Reading the vault card's QR code, or the recovery sheet's, from a webcam photo (zxing-cpp),
in memory.

`read_card_code` accepts only a well-formed card code: another QR held to the camera (the
recovery sheet's, which carries the vault identity itself) is ignored and never shown.
`read_recovery_key` accepts only a vault identity, returned in a wipeable buffer, never shown.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QImage

import crypto

log = logging.getLogger(__name__)


def read_card_code(image: QImage) -> str | None:
    """The card code in a QR of `image`, or None when there is none (or no QR reader)."""
    try:
        import zxingcpp
    except ImportError:
        log.warning("zxing-cpp is not installed: QR codes cannot be read")
        return None
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    for barcode in zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    ):
        text = str(barcode.text).strip()
        try:
            secret = crypto.parse_card_code(text)
        except crypto.CryptoError:
            continue
        secret.zero()
        return text
    return None


def read_recovery_key(image: QImage) -> crypto.SecretBuffer | None:
    """The vault identity in the recovery sheet's QR of `image`, in a wipeable buffer (it is
    never shown on screen), or None when there is none (or no QR reader)."""
    try:
        import zxingcpp
    except ImportError:
        log.warning("zxing-cpp is not installed: QR codes cannot be read")
        return None
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    for barcode in zxingcpp.read_barcodes(gray):
        try:
            return crypto.parse_identity(str(barcode.text).strip())
        except crypto.CryptoError:
            continue
    return None
