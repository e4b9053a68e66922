"""The house keeps its shape: no import circle, telegram only at the edge, no SQL in handlers.

Imports are read from the source (every `import`, at module level or inside a
function), so a circle hidden behind a function-level import counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "storage")
TELEGRAM_ALLOWED = ("handlers/", "bot/app.py", "bot/localchat/")
MAX_LINES = 500
LONG_ALLOWED = {"bot/texts.py"}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imports(path: Path, module: str, is_package: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path, name, path.name == "__init__.py"):
            # `from handlers import router` names a module; `from bot.x import f` names bot.x.
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            # Importing a.b.c runs a/__init__ and a/b/__init__ first: a package whose __init__
            # imports its own modules is in a circle with every one of them that imports a sibling.
            while imported:
                if imported != name:
                    targets.add(imported)
                imported = imported.rpartition(".")[0]
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_no_import_circle():
    assert _cycles(_graph()) == []


def test_telegram_is_imported_only_at_the_edge():
    offenders = []
    for name, path in _modules().items():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(TELEGRAM_ALLOWED):
            continue
        imported = _imports(path, name, path.name == "__init__.py")
        if any(i == "telegram" or i.startswith("telegram.") for i in imported):
            offenders.append(rel)
    assert offenders == []


def test_handlers_never_import_sqlalchemy():
    offenders = []
    for name, path in _modules().items():
        if not name.startswith("handlers"):
            continue
        imported = _imports(path, name, path.name == "__init__.py")
        if any(i == "sqlalchemy" or i.startswith("sqlalchemy.") or i.startswith("storage.") for i in imported):
            offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []


def test_no_module_is_too_long_to_read_in_one_sitting():
    long = []
    for path in list((ROOT / "bot").rglob("*.py")) + list((ROOT / "handlers").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and rel not in LONG_ALLOWED:
            long.append(f"{rel}: {lines}")
    assert long == []
