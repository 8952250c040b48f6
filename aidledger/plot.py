"""Charts of the ledger: the only module that imports matplotlib (lazily, inside functions).

Every function takes a frame of pledges with converted money (the ``pledges_fx`` view, e.g.
``ledger.pledges(fx=True)``) and returns a ``matplotlib.figure.Figure``. Figures are built
without pyplot on the Agg canvas, so nothing is ever shown and no global state changes.

- ``plot_totals(frame, by="donor"|"system"|"category", measure="units"|"eur"|"usd")``:
  horizontal bars stacked by status, largest first, the top N then one "others" bar.
- ``plot_by_donor``, ``plot_by_system``, ``plot_by_category``: the same, by one key.
- ``plot_overview``: two panels side by side, equipment (units) and money (EUR or USD).
- ``plot_money``: money by donor in EUR or USD, stacked by status, with the share of GDP.
- ``plot_timeline``: cumulative items and money per month (pledged and delivered apart).
- ``plot_heatmap``: donor x category, items committed, top donors and categories.
- ``plot_value``: money plus estimated value by donor (the ``value_by_donor`` view), with the
  low-high range of the estimate.
- ``KINDS`` / ``plot_kind(kind, frame, ...)``: the figure of each ``aidledger plot KIND``.
- ``save(fig, path)``: PNG, SVG or PDF by the file's suffix.

The frame may also be the ``counted_pledges`` view (the same column names, plus ``family`` and
``effective_date``), which is what ``aidledger plot`` draws.
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

SOURCE_NOTE = ("Source: aidledger, pledges extracted from news text; money at ECB euro reference rates. "
               "Delivered is a share of what is committed, never added to it; a pledge of more "
               "(\"12 more\") is on top of earlier deliveries.")
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
#: The heavy-weapon categories of the Kiel tracker: what the default charts count (items of
#: different kinds are not otherwise added up).
HEAVY = ("tank", "ifv_apc", "artillery", "mlrs", "air_defence", "aircraft")
HEAVY_LABEL = "heavy weapons: tanks, IFV/APC, artillery, MLRS, air defence, aircraft"


def _heavy(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.filter(pl.col("category").is_in(list(HEAVY))) if "category" in frame.columns else frame


def _money_text(amount: float, currency: str) -> str:
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency + " ")
    for size, suffix in ((1e9, "bn"), (1e6, "M")):
        if abs(amount) >= size:
            return f"{symbol}{amount / size:,.1f}{suffix}"
    return f"{symbol}{amount:,.0f}"


def left_out(frame: pl.DataFrame, *, currency: str | None = None, dated: bool = False) -> list[str]:
    """What a chart of ``frame`` leaves out, as phrases for its note: money not converted to
    ``currency`` ("€5.0bn not converted to USD (1 event)"), and with ``dated`` the undated events."""
    notes = []
    if currency is not None and "amount" in frame.columns:
        column = f"amount_{currency.lower()}"
        counted = pl.col("status").is_in(["pledged", "delivered", "funded"]) & pl.col("amount").is_not_null()
        if "is_component" in frame.columns:
            counted = counted & ~pl.col("is_component").fill_null(False)
        missing = frame.filter(counted & pl.col(column).is_null())
        if missing.height:
            per = (missing.group_by("currency").agg(pl.col("amount").cast(pl.Float64).sum())
                   .sort("currency").rows())
            amounts = ", ".join(_money_text(a, c or "?") for c, a in per)
            notes.append(f"{amounts} not converted to {currency.upper()} ({missing.height} event(s))")
    if dated:
        when = _effective_date(frame)
        n = frame.select(when.is_null().sum()).item()
        if n:
            notes.append(f"{n} undated event(s) not shown")
    return notes


def with_left_out(source: str, notes: list[str]) -> str:
    return source if not notes else f"{source}  Not shown: {'; '.join(notes)}."
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
        return CATEGORY_LABELS.get(value, value.replace("_", " "))
    return value


#: Category names as a reader writes them (the others: ``_`` as a space).
CATEGORY_LABELS = {"ifv_apc": "IFV/APC", "mlrs": "MLRS"}


def totals(frame: pl.DataFrame, *, by: str = "donor", measure: str = "units", top: int = 10) -> pl.DataFrame:
    """Totals per key and status as a wide frame: ``key``, one column per status, ``total``.

    Sorted by total, largest first; keys past ``top`` are summed into one ``others`` row.
    ``units`` counts items (``quantity_unit == "units"``); ``eur`` / ``usd`` sum converted money
    (exactly, as decimals of 6 places, as the views do: the same sums in any order).
    """
    if by not in KEYS:
        raise ValueError(f"by must be one of {', '.join(KEYS)}, not {by!r}")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    if measure == "units":
        value = pl.when(pl.col("quantity_unit") == "units").then(pl.col("quantity")).otherwise(None)
    else:
        value = pl.col(f"amount_{measure}")
    # What a bar counts is what the views count: per donor and family (or system), committed by
    # the rule of sql/030_committed.sql (aidledger.store.committed.family_sides: a delivery is a share of
    # the pledges, a pledge of "12 more" is on top of the deliveries before it). The delivered part
    # of a bar is what was delivered; the pledged and funded parts are what is committed and not
    # delivered yet (outstanding = committed - delivered; funded first, as deliveries fulfil the
    # pledges before the money put into funds). Netted before summing by key, so a system's bar adds
    # up its donors' own commitments (a delivery by one donor never cancels another donor's pledge).
    group = "family" if "family" in frame.columns else "system"
    rows = (frame.lazy()
            .select(pl.col(KEYS[by]).cast(pl.String).fill_null("unknown").alias("key"),
                    pl.col("donor").cast(pl.String).fill_null("").alias("_donor"),
                    pl.col(group).cast(pl.String).fill_null("").alias("_group"),
                    pl.col("status").cast(pl.String), value.cast(pl.Float64).alias("value"),
                    *_order_columns(frame))
            .filter(pl.col("value").is_not_null() & (pl.col("value") != 0))
            .collect())
    sides = _sides(rows, key="key", donor="_donor", family="_group")
    outstanding = pl.col("committed") - pl.col("delivered")
    wide = (rows.lazy()
            .group_by("key", "_donor", "_group")
            .agg(_exact_sum(pl.col("value").filter(pl.col("status") == status)).alias(status) for status in STATUSES)
            .join(sides.lazy(), on=["key", "_donor", "_group"], how="left", nulls_equal=True)
            .with_columns(pl.col("committed").fill_null(0.0))
            .with_columns(pl.min_horizontal("funded", outstanding).alias("funded"))
            .with_columns((outstanding - pl.col("funded")).alias("pledged"))
            .drop("committed")
            .group_by("key").agg(_exact_sum(pl.col(list(STATUSES))))
            .collect())
    wide = wide.with_columns(pl.sum_horizontal(list(STATUSES)).alias("total"))
    wide = wide.sort(["total", "key"], descending=[True, False])
    if wide.height > top:
        head, tail = wide.head(top), wide.slice(top)
        others = tail.select(pl.lit(f"{OTHERS} ({tail.height})").alias("key"),
                             *[_exact_sum(pl.col(c)) for c in (*STATUSES, "total")])
        wide = pl.concat([head, others])
    return wide


def _exact_sum(values: pl.Expr) -> pl.Expr:
    """The sum of ``values`` as the views sum money (``internal.exact`` of ``sql/030_committed.sql``):
    each value as a decimal of 6 places, added exactly, so that the sum is the same in any order,
    then as a float again."""
    return values.cast(pl.Decimal(38, 6)).sum().cast(pl.Float64)


def _order_columns(frame: pl.DataFrame) -> list[pl.Expr]:
    """What orders a frame's records for the netting rule (``aidledger.store.committed.order_columns``),
    as ``_effective_date``, ``_is_additional`` and ``_event_id``."""
    from aidledger.store.committed import order_columns

    return [e.name.prefix("_") for e in order_columns(frame)]


def _sides(rows: pl.DataFrame, *, key: str, donor: str, family: str) -> pl.DataFrame:
    """``committed`` per ``key``, ``donor`` and ``family`` of ``rows`` (with ``status``, ``value``
    and the columns of ``_order_columns``), by ``aidledger.store.committed.family_sides``."""
    from aidledger.store.committed import family_sides

    counted = rows.filter(pl.col("status").is_in(["pledged", "funded", "delivered"]))
    schema = {key: pl.String, donor: pl.String, family: pl.String, "committed": pl.Float64}
    if counted.height == 0:
        return pl.DataFrame(schema=schema)
    sides = family_sides(counted.select(
        pl.col(key).alias("k"), pl.col(donor).alias("donor"), pl.col(family).alias("family"), "status",
        pl.col("_is_additional").alias("is_additional"), pl.col("_effective_date").alias("effective_date"),
        pl.col("_event_id").alias("event_id"), pl.col("value").alias("v")))
    return sides.select(pl.col("k").alias(key), pl.col("donor").alias(donor), pl.col("family").alias(family),
                        pl.col("committed").cast(pl.Float64)).cast(schema)


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _draw(ax: Axes, table: pl.DataFrame, *, by: str, measure: str, rows: int | None = None,
          suffixes: dict[str, str] | None = None) -> None:
    label, divisor, fmt = _scale(measure, float(table["total"].max() or 0) if table.height else 0.0)
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


def _scale(measure: str, largest: float) -> tuple[str, float, str]:
    """Axis label, divisor and number format; money past 10 billion is shown in billions."""
    label, divisor, fmt = MEASURES[measure]
    if measure != "units" and largest >= 1e10:
        return label.replace("million", "billion"), 1e9, "{:,.2f}"
    return label, divisor, fmt


def _note(fig: Figure, *, as_of: dt.date | None, source: str) -> None:
    import textwrap

    text = source if as_of is None else f"As of {as_of.isoformat()}.  {source}"
    width = max(40, int(fig.get_figwidth() * 15))  # characters of 8 pt text that fit across the figure
    text = "\n".join(textwrap.wrap(text, width))
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
                  as_of: dt.date | None = None, source: str = SOURCE_NOTE, currency: str = "EUR") -> Figure:
    """Two panels: equipment (items) and money (``currency`` million), each by ``by``, stacked by status.

    Each money bar also gives the total in the other currency, in brackets.
    """
    measure = _currency_measure(currency)
    other = "usd" if measure == "eur" else "eur"
    units = totals(_heavy(frame), by=by, measure="units", top=top)
    money = totals(frame, by=by, measure=measure, top=top)
    rows = max(units.height, money.height, 2)
    fig = _new_figure(12.0, 2.4 + 0.5 * rows)
    ax_units, ax_money = fig.subplots(1, 2)
    _draw(ax_units, units, by=by, measure="units", rows=rows)
    ax_units.set_title(f"Heavy weapons by {by}", loc="left", fontsize=11, pad=18)
    alt = totals(frame, by=by, measure=other, top=top)
    symbol = "$" if other == "usd" else "€"
    in_other = {k: f"  ({symbol}{v / 1e6:,.1f}M)" for k, v in zip(alt["key"], alt["total"], strict=True)}
    _draw(ax_money, money, by=by, measure=measure, rows=rows, suffixes=in_other)
    ax_money.set_title(f"Money by {by}", loc="left", fontsize=11, pad=18)
    fig.suptitle(title or f"Military aid to Ukraine by {by}", fontsize=13, x=0.01, ha="left",
                 fontweight="bold")
    _note(fig, as_of=as_of, source=with_left_out(f"{source} Equipment: {HEAVY_LABEL}.",
                                                 left_out(frame, currency=currency)))
    return fig


def _currency_measure(currency: str) -> str:
    measure = str(currency).strip().lower()
    if measure not in ("eur", "usd"):
        raise ValueError(f"currency must be EUR or USD, not {currency!r}")
    return measure


def _own_axes(ax: Axes | None, width: float, height: float) -> tuple[Figure, Axes, bool]:
    if ax is not None:
        return ax.figure, ax, False  # type: ignore[return-value]
    fig = _new_figure(width, height)
    return fig, fig.add_subplot(), True


def plot_money(frame: pl.DataFrame, *, currency: str = "EUR", top: int = 15, ax: Axes | None = None,
               gdp: dict[str, float] | None = None, title: str | None = None, as_of: dt.date | None = None,
               source: str = SOURCE_NOTE) -> Figure:
    """Money by donor in ``currency`` (EUR or USD at the ECB rate of each record's date), stacked by
    status, largest first, the top N then "others". ``gdp`` (donor -> GDP in EUR) adds each
    donor's money as a percentage of its GDP after the bar."""
    measure = _currency_measure(currency)
    table = totals(frame, by="donor", measure=measure, top=top)
    suffixes: dict[str, str] = {}
    if gdp:
        eur = totals(frame, by="donor", measure="eur", top=top)
        for key, value in zip(eur["key"], eur["total"], strict=True):
            if gdp.get(key):
                suffixes[key] = f"  ({100 * value / gdp[key]:.3g} % of GDP)"
    fig, ax, own = _own_axes(ax, 8.5, 1.8 + 0.42 * max(table.height, 2))
    _draw(ax, table, by="donor", measure=measure, suffixes=suffixes or None)
    unit = "EUR" if measure == "eur" else "USD"
    ax.set_title(title or f"Military aid money by donor ({unit}, at the ECB rate of each announcement day)",
                 loc="left", fontsize=11, pad=18)
    if own:
        _note(fig, as_of=as_of, source=with_left_out(
            source + (" GDP: 2021, Kiel Ukraine Support Tracker." if gdp else ""), left_out(frame, currency=currency)))
    return fig


def _effective_date(frame: pl.DataFrame) -> pl.Expr:
    names = [c for c in ("effective_date", "date", "published") if c in frame.columns]
    return pl.coalesce([pl.col(c) for c in names]) if names else pl.lit(None, dtype=pl.Date)


def monthly(frame: pl.DataFrame, *, currency: str = "EUR") -> pl.DataFrame:
    """Per month (every month from the first to the last): heavy weapons (``HEAVY``) pledged (or
    funded) and delivered, and money pledged (or funded: what is committed; deliveries are a share
    of it, never added) in ``currency``, with cumulative columns ``cum_*``."""
    measure = _currency_measure(currency)
    heavy = pl.col("category").is_in(list(HEAVY)) if "category" in frame.columns else pl.lit(True)
    items = pl.when((pl.col("quantity_unit") == "units") & heavy).then(pl.col("quantity")).otherwise(None)
    counted = pl.col("status").is_in(["pledged", "funded"])
    if "is_component" in frame.columns:
        counted = counted & ~pl.col("is_component").fill_null(False)
    per = (frame.lazy()
           .select(_effective_date(frame).dt.truncate("1mo").alias("month"),
                   pl.col("status"), items.cast(pl.Float64).alias("items"),
                   pl.when(counted).then(pl.col(f"amount_{measure}")).cast(pl.Float64).alias("money"))
           .filter(pl.col("month").is_not_null())
           .group_by("month")
           .agg(pl.col("items").filter(pl.col("status").is_in(["pledged", "funded"])).sum().alias("pledged"),
                pl.col("items").filter(pl.col("status") == "delivered").sum().alias("delivered"),
                pl.col("money").sum().alias("money"))
           .collect())
    if per.height == 0:
        return pl.DataFrame(schema={"month": pl.Date, "pledged": pl.Float64, "delivered": pl.Float64,
                                    "money": pl.Float64, "cum_pledged": pl.Float64,
                                    "cum_delivered": pl.Float64, "cum_money": pl.Float64})
    months = pl.DataFrame({"month": pl.date_range(per["month"].min(), per["month"].max(), "1mo", eager=True)})
    full = months.join(per, on="month", how="left").with_columns(pl.col("pledged", "delivered", "money")
                                                                  .fill_null(0.0)).sort("month")
    return full.with_columns(pl.col("pledged").cum_sum().alias("cum_pledged"),
                             pl.col("delivered").cum_sum().alias("cum_delivered"),
                             pl.col("money").cum_sum().alias("cum_money"))


def plot_timeline(frame: pl.DataFrame, *, currency: str = "EUR", ax: Axes | None = None,
                  title: str | None = None, as_of: dt.date | None = None, source: str = SOURCE_NOTE) -> Figure:
    """Cumulative totals per month: items pledged and delivered (upper panel) and money in
    ``currency`` (lower panel). With ``ax``, only the items panel is drawn onto it."""
    measure = _currency_measure(currency)
    table = monthly(frame, currency=currency)
    if ax is None:
        fig = _new_figure(10.0, 6.5)
        ax_items, ax_money = fig.subplots(2, 1, sharex=True)
        own = True
    else:
        fig, ax_items, ax_money, own = ax.figure, ax, None, False
    if table.height == 0:
        ax_items.text(0.5, 0.5, "no dated records", ha="center", va="center", transform=ax_items.transAxes,
                      color="0.4")
    months = table["month"].to_list()
    # Each month's total holds until the next month starts: steps end one month after the last.
    edges = months + ([_next_month(months[-1])] if months else [])

    def extended(column: str, divisor: float = 1.0) -> list[float]:
        values = [v / divisor for v in table[column].to_list()]
        return values + values[-1:]

    for column, status in (("cum_pledged", "pledged"), ("cum_delivered", "delivered")):
        if table.height:
            ax_items.step(edges, extended(column), where="post", color=STATUS_COLOURS[status],
                          label=f"{status}{' (and funded)' if status == 'pledged' else ''}", linewidth=2)
            ax_items.plot(months, table[column].to_list(), "o", color=STATUS_COLOURS[status], markersize=4)
    ax_items.set_ylabel("Heavy weapons, cumulative\n(number of items)")
    ax_items.set_title(title or "Military aid to Ukraine over time (cumulative, by month of announcement)",
                       loc="left", fontsize=11)
    if table.height:
        ax_items.legend(loc="upper left", frameon=False, fontsize=8)
    for a in (ax_items, ax_money):
        if a is not None:
            a.spines[["top", "right"]].set_visible(False)
            a.grid(axis="y", color="0.9")
            a.set_axisbelow(True)
    if ax_money is not None:
        label, divisor, _ = _scale(measure, float(table["cum_money"].max() or 0) if table.height else 0.0)
        if table.height:
            ax_money.fill_between(edges, extended("cum_money", divisor), step="post",
                                  color=STATUS_COLOURS["funded"], alpha=0.4, linewidth=0)
            ax_money.step(edges, extended("cum_money", divisor), where="post", color=STATUS_COLOURS["funded"],
                          linewidth=2, label="pledged (and funded); deliveries are a share of it")
            ax_money.legend(loc="upper left", frameon=False, fontsize=8)
        ax_money.set_ylabel(label.replace("Money (", "Money, cumulative\n("))
        ax_money.set_xlabel("Month of announcement (publication month when the text gives no date)")
        ax_money.set_ylim(bottom=0)
    ax_items.set_ylim(bottom=0)
    if table.height:
        from matplotlib.dates import DateFormatter, MonthLocator

        locator = MonthLocator(interval=max(1, -(-len(edges) // 12)))  # month starts, at most ~12 ticks
        top_items = float(max(table["cum_pledged"].max() or 0, table["cum_delivered"].max() or 0))
        ax_items.set_ylim(0, max(top_items, 1) * 1.3)  # room for the legend above the lines
        for a in (ax_items, ax_money):
            if a is not None:
                a.xaxis.set_major_locator(locator)
                a.xaxis.set_major_formatter(DateFormatter("%b\n%Y"))  # every tick names its year
        if ax_money is not None:
            ax_money.set_ylim(0, max(float(table["cum_money"].max() or 0) / divisor, 1) * 1.3)
    if own:
        _note(fig, as_of=as_of, source=with_left_out(f"{source} Equipment: {HEAVY_LABEL}.",
                                                     left_out(frame, currency=currency, dated=True)))
    return fig


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def donor_category(frame: pl.DataFrame, *, top: int = 15) -> pl.DataFrame:
    """Items committed per donor (rows, the top N then "others") and category (columns), wide.

    Committed = per donor and family (or system), by the rule of every total
    (``aidledger.store.committed``): the larger of items pledged (and funded) and items delivered, so a
    delivery that fulfils a pledge is not counted twice, with a pledge of "12 more" on top of the
    deliveries before it.
    """
    group = "family" if "family" in frame.columns else "system"
    items = pl.when(pl.col("quantity_unit") == "units").then(pl.col("quantity")).otherwise(None)
    rows = (frame.lazy()
            .select(pl.col("donor").cast(pl.String).fill_null(""), pl.col(group).cast(pl.String).fill_null("")
                    .alias("group"), pl.col("category").cast(pl.String).fill_null("unknown"),
                    pl.col("status").cast(pl.String), items.cast(pl.Float64).alias("value"),
                    *_order_columns(frame))
            .filter(pl.col("value").is_not_null() & (pl.col("value") > 0))
            .collect())
    per = (_sides(rows, key="category", donor="donor", family="group")
           .group_by("donor", "category").agg(pl.col("committed").sum().alias("items")))
    if per.height == 0:
        return pl.DataFrame(schema={"donor": pl.String})
    wide = per.pivot(on="category", index="donor", values="items").fill_null(0.0)
    order = per.group_by("category").agg(pl.col("items").sum()).sort(["items", "category"],
                                                                       descending=[True, False])
    cats = order["category"].to_list()
    wide = (wide.select("donor", *cats).with_columns(pl.sum_horizontal(cats).alias("_total"))
            .sort(["_total", "donor"], descending=[True, False]))
    if wide.height > top:
        tail = wide.slice(top)
        others = tail.select(pl.lit(f"{OTHERS} ({tail.height})").alias("donor"),
                             *[pl.col(c).sum() for c in (*cats, "_total")])
        wide = pl.concat([wide.head(top), others])
    return wide.drop("_total")


def plot_heatmap(frame: pl.DataFrame, *, top: int = 15, ax: Axes | None = None, title: str | None = None,
                 as_of: dt.date | None = None, source: str = SOURCE_NOTE) -> Figure:
    """Donor x category heatmap of items committed (see ``donor_category``), each cell labelled."""
    import math

    from matplotlib.colors import LogNorm, Normalize

    table = donor_category(frame, top=top)
    cats = [c for c in table.columns if c != "donor"]
    fig, ax, own = _own_axes(ax, max(6.5, 2.8 + 1.0 * len(cats)), 2.0 + 0.38 * max(table.height, 3))
    ax.set_title(title or "Equipment committed to Ukraine by donor and category (number of items)",
                 loc="left", fontsize=11)
    if table.height == 0 or not cats:
        ax.text(0.5, 0.5, "no equipment records", ha="center", va="center", transform=ax.transAxes, color="0.4")
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        values = [[float(v) for v in row] for row in table.select(cats).iter_rows()]
        masked = [[v if v > 0 else math.nan for v in row] for row in values]
        largest = max(max(row) for row in values)
        smallest = min(v for row in values for v in row if v > 0)
        log = largest / smallest > 50  # a wide range: a log scale keeps small donors visible
        norm = LogNorm(vmin=max(smallest, 1), vmax=largest) if log else Normalize(vmin=0, vmax=largest)
        image = ax.imshow(masked, aspect="auto", cmap="Blues", norm=norm, interpolation="nearest")
        ax.set_facecolor("0.97")
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                if v > 0:
                    dark = norm(v) > 0.6
                    ax.text(j, i, f"{v:,.0f}", ha="center", va="center", fontsize=8,
                            color="white" if dark else "0.1")
        ax.set_xticks(range(len(cats)), [_label("category", c) for c in cats], rotation=30, ha="right")
        names = [d if d.startswith(OTHERS) else _label("donor", d) for d in table["donor"].to_list()]
        ax.set_yticks(range(table.height), names)
        ax.set_xlabel("Category")
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        bar = fig.colorbar(image, ax=ax, shrink=0.8, pad=0.02)
        bar.set_label("Items committed" + (" (log scale)" if log else ""))
    if own:
        _note(fig, as_of=as_of, source=source + " Items committed per donor and system; money not shown.")
    return fig


VALUE_COLOURS = {"stated": "#4c78a8", "estimated": "#f2a93b"}


def plot_value(frame: pl.DataFrame, *, currency: str = "EUR", top: int = 15, ax: Axes | None = None,
               title: str | None = None, as_of: dt.date | None = None, source: str = SOURCE_NOTE) -> Figure:
    """Money plus estimated value by donor (the ``value_by_donor`` view): stated money and the
    estimate (count x unit price) stacked, the low-high range of the total drawn as a line with
    caps, largest total first, the top N then one "others (K)" bar summing the rest (its range
    the sum of their ranges). Donors with no value at all are left out."""
    measure = _currency_measure(currency)
    unit = measure
    cols = {k: f"{k}_{unit}" for k in ("stated", "estimated", "total", "total_low", "total_high")}
    valued = (frame.filter(pl.col(cols["total"]).is_not_null()).select("donor", *cols.values())
              .sort(cols["total"], "donor", descending=[True, False]))
    table = valued.head(top)
    if valued.height > top:  # the rest in one bar, as the other charts: no donor silently left out
        tail = valued.slice(top)
        others = tail.select(pl.lit(f"{OTHERS} ({tail.height})").alias("donor"),
                             *[pl.col(c).fill_null(0.0).sum().cast(valued.schema[c]) for c in cols.values()])
        table = pl.concat([table, others])
    fig, ax, own = _own_axes(ax, 8.5, 1.8 + 0.42 * max(table.height, 2))
    label, divisor, fmt = _scale(measure, float(table[cols["total_high"]].max() or 0) if table.height else 0.0)
    label = label.replace("Money", "Money and estimated value")
    if table.height == 0:
        ax.text(0.5, 0.5, "no values", ha="center", va="center", transform=ax.transAxes, color="0.4")
        ax.set_yticks([])
    else:
        y = list(range(table.height))
        stated = [(v or 0.0) / divisor for v in table[cols["stated"]].to_list()]
        estimated = [(v or 0.0) / divisor for v in table[cols["estimated"]].to_list()]
        ax.barh(y, stated, height=0.7, color=VALUE_COLOURS["stated"], label="stated money", edgecolor="white",
                linewidth=0.6)
        ax.barh(y, estimated, left=stated, height=0.7, color=VALUE_COLOURS["estimated"],
                label="estimated value (count x unit price)", edgecolor="white", linewidth=0.6)
        total = [a + b for a, b in zip(stated, estimated, strict=True)]
        low = [(v or 0.0) / divisor for v in table[cols["total_low"]].to_list()]
        high = [(v or 0.0) / divisor for v in table[cols["total_high"]].to_list()]
        err = [[max(t - lo, 0.0) for t, lo in zip(total, low, strict=True)],
               [max(hi - t, 0.0) for t, hi in zip(total, high, strict=True)]]
        ax.errorbar(total, y, xerr=err, fmt="none", ecolor="0.2", elinewidth=1.0, capsize=3,
                    label="range of the estimate (low to high unit prices)")
        for yi, hi, t in zip(y, high, total, strict=True):
            ax.text(max(hi, t), yi, " " + fmt.format(t), va="center", ha="left", fontsize=9)
        ax.set_yticks(y, [k if k.startswith(OTHERS) else _label("donor", k) for k in table["donor"].to_list()])
        ax.set_ylim(max(table.height, 2) - 0.5, -0.6)
        ax.set_xlim(0, max(high + total) * 1.2 if max(high + total) > 0 else 1)
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=3, frameon=False, fontsize=8,
                  handlelength=1.2, columnspacing=1.0, borderaxespad=0.2)
    ax.set_xlabel(label)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)
    ax.set_title(title or f"Military aid by donor: money stated plus equipment valued ({unit.upper()})",
                 loc="left", fontsize=11, pad=18)
    if own:
        _note(fig, as_of=as_of, source=source + " Equipment valued at published unit prices "
              "(aidledger/data/prices.csv, each row with its source); unpriced items are not included.")
    return fig


#: The figure of each ``aidledger plot KIND``.
KINDS = ("donor", "system", "category", "timeline", "heatmap", "money", "value")


def plot_kind(kind: str, frame: pl.DataFrame, *, currency: str = "EUR", top: int = 10,
              as_of: dt.date | None = None, gdp: dict[str, float] | None = None,
              title: str | None = None) -> Figure:
    """The figure ``aidledger plot KIND`` draws from a pledge frame."""
    if kind == "donor":
        return plot_overview(frame, by="donor", top=top, currency=currency, as_of=as_of, title=title)
    if kind in ("system", "category"):
        return plot_totals(frame, by=kind, measure="units", top=top, as_of=as_of,
                           title=title or f"Equipment for Ukraine by {kind} (number of items, by status)")
    if kind == "timeline":
        return plot_timeline(frame, currency=currency, as_of=as_of, title=title)
    if kind == "heatmap":
        return plot_heatmap(frame, top=top, as_of=as_of, title=title)
    if kind == "money":
        return plot_money(frame, currency=currency, top=top, gdp=gdp, as_of=as_of, title=title)
    if kind == "value":
        return plot_value(frame, currency=currency, top=top, as_of=as_of, title=title)
    raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")


def save(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write ``fig`` to ``path``; the format follows the suffix (.png, .svg, .pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise ValueError(f"cannot write .{fmt}: use .png, .svg or .pdf")
    meta = {"Software": "aidledger"} if fmt == "png" else None
    fig.savefig(path, format=fmt, dpi=dpi, metadata=meta)
    return path
