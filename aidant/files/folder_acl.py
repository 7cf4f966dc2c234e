"""Folders and files for the current account only, on Windows as on POSIX.

On POSIX, mode 0700/0600 says it. On Windows the mode means nothing: a data folder such as
`C:\\Aidant` inherits rights that let every local account read and change it. So when
`safe_io` creates a private folder (or writes a secret file where a manager asks), its access
list is replaced by one entry, full control for the current account, no longer inherited from
the folder above; and at start-up (`check_private`) the data folder is checked: rights for
other accounts are removed again and reported; a folder owned by another account is reported
(its owner could open it again).

The Windows calls (pywin32's security descriptors) sit behind `AclSystem`, so that the logic is
tested with a stand-in where Windows is not available.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path
from typing import Protocol

from aidant.domain.errors import FileError
from aidant.files.texts import FileText

#: Accounts that may own the folder: the current one, or the Administrators group (the owner
#: of what an elevated administrator creates; administrators can take any folder anyway).
ADMINISTRATORS = "S-1-5-32-544"
#: Rights that let an account read or change a file or folder (any of them is too much for
#: another account): read/write data, append, extended attributes, delete, delete child,
#: change rights, take ownership, and the generic rights.
_ACCESS = 0x0001 | 0x0002 | 0x0004 | 0x0008 | 0x0010 | 0x0040 | 0x0100 | 0x10000
_ACCESS |= 0x40000 | 0x80000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x80000000
#: FILE_ALL_ACCESS.
FULL_CONTROL = 0x1F01FF


@dataclasses.dataclass(frozen=True)
class Ace:
    """One entry of an access list."""

    account: str  # a SID as text, "S-1-5-21-…"
    mask: int
    allow: bool = True


@dataclasses.dataclass(frozen=True)
class Acl:
    """What matters of a security descriptor: its owner, whether its access list is protected
    from the folder above (no inherited entries), and the entries."""

    owner: str
    protected: bool
    #: None: no access list at all, which Windows reads as "everyone may do everything".
    entries: tuple[Ace, ...] | None


class AclSystem(Protocol):
    def current_account(self) -> str:
        """The SID of the account running Aidant."""
        ...

    def read(self, path: Path) -> Acl: ...

    def restrict(self, path: Path, account: str, *, folder: bool) -> None:
        """Replace the access list of `path` by full control for `account` alone, protected
        from inheritance (a folder's entry is inherited by what it holds)."""
        ...


def too_open(acl: Acl, account: str) -> bool:
    """True when the access list lets another account in, or follows the folder above."""
    if acl.entries is None or not acl.protected:
        return True
    return any(ace.allow and ace.account != account and ace.mask & _ACCESS for ace in acl.entries)


def owned_by_someone_else(acl: Acl, account: str) -> bool:
    return acl.owner not in (account, ADMINISTRATORS)


def system() -> AclSystem | None:
    """The Windows access lists, or None where file modes do the work (POSIX)."""
    if os.name != "nt":
        return None
    return Win32Acl()


def make_private(path: Path, *, folder: bool, acls: AclSystem | None = None) -> None:
    """Give `path` to the current account alone (Windows; POSIX modes are set by `safe_io`)."""
    acls = acls if acls is not None else system()
    if acls is None:
        return
    try:
        acls.restrict(path, acls.current_account(), folder=folder)
    except OSError as exc:
        raise FileError(FileText.RIGHTS_NOT_SET, path=str(path), reason=str(exc)) from exc


def check_private(path: Path, acls: AclSystem | None = None) -> None:
    """Check that the folder `path` is the current account's alone; rights for other accounts
    are removed, then reported (FileError, one sentence), as is a folder owned by another one.
    """
    acls = acls if acls is not None else system()
    if acls is None:
        _check_mode(path)
        return
    account = acls.current_account()
    acl = acls.read(path)
    if owned_by_someone_else(acl, account):
        raise FileError(FileText.FOLDER_OWNED_BY_OTHER, path=str(path))
    if too_open(acl, account):
        make_private(path, folder=True, acls=acls)
        raise FileError(FileText.FOLDER_WAS_OPEN, path=str(path))


def _check_mode(path: Path) -> None:
    info = path.stat()
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise FileError(FileText.FOLDER_OWNED_BY_OTHER, path=str(path))
    if stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(0o700)
        raise FileError(FileText.FOLDER_WAS_OPEN, path=str(path))


class Win32Acl:
    """pywin32's security descriptors (a dependency on Windows only)."""

    def current_account(self) -> str:
        import win32api
        import win32security

        token = win32security.OpenProcessToken(
            win32api.GetCurrentProcess(), win32security.TOKEN_QUERY
        )
        sid = win32security.GetTokenInformation(token, win32security.TokenUser)[0]
        return str(win32security.ConvertSidToStringSid(sid))

    def read(self, path: Path) -> Acl:
        import win32security

        info = win32security.OWNER_SECURITY_INFORMATION | win32security.DACL_SECURITY_INFORMATION
        descriptor = win32security.GetNamedSecurityInfo(
            str(path), win32security.SE_FILE_OBJECT, info
        )
        owner = str(win32security.ConvertSidToStringSid(descriptor.GetSecurityDescriptorOwner()))
        control, _revision = descriptor.GetSecurityDescriptorControl()
        protected = bool(control & win32security.SE_DACL_PROTECTED)
        dacl = descriptor.GetSecurityDescriptorDacl()
        if dacl is None:
            return Acl(owner, protected, None)
        entries = []
        for index in range(dacl.GetAceCount()):
            (kind, _flags), mask, sid = dacl.GetAce(index)[:3]
            allow = kind == win32security.ACCESS_ALLOWED_ACE_TYPE
            entries.append(Ace(str(win32security.ConvertSidToStringSid(sid)), mask, allow))
        return Acl(owner, protected, tuple(entries))

    def restrict(self, path: Path, account: str, *, folder: bool) -> None:
        import pywintypes
        import win32security

        sid = win32security.ConvertStringSidToSid(account)
        dacl = win32security.ACL()
        inherit = (
            win32security.OBJECT_INHERIT_ACE | win32security.CONTAINER_INHERIT_ACE if folder else 0
        )
        dacl.AddAccessAllowedAceEx(win32security.ACL_REVISION, inherit, FULL_CONTROL, sid)
        info = (
            win32security.DACL_SECURITY_INFORMATION
            | win32security.PROTECTED_DACL_SECURITY_INFORMATION
        )
        try:
            win32security.SetNamedSecurityInfo(
                str(path), win32security.SE_FILE_OBJECT, info, None, None, dacl, None
            )
        except pywintypes.error as exc:
            raise OSError(exc.winerror, exc.strerror, str(path)) from exc
