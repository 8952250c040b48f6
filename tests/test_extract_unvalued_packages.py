"""A package the text introduces without any worth is no money package (README rule 2 is about money
packages): the named systems it lists keep their records, without a count; a package with a worth, or one only
referred to, keeps rule 2. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor.index import Mentions
from aidledger.extractor.unvalued_packages import package_told_without_worth
from aidledger.model import Document


@pytest.mark.parametrize("text, named", [
    ("Oslo will deliver its 9th package next month, including 12 M113 carriers and NASAMS missiles.", "NASAMS"),
    ("Lisbon has signed its 5th aid package, containing 8 Leopard 2A6 tanks and Stinger missiles. Details are secret.",
     "Stinger"),
    ("Vilnius has prepared a new package for Kyiv. It includes M577 carriers and Piorun missiles.", "Piorun"),
    ("Prague approved a new aid package on Monday. It contains 122 mm rockets and RM-70 Vampire launchers.",
     "RM-70"),
    ("Riga signed its twelfth package yesterday, which includes 10 M109 howitzers and Stinger launchers.", "Stinger"),
])
def test_a_package_without_worth_keeps_its_named_contents(text, named):
    assert any(r[1].startswith(named) and r[2] is None for r in rows(text))


@pytest.mark.parametrize("text", [
    "Oslo will deliver its 9th package worth NOK 2 billion next month, including 12 M113 carriers and NASAMS.",
    "Lisbon has signed a new aid package. It includes Stinger missiles. It is worth 50 million euros.",
    "The package that the premier announced in May will contain Leopard 2A6 tanks and Stinger missiles.",
])
def test_a_money_package_or_one_referred_to_lists_no_unnumbered_contents(text):
    assert all(r[2] is not None or r[3] is not None for r in rows(text))



@pytest.mark.parametrize("text, introduced", [
    ("Oslo signed its twelfth package, which includes NASAMS launchers.", True),
    ("Oslo signed a new package. It includes NASAMS launchers.", True),
    ("A day after the package was signed, it was said to include NASAMS launchers.", False),
    ("The package signed in May will include NASAMS launchers.", False),
])
def test_a_package_is_introduced_only_by_its_own_article_or_ordinal(text, introduced):
    m = Mentions(Document("x", text))
    assert package_told_without_worth(m, len(m.sentences) - 1) is introduced
