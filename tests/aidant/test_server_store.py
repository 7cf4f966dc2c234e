"""Opening a site whose data is on a server: site.json names it, the usual opening path uses it,
and what cannot work says so in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from aidant.domain.errors import StorageError
from aidant.setup.opening import prepare
from aidant.site.context import SiteContext, SiteFile
from aidant.site.paths import DataPaths
from aidant.storage.engine import export_encrypted_copy
from aidant.storage.keystore import KeyName, KeyStoreKind
from aidant.storage.server import is_server_url, make_server_engine
from aidant.storage.texts import StorageText
from tests.conftest import MANAGER_PASSWORD
from tests.support.server import SERVER

on_server = pytest.mark.parametrize("store", [SERVER], indirect=True)


def test_site_file_keeps_the_server_address_and_old_files_still_read(tmp_path: Path) -> None:
    path = tmp_path / "site.json"
    url = "postgresql://aidant.example/site"
    path.write_bytes(SiteFile("s1", KeyStoreKind.KEYRING, server_url=url).to_json())
    assert SiteFile.read(path).server_url == url
    path.write_text('{"format": 1, "site_id": "s1", "keystore": "keyring", "demo": false}')
    assert SiteFile.read(path).server_url is None


@on_server
def test_a_server_site_opens_through_the_usual_path_without_a_database_key(
    site: SiteContext, paths: DataPaths
) -> None:
    assert site.on_server and not paths.database.exists()
    assert site.keystore.get(KeyName.DATABASE) is None
    site.close()
    door = prepare(paths, clock=site.clock, keystore=site.keystore, costs=site.costs)
    with door.open_site("chef", MANAGER_PASSWORD) as opened:
        assert opened.on_server and opened.engine.dialect.name == "postgresql"


@on_server
def test_the_embedded_copy_refuses_a_server_site_in_one_sentence(
    site: SiteContext, tmp_path: Path
) -> None:
    # A server site is backed up with pg_dump instead (tests/aidant/test_server_backup.py).
    with pytest.raises(StorageError) as caught:
        export_encrypted_copy(site.engine, tmp_path / "copy.db", bytes(32))
    assert caught.value.text is StorageText.COPY_EMBEDDED_ONLY
    assert not (tmp_path / "copy.db").exists()


def test_an_unreachable_server_gives_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        make_server_engine(f"postgresql://nobody@/aidant?host={tmp_path}&port=1")
    assert caught.value.text is StorageText.SERVER_UNREACHABLE
    assert "\n" not in str(caught.value)


def test_only_postgresql_urls_name_a_server() -> None:
    assert is_server_url("postgresql://h/db") and is_server_url("postgresql+psycopg://h/db")
    assert not is_server_url("sqlite:///x.db") and not is_server_url("pas une adresse")
    with pytest.raises(StorageError) as caught:
        make_server_engine("mysql://user:secret@h/db")
    assert caught.value.text is StorageText.SERVER_URL_INVALID
    assert "secret" not in str(caught.value)


def test_a_search_word_is_matched_literally_by_the_servers_like() -> None:
    from aidant.storage.server import like_pattern

    assert like_pattern("lefevre") == "%lefevre%"
    assert like_pattern("a%b_c\\") == "%a\\%b\\_c\\\\%"
