"""Titles checked at deposit, and exports that never write outside the folder chosen, whatever
the title (`vault/names.py`, `OpenVault.export`)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.errors import Refused, UsageError
from aidant.site.context import SiteContext
from aidant.vault import names
from aidant.vault.names import check_title, safe_file_name, safe_stem
from tests.aidant.vault.conftest import MadeVault

PDF = b"%PDF-1.4\n% fictitious payslip\n"

HOSTILE = [
    "../../evil",
    "..\\..\\evil",
    "/etc/passwd",
    "C:\\Windows\\System32\\evil",
    "C:evil",
    "\\\\server\\share\\evil",
    "//server/share/evil",
    "\\\\?\\C:\\evil",
    "..",
    ".",
    "...",
    "CON",
    "nul",
    "com1",
    "LPT9.txt",
    "Aux . pdf",
    "trailing dots...",
    "trailing spaces   ",
    "a" * 300,
    "sous/dossier/avis",
    'a:b*c?d<e>f|g"h',
]


@pytest.mark.parametrize("title", HOSTILE)
def test_a_cleaned_stem_is_one_plain_name(title: str) -> None:
    stem = safe_stem(title)
    assert stem and "/" not in stem and "\\" not in stem and ":" not in stem
    assert ".." not in stem and not stem.endswith((".", " ")) and not stem.startswith(".")
    assert stem.split(".")[0].strip().upper() not in {"CON", "NUL", "AUX", "COM1", "LPT9"}
    assert len(stem) <= 80 + len("Document ")


def test_a_payslip_title_reads_well() -> None:
    assert safe_stem("Paie 03/2026") == "Paie 03-2026"
    assert safe_file_name("../../Paie 03/2026.pdf", "application/pdf") == "Paie 03-2026.pdf"


@given(st.text(max_size=120))
@settings(max_examples=300)
def test_any_text_gives_one_plain_name(title: str) -> None:
    stem = safe_stem(title)
    assert stem and stem == stem.strip(" .") and Path(stem).name == stem
    assert not any(c in stem for c in '/\\:<>"|?*') and ".." not in stem


def test_titles_are_checked_at_deposit(site: SiteContext, agent: Actor, made: MadeVault) -> None:
    for hidden in ("Avis\x00", "Avis\u202egnp.exe", "Avis\nligne"):
        with pytest.raises(UsageError, match="invisible ou de contrôle"):
            vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title=hidden)
    with pytest.raises(UsageError, match="dépasse 200 caractères"):
        vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="x" * 201)
    assert check_title("  Paie 03/2026 ") == "Paie 03/2026"


def test_paie_03_2026_exports_fine(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="Paie 03/2026")
    with made.unlock(site) as ov:
        written = ov.export(doc_id, tmp_path)
    assert written == tmp_path / "Paie 03-2026.pdf" and written.read_bytes() == PDF


def test_hostile_titles_never_write_outside_the_folder(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    root = tmp_path / "racine"
    chosen = root / "choisi"
    chosen.mkdir(parents=True)
    ids = [
        vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title=title[:200])
        for title in HOSTILE
    ]
    before = set(tmp_path.rglob("*"))
    with made.unlock(site) as ov:
        for doc_id in ids:
            written = ov.export(doc_id, chosen)
            assert written.parent == chosen and written.read_bytes() == PDF
        for name in ("../a.pdf", "..\\b.pdf", "/tmp/c.pdf", "C:\\d.pdf", "\\\\srv\\e.pdf"):
            assert ov.export(ids[0], chosen, name).parent == chosen
    after = set(tmp_path.rglob("*")) - before
    assert after and all(p.parent == chosen or p == chosen for p in after)


def test_export_refuses_a_target_outside_the_folder(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="Avis")
    chosen = tmp_path / "choisi"
    chosen.mkdir()
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    # A link planted where the copy would go points outside: it is not followed.
    (chosen / "Avis.pdf").symlink_to(elsewhere / "Avis.pdf")
    with made.unlock(site) as ov:
        written = ov.export(doc_id, chosen)
        assert written == chosen / "Avis (2).pdf"
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("escape", ["../x.pdf", "sous/x.pdf", "/tmp/x.pdf"])
def test_the_last_guard_refuses_a_name_that_would_leave_the_folder(
    site: SiteContext,
    agent: Actor,
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    escape: str,
) -> None:
    doc_id = vault.deposit(site, agent, made.usager_id, io.BytesIO(PDF), title="Avis")
    chosen = tmp_path / "choisi"
    (chosen / "sous").mkdir(parents=True)
    # Should the cleaning ever let a separator through, the service still refuses.
    monkeypatch.setattr(names, "export_file_name", lambda _title, _media: escape)
    with made.unlock(site) as ov, pytest.raises(Refused, match="hors du dossier choisi"):
        ov.export(doc_id, chosen)
    assert not (tmp_path / "x.pdf").exists() and not (chosen / "sous" / "x.pdf").exists()
