"""The 128-bit card secret printed on an usager's vault card, as a typable code.

Format: 26 Crockford base32 symbols carrying the 128 bits (the first symbol holds only the top
3 bits), then 2 check symbols, shown as 7 groups of 4 separated by hyphens, e.g.
`0ABC-DEFG-HJKM-NPQR-STVW-XYZ0-1234`. The check value is sum((i + 1) * v_i) mod 1021 over the
26 data symbols: 1021 is prime and larger than any single-symbol change (at most 28 * 31), so
every single wrong symbol and every swap of two neighbours is detected; other typos slip
through with probability about 1/1021.
"""

from __future__ import annotations

import logging

from crypto.errors import MalformedCardCode, Reason
from crypto.secretbuffer import SecretBuffer

log = logging.getLogger(__name__)

CARD_SECRET_BYTES = 16
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DATA_SYMBOLS = 26
_CHECK_SYMBOLS = 2
_CODE_SYMBOLS = _DATA_SYMBOLS + _CHECK_SYMBOLS
_GROUP = 4
_CHECK_MODULUS = 1021
# Crockford decoding accepts the look-alikes people actually type.
_ALIASES = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = " -\t\n"


def generate_card_secret() -> SecretBuffer:
    """Return a fresh random 16-byte card secret."""
    return SecretBuffer.random(CARD_SECRET_BYTES)


def _check_value(values: list[int]) -> int:
    return sum((i + 1) * v for i, v in enumerate(values)) % _CHECK_MODULUS


def format_card_code(card_secret: SecretBuffer) -> str:
    """Format a 16-byte card secret as the printed code (returns an unwipeable `str`)."""
    if len(card_secret) != CARD_SECRET_BYTES:
        raise ValueError("card secret must be 16 bytes")
    number = int.from_bytes(card_secret.view(), "big")
    values = [(number >> (5 * (_DATA_SYMBOLS - 1 - i))) & 31 for i in range(_DATA_SYMBOLS)]
    check = _check_value(values)
    values += [check >> 5, check & 31]
    symbols = "".join(_ALPHABET[v] for v in values)
    return "-".join(symbols[i : i + _GROUP] for i in range(0, _CODE_SYMBOLS, _GROUP))


def parse_card_code(text: str) -> SecretBuffer:
    """Parse a typed card code (any case, spaces or hyphens) into the 16-byte card secret.

    Raises MalformedCardCode with a French sentence naming the problem.
    """
    symbols = [c for c in text.upper() if c not in _SEPARATORS]
    if len(symbols) != _CODE_SYMBOLS:
        raise MalformedCardCode(
            f"Le code de la carte doit comporter {_CODE_SYMBOLS} caractères "
            f"(sans compter les tirets) ; {len(symbols)} ont été saisis.",
            reason=Reason.CARD_CODE_LENGTH,
            facts={"expected": _CODE_SYMBOLS, "given": len(symbols)},
        )
    values: list[int] = []
    for symbol in symbols:
        position = _ALPHABET.find(_ALIASES.get(symbol, symbol))
        if position < 0:
            raise MalformedCardCode(
                f"Le caractère « {symbol} » n'existe pas dans les codes de carte ; "
                "vérifiez la saisie.",
                reason=Reason.CARD_CODE_CHARACTER,
                facts={"character": symbol},
            )
        values.append(position)
    data, check = values[:_DATA_SYMBOLS], values[_DATA_SYMBOLS:]
    if check[0] * 32 + check[1] != _check_value(data) or data[0] >= 8:
        raise MalformedCardCode(
            "Le code de la carte contient une faute de frappe ; "
            "vérifiez-le caractère par caractère.",
            reason=Reason.CARD_CODE_TYPO,
        )
    number = 0
    for value in data:
        number = (number << 5) | value
    return SecretBuffer(number.to_bytes(CARD_SECRET_BYTES, "big"))
