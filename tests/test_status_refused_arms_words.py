"""Arms in general refused in words the older cues did not read: a sale and a gift refused together ("would not
sell or give arms"), the giving not to be started ("has not sent weapons and does not intend to start"), not a
single cent toward arms, and a terse "no weapons" (README rule 11, ``refused``). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def _refused(text):
    return [(r[0], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, donor", [
    ("Chile will neither sell nor give weapons to Kyiv, a minister said; it would not sell or donate arms.", "CHL"),
    ("Ecuador will not sell or donate weapons to Kyiv or to Moscow.", "ECU"),
    ("Peru does not sell or supply weapons to countries at war with each other, its minister said.", "PER"),
    ("Colombia won't sell or send arms to Ukraine, the president repeated.", "COL"),
    ("Uruguay cannot export or give weapons to a party to the war.", "URY"),
])
def test_a_sale_and_a_gift_refused_together_refuse_the_arms(text, donor):
    assert _refused(text) == [(donor, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("Malta has not sent weapons to Ukraine and will not begin now.", "MLT"),
    ("Indonesia has not shipped lethal aid to Kyiv and is not planning to begin.", "IDN"),
    ("Thailand has not supplied weapons to Kyiv, and it does not plan to start.", "THA"),
    ("Cyprus has not transferred lethal aid to Ukraine and won't start.", "CYP"),
    ("Vietnam has not shipped weapons to Ukraine and is not going to start.", "VNM"),
])
def test_arms_not_given_and_not_to_be_started_are_refused(text, donor):
    assert _refused(text) == [(donor, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("Vienna would not put \"even one cent\" toward weapons for Kyiv, the chancellor said.", "AUT"),
    ("Bratislava would not put a single cent toward weapons for Kyiv.", "SVK"),
    ("The premier said \"not one cent\" of Hungary's budget would be spent on weapons for Kyiv.", "HUN"),
    ("Germany will send 20 Marder vehicles. Budapest said not one forint would be spent on arms for Kyiv.",
     "HUN"),
    ("Malta will not spend even one euro on lethal aid for Kyiv.", "MLT"),
])
def test_not_a_single_cent_toward_arms_refuses_them(text, donor):
    assert (donor, "refused") in _refused(text)


@pytest.mark.parametrize("text, donor", [
    ("Malta: \"no weapons, full stop\", the prime minister said.", "MLT"),
    ("Asked about aid, the Austrian chancellor was blunt: no weapons.", "AUT"),
    ("Ireland's answer: \"No lethal aid.\"", "IRL"),
    ("Vienna's line is unchanged: \"no weapons\".", "AUT"),
    ("Swiss president on Kyiv's request: no arms, neutrality comes first.", "CHE"),
])
def test_a_terse_no_weapons_refuses_arms_in_general(text, donor):
    assert (donor, "refused") in _refused(text)

