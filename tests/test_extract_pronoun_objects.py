"""A pronoun that a refusal, a hedge or a payment governs stands for the item named in the sentence before: "The Taurus
is Germany's longest-range missile. Berlin has refused to supply it." (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor.pipeline import extract


@pytest.mark.parametrize("text, expected", [
    ("The Taurus is the most capable cruise missile in Europe. Chancellor Scholz has refused to supply it, citing "
     "the risk of escalation.", ("DEU", "Taurus", "refused")),
    ("Taurus remains the exception. Berlin has declined to send it since 2023.", ("DEU", "Taurus", "refused")),
    ("The Gripen is Sweden's own fighter. Stockholm has refused to give them to Kyiv for now.",
     ("SWE", "Gripen", "refused")),
    ("Kyiv keeps asking for Taurus missiles. Olaf Scholz again refused to deliver them.", ("DEU", "Taurus", "refused")),
    ("The Archer is a wheeled howitzer built in Sweden. Stockholm is considering whether to send them.",
     ("SWE", "Archer", "considering")),
])
def test_a_refused_or_weighed_pronoun_is_the_system_named_before(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_only_a_refused_or_weighed_pronoun_after_one_system_is_an_item():
    assert [(r[0], r[-1]) for r in rows("Taurus is made by MBDA. Berlin refused to send it.")] == [("DEU", "refused")]
    # "sending it" may restate the system before: no record of its own
    assert rows("Storm Shadow came first. Kyiv said the missile was a game changer and thanked London for "
                "sending it.") == []
    # a sentence naming several systems leaves the pronoun unresolved (what Kyiv wants or asks for is a request,
    # that a refusal answers: test_status_requests)
    assert rows("Taurus and ATACMS missiles have a long range. Berlin has refused to supply them.") == []


@pytest.mark.parametrize("text, donors, item", [
    ("The joint scheme has bought 200,000 rounds this year. Oslo and Helsinki are among those paying for them.",
     ["FIN", "NOR"], "ammunition"),
    ("The army wants more drones. Riga will finance them through the coalition.", ["LVA"], "drone"),
    ("Ukrainian plants will build 12 Bohdana howitzers. Copenhagen is paying for them.", ["DNK"], "artillery"),
])
def test_paying_for_what_the_sentence_before_named_is_funded(text, donors, item):
    got = [(r[0], r[-1]) for r in rows(text) if r[-1] == "funded"]
    assert sorted(got) == [(d, "funded") for d in donors]
    assert {p.category for p in extract(text, published="2025-03-01") if p.status == "funded"} == {item}


def test_paying_for_items_of_several_kinds_before_is_no_record():
    assert not [r for r in rows("Kyiv got 20 tanks and 40 drones last month. Oslo paid for them.")
                if r[-1] == "funded"]


@pytest.mark.parametrize("text, expected", [
    ("Estonia bought K9 howitzers last year. They will not be sent to Ukraine, the minister said.",
     ("EST", "K9 Thunder", "refused")),
    ("Q: Lithuania is buying Leopard 2A8 tanks.\nA: No. Those tanks are for our own brigade. They will not go to "
     "Ukraine.", ("LTU", "Leopard", "refused")),
    ("The Swedish air force flies Gripen jets. These jets cannot be spared, the Swedish defence minister said.",
     ("SWE", "Gripen", "refused")),
    ("Spain owns 20 Harpoon missiles. They are still being considered for transfer, the Spanish ministry said.",
     ("ESP", "Harpoon", "considering")),
])
def test_a_pronoun_subject_refused_or_weighed_stands_for_the_system_before(text, expected):
    """"Lithuania buys Leopard 2A8 tanks. They will not go to Ukraine.": the subject of the refusal is the system of
    the sentences before (an answer word, "A: No.", not counted among them)."""
    assert expected in [(r[0], r[1], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text", [
    "Germany sent 10 Leopard 2 tanks in March. They arrived in April.",
    "Germany promised IRIS-T systems. Those plans will not change, Berlin said.",
])
def test_a_pronoun_subject_of_no_refusal_or_of_another_word_gives_no_record_of_its_own(text):
    assert len(rows(text)) == 1


def test_it_weighed_may_be_the_matter_and_gives_no_record_of_its_own():
    text = ("Rome is weighing whether to send its SAMP/T battery. \"It is being discussed with Paris,\" an official "
            "said.")
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("ITA", "SAMP/T", "considering")]
