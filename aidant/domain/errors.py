"""User-facing errors, raised as codes with parameters and put into words at the edge.

Every error a person can cause or meet (wrong PIN, expired mandate, missing keyring, full disk)
is an `AidantError` carrying a `Text` (a stable code whose value is the French sentence, with
`{named}` fields) and the parameters for those fields. The command line prints the French
sentence (`str(exc)`); the interface translates the template in the current language first
(`ui.texts.error_text`). `exit_code` says how the command line ends. Anything else is a bug and
is reported as such, without a traceback on screen.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping


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
    INTERRUPTED = 130  # stopped by Ctrl+C (or the end of its input)


class Text(enum.Enum):
    """Base of the core's sentence catalogues.

    In a subclass, each member's name is a stable code and its value the French sentence, with
    `{named}` fields for its parameters. Front ends choose the language: the interface looks the
    French template up in its Qt Linguist translations (context: the subclass's name), then
    fills the fields. A parameter is a name, a number, a path, another `Text` member (a label
    such as a démarche's) or a `Phrase` (a label with fields of its own, such as "checkpoint n° 3
    (12 entries)"), put in the same language as the sentence; never a sentence of free text."""

    def fill(self, params: Mapping[str, object]) -> str:
        """The French sentence with its fields filled."""
        return str(self.value).format_map({k: _french(v) for k, v in params.items()})


@dataclasses.dataclass(frozen=True)
class Phrase:
    """A catalogue member with its parameters, handed over whole: what a check found, or a
    label with fields that another sentence takes as a parameter. `str()` is the French."""

    text: Text
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return self.text.fill(self.params)


def _french(value: object) -> object:
    if isinstance(value, Text):
        return value.fill({})
    if isinstance(value, Phrase):
        return str(value)
    return value


class AidantError(Exception):
    """An error meant for the person at the keyboard: a `Text` code and its parameters."""

    exit_code: ExitCode = ExitCode.REFUSED

    def __init__(self, text: Text, /, **params: object) -> None:
        self.text = text
        self.params: dict[str, object] = params
        super().__init__(self.code)

    def __reduce__(self) -> tuple[object, ...]:
        # Copies and pickles keep the code and its parameters (args only holds the code).
        return (_rebuild, (type(self), self.text, self.params))

    @property
    def code(self) -> str:
        """`Catalogue.MEMBER`, stable across versions and languages (for logs and tests)."""
        return f"{type(self.text).__name__}.{self.text.name}"

    @property
    def message(self) -> str:
        """The French sentence (the command line's language)."""
        return self.text.fill(self.params)

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: type[AidantError], text: Text, params: dict[str, object]) -> AidantError:
    return cls(text, **params)


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


class Interrupted(AidantError):
    """The command was stopped (Ctrl+C) before it finished."""

    exit_code = ExitCode.INTERRUPTED
