"""Charts of the ledger: the only module that imports matplotlib (lazily, inside functions).

Every function takes a frame of pledges with converted money (the ``pledges_fx`` view, e.g.
``ledger.pledges(fx=True)``) and returns a ``matplotlib.figure.Figure``. Figures are built
without pyplot on the Agg canvas, so nothing is ever shown and no global state changes.

- ``plot_totals(frame, by="donor"|"system"|"category", measure="units"|"eur"|"usd")``:
  horizontal bars stacked by status, largest first, the top N then one "others" bar.
- ``plot_by_donor``, ``plot_by_system``, ``plot_by_category``: the same, by one key.
- ``plot_overview``: two panels side by side, equipment (units) and money (EUR).
- ``save(fig, path)``: PNG, SVG or PDF by the file's suffix.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from aidledger.model import STATUSES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SOURCE_NOTE = "Source: aidledger, pledges extracted from news text; money at ECB euro reference rates."
STATUS_COLOURS = {
    "pledged": "#4c78a8",
    "delivered": "#2ca02c",
    "funded": "#f2a93b",
    "considering": "#bab0ac",
    "refused": "#d62728",
}
MEASURES = {
    # measure: (axis label, divisor, number format)
    "units": ("Equipment (number of items)", 1.0, "{:,.0f}"),
    "eur": ("Money (EUR million)", 1e6, "{:,.1f}"),
    "usd": ("Money (USD million)", 1e6, "{:,.1f}"),
}
KEYS = {"donor": "donor", "system": "system", "category": "category"}
OTHERS = "others"


def _label(key: str, value: str) -> str:
    if key == "donor" and len(value) == 3:
        try:
            import pycountry

            country = pycountry.countries.get(alpha_3=value)
        except (ImportError, LookupError, KeyError):
            country = None
        if country is not None:
            return getattr(country, "common_name", None) or country.name
    if key == "category":
        return value.replace("_", " ")
    return value


def totals(frame: pl.DataFrame, *, by: str = "donor", measure: str = "units", top: int = 10) -> pl.DataFrame:
    """Totals per key and status as a wide frame: ``key``, one column per status, ``total``.

    Sorted by total, largest first; keys past ``top`` are summed into one ``others`` row.
    ``units`` counts items (``quantity_unit == "units"``); ``eur`` / ``usd`` sum converted money.
    """
    if by not in KEYS:
        raise ValueError(f"by must be one of {', '.join(KEYS)}, not {by!r}")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    if measure == "units":
        value = pl.when(pl.col("quantity_unit") == "units").then(pl.col("quantity")).otherwise(None)
    else:
        value = pl.col(f"amount_{measure}")
    long = (frame.lazy()
            .select(pl.col(KEYS[by]).cast(pl.String).fill_null("unknown").alias("key"),
                    pl.col("status").cast(pl.String), value.cast(pl.Float64).alias("value"))
            .filter(pl.col("value").is_not_null() & (pl.col("value") != 0))
            .group_by("key", "status").agg(pl.col("value").sum())
            .collect())
    wide = pl.DataFrame({"key": long["key"].unique().sort()})
    for status in STATUSES:
        part = long.filter(pl.col("status") == status).select("key", pl.col("value").alias(status))
        wide = wide.join(part, on="key", how="left")
    wide = wide.with_columns(pl.col(list(STATUSES)).fill_null(0.0))
    wide = wide.with_columns(pl.sum_horizontal(list(STATUSES)).alias("total"))
    wide = wide.sort(["total", "key"], descending=[True, False])
    if wide.height > top:
        head, tail = wide.head(top), wide.slice(top)
        others = tail.select(pl.lit(f"{OTHERS} ({tail.height})").alias("key"),
                             *[pl.col(c).sum() for c in (*STATUSES, "total")])
        wide = pl.concat([head, others])
    return wide


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _draw(ax: Axes, table: pl.DataFrame, *, by: str, measure: str, rows: int | None = None,
          suffixes: dict[str, str] | None = None) -> None:
    label, divisor, fmt = MEASURES[measure]
    if table.height == 0:
        ax.text(0.5, 0.5, "no records", ha="center", va="center", transform=ax.transAxes, color="0.4")
        ax.set_yticks([])
        ax.set_xlabel(label)
        ax.spines[["top", "right"]].set_visible(False)
        return
    names = [k if k.startswith(OTHERS) else _label(by, k) for k in table["key"].to_list()]
    y = list(range(table.height))
    left = [0.0] * table.height
    used = []
    for status in STATUSES:
        values = [v / divisor for v in table[status].to_list()]
        if not any(values):
            continue
        used.append(status)
        ax.barh(y, values, left=left, height=0.7, color=STATUS_COLOURS[status], label=status,
                hatch="//" if status == "refused" else None, edgecolor="white", linewidth=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    suffixes = suffixes or {}
    for yi, total, key in zip(y, left, table["key"].to_list(), strict=True):
        ax.text(total, yi, " " + fmt.format(total) + suffixes.get(key, ""), va="center", ha="left",
                fontsize=9)
    ax.set_yticks(y, names)
    # The same bar thickness in every panel: one slot per row of the tallest panel, top aligned.
    ax.set_ylim(max(rows or 0, table.height, 2) - 0.5, -0.6)
    ax.set_xlabel(label)
    ax.set_xlim(0, max(left) * (1.3 if suffixes else 1.18) if max(left) > 0 else 1)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(used), frameon=False, fontsize=8,
              handlelength=1.2, columnspacing=1.0, borderaxespad=0.2)


def _note(fig: Figure, *, as_of: dt.date | None, source: str) -> None:
    text = source if as_of is None else f"As of {as_of.isoformat()}.  {source}"
    fig.get_layout_engine()  # keep the note inside the constrained layout's margins
    fig.supxlabel(text, fontsize=8, color="0.35", x=0.01, ha="left")


def plot_totals(frame: pl.DataFrame, *, by: str = "donor", measure: str = "units", top: int = 10,
                ax: Axes | None = None, title: str | None = None, as_of: dt.date | None = None,
                source: str = SOURCE_NOTE) -> Figure:
    """Totals by ``by`` as horizontal bars stacked by status (see ``totals``)."""
    table = totals(frame, by=by, measure=measure, top=top)
    if ax is None:
        fig = _new_figure(8.0, 1.6 + 0.45 * max(table.height, 2))
        ax = fig.add_subplot()
        own = True
    else:
        fig, own = ax.figure, False
    _draw(ax, table, by=by, measure=measure)
    ax.set_title(title or f"{MEASURES[measure][0]} by {by}", loc="left", fontsize=11, pad=18)
    if own:
        _note(fig, as_of=as_of, source=source)
    return fig


def plot_by_donor(frame: pl.DataFrame, **options: Any) -> Figure:
    """Totals per donor (see ``plot_totals`` for the options)."""
    return plot_totals(frame, by="donor", **options)


def plot_by_system(frame: pl.DataFrame, **options: Any) -> Figure:
    """Totals per system (see ``plot_totals`` for the options)."""
    return plot_totals(frame, by="system", **options)


def plot_by_category(frame: pl.DataFrame, **options: Any) -> Figure:
    """Totals per category (see ``plot_totals`` for the options)."""
    return plot_totals(frame, by="category", **options)


def plot_overview(frame: pl.DataFrame, *, by: str = "donor", top: int = 10, title: str | None = None,
                  as_of: dt.date | None = None, source: str = SOURCE_NOTE) -> Figure:
    """Two panels: equipment (items) and money (EUR million), each by ``by``, stacked by status."""
    units = totals(frame, by=by, measure="units", top=top)
    money = totals(frame, by=by, measure="eur", top=top)
    rows = max(units.height, money.height, 2)
    fig = _new_figure(12.0, 2.4 + 0.5 * rows)
    ax_units, ax_money = fig.subplots(1, 2)
    _draw(ax_units, units, by=by, measure="units", rows=rows)
    ax_units.set_title(f"Equipment by {by}", loc="left", fontsize=11, pad=18)
    usd = totals(frame, by=by, measure="usd", top=top)
    in_usd = {k: f"  (${v / 1e6:,.1f}M)" for k, v in zip(usd["key"], usd["total"], strict=True)}
    _draw(ax_money, money, by=by, measure="eur", rows=rows, suffixes=in_usd)
    ax_money.set_title(f"Money by {by}", loc="left", fontsize=11, pad=18)
    fig.suptitle(title or f"Military aid to Ukraine by {by}", fontsize=13, x=0.01, ha="left",
                 fontweight="bold")
    _note(fig, as_of=as_of, source=source)
    return fig


def save(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write ``fig`` to ``path``; the format follows the suffix (.png, .svg, .pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise ValueError(f"cannot write .{fmt}: use .png, .svg or .pdf")
    meta = {"Software": "aidledger"} if fmt == "png" else None
    fig.savefig(path, format=fmt, dpi=dpi, metadata=meta)
    return path
