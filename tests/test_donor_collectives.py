"""A collective subject ("the two countries", "both governments", "all three") stands for the donors the sentence
before named together, as many as it counts; each gives jointly (README rule 9) (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Denmark and the Netherlands trained Ukrainian pilots. The two countries will also donate 42 F-16 jets.",
     ["DNK", "NLD"]),
    ("Norway and Germany discussed air defence in Berlin. Both governments pledged two more IRIS-T SLM systems.",
     ["DEU", "NOR"]),
    ("Estonia, Latvia and Lithuania met in Riga. All three will send 10 M113 carriers each.", ["EST", "LTU", "LVA"]),
])
def test_a_collective_subject_is_the_donors_named_before(text, expected):
    assert sorted(p.donor for p in extract(text)) == expected


def test_a_collective_subject_that_counts_otherwise_takes_no_donors():
    # (the donor the text speaks of, as without a collective subject)
    assert [p.donor for p in extract("Estonia and Latvia met in Riga. All three will send 10 M113 carriers each.")] == [
        "EST"]
    assert [p.donor for p in extract("Estonia and Latvia met in Riga. Both will send 10 M113 carriers each.")] == [
        "EST", "LVA"]
