"""The wipe plan: never outside the roots, links removed as links, failures reported."""

from __future__ import annotations

import errno
import inspect
import json
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from aidant.administration.policy import change_setting
from aidant.domain.actors import Actor
from aidant.domain.errors import PermissionDenied, Refused
from aidant.files import safe_io, wipe_plan
from aidant.sessions import wipe
from aidant.site.clock import FakeClock
from aidant.site.context import SiteContext
from aidant.site.policy import load_policy
from aidant.storage.models import JournalEntry

ODD_NAMES = [
    "e\u0301te\u0301.pdf",  # NFD accents
    "facture\u202egpj.exe",  # right-to-left override
    "ligne\nsuivante.txt",
    "🗂️ dossier spécial",
    " espace au début",
    "-commence-par-tiret",
]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "hors-racine"
    folder.mkdir()
    (folder / "précieux.txt").write_text("ne pas toucher")
    (folder / "sous").mkdir()
    (folder / "sous" / "aussi.txt").write_text("ne pas toucher")
    return folder


@pytest.fixture
def root(tmp_path: Path, outside: Path) -> Path:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    (downloads / "scan.pdf").write_bytes(b"%PDF")
    nested = downloads / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "deep.txt").write_text("x")
    (downloads / "lien-fichier").symlink_to(outside / "précieux.txt")
    (downloads / "lien-dossier").symlink_to(outside, target_is_directory=True)
    (nested / "lien-parent").symlink_to(Path("..") / ".." / ".." / "hors-racine")
    (downloads / "lien-cassé").symlink_to(downloads / "n-existe-pas")
    readonly = downloads / "lecture-seule.txt"
    readonly.write_text("ro")
    readonly.chmod(0o444)
    for name in ODD_NAMES:
        (downloads / name).write_bytes(b"odd")
    if os.name == "posix":
        (downloads / b"latin1-\xe9t\xe9".decode("utf-8", "surrogateescape")).write_bytes(b"x")
    return downloads


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_plan_lists_without_touching_and_execute_empties_only_the_root(
    root: Path, outside: Path
) -> None:
    before_outside = snapshot(outside)
    the_plan = wipe_plan.plan([str(root)])
    listed = {item.path for item in the_plan.items}
    assert root / "lien-dossier" in listed
    assert not any(outside in p.parents for p in listed)
    assert (root / "scan.pdf").exists()  # a plan removes nothing
    types = {item.path.name: item.type for item in the_plan.items}
    assert types["lien-dossier"] is wipe_plan.EntryType.LINK
    assert types["a"] is wipe_plan.EntryType.DIR
    # Deepest first: a folder comes after what it holds.
    order = [item.path for item in the_plan.items]
    assert order.index(root / "a" / "b" / "deep.txt") < order.index(root / "a" / "b")
    assert order.index(root / "a" / "b") < order.index(root / "a")

    report = wipe_plan.execute(the_plan)
    assert report.failed == ()
    assert report.removed_count == len(the_plan.items)
    assert root.is_dir() and list(root.iterdir()) == []
    assert snapshot(outside) == before_outside
    assert (outside / "sous").is_dir()


