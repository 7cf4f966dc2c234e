"""The one module that writes files.

"Plaintext never touches the disk" is enforced here: every other module of the application
goes through these helpers (a ruff banned-api rule and `tests/aidant/test_write_hygiene.py`
forbid the raw calls elsewhere). Writes are atomic (temporary file in the same folder, fsync,
rename, fsync of the folder), files are private (mode 0600, folders 0700), paths are checked
against the root they must stay in, and disk-full or permission errors become one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from aidant.domain import faults
from aidant.domain.errors import FileError
from aidant.domain.texts import FaultText, InputText
from aidant.files import folder_acl
from aidant.files.texts import FileText

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_TMP_SUFFIX = ".partial"


def set_private_umask() -> None:
    """Make every file the process creates private to its user (called once at start)."""
    os.umask(0o077)


def io_error(exc: OSError, what: Path | str) -> FileError:
    """The FileError (one sentence, by errno family: `aidant.domain.faults`) describing an OS
    error on a file."""
    return faults.os_error(exc, what)


def write_probe(folder: Path) -> OSError | None:
    """Try to create (then remove) a small file in `folder`: the OS error that stops writing
    there (read-only, permissions, disk full), or None when writing works. Used before a
    database fault is blamed on a key."""
    probe = folder / f".write-probe.{secrets.token_hex(4)}{_TMP_SUFFIX}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except OSError as exc:
        return exc
    try:
        os.write(fd, b"\0" * 4096)
    except OSError as exc:
        return exc
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def open_input(path: Path, max_bytes: int) -> BinaryIO:
    """Open a file the person handed over, for reading: a regular file of at most
    `max_bytes`. It is opened without blocking, so a named pipe with no writer, a device or a
    socket is refused at once instead of hanging the command. Raises FileError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise io_error(exc, path) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileError(FaultText.IS_A_FOLDER, path=str(path))
        if not stat.S_ISREG(info.st_mode):
            raise FileError(InputText.NOT_A_REGULAR_FILE, path=str(path))
        if info.st_size > max_bytes:
            raise FileError(InputText.FILE_TOO_BIG, path=str(path), max_mb=max_bytes >> 20)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input_text(path: Path, max_bytes: int) -> str:
    """The UTF-8 text of a small file the person handed over (`open_input`'s checks); raises
    FileError, with `UnicodeError` left to the caller."""
    with open_input(path, max_bytes) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise io_error(exc, path) from exc
    if len(data) > max_bytes:
        raise FileError(InputText.FILE_TOO_BIG, path=str(path), max_mb=max_bytes >> 20)
    return data.decode("utf-8")


def outside_root(path: Path, root: Path) -> FileError:
    """The refusal of a path that leaves the folder it must stay in."""
    return FileError(FileText.OUTSIDE_ROOT, path=str(path), root=str(root))


def already_exists(path: Path) -> FileError:
    """The refusal to write over an existing file."""
    return FileError(FileText.ALREADY_EXISTS, path=str(path))


def ensure_within(root: Path, path: Path) -> Path:
    """Return `path` resolved, or raise if it leaves `root` (no traversal, no symlink escape)."""
    root_r = root.resolve()
    path_r = path.resolve()
    if path_r != root_r and root_r not in path_r.parents:
        raise outside_root(path, root)
    return path_r


def ensure_private_dir(path: Path, root: Path | None = None) -> Path:
    """Create `path` (and parents) with mode 0700; if `root` is given, refuse to leave it."""
    if root is not None:
        ensure_within(root, path)
    try:
        created = not path.exists()
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        path.chmod(PRIVATE_DIR)
    except OSError as exc:
        raise io_error(exc, path) from exc
    if created:
        # Windows ignores the mode: an access list for the current account says it there.
        folder_acl.make_private(path, folder=True)
    return path


