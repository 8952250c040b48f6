""""The first batch was delivered": the first batch of a counted generic item named in the sentence before is
a delivery of it (as of a named system). Every sentence here is the project's own."""

from __future__ import annotations

from aidledger.extractor.pipeline import extract


def test_the_first_batch_of_a_counted_generic_item_is_delivered():
    found = [(p.donor, p.quantity_value, p.status)
             for p in extract("Lisbon promised 40 patrol boats. The first batch was delivered this week.")]
    assert ("PRT", None, "delivered") in found
    assert ("PRT", 40.0, "pledged") in found


def test_the_first_ones_arrived_behind_a_reporting_frame():
    # "...; officials said (on Friday) that the first six had been delivered": the frame does not hide the part
    for text, donor, whole, part in [
        ("Copenhagen committed 19 F-16 jets in 2023; officials said that the first six had been delivered.",
         "DNK", 19, 6),
        ("Sweden has promised 12 Archer guns, and the army said on Monday that the first three arrived.",
         "SWE", 12, 3),
    ]:
        found = sorted((p.donor, p.quantity_value, p.status) for p in extract(text))
        assert found == [(donor, part, "delivered"), (donor, whole, "pledged")], text
    # a first batch still to come is no delivery
    assert [p.status for p in extract("Spain promised 10 Leopard tanks, and officials said the first ones would "
                                      "leave in May.")] == ["pledged"]
