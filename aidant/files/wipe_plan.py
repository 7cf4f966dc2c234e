"""Emptying folders on the shared PC (Downloads, Desktop…) without ever leaving them.

`plan()` walks the roots without ever following a symbolic link: a link is listed to be removed
*as a link*, a folder on another file system (a mount point, which may show anything) is refused
and left alone, and the roots themselves are kept, only their content goes. `execute()` removes
what the plan lists through `aidant.files.safe_io`, deepest first, and reports every entry it could
not remove with its reason: nothing is skipped silently. The journal only ever gets counts.
"""

from __future__ import annotations

import dataclasses
import enum
import errno
import logging
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from aidant.domain.errors import FileError, Refused
from aidant.files import safe_io
from aidant.files.texts import FileText

log = logging.getLogger(__name__)


class EntryType(enum.StrEnum):
    FILE = "file"
    LINK = "link"
    DIR = "dir"


@dataclasses.dataclass(frozen=True)
class WipeItem:
    path: Path
    type: EntryType
    #: The configured root this entry lies in; every removal is checked against it again.
    root: Path


@dataclasses.dataclass(frozen=True)
class WipePlan:
    roots: tuple[Path, ...]
    #: Deepest first, so that a folder comes after everything it holds.
    items: tuple[WipeItem, ...]
    #: Entries the plan will not touch, with the reason (`str()` is one sentence).
    refused: tuple[tuple[Path, FileError], ...]


@dataclasses.dataclass(frozen=True)
class WipeReport:
    removed_count: int
    #: What could not be removed (or was refused by the plan), with the reason (`str()` is one
    #: sentence).
    failed: tuple[tuple[Path, FileError], ...]


def _folders(names: Iterable[str]) -> set[Path]:
    return {Path(n).resolve() for n in names if n}


def _system_trees() -> set[Path]:
    """Folders of the system: refused as roots, and so is anything inside them."""
    if os.name == "nt":
        names = ("SystemRoot", "ProgramFiles", "ProgramFiles(x86)", "ProgramData")
        return _folders(os.environ.get(var, "") for var in names)
    trees = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/opt", "/proc", "/root"]
    trees += ["/sbin", "/srv", "/sys", "/usr", "/var", "/run"]
    if sys.platform == "darwin":
        trees += ["/System", "/Library", "/Applications"]
    return _folders(trees)


def _home_parents() -> set[Path]:
    """Folders that hold people's home folders: they, and any whole home in them, are refused."""
    if os.name == "nt":
        drive = os.environ.get("SYSTEMDRIVE", "C:")  # Windows environment names ignore case
        return _folders([str(Path(drive + os.sep) / "Users")])
    return _folders(["/home", "/Users"])


def _shared_only() -> set[Path]:
    """Shared folders refused as a whole, though a folder inside them may be a root."""
    if os.name == "nt":
        return set()
    return _folders(["/tmp", "/private", "/private/tmp"])  # noqa: S108 - refused, not used


def _key(path: Path) -> str:
    # Windows and macOS disks ignore letter case by default: so must the comparisons.
    text = str(path)
    return text.casefold() if os.name == "nt" or sys.platform == "darwin" else text


def _is_at_or_below(path: Path, folder: Path) -> bool:
    key, top = _key(path), _key(folder).rstrip("/\\")
    return key == top or key.startswith(top + os.sep)


class LinkProbe(Protocol):
    """Tells whether a directory entry is a link of any kind (symbolic link, Windows junction)."""

    def is_link(self, path: Path, info: os.stat_result) -> bool:
        """`info` is the entry's own `lstat` (links not followed)."""
        ...


# Windows: an entry carrying a reparse point of these kinds leads elsewhere.
_FILE_ATTRIBUTE_REPARSE_POINT = 0x400
_LINK_TAGS = {0xA0000003, 0xA000000C}  # IO_REPARSE_TAG_MOUNT_POINT (junction), _SYMLINK


class OsLinks:
    """The operating system's own answer: `lstat`'s mode, and on Windows the reparse tag
    (Python 3.11's `lstat` does not call a junction a link)."""

    def is_link(self, path: Path, info: os.stat_result) -> bool:
        if stat.S_ISLNK(info.st_mode):
            return True
        attributes = getattr(info, "st_file_attributes", 0)
        if attributes & _FILE_ATTRIBUTE_REPARSE_POINT:
            return getattr(info, "st_reparse_tag", 0) in _LINK_TAGS
        return False


