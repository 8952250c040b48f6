"""Counts and items that refer back to a system named before them (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


def test_a_bare_count_as_the_subject_of_a_state_takes_the_system_before():
    text = "Oslo approved the transfer of NASAMS launchers in May. Officials say 6 are due by the end of the year."
    # (the uncounted pledge before is the same fact, told without its count: one record)
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", 6, "pledged")]
    text = "Belgium pledged F-16 jets for Ukraine. The minister said that 4 have arrived."
    assert ("BEL", "F-16", 4, "delivered") in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]


def test_a_bare_count_without_a_state_verb_or_not_at_a_clause_start_is_no_item():
    # a count of people after the system: the verb tells no giving
    text = "Oslo approved the transfer of NASAMS launchers in May. Officials say 6 were injured in the strike."
    assert [(r[1], r[2]) for r in rows(text)] == [("NASAMS", None)]
    # a count inside a phrase ("delays of 6 are ...") is no subject
    text = "Oslo approved the transfer of NASAMS launchers in May. Delays of 6 are due to the weather."
    assert [(r[1], r[2]) for r in rows(text)] == [("NASAMS", None)]


def test_the_first_ones_of_the_system_before_arriving_are_a_delivery_without_a_count():
    text = "The Pentagon said M1 Abrams tanks would come in the autumn. The first arrived this week, Kyiv said."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("USA", "M1 Abrams", None, "delivered"), ("USA", "M1 Abrams", None, "pledged")]
    text = "Canada promised Leopard 2 tanks in January. The first of them are now in the country."
    assert ("CAN", "Leopard 2", None, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


def test_the_first_of_a_counted_item_arrived_is_a_delivery_of_one_besides_the_pledge():
    text = "Norway said on Monday it would give Ukraine four NASAMS launchers, the first of which has already landed."
    assert sorted((r[0], r[1], r[2], r[-1]) for r in rows(text)) == [
        ("NOR", "NASAMS", 1, "delivered"), ("NOR", "NASAMS", 4, "pledged")]
    text = "Canada promised Ukraine twelve Leopard 2 tanks in March. The first of the twelve is in Ukraine now."
    assert ("CAN", "Leopard 2", 1, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    # a plural or unclear verb tells no count of the part arrived; the promised whole stays a pledge
    text = "Sweden said the first of the 10 Archer howitzers it has promised to Ukraine had arrived."
    assert sorted((p.system, p.status, p.quantity_value) for p in extract(text)) == [
        ("Archer", "delivered", None), ("Archer", "pledged", 10)]


@pytest.mark.parametrize("text, name, count", [
    ("The first batch of the 18 Leopard 1A5 tanks arrived in Ukraine last week, Danish officials said.",
     "Leopard 1A5", 18),
    ("Berlin said the first shipment of the 40 Marder vehicles has arrived in Ukraine.", "Marder", 40),
    ("Canberra said the first delivery of the 20 Bushmaster vehicles had been handed over.", "Bushmaster", 20),
    ("The first tranche of the 12 Caesar howitzers arrived in Ukraine on Friday, France said.", "Caesar", 12),
    # the count without "the", and an abbreviation's points in the words between
    ("The first of 14 Danish Leopard 1A5 tanks arrived in Ukraine last week.", "Leopard 1A5", 14),
    ("The first of the 20 Bradley vehicles the U.S. pledged in May have arrived.", "Bradley", 20),
    ("The first of the 40 Mastiff vehicles the U.K. promised in March have arrived.", "Mastiff", 40),
])
def test_the_first_batch_of_a_counted_item_arrived_is_a_delivery_of_no_count_besides_the_pledge(text, name, count):
    facts = {(p.system, p.status, p.quantity_value) for p in extract(text)}
    assert {(name, "delivered", None), (name, "pledged", count)} <= facts
    # (a batch not yet there is no delivery)
    late = "Berlin said the first batch of the 40 Marder vehicles has not yet arrived."
    assert not any(p.status == "delivered" for p in extract(late))


def test_the_first_of_a_counted_item_not_yet_arrived_is_no_delivery():
    text = "Norway said it would give Ukraine four NASAMS launchers, the first of which has not arrived yet."
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [("NASAMS", 4, "pledged")]
    text = "Norway will give four NASAMS launchers, the first of which is expected in June."
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [("NASAMS", 4, "pledged")]


def test_a_count_of_the_systems_or_launchers_refers_to_the_system_named_before():
    text = "Norway promised NASAMS launchers in May. Oslo has handed over six of the launchers."
    assert ("NOR", "NASAMS", 6, "delivered") in [(p.donor, p.system, p.quantity_value, p.status)
                                                 for p in extract(text)]
    text = "Denmark pledged Caesar guns in January. By June it had sent 19 of these systems."
    assert ("DNK", "Caesar", 19, "delivered") in [(p.donor, p.system, p.quantity_value, p.status)
                                                  for p in extract(text)]


def test_they_arrived_after_a_counted_item_is_its_delivery():
    text = "Lisbon pledged three Leopard 2A6 tanks in February; they arrived in Ukraine last month."
    assert sorted((p.donor, p.system, p.quantity_value, p.status) for p in extract(text)) == [
        ("PRT", "Leopard 2A6", 3, "delivered"), ("PRT", "Leopard 2A6", 3, "pledged")]
    text = "Oslo promised two NASAMS launchers in May. They arrived in Ukraine in October."
    assert ("NOR", "NASAMS", 2, "delivered") in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]
    # an arrival still to come, or "they" inside a clause, is no delivery
    text = "Oslo promised two NASAMS launchers in May. Officials said they would arrive in October."
    assert [p.status for p in extract(text)] == ["pledged"]


def test_the_first_without_a_state_of_arrival_is_no_delivery():
    text = "The Pentagon said M1 Abrams tanks would come in the autumn. The first training course starts in May."
    assert [r[-1] for r in rows(text)] == ["pledged"]


def test_an_ordinal_system_with_a_participle_aside_is_one_in_the_state_of_the_main_verb():
    text = "Oslo says its second NASAMS system, announced in March, is already in Ukraine."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", 1, "delivered")]


def test_bare_counts_after_committed_followed_with_and_before_through():
    text = ("Denmark pledged 19 F-16 jets in August. Norway has also committed six, Belgium has pledged 30 "
            "through 2028, and the Netherlands followed with 24.")
    assert [(r[0], r[2]) for r in rows(text)] == [("BEL", 30), ("DNK", 19), ("NLD", 24), ("NOR", 6)]


def test_the_count_promised_earlier_is_a_count_of_the_system_named_before():
    text = "Sweden will send Archer howitzers; the 8 promised in January are on schedule."
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [("Archer", 8, "pledged")]


def test_jets_flown_across_the_border_are_delivered():
    text = "Slovakia pledged 13 MiG-29 jets. The last four jets were flown across the border last week."
    assert [(r[2], r[-1]) for r in rows(text)] == [(4, "delivered"), (13, "pledged")]


def test_the_first_system_in_the_singular_is_one_the_first_launchers_no_count():
    assert [(r[2], r[-1]) for r in rows("The first IRIS-T system is already in Ukraine, Berlin said.")] == [
        (1, "delivered")]
    assert [(r[2], r[-1]) for r in rows("The first HIMARS launchers arrived, Berlin said.")] == [(None, "delivered")]


def test_a_word_standing_for_the_heading_system_is_an_item_of_each_donor():
    text = "Air defence, by country.\n\nIRIS-T: Slovakia and Croatia have delivered several; the rest is unclear."
    got = {(r[0], r[1], r[-1]) for r in rows(text)}
    assert {("SVK", "IRIS-T", "delivered"), ("HRV", "IRIS-T", "delivered")} <= got
    text = "Where things stand.\n\nCrotale: Greece sent one in March."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("GRC", "Crotale", 1, "delivered")]


def test_a_word_standing_for_the_system_before_is_weighed_or_given_by_its_own_donor():
    text = "Sweden delivered CV90 vehicles in the spring. Finland is still considering a contribution."
    assert ("FIN", "CV90", None, "considering") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    text = "Norway sent NASAMS launchers last year. Canada has since funded another."
    assert ("CAN", "NASAMS", 1, "funded") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


def test_a_bare_one_in_running_prose_or_a_word_not_standing_for_a_system_is_no_item():
    # "one" may stand for any noun before it (here the package), so only a heading's system takes it
    text = "Sweden delivered CV90 vehicles in the spring. Finland announced a package and Norway will send one too."
    assert ("NOR", "CV90") not in [(r[0], r[1]) for r in rows(text)]
    # "several" before a noun of its own is a count of that noun, not of the system
    text = "Sweden delivered CV90 vehicles in the spring. Finland has sent several delegations to Kyiv."
    assert [r[0] for r in rows(text)] == ["SWE"]


def test_all_of_them_arriving_is_a_delivery_of_the_whole_counted_before():
    text = "Portugal promised 6 M113 carriers and all of them arrived within a month."
    assert ("PRT", "M113", 6, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    text = "Belgium pledged 12 F-16 jets in 2024. All of them are now in Ukraine, the ministry said."
    assert ("BEL", "F-16", 12, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    # the promise's verb in the same sentence does not make the arrival a promise
    text = "Oslo promised eight K9 howitzers in May; all of them were in Ukraine by the autumn."
    assert ("NOR", "K9 Thunder", 8, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    # a state that is no arrival is no delivery
    text = "Portugal sent 6 M113 carriers; all of them were destroyed within a month."
    assert [(r[2], r[-1]) for r in rows(text)] == [(6, "delivered")]


@pytest.mark.parametrize("text, expected", [
    ("Back in March Oslo promised four Leopard 2A4 tanks; on Monday it confirmed all four are already with "
     "Ukrainian crews.", ("NOR", "Leopard 2A4", 4, "delivered")),
    ("In May Madrid pledged six Hawk launchers, and on Friday the ministry said all six are now in Ukraine.",
     ("ESP", "Hawk", 6, "delivered")),
    ("Denmark promised 19 F-16 jets in 2023; it said on Tuesday that all 19 have been delivered.",
     ("DNK", "F-16", 19, "delivered")),
])
def test_all_of_a_count_told_again_in_the_same_sentence_is_the_whole_delivered(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    # another count than the item's is no retelling of it
    other = text.replace("all four", "all five").replace("all six", "all seven").replace("all 19", "all 20")
    assert (expected[0], expected[1], expected[2], "delivered") not in [(r[0], r[1], r[2], r[-1]) for r in rows(other)]


@pytest.mark.parametrize("text, expected", [
    ("Greece, which has 200 old BMP-1 vehicles in storage, sent twenty after repairs.", ("GRC", "BMP-1", 20)),
    ("Greece, which keeps 200 old BMP-1 vehicles in reserve, has sent twenty to Ukraine.", ("GRC", "BMP-1", 20)),
    ("Of its 120 M113 carriers, Norway will give 30 to Ukraine.", ("NOR", "M113", 30)),
    ("Lisbon owns 37 Leopard 2A6 tanks and handed over three to Kyiv.", ("PRT", "Leopard 2A6", 3)),
])
def test_a_bare_count_given_to_ukraine_or_after_repairs_counts_the_item_before(text, expected):
    # the receiver or the repairs after the count leave it without a noun of its own
    assert expected in [(r[0], r[1], r[2]) for r in rows(text)]


def test_one_of_them_who_speaks_is_no_count():
    text = 'Washington is still weighing sending ATACMS to Kyiv. "Nothing has been decided," one of them said.'
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("USA", "ATACMS", None, "considering")]


def test_a_part_of_the_counted_item_before_given_in_a_later_clause_is_a_record_of_its_own():
    text = "Sweden promised 10 Archer guns; by October it had handed over 4 of them."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("SWE", "Archer", 4, "delivered"), ("SWE", "Archer", 10, "pledged")]
    # "of them" after a count with no giving verb before it is no part given ("3 of them were lost")
    text = "Sweden promised 10 Archer guns; in October 3 of them were lost in combat."
    assert [(r[0], r[2]) for r in rows(text)] == [("SWE", 10)]


def test_a_count_already_delivered_that_a_new_one_adds_to_is_a_delivery_of_the_same_item():
    text = "Ottawa will send 6 more LAV 6 vehicles, on top of the 40 already delivered."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("CAN", "LAV 6", 6, "pledged"), ("CAN", "LAV 6", 40, "delivered")]
    # a count the new one adds to that is not said to be delivered is no record
    text = "Ottawa will send 6 more LAV 6 vehicles, on top of the 40 it ordered for its own army."
    assert [(r[0], r[2]) for r in rows(text)] == [("CAN", 6)]


def test_the_count_a_named_donor_has_already_delivered_the_sentence_after_is_a_delivery_too():
    text = "Ottawa will send 6 more LAV 6 vehicles. These come on top of the 40 Canada has already delivered."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("CAN", "LAV 6", 6, "pledged"), ("CAN", "LAV 6", 40, "delivered")]


def test_a_part_of_an_uncounted_fronted_whole_is_a_count_of_its_system():
    text = "Of the Piranha vehicles Bern promised, 12 have arrived."
    assert {(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)} == {
        ("CHE", "Piranha", None, "pledged"), ("CHE", "Piranha", 12, "delivered")}


def test_the_first_n_delivered_after_a_pledge_told_in_a_relative_clause():
    text = "Lisbon, which had promised 30 M113 carriers, delivered the first 10."
    assert {(p.donor, p.quantity_value, p.status) for p in extract(text)} == {
        ("PRT", 30, "pledged"), ("PRT", 10, "delivered")}


def test_n_of_them_after_a_giving_verb_counts_the_uncounted_system_before():
    text = "Madrid first refused to send Leopard 2A4 tanks, but in March it agreed to deliver 10 of them."
    assert [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)] == [
        ("ESP", "Leopard 2A4", 10, "pledged")]


def test_a_fronted_whole_and_its_part_that_reached_ukraine_are_two_records():
    text = "Of the 60 Leopard 1 tanks Copenhagen promised, 25 have reached Ukraine."
    assert sorted((p.donor, p.quantity_value, p.status) for p in extract(text)) == [
        ("DNK", 25, "delivered"), ("DNK", 60, "pledged")]


def test_a_fronted_whole_after_that_and_its_part_given_are_two_records():
    text = "The report says that of the 30 Marder vehicles Berlin promised, 20 have been handed over."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("DEU", "Marder", 20, "delivered"), ("DEU", "Marder", 30, "pledged")]


def test_the_breakdown_of_a_counted_whole_by_time_after_a_colon_is_its_schedule():
    text = "Oslo will give 12 K9 howitzers: three this spring, five more in 2026 and four in 2027."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 12, "pledged")]
    # more of the same item, told without a colon, is a pledge of its own
    text = "Oslo will give 12 K9 howitzers now and five more in 2026."
    assert [(r[0], r[2]) for r in rows(text)] == [("NOR", 5), ("NOR", 12)]


def test_a_delivery_and_a_later_batch_are_two_facts_not_a_schedule():
    text = "Norway: eight NASAMS launchers were delivered in March, and we will provide 4 more by the end of the year."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 4, "pledged"), ("NOR", 8, "delivered")]
    # the parts of a pledged whole stay a schedule
    text = "Oslo will give 12 NASAMS launchers: 8 by March and 4 by the end of the year."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 12, "pledged")]


def test_a_bare_count_after_a_giving_verb_counts_the_one_system_named_before_it():
    text = ("Sweden's first Archer guns arrived in May; by the autumn Stockholm had delivered eight, "
            "with six more on order.")
    assert ("SWE", "Archer", 8, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


def test_a_raised_total_of_the_item_before_is_its_own_record():
    # "raise that number to N": the new total is a count of the item named before it, with its own status
    text = "Rome will deliver two SAMP/T batteries to Kyiv and might increase the total to three next year."
    assert sorted((r[0], r[1], r[2], r[-1]) for r in rows(text)) == [
        ("ITA", "SAMP/T", 2, "pledged"), ("ITA", "SAMP/T", 3, "considering")]
    text = "Ottawa has promised Ukraine 30 armoured vehicles and could raise that figure to 50 in the spring."
    assert ("CAN", "armoured vehicles", 50, "considering") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


def test_a_vampire_named_with_a_rocket_launcher_is_the_czech_rm70_not_the_counter_drone_system():
    # two systems share the name: the class noun after it tells which one
    text = "Prague has handed Kyiv four Vampire multiple rocket launchers."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("CZE", "RM-70", 4, "delivered")]
    text = "Washington will send 14 Vampire counter-drone systems to Ukraine."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("USA", "Vampire", 14, "pledged")]


@pytest.mark.parametrize("text, expected", [
    ("Sweden promised 12 Archer guns. 8 have arrived.", ("SWE", "Archer", 8)),
    ("Portugal pledged 6 Leopard 2A6 tanks this spring. 4 are already in Ukraine.", ("PRT", "Leopard 2A6", 4)),
    ("Norway promised 20 M109 howitzers last year. 14 have been handed over.", ("NOR", "M109", 14)),
])
def test_a_count_opening_the_next_sentence_tells_how_many_of_the_item_arrived(text, expected):
    # the bare count is the subject of the second sentence, right at its start
    found = [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
    assert (*expected, "delivered") in found


@pytest.mark.parametrize("text, expected", [
    ("Norway has handed Kyiv two NASAMS systems. Oslo committed a third battery on Friday.",
     ("NOR", "NASAMS", 1, "pledged")),
    ("Italy sent a SAMP/T system in 2024. Rome has since promised another fire unit.", ("ITA", "SAMP/T", 1, "pledged")),
])
def test_an_ordinal_with_the_class_word_of_a_system_before_is_one_more_of_it(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    # the system is named first with no giver of its own (a history, a question), then counted by its class word
    ("The first SAMP/T reached Ukraine in 2023. Rome promised a third battery in May.",
     ("ITA", "SAMP/T", 1, "pledged")),
    ("The NASAMS story began in 2022. Norway sent two launchers first.", ("NOR", "NASAMS", 2, "delivered")),
    ("Is the IRIS-T SLM enough for Kyiv? Berlin delivered one more system in June.",
     ("DEU", "IRIS-T SLM", 1, "delivered")),
])
def test_a_class_word_counts_the_system_named_before_without_a_giver(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


def test_a_battery_stands_for_no_tank_or_jet():
    text = "Spain has sent ten Leopard 2A4 tanks. Madrid committed a second battery on Friday."
    assert [(r[1], r[2]) for r in rows(text)] == [("Leopard 2A4", 10)]


@pytest.mark.parametrize("text, expected", [
    ("Latvia promised four M113 carriers and sent all four.", ("LVA", "M113", 4, "delivered")),
    ("Belgium pledged 10 trucks in May and then delivered all ten in June.", ("BEL", "trucks", 10, "delivered")),
])
def test_a_second_predicate_that_gave_all_of_the_count_delivers_it(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text", [
    "Portugal sent three Leopard 2A6 tanks in 2023 and promised another four last autumn.",
    "Portugal has handed over three Leopard 2A6 tanks and pledged four more later this year.",
    "Portugal delivered three Leopard 2A6 tanks. It will send another four next month.",
])
def test_more_of_the_item_before_closed_by_a_time_without_a_preposition_is_a_count_of_it(text):
    assert ("PRT", "Leopard 2A6", 4, "pledged") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Portugal has sent M113 carriers to Ukraine and is weighing a further batch of around 25.",
     ("PRT", "M113", 25, "considering")),
    ("Finland has given K9 howitzers to Ukraine and will add another shipment of seven.",
     ("FIN", "K9 Thunder", 7, "pledged")),
    ("Canada sent Leopard 2 tanks to Ukraine in 2023; a new batch of up to 9 is expected in May.",
     ("CAN", "Leopard 2", 9, "pledged")),
    ("Oslo delivered Archer guns to Ukraine, and the next consignment of 4 will follow in June.",
     ("NOR", "Archer", 4, "pledged")),
])
def test_a_count_after_a_further_lot_counts_the_system_named_before_it(text, expected):
    assert expected in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]


_BEFORE = "Analysis. Italy has sent two SAMP/T batteries to Ukraine since 2023. "


@pytest.mark.parametrize("sentence, expected", [
    # a part of the donor's own stock: the count before "of its" is the gift, the one after it the stock
    ("Greece agreed to hand over one of its four batteries after long talks.", ("GRC", "SAMP/T", 1, "pledged")),
    ("Madrid, asked to hand over one of its own batteries, declined.", ("ESP", "SAMP/T", 1, "refused")),
    # "more of the same type" is more of the item before
    ("France has since committed two more of the same configuration.", ("FRA", "SAMP/T", 2, "pledged")),
    ("Slovakia sent three of the same model in June.", ("SVK", "SAMP/T", 3, "delivered")),
    ("Rome will add three of the same type next year.", ("ITA", "SAMP/T", 3, "pledged")),
    # a bare count bought or paid for Ukraine
    ("Denmark bought one for Ukraine in early 2024.", ("DNK", "SAMP/T", 1, "funded")),
    ("Norway paid for one for Kyiv last year.", ("NOR", "SAMP/T", 1, "funded")),
])
def test_a_bare_count_in_an_analysis_takes_the_air_defence_system_before(sentence, expected):
    found = [(p.donor, p.system, p.quantity_value, p.status) for p in extract(_BEFORE + sentence)]
    assert expected in found
    assert not [f for f in found if f[0] == expected[0] and f[2] == 4]  # never the stock


@pytest.mark.parametrize("text", [
    "Dutch CV90 vehicles have arrived in Ukraine. The Hague will add 12 of the same kind next year.",
    "Dutch CV90 vehicles have arrived in Ukraine. The Hague is set to add 12 of the same type in 2026.",
])
def test_a_count_told_with_a_future_after_a_delivery_is_a_pledge(text):
    assert ("NLD", "CV90", 12, "pledged") in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]
