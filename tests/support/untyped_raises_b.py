"""Find errors built from a French sentence instead of a `Text` catalogue member.

`untyped_raises(paths)` parses the given files (or every `.py` under the given folders) and
lists each call to an `AidantError` class (or `super().__init__` inside one) whose first
argument is a sentence: a string literal, an f-string, a concatenation or `%`/`.format` of
them, `str(...)`, or a module-level name bound to a string literal. A `Text` member
(`Catalogue.MEMBER`) or any other expression passes. The error classes are found statically:
every class of the core that derives, directly or not, from `AidantError`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "aidant"


def _python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.py"))
        elif path.suffix == ".py":
            yield path


def _base_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of the classes deriving from `AidantError` (by base name, to a fixed point)."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {n for b in node.bases if (n := _base_name(b)) is not None}
                bases.setdefault(node.name, set()).update(names)
    found = {"AidantError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _string_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a string literal (`BAD_FILE = "…"`)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_literal_text(node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
            and _is_literal_text(node.value)
        ):
            names.add(node.target.id)
    return names


def _is_literal_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "str":
            return True  # str(exc): a sentence made elsewhere
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _is_literal_text(func.value)
    return False


def _is_sentence(node: ast.expr, constants: set[str]) -> bool:
    if isinstance(node, ast.Name):
        return node.id in constants
    return _is_literal_text(node)


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, errors: set[str], constants: set[str]) -> None:
        self.path, self.errors, self.constants = path, errors, constants
        self.classes: list[str] = []
        self.found: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _base_name(node.func)
        if _is_super_init(node) and self.classes and self.classes[-1] in self.errors:
            name = f"{self.classes[-1]} (super().__init__)"
        elif name not in self.errors:
            name = None
        if name is not None and node.args and _is_sentence(node.args[0], self.constants):
            self.found.append(f"{self.path}:{node.lineno}: {name} built from a sentence")
        self.generic_visit(node)


def untyped_raises(paths: list[Path]) -> list[str]:
    """`path:line: Class built from a sentence` for every untyped error in `paths`."""
    files = list(_python_files(paths))
    parsed = {f: ast.parse(f.read_text(encoding="utf-8"), filename=str(f)) for f in files}
    core = [ast.parse(f.read_text(encoding="utf-8")) for f in _python_files([CORE])]
    errors = error_classes([*core, *parsed.values()])
    found: list[str] = []
    for path, tree in parsed.items():
        finder = _Finder(path, errors, _string_constants(tree))
        finder.visit(tree)
        found += finder.found
    return found
