"""Bech32 (BIP 173) as age uses it for keys: no 90-character limit, one case per string.

age encodes recipients as `age1…` (lower case) and identities as `AGE-SECRET-KEY-1…` (upper
case) with the original Bech32 checksum (not Bech32m). Decoding returns the 8-bit payload.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {char: value for value, char in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The string is not valid Bech32 (case, character, separator, checksum or padding)."""


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            if (top >> bit) & 1:
                check ^= generator
    return check


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    accumulator, bits, out = 0, 0, []
    mask = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & mask)
    if pad:
        if bits:
            out.append((accumulator << (to_bits - bits)) & mask)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & mask:
        raise Bech32Error("non-zero or excess padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode `data` under the human-readable part `hrp` (returned in lower case)."""
    hrp = hrp.lower()
    words = _convert_bits(data, 8, 5, pad=True)
    check = _polymod([*_expand_hrp(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[w] for w in words + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Decode a Bech32 string; return (hrp in lower case, payload). Raises Bech32Error."""
    if text != text.lower() and text != text.upper():
        raise Bech32Error("mixed case")
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise Bech32Error("character outside printable ASCII")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise Bech32Error("separator misplaced")
    hrp, rest = text[:separator], text[separator + 1 :]
    try:
        words = [_VALUES[c] for c in rest]
    except KeyError as exc:
        raise Bech32Error(f"invalid character {exc.args[0]!r}") from None
    if _polymod(_expand_hrp(hrp) + words) != 1:
        raise Bech32Error("checksum mismatch")
    return hrp, bytes(_convert_bits(words[:-6], 5, 8, pad=False))
