"""Mandate lifecycle with an injected clock: consent, expiry, replacement, revocation, actions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from aidant import mandates
from aidant.administration.policy import change_setting
from aidant.domain.actors import Actor
from aidant.domain.enums import ConsentAnswer, MandateDuration
from aidant.domain.errors import NotFound, Refused, UsageError
from aidant.journal import EntryKind
from aidant.mandates import MandateStatus, NotAuthorised
from aidant.people import proches, usagers
from aidant.site.clock import SITE_TZ, FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry

ALL_YES = {p.id: True for p in mandates.consent_checklist()}


def _usager(site: SiteContext, agent: Actor) -> str:
    return usagers.register(site, agent, "Dupré", "Éléonore", dt.date(1946, 5, 14)).id


def _active(
    site: SiteContext,
    agent: Actor,
    usager_id: str,
    demarches: list[str],
    duration: MandateDuration = MandateDuration.YEAR,
    proche_id: str | None = None,
) -> mandates.MandateView:
    draft = mandates.create_mandate(site, agent, usager_id, demarches, duration, proche_id)
    return mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)


def _local(when: dt.datetime) -> dt.datetime:
    return when.astimezone(SITE_TZ).replace(tzinfo=None)


def _kinds(site: SiteContext) -> list[str]:
    with site.transaction() as db:
        return list(db.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))


def test_draft_authorises_nothing_until_consent(site: SiteContext, agent: Actor) -> None:
    uid = _usager(site, agent)
    draft = mandates.create_mandate(site, agent, uid, ["logement"], MandateDuration.MONTH)
    assert draft.status is MandateStatus.DRAFT and draft.consent is ConsentAnswer.PENDING
    with pytest.raises(NotAuthorised, match="Aucun mandat actif"):
        mandates.record_action(site, agent, uid, "logement", "Demande d'APL", "CAF")
    with pytest.raises(Refused, match="pas été confirmé"):
        mandates.record_consent(site, agent, draft.id, {**ALL_YES, "revoke": False}, agrees=True)
    done = mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    assert done.status is MandateStatus.ACTIVE and done.active_demarches == ("logement",)
    action = mandates.record_action(site, agent, uid, "logement", "Demande d'APL", "CAF")
    assert action.mandate_id == draft.id
    kinds = _kinds(site)
    assert kinds[-4:] == ["mandate_created", "action_refused", "consent_given", "action_recorded"]


def test_refusal_is_recorded_and_never_activates(site: SiteContext, agent: Actor) -> None:
    uid = _usager(site, agent)
    draft = mandates.create_mandate(site, agent, uid, ["argent"], MandateDuration.DAY)
    refused = mandates.record_consent(site, agent, draft.id, {"allows": True}, agrees=False)
    assert refused.status is MandateStatus.REFUSED
    with site.transaction() as db:
        last = db.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
    assert last is not None and last.kind == EntryKind.CONSENT_REFUSED
    assert json.loads(last.data)["confirmed"] == ["allows"]
    with pytest.raises(Refused, match="déjà été recueilli"):
        mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    with pytest.raises(NotAuthorised):
        mandates.record_action(site, agent, uid, "argent", "Déclaration de revenus")


def test_one_day_mandate_ends_at_local_midnight(site: SiteContext, agent: Actor) -> None:
    clock = site.clock
    assert isinstance(clock, FakeClock)
    clock.set(dt.datetime(2026, 3, 2, 21, 30, tzinfo=SITE_TZ))
    uid = _usager(site, agent)
    view = _active(site, agent, uid, ["travail"], MandateDuration.DAY)
    local_end = view.expires_at.astimezone(SITE_TZ)
    assert (local_end.date(), local_end.hour, local_end.minute) == (dt.date(2026, 3, 2), 23, 59)
    clock.set(dt.datetime(2026, 3, 2, 23, 59, 0, tzinfo=SITE_TZ))
    mandates.record_action(site, agent, uid, "travail", "Actualisation", "France Travail")
    clock.set(dt.datetime(2026, 3, 3, 0, 0, 1, tzinfo=SITE_TZ))
    assert mandates.get_mandate(site, view.id).status is MandateStatus.EXPIRED
    with pytest.raises(NotAuthorised, match="Travail - Formation"):
        mandates.record_action(site, agent, uid, "travail", "Actualisation", "France Travail")


def test_durations_and_expiring_list(site: SiteContext, agent: Actor, clock: FakeClock) -> None:
    uid = _usager(site, agent)
    month = _active(site, agent, uid, ["famille"], MandateDuration.MONTH)
    year = _active(site, agent, uid, ["social"], MandateDuration.YEAR)
    # Counted in local days: 2 March 10:00 (winter time) to 2 April 10:00 (summer time).
    assert _local(month.starts_at) == dt.datetime(2026, 3, 2, 10, 0)
    assert _local(month.expires_at) == dt.datetime(2026, 4, 2, 10, 0)
    assert _local(year.expires_at) == dt.datetime(2027, 3, 2, 10, 0)
    assert [m.id for m in mandates.expiring(site)] == []
    clock.advance(dt.timedelta(days=2))
    assert [m.id for m in mandates.expiring(site)] == [month.id]
    clock.advance(dt.timedelta(days=30))
    assert mandates.expiring(site) == []
    assert {m.id for m in mandates.active_mandates_of(site, uid)} == {year.id}


def test_overlapping_mandate_revokes_older_authorisation(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    uid = _usager(site, agent)
    first = _active(site, agent, uid, ["logement", "argent"], MandateDuration.YEAR)
    clock.advance(3600)
    second = _active(site, agent, uid, ["argent"], MandateDuration.MONTH)
    old = mandates.get_mandate(site, first.id)
    assert old.status is MandateStatus.ACTIVE and old.active_demarches == ("logement",)
    action = mandates.record_action(site, agent, uid, "argent", "Paiement", "impots.gouv")
    assert action.mandate_id == second.id
    with site.transaction() as db:
        entry = db.scalars(
            select(JournalEntry).where(JournalEntry.kind == EntryKind.AUTHORISATION_REVOKED)
        ).one()
    data = json.loads(entry.data)
    assert data["mandate_id"] == first.id and data["replaced_by"] == second.id
    # A proche's mandate is another holder: it leaves the site's authorisation alone.
    proche = proches.register_proche(site, agent, "Dupré", "Luc", "fils")
    _active(site, agent, uid, ["logement"], MandateDuration.MONTH, proche.id)
    assert mandates.get_mandate(site, first.id).active_demarches == ("logement",)


def test_proche_acts_only_under_their_own_mandate(site: SiteContext, agent: Actor) -> None:
    uid = _usager(site, agent)
    proche = proches.register_proche(site, agent, "Dupré", "Luc", "fils")
    _active(site, agent, uid, ["social"], proche_id=proche.id)
    act = mandates.record_action(site, agent, uid, "social", "Remboursement", "Ameli", proche.id)
    assert act.proche_id == proche.id and act.agent_id == agent.id
    with pytest.raises(NotAuthorised, match="le site"):
        mandates.record_action(site, agent, uid, "social", "Remboursement", "Ameli")
    other = proches.register_proche(site, agent, "Martin", "Paul")
    with pytest.raises(NotAuthorised, match="ce proche"):
        mandates.record_action(site, agent, uid, "social", "Remboursement", "Ameli", other.id)


def test_revoke_one_demarche_then_whole_mandate(site: SiteContext, agent: Actor) -> None:
    uid = _usager(site, agent)
    view = _active(site, agent, uid, ["logement", "transports"])
    with pytest.raises(UsageError, match="raison"):
        mandates.revoke(site, agent, view.id, "  ")
    partial = mandates.revoke(site, agent, view.id, "À sa demande", ["transports"])
    assert partial.status is MandateStatus.ACTIVE and partial.active_demarches == ("logement",)
    with pytest.raises(NotAuthorised):
        mandates.record_action(site, agent, uid, "transports", "Carte grise", "ANTS")
    whole = mandates.revoke(site, agent, view.id, "À sa demande")
    assert whole.status is MandateStatus.REVOKED and whole.revoked_reason == "À sa demande"
    with pytest.raises(NotAuthorised):
        mandates.record_action(site, agent, uid, "logement", "APL", "CAF")
    with pytest.raises(Refused, match="déjà révoqué"):
        mandates.revoke(site, agent, view.id, "encore")
    assert _kinds(site)[-4:] == [
        "authorisation_revoked",
        "action_refused",
        "mandate_revoked",
        "action_refused",
    ]


def test_renewal_needs_consent_and_replaces(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    uid = _usager(site, agent)
    old = _active(site, agent, uid, ["justice"], MandateDuration.MONTH)
    clock.advance(dt.timedelta(days=40))
    assert mandates.get_mandate(site, old.id).status is MandateStatus.EXPIRED
    draft = mandates.renew(site, agent, old.id, MandateDuration.SEMESTER)
    assert draft.renewed_from_id == old.id and draft.demarches == ("justice",)
    assert draft.status is MandateStatus.DRAFT
    new = mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    assert _local(new.expires_at) - _local(new.starts_at) == dt.timedelta(days=182)
    assert EntryKind.MANDATE_RENEWED in _kinds(site)


def test_only_offered_demarches(site: SiteContext, manager: Actor, agent: Actor) -> None:
    uid = _usager(site, agent)
    with site.transaction() as db:
        change_setting(db, manager, "demarches_offered", ["logement"], site.clock.now())
    with pytest.raises(Refused, match="ne propose pas"):
        mandates.create_mandate(site, agent, uid, ["justice"], MandateDuration.DAY)
    with pytest.raises(UsageError, match="inconnue"):
        mandates.create_mandate(site, agent, uid, ["cuisine"], MandateDuration.DAY)
    with pytest.raises(NotFound):
        mandates.create_mandate(site, agent, "nobody", ["logement"], MandateDuration.DAY)


def test_verify_code_and_hash(site: SiteContext, agent: Actor) -> None:
    uid = _usager(site, agent)
    view = _active(site, agent, uid, ["loisirs"])
    typed = view.verification_code.lower().replace("-", " ").replace("0", "o")
    result = mandates.verify(site, typed)
    assert result.status is MandateStatus.ACTIVE and result.hash_matches
    assert result.printed_hash_matches is None
    qr = f"AIDANT-MANDAT:{view.verification_code}:{view.content_hash[:16]}"
    assert mandates.verify(site, qr).printed_hash_matches is True
    other_digit = "0" if qr[-1] != "0" else "1"
    assert mandates.verify(site, qr[:-1] + other_digit).printed_hash_matches is False
    with site.transaction() as db:
        from aidant.storage.models import Mandate

        row = db.get(Mandate, view.id)
        assert row is not None
        row.duration = (
            MandateDuration.YEAR
            if row.duration is not MandateDuration.YEAR
            else (MandateDuration.MONTH)
        )
    assert mandates.verify(site, view.verification_code).hash_matches is False
    with pytest.raises(UsageError):
        mandates.verify(site, "ABC")


def test_legal_text_stored_once_and_bound_by_the_hash(site: SiteContext, agent: Actor) -> None:
    from sqlalchemy import func, select

    from aidant.storage.models import LegalText, Mandate

    uid = _usager(site, agent)
    first = _active(site, agent, uid, ["loisirs"])
    second = _active(site, agent, uid, ["logement"])
    with site.transaction() as db:
        assert db.scalar(select(func.count()).select_from(LegalText)) == 1
        row = db.get(Mandate, second.id)
        assert row is not None
        # Someone edits the stored legal text after the fact: every mandate under it shows it.
        row.legal_text.text = row.template_text.replace("1984", "1985")
    assert mandates.verify(site, first.verification_code).hash_matches is False
    assert mandates.verify(site, second.verification_code).hash_matches is False


def test_old_mandates_hidden_from_lists(site: SiteContext, agent: Actor, clock: FakeClock) -> None:
    uid = _usager(site, agent)
    view = _active(site, agent, uid, ["etranger"], MandateDuration.DAY)
    clock.advance(dt.timedelta(days=300))
    assert [m.id for m in mandates.mandates_of(site, uid)] == [view.id]
    clock.advance(dt.timedelta(days=70))
    assert mandates.mandates_of(site, uid) == []
    assert [m.id for m in mandates.mandates_of(site, uid, include_old=True)] == [view.id]


@pytest.mark.parametrize("duration", list(MandateDuration))
@pytest.mark.parametrize("month", range(1, 13))
def test_no_mandate_lasts_more_than_365_days(duration: MandateDuration, month: int) -> None:
    from aidant.mandates.rules import expiry

    start = dt.datetime(2026, month, 15, 10, 0, tzinfo=SITE_TZ).astimezone(dt.UTC)
    end = expiry(duration, start)
    assert start < end <= start + dt.timedelta(days=365)
    if duration is not MandateDuration.DAY:
        # Counted in local days; never more than the same number of 24-hour days.
        days = (end.astimezone(SITE_TZ).date() - start.astimezone(SITE_TZ).date()).days
        assert days == {"month": 31, "semester": 182, "year": 365}[duration.value]


def test_signed_form_linked_by_hash(site: SiteContext, agent: Actor) -> None:
    from aidant.storage.models import Document, Vault

    uid = _usager(site, agent)
    other = usagers.register(site, agent, "Martin", "Paul", dt.date(1970, 1, 1)).id
    draft = mandates.create_mandate(site, agent, uid, ["logement"], MandateDuration.MONTH)
    now = site.clock.now()
    # The vault service deposits scans; here its rows stand for a deposited signed form.
    with site.transaction() as db:
        for vid, owner in (("v-own", uid), ("v-other", other)):
            db.add(Vault(id=vid, usager_id=owner, recipient="age1x", created_at=now))
        db.flush()
        for did, vid in (("d-own", "v-own"), ("d-other", "v-other")):
            db.add(
                Document(
                    id=did,
                    vault_id=vid,
                    blob_name=f"{did}.age",
                    ciphertext_sha256="ab" * 32,
                    ciphertext_size=10,
                    metadata_ciphertext=b"x",
                    deposited_at=now,
                )
            )
    with pytest.raises(Refused, match="après le consentement"):
        mandates.link_signed_form(site, agent, draft.id, "d-own")
    mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    with pytest.raises(Refused, match="autre personne"):
        mandates.link_signed_form(site, agent, draft.id, "d-other")
    with pytest.raises(NotFound):
        mandates.link_signed_form(site, agent, draft.id, "nothing")
    linked = mandates.link_signed_form(site, agent, draft.id, "d-own")
    assert linked.signed_form_sha256 == "ab" * 32 and linked.signed_form_document_id == "d-own"
    assert mandates.signed_form_intact(site, draft.id) is True
    with site.transaction() as db:
        doc = db.get(Document, "d-own")
        assert doc is not None
        doc.ciphertext_sha256 = "cd" * 32
    assert mandates.signed_form_intact(site, draft.id) is False


def test_journal_holds_no_names_or_reasons(site: SiteContext, agent: Actor) -> None:
    uid = _usager(site, agent)
    proche = proches.register_proche(site, agent, "Zéphyrin", "Octave", "voisin")
    view = _active(site, agent, uid, ["social"], proche_id=proche.id)
    mandates.record_action(site, agent, uid, "social", "Dossier MDPH secret", "Ameli", proche.id)
    mandates.revoke(site, agent, view.id, "Brouille avec Octave")
    with site.transaction() as db:
        dump = " ".join(db.scalars(select(JournalEntry.data)))
    for private in ("Dupré", "Éléonore", "Zéphyrin", "Octave", "voisin", "MDPH", "Brouille"):
        assert private not in dump
    assert view.verification_code in dump


def test_renewing_an_active_proche_mandate_replaces_it(
    site: SiteContext, agent: Actor, clock: FakeClock
) -> None:
    uid = _usager(site, agent)
    proche = proches.register_proche(site, agent, "Dupré", "Luc", "fils")
    old = _active(site, agent, uid, ["social", "famille"], MandateDuration.MONTH, proche.id)
    mandates.revoke(site, agent, old.id, "À sa demande", ["famille"])
    clock.advance(dt.timedelta(days=25))
    draft = mandates.renew(site, agent, old.id)
    assert draft.proche_id == proche.id and draft.demarches == ("social",)
    assert draft.duration is MandateDuration.MONTH
    # Until consent, the old mandate still holds.
    assert mandates.get_mandate(site, old.id).status is MandateStatus.ACTIVE
    mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    assert mandates.get_mandate(site, old.id).status is MandateStatus.REVOKED
    act = mandates.record_action(site, agent, uid, "social", "Dossier", "CAF", proche.id)
    assert act.mandate_id == draft.id
    with pytest.raises(Refused, match="révoqué ne peut pas"):
        mandates.renew(site, agent, old.id)


def test_a_demarche_withdrawn_from_a_draft_replaces_nothing(
    site: SiteContext, agent: Actor
) -> None:
    uid = _usager(site, agent)
    older = _active(site, agent, uid, ["justice"])
    draft = mandates.create_mandate(site, agent, uid, ["justice", "logement"], MandateDuration.YEAR)
    mandates.revoke(site, agent, draft.id, "erreur de saisie", ["justice"])
    newer = mandates.record_consent(site, agent, draft.id, ALL_YES, agrees=True)
    assert newer.active_demarches == ("logement",)
    assert mandates.get_mandate(site, older.id).status is MandateStatus.ACTIVE
    mandates.record_action(site, agent, uid, "justice", "Demande de casier judiciaire")

    empty = mandates.create_mandate(site, agent, uid, ["loisirs"], MandateDuration.DAY)
    mandates.revoke(site, agent, empty.id, "erreur de saisie", ["loisirs"])
    with pytest.raises(Refused):  # withdrawing its only démarche revoked the whole draft
        mandates.record_consent(site, agent, empty.id, ALL_YES, agrees=True)


def test_a_qr_payload_needs_the_whole_printed_hash_prefix(site: SiteContext, agent: Actor) -> None:
    view = _active(site, agent, _usager(site, agent), ["loisirs"])
    for prefix in ("", view.content_hash[:1], view.content_hash[:15], "z" * 16):
        with pytest.raises(UsageError):
            mandates.verify(site, f"AIDANT-MANDAT:{view.verification_code}:{prefix}")


def test_a_replaced_mandate_neither_expires_nor_counts_as_active(
    site: SiteContext, agent: Actor, manager: Actor, clock: FakeClock
) -> None:
    from aidant.mandates.expiry import record_expiries
    from aidant.reports.activity import compute_activity
    from aidant.reports.tabular import Period

    uid = _usager(site, agent)
    first = _active(site, agent, uid, ["social"], MandateDuration.MONTH)
    clock.advance(dt.timedelta(days=2))
    renewal = mandates.renew(site, agent, first.id)
    mandates.record_consent(site, agent, renewal.id, ALL_YES, agrees=True)
    clock.advance(dt.timedelta(days=10))
    today = clock.now().date()
    assert compute_activity(site, manager, Period(today, today)).mandates_active == 1
    clock.advance(dt.timedelta(days=20))  # past the first mandate's end, not the renewal's
    assert record_expiries(site) == 0
