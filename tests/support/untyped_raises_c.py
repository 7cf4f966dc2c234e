"""Find user-facing errors still built from a plain sentence instead of a `Text` member.

An AST scan: a call to `AidantError` or one of its subclasses (any class in the `aidant`
package deriving from it) whose first argument is a string literal, an f-string, a
concatenation or a `"...".format(...)` is reported as `path:line: Name(...)`. Other exceptions
(`ValueError`, `RuntimeError`: bugs, never shown to a person) are not the scan's business.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

AIDANT_ROOT = Path(__file__).resolve().parents[2] / "aidant"
BASE = "AidantError"


def _python_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.py")))
        elif path.suffix == ".py":
            files.append(path)
    return files


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(paths: Iterable[Path]) -> set[str]:
    """Names of `AidantError` and of every class (in `paths`) deriving from it, by name."""
    parents: dict[str, set[str]] = {}
    for file in _python_files(paths):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {name for base in node.bases if (name := _name(base))}
                parents.setdefault(node.name, set()).update(bases)
    found = {BASE}
    grew = True
    while grew:
        grew = False
        for name, bases in parents.items():
            if name not in found and bases & found:
                found.add(name)
                grew = True
    return found


def _is_sentence(node: ast.expr) -> bool:
    """A string built in place: literal, f-string, `+` of those, or `"...".format(...)`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_sentence(node.left) or _is_sentence(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_sentence(node.func.value)
    return False


def untyped_raises(paths: list[Path]) -> list[str]:
    """Every `SomeError("sentence")` in `paths` (files or folders), as `path:line: Name(...)`."""
    classes = error_classes([AIDANT_ROOT, *paths])
    found: list[str] = []
    for file in _python_files(paths):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            if name in classes and _is_sentence(node.args[0]):
                found.append(f"{file}:{node.lineno}: {name}(...)")
    return found
