"""Site server benchmark: lookups among many usagers, concurrent journal appends.

Starts a throwaway PostgreSQL cluster on this machine (`tools.pg_cluster`, as the tests do),
makes one site on it and one embedded site, fills both with the same 50,000 usagers and
100,000 mandates (5,000 and 10,000 with --quick) through bulk inserts, then times:

- `lookup_p95_ms`: a counter lookup as the application does it (search by name, then the
  found usager's mandates with their démarches), on the server;
- `agent_lookup_p95_ms`: the same lookups through an application login (a member of
  `aidant_agent` and of the site), so under the server's row-level security, as a desk does;
- `server_vs_embedded_lookup`: the server's lookup p95 over the embedded file's;
- `append_p99_ms`: journal appends (one committed transaction each, with the real
  `journal.append` and the server's link check) from 4 writer processes at once;
- `deposit_vs_copy`: a 20 MB scan deposited into a vault on the server (encryption on the
  workstation, chunks sent and committed with the row and journal entry, fsync at commit) over
  a plain copy of the same bytes (`shutil.copyfile` then fsync, as bench/vault.py), same run;
- `open_vs_copy`: opening it (chunks read, hash checked, decrypted into memory, journalled)
  over the same copy;
- `pg_write_vs_copy`: the floor the server sets, the same bytes sent by a bare `COPY` into a
  bytea table like `document_chunks` and committed (no encryption, no application), over the
  same copy;
- `pg_wal_vs_copy`: the floor under that one, the same bytes written to the server's
  write-ahead log alone (`pg_logical_emit_message`, transactional: no table, no TOAST) and
  committed, over the same copy: what any durable write through PostgreSQL costs.

Prints one JSON line.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import random
import statistics
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's aidant and tools

from sqlalchemy import insert, make_url, select

import crypto
from aidant import journal, vault
from aidant.agents import accounts as agents
from aidant.domain.actors import Actor, ActorKind
from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration, Role
from aidant.files import safe_io
from aidant.journal import EntryKind
from aidant.journal.verify import verify_database
from aidant.mandates import queries
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from aidant.storage import engine as storage_engine
from aidant.storage.keystore import KeyStoreKind
from aidant.storage.models import Agent, Authorisation, LegalText, Mandate, Usager
from aidant.storage.server import make_server_engine
from bench.vault import plain_copy
from tools.pg_cluster import PORT, SUPERUSER, Cluster, running

OUT = Path(__file__).resolve().parent / "out"
WRITERS = 4
SCAN_MB = 20
FAMILIES = [
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Müller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "N'Diaye", "Traoré",
]  # fmt: skip
GIVEN = [
    "Marie", "Jean", "Éléonore", "Pierre", "Fatou", "Michel", "Anne", "Mohamed", "Nathalie",
    "Philippe", "Isabelle", "Alain", "Sylvie", "Joël", "Chloé", "Karim", "Léa", "Hugo", "Inès",
    "Lucas", "Aïcha", "Bernard", "Jeanne", "René", "Zoé", "Noël", "Océane", "Yves", "Agnès",
]  # fmt: skip


def people(count: int) -> list[tuple[str, str, str]]:
    rng = random.Random(7)
    rows = []
    for i in range(count):
        family = f"{rng.choice(FAMILIES)}-{i // 7:05d}" if i % 3 else rng.choice(FAMILIES)
        rows.append((str(uuid.UUID(int=rng.getrandbits(128))), family, rng.choice(GIVEN)))
    return rows


def fill(ctx: SiteContext, persons: list[tuple[str, str, str]], chunk: int = 5000) -> None:
    """The same usagers, and two mandates (one démarche each) per usager, in both stores."""
    now = ctx.clock.now()
    with ctx.transaction() as db:
        agent_id = db.scalars(select(Agent.id).limit(1)).one()
        db.add(
            LegalText(
                sha256="0" * 64, form="m", version="1", lang="fr", text="…", first_used_at=now
            )
        )
    for start in range(0, len(persons), chunk):
        part = persons[start : start + chunk]
        u_rows, m_rows, a_rows = [], [], []
        for n, (uid, family, given) in enumerate(part, start):
            u_rows.append({
                "id": uid, "family_name": family, "given_names": given,
                "birth_date": dt.date(1940 + n % 60, 1 + n % 12, 1 + n % 28),
                "search_key": usagers.search_key(family, given),
                "created_at": now, "updated_at": now,
            })  # fmt: skip
            for k in range(2):
                mid = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{uid}/{k}"))
                m_rows.append({
                    "id": mid, "usager_id": uid, "holder_kind": HolderKind.SITE,
                    "agent_id": agent_id, "duration": MandateDuration.YEAR,
                    "created_at": now, "starts_at": now,
                    "expires_at": now + dt.timedelta(days=365 - 200 * k),
                    "consent": ConsentAnswer.GIVEN, "consent_at": now,
                    "template_version": "1", "template_sha256": "0" * 64,
                    "verification_code": mid[:23], "content_hash": "0" * 64,
                })  # fmt: skip
                a_rows.append({"id": str(uuid.uuid4()), "mandate_id": mid, "demarche": "logement"})
        with ctx.engine.begin() as conn:
            conn.execute(insert(Usager.__table__), u_rows)
            conn.execute(insert(Mandate.__table__), m_rows)
            conn.execute(insert(Authorisation.__table__), a_rows)
    if ctx.on_server:
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def lookups(ctx: SiteContext, persons: list[tuple[str, str, str]], count: int) -> list[float]:
    rng = random.Random(11)
    times = []
    for _ in range(count):
        _uid, family, given = rng.choice(persons)
        started = time.perf_counter()
        found = usagers.search(ctx, f"{family} {given}")
        for person in found[:1]:
            queries.mandates_of(ctx, person.id)
        times.append((time.perf_counter() - started) * 1000)
        assert found, (family, given)
    return times


def agent_lookups(
    cluster: Cluster, url: str, ctx: SiteContext, persons: list[tuple[str, str, str]], count: int
) -> float:
    """The lookups' p95 through an application login of the site (row-level security on)."""
    login = "aidant_bench_agent"
    cluster.execute(f"CREATE ROLE {login} LOGIN IN ROLE aidant_agent")
    cluster.execute(
        f"INSERT INTO aidant_site_members VALUES ('{login}', '{ctx.site.site_id}')",  # noqa: S608
        database=make_url(url).database or "",
    )
    engine = make_server_engine(
        make_url(url).set(username=login).render_as_string(hide_password=False), ctx.site.site_id
    )
    try:
        as_agent = dataclasses.replace(
            ctx, engine=engine, sessions=storage_engine.make_session_factory(engine)
        )
        lookups(as_agent, persons, 20)
        return percentile(lookups(as_agent, persons, count), 0.95)
    finally:
        engine.dispose()


