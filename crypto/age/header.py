"""The age v1 header: strict parsing, encoding and its HMAC (C2SP age, "Header").

    age-encryption.org/v1
    -> X25519 <share>
    <body, base64 without padding, 64 columns, ending with a shorter line, maybe empty>
    --- <HMAC-SHA-256 of everything up to and including "---">

Parsing is strict, as the specification and its test vectors require: LF line ends only,
arguments of printable ASCII separated by single spaces, canonical base64 without padding,
body lines of exactly 64 columns but the last. Every violation is a `ModifiedHeader`.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.errors import ModifiedHeader

MAGIC = b"age-encryption.org/"
VERSION = b"age-encryption.org/v1"
VERSION_LINE = VERSION + b"\n"
MAC_MARK = b"\n---"
COLUMNS = 64
FILE_KEY_SIZE = 16
_MAC_SIZE = 32
_B64_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its type, further arguments and decoded body."""

    kind: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    """A parsed header; `mac_input` is what the MAC covers, `length` its size in the file."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes
    length: int


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA-256 with a 32-byte output, as every age key derivation uses it."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def b64encode(data: bytes) -> bytes:
    """Standard base64 without padding."""
    return base64.b64encode(data).rstrip(b"=")


def b64decode(text: bytes) -> bytes:
    """Decode canonical unpadded base64 or raise ModifiedHeader."""
    if not _B64_ALPHABET.issuperset(text) or len(text) % 4 == 1:
        raise ModifiedHeader(detail="invalid base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as exc:
        raise ModifiedHeader(detail=f"invalid base64: {exc}") from None
    if b64encode(data) != text:
        raise ModifiedHeader(detail="non-canonical base64")
    return data


def _argument(raw: bytes) -> str:
    if not raw or any(not 33 <= c <= 126 for c in raw):
        raise ModifiedHeader(detail="empty or non-printable stanza argument")
    return raw.decode("ascii")


def _stanzas(lines: list[bytes]) -> tuple[Stanza, ...]:
    stanzas: list[Stanza] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if not line.startswith(b"-> "):
            raise ModifiedHeader(detail="a stanza must start with '-> '")
        args = [_argument(raw) for raw in line[3:].split(b" ")]
        at += 1
        body: list[bytes] = []
        while True:
            if at == len(lines):
                raise ModifiedHeader(detail="stanza without its final short body line")
            chunk = lines[at]
            at += 1
            if len(chunk) > COLUMNS:
                raise ModifiedHeader(detail="stanza body line longer than 64 columns")
            body.append(chunk)
            if len(chunk) < COLUMNS:
                break
        stanzas.append(Stanza(args[0], tuple(args[1:]), b64decode(b"".join(body))))
    return tuple(stanzas)


def parse(header: bytes) -> Header:
    """Parse a complete header: `header` ends with the MAC line's LF, and holds nothing else."""
    mark = header.find(MAC_MARK)
    if mark < 0 or not header.endswith(b"\n"):
        raise ModifiedHeader(detail="no MAC line")
    lines = header[: mark + 1].split(b"\n")[:-1]
    if lines[0] != VERSION:
        raise ModifiedHeader(detail="version line is not exactly 'age-encryption.org/v1'")
    mac_line = header[mark + 1 : -1]
    if not mac_line.startswith(b"--- "):
        raise ModifiedHeader(detail="MAC line must be '--- ' and the MAC")
    mac = b64decode(mac_line[4:])
    if len(mac) != _MAC_SIZE:
        raise ModifiedHeader(detail="MAC of the wrong length")
    stanzas = _stanzas(lines[1:])
    if not stanzas:
        raise ModifiedHeader(detail="no recipient stanza")
    return Header(stanzas, mac, header[: mark + 4], len(header))


def _mac(file_key: bytes, mac_input: bytes) -> hmac.HMAC:
    mac = hmac.HMAC(hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(mac_input)
    return mac


def verify_mac(header: Header, file_key: bytes) -> None:
    """Check the header's MAC with the unwrapped file key, or raise ModifiedHeader."""
    try:
        _mac(file_key, header.mac_input).verify(header.mac)
    except InvalidSignature:
        raise ModifiedHeader(detail="header MAC does not verify") from None


def encode_stanza(stanza: Stanza) -> bytes:
    """A stanza as it appears in a header, body wrapped at 64 columns."""
    text = b64encode(stanza.body)
    lines = [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
    if not lines or len(lines[-1]) == COLUMNS:
        lines.append(b"")
    first = " ".join((stanza.kind, *stanza.args)).encode("ascii")
    return b"-> " + first + b"\n" + b"\n".join(lines) + b"\n"


def encode(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """A complete header for `stanzas`, MAC'd with `file_key`."""
    mac_input = VERSION_LINE + b"".join(encode_stanza(s) for s in stanzas) + b"---"
    return mac_input + b" " + b64encode(_mac(file_key, mac_input).finalize()) + b"\n"
