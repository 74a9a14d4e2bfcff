"""The installed package's shape: no import cycles, small modules, layers kept apart.

Imports are read from the source (every ``import`` statement, inside functions too, since a
function-level import only hides a cycle, it does not remove it); only imports under
``if TYPE_CHECKING:`` are left out, as they never run.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Source folder -> the import name it installs as (pyproject.toml's package-dir mapping).
PACKAGES = {"cleaning": "zhclean", "rules": "zhclean.rules", "validation": "zhclean.validation"}
MAX_MODULE_LINES = 500


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder, name in PACKAGES.items():
        base = ROOT / folder
        for path in sorted(base.rglob("*.py")):
            parts = list(path.relative_to(base).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            module = ".".join([name, *parts])
            # cleaning/ holds zhclean itself; rules/ and validation/ are mapped separately
            if folder == "cleaning" and parts and parts[0] in ("rules", "validation"):
                continue
            found[module] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST):
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str) -> set[str]:
    """The package modules ``module`` imports (a ``from X import y`` names X.y if that is a module)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            target = _resolve(module, path.name == "__init__.py", node)
            targets = [f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target for a in node.names]
        out.update(t for t in targets if t in MODULES and t != module)
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


GRAPH = {m: imports_of(m) for m in MODULES}


def test_the_tree_is_read():
    # guards the test itself: the mapping finds the modules and their imports
    assert "zhclean.pipeline" in MODULES and "zhclean.rules.chrome.vocab" in MODULES
    assert "zhclean.rule" in GRAPH["zhclean.pipeline"]


def test_no_import_cycles():
    cycles = _cycles(GRAPH)
    assert not cycles, "import cycles (break them; an import inside a function still counts):\n" + "\n".join(
        " <-> ".join(c) for c in cycles)


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_core_never_imports_validation():
    """validation builds on the core; the command line finds its commands by entry point."""
    offenders = {m: sorted(t for t in targets if t.startswith("zhclean.validation"))
                 for m, targets in GRAPH.items() if not m.startswith("zhclean.validation")}
    assert not {m: t for m, t in offenders.items() if t}


def test_rules_never_import_the_engine():
    """Rules see only the contract (rule, model, dates, selection-free helpers), not I/O or the pipeline."""
    engine = {"zhclean.pipeline", "zhclean.runner", "zhclean.readers", "zhclean.writers", "zhclean.cli",
              "zhclean.registry"}
    offenders = {m: sorted(GRAPH[m] & engine) for m in GRAPH if m.startswith("zhclean.rules")}
    assert not {m: t for m, t in offenders.items() if t}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_is_small(module):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{MODULES[module].relative_to(ROOT)} has {lines} lines; split it by concept"


def test_every_package_is_installed():
    """A sub-package missing from pyproject.toml works in a checkout and vanishes from a wheel."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    packages = {m for m, p in MODULES.items() if p.name == "__init__.py"}
    assert packages == declared, f"add to [tool.setuptools] packages: {sorted(packages - declared)}; " \
                                 f"not packages: {sorted(declared - packages)}"