def test_a_file_that_cannot_be_removed_is_reported(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file in use on Windows (or in a read-only folder) stays, and says why; its folder
    stays too, and everything else still goes."""
    stuck = root / "a" / "b" / "deep.txt"
    real = os.unlink

    def in_use(path: str | Path, *, dir_fd: int | None = None) -> None:
        if Path(path).name == stuck.name:
            raise PermissionError(errno.EACCES, "in use", str(path))
        real(path, dir_fd=dir_fd)

    monkeypatch.setattr(os, "unlink", in_use)
    monkeypatch.setattr(os, "supports_dir_fd", os.supports_dir_fd | {in_use})
    report = wipe_plan.execute(wipe_plan.plan([root]))
    failed = dict(report.failed)
    assert set(failed) == {stuck}
    assert "pas le droit d'utiliser" in str(failed[stuck])
    assert stuck.exists()
    assert sorted(p.name for p in root.iterdir()) == ["a"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_a_read_only_folder_is_reported_not_skipped(root: Path) -> None:
    locked = root / "verrouillé"
    locked.mkdir()
    (locked / "dedans.txt").write_text("x")
    locked.chmod(0o555)
    try:
        report = wipe_plan.execute(wipe_plan.plan([root]))
    finally:
        locked.chmod(0o755)
    assert locked / "dedans.txt" in dict(report.failed)


def test_an_open_file_is_removed_or_reported(root: Path) -> None:
    target = root / "ouvert.pdf"
    target.write_bytes(b"%PDF")
    with target.open("rb"):
        report = wipe_plan.execute(wipe_plan.plan([root]))
    assert not target.exists() or target in dict(report.failed)


def test_a_root_replaced_by_a_link_after_planning_is_refused(
    root: Path, outside: Path, tmp_path: Path
) -> None:
    """The folder changes between the plan and the removal (a race): nothing outside goes."""
    the_plan = wipe_plan.plan([root])
    moved = tmp_path / "ailleurs"
    (root / "a").rename(moved)
    (root / "a").symlink_to(outside, target_is_directory=True)
    (outside / "b").mkdir()
    (outside / "b" / "deep.txt").write_text("garder")
    report = wipe_plan.execute(the_plan)
    assert (outside / "b" / "deep.txt").read_text() == "garder"
    assert root / "a" / "b" / "deep.txt" in dict(report.failed)


@pytest.mark.parametrize(
    "bad",
    [
        "relative/path",
        "/",
        "/etc",
        "/usr",
        "/etc/ssl",  # inside a system folder
        "/usr/local",
        "/var/lib",
        "/tmp",  # shared as a whole
        "/home",
        "HOME",
        "DATA",
        "MISSING",
    ],
)
def test_dangerous_roots_are_refused(bad: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    text = {
        "HOME": str(Path.home()),
        "DATA": str(data / "vaults"),
        "MISSING": str(tmp_path / "absent"),
    }.get(bad, bad)
    if bad == "DATA":
        (data / "vaults").mkdir()
    with pytest.raises(Refused) as caught:
        wipe_plan.plan([text], data_dir=data)
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message


def test_a_folder_containing_the_data_dir_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Refused, match="données d'Aidant"):
        wipe_plan.plan([tmp_path], data_dir=tmp_path / "data")


def test_printable_names_escape_control_characters() -> None:
    assert wipe_plan.printable(Path("/x/ligne\nsuivante\u202e")) == "/x/ligne\\u000asuivante\\u202e"


def test_manager_wipe_journals_counts_only(
    site: SiteContext, manager: Actor, agent: Actor, clock: FakeClock, root: Path
) -> None:
    with site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(root)], clock.now())
    listed = wipe.dry_run(site, agent)
    assert listed.items
    with pytest.raises(PermissionDenied):
        wipe.wipe_now(site, agent)
    report = wipe.wipe_now(site, manager)
    assert report.removed_count == len(listed.items)
    with site.transaction() as db:
        [entry] = db.scalars(select(JournalEntry).where(JournalEntry.kind == "wipe_done")).all()
        data = json.loads(entry.data)
    assert data == {"cause": "manager", "failed": 0, "removed": report.removed_count}
    assert "scan" not in entry.data


def test_a_dangerous_root_is_refused_when_set(
    site: SiteContext, manager: Actor, clock: FakeClock
) -> None:
    with pytest.raises(Refused, match="racine du disque"), site.transaction() as db:
        change_setting(db, manager, "wipe_roots", ["/"], clock.now())
    with site.transaction() as db:
        assert load_policy(db).wipe_roots == ()


def test_a_folder_deeper_than_the_recursion_limit_is_listed_and_emptied(root: Path) -> None:
    # An unpacked archive can nest folders deeper than Python's recursion limit: listing it must
    # not crash the end of a session. The limit is lowered here to keep the tree small.
    depth = 400
    previous = sys.getrecursionlimit()
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    sys.setrecursionlimit(len(inspect.stack()) + 150)
    try:
        listed = wipe_plan.plan([root])
    finally:
        sys.setrecursionlimit(previous)
    assert sum(1 for item in listed.items if item.path.name == "d") == depth
    report = wipe_plan.execute(listed)
    assert not (root / "d").exists()
    assert report.removed_count >= depth


def test_a_folder_swapped_for_a_link_during_the_removal_leads_nowhere(
    root: Path, outside: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process swaps a folder for a link just as the wipe opens its way to it."""
    (outside / "b").mkdir()
    (outside / "b" / "deep.txt").write_text("garder")
    the_plan = wipe_plan.plan([root])
    real_open = os.open
    swapped: list[bool] = []

    def racing_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        # The moment the wipe reaches for "a": by name from its parent, or by its whole path.
        reaching = path == "a" or str(path).endswith(f"{os.sep}a{os.sep}b")
        if reaching and not swapped:
            swapped.append(True)
            (root / "a").rename(tmp_path / "ailleurs")
            (root / "a").symlink_to(outside, target_is_directory=True)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", racing_open)
    report = wipe_plan.execute(the_plan)
    assert swapped
    assert (outside / "b" / "deep.txt").read_text() == "garder"
    assert root / "a" / "b" / "deep.txt" in dict(report.failed)


def test_a_root_that_is_itself_a_link_is_refused(tmp_path: Path, outside: Path) -> None:
    """A public user swaps their Downloads for a link to a staff folder: nothing is wiped."""
    downloads = tmp_path / "Downloads"
    downloads.symlink_to(outside, target_is_directory=True)
    before = snapshot(outside)
    with pytest.raises(Refused, match="est un lien"):
        wipe_plan.plan([downloads])
    assert snapshot(outside) == before


def test_a_root_swapped_after_it_was_configured_is_refused(
    site: SiteContext, manager: Actor, clock: FakeClock, tmp_path: Path, outside: Path
) -> None:
    """The manager chose /…/public/Downloads; later `public` becomes a link to a staff profile
    holding its own Downloads. The policy remembers the resolved folder: the wipe refuses."""
    public = tmp_path / "public"
    (public / "Downloads").mkdir(parents=True)
    with site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(public / "Downloads")], clock.now())
        stored = load_policy(db).wipe_roots
    assert stored == (str((public / "Downloads").resolve()),)
    (outside / "Downloads").mkdir()
    (outside / "Downloads" / "dossier-agent.pdf").write_bytes(b"%PDF")
    public.rename(tmp_path / "public-parti")
    public.symlink_to(outside, target_is_directory=True)
    with pytest.raises(Refused, match="mène maintenant à"):
        wipe_plan.plan(stored)
    assert (outside / "Downloads" / "dossier-agent.pdf").exists()


