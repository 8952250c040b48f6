"""Import adapters for the Kiel tracker and Oryx lists, and the comparison with the ledger.

The files in ``tests/data/trackers`` are small files written for these tests in the formats of the
real ones (``weapons.csv``, ``data_explorer.csv``, ``donated_vehicles.csv``); the real files are
only read by ``benchmarks/reference_compare.py``.
"""

from __future__ import annotations

import csv
import tempfile
from decimal import Decimal
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidledger.errors import CODES, ERROR_CODES, InputError
from aidledger.trackers import (
    compare_frames,
    import_kiel,
    import_kiel_money,
    import_oryx,
    match_system,
    name_candidates,
    resolve_donor,
)
from aidledger.trackers import kiel as kiel_mod
from aidledger.trackers import oryx as oryx_mod
from aidledger.trackers.compare import REASONS, compare

DATA = Path(__file__).resolve().parent / "data" / "trackers"
WEAPONS = DATA / "weapons.csv"
DONATED = DATA / "donated_vehicles.csv"
EXPLORER = DATA / "data_explorer.csv"


@pytest.fixture(scope="module")
def kiel():
    return kiel_mod.read_weapons(WEAPONS)


@pytest.fixture(scope="module")
def oryx():
    return oryx_mod.read_donated(DONATED)


@pytest.fixture(scope="module")
def comparison(kiel, oryx):
    return compare(None, kiel[0], oryx[0])


def at(problems, line, path=None):
    """Codes of the problems about one line of a file."""
    where = f"{path}:{line}"
    return sorted(p.code for p in problems if p.doc_id == where)


def row(frame, **where):
    out = frame
    for col, value in where.items():
        out = out.filter(pl.col(col) == value)
    assert out.height == 1, (where, out)
    return out.row(0, named=True)


# -- Kiel weapons.csv ------------------------------------------------------------------------------


@pytest.mark.parametrize(("packed", "expected"), [
    ("M777 howitzer (6)", [("M777 howitzer", 6)]),
    ("Modified T-72 tank (T-72A/T-72M1/M1R) (62)", [("Modified T-72 tank (T-72A/T-72M1/M1R)", 62)]),
    ("National Advanced Surface-to-Air Missile System (NASAMS) (13); HAWK air defense system (2)",
     [("National Advanced Surface-to-Air Missile System (NASAMS)", 13), ("HAWK air defense system", 2)]),
    ("M270 weapon system (Norway) (11)", [("M270 weapon system (Norway)", 11)]),
    ("Foo (a; b) (3); Bar (1,200);", [("Foo (a; b)", 3), ("Bar", 1200)]),
    ("Leopard-1A5 (62);Leopard-2A4(7)", [("Leopard-1A5", 62), ("Leopard-2A4", 7)]),
    ("M109 155mm howitzer", [("M109 155mm howitzer", None)]),
    ("", []),
])
def test_split_packed_weapons_lists(packed, expected):
    assert kiel_mod.split_packed(packed) == expected
    if expected and all(n is not None for _, n in expected):
        assert kiel_mod.split_packed(kiel_mod.pack(expected)) == expected


def test_kiel_rows_one_per_system_with_donor_catalog_and_provenance(kiel):
    frame, _ = kiel
    assert frame.schema == kiel_mod.WEAPONS_SCHEMA
    cze = row(frame, donor_name="Czechia")
    assert (cze["donor"], cze["count"], cze["family"], cze["category"]) == ("CZE", 40, "T-72", "tank")
    assert cze["name"] == "Modified T-72 tank (T-72A/T-72M1/M1R)"
    assert (cze["source_file"], cze["source_line"], cze["item"]) == (str(WEAPONS), 2, 1)
    dnk = frame.filter(pl.col("donor") == "DNK").sort("item")
    assert dnk["name"].to_list() == ["CAESAR artillery howitzer", "Zusana-2 howitzer"]
    assert dnk["count"].to_list() == [19, 6]
    assert dnk["family"].to_list() == ["Caesar", "Zuzana 2"]
    assert dnk["row_total"].to_list() == [25, 25]
    assert dnk["monetary_value"].to_list() == [Decimal("120000000.00")] * 2
    assert row(frame, donor="FRA")["monetary_value"] == Decimal("150000000.50")
    assert set(frame["currency"].drop_nulls()) == {"EUR"}
    assert row(frame, donor="DEU", family="Patriot")["counting_unit"] == "battery"


