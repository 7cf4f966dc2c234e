"""Vault benchmark: deposit and open of a 20 MB scan against a plain copy, and unlock time.

Baseline, measured in the same run on the same file: `shutil.copyfile` then fsync of the
copy. Deposit (encrypt + hash + atomic write + fsync + row and journal entry) and open
(hash check + decrypt into memory) are reported as ratios to it, and so is pyrage's age
encryption / decryption alone, memory to memory: the floor under both. Unlock is card code + PIN
with the real Argon2id parameters. Prints ONE JSON line at the end.

    python bench/vault.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile  # noqa: TID251 - a benchmark's scratch folder, deleted at the end
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import crypto
from aidant import vault
from aidant.agents import accounts as agents
from aidant.domain.actors import Actor, ActorKind
from aidant.people import usagers
from aidant.setup.create import init_site
from aidant.site.paths import DataPaths
from tests.support.keyrings import MemoryKeyring

SCAN_MB = 20
PIN = "4826"


def plain_copy(source: Path, target: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(source, target)  # noqa: TID251 - the baseline being measured
    fd = os.open(target, os.O_RDONLY)  # noqa: TID251 - read-only, to fsync the copy
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeats = 3 if args.quick else 9

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="aidant-bench-") as scratch:
        root = Path(scratch)
        ctx = init_site(DataPaths(root / "data"), "Bench", "chef", "Chef", "bench-password-1")
        try:
            agent = agents.login_with_password(ctx, "chef", "bench-password-1")
            uid = usagers.register(ctx, agent, "Bench", "Usager").id
            with crypto.SecretBuffer.from_text(PIN) as pin:
                created = vault.create_vault(ctx, agent, uid, pin)
            card_code = created.card_code
            created.wipe()
            source = root / "scan.pdf"
            source.write_bytes(b"%PDF-1.7\n" + os.urandom(SCAN_MB * 1024 * 1024))
            usager = Actor(ActorKind.USAGER, id=uid)

            # The floor set by the cryptography alone: age encryption / decryption of the
            # same bytes, memory to memory (no hashing, no file, no database).
            scan = source.read_bytes()
            identity, recipient = crypto.generate_identity()
            copies, deposits, opens, unlocks, encrypts, decrypts = [], [], [], [], [], []
            for _ in range(repeats):
                copies.append(plain_copy(source, root / "copy.pdf"))

                start = time.perf_counter()
                sealed = crypto.encrypt_bytes(scan, recipient)
                encrypts.append(time.perf_counter() - start)
                start = time.perf_counter()
                crypto.decrypt_bytes(sealed, identity).zero()
                decrypts.append(time.perf_counter() - start)

                start = time.perf_counter()
                doc = vault.deposit(ctx, agent, uid, source, title="Scan")
                deposits.append(time.perf_counter() - start)

                start = time.perf_counter()
                with crypto.SecretBuffer.from_text(PIN) as pin:
                    ov = vault.unlock_with_card(ctx, usager, uid, card_code, pin)
                unlocks.append(time.perf_counter() - start)

                start = time.perf_counter()
                _, content = ov.open(doc)
                opens.append(time.perf_counter() - start)
                content.zero()
                ov.delete(doc)
                ov.lock()
        finally:
            ctx.close()

    copy_s = statistics.median(copies)
    figures = {
        "deposit_vs_copy": round(statistics.median(deposits) / copy_s, 2),
        "open_vs_copy": round(statistics.median(opens) / copy_s, 2),
        "unlock_s": round(statistics.median(unlocks), 3),
        "age_encrypt_only_vs_copy": round(statistics.median(encrypts) / copy_s, 2),
        "age_decrypt_only_vs_copy": round(statistics.median(decrypts) / copy_s, 2),
        "copy_s": round(copy_s, 4),
        "deposit_s": round(statistics.median(deposits), 4),
        "open_s": round(statistics.median(opens), 4),
    }
    targets = {"deposit_vs_copy": 2.0, "open_vs_copy": 2.0, "unlock_s": 1.0}
    print(json.dumps({"bench": "vault", "figures": figures, "targets": targets}))


if __name__ == "__main__":
    main()
