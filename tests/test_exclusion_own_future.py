"""The systems a donor waits for to replace what it keeps ("the air force needs the jets until its
F-35s arrive") are its own future inventory, no aid (README rule 10: a donor's own inventory). The
sentences are written for this test."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text,kept,dropped", [
    ("Oslo ruled out sending its F-16 jets, which the air force still needs until its F-35s arrive.",
     ("NOR", "F-16", "refused"), "F-35"),
    ("Lisbon will not hand over the remaining fighters, which are still needed for air policing until the "
     "Gripen arrives.", None, "Gripen"),
    ("Finland pledged 8 jets; the rest depends on the arrival of its own F-35s.",
     ("FIN", "aircraft", "pledged"), "F-35"),
])
def test_a_donors_awaited_replacement_is_no_aid(text, kept, dropped):
    records = extract(text)
    assert not [p for p in records if dropped in (p.system or "")]
    if kept is not None:
        assert kept in [(p.donor, p.system, p.status) for p in records]


def test_a_refusal_citing_needs_still_reads_a_second_context_word():
    # the need is the reason of the refusal; the awaited replacement is still no aid of its own
    records = extract("Canada will not send CF-18 fighter jets, which its air force needs until its F-35s arrive.")
    assert [p.system for p in records if p.system == "F-35"] == []


@pytest.mark.parametrize("text,system", [
    ("The Netherlands will send 18 F-16 jets to Ukraine until the end of the year.", "F-16"),
    ("Denmark will hand over its own F-16s to Ukraine until the summer.", "F-16"),
])
def test_until_a_date_or_a_donors_own_gift_stays_a_pledge(text, system):
    assert [p.status for p in extract(text) if p.system == system] == ["pledged"]
