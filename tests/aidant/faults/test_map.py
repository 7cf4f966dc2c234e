"""The map itself: each kind of fault from below gets its code and sentence, bugs get none;
typed values come out in NFC or are refused."""

from __future__ import annotations

import datetime as dt
import errno

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from aidant.domain import faults, inputs
from aidant.domain.errors import ExitCode
from aidant.domain.texts import FaultText, InputField


def _wrapped(message: str) -> OperationalError:
    """An SQLite error as SQLAlchemy hands it over."""
    return OperationalError("SELECT 1", {}, sqlcipher3.OperationalError(message))


@pytest.mark.parametrize(
    ("exc", "text", "code"),
    [
        (OSError(errno.EROFS, "x"), FaultText.READ_ONLY, ExitCode.IO),
        (PermissionError(errno.EACCES, "x"), FaultText.ACCESS_DENIED, ExitCode.IO),
        (OSError(errno.ENOSPC, "x"), FaultText.DISK_FULL, ExitCode.IO),
        (OSError(errno.EDQUOT, "x"), FaultText.QUOTA_EXCEEDED, ExitCode.IO),
        (OSError(errno.EIO, "x"), FaultText.DEVICE_FAILED, ExitCode.IO),
        (
            _wrapped("database disk image is malformed"),
            FaultText.DATABASE_DAMAGED,
            ExitCode.STORAGE,
        ),
        (_wrapped("file is not a database"), FaultText.DATABASE_DAMAGED, ExitCode.STORAGE),
        (_wrapped("database or disk is full"), FaultText.DISK_FULL, ExitCode.IO),
        (_wrapped("attempt to write a readonly database"), FaultText.READ_ONLY, ExitCode.IO),
        (_wrapped("database is locked"), FaultText.DATABASE_BUSY, ExitCode.STORAGE),
        (KeyboardInterrupt(), FaultText.INTERRUPTED, ExitCode.INTERRUPTED),
    ],
)
def test_each_fault_has_its_answer(exc: BaseException, text: FaultText, code: int) -> None:
    found = faults.answer(exc, "/data")
    assert found is not None and found.text is text and found.exit_code == code
    assert "x" not in found.params.values()  # never the OS's own words


def test_a_fault_found_among_the_causes() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        found = faults.answer(outer)
    assert found is not None and found.text is FaultText.DISK_FULL


@pytest.mark.parametrize(
    "bug", [ValueError("x"), _wrapped("no such column: foo"), KeyError("k"), MemoryError()]
)
def test_a_bug_is_not_dressed_up_as_a_fault(bug: BaseException) -> None:
    assert faults.answer(bug) is None


def test_values_come_out_in_one_spelling() -> None:
    assert inputs.clean("  E\u0301le\u0301onore ", InputField.GIVEN_NAMES) == "Éléonore"
    assert inputs.clean("", InputField.BIRTH_PLACE) is None
    assert inputs.clean("a\nb", InputField.DESCRIPTION, multiline=True) == "a\nb"
    with pytest.raises(inputs.InvalidInput):
        inputs.clean("a\nb", InputField.FAMILY_NAME)
    with pytest.raises(inputs.InvalidInput):
        inputs.check_date(
            dt.date(1899, 12, 31), InputField.BIRTH_DATE, inputs.OLDEST_BIRTH, dt.date(2026, 1, 1)
        )
