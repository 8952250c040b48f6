"""What the store's writes report: ``IngestReport``, ``ImportReport``, ``RatesReport``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from aidledger.errors import ERROR_CODES
from aidledger.model import Problem

SKIPPED_LINE_CODES = frozenset({"AL103", "AL104"})
#: An IngestReport keeps the first this many problems (and the first of every other code); all
#: of them are in the ``problems`` table, and counted in ``IngestReport.problem_counts``.
REPORT_PROBLEMS = 1000


@dataclass(slots=True)
class IngestReport:
    """What an ingest did.

    Attributes:
        db: the database path (``:memory:`` for an in-memory one).
        documents: documents written; replaced: how many of them replaced earlier rows (the
            document changed: other text or publication date).
        unchanged: documents already stored with the same content hash and publication date,
            skipped (their rows are left exactly as they were).
        pledges: pledge records (mentions) written.
        problems: the first ``REPORT_PROBLEMS`` problems found (reading and extracting), and the
            first one of every other code; all of them are stored in the ``problems`` table.
        problem_counts: every problem found, counted by code.
        skipped_lines: JSONL lines skipped (codes AL103, AL104).
        run_id: the id of the run (its rows were staged under it, then published).
    """

    db: str
    documents: int = 0
    replaced: int = 0
    pledges: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped_lines: int = 0
    unchanged: int = 0
    problem_counts: dict[str, int] = field(default_factory=dict)
    run_id: str = ""

    @property
    def errors(self) -> list[Problem]:
        """The errors among ``problems`` (``n_errors`` counts them all)."""
        return [p for p in self.problems if p.code in ERROR_CODES]

    @property
    def n_problems(self) -> int:
        """Every problem found (``problems`` may hold only the first ones)."""
        return sum(self.problem_counts.values())

    @property
    def n_errors(self) -> int:
        return sum(n for code, n in self.problem_counts.items() if code in ERROR_CODES)

    def note(self, problem: Problem) -> None:
        """Count a problem; keep it when fewer than ``REPORT_PROBLEMS`` are kept or its code is new."""
        seen = problem.code in self.problem_counts
        self.problem_counts[problem.code] = self.problem_counts.get(problem.code, 0) + 1
        if len(self.problems) < REPORT_PROBLEMS or not seen:
            self.problems.append(problem)
        if problem.code in SKIPPED_LINE_CODES:
            self.skipped_lines += 1


@dataclass(slots=True)
class ImportReport:
    """What a tracker import did (``Ledger.import_kiel``, ``Ledger.import_oryx``).

    Attributes:
        source: ``kiel`` (weapons.csv), ``kiel-money`` (data_explorer.csv) or ``oryx``.
        path: the file imported.
        table: the table written (``tracker_items`` or ``tracker_money``).
        rows: rows written; replaced: rows of an earlier import of the same source removed.
        problems: every problem about the file (``doc_id`` is ``file:line``), also stored in
            the ``problems`` table.
    """

    source: str
    path: str
    table: str
    rows: int = 0
    replaced: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.code in ERROR_CODES]


#: ``progress(done, total)``: documents done so far, and the total when it is known.
Progress = Callable[[int, "int | None"], None]


@dataclass(frozen=True, slots=True)
class RatesReport:
    """The rate file loaded into ``fx_rates``.

    Attributes:
        source: file name; n_rates: rows in fx_rates (EUR rows included);
        first_date, last_date: the range of ECB days; currencies: number of currencies.
    """

    source: str
    n_rates: int
    first_date: dt.date | None
    last_date: dt.date | None
    currencies: int
