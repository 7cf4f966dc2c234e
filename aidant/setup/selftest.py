"""`aidant self-test`: one line per check, so a site can see at a glance what is wrong."""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Callable

from aidant.domain.errors import AidantError
from aidant.setup.texts import SetupText
from aidant.site.paths import DataPaths

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
        log.exception("self-test %s failed", name)
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


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


def _database(paths: DataPaths) -> str:
    from sqlalchemy import func, select

    from aidant.site.access import SiteAccess
    from aidant.site.context import SiteFile, connect, keystore_for
    from aidant.storage import migrate
    from aidant.storage.models import JournalEntry

    if paths.access_file.exists():
        # Without an agent's password nothing opens: check what opening would need.
        site = SiteFile.read(paths.site_file)
        slots = SiteAccess(paths, site.site_id, keystore_for(paths, site)).slot_count()
        if not paths.database.exists():
            from aidant.site.texts import SiteText

            raise AidantError(SiteText.DATABASE_MISSING, path=paths.database)
        return (
            f"fichier d'accès authentique, {slots} agent(s) peuvent ouvrir la base chiffrée "
            "avec leur mot de passe"
        )
    ctx = connect(paths)
    try:
        revision = migrate.current_revision(ctx.engine)
        with ctx.transaction() as db:
            entries = db.scalar(select(func.count()).select_from(JournalEntry))
        return f"base chiffrée ouverte, schéma {revision} (à jour), {entries} entrées au journal"
    finally:
        ctx.close()


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


def core_checks(paths: DataPaths) -> list[Check]:
    """Checks that need no Qt: keys, database and schema, fonts, PDF production."""
    return [
        lambda: guarded("dossier de données", lambda: str(paths.root)),
        lambda: guarded("trousseau de clés", lambda: _keystore(paths)),
        lambda: guarded("base de données", lambda: _database(paths)),
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
