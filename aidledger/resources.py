"""Find aidledger's data files and SQL files, in a source checkout and in an installed wheel, and
read a data table (CSV with a header) with one-line errors.

The wheel maps the checkout's top-level ``sql/`` folder into ``aidledger/sql``; data files live in
``aidledger/data`` in both cases.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from aidledger.errors import InputError

_PACKAGE = Path(__file__).resolve().parent


def data_path(name: str = "") -> Path:
    """Path of a file (or the folder, for ``""``) in ``aidledger/data``."""
    return _PACKAGE / "data" / name if name else _PACKAGE / "data"


def sql_dir() -> Path:
    """The folder holding the numbered ``*.sql`` files (installed copy first, then the checkout)."""
    for candidate in (_PACKAGE / "sql", _PACKAGE.parent / "sql"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("aidledger: cannot find the sql/ folder next to the package")


def sql_files() -> list[Path]:
    """The ``*.sql`` files, in the order they are applied (by file name)."""
    return sorted(sql_dir().glob("*.sql"))


def table_rows(path: str | Path, columns: Sequence[str]) -> Iterator[tuple[int, str, dict[str, str]]]:
    """``(line, where, row)`` for each row of the CSV table ``path`` (``where`` is ``path:line``),
    after checking that it exists and has ``columns``: the catalog's tables, the price table, the
    HICP series, bundled or a user's own. Raises :class:`InputError` (a ``ValueError``) for a
    missing or unreadable file, text that is not UTF-8 or not CSV, and missing columns."""
    path = Path(path)
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


def web_address(url: str, where: str) -> str:
    """``url`` of a data file's ``source_url`` column, checked: an http(s) address, or one ``InputError``
    naming the file and line ``where``."""
    if not url.startswith(("http://", "https://")):
        raise InputError(f"source_url must be an http(s) address, not {url!r}", path=where)
    return url
