from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import (
    DocumentError,
    EmptyFile,
    MalformedIdentity,
    MalformedRecipient,
    MissingFinalChunk,
    ModifiedHeader,
    ModifiedPayload,
    NotAgeFile,
    SecretBuffer,
    TruncatedFile,
    WrongIdentity,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
    encrypt_stream,
    generate_identity,
    parse_identity,
    parse_recipient,
    recipient_of,
    sha256_stream,
)
from crypto.agefile import plaintext_length

AGE = "/usr/bin/age"
CHUNK = 64 * 1024
IDENTITY, RECIPIENT = generate_identity()


def _payload_start(ciphertext: bytes) -> int:
    return ciphertext.index(b"\n", ciphertext.index(b"\n--- ") + 1) + 1


def test_round_trip_reports_hash_and_size() -> None:
    data = os.urandom(3 * CHUNK + 5)
    out = io.BytesIO()
    info = encrypt_stream(io.BytesIO(data), out, RECIPIENT)
    ciphertext = out.getvalue()
    assert (info.sha256, info.size) == sha256_stream(io.BytesIO(ciphertext))
    assert decrypt_stream(io.BytesIO(ciphertext), IDENTITY).to_bytes() == data


def test_empty_plaintext_round_trip() -> None:
    assert len(decrypt_bytes(encrypt_bytes(b"", RECIPIENT), IDENTITY)) == 0


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1]),
    st.integers(-3, 3),
)
def test_sizes_around_chunk_boundaries(base: int, delta: int) -> None:
    data = os.urandom(max(0, base + delta))
    ciphertext = encrypt_bytes(data, RECIPIENT)
    assert plaintext_length(len(ciphertext), _payload_start(ciphertext)) == len(data)
    assert decrypt_bytes(ciphertext, IDENTITY).to_bytes() == data


def test_metadata_helpers() -> None:
    meta = b'{"title": "Avis d\'imposition", "pages": 3, "expires": "2026-01-01"}'
    assert decrypt_bytes(encrypt_bytes(SecretBuffer(meta), RECIPIENT), IDENTITY).to_bytes() == meta


def _key_file(tmp_path: Path) -> Path:
    key = tmp_path / "key.txt"
    key.write_text(IDENTITY.decode() + "\n")
    return key


def test_age_cli_decrypts_our_files(tmp_path: Path) -> None:
    data = os.urandom(2 * CHUNK + 7)
    encrypted = tmp_path / "doc.age"
    with encrypted.open("wb") as out:
        encrypt_stream(io.BytesIO(data), out, RECIPIENT)
    result = subprocess.run(
        [AGE, "-d", "-i", str(_key_file(tmp_path)), str(encrypted)], capture_output=True, check=True
    )
    assert result.stdout == data


def test_we_decrypt_age_cli_files(tmp_path: Path) -> None:
    data = os.urandom(CHUNK + 3)
    plain, encrypted = tmp_path / "doc", tmp_path / "doc.age"
    plain.write_bytes(data)
    subprocess.run([AGE, "-r", RECIPIENT, "-o", str(encrypted), str(plain)], check=True)
    with encrypted.open("rb") as source:
        assert decrypt_stream(source, IDENTITY).to_bytes() == data


def _flip(offset: Callable[[bytes], int]) -> Callable[[bytes], bytes]:
    def mutate(ciphertext: bytes) -> bytes:
        at = offset(ciphertext)
        return ciphertext[:at] + bytes([ciphertext[at] ^ 1]) + ciphertext[at + 1 :]

    return mutate


BIG = os.urandom(2 * CHUNK + 100)
BIG_CIPHERTEXT = encrypt_bytes(BIG, RECIPIENT)