def test_kiel_bad_lines_are_problems_naming_file_and_line(kiel):
    frame, problems = kiel
    assert at(problems, 8, WEAPONS) == ["AL202"]                 # donor "Atlantis"
    assert at(problems, 9, WEAPONS) == ["AL203"]                 # "Wunderwaffe Mk 9"
    assert at(problems, 10, WEAPONS) == ["AL103", "AL103"]       # number_of_weapons "abc", no (count)
    assert at(problems, 11, WEAPONS) == ["AL103"]                # too few fields: skipped
    assert all(p.code in CODES for p in problems)
    assert "Wunderwaffe Mk 9" in next(p.message for p in problems if p.code == "AL203")
    assert row(frame, donor_name="Atlantis")["donor"] is None     # kept, donor unknown
    wunder = row(frame, name="Wunderwaffe Mk 9")
    assert (wunder["system"], wunder["family"], wunder["count"]) == (None, None, 2)
    spain = row(frame, donor="ESP")
    assert (spain["count"], spain["row_total"], spain["family"]) == (None, None, "M109")
    assert frame.filter(pl.col("donor_name") == "Poland").height == 0
    assert problems[0].render().startswith(f"{WEAPONS}:8: AL202 ")


def test_kiel_unknown_currency_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "weapons.csv"
    path.write_text('"donor","category","number_of_weapons","monetary_value_eur","weapons_list","currency"\n'
                    '"France","Howitzers",2,10,"TRF1 howitzer (2)","EUR"\n'
                    '"France","Howitzers",2,10,"TRF1 howitzer (2)","XYZ"\n', encoding="utf-8")
    frame, problems = kiel_mod.read_weapons(path)
    assert [(p.code, p.doc_id) for p in problems] == [("AL304", f"{path}:3")]
    assert "AL304" in ERROR_CODES
    assert frame["monetary_value"].to_list() == [Decimal("10.00"), None]


