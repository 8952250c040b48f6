"""A post's entries that open with a flag and a donor's name ("🇨🇦 Canada: ..."): the flag stands where a
bullet would, and each entry has its own donor, also when entries run together on one line. Every
sentence here is the project's own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("🇨🇦 Canada: 20 more Senator vehicles are on their way. 🇳🇴 Norway: two NASAMS launchers delivered ✅",
     [("CAN", "pledged"), ("NOR", "delivered")]),
    ("🇯🇵 Japan: 100 trucks already shipped. 🇰🇷 Korea: 20 mine-clearing vehicles promised 🙏",
     [("JPN", "delivered"), ("KOR", "pledged")]),
    ("Thread on today's news 👇\n🇦🇺 Australia: 30 more Bushmasters coming. 🇳🇿 New Zealand: 12 trucks have arrived!",
     [("AUS", "pledged"), ("NZL", "delivered")]),
])
def test_each_flagged_entry_of_a_post_has_its_own_donor(text, expected):
    assert [(r[0], r[-1]) for r in rows(text)] == expected
