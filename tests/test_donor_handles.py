"""Handles of government offices in posts: an office's abbreviation and the country's two-letter code
("@ministerDefNL", "@MFA_LT"). The handles are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.mentions.donors import find_donors
from aidledger.model import Document


@pytest.mark.parametrize("text,code", [
    ("@ministerDefNL: we are looking into it.", "NLD"),
    ("@MFA_LT said so.", "LTU"),
    ("@DefenceMinEE wrote today.", "EST"),
    ("@defmin_ee wrote today.", "EST"),
    ("@LTdefmin_office wrote today.", "LTU"),
])
def test_an_office_handle_with_a_country_code(text, code):
    assert [d.code for d in find_donors(text)] == [code]


@pytest.mark.parametrize("text", ["@AP reports.", "@NewsDeskNL said so.", "@ministerDefXQ wrote.", "@admin_de said so.",
                                  "@anna_de wrote."])
def test_no_office_or_no_country_is_no_donor(text):
    assert find_donors(text) == []


def test_the_post_of_an_office_speaks_for_its_country():
    text = ("@ZelenskyyUa: Germany will send 4 more IRIS-T systems in 2025.\n"
            "@ministerDefNL: We are looking into supplying additional Patriot missiles. Nothing decided yet.")
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    assert {r.donor for r in found if r.system == "Patriot missiles"} == {"NLD"}
