"""Import rules: only the store package imports duckdb, only plot imports matplotlib, only cli imports typer/click.

Checked on the source with ``ast`` (imports anywhere in a module, lazy ones included).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aidledger"
ONLY = {"duckdb": {"store"}, "matplotlib": {"plot.py"}, "typer": {"cli.py"}, "click": {"cli.py"}}
ONLY.update({"distributed": {"distributed.py"}, "dask": {"distributed.py"}})  # the distributed extra
ONLY["sklearn"] = set()  # the train extra: scripts/train_status.py only; the package applies the weights itself


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_heavy_imports_stay_in_their_module(path):
    rel = str(path.relative_to(PACKAGE))
    owner = path.relative_to(PACKAGE).parts[0]  # a module, or the package that holds it (store/)
    for module in imported_roots(path):
        if module in ONLY:
            assert rel in ONLY[module] or owner in ONLY[module], \
                f"{rel} imports {module}; only {sorted(ONLY[module])} may"


def test_the_owners_do_import_them():
    assert "duckdb" in imported_roots(PACKAGE / "store" / "ledger.py")
    assert "matplotlib" in imported_roots(PACKAGE / "plot.py")
    assert "typer" in imported_roots(PACKAGE / "cli.py")


def test_plot_imports_matplotlib_lazily():
    tree = ast.parse((PACKAGE / "plot.py").read_text(encoding="utf-8"))
    top = {a.name.split(".")[0] for n in tree.body if isinstance(n, ast.Import) for a in n.names}
    top |= {n.module.split(".")[0] for n in tree.body if isinstance(n, ast.ImportFrom) and n.module}
    assert "matplotlib" not in top
