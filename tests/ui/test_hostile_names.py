"""Names, titles and typed text are shown as typed, never as markup: a usager, a proche, an
agent and a document named with HTML show that HTML literally on every screen that names them
(a name must not hide the real file behind "MANDAT RÉVOQUÉ", nor load a local file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListView,
    QListWidget,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import crypto
from aidant import vault
from aidant.agents.accounts import add_agent
from aidant.domain.actors import Actor, ActorKind
from aidant.domain.enums import Role
from aidant.people import usagers
from aidant.people.proches import register_proche
from aidant.site.context import SiteContext
from tests.aidant.vault.conftest import PIN
from tests.ui.conftest import screenshot
from tests.ui.walk import log_in_as_manager
from ui import readaloud
from ui.main_window import MainWindow
from ui.widgets import plain_label, rich

HIDING = '<span style="font-size:40pt">MANDAT RÉVOQUÉ</span><!--'
LOADING = "<img src=file:///etc/passwd>"
AGENT_NAME = "<b>Chef</b><img src=file:///etc/shadow>"
TITLE = "<h1>Avis</h1><!-- caché"
PASSWORD = "Hostile-mot-de-passe-42!"


def shown(label: QLabel) -> str:
    """The text a person sees in `label` (markup interpreted when the label interprets it)."""
    text = label.text()
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def everything_shown(root: QWidget) -> str:
    """All the text visible under `root`: labels as rendered, list, table and combo items."""
    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            parts.append(shown(widget))
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QListView):  # a list over a model (the vault's grid)
            model = widget.model()
            parts += [str(model.index(i, 0).data() or "") for i in range(model.rowCount())]
        elif isinstance(widget, QTableWidget):
            parts += [
                item.text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if (item := widget.item(r, c)) is not None
            ]
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
    parts.append(root.window().windowTitle())
    return "\n".join(parts)


def no_label_interprets_them(root: QWidget) -> None:
    """A label holding a hostile name shows it whole: none hides part of it as markup."""
    for label in root.findChildren(QLabel):
        raw = label.text()
        if label.isVisible() and ("MANDAT" in raw or "passwd" in raw or "shadow" in raw):
            seen = shown(label)
            assert "<span" in seen or "<img" in seen.lower() or "<b>" in seen, (raw, seen)


@pytest.fixture
def hostile(qtbot: QtBot, demo_site: SiteContext) -> tuple[MainWindow, usagers.UsagerView]:
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    log_in_as_manager(window)
    manager = window.shell.require_actor()
    add_agent(demo_site, manager, "hostile", AGENT_NAME, Role.MANAGER, PASSWORD)
    person = usagers.register(
        demo_site, manager, LOADING, HIDING, dt.date(1950, 3, 2), birth_place=HIDING
    )
    register_proche(demo_site, manager, LOADING, HIDING)
    window.logout()
    window.login.login_edit.setText("hostile")
    window.login.password_edit.setText(PASSWORD)
    window.login.submit.click()
    assert window.actor is not None
    return window, person


def test_hostile_names_are_shown_literally_on_every_screen(
    qtbot: QtBot,
    hostile: tuple[MainWindow, usagers.UsagerView],
    demo_site: SiteContext,
    tmp_path: Path,
) -> None:
    window, person = hostile
    name = person.display_name
    assert HIDING in name

    seen: dict[str, str] = {}

    def visit(screen: str, arg: object = None) -> str:
        window.router.go(screen, arg)
        QApplication.processEvents()
        no_label_interprets_them(window)
        seen[screen] = everything_shown(window)
        screenshot(window, f"hostile-{screen}")
        return seen[screen]

    window.router.go("home")
    window.router.screen("home").search_edit.setText("MANDAT")  # type: ignore[attr-defined]
    home = everything_shown(window)
    no_label_interprets_them(window)
    assert AGENT_NAME in home  # "Bonjour <b>Chef</b>…", literally
    assert name in home

    file = visit("usager_file", person.id)
    assert file.count(HIDING) >= 3  # heading, name, birth place
    assert name in file
    assert name in visit("action_new", person.id)
    wizard = visit("mandate_wizard", person.id)
    assert name in wizard
    holder: object = window.router.screen("mandate_wizard")
    holder.holder.proche.click()  # type: ignore[attr-defined]
    holder.holder.search.setText("MANDAT")  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert HIDING in everything_shown(window)
    assert AGENT_NAME in visit("manager_agents")

    # The vault: its heading, then the documents of the open vault (titles, expiring papers).
    agent = window.shell.require_actor()
    with crypto.SecretBuffer.from_text(PIN) as pin:
        created = vault.create_vault(demo_site, agent, person.id, pin)
    source = tmp_path / "avis.pdf"
    source.write_bytes(b"%PDF-1.4\n%%EOF\n")
    soon = demo_site.clock.now().date() + dt.timedelta(days=10)
    vault.deposit(demo_site, agent, person.id, source, title=TITLE, expires_on=soon)
    assert name in visit("vault", person.id)
    usager = Actor(ActorKind.USAGER, id=person.id)
    with crypto.SecretBuffer.from_text(PIN) as pin:
        opened = vault.unlock_with_card(demo_site, usager, person.id, created.card_code, pin)
    created.wipe()
    window.shell.vault.take(opened)
    visit("vault", person.id)
    panel = window.router.screen("vault").documents  # type: ignore[attr-defined]
    qtbot.waitUntil(panel.model.all_described, timeout=10000)  # titles arrive from a worker
    documents = visit("vault", person.id)
    assert TITLE in documents
    assert documents.count(TITLE) >= 2  # the document grid and the expiring papers
    window.shell.vault.lock()


def test_read_aloud_gets_no_markup() -> None:
    said = readaloud.speakable(f"Dossier de {HIDING} <volume level='0'/> & co")
    assert "<" not in said and ">" not in said and "&" not in said
    assert "MANDAT RÉVOQUÉ" in said


def test_the_label_helpers_escape_what_people_typed(qtbot: QtBot) -> None:
    label = plain_label(HIDING)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and shown(label) == HIDING
    heading = QLabel(rich("<h1>{name}</h1>", name=LOADING))
    qtbot.addWidget(heading)
    assert shown(heading) == LOADING
