"""Vault grid benchmark: a vault of 200 documents (PDFs and photos, about 600 MB) opened in
the real window, offscreen.

Builds a site with the real Argon2id cost, deposits the documents through the service (each
with its thumbnail, drawn as the desk does), then drives the window by accessible names: card
code, PIN, "Valider", then scrolls the grid to the bottom and back. Measures:

- `grid_first_paint_ms`: from the vault being unlocked (the unlock worker's answer reaches the
  interface) to the first paint of the grid showing a thumbnail;
- `ui_block_max_ms`: the longest time the Qt event loop did not turn, from a 5 ms timer probe
  running through the unlock, the grid filling in, and the scrolling;
- `opened_entries_per_grid`: "document opened" journal entries created by showing the grid.

Prints ONE JSON line. `--quick`: 40 documents of ~0.5 MB (under a minute).

    QT_QPA_PLATFORM=offscreen python bench/vault_grid.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile  # noqa: TID251 - a benchmark's scratch folder, deleted at the end
import time
from collections.abc import Callable
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollBar
from sqlalchemy import func, select

import crypto
from aidant import vault
from aidant.agents import accounts as agents
from aidant.journal import EntryKind
from aidant.pdf.document import sample_pdf
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.setup.demo_vault import _fake_png
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage.models import JournalEntry
from tests.e2e.conftest import type_text
from tests.support.keyrings import MemoryKeyring
from tests.ui.conftest import find
from ui import memory_docs
from ui.app import AidantApplication
from ui.main_window import MainWindow
from ui.screens.vault import VaultScreen

PIN = "4826"
PASSWORD = "bench-password-1"  # noqa: S105 - a throwaway site's password
PROBE_MS = 5


class Probe(QObject):
    """A timer ticking every 5 ms: the longest gap between ticks is the longest block."""

    def __init__(self) -> None:
        super().__init__()
        self.last = 0.0
        self.longest = 0.0
        self.longest_ended = 0.0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > self.longest:
            self.longest, self.longest_ended = now - self.last, now
        self.last = now

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


class FirstPaint(QObject):
    """Records when the grid is first painted with a thumbnail in it."""

    def __init__(self, has_thumbnail: Callable[[], bool]) -> None:
        super().__init__()
        self._has_thumbnail = has_thumbnail
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None and self._has_thumbnail():
            self.at = time.perf_counter()
        return False


def wait_until(condition: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the window")
        QTest.qWait(2)


def document_bytes(kind: str, size: int, seed: int) -> bytes:
    """A renderable PDF or PNG, padded with random bytes to `size` (after its end marker)."""
    head = sample_pdf() if kind == "pdf" else _fake_png(600, 800)
    return head + os.urandom(max(0, size - len(head)))


def count_opened(ctx: SiteContext) -> int:
    with ctx.transaction() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.kind == EntryKind.DOCUMENT_OPENED.value)
            )
            or 0
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="40 documents of ~0.5 MB")
    args = parser.parse_args()
    # 200 x 2.95 MB: about 590 MB, inside the default quota (600 MB).
    count, size = (40, 500_000) if args.quick else (200, 2_950_000)

    keyring.set_keyring(MemoryKeyring())
    app = AidantApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="aidant-bench-") as scratch:
        ctx = init_site(DataPaths(Path(scratch) / "data"), "Bench", "chef", "Chef", PASSWORD)
        try:
            agent = agents.login_with_password(ctx, "chef", PASSWORD)
            person = usagers.register(ctx, agent, "Bench", "Usager")
            with crypto.SecretBuffer.from_text(PIN) as pin:
                created = vault.create_vault(ctx, agent, person.id, pin)
            card_code = created.card_code
            created.wipe()
            start = time.perf_counter()
            for i in range(count):
                kind = "photo" if i % 3 == 2 else "pdf"
                content = document_bytes(kind, size, i)
                media = "application/pdf" if kind == "pdf" else "image/png"
                vault.deposit(
                    ctx,
                    agent,
                    person.id,
                    io.BytesIO(content),
                    title=f"Document {i + 1}",
                    thumbnail=memory_docs.thumbnail_jpeg(content, media),
                )
            deposit_s = time.perf_counter() - start
            total_mb = vault.usage(ctx, person.id).used_mb
            opened_before = count_opened(ctx)

            window = MainWindow(ctx)
            window.resize(1366, 768)
            window.show()
            QTest.qWait(50)
            type_text(find(window, "Identifiant"), "chef")
            type_text(find(window, "Mot de passe"), PASSWORD)
            QTest.mouseClick(find(window, "Se connecter"), Qt.MouseButton.LeftButton)
            wait_until(lambda: window.router.current_name != "login", 30)
            window.router.go("vault", person.id)
            screen = window.router.screen("vault")
            assert isinstance(screen, VaultScreen)
            documents = screen.documents
            paint = FirstPaint(lambda: documents.model.thumbnails_shown() > 0)
            documents.grid.viewport().installEventFilter(paint)
            unlocked: list[float] = []
            screen.locked.unlocked.connect(lambda _ov: unlocked.append(time.perf_counter()))
            type_text(find(window, "Code de la carte du coffre"), card_code)
            for digit in PIN:
                QTest.mouseClick(find(window, f"Chiffre {digit}"), Qt.MouseButton.LeftButton)

            probe = Probe()
            probe.start()
            QTest.mouseClick(find(window, "Valider le code"), Qt.MouseButton.LeftButton)
            wait_until(lambda: bool(unlocked) and paint.at is not None, 60)
            bar: QScrollBar = documents.grid.verticalScrollBar()
            for value in [*range(0, bar.maximum() + 1, 40), *range(bar.maximum(), -1, -80)]:
                bar.setValue(value)
                QTest.qWait(10)
            wait_until(lambda: not documents.loading(), 120)
            probe.stop()
            shown = documents.model.thumbnails_shown()
            grid_ms = ((paint.at or 0.0) - unlocked[0]) * 1000
            opened = count_opened(ctx) - opened_before
            window.shell.vault.lock()
            window.close()
        finally:
            ctx.close()
    figures = {
        "grid_first_paint_ms": round(grid_ms, 1),
        "ui_block_max_ms": round(probe.longest * 1000, 1),
        "opened_entries_per_grid": opened,
        "documents": count,
        "vault_mb": total_mb,
        "thumbnails_shown": shown,
        "deposit_all_s": round(deposit_s, 1),
    }
    targets = {"grid_first_paint_ms": 500, "ui_block_max_ms": 100, "opened_entries_per_grid": 0}
    print(json.dumps({"bench": "vault_grid", "figures": figures, "targets": targets}))
    app.quit()


if __name__ == "__main__":
    main()