def test_a_link_chosen_as_root_by_a_manager_is_refused(
    site: SiteContext, manager: Actor, clock: FakeClock, tmp_path: Path, outside: Path
) -> None:
    (tmp_path / "raccourci").symlink_to(outside, target_is_directory=True)
    with pytest.raises(Refused, match="est un lien"), site.transaction() as db:
        change_setting(db, manager, "wipe_roots", [str(tmp_path / "raccourci")], clock.now())


class StandInJunctions:
    """Windows junctions where there are none: the named folders answer as links do there."""

    def __init__(self, *junctions: Path) -> None:
        self.junctions = set(junctions)

    def is_link(self, path: Path, info: os.stat_result) -> bool:
        return path in self.junctions or wipe_plan.OsLinks().is_link(path, info)


def test_junctions_are_refused_as_roots_and_removed_as_links(
    root: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junction = root / "jonction"
    junction.mkdir()
    (junction / "ne-pas-parcourir.txt").write_text("x")
    monkeypatch.setattr(wipe_plan, "links", StandInJunctions(junction, outside))
    with pytest.raises(Refused, match="est un lien"):
        wipe_plan.plan([outside])
    listed = {item.path: item.type for item in wipe_plan.plan([root]).items}
    assert listed[junction] is wipe_plan.EntryType.LINK
    assert junction / "ne-pas-parcourir.txt" not in listed


def test_the_os_probe_reads_windows_reparse_tags() -> None:
    """Python 3.11 does not call a junction a link: the probe reads the reparse tag itself."""
    junction = os.stat_result((0o040755, 0, 0, 0, 0, 0, 0, 0, 0, 0))
    fields = {"st_file_attributes": 0x410, "st_reparse_tag": 0xA0000003}

    class WindowsStat:
        st_mode = junction.st_mode

        def __getattr__(self, name: str) -> int:
            return fields[name]

    probe = wipe_plan.OsLinks()
    assert probe.is_link(Path("C:/x"), WindowsStat())  # type: ignore[arg-type]
    fields["st_reparse_tag"] = 0x8000001B  # a OneDrive placeholder is not a link
    assert not probe.is_link(Path("C:/x"), WindowsStat())  # type: ignore[arg-type]
    assert not probe.is_link(Path("/x"), junction)


@pytest.mark.skipif(os.name != "posix", reason="descriptors walk the tree on POSIX only")
def test_folders_are_opened_from_the_disk_root_without_following_links(
    tmp_path: Path, outside: Path
) -> None:
    (tmp_path / "lien").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OSError):
        os.close(safe_io.open_folder(tmp_path / "lien" / "sous"))
    fd = safe_io.open_folder(outside / "sous")
    try:
        assert os.fstat(fd).st_ino == (outside / "sous").stat().st_ino
    finally:
        os.close(fd)