def _fsync_dir(folder: Path) -> None:
    # Directory fsync makes the rename durable on POSIX; Windows has no such call.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(
    path: Path, mode: int = PRIVATE_FILE, *, overwrite: bool = True
) -> Iterator[BinaryIO]:
    """Open a temporary file next to `path`; on success fsync and rename it into place.

    On any error the temporary file is removed and `path` is left as it was. With
    `overwrite=False` an existing `path` (even one created meanwhile) is never replaced.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}{_TMP_SUFFIX}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    except OSError as exc:
        raise io_error(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            tmp.replace(path)
        else:
            _move_without_replacing(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise io_error(exc, path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _move_without_replacing(tmp: Path, path: Path) -> None:
    # A hard link fails if the name exists, atomically; disks without hard links (FAT USB
    # sticks) fall back to a check just before the rename.
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise already_exists(path) from None
    except OSError:
        if path.exists():
            raise already_exists(path) from None
        tmp.replace(path)
        return
    tmp.unlink()


def atomic_write_bytes(
    path: Path,
    data: bytes | bytearray | memoryview,
    mode: int = PRIVATE_FILE,
    *,
    overwrite: bool = True,
) -> None:
    """Write `data` to `path` atomically (all or nothing), private by default."""
    with atomic_writer(path, mode, overwrite=overwrite) as handle:
        handle.write(data)


def write_secret_file(path: Path, data: bytes | bytearray | memoryview) -> None:
    """Write a file holding a secret (a recovery sheet) where a person asked: mode 0600, and
    on Windows an access list for the current account alone (the folder may be shared)."""
    atomic_write_bytes(path, data, PRIVATE_FILE)
    folder_acl.make_private(path, folder=False)


def is_older_than(path: Path, seconds: float) -> bool:
    """True if `path` was last modified more than `seconds` ago (file system time)."""
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def remove_partial_files(folder: Path, min_age_s: float = 0.0) -> list[Path]:
    """Delete temporary files left by a write that was killed midway; return what went.

    `min_age_s` spares files younger than that: another process may still be writing them.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        if (
            entry.name.startswith(".")
            and entry.name.endswith(_TMP_SUFFIX)
            and entry.is_file()
            and (min_age_s <= 0 or is_older_than(entry, min_age_s))
        ):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def remove_file(path: Path, root: Path) -> None:
    """Delete one file that must lie inside `root`."""
    ensure_within(root, path.parent)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise io_error(exc, path) from exc


def remove_tree(path: Path, root: Path) -> None:
    """Delete a folder inside `root`, never following symbolic links out of it."""
    if path.is_symlink():
        ensure_within(root, path.parent)
        path.unlink()
        return
    ensure_within(root, path)
    if not path.exists():
        return

    def _retry_writable(func: object, failed: str, _exc: BaseException) -> None:
        # Read-only files in our own temp area: make them writable and try once more.
        Path(failed).chmod(stat.S_IWUSR | stat.S_IRUSR)
        if callable(func):
            func(failed)

    try:
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=_retry_writable)
        else:  # pragma: no cover - Python 3.11 only knows onerror
            shutil.rmtree(path, onerror=lambda f, p, _i: _retry_writable(f, p, OSError()))
    except OSError as exc:
        raise io_error(exc, path) from exc


def copy_into(source: BinaryIO, path: Path, chunk: int = 1 << 20) -> int:
    """Stream `source` into `path` atomically; return the number of bytes written."""
    total = 0
    with atomic_writer(path) as handle:
        while block := source.read(chunk):
            handle.write(block)
            total += len(block)
    return total


def copy_tree(source: Path, destination: Path) -> int:
    """Copy the regular files below `source` into `destination` (atomically each, private,
    symbolic links skipped); return how many files were copied."""
    count = 0
    if not source.is_dir():
        return count
    for path in sorted(source.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.name.endswith(_TMP_SUFFIX):
            continue
        target = destination / path.relative_to(source)
        ensure_private_dir(target.parent)
        with path.open("rb") as reader:
            copy_into(reader, target)
        count += 1
    return count


def _clear_readonly(path: Path) -> None:
    # Windows refuses to delete a file marked read-only; POSIX only looks at the folder's mode.
    if os.name == "nt":
        with contextlib.suppress(OSError):
            path.chmod(stat.S_IWRITE | stat.S_IREAD)


def _open_beneath(root: Path, folder: Path) -> int:
    """Open `folder` by walking down from `root` one name at a time, never following a link.

    Every step is relative to the folder opened before it (POSIX `openat` with O_NOFOLLOW):
    a folder swapped for a link anywhere along the way makes the walk fail instead of leading
    outside `root`. Raises FileError (one sentence) or OSError.
    """
    try:
        parts = folder.relative_to(root).parts
    except ValueError:
        raise outside_root(folder, root) from None
    if ".." in parts:
        raise outside_root(folder, root)
    return _walk_down(open_folder(root), parts)


_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)


def open_child_folder(fd: int, name: str) -> int:
    """Open the folder `name` inside the folder open as `fd`, refusing a link (POSIX only).

    Raises OSError (ELOOP or ENOTDIR for a link) when `name` is not a real folder.
    """
    return os.open(name, _FOLDER_FLAGS, dir_fd=fd)


