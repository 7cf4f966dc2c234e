"""What a document is (title, category, paper expiry, pages), kept encrypted in its row.

The metadata JSON also names the document id and its ciphertext hash: a metadata blob moved
to another row, or a row pointing at another blob, no longer matches and is refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from typing import Any

from aidant.domain import inputs
from aidant.domain.errors import UsageError
from aidant.domain.texts import InputField
from aidant.vault.texts import CategoryText, VaultText

METADATA_FORMAT = 1
MAX_TITLE = 200


class Category(enum.StrEnum):
    """Kinds of papers, as the usager names them (labels: `category_text`, `CategoryText`)."""

    IDENTITE = "identite"
    SEJOUR = "sejour"
    IMPOTS = "impots"
    CAF = "caf"
    SANTE = "sante"
    TRAVAIL = "travail"
    LOGEMENT = "logement"
    BANQUE = "banque"
    FAMILLE = "famille"
    AUTRE = "autre"


def category_text(category: Category) -> CategoryText:
    """The catalogue member of `category`'s label: the interface translates it
    (`ui.texts.text`), the command line and the PDFs print its French value."""
    return CategoryText[category.name]


#: Each category's French label (the command line and the PDFs).
CATEGORY_LABELS: dict[Category, str] = {c: str(category_text(c).value) for c in Category}


def parse_category(text: str) -> Category:
    try:
        return Category(text.strip().lower())
    except ValueError:
        choices = ", ".join(c.value for c in Category)
        raise UsageError(VaultText.UNKNOWN_CATEGORY, given=text, choices=choices) from None


@dataclasses.dataclass(frozen=True)
class DocumentMetadata:
    """Describes a paper; everything here is encrypted for the vault before it is stored."""

    title: str
    category: Category = Category.AUTRE
    #: End of validity of the paper itself (ID card, residence permit), if it has one.
    expires_on: dt.date | None = None
    page_count: int | None = None
    media_type: str = "application/octet-stream"
    #: The file name the scan had, offered back as the default name on export.
    original_name: str | None = None

    def __post_init__(self) -> None:
        # NFC and no invisible or control characters (the title is printed and listed).
        object.__setattr__(self, "title", inputs.clean(self.title, InputField.TITLE, 10**6) or "")
        if not self.title.strip():
            raise UsageError(VaultText.TITLE_EMPTY)
        if len(self.title) > MAX_TITLE:
            raise UsageError(VaultText.TITLE_TOO_LONG, max_length=MAX_TITLE)
        if self.page_count is not None and self.page_count < 0:
            raise UsageError(VaultText.NEGATIVE_PAGE_COUNT)

    def sealed_json(self, document_id: str, ciphertext_sha256: str) -> bytes:
        """The JSON that is encrypted, bound to its document and blob."""
        return json.dumps(
            {
                "v": METADATA_FORMAT,
                "document": document_id,
                "sha256": ciphertext_sha256,
                "title": self.title,
                "category": self.category.value,
                "expires_on": self.expires_on.isoformat() if self.expires_on else None,
                "pages": self.page_count,
                "media_type": self.media_type,
                "original_name": self.original_name,
            },
            sort_keys=True,
            ensure_ascii=False,
        ).encode("utf-8")

    @classmethod
    def from_sealed_json(
        cls, raw: bytes | bytearray | memoryview, document_id: str, ciphertext_sha256: str
    ) -> DocumentMetadata:
        """Parse decrypted metadata; ValueError if it belongs to another document or blob."""
        data: Any = json.loads(bytes(raw).decode("utf-8"))
        if not isinstance(data, dict) or data.get("v") != METADATA_FORMAT:
            raise ValueError("unknown metadata format")
        if data.get("document") != document_id or data.get("sha256") != ciphertext_sha256:
            raise ValueError("metadata bound to another document")
        expires = data.get("expires_on")
        return cls(
            title=str(data["title"]),
            category=Category(data["category"]),
            expires_on=dt.date.fromisoformat(expires) if expires else None,
            page_count=data.get("pages"),
            media_type=str(data.get("media_type") or "application/octet-stream"),
            original_name=data.get("original_name"),
        )


_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def sniff_media_type(head: bytes) -> str:
    """Media type from the first bytes of a scan (the file name may lie or be missing)."""
    for magic, media_type in _SIGNATURES:
        if head.startswith(magic):
            return media_type
    return "application/octet-stream"
