"""Titles typed at deposit, and the file names an export makes from them.

A title is free text ("Paie 03/2026"); a file name must stay inside the folder the usager
chose on every system the site may use (Windows first): no separators, no `..`, no drive or
UNC prefix, no reserved device name (CON, NUL, COM1...), no trailing dot or space.
"""

from __future__ import annotations

import re
import unicodedata

from aidant.domain.errors import UsageError
from aidant.vault.metadata import MAX_TITLE
from aidant.vault.texts import VaultText

#: Longest file name stem an export makes (well under every file system's limit).
MAX_STEM = 80

#: Invisible characters that can disguise a title (bidirectional overrides, zero widths).
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}
#: What Windows forbids in a file name, and path separators everywhere.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = re.compile(
    r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE
)
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
}


def check_title(title: str) -> str:
    """The title as stored: trimmed; refused when empty, too long or with hidden characters."""
    cleaned = unicodedata.normalize("NFC", title).strip()
    if not cleaned:
        raise UsageError(VaultText.TITLE_EMPTY)
    if len(cleaned) > MAX_TITLE:
        raise UsageError(VaultText.TITLE_TOO_LONG, max_length=MAX_TITLE)
    if any(unicodedata.category(c) in _INVISIBLE for c in cleaned):
        raise UsageError(VaultText.TITLE_HIDDEN_CHARACTERS)
    return cleaned


def safe_stem(text: str) -> str:
    """`text` made into a file name stem that names a plain file in any folder."""
    name = unicodedata.normalize("NFC", text)
    name = "".join(" " if unicodedata.category(c) in _INVISIBLE else c for c in name)
    # "Paie 03/2026" reads best as "Paie 03-2026"; other forbidden signs become spaces.
    name = re.sub(r"(?<=\d)[/\\](?=\d)", "-", name)
    name = _FORBIDDEN.sub(" ", name)
    name = re.sub(r"\.{2,}", ".", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    name = name[:MAX_STEM].rstrip(" .")
    if not name:
        return "document"
    if _RESERVED.match(name.split(".")[0].strip()):
        name = f"Document {name}"
    return name


def extension_for(media_type: str) -> str:
    return _EXTENSIONS.get(media_type, ".bin")


def export_file_name(title: str, media_type: str) -> str:
    """The file name an export of a document titled `title` gets."""
    return safe_stem(title) + extension_for(media_type)


def safe_file_name(name: str, media_type: str) -> str:
    """A name typed for an export (command line), cleaned like a title; keeps a known suffix."""
    stem, dot, suffix = name.rpartition(".")
    if dot and f".{suffix.lower()}" in set(_EXTENSIONS.values()) | {".bin", ".jpeg", ".tiff"}:
        return safe_stem(stem) + "." + suffix.lower()
    return safe_stem(name) + extension_for(media_type)
