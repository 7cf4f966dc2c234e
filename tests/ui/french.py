"""Finding French on screen: every text a person can see or hear, and a French detector.

`visible_texts` gathers what the window shows or announces (labels, buttons, titles, tab names,
placeholders, list and table cells and headers, combo items, tool tips, accessible names and
descriptions). `french_words` says why a text looks French, after taking out the proper names
and data that stay as they are in every language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: Letters and marks English never uses (outside borrowed words, which the interface avoids).
FRENCH_MARKS = "éèêëàâçùûüôîïœæ«»"

#: Short words frequent in French sentences and absent (or vanishingly rare) from English ones.
#: Weighed so that English passes: no "a", "on", "son", "plus", "non", "en", "as", "ne".
_WORDS = """
    le la les des du de un une au aux et ou est sont pour avec sans dans sur par
    vous votre vos nous notre nos il elle ils elles ce cette ces qui que quoi pas
    mais tout tous toute toutes aucun aucune oui
    coffre usager usagers mandat mandats démarche démarches personne personnes proche
    retour accueil annuler valider enregistrer imprimer ouvrir fermer supprimer
    chercher rechercher nouveau nouvelle jour jours mois heure heures semaine
    compris lire suivant étape fichier déposer sorte titre actif
    logement famille travail emploi banque autre allocations
"""
FRENCH_WORDS = frozenset(_WORDS.split())

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ELIDED = re.compile(r"^(l|d|qu|n|s|c|j|m)'")
_SPACED = re.compile(r"\S[ \u00a0\u202f]([:;!?])(?=\s|$)")
#: What an allowed string leaves in its place: neither a word nor a space.
_NAME = "\N{OBJECT REPLACEMENT CHARACTER}"


def plain(text: str) -> str:
    """`text` as read on screen: rich text without its tags, no mnemonic ampersands."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def french_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Why `text` looks French (the words and marks that give it away), [] when it does not.

    Each `allowed` string (proper names, data typed by people) is taken out first."""
    rest = text
    for name in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(name, _NAME)
    found = []
    for word in _WORD.findall(rest):
        lower = word.lower()
        # "l'ordinateur", "d'accord", "qu'il": elided articles are French whatever follows.
        elided = _ELIDED.match(lower)
        if elided or lower in FRENCH_WORDS or any(mark in lower for mark in FRENCH_MARKS):
            found.append(word)
    if "«" in rest or "»" in rest:
        found.append("« »")
    # French typography: a space before a colon, semicolon, question or exclamation mark.
    found += [f"space before {m.group(1)}" for m in _SPACED.finditer(rest)]
    return found


def untranslated_sources(ts: Path) -> frozenset[str]:
    """The French sources of a Qt Linguist file whose translation differs: if one of them is
    on screen as it is, it was shown without going through translation."""
    tree = ET.parse(ts)  # noqa: S314 - our own file, not untrusted input
    return frozenset(
        plain(source)
        for message in tree.iter("message")
        if (source := message.findtext("source") or "") != (message.findtext("translation") or "")
    )


def _model_texts(model: QAbstractItemModel | None) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    roles = (
        ("item", Qt.ItemDataRole.DisplayRole),
        ("item tool tip", Qt.ItemDataRole.ToolTipRole),
        ("item accessible name", Qt.ItemDataRole.AccessibleTextRole),
        ("item accessible description", Qt.ItemDataRole.AccessibleDescriptionRole),
    )
    rows = model.rowCount(QModelIndex())
    # A list model hides its one column's count (private in Qt's bindings).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, rows),
    ):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield "header", value
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            for kind, role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield kind, value


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    yield "tool tip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "read-only field", widget.text()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "read-only text", widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tool tip", widget.tabToolTip(i)
    elif isinstance(widget, QProgressBar):
        yield "progress", widget.text()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        if isinstance(widget, QSpinBox):
            yield "prefix", widget.prefix()
            yield "suffix", widget.suffix()
    # A header shows its table's model, whose header data is read with the table.
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget.model())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every non-empty text shown or announced under `root`'s window."""
    yield "window title", root.window().windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        for kind, text in _own_texts(widget):
            if text and text.strip():
                yield f"{where} {kind}", plain(text)