#: The probe every wipe uses; tests put a stand-in for Windows junctions here.
links: LinkProbe = OsLinks()


def _normal(path: Path) -> Path:
    return Path(os.path.normpath(path))


def check_root(text: str | Path, data_dir: Path | None = None) -> Path:
    """Return the resolved root, or raise Refused with one sentence saying why it is unsafe.

    A root that is itself a link (or a junction) is refused, and so is a root whose folders
    lead somewhere else than the path says: the policy stores the resolved path when a manager
    chooses the folder (`resolved_root`), so a folder swapped for a link later is refused.
    """
    raw = Path(text)
    if not raw.is_absolute():
        raise Refused(FileText.WIPE_ROOT_NOT_ABSOLUTE, path=str(text))
    try:
        info = raw.lstat()
    except OSError:
        raise Refused(FileText.WIPE_ROOT_MISSING, path=str(text)) from None
    if links.is_link(raw, info):
        raise Refused(FileText.WIPE_ROOT_IS_LINK, path=str(text))
    if not stat.S_ISDIR(info.st_mode):
        raise Refused(FileText.WIPE_ROOT_MISSING, path=str(text))
    root = raw.resolve()
    if _key(root) != _key(_normal(raw)):
        raise Refused(FileText.WIPE_ROOT_MOVED, path=str(text), target=str(root))
    if root == Path(root.anchor):
        raise Refused(FileText.WIPE_ROOT_IS_DISK, path=str(text))
    home = Path.home().resolve()
    homes = _home_parents()
    if _is_at_or_below(home, root) or any(
        _key(root) == _key(h) or _key(root.parent) == _key(h) for h in homes
    ):
        raise Refused(FileText.WIPE_ROOT_IS_HOME, path=str(text))
    if any(_is_at_or_below(root, tree) for tree in _system_trees()) or any(
        _key(root) == _key(shared) for shared in _shared_only()
    ):
        raise Refused(FileText.WIPE_ROOT_IS_SYSTEM, path=str(text))
    if data_dir is not None:
        data = data_dir.resolve()
        if root == data or root in data.parents or data in root.parents:
            raise Refused(FileText.WIPE_ROOT_HOLDS_DATA, path=str(text))
    return root


def resolved_root(text: str | Path, data_dir: Path | None = None) -> Path:
    """The folder a manager chose, resolved once (links on the way followed) and then checked:
    what the policy stores and every later wipe holds it to."""
    raw = Path(text)
    if raw.is_absolute():
        try:
            if links.is_link(raw, raw.lstat()):
                raise Refused(FileText.WIPE_ROOT_IS_LINK, path=str(text))
        except OSError:
            raise Refused(FileText.WIPE_ROOT_MISSING, path=str(text)) from None
        raw = raw.resolve()
    return check_root(raw, data_dir)


class _Folder:
    """One folder being listed: by descriptor where the system allows it, else by path."""

    def __init__(self, path: Path, fd: int | None, device: int, entries: list[os.DirEntry[str]]):
        self.path, self.fd, self.device = path, fd, device
        self.pending = iter(entries)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _open(
    path: Path, parent: _Folder | None, refused: list[tuple[Path, FileError]]
) -> _Folder | None:
    """Open and list a folder without following a link to it (POSIX: by descriptor, from the
    disk's root down for a root, relative to its parent's descriptor below); on error the
    folder is reported and None returned."""
    fd: int | None = None
    try:
        if safe_io.folders_by_descriptor():
            if parent is None or parent.fd is None:
                fd = safe_io.open_folder(path)
            else:
                fd = safe_io.open_child_folder(parent.fd, path.name)
            with os.scandir(fd) as listing:
                entries = list(listing)
            return _Folder(path, fd, os.fstat(fd).st_dev, entries)
        with os.scandir(path) as listing:
            entries = list(listing)
        return _Folder(path, None, path.lstat().st_dev, entries)
    except (OSError, FileError) as exc:
        if fd is not None:
            os.close(fd)
        if isinstance(exc, FileError):
            refused.append((path, exc))
        elif exc.errno in (errno.ELOOP, errno.ENOTDIR):
            refused.append((path, FileError(FileText.FOLDER_CHANGED, path=str(path))))
        else:
            refused.append((path, safe_io.io_error(exc, path)))
        return None


