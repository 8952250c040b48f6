"""The systems catalog (``aidledger.catalog``) in the ``systems`` table."""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any

import polars as pl

from aidledger.store.refresh import RefreshMixin

SYSTEMS_SCHEMA = pl.Schema({
    "name": pl.String, "family": pl.String, "category": pl.String, "origin": pl.List(pl.String),
    "manufacturer": pl.String, "operators": pl.List(pl.String), "aliases": pl.List(pl.String),
    "calibre_mm": pl.Float64, "range_km": pl.Float64, "quantity_unit": pl.String, "generic": pl.Boolean,
    "source": pl.String,
})


def _codes(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _magnitude(value: Any, unit: str) -> float | None:
    if value is None:
        return None
    if hasattr(value, "to"):
        return float(value.to(unit).magnitude)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.strip():
        from aidledger.units import Q_

        return float(Q_(value).to(unit).magnitude)
    return None


def systems_frame() -> pl.DataFrame | None:
    """The catalog as a ``systems`` frame, or None (with a warning) when it cannot be read.

    Built once per catalog (``load_catalog()`` returns the same one for the life of the process):
    every ingest compares the ``systems`` table with it, and building it converts each calibre and
    range with pint (about 0.1 s)."""
    from aidledger.catalog import load_catalog

    try:
        return _frame_of(load_catalog())
    except Exception as exc:  # a catalog that cannot be read: warn, keep the old table
        warnings.warn(f"aidledger: systems catalog not loaded ({type(exc).__name__}: {exc})", stacklevel=2)
        return None


@lru_cache(maxsize=4)
def _frame_of(catalog: Any) -> pl.DataFrame:
    """The ``systems`` frame of one catalog (a polars frame is not changed in place: one serves every
    caller)."""
    rows: dict[str, list[Any]] = {name: [] for name in SYSTEMS_SCHEMA}
    seen: set[str] = set()
    for s in catalog.systems:
        name = str(s.name)
        if name in seen:
            continue
        seen.add(name)
        rows["name"].append(name)
        for attr in ("family", "category", "manufacturer", "quantity_unit", "source"):
            rows[attr].append(_text(getattr(s, attr, None)))
        for attr in ("origin", "operators", "aliases"):
            rows[attr].append(_codes(getattr(s, attr, None)))
        rows["generic"].append(bool(getattr(s, "generic", False)))
        rows["calibre_mm"].append(_magnitude(getattr(s, "calibre", None), "mm"))
        rows["range_km"].append(_magnitude(getattr(s, "range", None), "km"))
    return pl.DataFrame(rows, schema=SYSTEMS_SCHEMA)


class CatalogMixin(RefreshMixin):
    """``Ledger.load_systems``."""

    def load_systems(self) -> int:
        """Replace ``systems`` with the catalog (and refresh the events, which group variants by
        family) in one transaction; 0 (and no change) when the catalog cannot be read."""
        self._require_write()
        frame = systems_frame()
        if frame is None:
            return 0
        with self._registered(incoming_systems=frame.to_arrow()), self.transaction():
            self._q("replace_systems")
            self.refresh_events()
        return frame.height
