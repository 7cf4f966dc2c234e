"""Pure rules of a mandate: durations, status, verification code, content hash.

No database access here, so that the rules are easy to read and to test on their own.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import secrets
from collections.abc import Iterable

from aidant.domain.demarches import Demarche, parse_demarche
from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration
from aidant.domain.errors import UsageError
from aidant.journal.chain import canonical_json, format_time
from aidant.mandates.texts import MandateText, StatusText
from aidant.site.clock import SITE_TZ, end_of_local_day, to_site_local
from aidant.storage.models import Mandate

DURATION_DAYS = {
    MandateDuration.MONTH: 31,
    MandateDuration.SEMESTER: 182,
    MandateDuration.YEAR: 365,
}
#: Lists hide mandates that ended more than this long ago (as Aidants Connect does).
HIDE_AFTER = dt.timedelta(days=365)
#: `expiring` lists mandates ending within this delay.
EXPIRING_WITHIN = dt.timedelta(days=30)


class MandateStatus(enum.StrEnum):
    DRAFT = "draft"  # consent not yet recorded
    REFUSED = "refused"  # the usager refused: never becomes active
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"  # the whole mandate, or every one of its authorisations


def status_text(status: MandateStatus) -> StatusText:
    """The catalogue member naming `status` (the interface translates it)."""
    return StatusText[status.name]


#: The French labels, for the command line and printed forms.
STATUS_LABELS: dict[MandateStatus, str] = {s: status_text(s).value for s in MandateStatus}


def demarche_of(value: str) -> Demarche:
    """The démarche whose id is `value`; `UsageError` listing the valid ids otherwise."""
    try:
        return parse_demarche(value)
    except ValueError:
        possible = ", ".join(d.value for d in Demarche)
        raise UsageError(MandateText.UNKNOWN_DEMARCHE, value=value, possible=possible) from None


def expiry(duration: MandateDuration, starts_at: dt.datetime) -> dt.datetime:
    """When a mandate starting at `starts_at` ends: end of the local day, or N days later.

    Days are counted on the site's wall clock, so a mandate opened at 10:00 ends at 10:00 even
    across a daylight-saving change; but never later than N × 24 hours (in autumn it ends an
    hour earlier on the clock), so that no mandate lasts more than 365 days.
    """
    if duration is MandateDuration.DAY:
        return end_of_local_day(starts_at)
    local = to_site_local(starts_at).replace(tzinfo=None)
    end = (local + dt.timedelta(days=DURATION_DAYS[duration])).replace(tzinfo=SITE_TZ)
    days = dt.timedelta(days=DURATION_DAYS[duration])
    return min(end.astimezone(dt.UTC), starts_at + days)


def status_of(row: Mandate, now: dt.datetime) -> MandateStatus:
    """The status of a mandate at `now` (its authorisations must be loaded)."""
    if row.consent is ConsentAnswer.REFUSED:
        return MandateStatus.REFUSED
    if row.revoked_at is not None or all(a.revoked_at is not None for a in row.authorisations):
        return MandateStatus.REVOKED
    if row.consent is ConsentAnswer.PENDING:
        return MandateStatus.DRAFT
    if now >= row.expires_at:
        return MandateStatus.EXPIRED
    return MandateStatus.ACTIVE


# Crockford's base32: no I, L, O, U, so that a code read aloud or typed is never ambiguous.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_LENGTH = 10


def new_verification_code() -> str:
    """A random code of 10 Crockford base32 characters (50 bits), shown as `ABCDE-FGHJK`."""
    raw = "".join(secrets.choice(_CROCKFORD) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(text: str) -> str | None:
    """The canonical `ABCDE-FGHJK` form of a typed code (case, spaces, O/0, I/L/1), or None."""
    raw = "".join(c for c in text.upper() if c.isalnum()).translate(_READ_AS)
    if len(raw) != CODE_LENGTH or any(c not in _CROCKFORD for c in raw):
        return None
    return f"{raw[:5]}-{raw[5:]}"


QR_PREFIX = "AIDANT-MANDAT"
#: How many hex digits of the content hash the QR and the printed footer carry.
HASH_PREFIX_LENGTH = 16
_HASH_PREFIX = re.compile(f"[0-9a-f]{{{HASH_PREFIX_LENGTH}}}")


def qr_payload(code: str, content_hash: str) -> str:
    return f"{QR_PREFIX}:{code}:{content_hash[:HASH_PREFIX_LENGTH]}"


def parse_qr_payload(text: str) -> tuple[str, str | None] | None:
    """(code, hash prefix) from a QR payload or a bare code; None when it is neither."""
    parts = text.strip().split(":")
    if len(parts) == 3 and parts[0] == QR_PREFIX:
        code = normalise_code(parts[1])
        # The printed prefix binds the paper to the mandate: anything but the full 16 hex digits
        # (an empty or shortened prefix would match too easily) makes the payload malformed.
        prefix = parts[2].lower()
        if not code or not _HASH_PREFIX.fullmatch(prefix):
            return None
        return code, prefix
    code = normalise_code(text)
    return (code, None) if code else None


def content_hash(
    *,
    mandate_id: str,
    usager_id: str,
    holder_kind: HolderKind,
    proche_id: str | None,
    agent_id: str,
    duration: MandateDuration,
    starts_at: dt.datetime,
    expires_at: dt.datetime,
    demarches: Iterable[str],
    template_version: str,
    template_text: str,
    verification_code: str,
) -> str:
    """SHA-256 over the canonical JSON of what the mandate says (not its later state)."""
    content = {
        "mandate": mandate_id,
        "usager": usager_id,
        "holder": holder_kind.value,
        "proche": proche_id,
        "agent": agent_id,
        "duration": duration.value,
        "starts_at": format_time(starts_at),
        "expires_at": format_time(expires_at),
        "demarches": sorted(demarches),
        "template_version": template_version,
        "template_sha256": hashlib.sha256(template_text.encode("utf-8")).hexdigest(),
        "code": verification_code,
    }
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def hash_of_row(row: Mandate) -> str:
    """The content hash recomputed from a stored mandate (to check it was not altered)."""
    return content_hash(
        mandate_id=row.id,
        usager_id=row.usager_id,
        holder_kind=row.holder_kind,
        proche_id=row.proche_id,
        agent_id=row.agent_id,
        duration=row.duration,
        starts_at=row.starts_at,
        expires_at=row.expires_at,
        demarches=[a.demarche for a in row.authorisations],
        template_version=row.template_version,
        template_text=row.template_text,
        verification_code=row.verification_code,
    )
