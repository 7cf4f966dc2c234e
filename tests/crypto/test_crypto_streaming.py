"""Memory stays bounded when encrypting 200 MB, and decryption holds one plaintext copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SIZE = 200 * 1024 * 1024
MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import io, resource, sys
sys.path.insert(0, {root!r})
from crypto import decrypt_stream, encrypt_stream, generate_identity, SecretBuffer

class Zeros:
    # A 200 MB source that never exists in memory as a whole.
    def __init__(self, size): self.left = size
    def read(self, n=-1):
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return bytes(n)

identity, recipient = generate_identity()
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open({path!r}, "wb") as out:
    info = encrypt_stream(Zeros({size}), out, recipient)
after_encrypt = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open({path!r}, "rb") as source:
    plain = decrypt_stream(source, identity)
assert len(plain) == {size} and not any(plain.view()[-4096:])
after_decrypt = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(baseline, after_encrypt, after_decrypt)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB only on Linux")
def test_200_mb_stream_memory(tmp_path: Path) -> None:
    code = CHILD.format(root=str(ROOT), path=str(tmp_path / "big.age"), size=SIZE)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    baseline, encrypt, decrypt = (int(v) * 1024 for v in result.stdout.split())
    print(baseline // MIB, encrypt // MIB, decrypt // MIB)
    # Encryption streams: it adds a few buffers to the interpreter's own footprint.
    assert encrypt - baseline < 32 * MIB
    # Decryption holds exactly one plaintext copy (sized up front, no regrowth copies).
    assert decrypt - baseline < SIZE + 32 * MIB
