"""Counts of an item delivered told beside the count it was promised or given in before (README rules 1 and 5):
a part of a counted whole ("pledged 40 trucks; 25 of them have arrived"), the count a new batch comes on top of
("on top of the 19 sent last year"). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _facts(text: str) -> set:
    return {(p.donor, p.status, p.quantity_value) for p in extract(text)}


@pytest.mark.parametrize("text, whole, part", [
    ("Norway pledged some 40 Scania trucks in March; 25 of them have arrived so far, the ministry said.", 40, 25),
    ("Austria promised 60 military trucks; 35 of these were handed over by the summer.", 60, 35),
    ("Finland pledged 30 armoured vehicles, and 12 of those are already in Ukraine.", 30, 12),
    ("Latvia promised 500 drones in May; 300 of them have arrived so far.", 500, 300),
])
def test_a_part_of_a_counted_class_told_delivered_is_a_delivery_of_its_own(text, whole, part):
    assert {(s, q) for _, s, q in _facts(text)} == {("pledged", whole), ("delivered", part)}


@pytest.mark.parametrize("text, new, before", [
    ("Denmark will send 12 more Caesar howitzers next month, on top of the 19 sent last year.",
     ("pledged", 12), ("delivered", 19)),
    ("Norway will give eight more NASAMS launchers, in addition to the six delivered in 2022-23.",
     ("pledged", 8), ("delivered", 6)),
    ("Poland confirmed another 10 Krab howitzers, on top of the 54 it handed over in 2023.",
     ("pledged", 10), ("delivered", 54)),
    ("Canada will send 20 more LAV 6 vehicles, adding to the 39 shipped last spring.",
     ("pledged", 20), ("delivered", 39)),
    ("Seoul will ship 2,000 more helmets, in addition to the 5,000 delivered since January.",
     ("pledged", 2000), ("delivered", 5000)),
    ("Tokyo is to send 25 more drone detection systems, on top of the 40 it has handed over since the spring.",
     ("pledged", 25), ("delivered", 40)),
])
def test_the_count_a_new_batch_comes_on_top_of_is_a_delivery_told_by_its_past_time(text, new, before):
    facts = {(s, q) for _, s, q in _facts(text)}
    assert new in facts and before in facts


@pytest.mark.parametrize("text", [
    "Denmark confirmed that 12 more Caesar howitzers left its depots this month.",
    "Twelve more howitzers left Danish depots this month, Copenhagen said.",
    "Norway said 14 M109 guns left army storage in March.",
])
def test_items_that_left_the_donors_depots_are_delivered(text):
    assert [p.status for p in extract(text)] == ["delivered"]


@pytest.mark.parametrize("text, batch, total", [
    ("Another 10 Marder infantry fighting vehicles were delivered by Germany in May, bringing the number of Marders "
     "handed over to 60.", 10, 60),
    ("Sweden sent six more Archer guns, taking the total of Archers delivered to Ukraine to 26.", 6, 26),
    ("Poland handed over 14 more Krab howitzers last month, raising the number of Krabs sent to Ukraine to about 90.",
     14, 90),
])
def test_a_new_running_total_of_one_system_told_delivered_is_a_record_beside_the_batch(text, batch, total):
    assert {(s, q) for _, s, q in _facts(text)} == {("delivered", batch), ("delivered", total)}


@pytest.mark.parametrize("text, batch, total", [
    # the giver between the system and its participle
    ("Estonia sent twelve more Bv206 carriers on Monday, raising the count of Bv206 carriers Tallinn had shipped "
     "since 2023 to 40.", 12, 40),
    ("Germany sent eight more Gepard tanks last week, bringing the Gepards it has supplied to 45.", 8, 45),
    # the running total told without its item, after a sentence that names one system
    ("Six more Stormer vehicles have arrived in Ukraine from Britain, bringing the number delivered to 24.", 6, 24),
    ("Poland handed over 20 more Krab howitzers, taking the total number of them delivered to 80.", 20, 80),
    ("Oslo shipped four further NASAMS launchers this month, bringing the total sent to Ukraine to 16.", 4, 16),
])
def test_a_running_total_told_with_its_giver_or_without_its_item_is_a_record(text, batch, total):
    assert {(s, q) for _, s, q in _facts(text)} == {("delivered", batch), ("delivered", total)}
    # (a running total after two items, or of what was promised, names no item)
    assert {q for _, _, q in _facts("The Netherlands handed over six Leopard 1 tanks and four trucks, bringing the "
                                    "number delivered to 30.")} == {6, 4}


@pytest.mark.parametrize("text, donor, count", [
    # a class told with a model's or a maker's name is one system (rule 5's exception)
    ("Poland said more than 200 Unimog trucks were delivered since 2022.", "POL", 200),
    ("Finland has handed over 90 RK-62 rifles since the start of the war.", "FIN", 90),
    # the donor that reports the sentence after it tells its own deliveries
    ("More than 200 Piorun launchers have been handed over since 2022, Warsaw says.", "POL", 200),
    ("Some 40 Marder vehicles have been sent since the start of the war, the German ministry said.", "DEU", 40),
])
def test_a_count_of_one_system_delivered_in_all_stays_a_delivered_record(text, donor, count):
    assert _facts(text) == {(donor, "delivered", count)}
    # (a total of all donors, or of a class given in all, stays no record)
    assert extract("More than 300 Leopard tanks have been delivered to Ukraine since 2022, NATO says.") == []
    assert extract("Norway has sent more than 2,000 drones since 2022.") == []


@pytest.mark.parametrize("text, part, whole", [
    ("The first 15 Bushmaster vehicles of the 30 promised by Australia have already arrived in Ukraine.", 15, 30),
    ("The first 20 armoured vehicles from the 50 pledged by Canada are already in Ukraine, the rest will come next "
     "year.", 20, 50),
    ("Eight Leopard 1A5 tanks out of the 80 promised by Denmark were handed over in May.", 8, 80),
    ("Ten CV90 vehicles of the 40 committed by Sweden arrived last week.", 10, 40),
])
def test_a_part_delivered_of_a_whole_told_with_its_participle_is_delivered_and_the_whole_pledged(text, part, whole):
    assert {(s, q) for _, s, q in _facts(text)} == {("delivered", part), ("pledged", whole)}


@pytest.mark.parametrize("text", [
    "Slovakia has handed over to Kyiv the Kub medium-range system it kept in reserve.",
    "Spain has delivered the Aspide short-range air defence system to Ukraine.",
    "Greece will send the Osa short-range system to Kyiv, Athens said.",
])
def test_the_air_defence_system_told_with_its_range_is_one_system(text):
    assert [p.quantity_value for p in extract(text)] == [1]


@pytest.mark.parametrize("text, whole", [
    ("The Netherlands will provide the following:\n- four Chinook helicopters, the first of which was handed "
     "over to Kyiv in May;\n- 20 Leopard 1A5 tanks.", 4),
    ("Britain's new package:\n- two minehunters, the first of which has already arrived;\n- 50 Land Rovers.", 2),
    ("Denmark will give the following:\n- 12 Caesar guns, the first of which was handed over in May;\n"
     "- 30 trucks.", 12),
])
def test_the_verb_of_a_relative_clause_on_the_first_part_leaves_the_whole_its_own_state(text, whole):
    assert ("pledged", whole) in {(s, q) for _, s, q in _facts(text)}
    assert ("delivered", whole) not in {(s, q) for _, s, q in _facts(text)}


@pytest.mark.parametrize("text, pledged", [
    ("Sweden will send 12 more Archer guns; a first batch arrived last year.", 12),
    ("Norway will send 20 more M109 guns, and the first batch was delivered in May.", 20),
    ("Denmark will send 15 more Leopard 1A5 tanks; an initial shipment reached Ukraine in March.", 15),
])
def test_a_first_batch_told_delivered_after_the_item_is_a_delivery_of_it_without_a_count(text, pledged):
    assert {(s, q) for _, s, q in _facts(text)} == {("pledged", pledged), ("delivered", None)}


@pytest.mark.parametrize("text, batch, total", [
    # the running total's relative clause has a subject of its own, and the span it counts
    ("Estonia sent another nine XA-180 carriers on Monday, bringing the number of XA-180 carriers Tallinn has handed "
     "over to 58.", 9, 58),
    ("Spain shipped four more Leopard 2A4 tanks, taking the number of Leopards that Madrid has sent since 2022 to 30.",
     4, 30),
    ("Denmark has delivered eight more CV90 vehicles, bringing the number of CV90 vehicles it has supplied since the "
     "start of the war to 45.", 8, 45),
    # the system's own plural right after "the"
    ("Berlin handed over two more Gepard guns, bringing the Gepards it has supplied to 54.", 2, 54),
    ("Paris sent six more Caesar guns this month, taking the Caesars France has delivered to Ukraine to 49.", 6, 49),
])
def test_a_running_total_told_with_the_relative_clause_of_its_donor_is_a_delivered_record(text, batch, total):
    assert {(s, q) for _, s, q in _facts(text)} == {("delivered", batch), ("delivered", total)}


@pytest.mark.parametrize("text, batch, total", [
    ("Six more Challenger 2 tanks have arrived in Ukraine, London said, bringing the number delivered to 20.", 6, 20),
    ("Norway has sent four more NASAMS launchers to Ukraine, bringing the total delivered so far to 16.", 4, 16),
    ("The Netherlands handed over 12 more YPR-765 carriers, taking the total transferred to 200, the Dutch ministry "
     "said.", 12, 200),
    ("Canada has delivered another 10 Senator vehicles, bringing its total handed over to Ukraine to 110.", 10, 110),
    ("Since the last meeting Britain has shipped 20,000 more 155mm shells, bringing our tally sent since 2022 to well "
     "over 400,000.", 20000, 400000),
])
def test_a_running_total_told_delivered_with_its_item_left_out_is_a_delivered_record(text, batch, total):
    assert {(s, q) for _, s, q in _facts(text)} == {("delivered", batch), ("delivered", total)}


@pytest.mark.parametrize("text, state, batch", [
    # a promised batch: the total is of what was promised (rule 5, no record)
    ("Australia will send another 30 Bushmaster vehicles, bringing the total to 150.", "pledged", 30),
    ("Denmark pledged 10 more CV90 vehicles on Friday, bringing its total to 60.", "pledged", 10),
    # a class given in all is no one system
    ("Finland has delivered 8 more trucks to Ukraine, bringing its total delivered to 60.", "delivered", 8),
    # the total names an item of its own
    ("Berlin sent 2 more Dachs vehicles, bringing the number delivered to 12 vehicles of all kinds.", "delivered", 2),
])
def test_a_running_total_with_its_item_left_out_is_no_record_after_a_promise_or_a_class(text, state, batch):
    assert {(s, q) for _, s, q in _facts(text)} == {(state, batch)}


@pytest.mark.parametrize("text, donor, count", [
    # a model told by a word and a number before its class is one system (rule 5's exception)
    ("Japan has so far delivered 120 Type 73 light trucks to Ukraine.", "JPN", 120),
    ("Germany's list shows 180 HX 8x8 trucks delivered so far.", "DEU", 180),
    ("Canada has so far delivered 40 Model 6 utility vehicles to Ukraine.", "CAN", 40),
    ("Sweden has so far handed over 70 Volvo FMX 8x8 trucks to Ukraine.", "SWE", 70),
])
def test_a_count_of_a_model_named_by_a_word_and_a_number_delivered_in_all_stays_a_record(text, donor, count):
    assert _facts(text) == {(donor, "delivered", count)}
