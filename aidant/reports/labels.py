"""Plain-French labels of journal entry kinds, for audit screens and exports."""

from __future__ import annotations

from aidant.journal.kinds import EntryKind
from aidant.reports.texts import KindText


def kind_text(kind: str | EntryKind) -> KindText | None:
    """The catalogue member naming an entry kind (its code); None for an unknown kind."""
    try:
        return KindText[EntryKind(kind).name]
    except (ValueError, KeyError):
        return None


#: The French labels (the command line and exports); the interface translates `kind_text`.
KIND_LABELS: dict[EntryKind, str] = {
    kind: member.value for kind in EntryKind if (member := kind_text(kind)) is not None
}


def kind_label(kind: str) -> str:
    """The French label of an entry kind, or the kind's code when it has none."""
    member = kind_text(kind)
    return kind if member is None else str(member.value)
