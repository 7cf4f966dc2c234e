"""Pure cryptography: vault file format, key slots, KDF, signatures, secret buffers.

Knows nothing of mandates, databases or Qt.
"""
