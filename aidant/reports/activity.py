"""Activity reports for a period: what a site did, for its managers and funders.

Read from the domain tables (mandates, actions, documents) and, for prints, from the journal.
Definitions (also printed on the PDF):
- mandates created: consent given, created in the period;
- mandates active: consent given, in force at some moment of the period (started before its
  end, expiring and not revoked before its start);
- usagers helped: distinct usagers with at least one action in the period; "new" when their
  first action ever falls in the period, "returning" otherwise;
- documents deposited: deposited in the period; documents printed: journal entries.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from sqlalchemy import func, or_, select

from aidant.domain.actors import Actor, require_manager
from aidant.domain.demarches import Demarche
from aidant.domain.enums import ConsentAnswer
from aidant.journal.chain import format_time
from aidant.journal.kinds import EntryKind
from aidant.reports.tabular import Period, csv_bytes
from aidant.reports.texts import FigureText
from aidant.site.context import SiteContext
from aidant.storage.models import Action, Agent, Authorisation, Document, JournalEntry, Mandate

NO_ORGANISATION = "non précisé"
BY_PROCHE = "proches"


@dataclasses.dataclass(frozen=True)
class ActivityReport:
    period: Period
    mandates_created: int
    mandates_active: int
    usagers_helped: int
    usagers_new: int
    usagers_returning: int
    actions_total: int
    documents_deposited: int
    documents_printed: int
    actions_by_demarche: dict[str, int]
    actions_by_organisation: dict[str, int]
    actions_by_agent: dict[str, int]

    def headline(self) -> dict[str, int]:
        return {
            "mandates_created": self.mandates_created,
            "mandates_active": self.mandates_active,
            "usagers_helped": self.usagers_helped,
            "usagers_new": self.usagers_new,
            "usagers_returning": self.usagers_returning,
            "actions_total": self.actions_total,
            "documents_deposited": self.documents_deposited,
            "documents_printed": self.documents_printed,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": {"from": self.period.first.isoformat(), "to": self.period.last.isoformat()},
            "counts": self.headline(),
            "actions_by_demarche": self.actions_by_demarche,
            "actions_by_organisation": self.actions_by_organisation,
            "actions_by_agent": self.actions_by_agent,
        }

    def to_csv(self) -> bytes:
        rows: list[list[object]] = [["total", k, LABELS[k], v] for k, v in self.headline().items()]
        for section, values in (
            ("demarche", self.actions_by_demarche),
            ("organisation", self.actions_by_organisation),
            ("agent", self.actions_by_agent),
        ):
            rows += [[section, key, key, count] for key, count in values.items()]
        return csv_bytes(["rubrique", "clé", "libellé", "nombre"], rows)


#: The French labels of the headline figures, by key (the command line, CSV and PDF).
LABELS: dict[str, str] = {member.name.lower(): member.value for member in FigureText}


def compute_activity(ctx: SiteContext, actor: Actor, period: Period) -> ActivityReport:
    """The site's activity over `period` (managers only: it names agents)."""
    require_manager(actor)
    start, end = period.start, period.end
    given = Mandate.consent == ConsentAnswer.GIVEN
    in_period = Action.done_at >= start, Action.done_at < end
    with ctx.transaction() as db:
        created = db.scalar(
            select(func.count())
            .select_from(Mandate)
            .where(given, Mandate.created_at >= start, Mandate.created_at < end)
        )
        active = db.scalar(
            select(func.count())
            .select_from(Mandate)
            .where(
                given,
                Mandate.starts_at < end,
                Mandate.expires_at >= start,
                or_(Mandate.revoked_at.is_(None), Mandate.revoked_at >= start),
                # In force at some moment of the period: a démarche not revoked (or replaced by
                # a newer mandate) before the period began.
                Mandate.authorisations.any(
                    or_(Authorisation.revoked_at.is_(None), Authorisation.revoked_at >= start)
                ),
            )
        )
        helped = set(db.scalars(select(Action.usager_id).where(*in_period).distinct()))
        first_seen = (
            select(Action.usager_id, func.min(Action.done_at).label("first"))
            .where(Action.usager_id.in_(select(Action.usager_id).where(*in_period)))
            .group_by(Action.usager_id)
            .subquery()
        )
        new = (
            int(
                db.scalar(
                    select(func.count()).select_from(first_seen).where(first_seen.c.first >= start)
                )
                or 0
            )
            if helped
            else 0
        )
        by_demarche = Counter(
            dict(
                db.execute(
                    select(Action.demarche, func.count())
                    .where(*in_period)
                    .group_by(Action.demarche)
                ).all()
            )
        )
        by_org = Counter(
            {
                (org or NO_ORGANISATION): n
                for org, n in db.execute(
                    select(Action.organisation, func.count())
                    .where(*in_period)
                    .group_by(Action.organisation)
                )
            }
        )
        agents = dict(db.execute(select(Agent.id, Agent.display_name)).all())
        by_agent: Counter[str] = Counter()
        for agent_id, n in db.execute(
            select(Action.agent_id, func.count()).where(*in_period).group_by(Action.agent_id)
        ):
            by_agent[agents.get(agent_id, BY_PROCHE) if agent_id else BY_PROCHE] += n
        deposited = db.scalar(
            select(func.count())
            .select_from(Document)
            .where(Document.deposited_at >= start, Document.deposited_at < end)
        )
        printed = db.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(
                JournalEntry.kind == EntryKind.DOCUMENT_PRINTED.value,
                JournalEntry.at >= format_time(start),
                JournalEntry.at < format_time(end),
            )
        )
    demarches = {d.value: by_demarche.get(d.value, 0) for d in Demarche}
    demarches.update({k: v for k, v in by_demarche.items() if k not in demarches})
    return ActivityReport(
        period=period,
        mandates_created=int(created or 0),
        mandates_active=int(active or 0),
        usagers_helped=len(helped),
        usagers_new=new,
        usagers_returning=len(helped) - new,
        actions_total=sum(by_demarche.values()),
        documents_deposited=int(deposited or 0),
        documents_printed=int(printed or 0),
        actions_by_demarche=demarches,
        actions_by_organisation=dict(by_org.most_common()),
        actions_by_agent=dict(by_agent.most_common()),
    )
