"""A sale to Ukraine that donors pay for, told in two steps ("The US approved the sale of 12 HIMARS launchers to
Ukraine. The deal will be funded by the Netherlands."): each payer funds the system sold (README rule 11), one record
each with no count (rule 9); the sale itself stays no aid (rule 10). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, system, payers", [
    ("The State Department approved a possible sale to Ukraine of 400 JDAM-ER kits worth about $300 million. "
     "The purchase will be paid for by Sweden and Denmark.", "JDAM-ER", {"SWE", "DNK"}),
    ("The US approved the sale of 12 HIMARS launchers to Ukraine on Tuesday. The deal will be funded by the "
     "Netherlands.", "HIMARS", {"NLD"}),
    ("Washington signed off on selling 300 Hellfire missiles to Kyiv. Canada and Belgium will pay for the purchase, "
     "officials said.", "Hellfire", {"CAN", "BEL"}),
    ("Congress was notified of a sale of 60 Stinger launchers to Ukraine.\n\nAccording to the notice, the order is "
     "to be financed by Norway, Sweden and Finland.", "Stinger", {"NOR", "SWE", "FIN"}),
    ("The Pentagon approved the sale of two NASAMS batteries to Ukraine. The acquisition will be jointly covered by "
     "Germany and Denmark.", "NASAMS", {"DEU", "DNK"}),
])
def test_donors_paying_for_a_sale_to_ukraine_told_before_fund_the_system_sold(text, system, payers):
    got = {(p.donor, p.status, p.system, p.quantity_value) for p in extract(text)}
    assert {(d, "funded", system, None) for d in payers} <= got
