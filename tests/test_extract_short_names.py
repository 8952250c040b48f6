"""A system told again by the plural of its own word once the document named it in full ("the first Senator
armoured vehicles arrived. A further 12 Senators will be shipped in June"): the same system, counted (sentences
of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor, name, count", [
    ("Ottawa said the first Senator armoured vehicles had reached Ukraine. A further 12 Senators will be shipped in "
     "June.", "CAN", "Roshel Senator", 12),
    ("Britain has sent FV510 Warrior vehicles to Kyiv. London will now add another 20 Warriors.", "GBR",
     "FV510 Warrior", 20),
    ("Canada delivered its first Roshel Senator APCs in May. Ottawa promised 30 more Senators on Friday.", "CAN",
     "Roshel Senator", 30),
])
def test_the_plural_of_a_named_systems_own_word_counts_that_system(text, donor, name, count):
    found = {(p.donor, p.system, p.quantity_value) for p in extract(text)}
    assert (donor, name, count) in found


def test_the_word_alone_names_no_system_before_the_full_name_nor_before_a_name():
    # politicians, not vehicles: the full name comes after, or a name follows the plural
    assert [p.system for p in extract("The Senators voted on the bill. Canada will send 40 armoured vehicles.")] \
        == ["armoured vehicles"]
    found = [p.system for p in extract("Canada will send Roshel Senator vehicles to Ukraine. Senators Smith and "
                                       "Jones welcomed 12 of the decisions.")]
    assert found == ["Roshel Senator"]
