"""Anonymous aggregates: counts only, small counts suppressed, mergeable across a territory.

A file holds no name, no agent, no id of a person; the site appears only as a salted hash of
its random id (so a merge can refuse the same site twice without revealing which site it is).
Any count from 1 to 4 is replaced by null and listed in `suppressed`: with a few people per
cell, a count could point at someone. Cells that add up (totals and their parts) never hide a
single cell: a second one is hidden too, so nothing can be recovered by subtraction. Merging
sums the files; a cell that some site suppressed becomes a lower bound (listed in
`lower_bounds`), and a merged total under the threshold is suppressed again.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from aidant.domain.errors import UsageError
from aidant.reports.activity import LABELS, ActivityReport
from aidant.reports.tabular import csv_bytes
from aidant.reports.texts import ReportText

FORMAT = "aidant-stats-anonymes"
VERSION = 1
THRESHOLD = 5
SECTIONS = ("actions_by_demarche", "actions_by_organisation")

Cells = dict[str, int | None]


def site_token(site_id: str) -> str:
    return hashlib.sha256(f"aidant-stats|{site_id}".encode()).hexdigest()[:16]


def _suppress(path: str, value: int, suppressed: list[str]) -> int | None:
    if 0 < value < THRESHOLD:
        suppressed.append(path)
        return None
    return value


def _cell(data: dict[str, Any], path: str) -> tuple[dict[str, int | None], str]:
    # A key may itself hold dots (an organisation such as "impots.gouv"): the section is the
    # known prefix, never the text before the last dot.
    for section in SECTIONS:
        if path.startswith(section + "."):
            return data[section], path.removeprefix(section + ".")
    return data["counts"], path


def _groups(data: dict[str, Any]) -> list[list[str]]:
    """The cells that add up: a total first, then its parts (so one hidden part could be
    recovered by subtraction if it were hidden alone)."""
    groups = [["usagers_helped", "usagers_new", "usagers_returning"]]
    for section in SECTIONS:
        groups.append(["actions_total", *(f"{section}.{key}" for key in sorted(data[section]))])
    return groups


def protect_sums(data: dict[str, Any]) -> None:
    """Complementary suppression: in every group of cells that adds up, hide either nothing or
    at least two cells, so that no hidden count can be worked out by subtraction. The extra
    cell hidden is the smallest positive part still shown, else the total."""
    changed = True
    while changed:
        changed = False
        for group in _groups(data):
            cells = [_cell(data, path) for path in group]
            hidden = [
                path
                for path, (cells_of, key) in zip(group, cells, strict=True)
                if cells_of.get(key) is None
            ]
            if len(hidden) != 1:
                continue
            shown = [
                (cells_of[key], path)
                for path, (cells_of, key) in zip(group[1:], cells[1:], strict=True)
                if cells_of.get(key)
            ]
            extra = min(shown)[1] if shown else group[0]
            if extra in hidden:
                continue
            cells_of, key = _cell(data, extra)
            cells_of[key] = None
            data["suppressed"].append(extra)
            changed = True


def anonymous_aggregate(report: ActivityReport, site_id: str) -> dict[str, Any]:
    """The site's report reduced to suppressed counts (no per-agent figures)."""
    suppressed: list[str] = []
    counts = {k: _suppress(k, v, suppressed) for k, v in report.headline().items()}
    sections = {
        name: {key: _suppress(f"{name}.{key}", v, suppressed) for key, v in values.items()}
        for name, values in (
            ("actions_by_demarche", report.actions_by_demarche),
            ("actions_by_organisation", report.actions_by_organisation),
        )
    }
    data = {
        "format": FORMAT,
        "v": VERSION,
        "period": {"from": report.period.first.isoformat(), "to": report.period.last.isoformat()},
        "threshold": THRESHOLD,
        "sites": [site_token(site_id)],
        "counts": counts,
        **sections,
        "suppressed": suppressed,
        "lower_bounds": [],
    }
    protect_sums(data)
    return data


def load_aggregate(text: str, name: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UsageError(ReportText.NOT_AN_AGGREGATE, name=name)
    if data.get("v") != VERSION or data.get("threshold") != THRESHOLD:
        raise UsageError(ReportText.OTHER_FORMAT_VERSION, name=name)
    return data


def merge(files: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Sum anonymous exports of the same period from different sites."""
    if len(files) < 2:
        raise UsageError(ReportText.TOO_FEW_FILES)
    first_name, first = files[0]
    sites: list[str] = []
    for name, data in files:
        if data["period"] != first["period"]:
            raise UsageError(
                ReportText.OTHER_PERIOD,
                name=name,
                first=data["period"]["from"],
                last=data["period"]["to"],
                reference=first_name,
                reference_first=first["period"]["from"],
                reference_last=first["period"]["to"],
            )
        repeated = set(sites) & set(data["sites"])
        if repeated:
            raise UsageError(ReportText.SITE_COUNTED_TWICE, name=name)
        sites += data["sites"]
    suppressed: list[str] = []
    lower: list[str] = []

    def combine(path: str, values: list[int | None]) -> int | None:
        total = sum(v for v in values if v is not None)
        masked = any(v is None for v in values)
        # A cell that was already a lower bound in an input (a merge of merges) stays one.
        inexact = any(path in d.get("lower_bounds", ()) for _, d in files)
        # A masked cell hides 1 to 4: a small known total could still point at someone.
        if 0 < total < THRESHOLD or (masked and total < THRESHOLD):
            suppressed.append(path)
            return None
        if masked or inexact:
            lower.append(path)
        return total

    counts = {
        key: combine(key, [d["counts"].get(key, 0) for _, d in files]) for key in first["counts"]
    }
    sections: dict[str, Cells] = {}
    for section in SECTIONS:
        keys = sorted({k for _, d in files for k in d[section]})
        sections[section] = {
            k: combine(f"{section}.{k}", [d[section].get(k, 0) for _, d in files]) for k in keys
        }
    merged = {
        "format": FORMAT,
        "v": VERSION,
        "period": first["period"],
        "threshold": THRESHOLD,
        "sites": sorted(sites),
        "counts": counts,
        **sections,
        "suppressed": suppressed,
        "lower_bounds": lower,
    }
    protect_sums(merged)
    merged["lower_bounds"] = [p for p in lower if p not in merged["suppressed"]]
    return merged


def aggregate_csv(data: dict[str, Any]) -> bytes:
    """One line per cell: rubrique, clé, libellé, nombre (empty when suppressed), remarque."""
    suppressed, lower = set(data["suppressed"]), set(data["lower_bounds"])

    def note(path: str) -> str:
        if path in suppressed:
            return f"masqué (moins de {data['threshold']})"
        return "au moins (un site a masqué sa valeur)" if path in lower else ""

    rows: list[list[object]] = [
        ["total", k, LABELS.get(k, k), "" if v is None else v, note(k)]
        for k, v in data["counts"].items()
    ]
    for section in SECTIONS:
        name = section.removeprefix("actions_by_")
        rows += [
            [name, k, k, "" if v is None else v, note(f"{section}.{k}")]
            for k, v in data[section].items()
        ]
    return csv_bytes(["rubrique", "clé", "libellé", "nombre", "remarque"], rows)
