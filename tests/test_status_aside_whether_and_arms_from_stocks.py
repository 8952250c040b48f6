"""Weighing told around a reporting aside ("is weighing, officials said, whether ...": ``considering``), and arms
in general refused to Ukraine with where they would come from between ("refuses to ship weapons out of its army
depots to Ukraine, but firms may sell ammunition": a refusal of its own beside another generic item, README rule 11).
Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Oslo is weighing, officials said, whether its old M109 guns can go.", ("NOR", "M109")),
    ("Lisbon is considering, the paper reported, whether Leopard 2A6 tanks could be freed.", ("PRT", "Leopard 2A6")),
    ("Madrid was debating, a source told Reuters, whether Hawk launchers should follow.", ("ESP", "Hawk")),
    ("Rome is pondering, the minister added, whether more Centauro vehicles might be spared.", ("ITA", "Centauro")),
    ("Athens is weighing, the weekly wrote, whether the M113 carriers in storage can leave.", ("GRC", "M113")),
])
def test_weighing_whether_around_a_reporting_aside_is_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, donor", [
    ("Hungary refuses to ship weapons out of its army depots to Ukraine, but its firms can sell ammunition.", "HUN"),
    ("Bratislava will not give weapons out of the army's depots to Kyiv, though drones may be sold.", "SVK"),
    ("Vienna refuses to supply weapons from the Bundesheer's reserves to Ukraine; helmets are another matter.",
     "AUT"),
    ("Malta will not provide weapons from its small armed forces to Kyiv, only medical kits and blankets.", "MLT"),
    ("Dublin will not ship weapons from Irish defence stocks to Ukraine but funds demining equipment.", "IRL"),
])
def test_arms_refused_to_ukraine_from_stocks_beside_another_item_are_refused(text, donor):
    assert (donor, "weapons", None, None, None, "refused") in rows(text)
