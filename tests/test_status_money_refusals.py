"""Sums refused, blocked or still negotiated, and a government's coalition that sets them (sentences of our own)."""

from __future__ import annotations

from test_extract_stages import rows


def test_a_coalition_that_sets_a_sum_and_declines_to_add_more():
    text = ("The Belgian coalition set 1.3 billion euros for next year, but it declined to add another 200 million "
            "euros after Tuesday's vote in parliament.")
    assert sorted((r[0], r[3], r[-1]) for r in rows(text)) == [
        ("BEL", 200_000_000, "refused"), ("BEL", 1_300_000_000, "pledged")]


def test_a_tranche_blocked_until_the_blockers_demands_are_met_is_refused():
    text = ("On Friday Budapest said it would keep blocking a 700 million euro European Peace Facility "
            "tranche meant for Ukraine until its demands are met.")
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("HUN", 700_000_000, "refused")]


def test_a_package_under_negotiation_is_weighed():
    text = 'Brussels said a EUR 4 billion package for shells for Ukraine "remains under negotiation".'
    assert [(r[3], r[-1]) for r in rows(text)] == [(4_000_000_000, "considering")]
