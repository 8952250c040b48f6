"""A verbless answer to a question about a running total or a balance ("How much is left in the fund? - About
300 million euros.") states no pledge (README rule 5); a count answering what was handed over in total is a
delivery (rule 5's exception). Sentences of our own."""

from __future__ import annotations

from test_extract_stages import rows


def test_a_balance_answered_is_no_pledge():
    text = "Q: How much is left in the fund?\n\nMINISTER: About 300 million euros, Norway's minister said."
    assert rows(text) == []


def test_a_total_handed_over_answered_is_a_delivery():
    text = "Q: How many howitzers has Norway handed over in total?\n\nMINISTER: Around 60 howitzers."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 60, "delivered")]


def test_an_answer_to_another_question_keeps_its_default():
    text = "Q: Will Norway send more?\n\nMINISTER: 60 howitzers, Norway's minister said."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 60, "pledged")]
