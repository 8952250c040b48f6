"""The systems catalog: data checks, lookups, matching rules, resolve and fuzzy matching."""

from __future__ import annotations

from collections import defaultdict

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.catalog import CATEGORIES, Catalog, System, load_catalog, normalise
from aidledger.units import Q_


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


def names(mentions) -> list[tuple[str, str]]:
    return [(m.text, m.system.name) for m in mentions]


# ---- the data ----------------------------------------------------------------------------------------


def test_size_and_categories(cat: Catalog) -> None:
    assert len(cat.systems) >= 300
    assert len({s.name for s in cat.systems}) == len(cat.systems)  # names are unique
    assert {s.category for s in cat.systems} <= set(CATEGORIES)
    assert {s.category for s in cat.generics} <= set(CATEGORIES)
    assert {s.counting_unit for s in cat.systems} <= {"unit", "round", "battery"}
    assert {s.quantity_unit for s in cat.systems + cat.generics} <= {"units", "rounds"}
    assert len(cat.generics) >= 50
    assert not any(s.generic for s in cat.systems) and all(g.generic for g in cat.generics)


def test_quantities_are_lengths(cat: Catalog) -> None:
    length = Q_("1 m").dimensionality
    for s in cat.systems:
        for q in (s.calibre, s.range):
            assert q is None or q.dimensionality == length, s.name
    assert cat.get("Caesar").calibre == Q_("155 mm")
    assert cat.get("HIMARS").range.to("km").magnitude == pytest.approx(300)


def _valid_code(code: str) -> bool:
    return bool(pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code))


def test_country_codes_are_iso_alpha3(cat: Catalog) -> None:
    bad = [(s.name, c) for s in cat.systems for c in s.origin + s.operators if not _valid_code(c)]
    assert bad == []
    assert all(s.origin for s in cat.systems if s.name not in ("SDZ",))


def test_no_alias_names_two_families(cat: Catalog) -> None:
    families: dict[str, set[str]] = defaultdict(set)
    for s in cat.systems:
        for n in s.all_names:
            families[normalise(n)].add(s.family)
    assert {k: v for k, v in families.items() if len(v) > 1} == {}


def test_generic_terms_do_not_shadow_named_systems(cat: Catalog) -> None:
    generic_keys = {normalise(n) for g in cat.generics for n in g.all_names}
    assert not generic_keys & {normalise(n) for s in cat.systems for n in s.all_names}


# ---- get / family_of ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "expected"), [
    ("HIMARS", "HIMARS"),
    ("himars", "HIMARS"),
    ("M142", "HIMARS"),
    ("Panzerhaubice 2000", "PzH 2000"),
    ("Panzerhaubitze 2000", "PzH 2000"),
    ("Challenger II", "Challenger 2"),
    ("Leopard-2A4", "Leopard 2A4"),
    ("Leopard 2 A4", "Leopard 2A4"),
    ("leopard2a4", "Leopard 2A4"),
    ("Ceasar", "Caesar"),
    ("BWP-1", "BMP-1"),
    ("Pbv 501", "BMP-1"),
    ("Mars II", "Mars II"),
    ("F16", "F-16"),
    ("Abrams", "M1 Abrams"),
    ("National Advanced Surface-to-Air Missile System", "NASAMS"),
    ("SAMP-T", "SAMP/T"),
    ("9K32 Strela-2", "Strela-2"),
    ("SA-14", "Strela-3"),
    ("Pandur II 8x8", "Pandur II"),
    ("K2PL", "K2 Black Panther"),
    ("Arquus Bastion", "ACMAT Bastion"),
    ("OT-64", "OT-64 SKOT"),
    ("Skyranger-30", "Skyranger 30"),
    ("Rheinmetall Skyranger 35", "Skyranger 35"),
])
def test_get(cat: Catalog, query: str, expected: str) -> None:
    s = cat.get(query)
    assert s is not None and s.name == expected


def test_get_unknown(cat: Catalog) -> None:
    assert cat.get("Flying Carpet 9000") is None
    assert cat.get("") is None


def test_family_of(cat: Catalog) -> None:
    assert cat.family_of("Leopard 2A6") == "Leopard 2"
    assert cat.family_of("Strv 122") == "Leopard 2"
    assert cat.family_of("Caesar 8x8") == "Caesar"
    assert cat.family_of("M109A3GN") == "M109"
    assert cat.family_of("Mars II") == "M270"
    assert cat.family_of("SCALP") == "Storm Shadow"
    assert cat.family_of("HIMARS") == "HIMARS"
    assert cat.family_of("no such thing") is None


