"""`aidant usager erase`: the right to erasure from the command line (managers only, after
retyping the family name or with --yes)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from aidant.domain.actors import Actor
from aidant.domain.errors import ExitCode
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.people.retention import PSEUDONYM
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry, Usager
from tests.conftest import AGENT_PASSWORD, MANAGER_PASSWORD
from tests.support import domain
from tests.support.blobs import stored_blobs
from tests.support.cli import Cli


def _erased(site: SiteContext, usager_id: str) -> bool:
    with site.transaction() as db:
        row = db.get(Usager, usager_id)
        assert row is not None
        return row.erased_at is not None


def test_manager_erases_after_retyping_the_family_name(
    site: SiteContext, agent: Actor, cli: Cli
) -> None:
    uid = usagers.register(site, agent, "Dupré", "Éléonore", phone="0601020304").id
    vault_id = domain.vault_with_document(site, agent, uid, dt.datetime(2026, 3, 3, tzinfo=dt.UTC))
    # Case and accents do not matter when retyping the name.
    code, out, err = cli(
        "--as", "chef", "usager", "erase", uid, stdin=f"{MANAGER_PASSWORD}\n  dupre \n"
    )
    assert code == ExitCode.OK, err
    assert out.strip() == (
        f"Les données de Éléonore DUPRÉ sont effacées ; le journal garde seulement son "
        f"identifiant {uid}."
    )
    assert _erased(site, uid) and not (site.paths.vaults / vault_id).exists()
    assert stored_blobs(site, vault_id) == 0
    with site.transaction() as db:
        row = db.get(Usager, uid)
        assert row is not None and (row.family_name, row.phone) == (PSEUDONYM, None)
        kinds = db.scalars(select(JournalEntry.kind).where(JournalEntry.usager_id == uid)).all()
    assert EntryKind.USAGER_ERASED.value in kinds and EntryKind.VAULT_SHREDDED.value in kinds
    # Erased means gone for the command line too.
    code, _, err = cli("--as", "chef", "usager", "erase", uid, "--yes", stdin=MANAGER_PASSWORD)
    assert code == ExitCode.NOT_FOUND and "introuvable" in err


def test_yes_skips_the_question(site: SiteContext, agent: Actor, cli: Cli) -> None:
    uid = usagers.register(site, agent, "Martin", "Paul").id
    code, _, err = cli("--as", "chef", "usager", "erase", uid, "--yes", stdin=MANAGER_PASSWORD)
    assert code == ExitCode.OK, err
    assert _erased(site, uid)


def test_an_agent_is_refused_before_any_question(site: SiteContext, agent: Actor, cli: Cli) -> None:
    uid = usagers.register(site, agent, "Martin", "Paul").id
    code, out, err = cli(
        "--as", "agent", "usager", "erase", uid, stdin=f"{AGENT_PASSWORD}\nMartin\n"
    )
    assert code == ExitCode.REFUSED
    assert err == "aidant : Seul un responsable du site peut faire cela.\n" and out == ""
    assert not _erased(site, uid)


def test_unknown_usager(site: SiteContext, cli: Cli) -> None:
    code, _, err = cli("--as", "chef", "usager", "erase", "no-such-id", stdin=MANAGER_PASSWORD)
    assert code == ExitCode.NOT_FOUND
    assert err == "aidant : Usager introuvable.\n"


def test_a_wrong_or_missing_name_erases_nothing(site: SiteContext, agent: Actor, cli: Cli) -> None:
    uid = usagers.register(site, agent, "Dupré", "Éléonore").id
    code, _, err = cli(
        "--as", "chef", "usager", "erase", uid, stdin=f"{MANAGER_PASSWORD}\nDupont\n"
    )
    assert code == ExitCode.USAGE
    assert "ne correspond pas" in err and "rien n'a été effacé" in err
    code, _, err = cli("--as", "chef", "usager", "erase", uid, stdin=f"{MANAGER_PASSWORD}\n")
    assert code == ExitCode.USAGE and "--yes" in err
    code, _, err = cli("--as", "chef", "usager", "erase", uid, stdin=f"{MANAGER_PASSWORD}\n\n")
    assert code == ExitCode.USAGE and "ne correspond pas" in err
    assert not _erased(site, uid)
