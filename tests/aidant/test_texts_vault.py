"""The sentence catalogues of the vault, scanning, files and storage, and their use.

Every member is a French sentence whose `{fields}` `str.format` can fill; crypto errors
become vault errors carrying a catalogue code that says what the crypto message said; and no
error of these packages is built from a sentence any more (an AST scan).
"""

from __future__ import annotations

import errno
import string
from collections.abc import Callable
from pathlib import Path

import pytest

import crypto
from aidant.domain.errors import AidantError, Text
from aidant.files import safe_io
from aidant.files.texts import FileText
from aidant.scanning.texts import ScanText
from aidant.storage.texts import StorageText
from aidant.vault import lockout
from aidant.vault.errors import (
    CorruptVault,
    DamagedDocument,
    MalformedSecret,
    WrongVaultSecret,
    translate,
)
from aidant.vault.metadata import CATEGORY_LABELS, Category, category_text
from aidant.vault.texts import CategoryText, VaultText
from tests.support.untyped_raises import REPO

CATALOGUES: list[type[Text]] = [VaultText, CategoryText, ScanText, FileText, StorageText]
PACKAGES = [REPO / "aidant" / name for name in ("vault", "scanning", "files", "storage")]


def fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def test_each_category_has_its_label_in_the_catalogue() -> None:
    assert [m.name for m in CategoryText] == [c.name for c in Category]
    for category in Category:
        assert category_text(category) is CategoryText[category.name]
        assert CATEGORY_LABELS[category] == category_text(category).value
    assert CATEGORY_LABELS[Category.SEJOUR] == "Titre de séjour"