def test_facts_of_a_few_systems(cat: Catalog) -> None:
    samp = cat.get("SAMP/T")
    assert samp.origin == ("FRA", "ITA") and samp.category == "air_defence"
    assert samp.counting_unit == "battery"
    assert cat.get("Excalibur").quantity_unit == "rounds"
    assert cat.get("AMX-10 RC").category == "tank"
    assert cat.get("Bushmaster").category == "vehicle"
    assert cat.get("Javelin").category == "missile"
    assert cat.get("Gepard").category == "air_defence"
    assert "DNK" in cat.get("Caesar").operators
    # README rule 14 and the development annotations: armoured combat support and mobility vehicles are vehicles
    assert cat.get("Armoured Combat Support Vehicle").category == "vehicle"
    assert cat.get("Senator armoured personnel carriers").name == "Roshel Senator"
    assert cat.get("Roshel Senator").category == "vehicle"
    assert cat.get("CRV7 rockets").name == "CRV7" and cat.get("CRV7").quantity_unit == "rounds"


# ---- find --------------------------------------------------------------------------------------------


def test_find_offsets_and_plural() -> None:
    cat = load_catalog()
    text = "Two Caesars arrived, with Strykers and four F-16s; the MiG-29s stayed."
    found = cat.find(text)
    assert names(found) == [("Caesars", "Caesar"), ("Strykers", "Stryker"), ("F-16s", "F-16"),
                            ("MiG-29s", "MiG-29")]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_find_case_rules(cat: Catalog) -> None:
    assert names(cat.find("The Himars fired.")) == [("Himars", "HIMARS")]
    assert names(cat.find("CAESAR and Caesar")) == [("CAESAR", "Caesar"), ("Caesar", "Caesar")]
    assert cat.find("an archer, a patriot and a hawk met a stinger at caesar's") == []
    assert names(cat.find("Archer, Patriot and Hawk")) == [
        ("Archer", "Archer"), ("Patriot", "Patriot"), ("Hawk", "Hawk")]
    # common English words written as acronyms match in capitals only
    assert cat.find("It did no harm to tow the car.") == []
    assert names(cat.find("HARM and TOW missiles")) == [("HARM", "HARM"), ("TOW missiles", "TOW")]
    # short letter groups keep their case: "as 90 percent" is not the AS-90
    assert cat.find("as 90 percent of Ukraine's 300 towns") == []
    assert names(cat.find("AS-90 and S-300")) == [("AS-90", "AS-90"), ("S-300", "S-300")]


def test_find_separators_and_typography(cat: Catalog) -> None:
    text = "Leopard 2A4, Leopard-2A4, Leopard 2 A4, Leopard\u20112A4, F16, F 16, MiG 29, SAMP/T, SAMPT"
    assert [m.system.name for m in cat.find(text)] == [
        "Leopard 2A4", "Leopard 2A4", "Leopard 2A4", "Leopard 2A4", "F-16", "F-16", "MiG-29", "SAMP/T",
        "SAMP/T"]
    assert names(cat.find("the Leopard\u2019s gun")) == [("Leopard\u2019s", "Leopard")]
    assert names(cat.find("Caesar 6\u00d76")) == [("Caesar 6\u00d76", "Caesar 6x6")]
    assert names(cat.find("two Leopard\n2A4s")) == [("Leopard\n2A4s", "Leopard 2A4")]
    # neither a blank line nor a full stop joins two words into a name
    assert names(cat.find("the Leopard\n\n2,000 rounds; a Leopard. 2 more")) == [
        ("Leopard", "Leopard"), ("Leopard", "Leopard")]


def test_find_longest_wins(cat: Catalog) -> None:
    assert names(cat.find("an IRIS-T SLM system and an IRIS-T")) == [
        ("IRIS-T SLM system", "IRIS-T SLM"), ("IRIS-T", "IRIS-T")]
    assert names(cat.find("a Patriot launcher")) == [("Patriot launcher", "Patriot")]
    assert names(cat.find("Leopard 2A6 and Leopard 2 tanks and Leopard 1A5s")) == [
        ("Leopard 2A6", "Leopard 2A6"), ("Leopard 2 tanks", "Leopard 2"), ("Leopard 1A5s", "Leopard 1A5")]
    assert names(cat.find("Leopard 2R")) == [("Leopard 2R", "Leopard 2R")]
    # word boundaries: no system inside a longer token
    assert cat.find("PT-72X and XHIMARS") == []


