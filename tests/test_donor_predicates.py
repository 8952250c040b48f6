"""A second predicate of a sentence's subject ("X will do A and will contribute B") has that subject as its
donor, not a place named in the first predicate (sentences of our own)."""

from __future__ import annotations

from aidledger.extractor import extract


def test_a_second_predicate_has_the_subject_not_the_destination_before_it():
    text = "Ireland will send 40 medics to Poland and will contribute EUR 5 million to the NATO trust fund for Ukraine."
    assert [(p.donor, p.status, p.amount) for p in extract(text)] == [("IRL", "funded", 5_000_000)]


def test_a_sentence_with_one_predicate_keeps_its_donor():
    text = "On Monday, officials said Ireland will contribute EUR 5 million to the NATO trust fund for Ukraine."
    assert [p.donor for p in extract(text)] == ["IRL"]
