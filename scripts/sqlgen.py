"""What the scripts that write an ``sql/`` file share (gen_gdp_sql.py, gen_prices_sql.py,
gen_comments_sql.py, gen_hicp_sql.py): quoting a SQL string literal, and writing the file or checking that it is
up to date (``--check``: exit 1 when it is not)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def quote(text: str) -> str:
    """``text`` as a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


# The source columns every generated table of citable figures ends with (prices, HICP).
SOURCE_COLUMNS = """\
    source_title     VARCHAR NOT NULL,
    source_publisher VARCHAR NOT NULL,
    source_year      INTEGER NOT NULL,
    source_url       VARCHAR NOT NULL
"""


def source_values(row) -> list[str]:
    """The source columns of ``row`` (``source_title``, ``source_publisher``, ``source_year``,
    ``source_url`` attributes) as SQL values."""
    return [quote(row.source_title), quote(row.source_publisher), str(row.source_year), quote(row.source_url)]


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
