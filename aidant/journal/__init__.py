"""The tamper-evident journal: append-only, hash-chained, with signed checkpoints.

The format is specified in docs/journal-format.md.
"""

from aidant.journal.chain import GENESIS_HASH, append, canonical_json, entry_hash
from aidant.journal.kinds import EntryKind

__all__ = ["GENESIS_HASH", "EntryKind", "append", "canonical_json", "entry_hash"]
