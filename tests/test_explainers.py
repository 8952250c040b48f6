"""Explainers that ask a question and answer it with a list (sentences of our own): the answer's counts
take the state the question asks about."""

from aidledger.extractor import extract


def test_the_answer_to_which_countries_have_sent_tanks_tells_deliveries():
    text = ("Which countries have sent howitzers?\n"
            "Norway (24 M109), Denmark (19 Caesar) and Sweden (8 Archer).")
    got = sorted((p.donor, p.system, p.quantity_value, p.status) for p in extract(text))
    assert got == [("DNK", "Caesar", 19, "delivered"), ("NOR", "M109", 24, "delivered"),
                   ("SWE", "Archer", 8, "delivered")]


def test_the_answer_to_a_question_that_weighs_is_weighed():
    text = ("Which countries might send howitzers next?\n"
            "Norway (24 M109) and Denmark (19 Caesar).")
    assert [(p.donor, p.status) for p in extract(text)] == [("NOR", "considering"), ("DNK", "considering")]
