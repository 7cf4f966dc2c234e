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
import logging
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

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


def check_root(text: str | Path, data_dir: Path | None = None) -> Path:
    """Return the resolved root, or raise Refused with one sentence saying why it is unsafe."""
    raw = Path(text)
    if not raw.is_absolute():
        raise Refused(FileText.WIPE_ROOT_NOT_ABSOLUTE, path=str(text))
    if not raw.is_dir():
        raise Refused(FileText.WIPE_ROOT_MISSING, path=str(text))
    root = raw.resolve()
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


def _scan(
    folder: Path, refused: list[tuple[Path, FileError]]
) -> tuple[int, list[os.DirEntry[str]]]:
    """The folder's device and entries; on error the folder is reported and seen as empty."""
    try:
        return folder.lstat().st_dev, list(os.scandir(folder))
    except OSError as exc:
        refused.append((folder, safe_io.io_error(exc, folder)))
        return -1, []


def _walk(root: Path, items: list[WipeItem], refused: list[tuple[Path, FileError]]) -> None:
    """List `root`'s contents, a folder after what it holds, never following links.

    An explicit stack, not recursion: a tree thousands of folders deep (an unpacked archive)
    must be listed, not crash the end of a session.
    """
    device, entries = _scan(root, refused)
    stack = [(root, device, iter(entries))]
    while stack:
        folder, device, pending = stack[-1]
        for entry in pending:
            path = Path(entry.path)
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                refused.append((path, safe_io.io_error(exc, path)))
                continue
            if stat.S_ISLNK(info.st_mode) or _is_junction(path):
                items.append(WipeItem(path, EntryType.LINK, root))
            elif stat.S_ISDIR(info.st_mode):
                if info.st_dev != device:
                    refused.append((path, FileError(FileText.OTHER_DISK, path=str(path))))
                    continue
                sub_device, sub_entries = _scan(path, refused)
                stack.append((path, sub_device, iter(sub_entries)))
                break  # descend now; this folder's remaining entries come after
            else:
                items.append(WipeItem(path, EntryType.FILE, root))
        else:
            stack.pop()
            if folder != root:
                items.append(WipeItem(folder, EntryType.DIR, root))


def _is_junction(path: Path) -> bool:
    # Windows junctions are links too, even though stat does not call them symbolic.
    is_junction = getattr(os.path, "isjunction", None)
    return bool(is_junction(path)) if is_junction is not None else False


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
