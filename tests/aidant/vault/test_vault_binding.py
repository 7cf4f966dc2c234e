"""A vault's key is bound to its creation entry: an attacker who opens the database with the
key their own login slot gives them (an agent who knows their password, on this PC) and puts
their own public key on a vault gets neither the next deposits nor an unlock (attacker tests),
and the card carries a short fingerprint of the key."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, text

import crypto
from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.errors import Refused
from aidant.site.access import Refusal, SiteAccess
from aidant.site.context import SiteContext, SiteFile
from aidant.storage.engine import make_engine
from aidant.storage.models import JournalEntry
from aidant.vault import binding
from aidant.vault.forms import card_pdf
from tests.aidant.vault.conftest import MadeVault
from tests.conftest import AGENT_PASSWORD

PDF = b"%PDF-1.4\n% a payslip\n"
REPLACE_KEY = "UPDATE vaults SET recipient = :r WHERE id = :v"


def as_an_attacker(site: SiteContext, sql: str, **values: str) -> None:
    """An agent who knows their own password opens their login slot outside Aidant (the access
    file and this PC's keyring are within reach of the OS account), takes the database key
    from it and changes the database behind Aidant's back."""
    site_id = SiteFile.read(site.paths.site_file).site_id
    access = SiteAccess(site.paths, site_id, site.keystore)
    payload = access.unlock("agent", AGENT_PASSWORD, site.clock.now(), site.costs)
    assert not isinstance(payload, Refusal)
    key = bytearray(payload.db_key.view())
    payload.zero()
    engine = make_engine(site.paths.database, key)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), values)
    finally:
        engine.dispose()
        key[:] = bytes(len(key))


def test_a_replaced_vault_key_makes_deposit_and_unlock_refuse(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    _attacker_identity, attacker_recipient = crypto.generate_identity()
    as_an_attacker(
        site,
        "UPDATE vaults SET recipient = :r WHERE id = :v",
        r=attacker_recipient,
        v=made.vault_id,
    )
    scan = tmp_path / "bulletin.pdf"
    scan.write_bytes(PDF)
    with pytest.raises(Refused, match="remplacée"):
        vault.deposit(site, agent, made.usager_id, scan, title="Bulletin de paie")
    with pytest.raises(Refused, match="remplacée"):
        made.unlock(site).lock()
    assert list((site.paths.vaults / made.vault_id).glob("*")) == []  # nothing sealed to them


def test_a_replaced_key_with_a_rewritten_creation_entry_is_still_refused_at_unlock(
    site: SiteContext, made: MadeVault
) -> None:
    """The attacker also rewrites the digest in the journal: the usager's own secret unwraps
    the real identity, which is not the key in the database."""
    _identity, attacker_recipient = crypto.generate_identity()
    as_an_attacker(
        site,
        "UPDATE vaults SET recipient = :r WHERE id = :v",
        r=attacker_recipient,
        v=made.vault_id,
    )
    as_an_attacker(
        site,
        "UPDATE journal_entries SET data = :d WHERE kind = 'vault_created'",
        d=json.dumps(
            {
                "vault": made.vault_id,
                "slots": ["card_pin"],
                "recipient_sha256": binding.digest(attacker_recipient),
            }
        ),
    )
    with pytest.raises(Refused, match="remplacée"):
        made.unlock(site).lock()


def test_a_vault_without_its_creation_record_takes_no_deposit(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    as_an_attacker(site, "UPDATE journal_entries SET kind = 'x' WHERE kind = 'vault_created'")
    scan = tmp_path / "bulletin.pdf"
    scan.write_bytes(PDF)
    with pytest.raises(Refused, match="Le journal ne dit pas"):
        vault.deposit(site, agent, made.usager_id, scan)


def test_an_older_vault_is_bound_at_its_first_unlock(
    site: SiteContext, agent: Actor, made: MadeVault, tmp_path: Path
) -> None:
    """A vault made before the digest was journalled: deposits wait for its owner's secret."""
    as_an_attacker(
        site,
        "UPDATE journal_entries SET data = :d WHERE kind = 'vault_created'",
        d=json.dumps({"slots": ["card_pin", "passphrase"], "vault": made.vault_id}),
    )
    scan = tmp_path / "bulletin.pdf"
    scan.write_bytes(PDF)
    with pytest.raises(Refused, match="Le journal ne dit pas"):
        vault.deposit(site, agent, made.usager_id, scan)
    made.unlock(site).lock()
    vault.deposit(site, agent, made.usager_id, scan)
    with site.transaction() as db:
        bound = db.scalars(
            select(JournalEntry).where(JournalEntry.kind == "vault_slot_changed")
        ).all()
    assert [json.loads(e.data)["action"] for e in bound] == ["bound"]


def test_the_card_shows_the_keys_fingerprint(
    site: SiteContext, made: MadeVault, tmp_path: Path
) -> None:
    with site.transaction() as db:
        recipient = db.execute(
            text("SELECT recipient FROM vaults WHERE id = :v"), {"v": made.vault_id}
        ).scalar_one()
    printed = binding.fingerprint(recipient)
    assert len(printed) == 19 and printed.count("-") == 3
    pdf = tmp_path / "carte.pdf"
    pdf.write_bytes(card_pdf(site, made.usager_id, made.card_code))
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert printed in shown
