"""Starting the desktop application, and the Qt part of `aidant self-test`."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from aidant.setup.selftest import Check, CheckResult
from aidant.site.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from aidant.domain.errors import AidantError
    from aidant.setup.opening import SiteDoor
    from aidant.site.context import SiteContext

#: Milliseconds after which a smoke run closes the window it opened (for automated checks).
SMOKE_EXIT_ENV = "AIDANT_SMOKE_EXIT_MS"


def launch(paths: DataPaths, demo: bool = False) -> int:
    """Show the login window at once, open the site in `paths` right after, and run the event
    loop until the window closes."""
    from aidant.files import safe_io
    from ui import display_settings
    from ui.app import AidantApplication, show_fatal
    from ui.main_window import MainWindow
    from ui.texts import error_text

    safe_io.set_private_umask()
    app = AidantApplication(sys.argv[:1])
    window = MainWindow(demo=demo, appearance=display_settings.restored_appearance(app))
    failure: list[int] = []

    def _open_site() -> SiteContext | SiteDoor:
        # Imported here: SQLAlchemy and Alembic take most of the start-up time, and the
        # window is already on screen while they load.
        from aidant.domain import faults
        from aidant.setup.opening import prepare

        try:
            door = prepare(paths, demo=demo)
            return door if door.locked else door.open_legacy()
        except Exception as exc:
            # The same answers as the command line: the disk, the key or the damage, truly.
            found = faults.answer(exc, paths.root)
            if found is None:
                raise
            raise found from exc

    def _failed(exc: AidantError) -> None:
        failure.append(int(exc.exit_code))
        show_fatal(error_text(exc))
        app.quit()

    window.site_failed.connect(_failed)
    window.show_on_screen()
    smoke = os.environ.get(SMOKE_EXIT_ENV)
    if smoke:
        _say_when_shown(window)
    window.open_site_soon(_open_site)
    if smoke:
        _arm_smoke_exit(window, int(smoke))
    code = app.exec()
    if window.shell.site is not None:
        window.shell.site.close()
    return failure[0] if failure else code


def _say_when_shown(window: QWidget) -> None:
    # Queued before the site opens: it runs on the event loop's first turn, once the window
    # is on screen. bench/startup.py measures up to this line.
    from PySide6.QtCore import QTimer

    def _shown() -> None:
        sys.stdout.write(f"window shown: {window.windowTitle()}\n")
        sys.stdout.flush()

    QTimer.singleShot(0, _shown)


def _arm_smoke_exit(window: QWidget, delay_ms: int) -> None:
    # Packaging and CI smoke runs (`make dist`, tests) open the real window, say when the site
    # is open, and close. Queued after the site opening, so it runs once that is done.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def _report_and_quit() -> None:
        shell = getattr(window, "shell")  # noqa: B009 - MainWindow, typed loosely here
        # Ready: open, or (a site with login slots) waiting for an agent's password.
        ready = shell.site is not None or shell.door is not None
        sys.stdout.write("site ready\n" if ready else "site not open\n")
        sys.stdout.flush()
        QApplication.quit()

    QTimer.singleShot(delay_ms, _report_and_quit)


def _platform() -> str:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    return f"plateforme Qt « {QGuiApplication.platformName()} »"


def _pdf_renderer() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from aidant.pdf.document import sample_pdf

    data = QByteArray(sample_pdf())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready:
        raise RuntimeError(f"QtPdf n'a pas pu lire le PDF ({doc.error()})")
    image = doc.render(0, QSize(200, 280))
    if image.isNull():
        raise RuntimeError("QtPdf n'a rien rendu")
    return f"QtPdf rend depuis la mémoire ({doc.pageCount()} page)"


def qt_checks() -> list[Check]:
    from aidant.setup.selftest import guarded

    if not _has_display():
        # A server or a CI runner: check Qt without a screen rather than fail to connect to one.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return [
        lambda: guarded("interface Qt", _platform),
        lambda: guarded("rendu PDF (QtPdf)", _pdf_renderer),
    ]


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


__all__ = ["CheckResult", "launch", "qt_checks"]
