"""No import circle anywhere in dlviz/: every ``import`` and ``from`` statement of every
module, those inside functions (and under ``if TYPE_CHECKING:``) included, resolved to
the dlviz modules it names. A circle fails the test and is named, module by module."""

from __future__ import annotations

import ast
from pathlib import Path

import dlviz

ROOT = Path(dlviz.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in ROOT.rglob("*.py")}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The dlviz modules ``name`` (at ``path``) imports, wherever the statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # ``from pkg import sub`` imports the module pkg.sub; ``from mod import name``, mod.
            targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in known:  # ``import dlviz.ui.app`` names dlviz.ui.app
                t = t.rpartition(".")[0]
            if t and t != name:
                out.add(t)
    return out


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def find_cycle(g: dict[str, set[str]]) -> list[str] | None:
    """One import circle (its modules, the first repeated at the end), or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(g, WHITE)
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        colour[n] = GREY
        stack.append(n)
        for m in sorted(g[n]):
            if colour[m] == GREY:
                return stack[stack.index(m):] + [m]
            if colour[m] == WHITE:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        colour[n] = BLACK
        return None

    for n in sorted(g):
        if colour[n] == WHITE:
            found = visit(n)
            if found:
                return found
    return None


def all_cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on, stack, out = set(), [], []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(g):
        if v not in index:
            strong(v)
    return sorted(out)


def test_the_graph_sees_imports_inside_functions_and_relative_ones():
    g = graph()
    assert "dlviz.ui.main_window" in g["dlviz.ui.app"]  # ``from .main_window import MainWindow`` in run_app
    assert "dlviz.config" in g["dlviz.ui.main_window"]  # ``from ..config import Config``
    assert "dlviz.ui.views.loss" in g["dlviz.ui.views"]  # the package's __init__
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert all_cycles({"a": {"b"}, "b": {"a"}, "c": {"c"} - {"c"}}) == [["a", "b"]]


def test_no_import_circle_in_dlviz():
    g = graph()
    cycle = find_cycle(g)
    assert cycle is None, "import circle: " + " -> ".join(cycle) + "\nall circles: " + "; ".join(
        " ".join(c) for c in all_cycles(g))


def test_no_private_name_is_imported_across_modules():
    """``from x import _name`` ties a module to another's insides: a shared helper is public."""
    bad = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                bad += [f"{name}: from {'.' * node.level}{node.module or ''} import {a.name}"
                        for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    assert not bad, "\n".join(bad)


def test_the_views_independence_contract_lists_every_registered_view():
    """pyproject.toml's "Views are independent" contract names each registered view's module."""
    import tomllib

    from dlviz.ui.viewspec import VIEWS

    config = tomllib.loads((ROOT.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "independence"
                    and c["name"].startswith("Views are independent"))
    assert {spec.module for spec in VIEWS.values()} <= set(contract["modules"])
    assert "dlviz.ui.views.schedule" in contract["modules"]  # (it was missing)
