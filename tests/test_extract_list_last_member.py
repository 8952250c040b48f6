"""In a list of amounts ("Norway's €100 million, Finland's €15 million, Estonia's €1.5 million and interest on
frozen Russian assets"), a not-aid word after the last amount names a member of its own: the last amount stays
aid. Sentences of our own."""

from __future__ import annotations

from aidledger.extractor import extract


def amounts(text):
    return sorted((p.donor, float(p.amount)) for p in extract(text) if p.amount)


def test_the_last_amount_before_a_member_of_another_kind_stays():
    text = ("The fund now holds €140 million: Norway's €100 million, Finland's €25 million, Latvia's €2 million and "
            "the proceeds of frozen Russian assets.")
    assert ("LVA", 2_000_000.0) in amounts(text)


def test_a_list_of_two_amounts_keeps_its_last_and_a_single_other_kind_stays_out():
    text = ("Sweden will lend €200 million and pay interest on frozen Russian assets. The fund holds Belgium's €40 "
            "million, Portugal's €6 million and interest on frozen Russian assets.")
    found = amounts(text)
    assert ("PRT", 6_000_000.0) in found
    assert not [a for d, a in found if d == "SWE"]
