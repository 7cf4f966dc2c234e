"""The usager's vault: create it, deposit into it, open it with their card and PIN or their
passphrase, and see, print, copy or delete their papers. Leaving the screen closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aidant import vault
from aidant.domain.ids import UsagerId
from aidant.people import usagers
from aidant.vault import OpenVault
from ui.router import Route, Screen
from ui.screens.vault_access import AccessPanel
from ui.screens.vault_create import CreatePanel
from ui.screens.vault_documents import DocumentsPanel
from ui.screens.vault_locked import LockedPanel
from ui.shell import Shell
from ui.vault_grid import freeze_startup_heap
from ui.widgets import ReadAloudButton, big_button, rich, title


def _scrolling(panel: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setAccessibleName(panel.accessibleName())
    return scroll


class VaultScreen(Screen):
    def __init__(self, shell: Shell) -> None:
        super().__init__()
        freeze_startup_heap()  # no long full collection while a vault opens
        self._shell = shell
        self.usager_id = UsagerId("")
        self.setAccessibleName(self.tr("Coffre de l'usager"))
        self.heading = title(self.tr("Coffre"))
        self.back = big_button(
            self.tr("&Retour au dossier"), self.tr("Retour au dossier"), "retour"
        )
        self.read_aloud = ReadAloudButton(shell.speech, self.spoken_text, self.tr("le coffre"))
        self.create_panel = CreatePanel(shell)
        self.locked = LockedPanel(shell)
        self.documents = DocumentsPanel(shell)
        self.access = AccessPanel(shell)
        self.panels = QStackedWidget()
        # Panels taller than a 1366x768 window scroll (the locked one scrolls inside, keeping
        # its messages in view; the open vault's buttons always stay on screen).
        self._pages: dict[QWidget, QWidget] = {
            self.create_panel: _scrolling(self.create_panel),
            self.locked: self.locked,
            self.documents: self.documents,
            self.access: _scrolling(self.access),
        }
        for page in self._pages.values():
            self.panels.addWidget(page)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.read_aloud)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panels, 1)
        self.back.clicked.connect(self._back)
        self.create_panel.finished.connect(self._show_locked)
        self.locked.unlocked.connect(self._unlocked)
        self.documents.close_requested.connect(self._close)
        self.documents.access_requested.connect(self._show_access)
        self.access.done.connect(lambda: self._show(self.documents))

    def enter(self, arg: object = None) -> None:
        if arg is not None:
            self.usager_id = UsagerId(str(arg))
        person = usagers.get(self._shell.ctx, UsagerId(self.usager_id))
        self.heading.setText(
            rich("<h1>" + self.tr("Coffre de {name}") + "</h1>", name=person.display_name)
        )
        if self._shell.vault.current_for(self.usager_id) is not None:
            self._show_documents()
        elif vault.has_vault(self._shell.ctx, self.usager_id):
            self._show_locked()
        else:
            self._show(self.create_panel)
            self.create_panel.start(self.usager_id)

    def leave(self) -> None:
        # A vault never stays open behind another screen of a shared PC.
        self._close_quietly()

    def _show_locked(self) -> None:
        self._show(self.locked)
        self.locked.start(self.usager_id)

    def _unlocked(self, opened: OpenVault) -> None:
        self._shell.vault.take(opened)
        if self._shell.vault.current is opened:
            self._show_documents()
        else:  # the agent's session ended meanwhile: the vault was locked again
            self._show_locked()

    def _show_documents(self) -> None:
        self._show(self.documents)
        self.documents.start()

    def _show(self, panel: QWidget) -> None:
        self.panels.setCurrentWidget(self._pages[panel])

    def current_panel(self) -> QWidget | None:
        page = self.panels.currentWidget()
        return next((panel for panel, shown in self._pages.items() if shown is page), None)

    def _show_access(self) -> None:
        self._show(self.access)
        self.access.start()

    def _close(self) -> None:
        self._close_quietly()
        self._show_locked()

    def _close_quietly(self) -> None:
        self.documents.stop_loading()  # no worker still reads the vault once it is locked
        self.documents.close_viewer()
        self.access.leave()
        self._shell.vault.lock()

    def _back(self) -> None:
        self._shell.router.go(Route.USAGER_FILE, self.usager_id, remember=False)

    def spoken_text(self) -> str:
        page = self.current_panel()
        if page is self.documents:
            return self.tr(
                "Votre coffre est ouvert. Choisissez un document pour le voir ou l'imprimer. "
                "Fermez le coffre avant de partir."
            )
        if page is self.create_panel:
            return self.create_panel.explain.text()
        return self.tr(
            "Pour ouvrir votre coffre, tapez le code de votre carte, puis votre code personnel."
        )
