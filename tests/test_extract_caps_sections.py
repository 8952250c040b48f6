"""An overview in sections under headings in capitals: each heading with a state opens a section of its own, and
"contributions" names money put in (funded) (a list of our own)."""

from __future__ import annotations

import datetime as dt

from aidledger.model import Document
from aidledger.pledges import extract_document


def test_a_capitals_heading_after_a_list_opens_a_section_with_its_own_state():
    text = ("Latvia's aid to Ukraine in 2025\n\nHANDED OVER\n– 155 mm artillery shells: 9 000\n"
            "– D-30 towed howitzers: 3\n\nFINANCIAL CONTRIBUTIONS\n– drone coalition: EUR 7 million\n"
            "– Czech ammunition initiative: EUR 3 million\n")
    recs, _ = extract_document(Document(id="t", text=text, published=dt.date(2025, 6, 12)))
    assert sorted((int(r.amount), r.status) for r in recs if r.amount) == [(3_000_000, "funded"),
                                                                            (7_000_000, "funded")]
    assert {r.status for r in recs if not r.amount} == {"delivered"}
