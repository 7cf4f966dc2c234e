"""The canary test: a usager session deposits, opens, renders and prints a document holding a
canary, and copies its title; after logout no file under the data directory, the temporary
directory or the wipe roots holds the canary (UTF-8, UTF-16LE, base64, or as PDF text), and the
clipboard no longer holds it.

The document goes through the real vault service: deposited without the vault's secret, opened
after unlocking with the card and PIN, its title (which holds the canary) encrypted too.
"""

from __future__ import annotations

import base64
import io
import secrets
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDir, QIODevice, QRect, QSize
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import aidant
import crypto
from aidant import vault
from aidant.administration.policy import change_setting
from aidant.domain.actors import Actor, ActorKind
from aidant.files import safe_io
from aidant.pdf.document import TITLE, build_pdf, paragraph
from aidant.people import usagers
from aidant.sessions import session as sessions
from aidant.sessions.session import EndReason
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from tests.aidant.vault.conftest import PIN
from ui.session_guard import ScreenLockWatcher, SessionGuard


def needles(canary: str) -> list[bytes]:
    """The canary as UTF-8, UTF-16LE, and base64 at each of the three byte alignments."""
    raw = canary.encode("utf-8")
    found = [raw, canary.encode("utf-16-le")]
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + raw)
        # Drop the blocks that mix in the neighbouring bytes: what stays is always present.
        found.append(encoded[4 if shift else 0 : -4])
    return found


def files_holding(canary: str, roots: list[Path]) -> list[Path]:
    patterns = needles(canary)
    hits: list[Path] = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_symlink() or not path.is_file():
                continue
            data = path.read_bytes()
            text = b""
            if data.startswith(b"%PDF"):
                # PDF printers compress their streams: look at the text a reader would see too.
                text = subprocess.run(
                    ["pdftotext", str(path), "-"], capture_output=True, check=False
                ).stdout
            if any(p in data or p in text for p in patterns):
                hits.append(path)
    return hits


class Viewer:
    """What a document screen holds: the in-memory PDF, its rendered page, a widget."""

    def __init__(self, plaintext: crypto.SecretBuffer) -> None:
        self.bytes = QByteArray(plaintext.to_bytes())
        self.buffer = QBuffer(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        self.page: QImage | None = None
        self.label = QLabel()
        self.label.setAccessibleName("Document ouvert")

    def render(self) -> QImage:
        image = self.document.render(0, QSize(595, 842))
        page = QImage(image.size(), QImage.Format.Format_RGB32)
        page.fill(0xFFFFFF)
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        self.page = page
        self.label.setPixmap(QPixmap.fromImage(page))
        self.label.show()
        return page

    def close(self) -> None:
        self.label.close()
        self.label.clear()
        self.document.close()
        self.buffer.close()
        # The QByteArray is ours: overwrite it rather than leave it to the allocator.
        self.bytes.fill(0)
        self.page = None


def print_to_pdf(page: QImage, title: str, target: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    painter = QPainter(printer)
    painter.setFont(QFont("DejaVu Sans", 12))
    painter.drawText(QRect(0, 0, 4000, 400), 0, title)
    painter.drawImage(QRect(0, 400, 4000, 5600), page)
    assert painter.end()


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "systmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    assert Path(QDir.tempPath()).resolve() == folder.resolve()
    return folder


def test_nothing_of_the_document_survives_logout(
    qtbot: QtBot,
    site: SiteContext,
    manager: Actor,
    agent: Actor,
    clock: FakeClock,
    tmp_path: Path,
    system_temp: Path,
) -> None:
    QFontDatabase.addApplicationFont(str(Path(aidant.__file__).parent / "fonts" / "DejaVuSans.ttf"))
    canary = f"CANARI{secrets.token_hex(8).upper()}"
    title = f"Avis d'imposition {canary}"
    downloads = tmp_path / "Téléchargements"
    downloads.mkdir()
    with site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(downloads)], clock.now())

    # The usager's vault, and a scan deposited by the agent without any of its secrets.
    person = usagers.register(site, agent, "Dupré", "Éléonore")
    with crypto.SecretBuffer.from_text(PIN) as pin:
        created = vault.create_vault(site, agent, person.id, pin)
    card_code = created.card_code
    created.wipe()
    plaintext_pdf = build_pdf([paragraph(title, TITLE), paragraph(canary)], title="scan")
    document_id = vault.deposit(site, agent, person.id, io.BytesIO(plaintext_pdf), title=title)
    del plaintext_pdf

    session = sessions.start_usager_session(site, agent, person.id)
    guard = SessionGuard(session, screen_lock=ScreenLockWatcher(bus=QDBusConnection("absent")))
    usager = Actor(ActorKind.USAGER, id=person.id)
    with crypto.SecretBuffer.from_text(PIN) as pin:
        opened = vault.unlock_with_card(site, usager, person.id, card_code, pin)
    session.hold_closable("vault", opened)

    summary, document = opened.open(document_id)
    assert summary.title == title
    session.hold_secret(document)
    viewer = Viewer(document)
    session.hold_closable("viewer", viewer)
    qtbot.addWidget(viewer.label)
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready)
    page = viewer.render()
    print_to_pdf(page, title, downloads / "impression.pdf")
    guard.copy(title)
    # Something the person saved by hand from a web page, in UTF-16 (Windows Notepad style).
    safe_io.atomic_write_bytes(downloads / "notes.txt", title.encode("utf-16-le"))

    scanned = [site.paths.root, system_temp, downloads]
    # The scan sees the canary where it is: it would see a leak.
    assert set(files_holding(canary, scanned)) == {
        downloads / "impression.pdf",
        downloads / "notes.txt",
    }
    assert canary in QGuiApplication.clipboard().text()

    report = guard.end(EndReason.LOGOUT)

    assert report is not None and report.failures == ()
    assert report.wipe is not None and report.wipe.removed_count == 2
    assert files_holding(canary, scanned) == []
    assert canary not in QGuiApplication.clipboard().text()
    assert opened.locked and document.zeroed
    assert viewer.page is None and not viewer.label.isVisible()
    assert not session.tmp.exists()
    blobs = [p for p in site.paths.vaults.rglob("*") if p.is_file()]
    assert len(blobs) == 1  # the encrypted document stays in the vault
