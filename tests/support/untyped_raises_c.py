"""Find user-facing errors still built from a plain sentence instead of a `Text` member.

An AST scan: a call to `AidantError` or one of its subclasses (any class in the `aidant`
package deriving from it) whose first argument is a sentence built in place is reported as
`path:line: Name(...)`. A sentence: a string literal, an f-string, a concatenation, a
`.format(...)`, an `a or b` / `a if c else b` of those, or a name bound to one at the top of
the same module (`BAD_LOGIN = "..."`). Other exceptions (`ValueError`, `RuntimeError`: bugs,
never shown to a person) are not the scan's business.
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


def _module_sentences(tree: ast.Module) -> set[str]:
    """Names bound, at the top of the module, to a string built in place."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        if _is_sentence(value, set()):
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _is_sentence(node: ast.expr, constants: set[str]) -> bool:
    """A string built in place, or a name in `constants` (the module's own sentences)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.BinOp):
        return _is_sentence(node.left, constants) or _is_sentence(node.right, constants)
    if isinstance(node, ast.BoolOp):
        return any(_is_sentence(value, constants) for value in node.values)
    if isinstance(node, ast.IfExp):
        return _is_sentence(node.body, constants) or _is_sentence(node.orelse, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_sentence(node.func.value, constants)
    return False


def untyped_raises(paths: list[Path]) -> list[str]:
    """Every `SomeError("sentence")` in `paths` (files or folders), as `path:line: Name(...)`."""
    classes = error_classes([AIDANT_ROOT, *paths])
    found: list[str] = []
    for file in _python_files(paths):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        constants = _module_sentences(tree)
        calls = sorted(
            (node.lineno, name)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and node.args
            and (name := _name(node.func)) in classes
            and _is_sentence(node.args[0], constants)
        )
        found.extend(f"{file}:{line}: {name}(...)" for line, name in calls)
    return found
