"""A contribution to a pooled scheme whose sum is still discussed or negotiated after it ("the amount of this year's
share is still under discussion", "the scale of its share remains under negotiation"), also with a time before the
possessive ("this year's", "next year's"): weighed (README rule 11, ``considering``), an item of its own (money, no
amount). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor", [
    ('Oslo has paid NOK 2 billion into PURL. For Finland, the amount of this year\'s share is "still under '
     'discussion".', "FIN"),
    ("Oslo has paid NOK 2 billion into the drone coalition. Portugal's case differs: the scale of its share remains "
     "under negotiation, officials say.", "PRT"),
    ("Oslo has paid NOK 2 billion into the Ukraine Fund. Belgium is different: the amount of this year's contribution "
     'is "still being discussed".', "BEL"),
])
def test_a_sum_still_discussed_after_it_is_weighed(text, donor):
    records = [(p.donor, p.amount, p.status) for p in extract(text, published=dt.date(2025, 10, 3)) if p.donor != "NOR"]
    assert records == [(donor, None, "considering")]
