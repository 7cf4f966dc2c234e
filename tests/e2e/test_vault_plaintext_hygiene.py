"""An unlocked-vault session writes no plaintext file.

An audit hook watches every `open` for writing made by Python while documents are deposited,
listed, opened and rendered (PDF through QPdfDocument on a QBuffer, image through
QImage.fromData). The only writes allowed are the temporary blob files of deposits, and they
hold ciphertext. A marker planted in the documents is then searched in every file on disk.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from aidant import vault
from aidant.domain.actors import Actor
from aidant.pdf.document import build_pdf, paragraph
from aidant.setup.demo_vault import _fake_png
from aidant.site.context import SiteContext
from tests.aidant.vault.conftest import make_vault

MARKER = "PLAINTEXT-MARKER-7f3a9c"
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class WriteWatcher:
    """Audit hooks cannot be removed: this one records only while `active`."""

    def __init__(self) -> None:
        self.active = False
        self.writes: list[str] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active or event != "open":
            return
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writing:
            self.writes.append(os.fsdecode(path) if not isinstance(path, int) else f"fd:{path}")


WATCHER = WriteWatcher()
sys.addaudithook(WATCHER)


def test_unlocked_session_writes_no_plaintext(
    qapp: Any,
    site: SiteContext,
    agent: Actor,
    tmp_path: Path,
) -> None:
    made = make_vault(site, agent)
    pdf = build_pdf([paragraph(f"Avis d'impôt {MARKER}")], title=MARKER)
    png = _fake_png()

    WATCHER.active = True
    try:
        pdf_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(pdf), title=MARKER)
        png_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(png), title="Photo")
        with made.unlock(site) as ov:
            assert {d.title for d in ov.documents()} == {MARKER, "Photo"}
            _, pdf_plain = ov.open(pdf_id)
            _, png_plain = ov.open(png_id)
            buffer = QBuffer()
            buffer.setData(QByteArray(pdf_plain.to_bytes()))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document = QPdfDocument()
            document.load(buffer)
            assert document.pageCount() == 1
            page = document.render(0, document.pagePointSize(0).toSize())
            assert not page.isNull()
            image = QImage.fromData(png_plain.to_bytes())
            assert image.width() == 120
            document.close()
            pdf_plain.zero()
            png_plain.zero()
    finally:
        WATCHER.active = False

    vaults = site.paths.vaults.resolve()
    assert WATCHER.writes, "the deposits should have been seen writing their blobs"
    previous = ""
    for written in WATCHER.writes:
        if written.startswith("fd:"):
            # os.fdopen() of the descriptor just opened by safe_io's atomic writer.
            assert previous.endswith(".partial"), written
            continue
        path = Path(written).resolve()
        # Only the temporary file of a blob (`.<random>.age.<token>.partial`) in a vault folder.
        assert vaults in path.parents, written
        assert path.name.startswith(".") and ".age." in path.name, written
        assert path.name.endswith(".partial"), written
        previous = written
    marker = MARKER.encode()
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert marker not in file.read_bytes(), file
