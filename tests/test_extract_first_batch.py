""""The first batch was delivered": the first batch of a counted generic item named in the sentence before is
a delivery of it (as of a named system). Every sentence here is the project's own."""

from __future__ import annotations

from aidledger.extractor.pipeline import extract


def test_the_first_batch_of_a_counted_generic_item_is_delivered():
    found = [(p.donor, p.quantity_value, p.status)
             for p in extract("Lisbon promised 40 patrol boats. The first batch was delivered this week.")]
    assert ("PRT", None, "delivered") in found
    assert ("PRT", 40.0, "pledged") in found
