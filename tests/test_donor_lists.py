"""The donor of a list introduced once: each entry with no donor of its own is the introduction's, not
the donor an entry before named. The lists are the project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, r.system) for r in extract_document(doc)[0]}


def test_an_entry_after_one_with_a_partner_is_the_lists():
    text = ("Sweden's 15th support package. Its contents:\n"
            "• 10 Archer howitzers\n"
            "• 20 CV90 infantry fighting vehicles, in cooperation with Denmark\n"
            "• 5,000 rounds of ammunition")
    found = records(text)
    assert ("SWE", "Archer") in found and ("SWE", "rounds of ammunition") in found
    assert ("DNK", "rounds of ammunition") not in found


def test_a_joint_introduction_gives_each_entry_to_both():
    text = ("Germany and the Netherlands will jointly send:\n"
            "- 3 IRIS-T SLM systems, with Norwegian radars\n"
            "- 30 Gepard anti-aircraft guns")
    found = records(text)
    assert {d for d, s in found if s == "Gepard"} == {"DEU", "NLD"}


def test_a_list_after_a_blank_line_has_no_introduction():
    text = ("Norway sent 10 trucks.\n\n"
            "- 20 M113 vehicles, from Denmark\n"
            "- 30 Gepard anti-aircraft guns")
    assert {d for d, s in records(text) if s == "Gepard"} == {"DNK"}  # the entry before, as without a list
