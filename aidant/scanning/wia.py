"""Desk scanners on Windows: WIA (Windows Image Acquisition) through its COM automation layer.

The page comes back as PNG bytes from `ImageFile.FileData.BinaryData`: nothing is written to
disk. `pywin32` provides the COM bridge (a Windows-only dependency). The COM calls follow
Microsoft's "WIA Automation Layer" reference; tests drive them with a stand-in object, and the
backend has not yet been run against a real Windows scanner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from aidant.scanning.base import ScannerDevice, ScannerError
from aidant.scanning.texts import ScanText

log = logging.getLogger(__name__)

#: WiaDeviceType.ScannerDeviceType
SCANNER_DEVICE_TYPE = 1
#: FormatID of PNG (wiaFormatPNG)
WIA_FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"
#: Item properties: horizontal and vertical resolution (dpi), current intent (colour).
HORIZONTAL_RESOLUTION = "6147"
VERTICAL_RESOLUTION = "6148"
CURRENT_INTENT = "6146"
INTENT_COLOR = 1

Dispatch = Callable[[str], Any]


def _com_dispatch(prog_id: str) -> Any:
    try:
        import win32com.client  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise ScannerError(ScanText.NO_PYWIN32) from None
    return win32com.client.Dispatch(prog_id)


def _property(properties: Any, name: str) -> Any:
    for prop in properties:
        if str(prop.Name) == name or str(getattr(prop, "PropertyID", "")) == name:
            return prop
    return None


class WiaBackend:
    """WIA scanners (the `ScanBackend` interface of aidant.scanning.base)."""

    def __init__(self, dispatch: Dispatch = _com_dispatch) -> None:
        self._dispatch = dispatch

    def _infos(self) -> list[Any]:
        try:
            manager = self._dispatch("WIA.DeviceManager")
            return [i for i in manager.DeviceInfos if int(i.Type) == SCANNER_DEVICE_TYPE]
        except ScannerError:
            raise
        except Exception as exc:  # COM raises pywintypes.com_error and friends
            log.warning("WIA device list failed: %s", exc)
            raise ScannerError(ScanText.WIA_NOT_RESPONDING) from exc

    def devices(self) -> list[ScannerDevice]:
        found = []
        for info in self._infos():
            name = _property(info.Properties, "Name")
            label = str(name.Value) if name is not None else str(info.DeviceID)
            found.append(ScannerDevice(str(info.DeviceID), label))
        return found

    def scan_page(self, device: ScannerDevice, resolution: int = 200) -> bytes:
        info = next((i for i in self._infos() if str(i.DeviceID) == device.name), None)
        if info is None:
            raise ScannerError(ScanText.SCANNER_GONE)
        try:
            item = info.Connect().Items[1]
            for prop_id, value in (
                (HORIZONTAL_RESOLUTION, resolution),
                (VERTICAL_RESOLUTION, resolution),
                (CURRENT_INTENT, INTENT_COLOR),
            ):
                prop = _property(item.Properties, prop_id)
                if prop is not None:
                    prop.Value = value
            image = item.Transfer(WIA_FORMAT_PNG)
            data = bytes(image.FileData.BinaryData)
        except Exception as exc:  # COM errors: paper jam, lid open, device busy...
            log.warning("WIA scan failed: %s", exc)
            raise ScannerError(ScanText.SCAN_FAILED) from exc
        if not data.startswith(b"\x89PNG"):
            raise ScannerError(ScanText.NO_IMAGE)
        return data
