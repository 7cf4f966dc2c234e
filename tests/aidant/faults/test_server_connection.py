"""psycopg's faults in the map: a site server unreachable, gone or restarting is one sentence;
a transaction given up because another desk held what it needed says to try again; a
statement the server refuses for another reason is not taken for either."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError

from aidant.domain import faults
from aidant.domain.errors import ExitCode, StorageError
from aidant.domain.texts import FaultText


@pytest.mark.parametrize(
    "exc",
    [
        OperationalError("SELECT 1", {}, psycopg.OperationalError("server closed the connection")),
        OperationalError("SELECT 1", {}, errors.AdminShutdown("terminating connection")),
        OperationalError("SELECT 1", {}, errors.CrashShutdown("crash of another process")),
        OperationalError("SELECT 1", {}, errors.CannotConnectNow("the system is starting up")),
        OperationalError("SELECT 1", {}, errors.ConnectionFailure("connection failure")),
        InterfaceError("SELECT 1", {}, psycopg.InterfaceError("the connection is closed")),
        psycopg.OperationalError("connection to server on socket failed"),
    ],
)
def test_a_lost_site_server_is_one_sentence(exc: BaseException) -> None:
    found = faults.answer(exc)
    assert isinstance(found, StorageError)
    assert found.text is FaultText.SERVER_CONNECTION_LOST
    assert found.exit_code is ExitCode.STORAGE
    assert "\n" not in str(found)


@pytest.mark.parametrize(
    "exc",
    [
        OperationalError("SELECT 1", {}, errors.DeadlockDetected("deadlock detected")),
        OperationalError("SELECT 1", {}, errors.SerializationFailure("could not serialize")),
        OperationalError("SELECT 1", {}, errors.LockNotAvailable("lock timeout")),
    ],
)
def test_a_transaction_another_desk_got_in_the_way_of_says_try_again(exc: BaseException) -> None:
    found = faults.answer(exc)
    assert isinstance(found, StorageError) and found.text is FaultText.DATABASE_BUSY


@pytest.mark.parametrize(
    "exc",
    [
        OperationalError("SELECT 1", {}, errors.QueryCanceled("statement timeout")),
        ProgrammingError("SELECT 1", {}, errors.UndefinedTable("no such table")),
    ],
)
def test_other_server_errors_are_not_a_lost_connection(exc: BaseException) -> None:
    assert faults.answer(exc) is None
