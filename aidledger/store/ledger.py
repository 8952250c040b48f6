"""``Ledger``: a DuckDB database with the aidledger tables and views, and ``open_ledger``.

Opening a database for writing applies the numbered ``sql/*.sql`` files (``schema``), loads the
bundled ECB rates when ``fx_rates`` is empty (``fx``) and the systems catalog when ``systems`` is
(``catalog``), and refreshes the events when another client wrote pledges (``refresh``).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from aidledger.errors import StoreError, describe_failure
from aidledger.store.fx import FxMixin
from aidledger.store.ingest import IngestMixin
from aidledger.store.schema import MIGRATIONS_TABLE
from aidledger.store.trackers import TrackersMixin
from aidledger.store.writing import WritingMixin

DEFAULT_DB = "aidledger.duckdb"
#: The storage format a new database file is written in: that of DuckDB 1.1, so that every DuckDB
#: client from 1.1 on (Python, R, the duckdb CLI) opens the file (docs/sql.md, tests/test_citable.py).
STORAGE_VERSION = "v1.1.0"


class Ledger(IngestMixin, WritingMixin, FxMixin, TrackersMixin):
    """A DuckDB database with the aidledger tables and views.

    Open one with ``Ledger.open(path)`` (or ``aidledger.open_ledger``); ``path=None`` gives an
    in-memory database. Use it as a context manager, or call ``close()``.
    """

    #: What opening for writing upgraded: the ``sql/*.sql`` files applied and other migrations
    #: (``SchemaMixin.migrate``); empty when the database was up to date or is read-only.
    migrated: list[str] = []  # noqa: RUF012 (replaced, never mutated)

    def __enter__(self) -> Ledger:
        return self

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False,
             load_rates: bool = True) -> Ledger:
        """Open (and, unless read-only, create or upgrade) the database at ``path``.

        Raises ``StoreError`` when a read-only database does not exist, the file is not a DuckDB
        database, or it holds other tables but is not an aidledger database (code AL401).
        """
        target = ":memory:" if path is None or str(path) == ":memory:" else str(path)
        if target != ":memory:":
            p = Path(target)
            if p.is_dir():
                raise StoreError(f"{target}: is a folder, not a database file")
            if read_only and not p.is_file():
                raise StoreError(f"{target}: no such database (run `aidledger ingest` first)")
        config = {} if read_only or target == ":memory:" else {"storage_compatibility_version": STORAGE_VERSION}
        try:
            con = duckdb.connect(target, read_only=read_only and target != ":memory:", config=config)
        except duckdb.Error as exc:  # not a DuckDB file, a damaged one, a lock held by another process
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            said = describe_failure(exc)  # a lock held by another process, a damaged file
            raise StoreError(f"{target}: {said or f'cannot open as a DuckDB database ({first})'}") from None
        self = cls(con, path=target, read_only=read_only)
        try:
            self._use_internal_schema()
            names = set(self._relations())
            if read_only:
                if MIGRATIONS_TABLE not in names:
                    raise StoreError(f"{target}: AL401 not an aidledger database (no {MIGRATIONS_TABLE})")
                stale = self.stale_files()
                if stale:  # its tables, views and totals are another version's: never read as this one's
                    raise StoreError(
                        f"{target}: AL402 written by another version of aidledger ({len(stale)} schema file(s) "
                        f"differ, first {stale[0]}): run `aidledger migrate --db {target}` once to upgrade it")
            else:
                if names and MIGRATIONS_TABLE not in names:
                    raise StoreError(f"{target}: AL401 not an aidledger database (it has other tables)")
                self.migrated = self.migrate()
                self._prepare(migrated=bool(self.migrated), load_rates=load_rates)
        except BaseException:
            con.close()
            raise
        return self

    def _prepare(self, *, migrated: bool, load_rates: bool) -> None:
        """After the migrations of an open for writing: clear what a killed ingest left, load the
        rates and the catalog into empty tables, refresh events written by another client."""
        self._use_internal_schema()
        if self._q("staging_rows"):
            self._q("clear_staging")  # left by a killed ingest
        if load_rates and self._q("fx_rates_loaded") == 0:
            from aidledger import rates

            self.load_rates(rates.read_bundled(), source=rates.BUNDLED_NAME)
        if self._q("systems_count") == 0:
            self.load_systems()
        n_pledges, n_mentions, _ = self._derived_rows()
        if n_pledges != n_mentions or (migrated and n_pledges):
            with self.transaction():  # written by another client, or a new schema
                self.refresh_events()


def open_ledger(path: str | Path | None = None, *, read_only: bool = False) -> Ledger:
    """Open the ledger database at ``path`` (``None``: in memory), creating it if needed."""
    return Ledger.open(path, read_only=read_only)
