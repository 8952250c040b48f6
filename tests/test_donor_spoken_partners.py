"""A post or speech that says "together with Latvia and Estonia we will ...": the partners and the country the
text speaks for in the first person, even when no outlet, office or majority names that country; a flag
before a country's name ("🇱🇻 Latvia") is one name of the group. Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _donors(text: str, quantity: int) -> set[str]:
    records = extract_document(Document(id="t", text=text, published=dt.date(2025, 2, 3)))[0]
    return {r.donor for r in records if r.system == "howitzers" or r.quantity_value == quantity}


def test_we_with_partners_includes_the_country_the_text_speaks_for():
    text = ("Today I signed the order: Lithuania will send 40 drones to Ukraine.\n\n"
            "Together with Latvia we will pay for 18 howitzers for the Ukrainian army.")
    assert _donors(text, 18) >= {"LVA", "LTU"}


def test_a_flag_before_a_partner_name_keeps_the_partners_together():
    text = ("@defmin_lt: Today I signed the order: Lithuania will send 40 drones to Ukraine.\n\n"
            "Together with 🇱🇻 Latvia and 🇪🇪 Estonia we will pay for 18 howitzers for the Ukrainian army.")
    assert _donors(text, 18) == {"LVA", "EST", "LTU"}
