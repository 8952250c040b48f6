"""A pronoun that a refusal or a hedge governs stands for the system named in the sentence before: "The Taurus
is Germany's longest-range missile. Berlin has refused to supply it." (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


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