def open_folder(path: Path) -> int:
    """Open the absolute folder `path` read-only, from the disk's root down, one name at a time,
    following no link on the way (POSIX only; the caller closes the descriptor).

    A folder anywhere along the path swapped for a link makes it fail (OSError) instead of
    leading elsewhere.
    """
    if not path.is_absolute() or ".." in path.parts:
        raise outside_root(path, Path(path.anchor))
    return _walk_down(os.open(path.anchor, _FOLDER_FLAGS), path.parts[1:])


def _walk_down(fd: int, names: tuple[str, ...]) -> int:
    """From the folder open as `fd`, open each of `names` in turn without following a link;
    the descriptor of the last one (`fd` and every one between are closed)."""
    try:
        for name in names:
            inner = open_child_folder(fd, name)
            os.close(fd)
            fd = inner
    except BaseException:
        os.close(fd)
        raise
    return fd


# Decided once at import: POSIX systems with openat/unlinkat/unlinkat(AT_REMOVEDIR).
_BENEATH = os.name == "posix" and {os.open, os.unlink, os.rmdir} <= os.supports_dir_fd


def _beneath_supported() -> bool:
    return _BENEATH


def folders_by_descriptor() -> bool:
    """Whether folders can be opened and listed by descriptor, without following links."""
    return _BENEATH and os.scandir in os.supports_fd


def remove_entry(path: Path, root: Path) -> None:
    """Delete one file or symbolic link whose folder lies inside `root`.

    A symbolic link is removed as a link: its target, wherever it points, is never touched.
    Raises FileError (one sentence) when the entry cannot be removed.
    """
    ensure_within(root, path.parent)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except PermissionError as exc:
        if os.name != "nt" or path.is_symlink():
            raise io_error(exc, path) from exc
        _clear_readonly(path)
        try:
            path.unlink()
        except OSError as again:
            raise io_error(again, path) from again
    except OSError as exc:
        raise io_error(exc, path) from exc


def remove_empty_dir(path: Path, root: Path) -> None:
    """Delete one empty folder strictly inside `root` (never `root` itself, never a link)."""
    if path.is_symlink():
        raise FileError(FileText.IS_A_LINK, path=str(path))
    root_r = root.resolve()
    if path in (root, root_r):
        raise FileError(FileText.ROOT_NEVER_REMOVED, root=str(root))
    if _beneath_supported() and (path.parent == root_r or root_r in path.parents):
        try:
            fd = _open_beneath(root_r, path.parent)
        except OSError as exc:
            raise io_error(exc, path) from exc
        try:
            os.rmdir(path.name, dir_fd=fd)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise io_error(exc, path) from exc
        finally:
            os.close(fd)
        return
    resolved = ensure_within(root, path)
    if resolved == root_r:
        raise FileError(FileText.ROOT_NEVER_REMOVED, root=str(root))
    try:
        path.rmdir()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise io_error(exc, path) from exc


def remove_entries(folder: Path, names: list[str], root: Path) -> list[tuple[Path, FileError]]:
    """Delete the files or links `names` of one `folder` lying inside `root`; return the
    (path, error saying why) of each entry that could not be removed.

    On POSIX the folder is reached by walking down from `root` without following any link
    (`_open_beneath`), and the names are removed relative to it: swapping any folder on the
    way for a link, before or during the wipe, cannot send a removal elsewhere. Windows checks
    the folder, then removes entry by entry.
    """
    root_r = root.resolve()
    if not _beneath_supported() or not (folder == root_r or root_r in folder.parents):
        try:
            ensure_within(root, folder)
        except FileError as exc:
            return [(folder / name, exc) for name in names]
        failed: list[tuple[Path, FileError]] = []
        for name in names:
            try:
                remove_entry(folder / name, root)
            except FileError as exc:
                failed.append((folder / name, exc))
        return failed
    try:
        fd = _open_beneath(root_r, folder)
    except FileError as exc:
        return [(folder / name, exc) for name in names]
    except OSError as exc:
        error = FileError(FileText.FOLDER_CHANGED, path=str(folder))
        if exc.errno not in (errno.ELOOP, errno.ENOTDIR):
            error = io_error(exc, folder)
        return [(folder / name, error) for name in names]
    failed = []
    try:
        for name in names:
            try:
                os.unlink(name, dir_fd=fd)
            except FileNotFoundError:
                continue
            except OSError as exc:
                failed.append((folder / name, io_error(exc, folder / name)))
    finally:
        os.close(fd)
    return failed
