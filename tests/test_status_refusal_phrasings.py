"""Refusals worded indirectly, and a non-answer that is no refusal (README rule 11). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Lisbon said it has no immediate plans to send more Leopard 2A6 tanks.", ("PRT", "Leopard 2A6")),
    ("Officials in Oslo said there are no plans at this time to send NASAMS launchers.", ("NOR", "NASAMS")),
    ("Washington is holding off on approving new shipments of ATACMS missiles.", ("USA", "ATACMS")),
])
def test_no_immediate_plans_and_holding_off_on_shipments_are_refusals(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


def test_not_in_a_position_to_announce_is_no_refusal_but_an_open_question():
    text = "Q: Will Norway send more NASAMS launchers?\nA: We are not in a position to announce anything today."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "considering")]
    assert [r[-1] for r in rows("Oslo is not in a position to send more NASAMS launchers.")] == ["refused"]


def test_a_sale_told_in_a_relative_clause_after_the_refused_item_does_not_exclude_it():
    text = "Lisbon declined again to send its retired F-16 jets, most of which have been sold to Romania."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "F-16", "refused")]


def test_a_count_no_cue_governs_does_not_reverse_a_refusal_but_a_giving_does():
    from aidledger.pledges import extract

    stands = ("Lisbon said it would not send any of its Leopard 2A6 tanks. The army rents 18 of the tanks "
              "from a German firm.")
    assert ("PRT", "Leopard 2A6", "refused") in {(p.donor, p.system, p.status) for p in extract(stands)}
    reversed_ = "Lisbon said it would not send any of its Leopard 2A6 tanks. Later it sent 18 of the tanks."
    assert [r[-1] for r in rows(reversed_)] == ["delivered"]


def test_a_long_request_said_to_be_turned_down_is_a_refusal():
    text = "Lisbon sent helmets, but a request by Kyiv for more Hawk air defence launchers was turned down by Lisbon."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Hawk", "refused")]


def test_a_plea_turned_down_is_a_refusal():
    text = "Lisbon turned down Kyiv's plea for Hawk launchers once again."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Hawk", "refused")]


@pytest.mark.parametrize("text, expected", [
    ("For months Lisbon resisted sending Hawk launchers; in May it approved their transfer.", []),
    ("For months, Lisbon has refused to send Hawk launchers.", ["refused"]),
    ("For months Lisbon refused to send Hawk launchers, and it still refuses.", ["refused"]),
])
def test_a_refusal_told_for_months_in_the_past_was_reversed_unless_it_still_stands(text, expected):
    assert [r[-1] for r in rows(text)] == expected


def test_another_donors_refusal_past_a_comma_does_not_refuse_the_item_weighed_before():
    text = "Live: Lisbon weighs sending its Hawk launchers, Oslo says no to more NASAMS launchers"
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "refused"), ("PRT", "Hawk", "considering")]
    same = "Asked whether Portugal would send its Hawk launchers, Lisbon said no."
    assert [(r[0], r[1], r[-1]) for r in rows(same)] == [("PRT", "Hawk", "refused")]


@pytest.mark.parametrize("text, expected", [
    ("The Netherlands sees no room to supply CV90 vehicles from its own stocks.", ("NLD", "CV90")),
    ("Lisbon sees no way to send more Leopard 2A6 tanks this year.", ("PRT", "Leopard 2A6")),
    ("Madrid does not see any possibility of delivering Patriot launchers now.", ("ESP", "Patriot")),
    ("The Danish cabinet does not see room at this time to transfer more Caesar howitzers.", ("DNK", "Caesar")),
])
def test_seeing_no_room_or_way_to_give_is_a_refusal(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Two British minehunters were handed to Ukraine's navy last year. Turkey said it will not allow the two vessels "
     "to pass the Straits.", ("TUR", 2)),
    ("Ankara would not allow the three corvettes to sail through the Bosphorus, officials said.", ("TUR", 3)),
    ("Budapest has not permitted 40 trucks of ammunition for Kyiv to cross Hungarian territory.", ("HUN", 40)),
])
def test_a_transit_refused_is_a_refusal_by_the_state_that_refuses_passage(text, expected):
    assert (*expected, "refused") in [(r[0], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Bulgaria said it would keep its MiG-29 fighters for its own air policing.", ("BGR", "MiG-29")),
    ("Bulgaria will keep its MiG-29 fighters for its own air force.", ("BGR", "MiG-29")),
    ("Sofia wants to keep the S-300 batteries for its own defence, the minister said.", ("BGR", "S-300")),
    ("Rome keeps all of its SAMP/T batteries for the Italian army's own needs.", ("ITA", "SAMP/T")),
])
def test_items_kept_for_the_donors_own_forces_are_refused(text, expected):
    """"keep its jets for its own air force": the "for its own" words belong to the refusal, no inventory."""
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]



@pytest.mark.parametrize("text, donor", [
    ("Austria said it had no money for armoured vehicles this year.", "AUT"),
    ("Lisbon has no budget for more frigates for Ukraine.", "PRT"),
    ("Oslo has no money left to buy more NASAMS for Ukraine this year.", "NOR"),
])
def test_a_donor_with_no_money_or_budget_for_it_refuses(text, donor):
    """"told us it had no budget for tanks": a refusal as things stand (Ukraine's own lack of money is none)."""
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]
