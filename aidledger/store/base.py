"""The connection under a ``Ledger``: running named queries, transactions, registered frames.

Every mixin of the store (``schema``, ``reading``, ``writing``, ``refresh``, ``ingest``, ``fx``,
``trackers``, ``catalog``) builds on ``LedgerBase``; ``aidledger.store.ledger.Ledger`` joins them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb
import polars as pl

from aidledger.errors import StoreError
from aidledger.store.queries import SameConnection, queries, query_sql


class LedgerBase:
    """One DuckDB connection with the named queries of ``sql/queries`` run on it."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._same = SameConnection(con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({self.path!r}, read_only={self.read_only})"

    # -- named queries -----------------------------------------------------------------------

    def _q(self, name: str, /, **params: Any) -> Any:
        """Run the named query ``name`` (as aiosql does for its op: rows, a row, a value...)."""
        return getattr(queries(), name)(self._same, **params)

    def _frame(self, name: str, /, **params: Any) -> pl.DataFrame:
        """The result of the named query ``name`` as a polars frame (through Arrow)."""
        sql = query_sql(name)
        return (self.con.sql(sql, params=params) if params else self.con.sql(sql)).pl()

    def _rows(self, name: str, /, **params: Any) -> list[Any]:
        return list(self._q(name, **params))

    def _relations(self) -> dict[str, str]:
        """Tables and views of the main schema: name -> kind (``base table``, ``view``)."""
        return dict(self._rows("list_relations"))

    # -- transactions and frames -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: commit at the end, roll back on any exception."""
        self.con.begin()
        try:
            yield
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    @contextmanager
    def _registered(self, **tables: Any) -> Iterator[None]:
        """Arrow tables visible to SQL under the given names while the block runs."""
        for name, table in tables.items():
            self.con.register(name, table)
        try:
            yield
        finally:
            for name in tables:
                self.con.unregister(name)

    def _require_write(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
