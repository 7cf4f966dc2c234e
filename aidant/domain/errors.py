"""User-facing errors.

Every error a person can cause or meet (wrong PIN, expired mandate, missing keyring, full disk)
is an `AidantError`: its `str()` is one clear French sentence, and `exit_code` says how the
command line ends. Anything else is a bug and is reported as such, without a traceback on screen.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Exit codes of the `aidant` command (documented in `aidant --help` and the README)."""

    OK = 0
    CHECK_FAILED = 1  # a verification or self-test found a problem
    USAGE = 2  # wrong arguments (argparse uses 2 as well)
    AUTH = 3  # authentication refused (wrong password, locked account)
    NOT_FOUND = 4  # no such usager, mandate, document, agent
    REFUSED = 5  # the rules forbid it (no authorisation, expired mandate, not a manager)
    STORAGE = 6  # database or key problem (no keyring, wrong key, not initialised, corrupt)
    IO = 7  # a file could not be read or written (disk full, unreadable scan)
    INTERNAL = 70  # a bug: the log file has the details


class AidantError(Exception):
    """An error with a one-sentence message meant for the person at the keyboard."""

    exit_code: ExitCode = ExitCode.REFUSED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(AidantError):
    exit_code = ExitCode.USAGE


class AuthenticationError(AidantError):
    exit_code = ExitCode.AUTH


class NotFound(AidantError):
    exit_code = ExitCode.NOT_FOUND


class Refused(AidantError):
    exit_code = ExitCode.REFUSED


class PermissionDenied(Refused):
    """The actor's role does not allow this (checked in the services, not only in the UI)."""


class StorageError(AidantError):
    exit_code = ExitCode.STORAGE


class KeyringUnavailable(StorageError):
    pass


class FileError(AidantError):
    exit_code = ExitCode.IO
