"""Refusals to join or pay into a pooled scheme that buys arms for Ukraine (README rule 11): a refused
contribution of the donor, with no amount (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

_SCHEME = "Eleven allies have paid into the drone fund that buys interceptors for Kyiv. "


@pytest.mark.parametrize("text, donors", [
    ("Lisbon declined to take part in the drone fund, citing its budget.", ["PRT"]),
    (_SCHEME + "Austria and Malta refused to take part, arguing that the fund buys weapons.", ["AUT", "MLT"]),
    (_SCHEME + "Greece declined to contribute too.", ["GRC"]),
    (_SCHEME + "Others stayed away. Cyprus chose to spend at home, and Bulgaria did not join either.", ["BGR"]),
    ("Estonia decided against joining the joint purchase scheme.", ["EST"]),
    # an analysis tells the scheme's story over a paragraph before it names those who stayed out
    (_SCHEME + "Oslo went first. Riga followed in May. Vilnius doubled its share. Most payments arrived by June. "
               "Austria refused to take part.", ["AUT"]),
    ("Dublin will not take part in any purchase of weapons for Ukraine.", ["IRL"]),
])
def test_a_refusal_to_join_a_scheme_is_a_refused_contribution(text, donors):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(d, None, None, "refused") for d in donors]


@pytest.mark.parametrize("text", [
    "Lisbon declined to take part in the summit in Rome.",  # no scheme that buys arms
    "Greece declined to contribute troops to the mission.",  # troops, not a contribution to a scheme
    "Greece declined to contribute, citing its own needs.",  # no scheme named before: contribute to what?
    _SCHEME + "Asked about Cyprus, which has not joined the fund, the minister said each ally decides.",
    "Madrid will not join the coalition of the willing that may send troops.",  # a coalition of troops
])
def test_no_refused_contribution_without_a_scheme_it_refuses(text):
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme"]


def test_a_refusal_to_join_a_scheme_with_an_item_of_its_own_refuses_the_item():
    text = "Athens declined to take part in the €300 million drone fund for Ukraine."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("GRC", 300_000_000, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("Portugal said it is not participating in the ammunition initiative.", "PRT"),
    ("Greece is not contributing to PURL for now, a government spokesman said.", "GRC"),
    ("We back the Czech initiative, but we're not taking part in it, Austria's chancellor said.", "AUT"),
    ("Q: Will Canada join the drone coalition?\n"
     "A: Ottawa likes the idea; it's not contributing funds to that coalition.",
     "CAN"),
])
def test_not_joining_a_scheme_told_in_the_present_is_a_refusal(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("Spain is still considering a contribution to PURL.", "ESP"),
    ("Lisbon has not ruled out taking part in the Czech-led initiative.", "PRT"),
    ("Athens is studying a contribution to the ammunition initiative, a spokesman said.", "GRC"),
])
def test_a_contribution_to_a_scheme_only_weighed_is_considering(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "considering")]


@pytest.mark.parametrize("text, donor", [
    ("Italy is considering joining the ammunition initiative.", "ITA"),
    ("Athens is mulling participating in the Czech initiative, a spokesman said.", "GRC"),
])
def test_weighing_whether_to_join_a_scheme_is_considering(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "considering")]


@pytest.mark.parametrize("text, donors", [
    # a model of its own: a donor pays Ukrainian plants to build guns for Kyiv
    ("Norway pays Ukrainian plants to build drones under the Norwegian model. Belgium decided against taking part.",
     ["BEL"]),
    # the EU's word for an EPF package
    ("The Council adopted a fresh EPF assistance measure for Kyiv. Malta will not contribute to the measure.",
     ["MLT"]),
    # a second joining verb in the same clause is read on its own
    (_SCHEME + "Sofia took part in the vote and will not contribute to the fund.", ["BGR"]),
])
def test_a_refusal_to_join_a_model_or_measure_is_a_refused_contribution(text, donors):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[-1]) for r in got] == [(d, "refused") for d in donors]


@pytest.mark.parametrize("text, donor", [
    # other verbs of paying in: chip in, pay into, put money into
    ("Valletta is considering whether to chip in to the ammunition initiative.", "MLT"),
    ("Dublin has not ruled out paying into the EPF's Ukraine fund, a spokesman said.", "IRL"),
    ("Ljubljana is weighing whether to put money into the NATO trust fund for Kyiv.", "SVN"),
    # a capability coalition, named by what it buys
    ("Helsinki is still assessing a possible contribution to the air defence coalition.", "FIN"),
    ("Zagreb is mulling a contribution to the coalition of drones led by Riga.", "HRV"),
    # a joining only possible
    ("Croatia could join the drone coalition later this year, the defence minister said.", "HRV"),
    ("Luxembourg may also chip in to the initiative, diplomats said.", "LUX"),
    # the question put to the donor, then its answer
    ("Asked whether Austria would chip in to the maritime coalition, the chancellor said it was being studied.",
     "AUT"),
    ("Asked if Ireland would pay into the fund, the taoiseach said no decision had been taken.", "IRL"),
])
def test_paying_into_a_scheme_only_weighed_is_considering(text, donor):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(donor, None, None, "considering")]


@pytest.mark.parametrize("text", [
    "Croatia may join the coalition government in May.",  # a government's coalition
    "Oslo could join a coalition of the willing, the prime minister said.",  # a force, not a scheme that buys
    "Rome could join the security coalition, officials said.",  # no capability named
    "Fiala said more countries could join the initiative in the coming weeks.",  # others at large, no donor
    "Other allies are considering contributing to the fund, the secretary general said.",
])
def test_no_weighed_contribution_of_others_or_to_a_coalition_that_buys_nothing(text):
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme"]


@pytest.mark.parametrize("text, donor", [
    ("Nineteen allies back the Czech-led initiative. Oslo gives NOK 500 million. Belgium is yet to decide the sum.",
     "BEL"),
    # the hedge told in a list of contributions, after the amounts of others
    ("For the initiative: Denmark - DKK 200 million, Canada - CAD 20 million, Belgium is yet to decide the sum.",
     "BEL"),
    ("Belgium is yet to decide the size of its contribution to the drone coalition.", "BEL"),
    ("Madrid has not decided how much to put into the PURL mechanism.", "ESP"),
    ("The Hague will decide later how much to give to the maritime coalition.", "NLD"),
])
def test_a_sum_still_to_be_decided_for_a_scheme_is_a_considered_contribution(text, donor):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(donor, None, None, "considering")]


@pytest.mark.parametrize("text", [
    "The government has yet to decide the size of the next aid package.",  # no scheme
    "Rome is yet to decide how much to spend on its own navy.",
])
def test_no_considered_contribution_without_a_scheme(text):
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme"]


@pytest.mark.parametrize("text, donor", [
    # weighed in words before the joining
    ("Ljubljana has expressed interest in joining the Czech-led ammunition initiative.", "SVN"),
    ("Lisbon is open to contributing to PURL, the foreign minister said.", "PRT"),
    ("Athens is evaluating its participation in the drone coalition.", "GRC"),
    ("Vienna is thinking about joining the initiative.", "AUT"),
    ("Riga is exploring a contribution to the maritime coalition.", "LVA"),
    ("Sofia considers possibility to join the Czech initiative on shells.", "BGR"),
    ("Talks on Madrid's participation in PURL are ongoing.", "ESP"),
    # ... or after its scheme, in a passive
    ("Spain's contribution to PURL is still being discussed.", "ESP"),
    ("Participation in the drone coalition is being considered by Zagreb.", "HRV"),
    ("Italy's participation in the initiative is under discussion, a government source said.", "ITA"),
])
def test_a_joining_weighed_in_other_words_is_considering(text, donor):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(donor, None, None, "considering")]


_PAID = "Twelve allies have paid into the NATO fund for Kyiv. "


@pytest.mark.parametrize("text, donor", [
    # the scheme named in the sentence before, the joining weighed without an object
    (_PAID + "Madrid has yet to announce its contribution.", "ESP"),
    (_PAID + "Athens has not said whether it will contribute.", "GRC"),
    (_PAID + "Madrid is likely to join later this year.", "ESP"),
    (_PAID + "Bratislava is considering joining as well.", "SVK"),
    (_PAID + "A Spanish contribution is under consideration.", "ESP"),
    (_PAID + "Stockholm is preparing its contribution, the minister said.", "SWE"),
    # the act of the others, done again
    (_PAID + "Madrid is considering whether to do the same.", "ESP"),
    (_PAID + "Lisbon is mulling a similar move.", "PRT"),
])
def test_a_joining_weighed_after_a_scheme_was_named_is_considering(text, donor):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(donor, None, None, "considering")]


def test_doing_the_same_after_a_gift_of_items_is_no_contribution():
    text = "Oslo sent 12 howitzers to Kyiv through the fund. Madrid is considering doing the same."
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme"]


@pytest.mark.parametrize("text", [
    "Kyiv's foreign minister asked Spain to consider joining PURL.",
    "Ukraine hopes Portugal will consider a contribution to the fund.",
])
def test_a_joining_asked_or_hoped_for_by_another_is_a_request_not_a_weighing(text):
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme"]


@pytest.mark.parametrize("text, donor", [
    # a question on the joining, answered in the next sentence
    ("Q: Will Madrid join PURL? A: We are considering it.", "ESP"),
    ("Q: Is Rome going to contribute to the drone coalition?\nA: We're looking at it, no decision yet.", "ITA"),
    # the speaker's own participation, and a headline's hedge without its verb
    ('"We are studying our participation in the fund," the Greek minister told reporters.', "GRC"),
    ("Italy's defence minister: contribution to PURL under evaluation.", "ITA"),
])
def test_a_joining_weighed_in_spoken_words_is_considering(text, donor):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(donor, None, None, "considering")]


def test_a_question_on_a_joining_left_unanswered_is_no_record():
    assert not [r for r in rows("Will Madrid join PURL? Madrid has sent tanks before.")
                if r[1] == "contribution to a joint scheme"]


@pytest.mark.parametrize("text, donor, status", [
    ("On PURL, Madrid said it was still considering its options.", "ESP", "considering"),
    ("As for the drone coalition, Rome has not yet decided.", "ITA", "considering"),
    ("On the ammunition initiative, Vienna said no decision had been taken.", "AUT", "considering"),
    ("Regarding the Czech initiative, Bratislava will not pay a single cent.", "SVK", "refused"),
])
def test_a_scheme_put_first_as_the_topic_then_weighed_or_refused_is_a_contribution(text, donor, status):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert [(r[0], r[2], r[3], r[-1]) for r in got] == [(donor, None, None, status)]


def test_a_scheme_put_first_with_an_item_of_its_own_is_that_item():
    got = rows("On PURL, Oslo said it was still considering two more NASAMS launchers.")
    assert not [r for r in got if r[1] == "contribution to a joint scheme"]


@pytest.mark.parametrize("text, donor", [
    ("Bratislava's new cabinet says it will no longer pay for the Czech-led initiative, which bought rounds for "
     "Kyiv in Asia and Africa.", "SVK"),
    ("The new Dutch cabinet will stop paying for the demining coalition, the minister said.", "NLD"),
    (_SCHEME + "Hungary will not pay for it.", "HUN"),
    ("Vienna will no longer pay for the drone fund which bought interceptors for Kyiv last year.", "AUT"),
    ("Lisbon has stopped paying for the joint purchase scheme, its finance minister confirmed.", "PRT"),
])
def test_no_longer_paying_for_a_scheme_is_a_refused_contribution(text, donor):
    # (what the scheme bought, told in a relative clause after its name, is no item the donor refuses)
    assert [(r[0], r[1], r[2], r[3], r[-1]) for r in rows(text)] == [
        (donor, "contribution to a joint scheme", None, None, "refused")]