def concrete_crypto_errors() -> list[type[crypto.CryptoError]]:
    found: list[type[crypto.CryptoError]] = []
    pending: list[type[crypto.CryptoError]] = [crypto.CryptoError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


@pytest.mark.parametrize("cls", concrete_crypto_errors(), ids=lambda c: c.__name__)
def test_a_crypto_error_becomes_a_vault_code_saying_the_same(
    cls: type[crypto.CryptoError],
) -> None:
    exc = cls(detail="technical detail")
    error = translate(exc)
    assert isinstance(error.text, VaultText)
    assert str(error) == str(exc)


@pytest.mark.parametrize(
    ("exc", "expected", "code"),
    [
        (crypto.WrongSecret(), WrongVaultSecret, "WRONG_SECRET"),
        (crypto.MalformedCardCode(), MalformedSecret, "CARD_CODE_MALFORMED"),
        (crypto.MalformedIdentity(), MalformedSecret, "RECOVERY_KEY_MALFORMED"),
        (crypto.UnsupportedSlotVersion(), CorruptVault, "SLOT_TOO_NEW"),
        (crypto.CorruptSlot(), CorruptVault, "SLOT_CORRUPT"),
        (crypto.MissingFinalChunk(), DamagedDocument, "DOCUMENT_END_MISSING"),
        (crypto.ModifiedPayload(), DamagedDocument, "DOCUMENT_CONTENT_MODIFIED"),
        (crypto.CryptoError(), CorruptVault, "CRYPTO_FAILED"),
    ],
)
def test_the_error_class_follows_the_crypto_class(
    exc: crypto.CryptoError, expected: type[AidantError], code: str
) -> None:
    error = translate(exc)
    assert type(error) is expected
    assert error.code == f"VaultText.{code}"


def test_a_weak_passphrase_is_refused_not_malformed() -> None:
    error = translate(crypto.WeakPassphrase())
    assert type(error).__name__ == "Refused"
    assert error.code == "VaultText.PASSPHRASE_WEAK"


def test_every_crypto_reason_has_its_member() -> None:
    assert {r.name for r in crypto.Reason} <= set(VaultText.__members__)


def _card_code() -> str:
    return crypto.format_card_code(crypto.generate_card_secret()).replace("-", "")


def _identity() -> str:
    return crypto.generate_identity()[0].decode()


def _typo(text: str) -> str:
    return text[:-2] + ("Q" if text[-2] != "Q" else "P") + text[-1]


def _check(passphrase: str) -> Callable[[], object]:
    return lambda: crypto.check_passphrase(passphrase)


REASONS: list[tuple[crypto.Reason, Callable[[], object]]] = [
    (crypto.Reason.CARD_CODE_LENGTH, lambda: crypto.parse_card_code("ABCD")),
    (crypto.Reason.CARD_CODE_CHARACTER, lambda: crypto.parse_card_code("U" + _card_code()[1:])),
    (crypto.Reason.CARD_CODE_TYPO, lambda: crypto.parse_card_code(_typo(_card_code()))),
    (crypto.Reason.RECOVERY_KEY_PREFIX, lambda: crypto.parse_identity("age1" + _identity()[4:])),
    (crypto.Reason.RECOVERY_KEY_LENGTH, lambda: crypto.parse_identity(_identity()[:-1])),
    (
        crypto.Reason.RECOVERY_KEY_CHARACTER,
        lambda: crypto.parse_identity(_identity()[:-1] + "B"),
    ),
    (crypto.Reason.RECOVERY_KEY_TYPO, lambda: crypto.parse_identity(_typo(_identity()))),
    (crypto.Reason.PASSPHRASE_TOO_SHORT, _check("court")),
    (crypto.Reason.PASSPHRASE_REPEATS, _check("aaaaaaaaaaaaaaaa")),
    (crypto.Reason.PASSPHRASE_FEW_CHARACTERS, _check("abababababababab")),
    (crypto.Reason.PASSPHRASE_TOO_COMMON, _check("MotDePasse!!2024")),
    (crypto.Reason.PASSPHRASE_SEQUENCE, _check("Bonjour1234!zz")),
    (crypto.Reason.PASSPHRASE_TOO_SIMPLE, _check("jardinierement")),
]


def test_the_reasons_are_all_exercised() -> None:
    assert {reason for reason, _ in REASONS} == set(crypto.Reason)


@pytest.mark.parametrize(("reason", "fail"), REASONS, ids=[r.name for r, _ in REASONS])
def test_a_crypto_reason_becomes_its_member_with_the_same_sentence(
    reason: crypto.Reason, fail: Callable[[], object]
) -> None:
    with pytest.raises(crypto.CryptoError) as caught:
        fail()
    assert caught.value.reason is reason
    error = translate(caught.value)
    assert error.code == f"VaultText.{reason.name}"
    assert str(error) == str(caught.value)
    # The parameters are numbers and characters, never the crypto sentence.
    assert all(not isinstance(v, str) or len(v) == 1 for v in error.params.values())


@pytest.mark.parametrize(
    ("error", "code", "sentence"),
    [
        (lockout.waiting(1), "WAIT_ONE_SECOND", "attendez 1 seconde avant"),
        (lockout.waiting(30), "WAIT_SECONDS", "attendez 30 secondes avant"),
        (lockout.waiting(60), "WAIT_ONE_MINUTE", "attendez 1 minute avant"),
        (lockout.waiting(61), "WAIT_MINUTES", "attendez 2 minutes avant"),
        (lockout.locked(30), "LOCKED_SECONDS", "trop d'essais : attendez 30 secondes"),
        (lockout.locked(3600), "LOCKED_MINUTES", "attendez 60 minutes avant"),
        (lockout.wrong(1, 5), "WRONG_CODE_TRIES_LEFT", "il reste 4 essais"),
        (lockout.wrong(4, 5), "WRONG_CODE_ONE_TRY_LEFT", "il reste 1 essai avant"),
        (lockout.wrong(0, 0), "WRONG_CODE", "Code incorrect."),
    ],
)
def test_waits_choose_the_sentence_of_their_number(
    error: AidantError, code: str, sentence: str
) -> None:
    assert error.code == f"VaultText.{code}"
    assert sentence in str(error)


@pytest.mark.parametrize(
    ("number", "code", "sentence"),
    [
        (errno.ENOSPC, "DISK_FULL", "Le disque de « /x/a » est plein : libérez de la place"),
        (errno.EACCES, "ACCESS_DENIED", "Aidant n'a pas le droit d'utiliser « /x/a »"),
        (errno.ENOENT, "NOT_FOUND", "« /x/a » est introuvable : vérifiez le chemin"),
        (errno.EROFS, "READ_ONLY", "« /x/a » est sur un support en lecture seule"),
        # The OS's own words ("panne") never reach the sentence: one per errno family.
        (errno.EIO, "DEVICE_FAILED", "Le support de « /x/a » n'a pas répondu"),
        (errno.EEXIST, "ALREADY_EXISTS", "« /x/a » existe déjà"),
        (errno.ENOTDIR, "NOT_A_FOLDER", "Une partie du chemin « /x/a » n'est pas un dossier"),
        (errno.EISDIR, "IS_A_FOLDER", "« /x/a » est un dossier et non un fichier"),
        (errno.EDQUOT, "QUOTA_EXCEEDED", "Votre quota d'espace disque est atteint"),
        (errno.ELOOP, "OS_REFUSED", "Le système a refusé d'utiliser « /x/a »"),
    ],
)
def test_os_errors_become_file_codes(number: int, code: str, sentence: str) -> None:
    error = safe_io.io_error(OSError(number, "panne"), Path("/x/a"))
    assert error.code == f"FaultText.{code}"
    assert str(error).startswith(sentence)
    assert "panne" not in str(error)
    assert error.params["path"] == str(Path("/x/a"))
