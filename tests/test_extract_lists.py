"""Item lists, roundup bullets and the packages they belong to (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


def test_a_roundup_bullet_that_is_a_whole_statement_keeps_its_single_item():
    text = ("Evening digest\n\n"
            "* Portugal: Defence Minister Nuno Melo said his government would not send more artillery shells.\n"
            "* Finland: Helsinki will send air defence systems, the minister said.\n")
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [
        ("FIN", "air defence systems", "pledged"), ("PRT", "artillery shells", "refused")]
    # an entry of a list of items under a donor's name still needs a number (rule 8)
    text = "Pledges this week:\n* Finland: air defence systems\n* Portugal: 12 trucks\n"
    assert [(r[0], r[2]) for r in rows(text)] == [("PRT", 12)]


def test_the_items_of_a_package_handed_over_take_the_status_of_the_sentence_before_it_contains():
    text = ("On 3 June the minister handed over to Ukraine the 12th Danish support package. It contains:\n"
            "Counter-drone systems – 400 units;\n"
            "Field radios – 150;\n"
            "M113 armoured personnel carriers – 20.\n"
            "The value of the package is DKK 300 million.")
    assert [(r[1], r[2], r[3], r[-1]) for r in rows(text.replace("the minister", "Denmark"))] == [
        ("M113", 20, None, "delivered"), ("counter-drone systems", 400, None, "delivered"),
        ("military aid package", None, 300_000_000, "delivered"), ("radios", 150, None, "delivered")]


def test_a_package_that_will_be_sent_keeps_its_items_pledged():
    text = ("Denmark will send a new support package. It contains:\n"
            "Field radios – 150;\n"
            "M113 armoured personnel carriers – 20.\n")
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [("M113", 20, "pledged"), ("radios", 150, "pledged")]


def test_a_count_grouped_by_a_space_is_no_year():
    assert [(r[0], r[2]) for r in rows("Latvia will send 2 000 drones to Ukraine.")] == [("LVA", 2000)]
    assert [(r[0], r[2]) for r in rows("Latvia will send 2\u00a0010 drones to Ukraine.")] == [("LVA", 2010)]
    # a year written as one run of digits counts nothing
    assert [(r[0], r[2]) for r in rows("Latvia will send drones to Ukraine in 2025.")] == [("LVA", None)]


def test_units_of_which_count_the_system_before_in_a_clause_of_their_own():
    text = "The ministers discussed supplies of Archer howitzers, of which Sweden already transferred 8 units in 2023."
    assert ("SWE", "Archer", 8, "delivered") in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]


def test_a_count_before_a_name_in_quotes_counts_it():
    text = 'Earlier Norway paid for the 12 "Bohdana" howitzers as well.'
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "Bohdana", 12, "funded")]


@pytest.mark.parametrize("text", [
    "Croatia will send 14 more Mi-8 helicopters, and Slovenia will match it with the same number of M-55S tanks.",
    'Croatia will send 14 Mi-8 helicopters and "the same number" of M-55S tanks.',
])
def test_the_same_number_of_an_item_takes_the_count_told_before(text):
    assert ("M-55S", 14) in [(r[1], r[2]) for r in rows(text)]
    # with no count before it, "the same number" counts nothing
    assert [r[2] for r in rows("Slovenia will send the same number of M-55S tanks as last year.")] == [None]


def test_a_system_before_its_own_class_is_no_modifier():
    assert [(r[1], r[2]) for r in rows("Poland has handed over 4 Mi-24 attack helicopters.")] == [("Mi-24", 4)]
    # a system before a noun that is not its class still describes something else
    assert rows("HIMARS strikes hit a bridge near Kherson.") == []


def test_the_unnumbered_contents_of_an_aid_get_no_record():
    text = "The aid includes IRIS-T missiles, Marder vehicles and ammunition, the chancellor said of Germany's help."
    assert rows(text) == []
    # a numbered content keeps its record
    text = "Germany's new aid includes 10 Marder vehicles and IRIS-T missiles."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("DEU", "Marder", 10)]


@pytest.mark.parametrize(("text", "status"), [
    ("Latvia said 20 trucks will be passed to Ukraine next month.", "pledged"),
    ("Twelve trucks were passed to Ukraine in May by Latvia.", "delivered"),
])
def test_passed_to_ukraine_in_the_passive_of_translations_gives(text, status):
    assert [(r[0], r[-1]) for r in rows(text)] == [("LVA", status)]
    # a bill passed is no giving
    assert [r[-1] for r in rows("The Latvian parliament passed a bill to send 20 trucks to Ukraine.")] == ["pledged"]


def test_a_part_told_with_the_promised_whole_after_it():
    text = "Belgium has handed over the remaining 4 F-16 jets out of the promised 12."
    got = sorted((p.quantity_value, p.status) for p in extract(text))
    assert got == [(4, "delivered"), (12, "pledged")]


def test_a_count_with_of_which_after_the_system_counts_it():
    text = "Among them are Swedish Archer howitzers, 8 of which were delivered in March."
    assert [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)] == [
        ("SWE", "Archer", 8, "delivered")]


def test_a_system_heading_its_sentence_is_what_the_counts_after_the_colon_count():
    text = ("Where the launchers stand.\n\n"
            "NASAMS: Norway has handed over four fire units so far and has paid for another two.")
    assert sorted((p.donor, p.system, p.quantity_value, p.status) for p in extract(text)) == [
        ("NOR", "NASAMS", 2, "funded"), ("NOR", "NASAMS", 4, "delivered")]
    # a count with its own item after the colon is that item's
    text = "Where the launchers stand.\n\nNASAMS: Norway has also handed over 20 trucks."
    assert [(p.system, p.quantity_value) for p in extract(text)] == [("trucks", 20)]


def test_a_generic_item_ranked_in_a_predicate_describes_the_subject():
    text = "Norway's 14 M109 howitzers, delivered in 2023, were the first Western howitzers to reach the front."
    assert [(p.system, p.quantity_value, p.status) for p in extract(text)] == [("M109", 14, "delivered")]


def test_a_count_after_its_noun_with_a_unit_word_counts_it():
    text = "Latvia transferred a package that includes: radios 300 pcs, FPV drones 2 thousand pcs, and spare parts."
    assert [(r[1], r[2]) for r in rows(text)] == [("FPV drones", 2000), ("radios", 300)]


def test_jamming_devices_are_counter_drone_or_electronic_warfare_systems():
    text = "Estonia handed over 30 anti-drone jamming devices and 12 jamming devices."
    assert [(r[1], r[2]) for r in rows(text)] == [("counter-drone systems", 30), ("electronic warfare systems", 12)]


def test_the_contents_of_a_package_told_the_sentence_before_take_its_status():
    before = "Latvia said a new package worth 9 million euro {} "
    contents = "The package includes: 40 radios, 12 trucks and medical kits."
    delivered = rows(before.format("was handed over in May.") + contents)
    assert [(r[1], r[-1]) for r in delivered] == [
        ("military aid package", "delivered"), ("radios", "delivered"), ("trucks", "delivered")]
    pledged = rows(before.format("will be sent in June.") + contents)
    assert {r[-1] for r in pledged} == {"pledged"}
    # a status of the contents' own sentence stands
    own = rows(before.format("was handed over in May.") + "Another 40 radios will follow in June.")
    assert ("radios", "pledged") in [(r[1], r[-1]) for r in own]


def test_a_system_named_in_full_with_its_short_name_in_brackets_after_an_article_is_one():
    text = "Ottawa will donate a National Advanced Surface-to-Air Missile System (NASAMS) to Ukraine."
    assert [(r[1], r[2]) for r in rows(text)] == [("NASAMS", 1)]


def test_each_entry_of_a_telegraphic_list_takes_its_own_participle():
    text = "Oslo updated its list: 4 NASAMS launchers and 30 trucks pledged, 6 more M109 howitzers delivered this week."
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [
        ("M109", 6, "delivered"), ("NASAMS", 4, "pledged"), ("trucks", 30, "pledged")]
    text = "Berlin updated its list: +2 IRIS-T SLM launchers and 40 IRIS-T missiles pledged, 8 more Marder delivered."
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [
        ("IRIS-T SLM", 2, "pledged"), ("IRIS-T missiles", 40, "pledged"), ("Marder", 8, "delivered")]


def test_batteries_with_their_pieces_in_brackets_count_the_pieces():
    text = "Oslo will transfer 2 batteries of M109 howitzers (16 pieces)."
    assert [(r[1], r[2]) for r in rows(text)] == [("M109", 16)]
    assert [(r[1], r[2]) for r in rows("Oslo will transfer 2 batteries of M109 howitzers.")] == [("M109", 2)]


def test_the_value_of_a_package_told_after_it_takes_the_state_the_sentence_before_tells():
    text = "Vilnius handed over a new aid package to Ukraine this week. The value of the package is EUR 15 million."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("LTU", 15_000_000, "delivered")]
    text = "Vilnius has prepared a new aid package for Ukraine. The value of the package is EUR 15 million."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("LTU", 15_000_000, "pledged")]


@pytest.mark.parametrize("text, expected", [
    ("Latvia handed over to Ukraine helicopters Mi-17 in quantity 3 pcs, the ministry reported.", ("LVA", "Mi-17", 3)),
    ("From Slovakia arrived the 'Zuzana' - 8 units.", ("SVK", "Zuzana 2", 8)),
])
def test_a_count_after_the_name_in_quantity_or_after_a_quoted_name(text, expected):
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [expected]


def test_the_air_defence_complex_of_translations_is_one_system():
    text = "Germany handed over the IRIS-T complex to Ukraine, informs the ministry."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("DEU", "IRIS-T", 1, "delivered")]


@pytest.mark.parametrize("text, expected", [
    ("Slovakia has handed over:\nMiG-29 fighters - 13;\nKub launchers - 4.", ("SVK", "MiG-29", 13)),
    ("Latvia handed over grenades for 40 mm launchers - 5 thousand pcs.", ("LVA", "grenades", 5000)),
])
def test_a_count_after_a_dash_past_the_class_or_what_the_item_is_for(text, expected):
    assert expected in [(r[0], r[1], r[2]) for r in rows(text)]


def test_a_translation_s_transmitted_package_and_its_value_without_articles():
    text = ("Latvia transmitted to Ukraine the next package - in it are mortars and ammunition. "
            "The ministry informs, that value of package is 15 mln euro.")
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("LVA", 15_000_000, "delivered")]


def test_a_czech_designation_is_the_items_name_and_its_number_no_count():
    text = ("Prague approved the transfer of the following equipment:\n"
            "- 4 x ShKH vz. 77 Dana self-propelled howitzer\n- 3 x Mi-24V helicopter")
    assert [(p.donor, p.system, p.quantity_value) for p in extract(text)] == [
        ("CZE", "Dana", 4), ("CZE", "Mi-24", 3)]


@pytest.mark.parametrize("intro", ["The package contains:", "The package includes the following items:",
                                   "In the package are:", "Into the package entered:"])
def test_a_list_of_a_package_handed_over_the_sentence_before_is_delivered(intro):
    text = f"Oslo handed over a new aid package to Kyiv on Monday. {intro}\n- 4 patrol boats;\n- 20 trucks."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("NOR", "patrol boats", 4, "delivered"), ("NOR", "trucks", 20, "delivered")]


def test_a_translations_noun_first_word_order_names_ammunition_not_guns():
    text = "Berlin handed over a new package. The package contains:\n- ammunition artillery 155 mm - 8 thousand."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("DEU", "artillery shells", 8000, "delivered")]


def test_a_donor_named_inside_a_list_line_gives_that_line_only():
    text = ("Military aid to Ukraine\nGovernment of Sweden, as of 1 March 2024\n\nDelivered equipment:\n"
            "- CV90 infantry fighting vehicle: 20\n- Leopard 2A5 tank (together with Finland): 10\n"
            "- Archer artillery system: 8")
    found = [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    assert ("SWE", "Archer", 8, "delivered") in found and ("SWE", "CV90", 20, "delivered") in found
    assert not any(r[0] == "FIN" and r[1] != "Leopard 2A5" for r in found)


def test_a_partner_named_in_a_list_line_gives_jointly_with_the_lists_donor():
    text = ("Military aid to Ukraine\nGovernment of Sweden, as of 1 March 2024\n\nDelivered equipment:\n"
            "- CV90 infantry fighting vehicle: 20\n- Leopard 2A5 tank (together with Finland): 10")
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("FIN", "Leopard 2A5", None, "delivered"), ("SWE", "CV90", 20, "delivered"),
        ("SWE", "Leopard 2A5", None, "delivered")]


def test_a_heading_of_military_support_delivered_tells_its_items_state():
    # "military support" is aid, not words of support ("gave its support to the plan")
    text = ("Aid overview\nGovernment of Germany, as of 1 March 2024\n\nDelivered military support services:\n"
            "- Gepard anti-aircraft gun tank: 30\n- Dingo vehicle: 12")
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("DEU", "Dingo", 12, "delivered"), ("DEU", "Gepard", 30, "delivered")]


def test_a_count_after_a_colon_that_a_named_item_follows_counts_that_item():
    text = "Washington announced a new batch of weapons: 20 Stryker vehicles and 4 Avenger systems."
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("USA", "Avenger", 4), ("USA", "Stryker", 20)]


@pytest.mark.parametrize("intro", ["Into the new package entered:", "In the latest package were:",
                                   "In this next package are:"])
def test_a_list_of_a_new_package_handed_over_before_is_delivered(intro):
    # the headline tells the package handed over; a sentence with no state of its own comes between
    text = (f"Oslo handed over a new package to Kyiv\n\nThe ministry has published the list of its help. {intro}\n\n"
            "- patrol boats - 4 pcs.;\n- trucks - 20 pcs.")
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("NOR", "patrol boats", 4, "delivered"), ("NOR", "trucks", 20, "delivered")]


def test_a_participle_describing_a_noun_does_not_restate_the_state_of_the_list():
    # "equipment purchased by the ministry" describes where the package came from; the transfer told
    # before is the state of the list's items (and the same participle as the list's heading still counts)
    text = ("Today Estonia's Ministry of Defence completed the transfer of a new package of military assistance to "
            "Ukraine. The package was assembled from army stocks and from equipment purchased by the Ministry.\n\n"
            "The package includes:\n- M113 armoured personnel carriers - 12 pcs.;\n- 81 mm mortar rounds - 4 000 pcs.;")
    assert {(p.donor, p.quantity_value, p.status) for p in extract(text)} == {
        ("EST", 12, "delivered"), ("EST", 4000, "delivered")}
    text = "Latvia has bought equipment for Ukraine.\nEquipment purchased by Latvia for Ukraine:\n- trucks - 20 units."
    assert [p.status for p in extract(text)] == ["funded"]


def test_what_comes_with_a_listed_item_is_counted_with_it():
    # "IRIS-T SLM air defence system with missiles: 4": the count is the system's, its missiles come with it
    text = ("Latvia has handed over:\n- IRIS-T SLM air defence system with missiles: 4\n"
            "- Carl-Gustaf M4 recoilless rifles with ammunition - 30;\n- Stinger launchers with missiles (12)")
    assert [(p.system, p.quantity_value) for p in extract(text)] == [
        ("IRIS-T SLM", 4), ("Carl Gustaf", 30), ("Stinger", 12)]


def test_money_paid_into_a_pool_in_a_list_of_deliveries_is_funded():
    # README rule 11: money put into a fund, an initiative or a coalition is funded, whatever the list's verb
    text = ("Lithuania has delivered the following to Ukraine this year:\n- 3 radars\n"
            "- drone coalition: EUR 6 million\n- Czech ammunition initiative: EUR 4 million\n")
    assert [(p.quantity_value, p.amount and int(p.amount), p.status) for p in extract(text)] == [
        (3, None, "delivered"), (None, 6_000_000, "funded"), (None, 4_000_000, "funded")]
