"""The subject of a sentence gives, not a name in another part of it: a second predicate ("X will do A and
will contribute B") keeps the subject, an aside between commas ("X, under pressure from Y, said ...") is not
the subject (sentences of our own)."""

from __future__ import annotations

from aidledger.extractor import extract


def test_a_second_predicate_has_the_subject_not_the_destination_before_it():
    text = "Ireland will send 40 medics to Poland and will contribute EUR 5 million to the NATO trust fund for Ukraine."
    assert [(p.donor, p.status, p.amount) for p in extract(text)] == [("IRL", "funded", 5_000_000)]


def test_a_sentence_with_one_predicate_keeps_its_donor():
    text = "On Monday, officials said Ireland will contribute EUR 5 million to the NATO trust fund for Ukraine."
    assert [p.donor for p in extract(text)] == ["IRL"]


def test_a_name_in_an_aside_between_commas_is_not_the_subject():
    text = "Portugal, under pressure from Berlin, said it could send 6 more M113 carriers to Ukraine."
    assert [(p.donor, p.status) for p in extract(text)] == [("PRT", "considering")]


def test_a_second_predicate_without_its_auxiliary_keeps_the_subject_too():
    text = "Iceland will post 12 engineers to Latvia and contribute EUR 3 million to the demining coalition."
    assert [(p.donor, p.amount) for p in extract(text)] == [("ISL", 3_000_000)]
    text = "Lisbon shipped spare parts to Spain and delivered 4 M113 carriers to Ukraine."
    assert [(p.donor, p.status, p.quantity_value) for p in extract(text)] == [("PRT", "delivered", 4)]