def writer(url: str, site_id: str, count: int, start_at: float) -> list[float]:
    """One workstation appending `count` entries, each in its own committed transaction."""
    engine = make_server_engine(url, site_id)
    factory = storage_engine.make_session_factory(engine)
    actor = Actor(ActorKind.AGENT, str(uuid.uuid4()), Role.AGENT)
    times = []
    time.sleep(max(0.0, start_at - time.time()))
    try:
        for i in range(count):
            started = time.perf_counter()
            with storage_engine.transaction(factory) as db:
                journal.append(
                    db, actor, EntryKind.ACTION_RECORDED, dt.datetime.now(dt.UTC), data={"n": i}
                )
            times.append((time.perf_counter() - started) * 1000)
    finally:
        engine.dispose()
    return times


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def documents(ctx: SiteContext, source: Path, repeats: int) -> dict[str, float]:
    """Median seconds of a plain copy of `source`, its deposit and its open, on `ctx`."""
    agent = agents.login_with_password(ctx, "chef", "bench-password-1")
    uid = usagers.register(ctx, agent, "Banc", "Coffre").id
    with crypto.SecretBuffer.from_text("4826") as pin:
        created = vault.create_vault(ctx, agent, uid, pin)
    card_code = created.card_code
    created.wipe()
    usager = Actor(ActorKind.USAGER, id=uid)
    copies, deposits, opens = [], [], []
    with crypto.SecretBuffer.from_text("4826") as pin:
        opened = vault.unlock_with_card(ctx, usager, uid, card_code, pin)
    with opened:
        for _ in range(repeats):
            copies.append(plain_copy(source, source.with_suffix(".copy")))
            started = time.perf_counter()
            doc = vault.deposit(ctx, agent, uid, source, title="Scan")
            deposits.append(time.perf_counter() - started)
            started = time.perf_counter()
            _, content = opened.open(doc)
            opens.append(time.perf_counter() - started)
            content.zero()
            opened.delete(doc)
    return {
        "copy_s": statistics.median(copies),
        "deposit_s": statistics.median(deposits),
        "open_s": statistics.median(opens),
    }


def server_write_floor(cluster: Cluster, source: Path, repeats: int) -> float:
    """Median seconds of a bare binary COPY of `source` in 1 MiB rows, committed."""
    import psycopg

    data = source.read_bytes()
    dsn = f"host={cluster.socket_dir} port={PORT} user={SUPERUSER} dbname=bench"
    times = []
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE floor (n int, seq int, data bytea NOT NULL)")
        conn.execute("ALTER TABLE floor ALTER COLUMN data SET STORAGE EXTERNAL")
        conn.commit()
        for n in range(repeats):
            started = time.perf_counter()
            with (
                conn.cursor() as cursor,
                cursor.copy("COPY floor FROM STDIN (FORMAT BINARY)") as cp,
            ):
                cp.set_types(["int4", "int4", "bytea"])
                for seq, start in enumerate(range(0, len(data), 1 << 20)):
                    cp.write_row((n, seq, data[start : start + (1 << 20)]))
            conn.commit()
            times.append(time.perf_counter() - started)
        conn.execute("DROP TABLE floor")
        conn.commit()
    return statistics.median(times)


