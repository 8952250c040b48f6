"""Reading a ledger: SQL of one's own, views and tables as polars frames, counts, the as-of date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import duckdb
import polars as pl

from aidledger.errors import InputError
from aidledger.store.schema import SchemaMixin


class ReadingMixin(SchemaMixin):
    """What ``aidledger sql``, the views and the Python API read."""

    def sql(self, query: str, params: dict[str, Any] | Sequence[Any] | None = None) -> pl.DataFrame:
        """Run one SQL statement; its result as a polars frame (empty for statements without one)."""
        try:
            rel = self.con.sql(query, params=params) if params else self.con.sql(query)
            return pl.DataFrame() if rel is None else rel.pl()
        except duckdb.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f"SQL error: {message}") from None

    def relation(self, name: str) -> duckdb.DuckDBPyRelation:
        """The view or table ``name`` of the main schema as a DuckDB relation (``.pl()`` gives a
        polars frame through Arrow); ``InputError`` naming the views when there is none."""
        if name not in self._relations():
            raise InputError(f"no view or table named {name!r}; views: {', '.join(self.views())}")
        return self.con.table(name)

    def view(self, name: str) -> pl.DataFrame:
        """Every row of a view (or table) by name."""
        return self.relation(name).pl()

    def pledges(self, *, fx: bool = False) -> pl.DataFrame:
        """The ledger (``LEDGER_SCHEMA``); with ``fx=True`` the ``pledges_fx`` view instead."""
        return self._frame("pledges_fx_in_order" if fx else "pledges_in_order")

    def documents(self) -> pl.DataFrame:
        return self._frame("documents_in_order")

    def problems(self) -> pl.DataFrame:
        return self._frame("problems_in_order")

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, pledges, problems, fx_rates."""
        frame = self._frame("counts")
        return {k: int(v) for k, v in frame.row(0, named=True).items()}

    def as_of(self) -> dt.date | None:
        """The latest publication date among the documents (the ledger's as-of date)."""
        return self._q("as_of")

    def value_constant(self, base_year: int) -> pl.DataFrame:
        """Money plus value per donor in constant euros of ``base_year`` (``value_by_donor_constant``)."""
        try:
            return self._frame("value_by_donor_constant", base_year=base_year)
        except duckdb.CatalogException:  # a database written before sql/420_constant_eur.sql, opened read-only
            raise InputError(f"{self.path}: this database predates constant euros: open it for writing once to "
                             "upgrade it (any `aidledger sql --write` statement, or an ingest)") from None

    def gdp_eur(self) -> dict[str, float]:
        """Each donor's GDP in euros (table ``gdp``), for the share-of-GDP chart."""
        return dict(self._rows("gdp_eur"))

    def document_texts(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """doc_id -> stored text of those of ``doc_ids`` stored with their text."""
        return dict(self._rows("document_texts", ids=list(doc_ids)))
