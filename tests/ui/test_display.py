"""Display modes and what a person sees or hears: high contrast measured (WCAG), large text
really large, preferences kept by the workstation, the window's size on a public PC's screen,
read aloud without markup and with the file's content, times in local time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from aidant.site.clock import to_site_local
from aidant.site.context import SiteContext
from tests.ui.conftest import find
from tests.ui.walk import log_in_as_manager
from ui import display_settings, translation
from ui.appearance import _CONTRAST, BASE_POINT_SIZE, CONTRAST_HINT, DisplayPrefs, apply
from ui.main_window import MainWindow, maximised_on
from ui.readaloud import ReadAloud, spoken
from ui.widgets import ERROR_BACKGROUND, ERROR_TEXT

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, back to the default display and French afterwards."""
    instance = qapp
    yield instance
    apply(instance, DisplayPrefs())
    translation.install(instance, "fr")


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_high_contrast_text_reads_at_7_to_1_and_hints_do_not_look_typed(
    app: QApplication,
) -> None:
    apply(app, DisplayPrefs(high_contrast=True))
    palette = app.palette()
    pairs = {
        "window text": (Role.WindowText, Role.Window),
        "typed text": (Role.Text, Role.Base),
        "text on alternate rows": (Role.Text, Role.AlternateBase),
        "button text": (Role.ButtonText, Role.Button),
        "selected text": (Role.HighlightedText, Role.Highlight),
        "tool tip": (Role.ToolTipText, Role.ToolTipBase),
        "link": (Role.Link, Role.Base),
        "hint (placeholder)": (Role.PlaceholderText, Role.Base),
    }
    low = {
        what: round(contrast(palette.color(fg), palette.color(bg)), 2)
        for what, (fg, bg) in pairs.items()
        if contrast(palette.color(fg), palette.color(bg)) < 7
    }
    sheet = {
        "button (style sheet)": (_CONTRAST["button_text"], _CONTRAST["button"]),
        "checked button": (_CONTRAST["highlight_text"], _CONTRAST["highlight"]),
        "line edit text": (_CONTRAST["text"], "#000000"),
        "error line": (ERROR_TEXT, ERROR_BACKGROUND),
    }
    low |= {w: round(contrast(f, b), 2) for w, (f, b) in sheet.items() if contrast(f, b) < 7}
    assert not low, f"below 7:1 in high contrast: {low}"
    hint, typed = palette.color(Role.PlaceholderText), palette.color(Role.Text)
    assert hint.name() == CONTRAST_HINT
    assert contrast(hint, typed) >= 2, "hint text looks like typed text"
    # The focus frame and the disabled text stay visible on black (3:1 for non-text).
    assert contrast(_CONTRAST["focus"], "#000000") >= 3
    assert contrast(_CONTRAST["disabled"], "#000000") >= 4.5


def test_large_text_is_half_as_large_again_keys_and_warning_included(
    qtbot: QtBot, demo_site: SiteContext, app: QApplication
) -> None:
    from ui.keypad import PinKeypad

    keypad = PinKeypad("Clavier")
    qtbot.addWidget(keypad)
    keypad.show()
    apply(app, DisplayPrefs())
    normal_key = keypad.keys["5"].font().pointSizeF()
    apply(app, DisplayPrefs(large_text=True))
    QApplication.processEvents()
    assert app.font().pointSize() >= 1.5 * BASE_POINT_SIZE
    assert keypad.keys["5"].font().pointSizeF() >= 1.5 * normal_key
    keypad.resize(keypad.minimumSizeHint())
    QApplication.processEvents()
    keys = list(keypad.keys.values())
    for i, key in enumerate(keys):
        assert key.width() >= key.sizeHint().width(), f"key {key.text()!r} clipped"
        for other in keys[i + 1 :]:
            assert not key.geometry().intersects(other.geometry()), (key.text(), other.text())


