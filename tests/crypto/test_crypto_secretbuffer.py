from __future__ import annotations

import pickle

import pytest

from crypto import SecretBuffer, SecretZeroed


def test_zero_wipes_memory_and_blocks_use() -> None:
    secret = SecretBuffer(b"1234")
    view = secret.view()
    secret.zero()
    assert bytes(view) == b"\0\0\0\0"
    assert secret.zeroed
    for use in (secret.view, secret.to_bytes, secret.decode, lambda: len(secret)):
        with pytest.raises(SecretZeroed):
            use()


def test_context_manager_zeroes_even_on_error() -> None:
    with pytest.raises(RuntimeError), SecretBuffer(b"abcd") as secret:
        raise RuntimeError
    assert secret.zeroed


def test_take_wipes_source() -> None:
    source = bytearray(b"secret")
    secret = SecretBuffer.take(source)
    assert source == bytearray(6)
    assert secret.to_bytes() == b"secret"


def test_repr_does_not_leak() -> None:
    secret = SecretBuffer.from_text("motdepasse")
    assert "motdepasse" not in repr(secret) and "motdepasse" not in str(secret)
    assert repr(secret) == "<SecretBuffer 10 bytes>"
    secret.zero()
    assert repr(secret) == "<SecretBuffer zeroed>"


def test_text_is_nfc_normalised() -> None:
    assert SecretBuffer.from_text("e\u0301") == SecretBuffer.from_text("\u00e9")


def test_not_picklable_nor_hashable() -> None:
    secret = SecretBuffer(b"x")
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(TypeError):
        hash(secret)
