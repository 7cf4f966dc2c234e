"""Sealed values open only with their key and their associated data, and never twice alike."""

from __future__ import annotations

import pytest

import crypto
from crypto.sealing import KEY_BYTES, NONCE_BYTES, TAG_BYTES

AD = b"usager-1|usager_updated"


def test_a_sealed_value_opens_with_its_key_and_associated_data() -> None:
    key = crypto.new_seal_key()
    sealed = crypto.seal(key, "Éléonore DUPRE".encode(), AD)
    assert len(key) == KEY_BYTES
    assert len(sealed) == NONCE_BYTES + len("Éléonore DUPRE".encode()) + TAG_BYTES
    assert b"DUPRE" not in sealed
    assert crypto.unseal(key, sealed, AD).decode() == "Éléonore DUPRE"


def test_the_same_value_seals_differently_each_time() -> None:
    key = crypto.new_seal_key()
    assert crypto.seal(key, b"Dupre", AD) != crypto.seal(key, b"Dupre", AD)


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda k, s, a: (crypto.new_seal_key(), s, a), id="other key"),
        pytest.param(lambda k, s, a: (k, s, b"usager-2|usager_updated"), id="other usager"),
        pytest.param(lambda k, s, a: (k, s[:-1] + bytes([s[-1] ^ 1]), a), id="flipped tag"),
        pytest.param(lambda k, s, a: (k, bytes([s[0] ^ 1]) + s[1:], a), id="flipped nonce"),
        pytest.param(lambda k, s, a: (k, s[:20], a), id="truncated"),
    ],
)
def test_anything_else_is_a_broken_seal(spoil) -> None:  # type: ignore[no-untyped-def]
    key = crypto.new_seal_key()
    sealed = crypto.seal(key, b"Dupre", AD)
    with pytest.raises(crypto.BrokenSeal):
        crypto.unseal(*spoil(key, sealed, AD))


def test_a_key_of_the_wrong_size_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        crypto.seal(b"short", b"x", AD)
