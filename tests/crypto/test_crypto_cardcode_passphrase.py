from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import (
    MalformedCardCode,
    SecretBuffer,
    WeakPassphrase,
    check_passphrase,
    format_card_code,
    generate_card_secret,
    parse_card_code,
    passphrase_problem,
)
from crypto.cardcode import _ALPHABET


@given(st.binary(min_size=16, max_size=16))
def test_card_code_round_trip(raw: bytes) -> None:
    code = format_card_code(SecretBuffer(raw))
    assert len(code) == 34 and code.count("-") == 6
    assert parse_card_code(code).to_bytes() == raw
    assert parse_card_code(code.lower().replace("-", " ")).to_bytes() == raw


@given(st.binary(min_size=16, max_size=16), st.integers(0, 27), st.integers(1, 31))
def test_every_single_substitution_is_detected(raw: bytes, position: int, delta: int) -> None:
    symbols = list(format_card_code(SecretBuffer(raw)).replace("-", ""))
    symbols[position] = _ALPHABET[(_ALPHABET.index(symbols[position]) + delta) % 32]
    with pytest.raises(MalformedCardCode, match="faute de frappe"):
        parse_card_code("".join(symbols))


@given(st.binary(min_size=16, max_size=16), st.integers(0, 26))
def test_every_adjacent_swap_is_detected(raw: bytes, position: int) -> None:
    symbols = list(format_card_code(SecretBuffer(raw)).replace("-", ""))
    if symbols[position] == symbols[position + 1]:
        return
    symbols[position], symbols[position + 1] = symbols[position + 1], symbols[position]
    with pytest.raises(MalformedCardCode):
        parse_card_code("".join(symbols))


def test_crockford_look_alikes_are_accepted() -> None:
    code = format_card_code(generate_card_secret())
    typed = code.replace("0", "O").replace("1", "l")
    assert parse_card_code(typed) == parse_card_code(code)


def test_card_code_errors_are_specific() -> None:
    code = format_card_code(generate_card_secret())
    with pytest.raises(MalformedCardCode, match="28 caractères"):
        parse_card_code(code[:-1])
    with pytest.raises(MalformedCardCode, match="« U »"):
        parse_card_code("U" + code[1:])


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        ("court", "trop courte : 12 caractères au moins"),
        ("aaaaaaaaaaaaaaaa", "même caractère"),
        ("abababababababab", "trop peu de caractères"),
        ("MotDePasse!!2024", "trop courante"),
        ("Bonjour1234!zz", "suite prévisible"),
        ("azertyuiop12", "suite prévisible"),
        ("jardinierement", "plusieurs mots"),
    ],
)
def test_weak_passphrases_get_a_french_reason(candidate: str, reason: str) -> None:
    with pytest.raises(WeakPassphrase, match=reason) as caught:
        check_passphrase(SecretBuffer.from_text(candidate))
    assert str(caught.value).startswith("La phrase secrète")


@pytest.mark.parametrize(
    "candidate",
    [
        "cheval agrafe batterie correcte",
        "Brioche-Lune-Velo",
        "T4rt!ne_P0mme#Ciel",
        "l'été à Nîmes 85",
    ],
)
def test_reasonable_passphrases_pass(candidate: str) -> None:
    assert passphrase_problem(candidate) is None
