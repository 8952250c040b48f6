"""The docs: every command, option and view documented; links resolve; the Python walk-through runs."""

from __future__ import annotations

import doctest
import re

import pytest
from conftest import ROOT, copy_db

DOCS = ROOT / "docs"
REQUIRED = ["index.md", "cli.md", "sql.md", "python.md", "data-model.md", "plots.md", "methodology.md",
            "limitations.md"]


def _commands():
    import typer.main

    from aidledger.cli import app

    def walk(cmd, prefix):
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                yield from walk(sub, f"{prefix} {name}".strip())
        else:
            yield prefix, cmd

    return dict(walk(typer.main.get_command(app), ""))


@pytest.mark.parametrize("name", REQUIRED)
def test_required_pages_exist(name):
    assert (DOCS / name).read_text(encoding="utf-8").startswith("# ")


def test_every_command_and_option_in_cli_md_and_readme():
    cli = (DOCS / "cli.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in _commands().items():
        assert f"## `aidledger {name}`" in cli, name
        assert f"aidledger {name}" in readme, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("-") and opt not in ("--help", "-h"):
                    assert f"`{opt}" in cli, f"{name} {opt}"


def test_every_view_and_table_is_documented_in_sql_md(ledger):
    sql = (DOCS / "sql.md").read_text(encoding="utf-8")
    internal = {"_aidledger_migrations"}
    documented_elsewhere = {"tracker_items", "tracker_money", "tracker_family_counts", "ledger_family_counts",
                            "tracker_comparison"}  # reconciliation.md
    for name in set(ledger.views()) | set(ledger.tables()):
        if name in internal:
            continue
        where = (DOCS / "reconciliation.md").read_text(encoding="utf-8") if name in documented_elsewhere else sql
        assert f"`{name}`" in where, name


def test_analytics_views_have_columns_and_an_example(ledger):
    sql = (DOCS / "sql.md").read_text(encoding="utf-8")
    for view in ["counted_pledges", "lifecycle", "money_by_donor", "money_share_gdp", "by_donor_category",
                 "by_month_cumulative", "pledge_sources"]:
        section = sql.split(f"### `{view}`", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
        for column in ledger.view(view).columns:
            assert f"`{column}`" in section, f"{view}.{column}"
        if view != "counted_pledges":
            assert f"FROM {view}" in section, f"{view}: no example query"


def test_plot_kinds_documented():
    from aidledger.api import PLOT_KINDS

    plots = (DOCS / "plots.md").read_text(encoding="utf-8")
    cli = (DOCS / "cli.md").read_text(encoding="utf-8")
    for kind in PLOT_KINDS:
        assert f"| `{kind}` |" in plots and f"| `{kind}`" in cli, kind


def test_relative_links_resolve():
    pages = [DOCS / n for n in ("index.md", "cli.md", "python.md", "plots.md", "methodology.md", "limitations.md")]
    for page in [*pages, ROOT / "README.md"]:
        for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).is_file(), f"{page.name} -> {target}"


def test_python_walkthrough_runs(tmp_path, demo_db_template):
    db = copy_db(demo_db_template, tmp_path / "demo.duckdb")  # the demo ledger, through the real extractor
    result = doctest.testfile(str(DOCS / "python.md"), module_relative=False, globs={"db": db},
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted >= 10