def test_display_preferences_are_kept_by_the_workstation(
    qtbot: QtBot, demo_site: SiteContext, app: QApplication, workstation_settings: Path
) -> None:
    first = display_settings.restored_appearance(app)
    assert first.prefs == DisplayPrefs()
    window = MainWindow(demo_site, appearance=first)
    qtbot.addWidget(window)
    window.large_text.click()
    window.contrast.click()
    window.language.setCurrentIndex(list(translation.LANGUAGES).index("en"))
    assert list(workstation_settings.rglob("*.ini")), "nothing saved in the settings folder"
    translation.install(app, "fr")  # as a new start would be
    apply(app, DisplayPrefs())

    again = display_settings.restored_appearance(app)
    assert again.prefs == DisplayPrefs(large_text=True, high_contrast=True, language="en")
    assert translation.current() == "en"
    restarted = MainWindow(demo_site, appearance=again)
    qtbot.addWidget(restarted)
    assert restarted.large_text.isChecked() and restarted.contrast.isChecked()
    assert restarted.language.currentData() == "en"
    assert app.palette().window().color().name() == "#000000"


def test_the_window_opens_maximised_on_a_public_pc_screen(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    assert maximised_on(QSize(1366, 728))
    assert maximised_on(QSize(1280, 984))
    assert maximised_on(QSize(1920, 1040))
    assert not maximised_on(QSize(2560, 1400))
    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show_on_screen()  # the offscreen screen is 800×600
    assert window.isMaximized()


class _Engine:
    """Stands for QTextToSpeech: keeps what it is given to say."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass


class RecordingSpeech(ReadAloud):
    """The real read-aloud object, on an engine that records instead of speaking."""

    def __init__(self) -> None:
        super().__init__()
        self._engine = _Engine()
        self._speech = self._engine  # type: ignore[assignment]
        self._probed = True

    @property
    def said(self) -> list[str]:
        return self._engine.said


def test_read_aloud_never_speaks_markup() -> None:
    assert spoken("<b>Étape 1 sur 5</b> — Qui reçoit le mandat ?") == (
        "Étape 1 sur 5 — Qui reçoit le mandat ?"
    )
    assert spoken("<h1>Coffre de Éléonore DUPRÉ</h1>") == "Coffre de Éléonore DUPRÉ"
    assert spoken("Le 3 < 4 reste tel quel") == "Le 3 < 4 reste tel quel"


def test_read_aloud_of_the_wizard_and_the_file_says_what_matters(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    from aidant import mandates
    from aidant.people import usagers

    speech = RecordingSpeech()
    window = MainWindow(demo_site, speech=speech)
    qtbot.addWidget(window)
    window.show()
    log_in_as_manager(window)
    eleonore = usagers.search(window.ctx, "dupre eleonore")[0].id
    window.router.go("mandate_wizard", eleonore)
    wizard = window.router.screen("mandate_wizard")
    speech.say(wizard.spoken_text())
    assert speech.said[-1] and "<" not in speech.said[-1], speech.said[-1]

    window.router.go("usager_file", eleonore)
    button = find(window, "Lire à voix haute : le dossier")
    assert isinstance(button, QPushButton)
    button.click()
    said = speech.said[-1]
    assert "Éléonore" in said and "<" not in said
    active = [m for m in mandates.mandates_of(window.ctx, eleonore) if m.status == "active"]
    assert active
    for mandate in active:
        assert f"{to_site_local(mandate.expires_at):%d/%m/%Y %H:%M}" in said
    assert "Logement" in said  # one of the démarches of the demo mandate


def test_last_login_is_shown_in_local_time(qtbot: QtBot, demo_site: SiteContext) -> None:
    from PySide6.QtWidgets import QTableWidget

    window = MainWindow(demo_site)
    qtbot.addWidget(window)
    window.show()
    log_in_as_manager(window)
    now = demo_site.clock.now()
    window.router.go("manager_agents")
    table = find(window, "Liste des agents")
    assert isinstance(table, QTableWidget)
    shown = [table.item(r, 3).text() for r in range(table.rowCount())]
    local = to_site_local(now)
    utc = now.astimezone(dt.UTC)
    assert any(
        f"{local:%H:%M}" in s or f"{local + dt.timedelta(minutes=1):%H:%M}" in s for s in shown
    )
    assert local.hour != utc.hour and not any(f"{utc:%d/%m/%Y %H:%M}" == s for s in shown)
