"""The C2SP age test vectors (CCTV, vendored in `age_testkit/`) against our age v1.

Every vector that uses only X25519 recipients, the header and the payload must give the
stated result: `success` decrypts to the stated payload hash; `header failure`, `HMAC failure`
and `no match` fail while the header is read, with the matching error; `payload failure`
fails in the payload, after releasing (in the streaming form) exactly the plaintext whose hash
is stated, and releases nothing in the all-or-nothing form. Armor, scrypt (passphrase) and
hybrid ML-KEM vectors are skipped: vault documents use none of them.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from crypto import (
    DocumentError,
    MissingFinalChunk,
    ModifiedHeader,
    ModifiedPayload,
    NotAgeFile,
    SecretBuffer,
    TruncatedFile,
    WrongIdentity,
    decrypt_chunks,
    decrypt_stream,
    generate_identity,
)
from crypto.age import file as agev1
from crypto.age import x25519
from crypto.age.stream import Input

TESTDATA = Path(__file__).parent / "age_testkit" / "testdata"
ANY_IDENTITY = generate_identity()[0].decode()

#: The errors each stated failure may be reported as.
FAILURES: dict[str, tuple[type[DocumentError], ...]] = {
    "header failure": (NotAgeFile, ModifiedHeader, TruncatedFile),
    "HMAC failure": (ModifiedHeader,),
    "no match": (WrongIdentity,),
    "payload failure": (ModifiedPayload, TruncatedFile),
}


@dataclass(frozen=True)
class Vector:
    name: str
    fields: dict[str, list[str]]
    age: bytes

    @property
    def expect(self) -> str:
        return self.fields["expect"][0]

    def skip_reason(self) -> str | None:
        if self.fields.get("armored") == ["yes"] or self.expect == "armor failure":
            return "ASCII armor: vault documents are binary age files"
        if "passphrase" in self.fields:
            return "scrypt (passphrase) recipients: vaults use X25519 only"
        if any(i.startswith("AGE-SECRET-KEY-PQ-") for i in self.fields.get("identity", [])):
            return "hybrid ML-KEM recipients: vaults use X25519 only"
        return None

    @property
    def identity(self) -> SecretBuffer:
        # A vector without an identity ("empty") fails before any key is tried: any will do.
        (identity,) = self.fields.get("identity", [ANY_IDENTITY])
        return SecretBuffer(identity.encode("ascii"))


def _load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(path.name, fields, body)


VECTORS = [_load(p) for p in sorted(TESTDATA.iterdir())]


def _cases() -> list[object]:
    cases: list[object] = []
    for vector in VECTORS:
        reason = vector.skip_reason()
        marks = [pytest.mark.skip(reason=f"{vector.name}: {reason}")] if reason else []
        cases.append(pytest.param(vector, id=vector.name, marks=marks))
    return cases


def _released(vector: Vector) -> tuple[bytes, DocumentError | None]:
    """What the streaming form hands out before it stops, and why it stopped."""
    digest = hashlib.sha256()
    try:
        for chunk in decrypt_chunks(io.BytesIO(vector.age), vector.identity):
            digest.update(chunk)
    except DocumentError as exc:
        return digest.digest(), exc
    return digest.digest(), None


@pytest.mark.parametrize("vector", _cases())
def test_vector(vector: Vector) -> None:
    expect = vector.expect
    if expect == "success":
        plaintext = decrypt_stream(io.BytesIO(vector.age), vector.identity)
        assert hashlib.sha256(plaintext.view()).hexdigest() == vector.fields["payload"][0]
        assert _released(vector) == (bytes.fromhex(vector.fields["payload"][0]), None)
        return
    allowed = FAILURES[expect]
    with pytest.raises(allowed) as caught:
        decrypt_stream(io.BytesIO(vector.age), vector.identity)
    assert str(caught.value).endswith(".")
    # The stage that fails: the header (and its keys and MAC), or only the payload.
    header_stage: DocumentError | None = None
    try:
        agev1.open_payload(Input(io.BytesIO(vector.age)), _scalar(vector))
    except DocumentError as exc:
        header_stage = exc
    if expect == "payload failure":
        assert header_stage is None
        digest, error = _released(vector)
        assert isinstance(error, allowed)
        assert digest.hex() == vector.fields["payload"][0]
    else:
        assert isinstance(header_stage, allowed)
        assert not isinstance(header_stage, MissingFinalChunk)


def _scalar(vector: Vector) -> bytes:
    return x25519.decode_identity(vector.identity.decode())


def test_every_vector_is_run_or_skipped_for_a_stated_reason() -> None:
    run = [v.name for v in VECTORS if v.skip_reason() is None]
    skipped = {v.name for v in VECTORS} - set(run)
    assert len(VECTORS) == 143
    assert all(n.startswith(("armor_", "scrypt", "hybrid")) for n in skipped)
    assert all(not n.startswith(("armor_", "scrypt", "hybrid")) for n in run)
    assert len(run) == 67
