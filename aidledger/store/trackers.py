"""Other trackers beside the ledger: Kiel and Oryx imports, and the comparison with them."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl

from aidledger import ledger as ledger_mod
from aidledger.model import Problem
from aidledger.store.reading import ReadingMixin
from aidledger.store.reports import ImportReport

#: The table an import writes -> the named query replacing its rows.
_REPLACE_QUERIES = {"tracker_items": "replace_tracker_items", "tracker_money": "replace_tracker_money"}


def _csv_header(path: str | Path) -> set[str]:
    """The column names of a CSV file's first line (empty when unreadable)."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
            return {h.strip() for h in next(csv.reader(handle), [])}
    except OSError:
        return set()


class TrackersMixin(ReadingMixin):
    """``import_kiel``, ``import_oryx``, ``tracker_frame`` and ``compare``."""

    def _import_tracker(self, source: str, path: str | Path, frame: pl.DataFrame,
                        problems: list[Problem], *, table: str, tracker: str) -> ImportReport:
        self._require_write()
        report = ImportReport(source=source, path=str(path), table=table, problems=list(problems))
        args = pl.DataFrame({"tracker": [tracker], "source_file": [str(path)]})
        with self._registered(incoming_tracker=frame.to_arrow(), incoming_args=args.to_arrow(),
                              incoming_problems=ledger_mod.problems_frame(problems).to_arrow()), \
                self.transaction():
            report.replaced = int(self._q("tracker_rows", table=table, tracker=tracker) or 0)
            self._q("delete_tracker_problems", table=table)
            self._q(_REPLACE_QUERIES[table])
        report.rows = frame.height
        return report

    def import_kiel(self, path: str | Path) -> ImportReport:
        """Import a Kiel Ukraine Support Tracker file: ``weapons.csv`` into ``tracker_items``, or
        ``data_explorer.csv`` (money per donor and month; told apart by its header) into
        ``tracker_money``. An import replaces every row of the earlier Kiel import of the same
        kind (one release at a time, so counts are never doubled), and its problems. Raises
        ``InputError`` for a missing file or one in neither format."""
        from aidledger.trackers import kiel

        if _csv_header(path) >= {"country", "year", "month", "total"}:
            frame, problems = kiel.read_data_explorer(path)
            return self._import_tracker("kiel-money", path, frame, problems, table="tracker_money",
                                        tracker="kiel")
        frame, problems = kiel.read_weapons(path)
        return self._import_tracker("kiel", path, frame, problems, table="tracker_items", tracker="kiel")

    def import_oryx(self, path: str | Path) -> ImportReport:
        """Import an Oryx-style ``donated_vehicles.csv`` into ``tracker_items`` (replacing the
        rows and problems of the earlier Oryx import)."""
        from aidledger.trackers import oryx

        frame, problems = oryx.read_donated(path)
        return self._import_tracker("oryx", path, frame, problems, table="tracker_items", tracker="oryx")

    def tracker_frame(self, tracker: str) -> pl.DataFrame:
        """The ``tracker_items`` rows of one tracker, as the frame its reader gives."""
        from aidledger.trackers import kiel, oryx

        schema = {"kiel": kiel.WEAPONS_SCHEMA, "oryx": oryx.DONATED_SCHEMA}[tracker]
        frame = self._frame("tracker_items_of", tracker=tracker).select(list(schema))
        return frame.cast(schema)  # type: ignore[arg-type]

    def compare(self, *, threshold: float = 0) -> dict[str, pl.DataFrame]:
        """The ledger beside the imported Kiel and Oryx rows, per donor x catalog family.

        The ledger side is ``pledge_events`` (each pledge counted once; running totals left
        out). Keys: ``pairs``, ``differences``, ``gaps``, ``unmatched``, ``reasons`` (see
        ``aidledger.trackers.compare``)."""
        from aidledger.trackers import compare_frames

        events = self._frame("events_for_compare")
        result = compare_frames(events, self.tracker_frame("kiel"), self.tracker_frame("oryx"),
                                threshold=threshold)  # type: ignore[arg-type]
        return dict(result._asdict())
