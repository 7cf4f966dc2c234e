"""The one writing module: atomic writes that never replace what they must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from aidant.domain.errors import FileError
from aidant.files import safe_io


def test_a_file_created_during_a_no_overwrite_write_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "avis.pdf"
    with (
        pytest.raises(FileError, match="existe déjà"),
        safe_io.atomic_writer(target, overwrite=False) as handle,
    ):
        handle.write(b"plaintext export")
        target.write_bytes(b"someone else's file")  # appears before the rename
    assert target.read_bytes() == b"someone else's file"
    assert [p.name for p in tmp_path.iterdir()] == ["avis.pdf"]  # no temporary file left


def test_no_overwrite_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "copie.pdf"
    safe_io.atomic_write_bytes(target, b"contenu", overwrite=False)
    assert target.read_bytes() == b"contenu"
    assert [p.name for p in tmp_path.iterdir()] == ["copie.pdf"]
