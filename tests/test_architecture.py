"""The shape of the house: no import circle between modules, and no loose module in the domain
root (import-linter checks the floors and the front ends; see pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import grimp

PACKAGES = ("aidant", "crypto", "ui")
ROOT = Path(__file__).resolve().parent.parent


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m.split(".")[0] in PACKAGES)
    edges = {
        m: sorted(d for d in graph.find_modules_directly_imported_by(m) if d in modules)
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in modules:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, pos = work.pop()
            if pos == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            for i in range(pos, len(edges[node])):
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((node, i + 1))
                    work.append((nxt, 0))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    return found


def test_no_import_cycle_between_modules() -> None:
    graph = grimp.build_graph(*PACKAGES)
    assert _cycles(graph) == []


def test_the_cycle_finder_sees_a_circle() -> None:
    graph = grimp.ImportGraph()
    for name in ("aidant.a", "aidant.b", "aidant.c"):
        graph.add_module(name)
    graph.add_import(importer="aidant.a", imported="aidant.b")
    graph.add_import(importer="aidant.b", imported="aidant.c")
    graph.add_import(importer="aidant.c", imported="aidant.a")
    assert _cycles(graph) == [["aidant.a", "aidant.b", "aidant.c"]]


def test_the_domain_root_holds_only_packages() -> None:
    loose = sorted(
        p.name
        for p in (ROOT / "aidant").glob("*.py")
        if p.name not in ("__init__.py", "__main__.py")
    )
    assert loose == []


def test_front_ends_open_no_transaction() -> None:
    # Screens and commands ask services; a unit of work belongs to the service that owns it.
    calls = []
    for folder in (ROOT / "ui", ROOT / "aidant" / "cli", ROOT / "aidant" / "pdf"):
        for path in sorted(folder.rglob("*.py")):
            for line_no, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
                if ".transaction()" in line:
                    calls.append(f"{path.relative_to(ROOT)}:{line_no}")
    assert calls == []


def _asserts(source: str, name: str) -> list[int]:
    """Line numbers of the `assert` statements in `source`."""
    import ast

    return [n.lineno for n in ast.walk(ast.parse(source, name)) if isinstance(n, ast.Assert)]


def test_no_assert_in_production_code() -> None:
    # `python -O` removes assert statements: a check that matters must raise instead.
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in _asserts(path.read_text("utf-8"), str(path))
    ]
    assert found == [], f"assert statements in production code: {found}"


def test_the_assert_finder_sees_one() -> None:
    assert _asserts("def f(x):\n    assert x\n", "sample.py") == [2]