def test_kiel_file_that_is_not_a_tracker_file(tmp_path):
    with pytest.raises(InputError, match="header lacks"):
        kiel_mod.read_weapons(DONATED)
    with pytest.raises(InputError, match="no such file"):
        kiel_mod.read_weapons(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    frame, problems = kiel_mod.read_weapons(empty)
    assert frame.height == 0 and [p.code for p in problems] == ["AL101"]


def test_kiel_invalid_utf8_and_unbalanced_quotes_do_not_crash(tmp_path):
    path = tmp_path / "weapons.csv"
    path.write_bytes(b'"donor","category","number_of_weapons","monetary_value_eur","weapons_list"\n'
                     b'"Fr\xe9nce","Howitzers",2,10,"TRF1 howitzer (2)"\n'
                     b'"France","Howitzers",2,10,"TRF1 howitzer (2\n')
    frame, problems = kiel_mod.read_weapons(path)
    codes = [p.code for p in problems]
    assert "AL102" in codes and "AL202" in codes
    assert all(p.doc_id.startswith(f"{path}:") for p in problems)


def test_data_explorer_billions_become_euros(tmp_path):
    frame, problems = kiel_mod.read_data_explorer(EXPLORER)
    assert frame.schema == kiel_mod.EXPLORER_SCHEMA
    dnk = row(frame, donor="DNK")
    assert dnk["military_amount"] == Decimal("490000000.00")
    assert dnk["humanitarian_amount"] == Decimal("10000000.00")
    assert str(dnk["date"]) == "2023-01-01"
    eu = row(frame, donor_name="EU (Commission and Council)")
    assert eu["donor"] == "EU" and eu["to_be_allocated_amount"] == Decimal("-1000.00")
    assert at(problems, 4, EXPLORER) == ["AL202"]
    assert at(problems, 5, EXPLORER) == ["AL103"]                # month 13: skipped
    assert at(problems, 6, EXPLORER) == ["AL103"]                # total "x": null
    assert row(frame, donor="NOR")["total_amount"] is None
    assert frame.height == 4


# -- Oryx donated_vehicles.csv ---------------------------------------------------------------------


@pytest.mark.parametrize(("name", "code"), [
    ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("Macedonia", "MKD"), ("NATO", "NATO"),
    ("United Kingdom", "GBR"), ("Turkiye", "TUR"), ("South Korea", "KOR"),
    ("EU (Commission and Council)", "EU"), ("Atlantis", None), ("", None),
])
def test_donor_names_of_the_trackers(name, code):
    assert resolve_donor(name) == code


def test_oryx_donors_and_recipients(oryx):
    frame, problems = oryx
    assert frame.schema == oryx_mod.DONATED_SCHEMA
    assert row(frame, name="T-72M1")["donor"] == "CZE"
    assert sorted(frame.filter(pl.col("name") == "Su-25")["donor"].to_list()) == ["MKD", "MKD", "NATO"]
    senator = row(frame, name="Roshel Senator")
    assert senator["donor"] is None and at(problems, 15, DONATED) == ["AL202"]
    belarus = row(frame, name="T-72A")
    assert (belarus["donor"], belarus["recipient"], belarus["donor_abbr"]) == ("BLR", "RUS", "BEL")


def test_oryx_count_zero_is_unknown(oryx):
    frame, _ = oryx
    lmv = row(frame, name="Iveco LMV")
    assert lmv["count"] is None and lmv["count_unknown"] is True
    assert row(frame, name="T-72EA")["count_unknown"] is False


@pytest.mark.parametrize(("name", "count", "suspect"), [
    ("M-55S", 55, True), ("T-72M1", 72, True), ("T-72M1", 1, True), ("AGM-84 Harpoon (Missiles)", 84, True),
    ("Hydrema 910 Mine Clearing Vehicle", 910, True), ("155mm M777", 180, False), ("T-72M1", 50, False),
    ("Gepard", 67, False), ("M-55S", None, False),
])
def test_suspect_counts(name, count, suspect):
    assert oryx_mod.suspect_count(name, count) is suspect


def test_oryx_flags_catalog_category_and_problems(oryx):
    frame, problems = oryx
    hydrema = row(frame, name="Hydrema 910 Mine Clearing Vehicle")
    assert hydrema["suspect_count"] is True
    assert (hydrema["tracker_category"], hydrema["category"]) == ("Cargo Drones", "vehicle")
    assert row(frame, name="M-55S'")["system"] == "M-55S"            # trailing quote mark of the scrape
    assert row(frame, name="155mm ShKH Zuzana 2s*")["family"] == "Zuzana 2"
    dup = frame.filter(pl.col("name") == "Su-25", pl.col("donor") == "MKD").sort("source_line")
    assert dup["duplicate_of"].to_list() == [None, 11]
    assert at(problems, 17, DONATED) == ["AL203"]                    # "Mystery Tank Mk 3"
    assert at(problems, 19, DONATED) == ["AL103"]                    # is_delivered "maybe"
    assert row(frame, name="BMP-1A1")["is_delivered"] is None
    assert at(problems, 20, DONATED) == ["AL103"]                    # too few fields: skipped
    assert frame.filter(pl.col("name") == "Dingo").height == 0
    assert row(frame, name="Patriot Launcher")["is_delivered"] is False


def test_catalog_matching_strips_formatting_not_names():
    assert name_candidates("155mm TRF1s*") == ["155mm TRF1s*", "155mm TRF1s", "TRF1s", "TRF1"]
    assert name_candidates("''Mamba''")[1] == "Mamba"
    m = match_system("Modified T-72 tank (T-72A/T-72M1/M1R)")
    assert (m.family, m.category) == ("T-72", "tank")
    fam = match_system("T-72M(R)s and T-72M1(R)")
    assert (fam.system, fam.family, fam.match) == (None, "T-72", "family")
    # a fuzzy match must keep the numbers of the name
    assert match_system("M50 105mm howitzer").family is None
    assert match_system("''Anti-Aircraft Guns''").family is None


# -- comparison ------------------------------------------------------------------------------------


def test_variants_sum_to_the_family(comparison):
    nld = row(comparison.pairs, donor="NLD", family="Leopard 1")
    assert (nld["kiel_count"], nld["oryx_count"]) == (20, 20)          # 1A5 (12) + 1A5BE (8) in Oryx
    assert nld["oryx_systems"] == "Leopard 1A5; Leopard 1A5BE"
    kd = comparison.differences.filter(pl.col("comparison") == "kiel~oryx")
    assert kd.filter(pl.col("donor") == "NLD").height == 0
    assert row(comparison.pairs, donor="DNK", family="Caesar")["oryx_systems"] == "Caesar 8x8"


def test_each_difference_has_a_likely_reason(comparison):
    kd = comparison.differences.filter(pl.col("comparison") == "kiel~oryx")
    reason = {(r["donor"], r["family"]): r["reason"] for r in kd.iter_rows(named=True)}
    assert reason == {
        ("CZE", "T-72"): "variant",           # "Modified T-72 tank" against T-72M1
        ("FRA", "Caesar"): "variant",         # Caesar against Caesar 6x6
        ("DEU", "Patriot"): "counting_unit",  # 2 batteries against 6 launchers
        ("USA", "M1 Abrams"): "suspect_count",  # Oryx count 0 = unknown
        ("SWE", "Archer"): "status",          # 20 committed, 8 seen
    }
    assert set(comparison.differences["reason"]) | set(comparison.gaps["reason"]) <= set(REASONS)
    fra = row(kd, donor="FRA")
    assert (fra["left"], fra["right"], fra["difference"]) == (30.0, 24.0, 6.0)
    assert fra["reasons"] == "variant; status"
    assert row(kd, donor="USA")["difference"] is None


def test_coverage_gaps_apart_from_count_differences(comparison):
    gaps = {(r["donor"], r["family"], r["missing_from"]): r["reason"]
            for r in comparison.gaps.iter_rows(named=True)}
    assert gaps[("SVN", "M-55S", "oryx")] == "donor_role"    # Kiel credits Slovenia, Oryx Germany
    assert gaps[("DEU", "M-55S", "kiel")] == "donor_role"
    assert gaps[("DNK", "Zuzana 2", "oryx")] == "donor_role"  # funded by Denmark, supplied by Slovakia
    assert gaps[("DEU", "IRIS-T SLM", "oryx")] == "coverage"
    # Kiel does not cover vehicles or aircraft: no gap for them
    assert not any(f in ("Hydrema 910 MCV", "Su-25", "Iveco LMV") for _, f, _ in gaps)
    gap_pairs = {(d, f) for d, f, _ in gaps}
    diff_pairs = set(comparison.differences.select("donor", "family").iter_rows())
    assert not gap_pairs & diff_pairs
    reasons = dict(comparison.reasons.iter_rows())
    assert reasons["donor_role"] == 4 and reasons["coverage"] == 2


def test_threshold(kiel, oryx):
    loose = compare(None, kiel[0], oryx[0], threshold=5)
    kd = loose.differences.filter(pl.col("comparison") == "kiel~oryx")
    assert set(kd["donor"]) == {"FRA", "USA", "SWE"}          # CZE (5) and DEU (4) are within 5
    with pytest.raises(ValueError):
        compare(None, kiel[0], oryx[0], threshold=-1)


def test_unmatched_rows_are_listed_for_the_catalog(comparison):
    un = comparison.unmatched
    assert set(un.filter(pl.col("why") == "system")["name"]) == {"Wunderwaffe Mk 9", "Mystery Tank Mk 3"}
    assert "Atlantis" in set(un.filter(pl.col("why") == "donor")["donor_name"])


def test_compare_with_the_ledger(kiel, oryx):
    from conftest import seed_pledges

    from aidledger.ledger import to_frame

    ledger = to_frame(seed_pledges())   # France: 18 Caesar delivered, 12 more pledged, plus money
    c = compare_frames(ledger, kiel[0], oryx[0])
    fra = row(c.pairs, donor="FRA", family="Caesar")
    assert (fra["ledger_pledged"], fra["ledger_delivered"], fra["in_ledger"]) == (12.0, 18.0, True)
    # Kiel counts commitments: the ledger's side is what is committed (sql/030_committed.sql), 18
    # delivered and 12 more = 30, as Kiel's 30, so no difference
    assert (fra["ledger_committed"], fra["kiel_count"]) == (30.0, 30)
    d = {r["comparison"]: r for r in c.differences.filter(pl.col("donor") == "FRA").iter_rows(named=True)}
    assert "ledger_committed~kiel" not in d and "ledger_pledged~kiel" not in d
    assert (d["ledger_delivered~oryx"]["left"], d["ledger_delivered~oryx"]["right"]) == (18.0, 24.0)
    # the same 12 pledged without "more" may be part of the 18 delivered: 18 committed, 12 short of Kiel
    plain = compare_frames(ledger.with_columns(is_additional=pl.lit(False)), kiel[0], oryx[0])
    assert row(plain.pairs, donor="FRA", family="Caesar")["ledger_committed"] == 18.0
    d = {r["comparison"]: r for r in plain.differences.filter(pl.col("donor") == "FRA").iter_rows(named=True)}
    assert (d["ledger_committed~kiel"]["left"], d["ledger_committed~kiel"]["right"]) == (18.0, 30.0)
    assert d["ledger_committed~kiel"]["difference"] == -12.0
    # Denmark: 19 pledged, nothing delivered: 19 committed
    assert row(c.pairs, donor="DNK", family="Caesar")["ledger_committed"] == 19.0
    # pairs the ledger lacks are gaps of the ledger only when the ledger is given
    assert c.gaps.filter(pl.col("missing_from") == "ledger").height > 0
    assert compare(None, kiel[0], oryx[0]).gaps.filter(pl.col("missing_from") == "ledger").height == 0


def test_empty_inputs():
    c = compare_frames()
    assert c.pairs.height == c.differences.height == c.gaps.height == 0


def test_plain_functions_for_the_cli():
    frame, problems = import_kiel(WEAPONS)
    assert frame.height == 15 and problems
    assert import_oryx(DONATED)[0].height == 20
    assert import_kiel_money(EXPLORER)[0].height == 4


def test_sql_views_give_the_same_counts(kiel, oryx, ledger):

    with ledger as led:  # a copy of the session's empty ledger file
        for frame in (kiel[0], oryx[0]):
            led.con.register("incoming_tracker", frame.to_arrow())
            led.con.execute("INSERT INTO tracker_items BY NAME SELECT * FROM incoming_tracker")
            led.con.unregister("incoming_tracker")
        view = led.view("tracker_comparison")
    polars_side = compare(None, kiel[0], oryx[0]).pairs.select("donor", "family", "kiel_count", "oryx_count")
    sql_side = view.select("donor", "family", "kiel_count", "oryx_count").cast(dict(polars_side.schema))
    assert sql_side.sort("donor", "family").equals(polars_side.sort("donor", "family"))


# -- round trips -----------------------------------------------------------------------------------

DONOR_NAMES = ["Czechia", "Czech Republic", "Denmark", "United States", "Turkiye",
               "EU (Commission and Council)", "Netherlands", "Atlantis"]
KIEL_CATEGORIES = ["Air Defense", "Tanks", "IFV", "Howitzers", "MLRS"]
_TEXT = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="();")
_words = st.text(_TEXT, min_size=1, max_size=12).map(lambda s: " ".join(s.split())).filter(bool)
_inner = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="()"),
                 min_size=1, max_size=8).map(lambda s: " ".join(s.split())).filter(bool)
