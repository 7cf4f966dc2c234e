"""age v1 (C2SP) for X25519 recipients, on `cryptography`'s primitives.

`bech32` encodes keys, `header` parses and writes headers strictly, `x25519` wraps file keys,
`stream` seals and opens the STREAM payload, `output` writes and hashes ciphertext, `file`
puts them together. The public API is `crypto.agefile`.
"""