def _walk(root: Path, items: list[WipeItem], refused: list[tuple[Path, FileError]]) -> None:
    """List `root`'s contents, a folder after what it holds, never following links.

    An explicit stack, not recursion: a tree thousands of folders deep (an unpacked archive)
    must be listed, not crash the end of a session.
    """
    top = _open(root, None, refused)
    stack = [top] if top is not None else []
    try:
        while stack:
            folder = stack[-1]
            for entry in folder.pending:
                path = folder.path / entry.name
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError as exc:
                    refused.append((path, safe_io.io_error(exc, path)))
                    continue
                if links.is_link(path, info):
                    items.append(WipeItem(path, EntryType.LINK, root))
                elif stat.S_ISDIR(info.st_mode):
                    if info.st_dev != folder.device:
                        refused.append((path, FileError(FileText.OTHER_DISK, path=str(path))))
                        continue
                    inner = _open(path, folder, refused)
                    if inner is None:
                        continue
                    stack.append(inner)
                    break  # descend now; this folder's remaining entries come after
                else:
                    items.append(WipeItem(path, EntryType.FILE, root))
            else:
                stack.pop().close()
                if folder.path != root:
                    items.append(WipeItem(folder.path, EntryType.DIR, root))
    finally:
        for folder in stack:
            folder.close()


def plan(roots: Iterable[str | Path], data_dir: Path | None = None) -> WipePlan:
    """List what a wipe of `roots` would remove and what it refuses (nothing is touched).

    Raises Refused if a root itself is unsafe (see `check_root`).
    """
    checked: list[Path] = []
    for text in roots:
        root = check_root(text, data_dir)
        if root not in checked:
            checked.append(root)
    items: list[WipeItem] = []
    refused: list[tuple[Path, FileError]] = []
    for root in checked:
        _walk(root, items, refused)
    return WipePlan(tuple(checked), tuple(items), tuple(refused))


def execute(wipe_plan: WipePlan) -> WipeReport:
    """Remove what the plan lists; report (never hide) what could not be removed."""
    removed = 0
    failed: list[tuple[Path, FileError]] = list(wipe_plan.refused)
    blocked: set[Path] = set()
    # The walk lists a folder's files and links together: remove them as one batch, with one
    # check of the folder (see safe_io.remove_entries).
    batch: list[WipeItem] = []

    def flush() -> None:
        nonlocal removed
        if not batch:
            return
        folder, root = batch[0].path.parent, batch[0].root
        stuck = safe_io.remove_entries(folder, [item.path.name for item in batch], root)
        removed += len(batch) - len(stuck)
        failed.extend(stuck)
        if stuck:
            blocked.add(folder)
        batch.clear()

    for item in wipe_plan.items:
        if item.type is not EntryType.DIR:
            if batch and batch[0].path.parent != item.path.parent:
                flush()
            batch.append(item)
            continue
        flush()
        if item.path in blocked:
            # Something inside it stayed: the folder stays too (already reported below it).
            blocked.add(item.path.parent)
            continue
        try:
            safe_io.remove_empty_dir(item.path, item.root)
        except FileError as exc:
            failed.append((item.path, exc))
            blocked.add(item.path.parent)
            continue
        removed += 1
    flush()
    if failed:
        log.warning("wipe: %d removed, %d left", removed, len(failed))
    return WipeReport(removed, tuple(failed))


def printable(path: Path) -> str:
    """A file name safe to print on a terminal: control and bidi characters are escaped."""
    out: list[str] = []
    for char in str(path):
        code = ord(char)
        if code < 0x20 or code == 0x7F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            out.append(f"\\u{code:04x}")
        elif 0xDC80 <= code <= 0xDCFF:
            # Bytes that were not valid UTF-8 in the name (surrogateescape).
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(char)
    return "".join(out)


def describe(items: Sequence[WipeItem]) -> dict[EntryType, int]:
    counts = dict.fromkeys(EntryType, 0)
    for item in items:
        counts[item.type] += 1
    return counts
