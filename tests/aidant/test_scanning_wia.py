"""The WIA backend, driven through a stand-in of the WIA automation objects (COM)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pytest
from PIL import Image

from aidant import scanning
from aidant.scanning.wia import WIA_FORMAT_PNG, WiaBackend


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 28), "white").save(out, "PNG")
    return out.getvalue()


@dataclass
class Prop:
    Name: str
    PropertyID: str
    Value: Any


@dataclass
class FakeImage:
    data: bytes

    @property
    def FileData(self) -> Any:
        return type("Vector", (), {"BinaryData": self.data})()


@dataclass
class FakeItem:
    data: bytes
    Properties: list[Prop] = field(
        default_factory=lambda: [
            Prop("Horizontal Resolution", "6147", 100),
            Prop("Vertical Resolution", "6148", 100),
            Prop("Current Intent", "6146", 0),
        ]
    )
    formats: list[str] = field(default_factory=list)

    def Transfer(self, fmt: str) -> FakeImage:
        self.formats.append(fmt)
        if isinstance(self.data, Exception):
            raise self.data
        return FakeImage(self.data)


@dataclass
class FakeDeviceInfo:
    DeviceID: str
    Type: int
    Properties: list[Prop]
    item: FakeItem

    def Connect(self) -> Any:
        items = {1: self.item}  # WIA collections count from 1
        return type("Device", (), {"Items": items})()


def _manager(infos: list[FakeDeviceInfo]) -> Any:
    return type("DeviceManager", (), {"DeviceInfos": infos})()


def _backend(item: FakeItem) -> WiaBackend:
    scanner = FakeDeviceInfo("{SCAN-1}", 1, [Prop("Name", "7", "Canon LiDE 300")], item)
    camera = FakeDeviceInfo("{CAM-1}", 2, [Prop("Name", "7", "Webcam")], item)
    return WiaBackend(dispatch=lambda prog_id: _manager([camera, scanner]))


def test_lists_scanners_only_and_scans_a_page_in_memory() -> None:
    item = FakeItem(_png())
    backend = _backend(item)
    devices = backend.devices()
    assert devices == [scanning.ScannerDevice("{SCAN-1}", "Canon LiDE 300")]
    page = backend.scan_page(devices[0], resolution=300)
    assert page.startswith(b"\x89PNG")
    assert item.formats == [WIA_FORMAT_PNG]
    assert {p.PropertyID: p.Value for p in item.Properties} == {
        "6147": 300,
        "6148": 300,
        "6146": 1,
    }
    assert scanning.pages_to_pdf([page, page]).startswith(b"%PDF")


def test_a_failing_scan_or_a_missing_scanner_is_one_sentence() -> None:
    backend = _backend(FakeItem(RuntimeError("paper jam")))  # type: ignore[arg-type]
    with pytest.raises(scanning.ScannerError, match="a échoué"):
        backend.scan_page(backend.devices()[0])
    with pytest.raises(scanning.ScannerError, match="plus branché"):
        backend.scan_page(scanning.ScannerDevice("{GONE}", "Ancien scanner"))
    not_png = _backend(FakeItem(b"BM not a png"))
    with pytest.raises(scanning.ScannerError, match="pas renvoyé d'image"):
        not_png.scan_page(not_png.devices()[0])


def test_without_pywin32_the_sentence_says_so() -> None:
    with pytest.raises(scanning.ScannerError, match="pywin32"):
        WiaBackend().devices()
