"""Dates are read as people type them, with a sentence saying what is wrong; a usager's identity
is corrected from their file; a new code card is printed only after a confirmation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from aidant.people import usagers
from aidant.setup.demo import AGENT
from aidant.site.context import SiteContext
from tests.ui.conftest import find, screenshot
from tests.ui.walk import log_in_as_manager
from ui.date_input import DateInputError, read_date
from ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "typed", ["14/05/1946", "14 05 1946", "14.05.1946", "14-05-46", "14051946", " 14/5/1946 "]
)
def test_birth_dates_in_the_forms_people_type(typed: str) -> None:
    assert read_date(typed, TODAY) == dt.date(1946, 5, 14)


def test_two_digit_years_of_a_period_are_this_century() -> None:
    assert read_date("01-03-26", TODAY, past=False) == dt.date(2026, 3, 1)
    assert read_date("", TODAY) is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/1950", "Le 31 février n'existe pas."),
        ("29/02/1950", "Le 29 février 1950 n'existe pas : 1950 n'est pas bissextile."),
        ("14/13/1946", "Le mois 13 n'existe pas : les mois vont de 1 à 12."),
        ("quatorze mai", "« quatorze mai » n'est pas une date"),
        ("01/01/2030", "Le 01/01/2030 n'est pas encore arrivé."),
        ("01/01/1850", "L'année 1850 est trop ancienne."),
    ],
)
def test_a_wrong_date_says_what_is_wrong(typed: str, said: str) -> None:
    with pytest.raises(DateInputError) as caught:
        read_date(typed, TODAY)
    assert str(caught.value).startswith(said)


def _window(qtbot: QtBot, site: SiteContext, **kwargs: object) -> MainWindow:
    window = MainWindow(site, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _agent(window: MainWindow) -> None:
    window.login.login_edit.setText(AGENT.login)
    window.login.password_edit.setText(AGENT.password)
    window.login.submit.click()


def _click(qtbot: QtBot, window: QWidget, name: str) -> None:
    qtbot.mouseClick(find(window, name), Qt.MouseButton.LeftButton)


def _edit(window: QWidget, name: str) -> QLineEdit:
    edit = find(window, name)
    assert isinstance(edit, QLineEdit)
    return edit


def test_registration_reads_the_date_and_says_what_is_wrong(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    window = _window(qtbot, demo_site)
    _agent(window)
    window.router.go("usager_new")
    _edit(window, "Nom de famille").setText("Vasseur")
    _edit(window, "Prénoms").setText("Odette")
    _edit(window, "Date de naissance").setText("31/02/1950")
    _click(qtbot, window, "Enregistrer l'usager")
    error = find(window, "Erreur d'enregistrement")
    assert isinstance(error, QLabel) and error.text() == "Le 31 février n'existe pas."
    _edit(window, "Date de naissance").setText("14 05 1946")
    _edit(window, "Téléphone").setText("06 12 34")
    _click(qtbot, window, "Enregistrer l'usager")
    assert "a 6 chiffres" in error.text()
    _edit(window, "Téléphone").setText("06.12.34.56.78")
    _click(qtbot, window, "Enregistrer l'usager")
    assert window.router.current_name == "usager_file"
    (person,) = usagers.search(demo_site, "odette vasseur")
    assert person.birth_date == dt.date(1946, 5, 14) and person.phone == "06 12 34 56 78"


def test_identity_is_corrected_on_the_file(qtbot: QtBot, demo_site: SiteContext) -> None:
    window = _window(qtbot, demo_site)
    _agent(window)
    person = usagers.search(demo_site, "marcel")[0]
    window.router.go("usager_file", person.id)
    _click(qtbot, window, "Corriger l'identité")
    assert _edit(window, "Nom de famille corrigé").text() == "Lefèvre"
    _edit(window, "Date de naissance corrigée").setText("02.11.39")
    _edit(window, "Adresse e-mail corrigée").setText("marcel.lefevre-at-exemple.fr")
    _click(qtbot, window, "Enregistrer la correction")
    assert "arobase" in find(window, "Erreur de correction").text()  # type: ignore[attr-defined]
    _edit(window, "Adresse e-mail corrigée").setText("marcel.lefevre@exemple.fr")
    _edit(window, "Prénoms corrigés").setText("Marcel Henri")
    qtbot.wait(50)  # the screen's frame fits it to its new content on the next turn
    screenshot(window, "dossier-corriger-identite")
    _click(qtbot, window, "Enregistrer la correction")
    shown = find(window, "Nom et prénoms")
    assert isinstance(shown, QLabel) and shown.text() == "Marcel Henri LEFÈVRE"
    fixed = usagers.get(demo_site, person.id)
    assert fixed.email == "marcel.lefevre@exemple.fr" and fixed.birth_date == person.birth_date


def test_a_new_code_card_needs_a_confirmation(
    qtbot: QtBot, demo_site: SiteContext, tmp_path: Path
) -> None:
    printed: list[Path] = []

    def printer(_parent: QWidget) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed.append(tmp_path / f"card-{len(printed)}.pdf")
        chosen.setOutputFileName(str(printed[-1]))
        return chosen

    window = _window(qtbot, demo_site, printer_chooser=printer)
    log_in_as_manager(window)
    window.router.go("manager_agents")
    table = find(window, "Liste des agents")
    assert isinstance(table, QTableWidget)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == AGENT.login)
    table.selectRow(row)
    name = "Imprimer une carte de code à usage unique pour l'agent choisi"
    _click(qtbot, window, name)
    question = find(window, "Confirmation de la nouvelle carte")
    assert isinstance(question, QLabel) and "cessera de marcher" in question.text()
    _click(qtbot, window, "Non, ne rien changer")
    assert printed == []
    _click(qtbot, window, name)
    _click(qtbot, window, "Oui, nouvelle carte")
    assert len(printed) == 1 and printed[0].stat().st_size > 1000


def test_a_correction_that_looks_like_someone_else_asks_for_a_confirmation(
    qtbot: QtBot, demo_site: SiteContext
) -> None:
    window = _window(qtbot, demo_site)
    _agent(window)
    marcel = usagers.search(demo_site, "marcel")[0]
    assert window.actor is not None
    twin = usagers.register(
        demo_site, window.actor, "Lefèvre", "Marc", marcel.birth_date, allow_duplicate=True
    )
    window.router.go("usager_file", twin.id)
    _click(qtbot, window, "Corriger l'identité")
    _edit(window, "Prénoms corrigés").setText(marcel.given_names)
    _click(qtbot, window, "Enregistrer la correction")
    error = find(window, "Erreur de correction")
    assert isinstance(error, QLabel) and "semble déjà enregistrée" in error.text()
    assert usagers.get(demo_site, twin.id).given_names == "Marc"  # nothing saved
    qtbot.wait(50)  # the screen's frame fits it to its new content on the next turn
    screenshot(window, "dossier-correction-doublon")
    _click(qtbot, window, "C'est une autre personne : corriger quand même")
    shown = find(window, "Nom et prénoms")
    assert isinstance(shown, QLabel) and shown.text() == f"{marcel.given_names} LEFÈVRE"
    assert usagers.get(demo_site, twin.id).given_names == marcel.given_names
