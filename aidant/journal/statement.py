"""Signed checkpoint statements: the canonical message, and the JSON file a manager keeps.

A statement says "the journal of site S had N entries, the last one hashing to H, at time T",
signed with the site's Ed25519 key. The exact bytes signed are specified in
docs/journal-format.md; the file exported by `aidant journal checkpoint --out` is the same
statement with its public key and signature, and is what `aidant journal verify --checkpoint`
reads back.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from aidant.domain.errors import UsageError
from aidant.journal.chain import canonical_json
from aidant.journal.texts import JournalText
from crypto.signing import verify

STATEMENT_FORMAT = "aidant-journal-checkpoint"
STATEMENT_VERSION = 1

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")


def checkpoint_message(site_id: str, size: int, head_hash: str, at: str) -> bytes:
    """The bytes that are signed (UTF-8 canonical JSON, see docs/journal-format.md)."""
    return canonical_json(
        {
            "format": STATEMENT_FORMAT,
            "v": STATEMENT_VERSION,
            "site": site_id,
            "size": size,
            "head": head_hash,
            "at": at,
        }
    ).encode("utf-8")


_LOWER_HEX_128 = re.compile(r"[0-9a-f]{128}")


@dataclasses.dataclass(frozen=True)
class CheckpointStatement:
    site_id: str
    size: int
    head_hash: str
    at: str
    public_key: str
    signature: str

    def message(self) -> bytes:
        return checkpoint_message(self.site_id, self.size, self.head_hash, self.at)

    def signature_valid(self) -> bool:
        # Only the canonical lowercase form counts: "ABCD" and "abcd" decode to the same bytes,
        # and a stored value that differs from what was signed is a modification.
        if not _LOWER_HEX_128.fullmatch(self.signature):
            return False
        return verify(self.public_key, self.signature, self.message())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": STATEMENT_FORMAT,
            "v": STATEMENT_VERSION,
            "site": self.site_id,
            "size": self.size,
            "head": self.head_hash,
            "at": self.at,
            "public_key": self.public_key,
            "signature": self.signature,
        }

    def to_json(self) -> str:
        """Compact canonical JSON: the content of the exported file and of the receipt's QR."""
        return canonical_json(self.to_dict())

    @classmethod
    def from_json(cls, text: str) -> CheckpointStatement:
        """Parse an exported statement; raise `UsageError` with one sentence when malformed."""
        try:
            raw = json.loads(text)
        except ValueError:
            raise UsageError(JournalText.BAD_CHECKPOINT_FILE) from None
        if not isinstance(raw, dict) or raw.get("format") != STATEMENT_FORMAT:
            raise UsageError(JournalText.BAD_CHECKPOINT_FILE)
        if raw.get("v") != STATEMENT_VERSION:
            raise UsageError(JournalText.NEWER_CHECKPOINT_FORMAT)
        try:
            statement = cls(
                site_id=str(raw["site"]),
                size=raw["size"],
                head_hash=str(raw["head"]),
                at=str(raw["at"]),
                public_key=str(raw["public_key"]),
                signature=str(raw["signature"]),
            )
        except KeyError:
            raise UsageError(JournalText.BAD_CHECKPOINT_FILE) from None
        if (
            not isinstance(statement.size, int)
            or isinstance(statement.size, bool)
            or statement.size < 0
            or not _HEX64.match(statement.head_hash)
            or not _HEX64.match(statement.public_key)
            or not _HEX128.match(statement.signature)
        ):
            raise UsageError(JournalText.BAD_CHECKPOINT_FILE)
        return statement
