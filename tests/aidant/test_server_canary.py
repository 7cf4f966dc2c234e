"""Canary: a document deposited on a site server leaves no readable trace on the server.

Its content, title, original name and thumbnail hold a random marker; after a CHECKPOINT every
file of the throwaway cluster (data folder, write-ahead log, server log) and a `pg_dump` of the
site's database are searched for it in UTF-8, UTF-16LE, base64 (at its three offsets) and, in
the dump, hex (how a dump writes bytea). A control marker stored in clear in the same database
is found in each of those forms, so the search cannot pass by finding nothing anywhere. The
category is one of a fixed list: it is sealed with the title, in the same age ciphertext.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import os
import secrets
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from aidant import vault
from aidant.domain.actors import Actor
from aidant.site.context import SiteContext
from aidant.vault.metadata import Category
from tests.aidant.vault.conftest import make_vault
from tests.support.server import SERVER
from tools.pg_cluster import SUPERUSER, Cluster

pytestmark = pytest.mark.parametrize("store", [SERVER], indirect=True)

_BLOCK = 16 << 20
_PNG = b"\x89PNG\r\n\x1a\n"


def forms(marker: str) -> dict[str, list[bytes]]:
    """The byte strings that betray `marker`, by encoding."""
    raw = marker.encode()
    wide = marker.encode("utf-16-le")
    encoded = []
    for offset in range(3):
        # Base64 of the marker preceded by `offset` other bytes: the characters that depend
        # only on the marker's own bytes.
        text = base64.b64encode(b"\0" * offset + raw)
        first = (0, 2, 3)[offset]
        encoded.append(text[first : (offset + len(raw)) // 3 * 4])
    hexed = [raw.hex().encode(), wide.hex().encode()]
    return {"utf-8": [raw], "utf-16le": [wide], "base64": encoded, "hex": hexed}


def found_in(data: bytes, wanted: dict[str, list[bytes]]) -> set[str]:
    return {name for name, needles in wanted.items() if any(n in data for n in needles)}


def _files(root: Path) -> Iterator[Path]:
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def search_files(root: Path, wanted: dict[str, list[bytes]]) -> dict[str, set[str]]:
    """Every file under `root` read in blocks (overlapping by the longest form): the forms
    found, by file."""
    overlap = max(len(n) for needles in wanted.values() for n in needles)
    hits: dict[str, set[str]] = {}
    for path in _files(root):
        tail = b""
        try:
            handle = path.open("rb")
        except OSError:  # a file the server removed meanwhile
            continue
        with handle:
            while block := handle.read(_BLOCK):
                found = found_in(tail + block, wanted)
                if found:
                    hits.setdefault(str(path.relative_to(root)), set()).update(found)
                tail = block[-overlap:]
    return hits


def pg_dump(cluster: Cluster, database: str) -> bytes:
    argv = [
        str(cluster.bindir / "pg_dump"), "-h", str(cluster.socket_dir), "-p", str(cluster.port),
        "-U", SUPERUSER, "--format=plain", database,
    ]  # fmt: skip
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", *argv]
    return subprocess.run(argv, check=True, capture_output=True, timeout=120).stdout


def test_a_deposited_document_leaves_no_trace_on_the_server(
    site: SiteContext, agent: Actor, pg_cluster: Cluster
) -> None:
    marker = f"CANARI{secrets.token_hex(12)}"
    control = f"TEMOIN{secrets.token_hex(12)}"
    made = make_vault(site, agent)
    content = b"%PDF-1.7\n" + (marker.encode() + os.urandom(64)) * 4000
    doc_id = vault.deposit(
        site,
        agent,
        made.usager_id,
        io.BytesIO(content),
        title=f"Avis d'impôt {marker}",
        category=Category.IMPOTS,
        expires_on=dt.date(2027, 5, 1),
        original_name=f"{marker}.pdf",
        thumbnail=_PNG + marker.encode() * 8,
    )
    with made.unlock(site) as ov:
        summary, opened = ov.open(doc_id)
        assert summary.title.endswith(marker) and opened.to_bytes() == content
        opened.zero()

    database = make_url(site.site.server_url or "").database or ""
    wide = control.encode("utf-16-le")
    pg_cluster.execute(
        "CREATE TABLE canary_control (t text, b bytea)",
        f"INSERT INTO canary_control VALUES ('{control}', '\\x{wide.hex()}')",  # noqa: S608
        *(
            "INSERT INTO canary_control (t) VALUES "  # noqa: S608 - hex and base64 only
            f"('{base64.b64encode(b'.' * offset + control.encode()).decode()}')"
            for offset in range(3)
        ),
        database=database,
    )
    pg_cluster.execute("CHECKPOINT")

    wanted = {**forms(marker), **{f"control {k}": v for k, v in forms(control).items()}}
    in_files = search_files(pg_cluster.root, wanted)
    dump = pg_dump(pg_cluster, database)
    leaks = {where: sorted(f for f in found if not f.startswith("control")) for where, found in
             [*in_files.items(), ("pg_dump", found_in(dump, wanted))]}  # fmt: skip
    assert {where: found for where, found in leaks.items() if found} == {}

    # The search works: the control marker is there, in every form it was stored in.
    seen_in_files = set().union(*in_files.values())
    assert {"control utf-8", "control utf-16le", "control base64"} <= seen_in_files
    assert {"control utf-8", "control base64", "control hex"} <= found_in(dump, wanted)
