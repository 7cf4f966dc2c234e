from __future__ import annotations

from crypto import SecretBuffer, generate_signing_key, public_key_hex, sign, verify


def test_sign_and_verify() -> None:
    raw = generate_signing_key()
    assert isinstance(raw, bytearray) and len(raw) == 32
    with SecretBuffer.take(raw) as key:
        public = public_key_hex(key)
        signature = sign(key, b"checkpoint 42")
    assert len(public) == 64 and len(signature) == 128
    assert verify(public, signature, b"checkpoint 42")
    assert not verify(public, signature, b"checkpoint 43")
    assert not verify(public, "00" * 64, b"checkpoint 42")
    assert not verify("zz", signature, b"checkpoint 42")
    assert not verify(public, signature[:-2], b"checkpoint 42")