def test_find_misspellings_and_national_names(cat: Catalog) -> None:
    text = "Slovakia sent Zusana-2 guns; Germany Panzerhaubice 2000 and Mars II; Britain Challenger II."
    assert [m.system.name for m in cat.find(text)] == ["Zuzana 2", "PzH 2000", "Mars II", "Challenger 2"]


def test_find_skips_companies(cat: Catalog) -> None:
    assert names(cat.find("Excalibur Army upgraded the T-72EA")) == [("T-72EA", "T-72EA")]


def test_find_on_a_megabyte(cat: Catalog) -> None:
    # speed is measured by benchmarks/extract_throughput.py, not asserted here (shared machines vary)
    text = ("Germany pledged 18 Leopard 2A6 tanks, 40 Marder IFVs and a Patriot battery; the talks in "
            "Brussels continued through the night and nothing else was announced. ") * 6500
    assert len(text) > 1_000_000
    found = cat.find(text)
    assert len(found) == 3 * 6500


# ---- generic items -----------------------------------------------------------------------------------


def test_find_generic(cat: Catalog) -> None:
    found = cat.find_generic("2,000 machine guns and 18 coastal and riverine patrol boats")
    assert [(m.text, m.system.name, m.system.category) for m in found] == [
        ("machine guns", "machine guns", "small_arms"),
        ("coastal and riverine patrol boats", "patrol boats", "naval"),
    ]
    g = found[0].system
    assert g.generic and g.quantity_unit == "units"


def test_missile_boats_and_fast_attack_craft_are_naval_not_missiles(cat: Catalog) -> None:
    """"its Hamina-class missile boats", "two fast attack craft": boats that carry missiles are vessels."""
    found = cat.find_generic("Athens kept its four missile boats and sent two fast attack craft")
    assert [(m.text, m.system.category) for m in found] == [("missile boats", "naval"), ("fast attack craft", "naval")]


@pytest.mark.parametrize(("text", "name", "category", "unit"), [
    ("50,000 rounds of ammunition", "rounds of ammunition", "ammunition", "rounds"),
    ("155mm artillery shells", "artillery shells", "ammunition", "rounds"),
    ("100 military vehicles", "military vehicles", "vehicle", "units"),
    ("two helicopters", "helicopters", "helicopter", "units"),
    ("Anti-aircraft guns", "anti-aircraft guns", "air_defence", "units"),
    ("nine counter-drone systems", "counter-drone systems", "air_defence", "units"),
    ("armored vehicles", "armoured vehicles", "vehicle", "units"),
    ("air defense systems", "air defence systems", "air_defence", "units"),
    ("APCs", "armoured personnel carriers", "ifv_apc", "units"),
    ("self-propelled howitzers", "self-propelled howitzers", "artillery", "units"),
    ("fighter jets", "fighter jets", "aircraft", "units"),
    ("surveillance aircraft", "surveillance aircraft", "aircraft", "units"),
    ("multiple rocket launchers", "multiple rocket launchers", "mlrs", "units"),
    ("main battle tanks", "tanks", "tank", "units"),
    ("three batteries of air defence", "air defence systems", "air_defence", "units"),
    ("UAVs", "drones", "drone", "units"),
    # abbreviations of the trade press
    ("12 MBTs", "tanks", "tank", "units"),
    ("12 SPGs", "self-propelled howitzers", "artillery", "units"),
    ("4,000 FPVs", "FPV drones", "drone", "units"),
    ("EW systems", "electronic warfare systems", "other_equipment", "units"),
    ("30 anti-drone jamming devices", "counter-drone systems", "air_defence", "units"),
    ("ammunition", "ammunition", "ammunition", "rounds"),
    # a compound written with a hyphen or a space, or its older name
    ("4 mine-hunters", "minehunters", "naval", "units"),
    ("two mine hunters", "minehunters", "naval", "units"),
    ("a minesweeper", "minehunters", "naval", "units"),
])
def test_generic_terms(cat: Catalog, text: str, name: str, category: str, unit: str) -> None:
    found = cat.find_generic(text)
    assert found, text
    g = found[-1].system
    assert (g.name, g.category, g.quantity_unit) == (name, category, unit)


