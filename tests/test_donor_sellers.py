"""Who sells and who leads a scheme is no donor (sentences of our own)."""

from __future__ import annotations

from aidledger.extractor import extract


def _donors(text):
    return sorted({p.donor for p in extract(text)})


def test_the_country_bought_from_is_the_seller_not_the_donor():
    assert _donors("Ottawa will spend a further $80 million buying a missile stock from the United States "
                   "on Ukraine's behalf.") == ["CAN"]
    text = ("Riga handed over a new shipment to Ukraine:\n- trucks – 20;\n"
            "- NASAMS launchers – 2 (purchased from Norway, to be handed over in autumn).")
    assert _donors(text) == ["LVA"]


def test_the_leaders_of_a_coalition_others_pay_into_are_no_donors():
    text = 'Japan has also joined the "drone coalition" led by Latvia and Britain, contributing $30 million.'
    assert _donors(text) == ["JPN"]
    text = "Oslo will fund 20,000 shells under the Czech-led ammunition initiative, setting aside 1 billion kroner."
    assert [(p.donor, p.currency) for p in extract(text) if p.amount] == [("NOR", "NOK")]
    # the leader still speaks for the scheme in a sentence about the scheme itself
    assert _donors("The Czech-led initiative delivered 500,000 shells in 2024.") == ["CZE"]


def test_the_make_of_arms_a_scheme_buys_is_no_donor():
    # a country named as the make of the arms a scheme buys in general gives nothing
    text = "PORTUGAL — Tue: EUR 45 m to PURL, the NATO scheme that buys US weapons for Ukraine."
    assert [(p.donor, int(p.amount)) for p in extract(text) if p.amount] == [("PRT", 45_000_000)]
    text = "Oslo pays NOK 300 million into a fund which finances American-made equipment for Kyiv's army."
    assert [p.donor for p in extract(text) if p.amount] == ["NOR"]
    text = "Athens will give EUR 20 million to a mechanism that purchases British arms for Ukraine."
    assert [p.donor for p in extract(text) if p.amount] == ["GRC"]
