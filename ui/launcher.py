"""Starting the desktop application, and the Qt part of `aidant self-test`."""

from __future__ import annotations

import os
import sys

from aidant.paths import DataPaths
from aidant.selftest import Check, CheckResult

#: Milliseconds after which a smoke run closes the window it opened (for automated checks).
SMOKE_EXIT_ENV = "AIDANT_SMOKE_EXIT_MS"


def launch(paths: DataPaths, demo: bool = False) -> int:
    """Open the site in `paths` and run the event loop until the window closes."""
    from aidant import safe_io
    from aidant.context import open_site
    from aidant.errors import AidantError
    from ui.app import AidantApplication, show_fatal
    from ui.main_window import MainWindow

    safe_io.set_private_umask()
    app = AidantApplication(sys.argv[:1])
    try:
        if demo:
            from aidant.demo import ensure_demo_site

            ctx = ensure_demo_site(paths)
        else:
            ctx = open_site(paths)
    except AidantError as exc:
        show_fatal(str(exc))
        return int(exc.exit_code)
    from aidant import maintenance

    # At start: expiries, dormant accounts, areas a crashed session left, daily checkpoint.
    maintenance.start_up(ctx)
    window = MainWindow(ctx)
    window.show()
    _arm_smoke_exit(window)
    try:
        return app.exec()
    finally:
        ctx.close()


def _arm_smoke_exit(window: object) -> None:
    # Packaging and CI smoke runs (`make dist`, tests) open the real window, say so, and close.
    delay = os.environ.get(SMOKE_EXIT_ENV)
    if not delay:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def _report_and_quit() -> None:
        title = getattr(window, "windowTitle", lambda: "")()
        sys.stdout.write(f"window shown: {title}\n")
        sys.stdout.flush()
        QApplication.quit()

    QTimer.singleShot(int(delay), _report_and_quit)


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
    from aidant.selftest import guarded

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
