"""`aidant self-test`: one line per check, so a site can see at a glance what is wrong."""

from __future__ import annotations

import dataclasses
import functools
import io
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from aidant.domain import faults
from aidant.domain.errors import AidantError, Phrase, StorageError
from aidant.domain.texts import FaultPlace, FaultText
from aidant.setup.texts import SetupText
from aidant.site.paths import DataPaths

if TYPE_CHECKING:
    from aidant.site.context import SiteContext
    from aidant.storage.integrity import Scan

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


Check = Callable[[], CheckResult]


def guarded(name: str, func: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, func())
    except AidantError as exc:
        return CheckResult(name, False, str(exc))
    except Exception as exc:
        found = faults.answer(exc)
        if found is not None:
            return CheckResult(name, False, str(found))
        log.info("self-test %s failed", name, exc_info=True)
        return CheckResult(name, False, str(SetupText.CHECK_CRASHED.value))


def _keystore(paths: DataPaths) -> str:
    from aidant.site.context import SiteFile
    from aidant.storage.keystore import KeyStoreKind, keyring_available

    site = SiteFile.read(paths.site_file)
    if site.keystore is KeyStoreKind.DEMO_FILE:
        return "site de démonstration : clés jetables dans un fichier (pas de trousseau)"
    if not keyring_available():
        from aidant.domain.errors import KeyringUnavailable
        from aidant.storage.texts import StorageText

        raise KeyringUnavailable(StorageText.NO_KEYRING)
    import keyring

    return f"trousseau {type(keyring.get_keyring()).__name__}"


class SiteOpener:
    """Opens the site once for the checks that read it; the caller closes it at the end.

    A site with login slots opens only with an agent's password: `open_site` does that (the
    command line passes it when --as names an agent). Without it, such a site is checked only
    as far as opening would need."""

    def __init__(
        self, paths: DataPaths, open_site: Callable[[], SiteContext] | None = None
    ) -> None:
        self.paths = paths
        self._open = open_site
        self._ctx: SiteContext | None = None
        self._failure: BaseException | None = None

    @property
    def can_open(self) -> bool:
        if self._open is not None:
            return True
        return not self.paths.access_file.exists() and not self.on_server

    @functools.cached_property
    def on_server(self) -> bool:
        """Whether `site.json` names a site server (an unreadable one: no, the checks say why)."""
        from aidant.site.context import SiteFile

        try:
            return SiteFile.read(self.paths.site_file).server_url is not None
        except AidantError:
            return False

    def get(self) -> SiteContext:
        from aidant.site.context import connect

        if self._failure is not None:
            raise self._failure
        if self._ctx is None:
            try:
                self._ctx = self._open() if self._open is not None else connect(self.paths)
            except Exception as exc:
                self._failure = exc
                raise
        return self._ctx

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None


def _database(opener: SiteOpener) -> str:
    """Open the database, then read all of it: every page's HMAC, the structure, every row."""
    from aidant.site.access import SiteAccess
    from aidant.site.context import SiteFile, keystore_for
    from aidant.storage import integrity, migrate

    paths = opener.paths
    if not opener.can_open and opener.on_server:
        return _server_reached(paths)
    if not opener.can_open:
        site = SiteFile.read(paths.site_file)
        slots = SiteAccess(paths, site.site_id, keystore_for(paths, site)).slot_count()
        if not paths.database.exists():
            from aidant.site.texts import SiteText

            raise AidantError(SiteText.DATABASE_MISSING, path=paths.database)
        _whole_pages(paths)
        return (
            f"fichier d'accès authentique, {slots} agent(s) peuvent ouvrir la base chiffrée "
            "avec leur mot de passe (pour la lire en entier : aidant --as IDENTIFIANT self-test)"
        )
    try:
        ctx = opener.get()
    except Exception as exc:
        fault = faults.answer(exc, paths.root)
        if isinstance(fault, StorageError) and fault.text is FaultText.DATABASE_DAMAGED:
            where = fault.params.get("where")
            if not (isinstance(where, Phrase) and where.text is FaultPlace.PAGES):
                where = _bare_pages(paths)  # a site made before login slots: its key is here
            raise StorageError(SetupText.DATABASE_DAMAGED_AT, where=where) from exc
        raise
    revision = migrate.current_revision(ctx.engine)
    found = integrity.scan(ctx.engine)
    if not found.ok:
        raise StorageError(SetupText.DATABASE_DAMAGED_AT, where=_where(found))
    if ctx.on_server:
        return (
            f"base du serveur du site lue en entier avec votre connexion, schéma {revision} "
            f"(à jour), {found.rows} lignes"
        )
    return (
        f"base chiffrée ouverte et lue en entier, schéma {revision} (à jour), {found.rows} lignes"
    )


