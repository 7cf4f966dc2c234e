from __future__ import annotations

import json
import time

import pytest

from crypto import (
    DEFAULT_PARAMS,
    MINIMUM_PARAMS,
    Argon2Params,
    CorruptSlot,
    KeySlot,
    SecretBuffer,
    SlotKind,
    UnsupportedSlotVersion,
    WeakPassphrase,
    WrongSecret,
    generate_card_secret,
    generate_identity,
    unwrap_card_pin,
    unwrap_passphrase,
    wrap_card_pin,
    wrap_passphrase,
)

# Cheap parameters so slot tests run in milliseconds; production refuses them.
FAST_PARAMS = Argon2Params(memory_kib=64, iterations=1, lanes=1)
VAULT = b"vault-0001"
PASSPHRASE = "cheval agrafe batterie correcte"


def _pin(text: str = "4821") -> SecretBuffer:
    return SecretBuffer.from_text(text)


def _card_slot() -> tuple[SecretBuffer, SecretBuffer, KeySlot]:
    identity, _ = generate_identity()
    card = generate_card_secret()
    slot = wrap_card_pin(identity, _pin(), card, VAULT, params=FAST_PARAMS, allow_weak_params=True)
    return identity, card, slot


def test_card_pin_round_trip_through_bytes() -> None:
    identity, card, slot = _card_slot()
    restored = KeySlot.from_bytes(slot.to_bytes())
    assert restored == slot and restored.kind is SlotKind.CARD_PIN
    assert unwrap_card_pin(restored, _pin(), card, VAULT) == identity


def test_passphrase_round_trip_through_dict() -> None:
    identity, _ = generate_identity()
    secret = SecretBuffer.from_text(PASSPHRASE)
    slot = wrap_passphrase(identity, secret, VAULT, params=FAST_PARAMS, allow_weak_params=True)
    restored = KeySlot.from_dict(json.loads(json.dumps(slot.to_dict())))
    assert unwrap_passphrase(restored, SecretBuffer.from_text(PASSPHRASE), VAULT) == identity


def test_wrong_pin_or_card_is_wrong_secret() -> None:
    _, card, slot = _card_slot()
    with pytest.raises(WrongSecret):
        unwrap_card_pin(slot, _pin("4822"), card, VAULT)
    with pytest.raises(WrongSecret):
        unwrap_card_pin(slot, _pin(), generate_card_secret(), VAULT)


def test_wrong_passphrase_is_wrong_secret() -> None:
    identity, _ = generate_identity()
    secret = SecretBuffer.from_text(PASSPHRASE)
    slot = wrap_passphrase(identity, secret, VAULT, params=FAST_PARAMS, allow_weak_params=True)
    with pytest.raises(WrongSecret) as caught:
        unwrap_passphrase(slot, SecretBuffer.from_text(PASSPHRASE + "!"), VAULT)
    assert str(caught.value) == "Le code ou la phrase secrète ne permet pas d'ouvrir ce coffre."


def test_slot_swapped_between_vaults_does_not_open() -> None:
    _, card, slot = _card_slot()
    with pytest.raises(WrongSecret):
        unwrap_card_pin(slot, _pin(), card, b"vault-0002")


def test_edited_params_do_not_open() -> None:
    _, card, slot = _card_slot()
    data = slot.to_dict()
    data["params"]["t"] = 2
    with pytest.raises(WrongSecret):
        unwrap_card_pin(KeySlot.from_dict(data), _pin(), card, VAULT)


def test_weak_passphrase_refused_before_wrapping() -> None:
    identity, _ = generate_identity()
    with pytest.raises(WeakPassphrase, match="trop courte"):
        wrap_passphrase(identity, SecretBuffer.from_text("court"), VAULT)


def test_weak_params_refused_without_opt_in() -> None:
    identity, _ = generate_identity()
    with pytest.raises(ValueError, match="minimum"):
        wrap_card_pin(identity, _pin(), generate_card_secret(), VAULT, params=FAST_PARAMS)


def test_defaults_meet_design_floor() -> None:
    assert MINIMUM_PARAMS.memory_kib >= 64 * 1024
    assert MINIMUM_PARAMS.iterations >= 3 and MINIMUM_PARAMS.lanes >= 4
    assert DEFAULT_PARAMS.meets(MINIMUM_PARAMS)


def test_stored_params_are_honoured() -> None:
    # Slots record their own parameters: a costlier slot takes measurably longer to open.
    identity, _ = generate_identity()
    card = generate_card_secret()
    costly = Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=1)
    slot = wrap_card_pin(identity, _pin(), card, VAULT, params=costly, allow_weak_params=True)
    parsed = KeySlot.from_bytes(slot.to_bytes())
    assert parsed.params == costly and parsed.needs_upgrade()
    started = time.perf_counter()
    assert unwrap_card_pin(parsed, _pin(), card, VAULT) == identity
    slow = time.perf_counter() - started
    _, card2, cheap = _card_slot()
    started = time.perf_counter()
    unwrap_card_pin(cheap, _pin(), card2, VAULT)
    assert time.perf_counter() - started < slow


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (lambda d: d.update(v=2), UnsupportedSlotVersion),
        (lambda d: d.update(kind="fingerprint"), CorruptSlot),
        (lambda d: d.update(salt="AAAA"), CorruptSlot),
        (lambda d: d.update(nonce="not base64!"), CorruptSlot),
        (lambda d: d["params"].update(m_kib=1 << 40), CorruptSlot),
        (lambda d: d["params"].update(t="3"), CorruptSlot),
        (lambda d: d.pop("ct"), CorruptSlot),
        (lambda d: d.update(extra=1), CorruptSlot),
    ],
)
def test_corrupt_slot_is_detected(mutate: object, error: type[Exception]) -> None:
    _, _, slot = _card_slot()
    data = slot.to_dict()
    mutate(data)  # type: ignore[operator]
    with pytest.raises(error):
        KeySlot.from_bytes(json.dumps(data).encode())


def test_garbage_bytes_are_corrupt_slot() -> None:
    for raw in (b"", b"\xff\xfe", b"[]", b'{"format": "aidant-keyslot"}'):
        with pytest.raises(CorruptSlot):
            KeySlot.from_bytes(raw)
