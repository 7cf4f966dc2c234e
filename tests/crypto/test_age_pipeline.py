"""The batched, threaded pipeline of crypto.age: batch edges, hashes, errors, no stray thread."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from pathlib import Path

import pytest

from crypto import (
    EncryptionFailed,
    ModifiedPayload,
    decrypt_and_hash,
    decrypt_stream,
    encrypt_stream,
    generate_identity,
)
from crypto.age import file as agev1
from crypto.age import stream
from crypto.age.stream import BATCH, CHUNK

IDENTITY, RECIPIENT = generate_identity()
# Around the edges of a batch: its last chunk is held back until the source is known to go on.
EDGES = [(BATCH - 1) * CHUNK, BATCH * CHUNK - 1, BATCH * CHUNK, BATCH * CHUNK + 1]
SIZES = [*EDGES, (2 * BATCH - 1) * CHUNK, 3 * BATCH * CHUNK + 7]


@pytest.mark.parametrize("threaded", [True, False], ids=["threads", "one thread"])
@pytest.mark.parametrize("size", SIZES)
def test_batch_edges_round_trip_with_the_hash_of_what_was_written(
    size: int, threaded: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(agev1, "THREADED", threaded)
    data = os.urandom(size)
    path = tmp_path / "doc.age"
    with path.open("wb") as out:  # a real file: the early write-back hint is taken
        info = encrypt_stream(io.BytesIO(data), out, RECIPIENT)
    sealed = path.read_bytes()
    assert (info.sha256, info.size) == (hashlib.sha256(sealed).digest(), len(sealed))
    with path.open("rb") as source:
        plaintext, read = decrypt_and_hash(source, IDENTITY, expected_size=info.size)
    assert read == info
    assert plaintext.to_bytes() == data


class _FullDisk(io.BytesIO):
    def write(self, data: object) -> int:
        if self.tell() > 3 * BATCH * CHUNK:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)  # type: ignore[call-overload, no-any-return]


def test_a_write_error_in_the_writer_thread_reaches_the_caller() -> None:
    before = threading.active_count()
    with pytest.raises(EncryptionFailed) as caught:
        encrypt_stream(io.BytesIO(bytes(8 * BATCH * CHUNK)), _FullDisk(), RECIPIENT)
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.__cause__.errno == errno.ENOSPC
    assert threading.active_count() == before


class _BrokenSource(io.BytesIO):
    def readinto(self, buffer: object) -> int:
        if self.tell() > 2 * BATCH * CHUNK:
            raise OSError(errno.EIO, "Input/output error")
        return super().readinto(buffer)  # type: ignore[arg-type]


def test_a_read_error_stops_the_threads() -> None:
    before = threading.active_count()
    with pytest.raises(EncryptionFailed):
        encrypt_stream(_BrokenSource(bytes(8 * BATCH * CHUNK)), io.BytesIO(), RECIPIENT)
    assert threading.active_count() == before


def test_decrypt_and_hash_fails_like_decrypt_stream_and_leaves_no_thread() -> None:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(os.urandom(3 * BATCH * CHUNK)), out, RECIPIENT)
    sealed = bytearray(out.getvalue())
    sealed[len(sealed) // 2] ^= 1
    before = threading.active_count()
    with pytest.raises(ModifiedPayload):
        decrypt_and_hash(io.BytesIO(bytes(sealed)), IDENTITY, expected_size=len(sealed))
    with pytest.raises(ModifiedPayload):
        decrypt_stream(io.BytesIO(bytes(sealed)), IDENTITY, expected_size=len(sealed))
    assert threading.active_count() == before


class _SpoiltRead:
    """Writes plaintext into the buffer it is given, then fails (a read cut by an I/O error)."""

    def __init__(self, good: int) -> None:
        self.good = good

    def readinto(self, view: memoryview) -> int:
        if self.good <= 0:
            view[: len(view) // 2] = b"\xaa" * (len(view) // 2)
            raise OSError(errno.EIO, "Input/output error")
        count = min(self.good, len(view))
        view[:count] = b"\x55" * count
        self.good -= count
        return count


@pytest.mark.parametrize(
    "source",
    [io.BytesIO(b"\x55" * 300), io.BytesIO(b"\x55" * (BATCH * CHUNK + 7)), _SpoiltRead(CHUNK)],
    ids=["small", "two batches", "read error"],
)
def test_the_plaintext_buffer_is_wiped_wherever_plaintext_went(
    source: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The buffer is wiped only as far as plaintext went (a small value does not pay for a
    whole batch), and entirely when a read failed, whatever that read had written."""
    made: list[bytearray] = []

    def recorded(size: int) -> bytearray:
        made.append(bytearray(size))
        return made[-1]

    monkeypatch.setattr(stream, "bytearray", recorded, raising=False)
    try:
        encrypt_stream(source, io.BytesIO(), RECIPIENT)
    except EncryptionFailed:
        assert isinstance(source, _SpoiltRead)
    [plain] = made
    assert len(plain) == BATCH * CHUNK and plain.count(0) == len(plain)
