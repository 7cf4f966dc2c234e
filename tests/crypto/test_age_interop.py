"""Our age v1 against two other implementations: the Debian `age` tool and pyrage (rage).

Both directions, on the sizes where chunking goes wrong (0, 1, around 64 KiB, 2 MiB), and a
property test with random sizes around chunk boundaries. pyrage is a test-only dependency.
"""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pyrage  # type: ignore[import-untyped,unused-ignore]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import (
    SecretBuffer,
    decrypt_chunks,
    decrypt_stream,
    encrypt_stream,
    generate_identity,
    recipient_of,
)

AGE = "/usr/bin/age"
AGE_KEYGEN = "/usr/bin/age-keygen"
CHUNK = 64 * 1024
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * 1024 * 1024]
IDENTITY, RECIPIENT = generate_identity()


def _encrypt(data: bytes, recipient: str) -> bytes:
    out = io.BytesIO()
    info = encrypt_stream(io.BytesIO(data), out, recipient)
    assert info.size == len(out.getvalue())
    return out.getvalue()


@pytest.fixture(scope="module")
def keygen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An identity made by age-keygen: its key file and its recipient."""
    key = tmp_path_factory.mktemp("keygen") / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(
        [AGE_KEYGEN, "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    return key, recipient


def _identity_in(key: Path) -> SecretBuffer:
    (line,) = [x for x in key.read_text().splitlines() if x.startswith("AGE-SECRET-KEY-1")]
    return SecretBuffer(line.encode("ascii"))


@pytest.mark.parametrize("size", SIZES)
def test_age_tool_decrypts_what_we_encrypt(
    size: int, keygen: tuple[Path, str], tmp_path: Path
) -> None:
    key, recipient = keygen
    data = os.urandom(size)
    sealed = tmp_path / "doc.age"
    sealed.write_bytes(_encrypt(data, recipient))
    result = subprocess.run([AGE, "-d", "-i", str(key), str(sealed)], capture_output=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == data


@pytest.mark.parametrize("size", SIZES)
def test_we_decrypt_what_the_age_tool_encrypts(
    size: int, keygen: tuple[Path, str], tmp_path: Path
) -> None:
    key, recipient = keygen
    data = os.urandom(size)
    plain, sealed = tmp_path / "doc", tmp_path / "doc.age"
    plain.write_bytes(data)
    subprocess.run([AGE, "-r", recipient, "-o", str(sealed), str(plain)], check=True)
    identity = _identity_in(key)
    assert recipient_of(identity) == recipient
    with sealed.open("rb") as source:
        assert decrypt_stream(source, identity).to_bytes() == data
    with sealed.open("rb") as source:
        assert b"".join(decrypt_chunks(source, identity)) == data


def test_age_tool_refuses_our_file_once_modified(keygen: tuple[Path, str], tmp_path: Path) -> None:
    key, recipient = keygen
    sealed = bytearray(_encrypt(os.urandom(CHUNK + 1), recipient))
    sealed[-1] ^= 1
    path = tmp_path / "doc.age"
    path.write_bytes(bytes(sealed))
    result = subprocess.run([AGE, "-d", "-i", str(key), str(path)], capture_output=True)
    assert result.returncode != 0


_BOUNDARY_SIZES = st.builds(
    lambda chunks, delta: max(0, chunks * CHUNK + delta),
    st.integers(0, 3),
    st.integers(-17, 17),
)


@settings(max_examples=60, deadline=None)
@given(size=_BOUNDARY_SIZES, seed=st.binary(min_size=8, max_size=8))
def test_pyrage_and_we_read_each_other(size: int, seed: bytes) -> None:
    data = (seed * (size // 8 + 1))[:size]
    theirs = pyrage.x25519.Identity.generate()
    ours = SecretBuffer(str(theirs).encode("ascii"))
    recipient = str(theirs.to_public())
    assert recipient_of(ours) == recipient
    # pyrage -> us (rage adds a grease stanza that we must skip)
    sealed = pyrage.encrypt(data, [theirs.to_public()])
    assert decrypt_stream(io.BytesIO(sealed), ours, expected_size=len(sealed)).to_bytes() == data
    # us -> pyrage
    assert pyrage.decrypt(_encrypt(data, recipient), [theirs]) == data


def test_pyrage_reads_our_identities() -> None:
    identity = pyrage.x25519.Identity.from_str(IDENTITY.decode())
    assert str(identity.to_public()) == RECIPIENT
    assert pyrage.decrypt(_encrypt(b"x" * 10, RECIPIENT), [identity]) == b"x" * 10
