"""Identifier types. They are strings on the wire but not interchangeable in the code."""

from __future__ import annotations

import uuid
from typing import NewType

AgentId = NewType("AgentId", str)
UsagerId = NewType("UsagerId", str)
ProcheId = NewType("ProcheId", str)
MandateId = NewType("MandateId", str)
AuthorisationId = NewType("AuthorisationId", str)
ActionId = NewType("ActionId", str)
VaultId = NewType("VaultId", str)
DocumentId = NewType("DocumentId", str)


def new_id() -> str:
    """A fresh random identifier (UUID4, 36 characters): safe to merge across workstations."""
    return str(uuid.uuid4())
