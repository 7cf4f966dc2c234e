"""Texts from outside the interface reach Qt Linguist: ui/core_texts.py is generated from the
core's catalogues, lupdate reads it, every sentence has its entry in the English translation
file; the consent points' mirror stays equal to the template."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from aidant.domain.errors import Text
from tools import core_texts
from ui import texts

TS = Path(__file__).parents[2] / "ui" / "i18n" / "aidant_en.ts"


class SampleText(Text):
    """A catalogue of the test's own, with the characters a generator could get wrong."""

    QUOTES = 'Le mandat {code} est déjà « révoqué » : l\'accord dit "non".'
    BACKSLASH = "Le dossier C:\\Aidant est plein."
    SAME = "actif"
    ALIAS = "actif"  # an enum alias: one entry only


def _ts_messages(path: Path) -> set[tuple[str, str]]:
    tree = ET.parse(path)  # noqa: S314 - our own file, not untrusted input
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_ui_core_texts_is_up_to_date_with_the_core_catalogues() -> None:
    expected = core_texts.render(core_texts.catalogues())
    assert core_texts.TARGET.read_text("utf-8") == expected, (
        "ui/core_texts.py is out of date: run `python -m tools.core_texts` (or make translations)"
    )


def test_every_core_sentence_has_an_entry_in_the_english_file() -> None:
    messages = _ts_messages(TS)
    missing = [
        f"{cls.__name__}: {member.value}"
        for cls in core_texts.catalogues()
        for member in cls
        if (cls.__name__, str(member.value)) not in messages
    ]
    assert missing == [], "run make translations, then translate the new entries"


def test_catalogue_names_are_unique_and_come_from_the_core() -> None:
    found = core_texts.catalogues()
    assert SampleText not in found
    assert len({cls.__name__ for cls in found}) == len(found)
    assert all(cls.__module__.startswith(("aidant.", "ui.")) for cls in found)
    assert not any(cls.__module__.startswith("aidant.cli.") for cls in found)


def test_lupdate_reads_every_sentence_of_the_generated_module(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    module = tmp_path / "core_texts.py"
    module.write_text(core_texts.render([SampleText]), "utf-8")
    subprocess.run(
        [lupdate, str(module), "-ts", str(tmp_path / "out.ts")], check=True, capture_output=True
    )
    assert _ts_messages(tmp_path / "out.ts") == {
        ("SampleText", SampleText.QUOTES.value),
        ("SampleText", SampleText.BACKSLASH.value),
        ("SampleText", "actif"),
    }
    namespace: dict[str, object] = {}
    exec(module.read_text("utf-8"), namespace)  # noqa: S102 - the module just generated
    assert namespace["CORE_TEXTS"] == (SampleText.QUOTES.value, SampleText.BACKSLASH.value, "actif")


def test_the_interface_looks_sentences_up_under_their_catalogue_name() -> None:
    # Without a translation the French template comes back, its fields filled.
    assert QCoreApplication.translate("SampleText", "actif") == "actif"
    assert texts.text(SampleText.QUOTES, code="M-1").startswith("Le mandat M-1 est déjà")


def test_consent_points_marked_for_translation_match_the_template() -> None:
    from aidant.mandates import consent_checklist
    from ui.consent_texts import CONSENT_TEXTS

    assert list(CONSENT_TEXTS) == [point.text for point in consent_checklist()]