def test_a_generic_word_joined_by_a_hyphen_to_the_next_is_a_modifier(cat: Catalog) -> None:
    # "drone-detection radars" are radars, not drones; "tank-repair kits" hold no tank
    assert [m.system.name for m in cat.find_generic("60 drone-detection radars")] == ["radars"]
    assert [m.system.name for m in cat.find_generic("40 tank-repair kits")] == []
    assert [m.system.name for m in cat.find_generic("40 tanks - repair kits")] == ["tanks"]


def test_get_generic(cat: Catalog) -> None:
    assert cat.get_generic("armored vehicles").name == "armoured vehicles"
    assert cat.get_generic("patrol boats").category == "naval"
    assert cat.get_generic("Leopard 2") is None


# ---- resolve and fuzzy -------------------------------------------------------------------------------


def test_resolve(cat: Catalog) -> None:
    caesar = cat.resolve(operator="DNK", origin="FRA", category="artillery")
    assert caesar is not None and caesar.name == "Caesar"
    assert cat.resolve(operator="Denmark", origin="France", category="artillery").name == "Caesar"
    assert cat.resolve(operator="DK", origin="FR", category="artillery").name == "Caesar"
    # a family with variants answers its family row
    assert cat.resolve(operator="NOR", origin="USA", category="mlrs").name == "M270"
    # Dana is a Czechoslovak design: found by its successor state
    assert cat.resolve(operator="GEO", origin="CZE", category="artillery").name == "Dana"
    assert cat.resolve(operator="CZE", origin="CZE", category="artillery") is None  # Dana and DITA
    # several families: no answer
    assert cat.resolve(operator="DEU", origin="DEU", category="tank") is None
    assert cat.resolve(operator="XXX", category="tank") is None
    assert cat.resolve() is None


def test_fuzzy(cat: Catalog) -> None:
    assert cat.fuzzy("Panzerhaubize").name == "PzH 2000"
    assert cat.fuzzy("Bayraktarr").name == "Bayraktar TB2"
    assert cat.fuzzy("Kyiv") is None  # too short
    assert cat.fuzzy("bayraktar") is None  # not capitalised
    assert cat.fuzzy("Zaporizhzhia") is None


# ---- loading other files -----------------------------------------------------------------------------


def test_load_small_files(tmp_path) -> None:
    systems = tmp_path / "systems.csv"
    systems.write_text(
        "name,family,aliases,category,origin,manufacturer,operators,calibre,range,counting_unit,source\n"
        'Gizmo 1,Gizmo,"Gizmo-1;Gizmo One",artillery,FRA,Acme,FRA;DNK,105 mm,12 km,unit,test\n'
        "Gizmo 2,Gizmo,,artillery,FRA,,DNK,,,unit,test\n",
        encoding="utf-8")
    generics = tmp_path / "generic_items.csv"
    generics.write_text("term,name,category,quantity_unit\nwidget,widgets,other_equipment,units\n",
                        encoding="utf-8")
    cat = Catalog.load(systems, generics)
    assert [s.name for s in cat.systems] == ["Gizmo 1", "Gizmo 2"]
    assert cat.get("gizmo one").name == "Gizmo 1"
    assert cat.get("Gizmo 2").manufacturer is None and cat.get("Gizmo 2").calibre is None
    assert cat.resolve(operator="DNK", category="artillery").name == "Gizmo 1"  # no family row: first
    found = names(cat.find("three Gizmo-1s and a Gizmo 2"))
    assert found == [("Gizmo-1s", "Gizmo 1"), ("Gizmo 2", "Gizmo 2")]
    assert names(cat.find_generic("Widgets")) == [("Widgets", "widgets")]
    assert isinstance(cat.generics[0], System) and cat.generics[0].generic


def test_bad_rows_are_rejected(tmp_path) -> None:
    header = "name,family,aliases,category,origin,manufacturer,operators,calibre,range,counting_unit,source\n"
    empty = tmp_path / "g.csv"
    empty.write_text("term,name,category,quantity_unit\n", encoding="utf-8")
    for row in ("X,X,,spaceship,FRA,,,,,unit,t\n", "X,X,,tank,FRA,,,120 kg,,unit,t\n",
                "X,X,,tank,FRA,,,,,dozen,t\n"):
        p = tmp_path / "s.csv"
        p.write_text(header + row, encoding="utf-8")
        with pytest.raises(ValueError):
            Catalog.load(p, empty)


