"""Generic words for support equipment a single item type of its sentence names (README rule 8): communication,
engineering and mine-clearing equipment, trainer aircraft. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Finland transferred secure communications equipment to Ukraine in May.",
     ("FIN", "communication equipment", "delivered")),
    ("Estonia will send a field communications system to the Ukrainian army.",
     ("EST", "communication equipment", "pledged")),
    ("The Netherlands will supply engineering equipment to Ukraine, the minister said.",
     ("NLD", "engineering equipment", "pledged")),
    ("Japan has handed Ukraine mine-clearing equipment for its sappers.", ("JPN", "demining equipment", "delivered")),
    ("Croatia will donate mine clearance equipment to Kyiv.", ("HRV", "demining equipment", "pledged")),
    ("Czechia is weighing whether to send its old trainer aircraft to Ukraine.", ("CZE", "aircraft", "considering")),
    ("Slovakia has delivered trainer aircraft to the Ukrainian air force.", ("SVK", "aircraft", "delivered")),
])
def test_a_single_type_of_support_equipment_is_a_record(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_support_equipment_in_a_list_of_generic_types_stays_unrecorded():
    assert rows("Latvia will send engineering equipment, radios and generators to Ukraine.") == []
