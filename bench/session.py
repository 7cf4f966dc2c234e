"""Benchmark: time to end a usager session that opened 50 documents and wipes 500 files.

Each round opens a usager session, unlocks the usager's vault (card + PIN) and opens 50
deposited documents into SecretBuffers through the vault service (each with a viewer stand-in
to close), fills a wipe root with 500 files in 50 folders, and times
`session.end()`: closing, zeroing, temp-area removal, wipe plan and execution, journal entries.
Baseline, same run: a plain `shutil.rmtree` of the same 500 files (no checks, no journal).

Prints one JSON line: {"bench": "session", "figures": {...}, "targets": {...}}.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

import crypto  # noqa: E402
from aidant import vault  # noqa: E402
from aidant.administration.policy import change_setting  # noqa: E402
from aidant.agents.accounts import login_with_password  # noqa: E402
from aidant.domain.actors import Actor, ActorKind  # noqa: E402
from aidant.files import safe_io  # noqa: E402
from aidant.people import usagers  # noqa: E402
from aidant.sessions import session as sessions  # noqa: E402
from aidant.sessions.session import EndReason  # noqa: E402
from aidant.setup.create import init_site  # noqa: E402
from aidant.site.paths import DataPaths  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

DOCUMENTS = 50
FOLDERS = 50
FILES_PER_FOLDER = 10
DOCUMENT_BYTES = 200_000
TARGET_MS = 300
PIN = "4826"


class ViewerStandIn:
    """What a document screen would hold: a page image buffer to drop."""

    def __init__(self) -> None:
        self.page: bytearray | None = bytearray(64_000)

    def close(self) -> None:
        if self.page is not None:
            self.page[:] = bytes(len(self.page))
        self.page = None


def fill(root: Path) -> None:
    payload = b"%PDF-1.7 " + os.urandom(2_000)
    for d in range(FOLDERS):
        folder = root / f"dossier {d}"
        folder.mkdir()
        for f in range(FILES_PER_FOLDER):
            (folder / f"scan-{f}.pdf").write_bytes(payload)


def run(rounds: int, work: Path) -> dict[str, float]:
    keyring.set_keyring(MemoryKeyring())
    ctx = init_site(DataPaths(work / "data"), "Banc d'essai", "chef", "Chef", "bench-password-1")
    try:
        manager = login_with_password(ctx, "chef", "bench-password-1")
        downloads = work / "Downloads"
        downloads.mkdir()
        with ctx.transaction() as db:
            change_setting(db, manager, "wipe_roots", [str(downloads)], ctx.clock.now())
        person = usagers.register(ctx, manager, "Banc", "Usager")
        with crypto.SecretBuffer.from_text(PIN) as pin:
            created = vault.create_vault(ctx, manager, person.id, pin)
        card_code = created.card_code
        created.wipe()
        usager = Actor(ActorKind.USAGER, id=person.id)
        documents = [
            vault.deposit(ctx, manager, person.id, io.BytesIO(os.urandom(DOCUMENT_BYTES)))
            for _ in range(DOCUMENTS)
        ]

        end_ms: list[float] = []
        baseline_ms: list[float] = []
        for _ in range(rounds):
            session = sessions.start_usager_session(ctx, manager, person.id)
            with crypto.SecretBuffer.from_text(PIN) as pin:
                opened = vault.unlock_with_card(ctx, usager, person.id, card_code, pin)
            session.hold_closable("vault", opened)
            for document_id in documents:
                session.hold_secret(opened.open(document_id)[1])
                session.hold_closable("viewer", ViewerStandIn())
            fill(downloads)
            start = time.perf_counter()
            report = session.end(EndReason.LOGOUT)
            end_ms.append((time.perf_counter() - start) * 1000)
            assert report is not None and report.wipe is not None
            assert report.wipe.removed_count == FOLDERS * (FILES_PER_FOLDER + 1)
            assert not report.failures and not report.wipe.failed

            fill(downloads)
            start = time.perf_counter()
            for child in list(downloads.iterdir()):
                shutil.rmtree(child)  # noqa: TID251 - the baseline is the raw call itself
            baseline_ms.append((time.perf_counter() - start) * 1000)
        end = statistics.median(end_ms)
        base = statistics.median(baseline_ms)
        return {
            "end_session_ms": round(end, 1),
            "baseline_rmtree_ms": round(base, 1),
            "ratio_vs_rmtree": round(end / base, 2),
            "files_wiped": FOLDERS * (FILES_PER_FOLDER + 1),
            "documents_open": DOCUMENTS,
        }
    finally:
        ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 rounds instead of 15")
    parser.add_argument("--workdir", default=os.environ.get("TMPDIR", "/tmp"))  # noqa: S108
    args = parser.parse_args()
    work = Path(args.workdir).resolve() / f"aidant-bench-session-{os.getpid()}"
    safe_io.ensure_private_dir(work)
    try:
        figures = run(3 if args.quick else 15, work)
    finally:
        safe_io.remove_tree(work, work.parent)
    print(
        json.dumps(
            {"bench": "session", "figures": figures, "targets": {"end_session_ms": TARGET_MS}}
        )
    )


if __name__ == "__main__":
    main()
