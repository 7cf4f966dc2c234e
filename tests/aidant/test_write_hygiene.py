"""Plaintext hygiene: only aidant/files/safe_io.py may write files (the lint rule's twin for calls
ruff's banned-api cannot see, such as the builtin `open` or `Path.write_bytes`)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {ROOT / "aidant" / "files" / "safe_io.py"}
WRITE_METHODS = {"write_bytes", "write_text", "touch", "mkdir", "symlink_to", "hardlink_to"}
#: Removing or moving files is a write too: a stray unlink could reach outside managed roots.
REMOVE_METHODS = {"unlink", "rmdir", "rename", "rmtree", "remove", "removedirs"}


def _mode_writes(call: ast.Call, position: int) -> bool:
    mode: ast.expr | None = None
    if len(call.args) > position:
        mode = call.args[position]
    for kw in call.keywords:
        if kw.arg == "mode":
            mode = kw.value
    if mode is None:
        return False
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(flag in mode.value for flag in "wax+")
    # A computed mode counts as a write (route it through safe_io), except Qt's in-memory
    # QBuffer/QFile opened read-only.
    text = ast.unparse(mode)
    return not ("ReadOnly" in text and "Write" not in text)


def _removes_files(func: ast.Attribute) -> bool:
    if func.attr != "remove":
        return True
    # `os.remove(...)` removes a file; `some_list.remove(x)` does not.
    return isinstance(func.value, ast.Name) and func.value.id == "os"


def offences(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open" and _mode_writes(node, 1):
            found.append(f"{path.name}:{node.lineno} open() for writing")
        if isinstance(func, ast.Attribute):
            if func.attr in WRITE_METHODS:
                found.append(f"{path.name}:{node.lineno} .{func.attr}()")
            if func.attr in REMOVE_METHODS and _removes_files(func):
                found.append(f"{path.name}:{node.lineno} .{func.attr}()")
            if func.attr == "open" and _mode_writes(node, 0):
                found.append(f"{path.name}:{node.lineno} .open() for writing")
    return found


def test_only_safe_io_writes_files() -> None:
    sources = [p for pkg in ("aidant", "crypto", "ui") for p in (ROOT / pkg).rglob("*.py")]
    assert len(sources) > 10
    problems = [o for p in sources if p not in ALLOWED for o in offences(p)]
    assert problems == []


def test_the_checker_sees_writes(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "open('a', 'wb')\nopen('b')\nPath('c').write_bytes(b'')\nPath('d').open(mode='a')\n"
        "Path('e').unlink()\nos.remove('f')\nitems.remove(3)\nshutil.rmtree('g')\n"
    )
    assert len(offences(sample)) == 6
