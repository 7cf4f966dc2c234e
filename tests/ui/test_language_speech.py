"""The English translation, and reading aloud with or without a working speech engine."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aidant.site.context import SiteContext
from tests.ui.conftest import find
from ui import translation
from ui.main_window import MainWindow
from ui.readaloud import ReadAloud
from ui.widgets import ReadAloudButton

I18N = Path(__file__).parents[2] / "ui" / "i18n"


def test_every_text_has_an_english_translation() -> None:
    tree = ET.parse(I18N / "aidant_en.ts")  # noqa: S314 - our own file, not untrusted input
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    untranslated = [
        m.findtext("source")
        for m in messages
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == []
    assert (I18N / "aidant_en.qm").stat().st_size > 1000


def test_switching_to_english_and_back(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    try:
        window.language.setCurrentIndex(list(translation.LANGUAGES).index("en"))
        assert translation.current() == "en"
        assert find(window, "Log in").isVisible()
        assert find(window, "High contrast").isVisible()
        window.language.setCurrentIndex(list(translation.LANGUAGES).index("fr"))
        assert find(window, "Se connecter").isVisible()
    finally:
        app = QApplication.instance()
        assert app is not None
        translation.install(app, "fr")


def test_read_aloud_says_plainly_when_no_voice_is_installed(qtbot: QtBot) -> None:
    speech = ReadAloud(engine="no-such-engine")
    button = ReadAloudButton(speech, lambda: "Bonjour", "le texte")
    qtbot.addWidget(button)
    button.show()
    assert not speech.available()
    button.button.click()
    assert button.notice.isVisible()
    assert "Aucune voix de lecture" in button.notice.text()


def test_read_aloud_speaks_through_a_working_engine(qtbot: QtBot) -> None:
    speech = ReadAloud(engine="mock")
    button = ReadAloudButton(speech, lambda: "Bonjour", "le texte")
    qtbot.addWidget(button)
    button.show()
    assert speech.available() and speech.engine is not None
    button.button.click()
    assert not button.notice.isVisible()
