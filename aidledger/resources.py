"""Find aidledger's data files and SQL files, in a source checkout and in an installed wheel.

The wheel maps the checkout's top-level ``sql/`` folder into ``aidledger/sql``; data files live in
``aidledger/data`` in both cases.
"""

from __future__ import annotations

from pathlib import Path

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
