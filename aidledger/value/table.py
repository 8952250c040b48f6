"""Read a data table (CSV with a header) of the valuation: the price table, the HICP series.

One reader for both, so a user's own file gets the same one-line errors whatever table it is:
missing file, not UTF-8, not CSV, missing columns, each naming the file (and the line).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from aidledger.errors import InputError


def table_rows(path: Path, columns: Sequence[str]) -> Iterator[tuple[int, str, dict[str, str]]]:
    """``(line, where, row)`` for each row of the CSV table ``path`` (``where`` is ``path:line``),
    after checking that it exists and has ``columns``. Raises :class:`InputError` for a missing
    or unreadable file, text that is not UTF-8 or not CSV, and missing columns."""
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=str(path)) from None
    with handle:
        try:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"missing column(s): {', '.join(missing)}", path=str(path))
            for line, row in enumerate(reader, start=2):
                yield line, f"{path}:{line}", row
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", path=str(path)) from None
        except csv.Error as exc:
            raise InputError(f"not a CSV file ({exc})", path=str(path)) from None
