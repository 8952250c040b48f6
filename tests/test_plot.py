"""Charts: totals, figures, files that are real images."""

from __future__ import annotations

import polars as pl
import pytest

from aidledger import plot

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def frame() -> pl.DataFrame:
    """The seed's pledges with their FX columns, read once for the module (the tests only read it)."""
    from conftest import seed_document, seed_pledges

    from aidledger.store import Ledger

    doc = seed_document()
    with Ledger.open(None) as led:
        led.add(seed_pledges(doc), documents=[doc])
        return led.pledges(fx=True)


def test_totals_by_donor(frame):
    units = plot.totals(frame, by="donor", measure="units")
    # France's "12 more" are on top of its 18 already delivered: 30 committed, 12 still to deliver
    assert units["key"].to_list() == ["FRA", "DNK"]
    assert units.row(0, named=True)["pledged"] == 12 and units.row(0, named=True)["delivered"] == 18
    assert units["total"].to_list() == [30, 19]
    eur = plot.totals(frame, by="donor", measure="eur")
    assert eur["key"].to_list() == ["FRA"] and eur["funded"][0] == pytest.approx(200e6)
    usd = plot.totals(frame, by="donor", measure="usd")
    assert usd["funded"][0] == pytest.approx(216.66e6)


def test_totals_by_system_net_each_donor_apart(frame):
    """France delivered 18 Caesar and pledged 12 more, Denmark pledged 19: the Caesar bar is 49
    committed, 18 of them delivered, as the by_system view counts it; France's delivery never
    cancels Denmark's pledge (netting over the system would give 31)."""
    for by in ("system", "category"):
        row = plot.totals(frame, by=by, measure="units").row(0, named=True)
        assert (row["pledged"], row["delivered"], row["total"]) == (31, 18, 49), by


def test_totals_top_n_and_others(frame):
    many = pl.concat([frame.with_columns(pl.lit(f"D{i:02d}").alias("donor")) for i in range(12)])
    table = plot.totals(many, by="donor", measure="units", top=5)
    assert table.height == 6 and table["key"][-1] == "others (7)"
    # each donor holds both seed donors' records: 18 delivered, then 19 pledged the same day, which
    # cover them, then the 12 more: 31 committed (the 12 more are not on top of covered deliveries)
    assert table["total"].sum() == pytest.approx(12 * 31)


def test_totals_rejects_unknown_options(frame):
    with pytest.raises(ValueError):
        plot.totals(frame, by="colour")
    with pytest.raises(ValueError):
        plot.totals(frame, measure="gbp")


@pytest.mark.parametrize("func", [plot.plot_by_donor, plot.plot_by_system, plot.plot_by_category])
def test_plot_functions_return_figures(frame, func):
    from matplotlib.figure import Figure

    fig = func(frame)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") and "(" in ax.get_xlabel()  # axis label with its unit


def test_plot_onto_given_axes(frame):
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    assert plot.plot_totals(frame, by="system", measure="eur", ax=ax) is fig
    assert ax.get_xlabel() == "Money (EUR million)"


def test_overview_png_is_a_real_image(frame, tmp_path):
    import matplotlib.image

    fig = plot.plot_overview(frame, by="donor", title="Seed")
    path = plot.save(fig, tmp_path / "chart.png")
    data = path.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 10_000
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[0] > 300 and pixels.shape[1] > 1000
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["France", "Denmark"]
    notes = [t.get_text() for t in fig.texts] + [fig._supxlabel.get_text()]
    assert any("ECB" in n for n in notes)


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_svg_and_pdf(frame, tmp_path, suffix, magic):
    path = plot.save(plot.plot_overview(frame), tmp_path / f"chart{suffix}")
    assert path.read_bytes().startswith(magic)


def test_empty_frame_still_draws(tmp_path, ledger):
    fig = plot.plot_overview(ledger.pledges(fx=True))
    assert plot.save(fig, tmp_path / "empty.png").read_bytes().startswith(PNG_MAGIC)


def test_save_rejects_other_formats(frame, tmp_path):
    with pytest.raises(ValueError):
        plot.save(plot.plot_overview(frame), tmp_path / "chart.gif")


def test_the_timeline_x_axis_names_the_years(seeded):
    """Every month tick of the timeline says its year (issue 13: a month name alone is ambiguous)."""
    from aidledger import api

    fig = api.figure(seeded, "timeline")
    fig.canvas.draw()
    labels = [t.get_text() for ax in fig.axes for t in ax.get_xticklabels() if t.get_text()]
    assert labels and all("2023" in label for label in labels), labels


def _value_rows(n: int) -> pl.DataFrame:
    """``value_by_donor``-shaped rows of n donors, the i-th worth i EUR million (0.8 to 1.5 times)."""
    rows = [{"donor": f"D{i:02d}", "stated_eur": i * 0.5e6, "estimated_eur": i * 0.5e6, "total_eur": i * 1e6,
             "total_low_eur": i * 0.8e6, "total_high_eur": i * 1.5e6} for i in range(1, n + 1)]
    return pl.DataFrame(rows)


def test_value_chart_sums_the_rest_into_others():
    """The value chart shows the top N and one "others (K)" bar, as every other bar chart: no
    donor silently left out (it used to draw the top N only)."""
    fig = plot.plot_value(_value_rows(14), top=10)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 11 and labels[0] == "D14" and labels[-1] == "others (4)"
    totals = sorted(t.get_text().strip() for t in ax.texts)
    assert "10.0" in totals  # D01..D04: 1 + 2 + 3 + 4 million
    small = [t.get_text() for t in plot.plot_value(_value_rows(3), top=10).axes[0].get_yticklabels()]
    assert small == ["D03", "D02", "D01"]


def test_category_names_read_as_written():
    frame = pl.DataFrame({"donor": ["FRA", "FRA", "DEU"], "system": ["VAB", "HIMARS", "Gepard"],
                          "category": ["ifv_apc", "mlrs", "air_defence"], "status": ["pledged"] * 3,
                          "quantity": [10.0, 4.0, 30.0], "quantity_unit": ["units"] * 3})
    ax = plot.plot_heatmap(frame).axes[0]
    assert sorted(t.get_text() for t in ax.get_xticklabels()) == ["IFV/APC", "MLRS", "air defence"]
