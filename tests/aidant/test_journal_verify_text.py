"""What a verification found, as a typed phrase: its French is what the command line printed
before the sentences became catalogue members, with the checkpoint's article now agreeing
("Le point de contrôle …", "au point de contrôle …" where it said "le …", "à le …")."""

from __future__ import annotations

from sqlalchemy import text

from aidant.domain.actors import Actor
from aidant.domain.errors import Phrase
from aidant.journal.checkpoints import verify_journal, write_checkpoint
from aidant.journal.statement import CheckpointStatement
from aidant.journal.texts import JournalText
from aidant.journal.verify import VerifyResult, file_anchor
from aidant.people import usagers
from aidant.site.context import SiteContext
from tests.support.journal import rewrite_and_rechain
from tests.support.server import as_server_owner


def _raw(site: SiteContext, sql: str, **params: object) -> None:
    with site.engine.begin() as conn:
        as_server_owner(conn)
        conn.execute(text(sql), params)


def _problem(result: VerifyResult) -> str:
    assert not result.ok
    return str(result.problem)


def test_modified_and_deleted_entries(site: SiteContext, manager: Actor) -> None:
    _raw(site, "UPDATE journal_entries SET actor = 'agent:someone' WHERE seq = 2")
    assert _problem(verify_journal(site, manager)) == (
        "Le journal est altéré à l'entrée n° 2 : son contenu ne correspond plus à son empreinte "
        "(entrée modifiée)."
    )
    _raw(site, "DELETE FROM journal_entries WHERE seq = 2")
    assert _problem(verify_journal(site, manager)) == (
        "Le journal est altéré : l'entrée n° 2 manque (la suivante porte le n° 3) ; "
        "une entrée a été supprimée."
    )


def test_checkpoint_sentences(site: SiteContext, manager: Actor, agent: Actor) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    real = write_checkpoint(site, manager)
    n = real.size
    forged = CheckpointStatement(
        real.site_id, real.size, real.head_hash, real.at, real.public_key, "0" * 128
    )
    assert _problem(verify_journal(site, manager, forged)) == (
        f"Le point de contrôle présenté ({n} entrées, 02/03/2026 à 10:00) a une signature "
        "invalide : il a été modifié après sa signature."
    )
    # An attacker rewrites entry 3 and recomputes every later hash: the stored checkpoint sees it.
    rewrite_and_rechain(site.engine, 3, "agent:intrus")
    assert _problem(verify_journal(site, manager)) == (
        f"Le journal a été réécrit : l'entrée n° {n} ne correspond plus au point de contrôle "
        f"signé n° 1 ({n} entrées, 02/03/2026 à 10:00) ; les entrées n° 3 à {n} ont été "
        "modifiées puis rechaînées."
    )


def test_truncation_and_other_site(site: SiteContext, manager: Actor, agent: Actor) -> None:
    usagers.register(site, agent, "Dupré", "Éléonore")
    kept = CheckpointStatement.from_json(write_checkpoint(site, manager).to_json())
    n = kept.size
    _raw(site, "DELETE FROM checkpoints")
    _raw(site, "DELETE FROM journal_entries WHERE seq >= :n", n=n - 1)
    assert _problem(verify_journal(site, manager, kept)) == (
        f"Le journal est tronqué : il compte {n - 2} entrées alors que le point de contrôle "
        f"présenté ({n} entrées, 02/03/2026 à 10:00) en atteste {n} ; les entrées n° {n - 1} "
        "et suivantes ont été supprimées."
    )
    elsewhere = CheckpointStatement(
        "autre-site", kept.size, kept.head_hash, kept.at, kept.public_key, kept.signature
    )
    assert _problem(verify_journal(site, manager, elsewhere)) == (
        f"Le point de contrôle présenté ({n} entrées, 02/03/2026 à 10:00) appartient à un "
        "autre site (autre-site) que ce journal."
    )


def test_the_anchor_is_a_phrase_of_its_own() -> None:
    statement = CheckpointStatement("s", 12, "0" * 64, "pas une date", "0" * 64, "0" * 128)
    label = file_anchor(statement).label
    assert str(label) == "point de contrôle présenté (12 entrées, pas une date)"
    statement = CheckpointStatement(
        "s", 12, "0" * 64, "2026-11-27T12:55:00.000000Z", "0" * 64, "0" * 128
    )
    label = file_anchor(statement).label
    assert isinstance(label, Phrase) and label.text is JournalText.PRESENTED_CHECKPOINT
    assert label.params == {"size": 12, "day": "27/11/2026", "time": "13:55"}
    assert str(Phrase(JournalText.RECORDED_KEY_MISMATCH)) == (
        "La clé publique enregistrée dans la base ne correspond pas à la clé de signature du "
        "site : la base a pu être réécrite avec une autre clé."
    )
