"""Turning reports and anonymous aggregates into PDF pages (labels, notes, chart sections)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aidant.domain.demarches import DEMARCHES, Demarche
from aidant.pdf.activity_report import Value, render_activity_pdf
from aidant.reports.activity import LABELS, ActivityReport
from aidant.reports.tabular import Period
from aidant.site.templates import load_template


def _demarche_label(key: str) -> str:
    try:
        return DEMARCHES[Demarche(key)].label
    except ValueError:
        return key


def activity_pdf(report: ActivityReport, site_name: str) -> bytes:
    tpl = load_template("activity_report")
    return render_activity_pdf(
        site_name=site_name,
        period_label=report.period.label(),
        counts=[(LABELS[k], v, "") for k, v in report.headline().items()],
        sections=[
            (
                tpl.text("demarche_title"),
                {_demarche_label(k): v for k, v in report.actions_by_demarche.items()},
            ),
            (tpl.text("organisation_title"), dict(report.actions_by_organisation)),
            (tpl.text("agent_title"), dict(report.actions_by_agent)),
        ],
        anonymous=False,
    )


def aggregate_pdf(data: dict[str, Any], title: str) -> bytes:
    tpl = load_template("activity_report")
    suppressed, lower = set(data["suppressed"]), set(data["lower_bounds"])
    period = Period(
        dt.date.fromisoformat(data["period"]["from"]), dt.date.fromisoformat(data["period"]["to"])
    )

    def note(path: str) -> str:
        return "au moins" if path in lower and path not in suppressed else ""

    demarches: dict[str, Value] = {
        _demarche_label(k): v for k, v in data["actions_by_demarche"].items()
    }
    return render_activity_pdf(
        site_name=f"{title} — {len(data['sites'])} site(s)",
        period_label=period.label(),
        counts=[(LABELS.get(k, k), v, note(k)) for k, v in data["counts"].items()],
        sections=[
            (tpl.text("demarche_title"), demarches),
            (tpl.text("organisation_title"), dict(data["actions_by_organisation"])),
        ],
        anonymous=True,
    )