def server_wal_floor(cluster: Cluster, source: Path, repeats: int) -> float:
    """Median seconds of writing `source` to the write-ahead log alone, 1 MiB per record,
    committed (fsync of the log at commit, as for a deposit)."""
    import psycopg

    data = source.read_bytes()
    dsn = f"host={cluster.socket_dir} port={PORT} user={SUPERUSER} dbname=bench"
    times = []
    with psycopg.connect(dsn) as conn:
        for _ in range(repeats):
            started = time.perf_counter()
            with conn.cursor() as cursor, conn.pipeline():
                for start in range(0, len(data), 1 << 20):
                    cursor.execute(
                        "SELECT pg_logical_emit_message(true, 'bench', %b)",
                        (data[start : start + (1 << 20)],),
                    )
            conn.commit()
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def make_site(root: Path, server_url: str | None) -> SiteContext:
    return init_site(
        DataPaths(root), "Banc d'essai", "chef", "Chef", "bench-password-1",
        keystore_kind=KeyStoreKind.DEMO_FILE, server_url=server_url,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5,000 usagers (under a minute)")
    args = parser.parse_args()
    total = 5_000 if args.quick else 50_000
    n_lookups = 200 if args.quick else 1000
    appends = 150 if args.quick else 1000
    repeats = 3 if args.quick else 7

    safe_io.ensure_private_dir(OUT)
    persons = people(total)
    with running(durable=True) as cluster:  # fsync at each commit, as a real server
        url = cluster.create_database("bench")
        server = make_site(OUT / f"server-{os.getpid()}", url)
        embedded = make_site(OUT / f"embedded-{os.getpid()}", None)
        try:
            fill(server, persons)
            fill(embedded, persons)
            lookups(server, persons, 20)  # warm both caches
            lookups(embedded, persons, 20)
            server_p95 = percentile(lookups(server, persons, n_lookups), 0.95)
            embedded_p95 = percentile(lookups(embedded, persons, n_lookups), 0.95)
            agent_p95 = agent_lookups(cluster, url, server, persons, n_lookups)

            spawn = multiprocessing.get_context("spawn")
            start_at = time.time() + 3
            with ProcessPoolExecutor(WRITERS, mp_context=spawn) as pool:
                jobs = [
                    pool.submit(writer, url, server.site.site_id, appends, start_at)
                    for _ in range(WRITERS)
                ]
                append_times = [t for job in jobs for t in job.result()]
            result = verify_database(server.engine)
            assert result.ok, result

            scan = OUT / f"scan-{os.getpid()}.pdf"
            scan.write_bytes(b"%PDF-1.7\n" + os.urandom(SCAN_MB << 20))
            try:
                timed = documents(server, scan, repeats)
                floor_s = server_write_floor(cluster, scan, repeats)
                wal_s = server_wal_floor(cluster, scan, repeats)
            finally:
                scan.unlink()
        finally:
            server.close()
            embedded.close()
    figures = {
        "usagers": total,
        "mandates": 2 * total,
        "lookup_p95_ms": round(server_p95, 2),
        "embedded_lookup_p95_ms": round(embedded_p95, 2),
        "agent_lookup_p95_ms": round(agent_p95, 2),
        "server_vs_embedded_lookup": round(server_p95 / embedded_p95, 2),
        "append_p99_ms": round(percentile(append_times, 0.99), 2),
        "append_writers": WRITERS,
        "appends": len(append_times),
        "journal_verified": result.ok,
        "deposit_vs_copy": round(timed["deposit_s"] / timed["copy_s"], 2),
        "open_vs_copy": round(timed["open_s"] / timed["copy_s"], 2),
        "pg_write_vs_copy": round(floor_s / timed["copy_s"], 2),
        "pg_wal_vs_copy": round(wal_s / timed["copy_s"], 2),
        "scan_mb": SCAN_MB,
        "copy_ms": round(timed["copy_s"] * 1000, 1),
        "deposit_ms": round(timed["deposit_s"] * 1000, 1),
        "open_ms": round(timed["open_s"] * 1000, 1),
    }
    targets = {"lookup_p95_ms": 20, "append_p99_ms": 20, "deposit_vs_copy": 3}
    print(
        json.dumps({"bench": "server", "quick": args.quick, "figures": figures, "targets": targets})
    )


if __name__ == "__main__":
    main()