NEGATIVE_CORPUS: dict[str, tuple[Callable[[bytes], bytes], type[DocumentError]]] = {
    "empty file": (lambda c: b"", EmptyFile),
    "not age": (lambda c: b"%PDF-1.7\n" + c[9:], NotAgeFile),
    "unknown version": (lambda c: c.replace(b"/v1\n", b"/v9\n", 1), NotAgeFile),
    "header cut": (lambda c: c[:40], TruncatedFile),
    "header only": (lambda c: c[: _payload_start(c)], TruncatedFile),
    "missing final chunk": (
        lambda c: c[: _payload_start(c) + 16 + 2 * (CHUNK + 16)],
        MissingFinalChunk,
    ),
    "impossible length": (lambda c: c[: _payload_start(c) + 16 + CHUNK + 16 + 5], TruncatedFile),
    "flipped header mac": (_flip(lambda c: c.index(b"\n--- ") + 8), ModifiedHeader),
    "flipped header line": (_flip(lambda c: 3), NotAgeFile),
    "broken stanza syntax": (lambda c: c.replace(b"-> X25519 ", b"->  X25519 ", 1), ModifiedHeader),
    # Our headers carry no grease stanza (like the reference tool's): an added stanza is what
    # the MAC catches, whatever it says.
    "stanza added": (
        lambda c: c.replace(b"\n---", b"\n-> added-grease x\nAAAA\n---", 1),
        ModifiedHeader,
    ),
    "flipped nonce": (_flip(lambda c: _payload_start(c) + 3), ModifiedPayload),
    "flipped first chunk": (_flip(lambda c: _payload_start(c) + 100), ModifiedPayload),
    "flipped last byte": (_flip(lambda c: len(c) - 1), ModifiedPayload),
    "trailing garbage": (lambda c: c + b"x", ModifiedPayload),
}


@pytest.mark.parametrize("case", sorted(NEGATIVE_CORPUS))
def test_negative_corpus(case: str) -> None:
    mutate, error = NEGATIVE_CORPUS[case]
    with pytest.raises(error) as caught:
        decrypt_stream(io.BytesIO(mutate(BIG_CIPHERTEXT)), IDENTITY)
    assert type(caught.value) is error
    assert str(caught.value).endswith(".")


def test_wrong_identity() -> None:
    other, _ = generate_identity()
    with pytest.raises(WrongIdentity):
        decrypt_bytes(BIG_CIPHERTEXT, other)


def test_cut_inside_last_chunk_is_truncated_when_size_is_known() -> None:
    cut = BIG_CIPHERTEXT[:-10]
    with pytest.raises(ModifiedPayload):
        decrypt_stream(io.BytesIO(cut), IDENTITY)
    with pytest.raises(TruncatedFile):
        decrypt_stream(io.BytesIO(cut), IDENTITY, expected_size=len(BIG_CIPHERTEXT))


def test_flipped_payload_is_not_mistaken_for_a_cut_when_size_is_known() -> None:
    # Decryption stops reading at the failing chunk; the rest of the file must still be counted.
    flipped = _flip(lambda c: _payload_start(c) + 100)(BIG_CIPHERTEXT)
    with pytest.raises(ModifiedPayload) as caught:
        decrypt_stream(io.BytesIO(flipped), IDENTITY, expected_size=len(BIG_CIPHERTEXT))
    assert type(caught.value) is ModifiedPayload


def test_no_partial_plaintext_is_returned_or_left_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two chunks verify before the cut is found; their plaintext must be wiped.
    seen: list[bytearray] = []
    original = bytearray

    class Spy(original):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            seen.append(self)

    monkeypatch.setattr("crypto.agefile.bytearray", Spy, raising=False)
    cut = BIG_CIPHERTEXT[: _payload_start(BIG_CIPHERTEXT) + 16 + 2 * (CHUNK + 16)]
    with pytest.raises(MissingFinalChunk):
        decrypt_stream(io.BytesIO(cut), IDENTITY)
    assert len(seen) >= 2  # the header capture and the plaintext buffer
    for buffer in seen:
        assert BIG[:32] not in buffer and BIG[CHUNK : CHUNK + 32] not in buffer


def test_identity_parsing() -> None:
    text = IDENTITY.decode()
    spaced = " ".join(text[i : i + 10] for i in range(0, len(text), 10)).lower()
    assert parse_identity(spaced) == IDENTITY
    assert recipient_of(parse_identity(spaced)) == RECIPIENT
    with pytest.raises(MalformedIdentity, match="AGE-SECRET-KEY-1"):
        parse_identity("age1" + text[4:])
    with pytest.raises(MalformedIdentity, match="74 caractères"):
        parse_identity(text[:-1])
    with pytest.raises(MalformedIdentity, match="« B »"):
        parse_identity(text[:-1] + "B")
    typo = text[:-2] + ("Q" if text[-2] != "Q" else "P") + text[-1]
    with pytest.raises(MalformedIdentity, match="faute de frappe"):
        parse_identity(typo)


def test_recipient_parsing() -> None:
    assert parse_recipient(RECIPIENT.upper()) == RECIPIENT
    with pytest.raises(MalformedRecipient):
        parse_recipient(RECIPIENT[:-1] + ("q" if RECIPIENT[-1] != "q" else "p"))