_kiel_name = st.one_of(
    st.sampled_from(["Leopard-2A4", "CAESAR artillery howitzer", "Modified T-72 tank (T-72A/T-72M1/M1R)",
                     "M270 weapon system (Norway)", "Patriot air defense battery"]),
    _words,
    st.builds(lambda a, b: f"{a} ({b})", _words, _inner),
)
_kiel_row = st.tuples(
    st.sampled_from(DONOR_NAMES), st.sampled_from(KIEL_CATEGORIES),
    st.lists(st.tuples(_kiel_name, st.integers(0, 5000)), min_size=1, max_size=4),
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
)


def _without_file(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.drop("source_file")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_kiel_row, min_size=1, max_size=5))
def test_kiel_round_trip(rows):
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "a.csv", Path(tmp) / "b.csv"
        with open(first, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
            w.writerow(kiel_mod.WEAPONS_COLUMNS)
            for donor, cat, items, value in rows:
                w.writerow([donor, cat, sum(n for _, n in items), str(value), kiel_mod.pack(items)])
        frame, problems = kiel_mod.read_weapons(first)
        assert not [p for p in problems if p.code not in ("AL202", "AL203")]
        assert frame["name"].to_list() == [name for *_, items, _ in rows for name, _ in items]
        assert frame["count"].to_list() == [n for *_, items, _ in rows for _, n in items]
        assert frame["monetary_value"].to_list() == [v for *_, items, v in rows for _ in items]
        kiel_mod.write_weapons(frame, second)
        again, _ = kiel_mod.read_weapons(second)
        assert _without_file(again).equals(_without_file(frame))


_oryx_row = st.tuples(
    st.integers(0, 10**6), _kiel_name, st.sampled_from(["Tanks", "Towed Artillery", "Cargo Drones", ""]),
    st.sampled_from(["Czech Republic", "Macedonia", "NATO", "NONE", "United Kingdom", "Belarus"]),
    st.sampled_from(["Ukraine", "Russia"]), st.integers(0, 3000), st.booleans(), st.booleans(),
    st.sampled_from(["", "https://example.org/p.png"]), st.one_of(st.none(), st.integers(1900, 2030)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_oryx_row, min_size=1, max_size=6))
def test_oryx_round_trip(rows):
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "a.csv", Path(tmp) / "b.csv"
        with open(first, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(oryx_mod.COLUMNS)
            for oid, name, vtype, sup, rec, n, dlv, sov, proof, year in rows:
                w.writerow([oid, name, vtype, sup, sup[:3].upper(), rec, rec[:2].upper(), n, dlv, sov, proof,
                            "" if year is None else f"{year}.0"])
        frame, problems = oryx_mod.read_donated(first)
        assert not [p for p in problems if p.code not in ("AL202", "AL203")]
        assert frame["count"].to_list() == [r[5] or None for r in rows]          # 0 = unknown
        assert frame["name"].to_list() == [r[1] for r in rows]
        oryx_mod.write_donated(frame, second)
        again, _ = oryx_mod.read_donated(second)
        assert _without_file(again).equals(_without_file(frame))


# -- In the store: Ledger.import_kiel / import_oryx / compare ------------------------------------------


def _stored_problems(led, path):
    return sorted(led.sql("SELECT code FROM problems WHERE starts_with(doc_id, $p)", {"p": f"{path}:"})["code"])


def test_store_imports_round_trip_and_reimport_replaces(ledger):

    with ledger as led:  # a copy of the session's empty ledger file
        first = led.import_kiel(WEAPONS)
        frame, problems = kiel_mod.read_weapons(WEAPONS)
        assert (first.source, first.table, first.rows, first.replaced) == ("kiel", "tracker_items", frame.height, 0)
        assert [p.code for p in first.problems] == [p.code for p in problems]
        assert {p.code for p in first.errors} <= ERROR_CODES and first.errors
        assert led.tracker_frame("kiel").equals(frame)
        assert _stored_problems(led, WEAPONS) == sorted(p.code for p in problems)
        again = led.import_kiel(WEAPONS)
        assert (again.rows, again.replaced) == (frame.height, frame.height)
        assert led.sql("SELECT count(*) AS n FROM tracker_items")["n"].item() == frame.height
        assert _stored_problems(led, WEAPONS) == sorted(p.code for p in problems)

        oryx = led.import_oryx(DONATED)
        o_frame, _ = oryx_mod.read_donated(DONATED)
        assert (oryx.source, oryx.rows) == ("oryx", o_frame.height)
        assert led.tracker_frame("oryx").equals(o_frame)
        assert led.tracker_frame("kiel").equals(frame)  # the other tracker is untouched

        money = led.import_kiel(EXPLORER)  # told apart by its header
        m_frame, m_problems = kiel_mod.read_data_explorer(EXPLORER)
        assert (money.source, money.table, money.rows) == ("kiel-money", "tracker_money", m_frame.height)
        assert "AL202" in {p.code for p in m_problems}  # unknown donor kept as a problem ...
        assert "AL202" in _stored_problems(led, EXPLORER)  # ... in the diagnostics
        assert led.sql("SELECT count(*) AS n FROM tracker_items")["n"].item() == frame.height + o_frame.height


def test_store_reimport_replaces_the_problems_of_its_own_table_only(tmp_path, ledger):
    """A new import drops the problems of the files of the earlier import into the same table (from
    another path too), and keeps those of the other table's import of the same tracker."""

    moved = tmp_path / "weapons.csv"
    moved.write_bytes(WEAPONS.read_bytes())
    with ledger as led:  # a copy of the session's empty ledger file
        led.import_kiel(WEAPONS)
        money = led.import_kiel(EXPLORER)
        weapons_codes, money_codes = _stored_problems(led, WEAPONS), _stored_problems(led, EXPLORER)
        assert weapons_codes and money_codes
        led.import_kiel(moved)  # tracker_items again, from another path
        assert _stored_problems(led, WEAPONS) == [] and _stored_problems(led, moved) == weapons_codes
        assert _stored_problems(led, EXPLORER) == money_codes
        again = led.import_kiel(EXPLORER)  # tracker_money again: its problems not doubled
        assert again.replaced == money.rows and _stored_problems(led, EXPLORER) == money_codes
        assert _stored_problems(led, moved) == weapons_codes


def test_store_import_of_a_missing_or_foreign_file(tmp_path, ledger):

    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with ledger as led:  # a copy of the session's empty ledger file
        with pytest.raises(InputError):
            led.import_kiel(tmp_path / "missing.csv")
        with pytest.raises(InputError, match="header lacks"):
            led.import_oryx(other)
        assert led.sql("SELECT count(*) AS n FROM tracker_items")["n"].item() == 0


def test_store_compare_matches_the_pure_comparison_and_counts_events(seeded):
    seeded.import_kiel(WEAPONS)
    seeded.import_oryx(DONATED)
    result = seeded.compare(threshold=0)
    assert set(result) == {"pairs", "differences", "gaps", "unmatched", "reasons"}
    ref = compare(None, kiel_mod.read_weapons(WEAPONS)[0], oryx_mod.read_donated(DONATED)[0])
    assert result["unmatched"].equals(ref.unmatched)
    pairs = {(r["donor"], r["family"]): r for r in result["pairs"].rows(named=True)}
    fra = pairs[("FRA", "Caesar")]
    assert (fra["ledger_pledged"], fra["ledger_delivered"], fra["ledger_committed"]) == (12, 18, 30)
    assert pairs[("DNK", "Caesar")]["ledger_pledged"] == pairs[("DNK", "Caesar")]["ledger_committed"] == 19
    assert pairs[("DNK", "Caesar")]["kiel_count"] == 19
    diffs = {(r["donor"], r["family"], r["comparison"]) for r in result["differences"].rows(named=True)}
    assert ("FRA", "Caesar", "ledger_committed~kiel") not in diffs  # 30 committed, Kiel's 30
    assert ("DNK", "Caesar", "ledger_committed~kiel") not in diffs
    # the ledger side in the database (view ledger_family_counts) counts what compare counts
    view = {(r["donor"], r["family"]): r for r in seeded.view("ledger_family_counts").rows(named=True)}
    for key, r in pairs.items():
        if r["in_ledger"]:
            assert (view[key]["ledger_pledged"], view[key]["ledger_delivered"], view[key]["ledger_committed"]) == (
                r["ledger_pledged"], r["ledger_delivered"], r["ledger_committed"]), key
    assert {k for k, r in pairs.items() if r["in_ledger"]} == set(view)
    sql_side = {(r["donor"], r["family"]): r for r in seeded.view("tracker_comparison").rows(named=True)}
    assert (sql_side[("FRA", "Caesar")]["ledger_committed"], sql_side[("FRA", "Caesar")]["ledger_minus_kiel"]) == (
        30, 0)
    # The same pledge in a second article is one event: the ledger side does not double.
    from conftest import seed_document, seed_pledges

    from aidledger.model import Document

    first = seed_document()
    copy = Document("copy", first.text, published=first.published)
    seeded.add(seed_pledges(copy), documents=[copy])
    again = {(r["donor"], r["family"]): r for r in seeded.compare()["pairs"].rows(named=True)}
    assert (again[("FRA", "Caesar")]["ledger_pledged"], again[("FRA", "Caesar")]["ledger_committed"]) == (12, 30)
    high = seeded.compare(threshold=100)["differences"]
    assert high.filter(pl.col("difference").is_not_null()).height == 0
