"""A system named in an apposition as the model the item given comes from or resembles is no item of its own
(``extractor/likeness.py``). Every sentence here is the project's own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return [(p.donor, p.system, p.quantity_value) for p in extract(text)]


@pytest.mark.parametrize("text, given, model", [
    ("Slovenia has handed over 14 M-55S tanks, an upgraded version of the Soviet T-55, to Ukraine.", "M-55S", "T-55"),
    ("Warsaw sent 30 PT-91 tanks, a Polish modernisation of the T-72, to Kyiv in May.", "PT-91", "T-72"),
    ("Zagreb will donate 8 Mi-8 helicopters (the export variant of the Mi-17) to Ukraine.", "Mi-8", "Mi-17"),
    ("Prague delivered 12 BVP-1 vehicles, a licence-built copy of the BMP-1, to Ukraine.", "BMP-1", None),
])
def test_the_model_in_an_apposition_is_no_item(text, given, model):
    found = _found(text)
    assert [f[1] for f in found] == [given]
    assert model is None or model not in [f[1] for f in found]


def test_without_an_apposition_the_version_named_is_what_is_given():
    assert [f[1] for f in _found("Germany will send Ukraine an upgraded version of the IRIS-T SLM next year.")] == [
        "IRIS-T SLM"]