def _server_reached(paths: DataPaths) -> str:
    """A server site checked without an agent's password: answering, with the certificate
    this PC pinned."""
    from aidant.setup.server import status
    from aidant.storage.texts import StorageText

    found = status(paths)
    if not found.reachable:
        raise StorageError(StorageText.SERVER_UNREACHABLE)
    if found.presented is not None and found.presented != found.fingerprint:
        raise StorageError(StorageText.SERVER_CERTIFICATE_MISMATCH)
    return (
        "serveur du site joignable, certificat enregistré à l'inscription de ce poste "
        "(pour lire sa base en entier : aidant --as IDENTIFIANT self-test)"
    )


def _whole_pages(paths: DataPaths) -> None:
    """What can be seen of the database without its key: an empty or truncated file."""
    from aidant.storage.engine import PAGE_SIZE

    size = paths.database.stat().st_size
    if size == 0:
        raise StorageError(FaultText.DATABASE_EMPTY, path=str(paths.database))
    if size % PAGE_SIZE:
        raise StorageError(FaultText.DATABASE_TRUNCATED, path=str(paths.database))


def _bare_pages(paths: DataPaths) -> Phrase:
    """Where a database too damaged to open is damaged: its pages whose HMAC fails."""
    from aidant.site.context import SiteFile, keystore_for
    from aidant.storage.integrity import damaged_pages
    from aidant.storage.keystore import KeyName

    key = keystore_for(paths, SiteFile.read(paths.site_file)).get(KeyName.DATABASE)
    if key is None:
        return Phrase(FaultPlace.STRUCTURE)
    try:
        pages = damaged_pages(paths.database, key)
    finally:
        key[:] = bytes(len(key))
    if not pages:
        return Phrase(FaultPlace.STRUCTURE)
    return Phrase(FaultPlace.PAGES, {"pages": ", ".join(str(p) for p in pages[:10])})


def _where(found: Scan) -> Phrase:
    pages = ", ".join(str(p) for p in found.pages[:10])
    tables = ", ".join(found.tables)
    if pages and tables:
        return Phrase(FaultPlace.PAGES_AND_TABLES, {"pages": pages, "tables": tables})
    if pages:
        return Phrase(FaultPlace.PAGES, {"pages": pages})
    if tables:
        return Phrase(FaultPlace.TABLES, {"tables": tables})
    return Phrase(FaultPlace.STRUCTURE)


def _vault_files(opener: SiteOpener) -> str:
    """Every live document's encrypted file: present, the size and SHA-256 its row records,
    and an age header (without the database, only the headers of the files there are)."""
    from aidant.vault.store import vault_files_report, vault_headers_report

    if not opener.can_open and opener.on_server:
        return "documents des coffres sur le serveur du site (lus en entier avec --as IDENTIFIANT)"
    if not opener.can_open:
        checked, damaged = vault_headers_report(opener.paths.vaults)
        if damaged:
            raise StorageError(
                SetupText.VAULT_FILES_DAMAGED, count=len(damaged), files=", ".join(damaged[:5])
            )
        return f"{checked} fichier(s) de coffre : en-têtes lus, tous intacts"
    checked, damaged = vault_files_report(opener.get())
    if damaged:
        raise StorageError(
            SetupText.VAULT_FILES_DAMAGED, count=len(damaged), files=", ".join(damaged[:5])
        )
    if opener.get().on_server:
        return f"{checked} document(s) de coffre lus en entier sur le serveur, tous intacts"
    return f"{checked} fichier(s) de coffre lus en entier, tous intacts"


def _fonts() -> str:
    from aidant.pdf.fonts import register_fonts

    names = register_fonts()
    return "polices intégrées : " + ", ".join(names)


def _pdf() -> str:
    from aidant.pdf.document import sample_pdf

    data = sample_pdf()
    if not data.startswith(b"%PDF"):
        raise AidantError(SetupText.PDF_INVALID)
    return f"PDF de test produit ({len(data)} octets)"


def core_checks(paths: DataPaths, site: SiteOpener) -> list[Check]:
    """Checks that need no Qt: keys, database and schema, vault files, fonts, PDF production.
    The caller closes `site` once the checks ran."""
    return [
        lambda: guarded("dossier de données", lambda: str(paths.root)),
        lambda: guarded("trousseau de clés", lambda: _keystore(paths)),
        lambda: guarded("base de données", lambda: _database(site)),
        lambda: guarded("fichiers des coffres", lambda: _vault_files(site)),
        lambda: guarded("polices", _fonts),
        lambda: guarded("production de PDF", _pdf),
    ]


def run_checks(checks: list[Check], out: io.TextIOBase | None = None) -> bool:
    import sys

    stream = out or sys.stdout
    all_ok = True
    for check in checks:
        result = check()
        all_ok &= result.ok
        mark = "ok   " if result.ok else "ÉCHEC"
        stream.write(f"[{mark}] {result.name} : {result.detail}\n")
    return all_ok