def test_case_check_reads_the_units_as_their_regex_does(cat: Catalog) -> None:
    """The case check walks an alias's units instead of compiling a regex per alias: it accepts
    exactly the strings that regex fullmatches (aliases, their case variants, odd separators)."""
    import random
    import re

    from aidledger.catalog import _alias_units, _unit_regex, _units_fullmatch

    rng = random.Random(12)
    aliases = [n for s in cat.systems for n in s.all_names if not n.isalpha()]
    seps = ["", " ", "-", "\u2011", " - ", "/", ".", " .", "\n", "\n\n", " \u00a0", "--", "_"]
    for alias in rng.sample(aliases, 400):
        units = _alias_units(alias)
        rx = re.compile("".join(_unit_regex(u) for u in units), re.IGNORECASE)
        variants = {alias, alias.upper(), alias.lower(), alias.swapcase(), alias + "s", " " + alias}
        for _ in range(12):
            parts = re.split(r"([\s\-/.]+)", alias)
            variants.add("".join(rng.choice(seps) if i % 2 else rng.choice([p, p.lower(), p.upper()])
                                 for i, p in enumerate(parts)))
        for v in variants:
            assert _units_fullmatch(units, v) == (rx.fullmatch(v) is not None), (alias, v)
    assert _units_fullmatch(_alias_units("AS-90"), "AS 90")
    assert not _units_fullmatch(_alias_units("AS-90"), "as 90")


def test_misspelt_one_word_names_are_found_only_where_nothing_else_is():
    cat = load_catalog()
    text = "Poland sent 10 Bradly vehicles, 31 Abrahms tanks and 4 Patriott systems; Speaking, Stringer agreed."
    found = [(m.text, m.system.name) for m in cat.find_misspelt(text, [])]
    assert found == [("Bradly", "Bradley"), ("Abrahms", "M1 Abrams"), ("Patriott", "Patriot")]
    start = text.index("Abrahms")
    assert [m.text for m in cat.find_misspelt(text, [(start - 3, start + 7)])] == ["Bradly", "Patriott"]
    # one letter changed in a seven-letter name ("Striker" for "Stryker") is a slip too
    assert [(m.text, m.system.name) for m in cat.find_misspelt("Kyiv got 4 Striker vehicles.", [])] == [
        ("Striker", "Stryker")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=6))
def test_misspelt_names_skip_exactly_the_taken_spans(raw):
    cat = load_catalog()
    text = "Bradly and Abrahms, then Patriott, Javellin and Challanger arrived at dawn."
    taken = [(a, a + n) for a, n in raw]
    expected = [m.text for m in cat.find_misspelt(text, []) if not any(a < m.end and m.start < b for a, b in taken)]
    assert [m.text for m in cat.find_misspelt(text, taken)] == expected


def test_leopard_variants_by_their_bare_designation_but_not_other_guns_with_a_longer_one():
    cat = load_catalog()
    text = "Canada shipped eight 2A4s and Portugal three 2A6s; Russia fields the 2A45 tank gun."
    assert [(m.text, m.system.name) for m in cat.find(text)] == [("2A4s", "Leopard 2A4"), ("2A6s", "Leopard 2A6")]


def test_the_bulldog_alone_names_the_fv430(cat: Catalog) -> None:
    found = cat.find("London will hand over 20 Bulldog armoured vehicles.")
    assert [x.system.name for x in found] == ["FV430 Bulldog"]


def test_the_austrian_m109_variant_in_ascii_is_the_m109a5(cat: Catalog) -> None:
    assert [x.system.name for x in cat.find("6 units of howitzers M109A5Oe")] == ["M109A5"]


def test_a_system_whose_bare_name_is_ambiguous_is_found_with_its_class_words(cat: Catalog) -> None:
    # "K9" alone is no name (police dogs); "K9 self-propelled howitzers" is the Korean gun
    assert [m.system.name for m in cat.find("Seoul will not send K9 self-propelled howitzers.")] == ["K9 Thunder"]
    assert [m.system.name for m in cat.find("The K9 unit searched the car.")] == []


def test_the_swedish_and_the_european_radars_by_their_bare_names_in_capitals(cat: Catalog) -> None:
    assert [m.system.name for m in cat.find("Stockholm sent a few ARTHURs in 2023.")] == ["ARTHUR radar"]
    assert [m.system.name for m in cat.find("Berlin has handed over four COBRA systems.")] == ["COBRA radar"]
    # the words and names written in the ordinary way are no radars
    assert cat.find("Arthur Lewis said a cobra was found in the depot.") == []
