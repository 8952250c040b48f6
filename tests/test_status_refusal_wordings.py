"""Refusal wordings: 'not an option', an aside inside 'refused ... to send', standing against giving, a
motion to give voted down (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Lisbon said F-16 jets were not an option.",
    "Lisbon has refused, for now, to send F-16 jets.",
    "Lisbon stood firm against sending F-16 jets.",
    "In Lisbon, a motion to send F-16 jets was voted down.",
    "The Portuguese motion to send F-16 jets was defeated in parliament.",
])
def test_the_wording_refuses_the_jets(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "F-16", "refused")]


def test_an_option_is_still_weighed():
    assert [(r[0], r[-1]) for r in rows("Lisbon said F-16 jets were an option.")] == [("PRT", "considering")]


@pytest.mark.parametrize("text", [
    "Tokyo keeps its ban on exporting lethal equipment to Kyiv.",
    "Bern maintains an embargo on deliveries of ammunition to Ukraine.",
])
def test_a_ban_on_supplying_arms_that_stands_is_a_refusal(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


def test_no_figure_for_ukraines_share_is_no_verbless_refusal():
    # "for Ukraine's ..." is a possessive, not the recipient of a refused item ("no Taurus for Ukraine")
    text = "Officials offered no estimate for Kyiv's slice of the 90 Patria vehicles Helsinki has promised."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("FIN", 90, "pledged")]
    assert [r[-1] for r in rows("No frigates for Kyiv, Lisbon said.")] == ["refused"]


def test_an_institution_telling_its_own_remit_refuses_nothing():
    # "X itself does not supply arms": what the body does in general, not a refusal of a request
    assert rows("The European Union itself does not supply rifles to Kyiv; its member states do.") == []
    assert rows("The EU itself doesn't give Ukraine artillery shells, a spokesman said.") == []
    assert [r[-1] for r in rows("The EU itself will not send 20 tanks to Ukraine.")] == ["refused"]


@pytest.mark.parametrize("text, donor", [
    ("The cabinet in The Hague does not see room to supply Leopard tanks from its stocks at this time.", "NLD"),
    ("Vienna sees no possibility to deliver howitzers to Ukraine.", "AUT"),
    ("Oslo does not see any way to transfer NASAMS launchers without weakening its own defence.", "NOR"),
])
def test_seeing_no_room_to_give_is_a_refusal(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("The idea of sending Tornado jets was rejected by the German government.", "DEU"),
    ("Lisbon said sending F-16 jets was off the agenda for now.", "PRT"),
])
def test_an_idea_rejected_or_off_the_agenda_is_refused(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Portugal has so far delivered three Leopard tanks and has no more to give.", [("PRT", 3, "delivered")]),
    ("Lisbon has handed over four Leopard tanks and says it cannot spare more.", [("PRT", 4, "delivered")]),
])
def test_a_second_predicate_refusing_more_leaves_the_count_given_before(text, expected):
    got = [(p.donor, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")
           if p.quantity_value is not None]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Spain, which has sent 10 Leopard tanks, is not planning to send more.",
    "Spain has sent 10 Leopard tanks and does not intend to send more.",
])
def test_not_planning_to_send_more_refuses_more_and_keeps_the_delivery(text):
    got = sorted((p.donor, p.quantity_value or 0, p.status) for p in extract(text, published="2025-03-01"))
    assert got == [("ESP", 0, "refused"), ("ESP", 10, "delivered")]


def test_not_yet_decided_whether_to_send_more_is_no_refusal():
    got = extract("Spain has sent 10 Leopard tanks and has not decided whether to send more.", published="2025-03-01")
    assert "refused" not in [p.status for p in got]
@pytest.mark.parametrize("text, expected", [
    ("Kyiv asked Athens for S-300 systems, which Greece has refused many times.", ("GRC", "S-300")),
    ("Kyiv asked for Spanish Patriot batteries. Madrid refused several times.", ("ESP", "Patriot")),
    ("Kyiv asked Oslo for F-35 jets. Norway has declined more than once.", ("NOR", "F-35")),
])
def test_a_refusal_told_as_repeated_answers_what_was_asked_for(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("The Swiss government has again refused permission for Germany to re-export Gepard ammunition to Ukraine.",
     ("CHE", "Gepard ammunition")),
    ("Bern denied Denmark permission to re-export Piranha vehicles to Kyiv.", ("CHE", "Piranha")),
])
def test_a_permission_to_re_export_refused_is_refused_by_the_one_who_withholds_it(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Oslo has said it has no F-16 jets to spare for Ukraine.", ("NOR", "F-16")),
    ("The Pentagon said sending F-16 jets to Ukraine was not currently on the table.", ("USA", "F-16")),
    ("Portugal will not, for now, send its remaining Leopard 2A6 tanks.", ("PRT", "Leopard 2A6")),
    ("Tokyo refuses to export lethal weapons to Ukraine under its own rules.", ("JPN", "lethal weapons")),
])
def test_none_to_spare_not_on_the_table_in_the_past_an_aside_after_not_and_refusing_to_export_refuse(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


def test_none_will_go_after_the_items_is_a_refusal_but_not_none_before_a_date():
    text = "Lisbon's three Patriot batteries are old and too few, its minister says, so none will go."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Patriot", "refused")]
    text = "Denmark promised 19 Caesar guns, and none will be delivered before June."
    assert [(r[0], r[-1]) for r in rows(text)] == [("DNK", "pledged")]


@pytest.mark.parametrize("text, expected", [
    ("Poland refuses more MiG-29s, the government said.", ("POL", "MiG-29", "refused")),
    ("Madrid refused more Leopard 2A4 tanks, the minister told parliament.", ("ESP", "Leopard 2A4", "refused")),
    ("Lisbon rejects further F-16 jets for Kyiv, its defence minister said on Monday.", ("PRT", "F-16", "refused")),
    ("Athens refused additional S-300 batteries, officials said.", ("GRC", "S-300", "refused")),
])
def test_refusing_more_of_an_item_as_the_verb_s_object_refuses_it(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]
