"""A donation package told as a release: a dated opening line, the parties to a fund's settlement, and numbered
lines of money that buy for the package, some together with a partner (sentences of our own)."""

from __future__ import annotations

import datetime as dt

from aidledger.model import Document
from aidledger.pledges import extract_document


def _money(text: str) -> list[tuple[str, int]]:
    recs, _ = extract_document(Document(id="t", text=text, published=dt.date(2025, 6, 12)))
    return sorted((r.donor, int(r.amount)) for r in recs if r.amount is not None)


def test_a_dated_opening_line_is_no_live_blog_entry():
    text = ("Finland launches defence package 30 to Ukraine\n\n"
            "11.06.2025 – The Government and the parliamentary parties today agreed a 30th defence package, "
            "totalling EUR 250 million.")
    assert _money(text) == [("FIN", 250_000_000)]


def test_the_recipient_that_opens_a_funds_name_is_no_subject_of_the_clause():
    text = ("Finland launches defence package 30 to Ukraine\n\n"
            "The Government today agreed with the parties to the Ukraine Fund settlement a 30th defence "
            "package, totalling EUR 250 million.")
    assert _money(text) == [("FIN", 250_000_000)]


def test_lines_of_a_gift_list_buy_for_the_gift_and_a_co_buyer_gives_none_of_the_sum():
    text = ("Finland launches package 30 for Ukraine.\n\nThe package consists of:\n\n"
            "1) EUR 100 million for anti-aircraft rounds procured jointly with Sweden.\n"
            "2) EUR 50 million for artillery ammunition bought from industry.")
    assert _money(text) == [("FIN", 50_000_000), ("FIN", 100_000_000)]
