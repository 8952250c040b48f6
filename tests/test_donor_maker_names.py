"""A maker's name written before the model ("Lockheed Martin F-16s") is neither a misspelt official's
surname ("Martin" is not Finland's former prime minister Marin) nor the name of a system. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract
from aidledger.mentions.makers import is_maker_name, maker_spans


@pytest.mark.parametrize("text, donor, system", [
    ("Belgium will deliver six Lockheed Martin F-16 jets to Ukraine this year.", "BEL", "F-16"),
    ("Washington approved 20 more Lockheed Martin HIMARS launchers for Kyiv.", "USA", "HIMARS"),
    ("Canada will pay for 300 Lockheed Martin GMLRS rockets for Ukraine.", "CAN", "GMLRS"),
])
def test_the_maker_before_the_model_is_no_donor(text, donor, system):
    found = [(p.donor, p.system) for p in extract(text)]
    assert (donor, system) in found
    assert not any(d == "FIN" for d, _ in found)


def test_a_maker_before_a_class_is_no_system_name():
    records = extract("Denmark will buy Lockheed Martin missiles for Ukraine.")
    assert [(p.donor, p.system) for p in records] == [("DNK", "missiles")]


def test_maker_spans_and_names():
    text = "a contract with Lockheed Martin and Krauss-Maffei Wegmann"
    assert [text[a:b] for a, b in maker_spans(text)] == ["Lockheed Martin", "Krauss-Maffei Wegmann"]
    assert is_maker_name("Lockheed Martin") and not is_maker_name("Martin")
