"""The audit view of the journal: filter entries by agent, usager, démarche, kind and period,
and export them as CSV or PDF. Managers only: it reads what every agent did.

Entries hold ids only; names are looked up at display time (an erased usager shows as
"usager effacé"). Démarche and organisation come from the entry's data (`demarche`,
`demarches`) or from the action it records (`data.action` → `actions` row).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aidant import journal
from aidant.domain.actors import Actor, require_manager
from aidant.domain.ids import AgentId, UsagerId
from aidant.journal.chain import format_time
from aidant.journal.kinds import EntryKind
from aidant.reports.labels import kind_label
from aidant.reports.tabular import csv_bytes
from aidant.site.clock import to_site_local
from aidant.site.context import SiteContext
from aidant.storage.models import Action, Agent, JournalEntry, Usager

log = logging.getLogger(__name__)

ERASED = "usager effacé"
_CHUNK = 500


@dataclasses.dataclass(frozen=True)
class AuditFilter:
    agent_id: AgentId | None = None
    usager_id: UsagerId | None = None
    demarche: str | None = None
    kinds: tuple[EntryKind, ...] = ()
    #: First instant included / first instant excluded (aware datetimes).
    start: dt.datetime | None = None
    end: dt.datetime | None = None


@dataclasses.dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    kind: str
    kind_label: str
    actor: str
    actor_name: str
    usager_id: str | None
    usager_name: str
    demarche: str | None
    organisation: str | None
    data: str


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _actions(db: Session, ids: set[str]) -> dict[str, tuple[str, str | None]]:
    found: dict[str, tuple[str, str | None]] = {}
    for part in _chunks(sorted(ids)):
        stmt = select(Action.id, Action.demarche, Action.organisation).where(Action.id.in_(part))
        for action_id, demarche, organisation in db.execute(stmt):
            found[action_id] = (demarche, organisation)
    return found


def _usager_names(db: Session, ids: set[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for part in _chunks(sorted(ids)):
        stmt = select(Usager.id, Usager.given_names, Usager.family_name, Usager.erased_at).where(
            Usager.id.in_(part)
        )
        for usager_id, given, family, erased_at in db.execute(stmt):
            names[usager_id] = ERASED if erased_at else f"{given} {family.upper()}"
    return names


def _actor_name(ref: str, agents: dict[str, str]) -> str:
    kind, _, ident = ref.partition(":")
    if kind == "agent":
        return agents.get(ident, "agent inconnu")
    return {"system": "Aidant (système)", "proche": "proche", "usager": "usager"}.get(kind, ref)


def _demarches_of(data: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    if isinstance(data.get("demarche"), str):
        found.add(data["demarche"])
    if isinstance(data.get("demarches"), list):
        found.update(d for d in data["demarches"] if isinstance(d, str))
    return found


def query_journal(ctx: SiteContext, actor: Actor, flt: AuditFilter) -> list[AuditRow]:
    """The entries matching `flt`, oldest first, with names resolved for display."""
    require_manager(actor)
    stmt = select(
        JournalEntry.seq,
        JournalEntry.at,
        JournalEntry.kind,
        JournalEntry.actor,
        JournalEntry.usager_id,
        JournalEntry.data,
    ).order_by(JournalEntry.seq)
    if flt.agent_id:
        stmt = stmt.where(JournalEntry.actor == f"agent:{flt.agent_id}")
    if flt.usager_id:
        stmt = stmt.where(JournalEntry.usager_id == flt.usager_id)
    if flt.kinds:
        stmt = stmt.where(JournalEntry.kind.in_([k.value for k in flt.kinds]))
    # `at` is fixed-width UTC text, so text order is time order.
    if flt.start:
        stmt = stmt.where(JournalEntry.at >= format_time(flt.start))
    if flt.end:
        stmt = stmt.where(JournalEntry.at < format_time(flt.end))
    with ctx.transaction() as db:
        raw = [
            (seq, at, kind, who, usager, json.loads(data))
            for seq, at, kind, who, usager, data in db.execute(stmt)
        ]
        actions = _actions(db, {d["action"] for *_, d in raw if isinstance(d.get("action"), str)})
        agents = dict(db.execute(select(Agent.id, Agent.display_name)).all())
        names = _usager_names(db, {u for _, _, _, _, u, _ in raw if u})
    rows: list[AuditRow] = []
    for seq, at, kind, who, usager, data in raw:
        action = actions.get(data.get("action", ""))
        demarches = _demarches_of(data) | ({action[0]} if action else set())
        if flt.demarche and flt.demarche not in demarches:
            continue
        rows.append(
            AuditRow(
                seq=seq,
                at=dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC),
                kind=kind,
                kind_label=kind_label(kind),
                actor=who,
                actor_name=_actor_name(who, agents),
                usager_id=usager,
                usager_name=names.get(usager, "") if usager else "",
                demarche=", ".join(sorted(demarches)) or None,
                organisation=action[1] if action else None,
                data=json.dumps(data, ensure_ascii=False, sort_keys=True),
            )
        )
    return rows


HEADERS = ["N°", "Date", "Événement", "Agent", "Usager", "Démarche", "Organisme", "Détails"]


def _table(rows: Sequence[AuditRow]) -> list[list[object]]:
    return [
        [
            r.seq,
            f"{to_site_local(r.at):%d/%m/%Y %H:%M:%S}",
            r.kind_label,
            r.actor_name,
            r.usager_name,
            r.demarche or "",
            r.organisation or "",
            r.data,
        ]
        for r in rows
    ]


def export_audit(ctx: SiteContext, actor: Actor, flt: AuditFilter, fmt: str) -> bytes:
    """The filtered journal as CSV or PDF bytes; the export itself is journalled."""
    require_manager(actor)
    rows = query_journal(ctx, actor, flt)
    if fmt == "csv":
        content = csv_bytes(HEADERS, _table(rows))
    elif fmt == "pdf":
        from aidant.pdf.audit_report import render_audit_pdf

        content = render_audit_pdf(HEADERS[:-1], [r[:-1] for r in _table(rows)], _describe(flt))
    else:
        raise ValueError(fmt)
    with ctx.transaction() as db:
        journal.append(
            db,
            actor,
            EntryKind.AUDIT_EXPORTED,
            ctx.clock.now(),
            usager_id=flt.usager_id,
            data={"format": fmt, "rows": len(rows)},
        )
    return content


def _describe(flt: AuditFilter) -> str:
    parts = []
    if flt.start:
        parts.append(f"depuis le {to_site_local(flt.start):%d/%m/%Y}")
    if flt.end:
        parts.append(f"avant le {to_site_local(flt.end):%d/%m/%Y}")
    if flt.agent_id:
        parts.append(f"agent {flt.agent_id}")
    if flt.usager_id:
        parts.append(f"usager {flt.usager_id}")
    if flt.demarche:
        parts.append(f"démarche {flt.demarche}")
    if flt.kinds:
        parts.append("événements : " + ", ".join(kind_label(k) for k in flt.kinds))
    return " ; ".join(parts) or "tout le journal"
