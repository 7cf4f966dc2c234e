"""Server logins: the SCRAM-SHA-256 verifier against RFC 7677's worked example, and the
derivation from an agent's password (PostgreSQL accepting the verifier is tested in
tests/aidant/test_server_logins.py)."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from crypto.kdf import Argon2Params
from crypto.secretbuffer import SecretBuffer
from crypto.serverlogin import derive_server_login, login_salt, scram_keys, scram_verifier

CHEAP = Argon2Params(memory_kib=256, iterations=1, lanes=1)


def test_scram_keys_match_the_rfc_7677_example() -> None:
    salt = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
    keys = scram_keys("pencil", salt, 4096)
    nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
    auth = (
        "n=user,r=rOprNGfwEbeRWgbNEkqO,"
        f"r={nonce},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
        f"c=biws,r={nonce}"
    ).encode()
    server_signature = hmac.new(keys.server_key, auth, hashlib.sha256).digest()
    assert base64.b64encode(server_signature).decode() == (
        "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="
    )
    # The client's proof, XORed with its signature under StoredKey, gives ClientKey back,
    # whose hash is StoredKey: what the server checks.
    proof = base64.b64decode("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
    signature = hmac.new(keys.stored_key, auth, hashlib.sha256).digest()
    client_key = bytes(a ^ b for a, b in zip(proof, signature, strict=True))
    assert hashlib.sha256(client_key).digest() == keys.stored_key


def test_verifier_has_postgresql_form() -> None:
    verifier = scram_verifier("secret", bytes(16))
    kind, params, keys = verifier.split("$")
    assert kind == "SCRAM-SHA-256"
    assert params == f"4096:{base64.b64encode(bytes(16)).decode()}"
    assert [len(base64.b64decode(k)) for k in keys.split(":")] == [32, 32]
    assert scram_verifier("secret") != scram_verifier("secret")  # a fresh salt each time


def test_derivation_depends_on_password_site_and_login() -> None:
    def derive(password: str, site: str, login: str) -> tuple[str, bytes]:
        with SecretBuffer.from_text(password) as secret:
            out = derive_server_login(secret, site, login, CHEAP)
        key = bytes(out.slot_key.view())
        out.zero()
        return out.password, key

    base = derive("mot-de-passe-1", "site", "alice")
    assert base == derive("mot-de-passe-1", "site", "alice")
    assert base[0] != derive("mot-de-passe-2", "site", "alice")[0]
    assert base[0] != derive("mot-de-passe-1", "site2", "alice")[0]
    assert base[0] != derive("mot-de-passe-1", "site", "bob")[0]
    assert base[1] != base[0].encode()
    assert len(base[0]) == 43 and base[0].isascii()
    assert login_salt("site", "alice") != login_salt("site", "alicf")


def test_refuses_what_sasl_prep_would_change() -> None:
    with pytest.raises(ValueError):
        scram_keys("é", bytes(16))
