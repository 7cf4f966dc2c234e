"""What an attacker holding the database key reads: every page of the SQLCipher file and of its
write-ahead log decrypted, free space and stale frames included (not just the live rows)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
#: SQLCipher 4 per-page reserve: IV (16 bytes) then HMAC-SHA512 (64 bytes).
RESERVE = 80
_WAL_HEADER, _FRAME_HEADER = 32, 24


def _decrypt(key: bytes, page: bytes, number: int) -> bytes:
    start = 16 if number == 1 else 0  # page 1 begins with the file's salt, in clear
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    body = page[start : PAGE_SIZE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _pages(key: bytes, data: bytes) -> Iterator[bytes]:
    for index in range(len(data) // PAGE_SIZE):
        yield _decrypt(key, data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], index + 1)


def _frames(key: bytes, data: bytes) -> Iterator[bytes]:
    offset = _WAL_HEADER
    while offset + _FRAME_HEADER + PAGE_SIZE <= len(data):
        (number,) = struct.unpack(">I", data[offset : offset + 4])
        page = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + PAGE_SIZE]
        yield _decrypt(key, page, number)
        offset += _FRAME_HEADER + PAGE_SIZE


def decrypted_pages(database: Path, key: bytes) -> list[bytes]:
    """Every page of `database` and every frame of its `-wal` file, decrypted with `key`."""
    found = list(_pages(key, database.read_bytes()))
    first = found[0][: 100 - 16]  # the SQLite header after the salt: page size at bytes 16-17
    assert struct.unpack(">H", first[0:2])[0] == PAGE_SIZE % 65536, "not decrypted: wrong key?"
    wal = Path(f"{database}-wal")
    if wal.exists():
        found += _frames(key, wal.read_bytes())
    return found
