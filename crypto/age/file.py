"""A whole age v1 file: header, payload nonce and payload, for one X25519 recipient.

Failures are the `crypto.errors` document errors, in the order the specification's test
vectors expect: the header must parse before any key is tried, a key must unwrap before the
MAC is checked, and the payload is read only after the MAC verified.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from crypto.age import header, x25519
from crypto.age.output import HashingOutput, ThreadedOutput
from crypto.age.stream import BATCH, NONCE_SIZE, SEALED, Input, payload_key, seal
from crypto.errors import EmptyFile, ModifiedHeader, NotAgeFile, TruncatedFile, WrongIdentity

#: Write and hash in a second thread while the next batch is sealed (see `output`).
THREADED = True


def encrypt(
    read_into: Callable[[memoryview], int], writer: Any, recipient: bytes
) -> tuple[bytes, int]:
    """Encrypt the source to `writer` for `recipient`; return the ciphertext's SHA-256 and size.

    Raises what the source or the writer raise (OSError…); the writer then holds a partial
    ciphertext.
    """
    file_key = os.urandom(header.FILE_KEY_SIZE)
    encoded = header.encode([x25519.wrap(file_key, recipient)], file_key)
    nonce = os.urandom(NONCE_SIZE)
    output = (ThreadedOutput if THREADED else HashingOutput)(writer, BATCH * SEALED)
    try:
        output.write(encoded + nonce)
        seal(read_into, payload_key(file_key, nonce), output)
        output.close()
    finally:
        output.stop()
    return output.digest(), output.size


def read_header(source: Input) -> header.Header:
    """Read and parse the header at the start of `source`; leave `source` just after it."""
    source.fill()
    data = source.buffer
    end = source.end
    if end == 0:
        raise EmptyFile(detail="no byte at all")
    magic = bytes(data[: min(end, len(header.MAGIC))])
    if magic != header.MAGIC:
        if header.MAGIC.startswith(magic) and source.ended:
            raise TruncatedFile(detail="cut inside the magic string")
        raise NotAgeFile(detail="no age magic string")
    line = data.find(b"\n", 0, end)
    if line >= 0 and not data.startswith(b"v1", len(header.MAGIC)):
        raise NotAgeFile(detail=f"unsupported version {bytes(data[:line])!r}")
    mark = data.find(header.MAC_MARK, 0, end)
    mac_end = data.find(b"\n", mark + 1, end) if mark >= 0 else -1
    if mac_end < 0:
        if source.ended:
            raise TruncatedFile(detail="file ends inside the header")
        raise ModifiedHeader(detail=f"header longer than {len(data)} bytes")
    parsed = header.parse(bytes(data[: mac_end + 1]))
    source.start = mac_end + 1
    return parsed


def open_payload(source: Input, scalar: bytes) -> bytes:
    """Check the header of `source` for the identity `scalar`; return the payload key.

    Leaves `source` at the first payload chunk.
    """
    parsed = read_header(source)
    if len(parsed.stanzas) > 1 and any(s.kind == "scrypt" for s in parsed.stanzas):
        raise ModifiedHeader(detail="an scrypt stanza must be the only one")
    file_key = x25519.unwrap(parsed.stanzas, scalar)
    if file_key is None:
        raise WrongIdentity(detail="no X25519 stanza opens with this identity")
    header.verify_mac(parsed, file_key)
    if source.available < NONCE_SIZE:
        raise TruncatedFile(detail="payload nonce incomplete")
    nonce = bytes(source.view[source.start : source.start + NONCE_SIZE])
    source.start += NONCE_SIZE
    return payload_key(file_key, nonce)
