"""Vault benchmark: deposit and open of a 20 MB scan against a plain copy and the `age` tool.

Baselines, measured in the same run on the same file:
- `shutil.copyfile` then fsync of the copy;
- the Debian `age` tool (Go), process start included: encrypting the scan to a file then
  fsync of that file (a deposit is durable too), and decrypting it to a pipe read to its end
  (an open decrypts into memory).
Deposit (encrypt + hash + atomic write + fsync + row and journal entry) and open (hash check +
decrypt into memory + journal entry) are reported as ratios to both, and so is our age
encryption / decryption alone, memory to memory: the floor under both. Unlock is card code +
PIN with the real Argon2id parameters. Prints ONE JSON line at the end.

    python bench/vault.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
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
AGE = "/usr/bin/age"


def plain_copy(source: Path, target: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(source, target)  # noqa: TID251 - the baseline being measured
    _fsync(target)
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)  # noqa: TID251 - read-only, to fsync a file
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def age_cli_encrypt(source: Path, target: Path, recipient: str) -> float:
    """The `age` tool encrypting `source` to a file, then fsync of that file."""
    start = time.perf_counter()
    subprocess.run([AGE, "-r", recipient, "-o", str(target), str(source)], check=True)
    _fsync(target)
    return time.perf_counter() - start


def age_cli_decrypt(sealed: Path, key_file: Path) -> float:
    """The `age` tool decrypting `sealed` to a pipe, read to its end."""
    start = time.perf_counter()
    with subprocess.Popen(
        [AGE, "-d", "-i", str(key_file), str(sealed)], stdout=subprocess.PIPE
    ) as child:
        assert child.stdout is not None
        while child.stdout.read(1 << 20):
            pass
    if child.returncode != 0:
        raise RuntimeError("age -d failed")
    return time.perf_counter() - start


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
            key_file = root / "key.txt"
            key_file.write_text(identity.decode() + "\n")
            copies, deposits, opens, unlocks, encrypts, decrypts = [], [], [], [], [], []
            cli_encrypts, cli_decrypts = [], []
            for _ in range(repeats):
                copies.append(plain_copy(source, root / "copy.pdf"))
                cli_encrypts.append(age_cli_encrypt(source, root / "cli.age", recipient))
                cli_decrypts.append(age_cli_decrypt(root / "cli.age", key_file))
                (root / "cli.age").unlink()

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
    deposit_s, open_s = statistics.median(deposits), statistics.median(opens)
    cli_encrypt_s, cli_decrypt_s = statistics.median(cli_encrypts), statistics.median(cli_decrypts)
    figures = {
        "deposit_vs_copy": round(deposit_s / copy_s, 2),
        "open_vs_copy": round(open_s / copy_s, 2),
        "deposit_vs_age_cli": round(deposit_s / cli_encrypt_s, 2),
        "open_vs_age_cli": round(open_s / cli_decrypt_s, 2),
        "unlock_s": round(statistics.median(unlocks), 3),
        "age_encrypt_only_vs_copy": round(statistics.median(encrypts) / copy_s, 2),
        "age_decrypt_only_vs_copy": round(statistics.median(decrypts) / copy_s, 2),
        "copy_s": round(copy_s, 4),
        "deposit_s": round(deposit_s, 4),
        "open_s": round(open_s, 4),
        "age_cli_encrypt_s": round(cli_encrypt_s, 4),
        "age_cli_decrypt_s": round(cli_decrypt_s, 4),
    }
    targets = {
        "deposit_vs_copy": 2.0,
        "open_vs_copy": 2.0,
        "deposit_vs_age_cli": 1.0,
        "open_vs_age_cli": 1.0,
        "unlock_s": 1.0,
    }
    print(json.dumps({"bench": "vault", "figures": figures, "targets": targets}))


if __name__ == "__main__":
    main()
