"""Another donor's answer to an item told just before: weighing or refusing it, with no item of its own
("..., while Norway is still weighing the request"; "... . Finland is still weighing the request."). Sentences of
our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Canada said it would send four Leopard 2 tanks, while Norway and Finland said they were still weighing the "
     "request.", [("CAN", "Leopard 2", 4, "pledged"), ("FIN", "Leopard 2", None, "considering"),
                  ("NOR", "Leopard 2", None, "considering")]),
    ("Canada will send four Leopard 2 tanks, but Oslo has rejected the request.",
     [("CAN", "Leopard 2", 4, "pledged"), ("NOR", "Leopard 2", None, "refused")]),
    ("Canada will send four Leopard 2 tanks. Norway said it was still weighing the request.",
     [("CAN", "Leopard 2", 4, "pledged"), ("NOR", "Leopard 2", None, "considering")]),
])
def test_another_donor_weighing_or_refusing_the_item_told_before_gets_it_with_that_state(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == expected


def test_a_hedge_of_another_donor_about_something_else_gives_no_record():
    text = "Canada will send four Leopard 2 tanks, while Norway is still weighing its budget for next year."
    assert [(r[0], r[-1]) for r in rows(text)] == [("CAN", "pledged")]
