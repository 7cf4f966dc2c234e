"""An independent verifier written from docs/journal-format.md alone (json, hashlib and
cryptography only, no Aidant code) agrees with the journal Aidant writes."""

from __future__ import annotations

import hashlib
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import text

from aidant.domain.actors import Actor
from aidant.journal.checkpoints import write_checkpoint
from aidant.people import usagers
from aidant.site.context import SiteContext


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def test_independent_verifier_agrees(site: SiteContext, agent: Actor, manager: Actor) -> None:
    usagers.register(site, agent, "Dupré", 'Éléonore "Léo"')
    statement = write_checkpoint(site, manager)
    with site.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT seq, at, kind, actor, usager_id, data, prev_hash, hash "
                "FROM journal_entries ORDER BY seq"
            )
        ).all()
        site_id, root = conn.execute(text("SELECT id, root_public_key FROM sites")).one()
        stored = conn.execute(
            text("SELECT size, head_hash, at, public_key, signature FROM checkpoints")
        ).all()
        certificates = conn.execute(text("SELECT body, signature FROM certificates")).all()

    prev = "0" * 64
    for expected, (seq, at, kind, actor, usager_id, data, prev_hash, hash_) in enumerate(rows, 1):
        assert seq == expected and prev_hash == prev
        assert canonical(json.loads(data)) == data.encode()  # stored data is canonical
        body = canonical(
            {
                "v": 1,
                "seq": seq,
                "at": at,
                "kind": kind,
                "actor": actor,
                "usager": usager_id,
                "data": json.loads(data),
            }
        )
        prev = hashlib.sha256(bytes.fromhex(prev) + body).hexdigest()
        assert hash_ == prev

    # Each checkpoint's key is bound to an agent by a certificate the site root key signed.
    root_key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(root))
    certified = set()
    for body, cert_signature in certificates:
        root_key.verify(bytes.fromhex(cert_signature), body.encode())  # raises if invalid
        certified.add(json.loads(body)["key"])
    for size, head, at, public_key, signature in stored:
        assert public_key in certified
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
        assert rows[size - 1][7] == head and rows[size - 1][2] == "checkpoint"
        message = canonical(
            {
                "at": at,
                "format": "aidant-journal-checkpoint",
                "head": head,
                "site": site_id,
                "size": size,
                "v": 1,
            }
        )
        key.verify(bytes.fromhex(signature), message)  # raises if invalid

    exported = json.loads(statement.to_json())
    signed = {k: v for k, v in exported.items() if k not in ("public_key", "signature")}
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(exported["public_key"]))
    key.verify(bytes.fromhex(exported["signature"]), canonical(signed))
