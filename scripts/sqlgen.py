"""What the scripts that write an ``sql/`` file share (gen_gdp_sql.py, gen_prices_sql.py,
gen_comments_sql.py): quoting a SQL string literal, and writing the file or checking that it is
up to date (``--check``: exit 1 when it is not)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def quote(text: str) -> str:
    """``text`` as a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def values_rows(rows: Sequence[Sequence[str]]) -> str:
    """The rows of an ``INSERT ... VALUES`` (each value already SQL), one per line."""
    return ",\n".join(f"    ({', '.join(row)})" for row in rows)


def write_or_check(target: Path, render: Callable[[], str], argv: Sequence[str], script: str) -> int:
    """Write ``render()`` into ``target``; with ``--check`` in ``argv``, only say whether ``target``
    holds it already (1 when it does not: run ``script``)."""
    text = render()
    if "--check" in argv:
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is out of date: run python {script}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0
