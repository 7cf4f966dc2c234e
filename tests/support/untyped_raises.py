"""Find user-facing errors still built from a French sentence instead of a `Text` code.

`untyped_raises(paths)` parses the Python files under `paths` (without importing them) and
lists every call of an `AidantError` class (raised or merely built) whose first argument is a
string: a literal, an f-string, a concatenation, `str(...)`, `"...".format(...)`, or the name
of a module-level string constant. The `AidantError` classes are found by name: those of
`aidant/domain/errors.py` and every class of the `aidant` package deriving from one of them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_BASE = "AidantError"


def _python_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of `AidantError` and of every class deriving from it, through any number of steps."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                named = {_name(base) for base in node.bases}
                bases.setdefault(node.name, set()).update(n for n in named if n)
    known = {_BASE}
    grew = True
    while grew:
        found = {name for name, parents in bases.items() if parents & known}
        grew = not found <= known
        known |= found
    return known


def _string_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a string literal or f-string."""
    names: set[str] = set()
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if value is not None and _is_string(value, set()):
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _is_string(node: ast.expr, constants: set[str]) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_string(node.left, constants) or _is_string(node.right, constants)
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "str":
            return True
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
            return _is_string(node.func.value, constants)
    return False


def _label(path: Path) -> str:
    resolved = path.resolve()
    shown = resolved.relative_to(REPO) if resolved.is_relative_to(REPO) else resolved
    return shown.as_posix()


def untyped_raises(paths: list[Path]) -> list[str]:
    """The "file:line" of each AidantError built from a string under `paths` (files, folders)."""
    package = _python_files([REPO / "aidant"])
    scanned = _python_files(paths)
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in {*package, *scanned}}
    errors = _error_classes(trees.values())
    found: list[tuple[str, int]] = []
    for path in scanned:
        tree = trees[path]
        constants = _string_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in errors or not node.args:
                continue
            if _is_string(node.args[0], constants):
                found.append((_label(path), node.lineno))
    return [f"{label}:{line}" for label, line in sorted(found)]
