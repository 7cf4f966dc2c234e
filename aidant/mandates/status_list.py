"""The signed status list beside the database: `aidant mandate verify CODE` without a password.

`mandate-status.json` holds one entry per mandate, found by a hash of its verification code
and sealed (ChaCha20-Poly1305) under a key derived from that code: whoever has a code learns
that mandate's status, validity end and content hash, and nothing else; without a code the file
shows only how many mandates the site has. The whole list is signed with the site's journal
signing key (Ed25519, kept in the key store): an edit made without the key store is detected.
It is rewritten for each mandate a transaction changes (`watch`) and rebuilt whole at start-up.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event, select
from sqlalchemy.orm import Session, selectinload

from aidant.domain.errors import NotFound, StorageError, UsageError
from aidant.files import safe_io
from aidant.mandates import rules
from aidant.mandates.queries import Verification
from aidant.mandates.rules import MandateStatus
from aidant.mandates.texts import MandateText
from aidant.site.context import SiteContext, SiteFile, keystore_for
from aidant.site.paths import DataPaths
from aidant.storage.keystore import KeyName
from aidant.storage.models import Authorisation, Mandate
from crypto.signing import public_key_hex, sign, verify

log = logging.getLogger(__name__)

FORMAT = "aidant-mandate-status"
VERSION = 1


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _lookup(site_id: str, code: str) -> str:
    return hashlib.sha256(f"aidant mandate status\0{site_id}\0{code}".encode()).hexdigest()[:32]


def _box_key(site_id: str, code: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=site_id.encode(),
        info=b"aidant mandate status box",
    ).derive(code.encode())


def _entry(site_id: str, row: Mandate, now: dt.datetime) -> dict[str, str]:
    plain = _canonical(
        {
            "status": rules.status_of(row, now).value,
            "expires_at": row.expires_at.astimezone(dt.UTC).isoformat(),
            "content_hash": row.content_hash,
            "intact": rules.hash_of_row(row) == row.content_hash,
        }
    )
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(_box_key(site_id, row.verification_code)).encrypt(
        nonce, plain, site_id.encode()
    )
    return {"n": base64.b64encode(nonce).decode(), "ct": base64.b64encode(sealed).decode()}


def _read(paths: DataPaths, public_key: str) -> dict[str, Any] | None:
    """The list's body when its signature holds under `public_key`; None when absent."""
    try:
        raw = json.loads(paths.mandate_status.read_bytes())
        body, signature = raw["body"], raw["signature"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StorageError(MandateText.STATUS_LIST_INVALID) from exc
    if not verify(public_key, signature, _canonical(body)):
        raise StorageError(MandateText.STATUS_LIST_INVALID)
    return body  # type: ignore[no-any-return]


def publish(ctx: SiteContext, mandate_ids: Iterable[str] | None = None) -> None:
    """Rewrite the entries of `mandate_ids` (None: rebuild the whole list) and sign it."""
    key = ctx.keystore.get(KeyName.SIGNING)
    if key is None:
        log.warning("no signing key: mandate status list not written")
        return
    try:
        site_id = ctx.site.site_id
        body: dict[str, Any] | None = None
        if mandate_ids is not None:
            try:
                body = _read(ctx.paths, public_key_hex(key))
            except StorageError:
                body = None
        if body is None:
            mandate_ids = None  # nothing (valid) to update: rebuild it all
            body = {"format": FORMAT, "v": VERSION, "site_id": site_id, "entries": {}}
        now = ctx.clock.now()
        with ctx.transaction() as db:
            query = select(Mandate).options(selectinload(Mandate.authorisations))
            if mandate_ids is not None:
                query = query.where(Mandate.id.in_(list(mandate_ids)))
            for row in db.scalars(query):
                body["entries"][_lookup(site_id, row.verification_code)] = _entry(site_id, row, now)
        body["made_at"] = now.astimezone(dt.UTC).isoformat()
        signed = {"body": body, "signature": sign(key, _canonical(body))}
        safe_io.atomic_write_bytes(ctx.paths.mandate_status, _canonical(signed))
    finally:
        key[:] = bytes(len(key))


def watch(ctx: SiteContext) -> None:
    """Publish the entries of the mandates each committed transaction of `ctx` changed."""
    changed: set[str] = set()
    lock = threading.Lock()

    def _collect(session: Session, *_args: object) -> None:
        with lock:
            for obj in (*session.new, *session.dirty, *session.deleted):
                if isinstance(obj, Mandate):
                    changed.add(obj.id)
                elif isinstance(obj, Authorisation):
                    changed.add(obj.mandate_id)

    def _publish(_session: Session) -> None:
        with lock:
            ids = set(changed)
            changed.clear()
        if ids:
            publish(ctx, ids)

    def _forget(_session: Session, *_args: object) -> None:
        with lock:
            changed.clear()

    event.listen(ctx.sessions, "before_flush", _collect)
    event.listen(ctx.sessions, "after_commit", _publish)
    event.listen(ctx.sessions, "after_soft_rollback", _forget)


def verify_offline(paths: DataPaths, text: str, now: dt.datetime) -> Verification:
    """Check a code (typed, or the whole QR payload) against the signed list: no password, no
    database; only this mandate's status is revealed."""
    parsed = rules.parse_qr_payload(text)
    if parsed is None:
        raise UsageError(MandateText.BAD_VERIFICATION_CODE)
    code, printed_prefix = parsed
    site = SiteFile.read(paths.site_file)
    key = keystore_for(paths, site).get(KeyName.SIGNING)
    if key is None:
        raise StorageError(MandateText.STATUS_LIST_INVALID)
    try:
        body = _read(paths, public_key_hex(key))
    finally:
        key[:] = bytes(len(key))
    if body is None or body.get("format") != FORMAT or body.get("site_id") != site.site_id:
        raise StorageError(MandateText.STATUS_LIST_INVALID)
    entry = body["entries"].get(_lookup(site.site_id, code))
    if entry is None:
        raise NotFound(MandateText.NO_MANDATE_WITH_CODE)
    try:
        plain = ChaCha20Poly1305(_box_key(site.site_id, code)).decrypt(
            base64.b64decode(entry["n"]), base64.b64decode(entry["ct"]), site.site_id.encode()
        )
        data = json.loads(plain)
        status = MandateStatus(data["status"])
        expires_at = dt.datetime.fromisoformat(data["expires_at"])
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise StorageError(MandateText.STATUS_LIST_INVALID) from exc
    if status is MandateStatus.ACTIVE and now >= expires_at:
        status = MandateStatus.EXPIRED
    return Verification(
        code=code,
        status=status,
        expires_at=expires_at,
        hash_matches=bool(data["intact"]),
        printed_hash_matches=(
            None if printed_prefix is None else str(data["content_hash"]).startswith(printed_prefix)
        ),
    )
