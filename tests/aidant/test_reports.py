"""Audit view, activity report, anonymous aggregates and their merge."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from aidant import journal
from aidant.domain.actors import Actor
from aidant.domain.errors import PermissionDenied, UsageError
from aidant.journal.kinds import EntryKind
from aidant.people import usagers
from aidant.reports.activity import ActivityReport, compute_activity
from aidant.reports.aggregate import anonymous_aggregate, merge
from aidant.reports.audit import AuditFilter, export_audit, query_journal
from aidant.reports.render import activity_pdf, aggregate_pdf
from aidant.reports.tabular import Period
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.storage.models import JournalEntry
from tests.support import domain

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
UTC = dt.UTC


def _fill(site: SiteContext, agent: Actor, manager: Actor) -> dict[str, str]:
    """Feb: Éléonore helped once. March: Éléonore again (returning), six new people."""
    ids = {}
    eleonore = usagers.register(site, agent, "Dupré", "Éléonore").id
    ids["eleonore"] = eleonore
    m, auths = domain.mandate(
        site, agent, eleonore, dt.datetime(2026, 2, 10, tzinfo=UTC), 182, ("logement", "social")
    )
    domain.action(
        site,
        agent,
        eleonore,
        m,
        auths["logement"],
        "logement",
        dt.datetime(2026, 2, 11, tzinfo=UTC),
    )
    domain.action(
        site,
        agent,
        eleonore,
        m,
        auths["social"],
        "social",
        dt.datetime(2026, 3, 3, tzinfo=UTC),
        organisation="CPAM",
    )
    for i in range(6):
        person = usagers.register(site, agent, f"Nom{i}", "Prénom", allow_duplicate=True).id
        who = agent if i % 2 else manager
        m, auths = domain.mandate(site, who, person, dt.datetime(2026, 3, 5 + i, tzinfo=UTC), 31)
        ids[f"p{i}"] = domain.action(
            site,
            who,
            person,
            m,
            auths["logement"],
            "logement",
            dt.datetime(2026, 3, 6 + i, tzinfo=UTC),
        )
    domain.vault_with_document(site, agent, eleonore, dt.datetime(2026, 3, 3, tzinfo=UTC))
    with site.transaction() as db:
        journal.append(
            db,
            agent,
            EntryKind.DOCUMENT_PRINTED,
            dt.datetime(2026, 3, 3, tzinfo=UTC),
            usager_id=eleonore,
            data={"document": "d"},
        )
    return ids


def test_activity_report(site: SiteContext, agent: Actor, manager: Actor, tmp_path: Path) -> None:
    _fill(site, agent, manager)
    report = compute_activity(site, manager, MARCH)
    assert report.mandates_created == 6
    assert report.mandates_active == 7  # Éléonore's February mandate is still in force
    assert (report.usagers_helped, report.usagers_new, report.usagers_returning) == (7, 6, 1)
    assert report.actions_total == 7
    assert report.actions_by_demarche["logement"] == 6
    assert report.actions_by_demarche["social"] == 1
    assert report.actions_by_demarche["justice"] == 0
    assert report.actions_by_organisation == {"CAF": 6, "CPAM": 1}
    assert report.actions_by_agent == {"Agent de test": 4, "Chef de site": 3}
    assert (report.documents_deposited, report.documents_printed) == (1, 1)
    csv = report.to_csv()
    assert csv.startswith("\ufeff".encode()) and b"total;actions_total;" in csv
    pdf = activity_pdf(report, "Site de test")
    out = tmp_path / "rapport.pdf"
    out.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Rapport d'activité" in text and "Logement" in text and "Agent de test" in text
    with pytest.raises(PermissionDenied):
        compute_activity(site, agent, MARCH)


def _no_group_hides_one_cell(data: dict[str, Any]) -> None:
    from aidant.reports.aggregate import _cell, _groups

    for group in _groups(data):
        hidden = [path for path in group if _cell(data, path)[0].get(_cell(data, path)[1]) is None]
        assert len(hidden) != 1, (group, hidden)


def test_anonymous_aggregate_and_merge(site: SiteContext, agent: Actor, manager: Actor) -> None:
    _fill(site, agent, manager)
    data = anonymous_aggregate(compute_activity(site, manager, MARCH), site.site.site_id)
    text = json.dumps(data, ensure_ascii=False)
    assert "Dupré" not in text and "Agent de test" not in text and site.site.site_id not in text
    assert data["counts"]["mandates_created"] == 6
    assert data["counts"]["documents_printed"] is None  # 1 < 5
    assert data["actions_by_demarche"]["social"] is None
    assert data["actions_by_demarche"]["justice"] == 0
    assert "counts.documents_printed" not in data["suppressed"]
    assert (
        "documents_printed" in data["suppressed"]
        and "actions_by_demarche.social" in data["suppressed"]
    )
    # Hidden as complements, so that totals minus shown parts reveal nothing.
    assert data["counts"]["usagers_new"] is None and "usagers_new" in data["suppressed"]
    assert data["actions_by_organisation"]["CAF"] is None
    _no_group_hides_one_cell(data)

    other = json.loads(json.dumps(data))
    other["sites"] = ["0123456789abcdef"]
    other["counts"]["usagers_new"] = 3
    merged = merge([("a.json", data), ("b.json", other)])
    assert merged["counts"]["mandates_created"] == 12
    assert merged["counts"]["usagers_new"] is None  # 3 known plus 1 to 4 masked: maybe under 5
    _no_group_hides_one_cell(merged)
    assert merged["counts"]["documents_printed"] is None  # both sites masked it
    assert "documents_printed" in merged["suppressed"]
    assert merged["actions_by_organisation"]["CPAM"] is None
    assert len(merged["sites"]) == 2

    third = json.loads(json.dumps(other))
    third["counts"]["usagers_returning"] = 40
    third["sites"] = ["fedcba9876543210"]
    merged3 = merge([("a.json", data), ("b.json", other), ("c.json", third)])
    assert (
        merged3["counts"]["usagers_returning"] == 40
        and "usagers_returning" in merged3["lower_bounds"]
    )
    assert aggregate_pdf(merged3, "Territoire").startswith(b"%PDF")
    _no_group_hides_one_cell(merged3)

    # A merge of merges keeps what was only a lower bound flagged as such.
    fourth = json.loads(json.dumps(third))
    fourth["sites"] = ["00000000000000ff"]
    again = merge([("abc.json", merged3), ("d.json", fourth)])
    assert "usagers_returning" in again["lower_bounds"]

    shifted = json.loads(json.dumps(other))
    shifted["period"]["to"] = "2026-04-30"
    with pytest.raises(UsageError, match="période"):
        merge([("a.json", data), ("b.json", shifted)])
    with pytest.raises(UsageError, match="déjà compté"):
        merge([("a.json", data), ("a-copie.json", data)])


def test_audit_filters_and_export(
    site: SiteContext, agent: Actor, manager: Actor, clock: FakeClock
) -> None:
    ids = _fill(site, agent, manager)
    everything = query_journal(site, manager, AuditFilter())
    assert len(everything) > 20
    mine = query_journal(site, manager, AuditFilter(agent_id=agent.id))
    assert mine and all(r.actor == f"agent:{agent.id}" for r in mine)
    hers = query_journal(site, manager, AuditFilter(usager_id=ids["eleonore"]))
    assert {r.usager_name for r in hers} == {"Éléonore DUPRÉ"}
    social = query_journal(site, manager, AuditFilter(demarche="social"))
    # The March action (through its actions row) and the mandate (through its data).
    assert [r.kind for r in social] == ["mandate_created", "action_recorded"]
    assert social[1].organisation == "CPAM"
    march_actions = query_journal(
        site,
        manager,
        AuditFilter(kinds=(EntryKind.ACTION_RECORDED,), start=MARCH.start, end=MARCH.end),
    )
    assert len(march_actions) == 7
    csv = export_audit(site, manager, AuditFilter(demarche="social"), "csv")
    lines = csv.decode("utf-8-sig").splitlines()
    assert lines[0] == "N°;Date;Événement;Agent;Usager;Démarche;Organisme;Détails"
    assert len(lines) == 3 and "Éléonore DUPRÉ" in lines[2]
    assert export_audit(site, manager, AuditFilter(), "pdf").startswith(b"%PDF")
    with site.transaction() as db:
        exports = db.scalars(
            select(JournalEntry.data).where(JournalEntry.kind == EntryKind.AUDIT_EXPORTED)
        ).all()
    assert exports == [
        '{"format":"csv","rows":2}',
        '{"format":"pdf","rows":' + str(len(everything) + 1) + "}",
    ]
    with pytest.raises(PermissionDenied):
        query_journal(site, agent, AuditFilter())


def test_csv_cells_cannot_run_formulas(site: SiteContext, agent: Actor, manager: Actor) -> None:
    usagers.register(site, agent, "=HYPERLINK(1)", "+Jean")
    csv = export_audit(site, manager, AuditFilter(kinds=(EntryKind.USAGER_CREATED,)), "csv")
    assert "'+Jean =HYPERLINK(1)" in csv.decode("utf-8-sig")


def test_anonymous_figures_accept_an_organisation_with_a_dot() -> None:
    """ "impots.gouv" (in the demo data) once made the export crash: its path was split at the
    last dot, so the section looked like "actions_by_organisation.impots"."""
    report = ActivityReport(
        period=MARCH,
        mandates_created=6,
        mandates_active=6,
        usagers_helped=9,
        usagers_new=5,
        usagers_returning=4,
        actions_total=12,
        documents_deposited=0,
        documents_printed=0,
        actions_by_demarche={"argent": 12},
        actions_by_organisation={"impots.gouv": 2, "caf.fr": 10},
        actions_by_agent={},
    )
    data = anonymous_aggregate(report, "site-1")
    assert data["actions_by_organisation"] == {"impots.gouv": None, "caf.fr": None}
    assert "actions_by_organisation.impots.gouv" in data["suppressed"]
    assert "actions_by_organisation.caf.fr" in data["suppressed"]


def test_merging_sites_with_a_dotted_organisation() -> None:
    def report(impots: int) -> ActivityReport:
        return ActivityReport(
            period=MARCH,
            mandates_created=6,
            mandates_active=6,
            usagers_helped=9,
            usagers_new=5,
            usagers_returning=4,
            actions_total=10 + impots,
            documents_deposited=0,
            documents_printed=0,
            actions_by_demarche={"argent": 10 + impots},
            actions_by_organisation={"impots.gouv": impots, "caf.fr": 10},
            actions_by_agent={},
        )

    merged = merge(
        [
            ("a", anonymous_aggregate(report(2), "site-a")),
            ("b", anonymous_aggregate(report(7), "site-b")),
        ]
    )
    assert merged["actions_by_organisation"]["impots.gouv"] == 7
    assert "actions_by_organisation.impots.gouv" in merged["lower_bounds"]
