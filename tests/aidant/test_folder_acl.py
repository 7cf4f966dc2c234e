"""The data folder is the current account's alone: Windows access lists set when a private
folder is made and checked at start-up (a stand-in for pywin32 here), POSIX modes checked too."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from aidant.domain.errors import FileError
from aidant.files import folder_acl, safe_io
from aidant.files.folder_acl import ADMINISTRATORS, FULL_CONTROL, Ace, Acl
from aidant.setup import upkeep
from aidant.site.context import SiteContext

ME = "S-1-5-21-1004336348-1177238915-682003330-1001"
OTHER = "S-1-5-21-1004336348-1177238915-682003330-1002"
USERS = "S-1-5-32-545"
#: What `C:\Aidant` gets from `C:\`: inherited, and the local Users may read and create.
INHERITED = Acl(ME, False, (Ace(ME, FULL_CONTROL), Ace(USERS, 0x1200A9), Ace(USERS, 0x000006)))


class StandInAcls:
    """Windows access lists, as pywin32 would read and write them."""

    def __init__(self, **acls: Acl) -> None:
        self.acls: dict[str, Acl] = dict(acls)
        self.restricted: list[tuple[str, bool]] = []

    def current_account(self) -> str:
        return ME

    def read(self, path: Path) -> Acl:
        return self.acls.get(str(path), INHERITED)

    def restrict(self, path: Path, account: str, *, folder: bool) -> None:
        self.restricted.append((str(path), folder))
        self.acls[str(path)] = Acl(self.read(path).owner, True, (Ace(account, FULL_CONTROL),))


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> StandInAcls:
    acls = StandInAcls()
    monkeypatch.setattr(folder_acl, "system", lambda: acls)
    return acls


def test_a_private_folder_gets_an_access_list_for_this_account_only_when_made(
    tmp_path: Path, windows: StandInAcls
) -> None:
    data = tmp_path / "Aidant"
    safe_io.ensure_private_dir(data)
    assert windows.restricted == [(str(data), True)]
    assert not folder_acl.too_open(windows.read(data), ME)
    safe_io.ensure_private_dir(data)  # already there: left as it is (no walk of its files)
    assert len(windows.restricted) == 1


def test_a_secret_file_written_where_asked_is_this_accounts_alone(
    tmp_path: Path, windows: StandInAcls
) -> None:
    sheet = tmp_path / "secours.pdf"
    safe_io.write_secret_file(sheet, b"%PDF")
    assert windows.restricted == [(str(sheet), False)]
    if os.name == "posix":
        assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def test_an_open_folder_is_closed_again_at_start_and_reported(
    tmp_path: Path, windows: StandInAcls
) -> None:
    with pytest.raises(FileError, match="était ouvert aux autres comptes"):
        folder_acl.check_private(tmp_path)
    assert windows.restricted == [(str(tmp_path), True)]
    folder_acl.check_private(tmp_path)  # now private: nothing to say


@pytest.mark.parametrize(
    "acl",
    [
        Acl(ME, True, None),  # no access list: everyone may do everything
        Acl(ME, True, (Ace(ME, FULL_CONTROL), Ace(OTHER, 0x1200A9))),  # another may read
        Acl(ME, True, (Ace(ME, FULL_CONTROL), Ace(USERS, 0x40000))),  # …may change the rights
    ],
)
def test_other_accounts_rights_count_as_open(acl: Acl) -> None:
    assert folder_acl.too_open(acl, ME)


def test_what_keeps_others_out_is_not_open() -> None:
    private = Acl(ME, True, (Ace(ME, FULL_CONTROL), Ace(OTHER, FULL_CONTROL, allow=False)))
    assert not folder_acl.too_open(private, ME)
    assert not folder_acl.owned_by_someone_else(Acl(ADMINISTRATORS, True, ()), ME)


def test_a_folder_owned_by_another_account_is_reported_not_changed(
    tmp_path: Path, windows: StandInAcls
) -> None:
    windows.acls[str(tmp_path)] = Acl(OTHER, True, (Ace(ME, FULL_CONTROL),))
    with pytest.raises(FileError, match="appartient à un autre compte"):
        folder_acl.check_private(tmp_path)
    assert windows.restricted == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_start_up_closes_and_reports_a_data_folder_open_to_others(site: SiteContext) -> None:
    site.paths.root.chmod(0o755)
    problems = upkeep.start_up(site)
    assert any("était ouvert aux autres comptes" in p for p in problems)
    assert stat.S_IMODE(site.paths.root.stat().st_mode) == 0o700
    assert not any("autres comptes" in p for p in upkeep.start_up(site))


class FakeDescriptor:
    def __init__(self, owner: str, control: int, dacl: FakeDacl | None) -> None:
        self.owner, self.control, self.dacl = owner, control, dacl

    def GetSecurityDescriptorOwner(self) -> str:
        return self.owner

    def GetSecurityDescriptorControl(self) -> tuple[int, int]:
        return self.control, 1

    def GetSecurityDescriptorDacl(self) -> FakeDacl | None:
        return self.dacl


class FakeDacl:
    def __init__(self) -> None:
        self.aces: list[tuple[tuple[int, int], int, str]] = []

    def AddAccessAllowedAceEx(self, _rev: int, flags: int, mask: int, sid: str) -> None:
        self.aces.append(((0, flags), mask, sid))

    def GetAceCount(self) -> int:
        return len(self.aces)

    def GetAce(self, index: int) -> tuple[tuple[int, int], int, str]:
        return self.aces[index]


def test_the_pywin32_calls_with_a_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """pywin32 is not here: its security module is stood in for, to run `Win32Acl` itself."""
    import types

    written: dict[str, FakeDescriptor] = {}

    def set_info(
        path: str, _kind: int, info: int, owner: None, _g: None, dacl: FakeDacl, _s: None
    ) -> None:
        assert owner is None and info & 0x80000000  # protected from inheritance
        written[path] = FakeDescriptor(ME, 0x1000, dacl)

    security = types.SimpleNamespace(
        OWNER_SECURITY_INFORMATION=1,
        DACL_SECURITY_INFORMATION=4,
        PROTECTED_DACL_SECURITY_INFORMATION=0x80000000,
        SE_FILE_OBJECT=1,
        SE_DACL_PROTECTED=0x1000,
        ACCESS_ALLOWED_ACE_TYPE=0,
        OBJECT_INHERIT_ACE=1,
        CONTAINER_INHERIT_ACE=2,
        ACL_REVISION=2,
        TOKEN_QUERY=8,
        ACL=FakeDacl,
        ConvertStringSidToSid=lambda text: text,
        ConvertSidToStringSid=lambda sid: sid,
        SetNamedSecurityInfo=set_info,
        GetNamedSecurityInfo=lambda path, _kind, _info: written[path],
        OpenProcessToken=lambda _process, _access: "token",
        GetTokenInformation=lambda _token, _what: (ME, 0),
        TokenUser=1,
    )
    monkeypatch.setitem(sys.modules, "win32security", security)
    monkeypatch.setitem(sys.modules, "win32api", types.SimpleNamespace(GetCurrentProcess=lambda: 0))
    monkeypatch.setitem(sys.modules, "pywintypes", types.SimpleNamespace(error=OSError))
    acls = folder_acl.Win32Acl()
    assert acls.current_account() == ME
    acls.restrict(Path("C:/Aidant"), ME, folder=True)
    read = acls.read(Path("C:/Aidant"))
    assert read == Acl(ME, True, (Ace(ME, FULL_CONTROL),))
    assert written[str(Path("C:/Aidant"))].dacl.aces[0][0] == (0, 3)  # type: ignore[union-attr]
