"""Benchmark: consent-form generation time, and mandate lookup on a large site.

    python bench/forms.py [--quick] [--workdir DIR]

Populates a throwaway site with 50,000 usagers and 100,000 mandates (5,000 / 10,000 with
--quick) by bulk inserts, then measures:
- `consent_form_ms`: median time to render a full consent form (3 démarches, QR, plain page);
  baseline: the one-page self-test PDF, rendered in the same run;
- `lookup_p95_ms`: p95 of finding a usager's active mandates (by usager id) and of verifying a
  mandate by its code, through the services; baseline: fetching a usager row by primary key;
- `likely_duplicates_p95_ms` (informative): the duplicate check the registration screen runs.
Ends with one JSON line: {"bench": "forms", "figures": {...}, "targets": {...}}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

import crypto
from aidant import mandates
from aidant.domain.demarches import Demarche
from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration
from aidant.domain.ids import new_id
from aidant.files import safe_io
from aidant.mandates import rules
from aidant.mandates.forms import consent_form_data
from aidant.mandates.queries import load
from aidant.pdf.consent_form import render_consent_form
from aidant.pdf.document import sample_pdf
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.clock import FakeClock
from aidant.site.costs import Costs
from aidant.site.paths import DataPaths
from aidant.site.templates import load_template, stored_text
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.models import Authorisation, Mandate, Usager

SYLLABLES = ["ma", "ber", "du", "tho", "ro", "ri", "pe", "lé", "mo", "gi", "ha", "ngu", "fa", "vo"]
GIVEN = ["Éléonore", "Marcel", "Jeanne", "Kévin", "Noël", "Françoise", "Youssef", "Thi Mai"]


def family_name(rng: random.Random) -> str:
    # About 2,700 distinct family names: a site's spread of names, not a few hundred homonyms.
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


DEMARCHES = [d.value for d in Demarche]
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def populate(ctx: object, agent_id: str, n_usagers: int, n_mandates: int) -> tuple[list, list]:
    from aidant.site.context import SiteContext

    assert isinstance(ctx, SiteContext)
    rng = random.Random(7)
    tpl = load_template("consent")
    usager_ids = [new_id() for _ in range(n_usagers)]
    codes: list[str] = []
    usager_rows, mandate_rows, auth_rows = [], [], []
    for uid in usager_ids:
        family, given = family_name(rng), rng.choice(GIVEN)
        usager_rows.append(
            {
                "id": uid,
                "family_name": family,
                "given_names": given,
                "birth_date": dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(30000)),
                "search_key": usagers.search_key(family, given),
                "created_at": NOW,
                "updated_at": NOW,
            }
        )
    seen: set[str] = set()
    for i in range(n_mandates):
        uid = usager_ids[i % n_usagers]
        duration = rng.choice(list(MandateDuration))
        starts = NOW - dt.timedelta(days=rng.randrange(400))
        expires = rules.expiry(duration, starts)
        code = rules.new_verification_code()
        while code in seen:
            code = rules.new_verification_code()
        seen.add(code)
        codes.append(code)
        mid = new_id()
        chosen = rng.sample(DEMARCHES, rng.randint(1, 3))
        content = rules.content_hash(
            mandate_id=mid,
            usager_id=uid,
            holder_kind=HolderKind.SITE,
            proche_id=None,
            agent_id=agent_id,
            duration=duration,
            starts_at=starts,
            expires_at=expires,
            demarches=chosen,
            template_version=tpl.version,
            template_text=tpl.source,
            verification_code=code,
        )
        mandate_rows.append(
            {
                "id": mid,
                "usager_id": uid,
                "holder_kind": HolderKind.SITE,
                "proche_id": None,
                "agent_id": agent_id,
                "duration": duration,
                "created_at": starts,
                "starts_at": starts,
                "expires_at": expires,
                "consent": ConsentAnswer.GIVEN,
                "consent_at": starts,
                "template_version": tpl.version,
                "template_sha256": tpl.sha256,
                "verification_code": code,
                "content_hash": content,
            }
        )
        auth_rows += [{"id": new_id(), "mandate_id": mid, "demarche": d} for d in chosen]
    with ctx.transaction() as db:
        stored_text(db, tpl, ctx.clock.now())
        for table, rows in ((Usager, usager_rows), (Mandate, mandate_rows)):
            for start in range(0, len(rows), 5000):
                db.execute(insert(table), rows[start : start + 5000])
        for start in range(0, len(auth_rows), 5000):
            db.execute(insert(Authorisation), auth_rows[start : start + 5000])
    return usager_ids, codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    # A throwaway site of fictitious data, removed at the end (tempfile is banned project-wide).
    default_dir = os.environ.get("TMPDIR", "/tmp")  # noqa: S108
    parser.add_argument("--workdir", default=default_dir)
    args = parser.parse_args()
    n_usagers, n_mandates = (5_000, 10_000) if args.quick else (50_000, 100_000)
    root = Path(args.workdir) / f"aidant-bench-forms-{os.getpid()}"
    # Argon2id at full strength is not what this benchmark measures.
    cheap = crypto.Argon2Params(memory_kib=1024, iterations=1, lanes=1)
    costs = Costs(vault_slots=cheap, agent_passwords=cheap, below_minimum=True)
    safe_io.ensure_private_dir(root.parent)
    clock = FakeClock(NOW)
    ctx = init_site(
        DataPaths(root),
        "Site de mesure",
        "chef",
        "Chef",
        "bench-password-1",
        keystore_kind=KeyStoreKind.DEMO_FILE,
        clock=clock,
        costs=costs,
    )
    try:
        from aidant.agents.accounts import login_with_password

        agent = login_with_password(ctx, "chef", "bench-password-1")
        assert agent.id is not None
        start = time.perf_counter()
        usager_ids, codes = populate(ctx, agent.id, n_usagers, n_mandates)
        populate_s = time.perf_counter() - start

        with ctx.transaction() as db:
            data = consent_form_data(db, load(db, _mandate_id_of(ctx, codes[0])))
        data = data.__class__(**{**data.__dict__, "demarches": ["logement", "argent", "social"]})
        render_consent_form(data)  # warm-up: fonts, template parsing
        sample_pdf()
        runs = 10 if args.quick else 30
        form_ms = timed(lambda: render_consent_form(data), runs)
        baseline_ms = timed(sample_pdf, runs)

        rng = random.Random(11)
        n_lookups = 200 if args.quick else 500
        by_usager = [rng.choice(usager_ids) for _ in range(n_lookups)]
        by_code = [rng.choice(codes) for _ in range(n_lookups)]
        usager_ms = [
            t
            for uid in by_usager
            for t in timed(lambda u=uid: mandates.active_mandates_of(ctx, u), 1)
        ]
        code_ms = [t for c in by_code for t in timed(lambda c=c: mandates.verify(ctx, c), 1)]

        def pk_get(uid: str) -> None:
            with ctx.transaction() as db:
                db.get(Usager, uid)

        baseline_lookup = [t for uid in by_usager for t in timed(lambda u=uid: pk_get(u), 1)]
        # What the registration screen calls while the agent types (not a target of the issue).
        # Half before the birth date is typed (name only), half after.
        dup_ms = [
            t
            for i in range(50 if args.quick else 100)
            for t in timed(
                lambda born=(dt.date(1950, 1, 1) if i % 2 else None): usagers.likely_duplicates(
                    ctx, family_name(rng), rng.choice(GIVEN), born
                ),
                1,
            )
        ]
        db_mb = ctx.paths.database.stat().st_size / 1e6
    finally:
        ctx.close()
        safe_io.remove_tree(root, root.parent)

    lookup_p95 = p95(usager_ms + code_ms)
    figures = {
        "consent_form_ms": round(statistics.median(form_ms), 2),
        "consent_form_p95_ms": round(p95(form_ms), 2),
        "baseline_sample_pdf_ms": round(statistics.median(baseline_ms), 2),
        "consent_form_vs_baseline": round(
            statistics.median(form_ms) / statistics.median(baseline_ms), 2
        ),
        "lookup_p95_ms": round(lookup_p95, 3),
        "lookup_by_usager_p95_ms": round(p95(usager_ms), 3),
        "lookup_by_code_p95_ms": round(p95(code_ms), 3),
        "baseline_pk_get_p95_ms": round(p95(baseline_lookup), 3),
        "lookup_vs_baseline": round(lookup_p95 / p95(baseline_lookup), 2),
        "likely_duplicates_p95_ms": round(p95(dup_ms), 2),
        "usagers": n_usagers,
        "mandates": n_mandates,
        "populate_s": round(populate_s, 1),
        "database_mb": round(db_mb, 1),
    }
    print(
        json.dumps(
            {
                "bench": "forms",
                "figures": figures,
                "targets": {"consent_form_ms": 100, "lookup_p95_ms": 20},
            }
        )
    )


def _mandate_id_of(ctx: object, code: str) -> str:
    from aidant.site.context import SiteContext

    assert isinstance(ctx, SiteContext)
    return mandates.find_by_code(ctx, code).id


if __name__ == "__main__":
    main()
