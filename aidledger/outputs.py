"""Output files written safely: every file a command writes goes through ``writing``.

Three rules, the same for ``extract -o``, ``export -o``, ``plot -o``, ``demo --out`` and the
Python functions behind them (``docs/reliability.md``):

1. **An output is never an input.** The file to write may not be one of the files the command
   reads, nor its database (or the database's ``.wal``). Paths are compared after resolving
   symbolic links, and existing files also by device and inode (hard links): ``OutputRefused``.
2. **An existing file is replaced only when asked** (``force=True``, the ``--force`` option):
   otherwise ``OutputRefused``, and the file is left as it is. A DuckDB database (a ledger) is
   never replaced by an export, a chart or extracted records, even with ``force``; only ``demo``
   rebuilds its own database.
3. **All or nothing.** The data goes to a temporary file next to the target (same folder, so the
   same file system), flushed to disk, then renamed over the target in one step. A failed or
   interrupted write removes the temporary file and leaves the old file as it was.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> with writing(folder / "out.csv") as tmp:
...     _ = tmp.write_text("a,b\\n")
>>> (folder / "out.csv").read_text()
'a,b\\n'
>>> with writing(folder / "out.csv") as tmp:
...     pass
Traceback (most recent call last):
aidledger.errors.OutputRefused: ...out.csv: file exists (add --force to replace it)
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aidledger.errors import OutputRefused

__all__ = ["check_not_input", "check_output", "is_database", "protected", "writing"]


def protected(paths: Iterable[str | Path] = (), *, db: str | Path | None = None) -> list[Path]:
    """The files an output may not be: ``paths`` (files; the files a folder holds are listed by
    the caller), and the database ``db`` with its write-ahead log."""
    out = [Path(p) for p in paths]
    if db is not None and str(db) != ":memory:":
        db = Path(db)
        out += [db, db.with_name(db.name + ".wal")]
    return out


def _same(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_not_input(target: str | Path, inputs: Iterable[str | Path]) -> None:
    """``OutputRefused`` when ``target`` is one of ``inputs`` (rule 1; also for ``ingest --db``)."""
    path = Path(target)
    for other in inputs:
        if _same(path, Path(other)):
            raise OutputRefused(f"is also an input of this command ({other}); write elsewhere", path=str(path))


def is_database(path: Path) -> bool:
    """True when ``path`` is a DuckDB database file (its header says ``DUCK``)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def check_output(target: str | Path, *, inputs: Iterable[str | Path] = (), force: bool = False,
                 database: bool = False) -> Path:
    """``target`` resolved (symbolic links followed), once it passes rules 1 and 2.

    Raises ``OutputRefused`` (exit 2) when ``target`` is one of ``inputs``, a folder, a DuckDB
    database (unless ``database``: the output is itself a database), an existing file without
    ``force``, or in a folder that does not exist.
    """
    path = Path(target)
    check_not_input(path, inputs)
    real = path.resolve()
    if real.is_dir():
        raise OutputRefused("is a folder; give a file name", path=str(path))
    if not database and is_database(real):
        raise OutputRefused("is a DuckDB database; an output never replaces one, even with --force",
                            path=str(path))
    if (real.exists() or path.is_symlink()) and not force:
        raise OutputRefused("file exists (add --force to replace it)", path=str(path))
    if not real.parent.is_dir():
        raise OutputRefused("folder does not exist", path=str(path.parent))
    return real


def temporary_name(real: Path) -> Path:
    """A fresh name next to ``real`` that keeps its suffix (writers choose a format by suffix)."""
    return real.with_name(f".{real.stem}.{secrets.token_hex(4)}.tmp{real.suffix}")


@contextmanager
def writing(target: str | Path, *, inputs: Iterable[str | Path] = (), force: bool = False,
            database: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` (``check_output`` first).

    The temporary file does not exist yet: the caller creates it (``open(tmp, "w")``, a library's
    ``write_csv(tmp)``, ``savefig(tmp)``, a DuckDB database). When the block raises (or is
    interrupted), the temporary file and its ``.wal`` are removed and ``target`` is untouched.
    """
    real = check_output(target, inputs=inputs, force=force, database=database)
    tmp = temporary_name(real)
    try:
        yield tmp
        if not tmp.exists():
            raise OutputRefused("the writer made no file", path=str(target))
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, real)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
