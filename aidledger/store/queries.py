"""The named queries of ``sql/queries/*.sql``, loaded by aiosql.

Each block starts with ``-- name: <identifier><op>``; the comment lines under it are its
docstring. Ops (aiosql's): none = rows, ``^`` = one row, ``$`` = one value, ``!`` = a write,
``#`` = a script of several statements (no parameters). Parameters are named, ``:name``.
These are not migrations: the numbered files of ``sql/`` create the tables and views.

aiosql runs a query on a cursor of the connection it is given; a DuckDB cursor is a second
connection, which sees neither the Arrow tables registered on the first nor its open
transaction. ``SameConnection`` is what the store hands aiosql instead: its cursors run on the
ledger's own connection, and closing one leaves that connection open.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import aiosql
import duckdb

from aidledger.resources import sql_dir


@cache
def queries() -> Any:
    """Every named query of ``sql/queries/*.sql`` (an ``aiosql.Queries``: one method per query,
    each with ``.sql``, its SQL text as DuckDB runs it)."""
    return aiosql.from_path(sql_dir() / "queries", "duckdb", mandatory_parameters=False)


def query_sql(name: str) -> str:
    """The SQL text of the named query ``name``."""
    return getattr(queries(), name).sql


class SameCursor:
    """A DB-API cursor over a DuckDB connection: each statement runs to its end (its rows fetched
    at once, so that the connection is free for the next one), and ``close()`` leaves the
    connection open."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con
        self._rows: list[Any] = []
        self.description: Any = None
        self.rowcount = -1

    def execute(self, sql: str, parameters: Any = None) -> SameCursor:
        result = self._con.execute(sql, parameters or None)
        self.description = result.description
        self._rows = result.fetchall()
        return self

    def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    def close(self) -> None:
        """Leave the connection open (it is the ledger's)."""


class SameConnection:
    """The ledger's connection as aiosql sees it: every cursor runs on the connection itself."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con

    def cursor(self) -> SameCursor:
        return SameCursor(self._con)
