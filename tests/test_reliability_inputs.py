"""Inputs at their extremes (issue 14; docs/reliability.md): very long documents, publication dates
at the ends of the calendar, document ids of any text.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidledger.batch import SEGMENT_CHARS, extract_safely
from aidledger.model import Document
from aidledger.pledges import extract_document

ARTICLE = (
    "PARIS, Jan 30 - France will send 12 more Caesar howitzers to Ukraine, the defence minister said on "
    "Tuesday.\n\nDenmark has delivered 19 Caesar howitzers, and Germany will give €200 million to Ukraine "
    "for air defence.\n\nNorway said it was considering sending 8 Leopard 2 tanks.\n\n"
    + "Officials met in Brussels to discuss the war and the winter ahead. " * 12 + "\n\n"
)


def facts(records) -> list[tuple]:
    return sorted((p.donor, p.system, p.status, p.quantity_value, p.amount) for p in records)


def test_a_long_document_is_deduplicated_per_document_not_per_segment():
    """One article repeated past ``SEGMENT_CHARS`` gave its records once per 100,000-character
    segment; the whole document now gives them once, with spans into the whole text."""
    once, _ = extract_document(Document("a", ARTICLE, published=dt.date(2023, 1, 31)))
    assert len(once) >= 3
    text = ARTICLE * (3 * SEGMENT_CHARS // len(ARTICLE) + 1)
    records, problems = extract_safely(Document("a", text, published=dt.date(2023, 1, 31)))
    assert "AL109" in {p.code for p in problems}  # it was cut
    assert facts(records) == facts(once)
    for p in records:
        assert text[p.source.start:p.source.end] == p.source.quote


# ---- publication dates at the ends of the calendar -----------------------------------------------

RELATIVE = ("On Tuesday France said it would send 12 Caesar howitzers to Ukraine next month. Yesterday, "
            "Germany pledged 4 Leopard tanks. Last week, Spain delivered 6 Leopard tanks on 3 January.")


@pytest.mark.parametrize("published", [dt.date.min, dt.date(1, 1, 2), dt.date.max, dt.date(2024, 2, 29)])
def test_relative_dates_at_the_ends_of_the_calendar(published):
    """``published=0001-01-01`` and "yesterday" crashed the whole document (AL205, no record)."""
    records, problems = extract_document(Document("d", RELATIVE, published=published))
    assert "AL205" not in {p.code for p in problems}
    assert {p.donor for p in records} == {"FRA", "DEU", "ESP"}
    assert all(p.date is None or p.date <= published for p in records)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(published=st.one_of(st.dates(), st.dates(max_value=dt.date(1, 2, 1)), st.dates(min_value=dt.date(9999, 12, 1))))
def test_any_publication_date_gives_records_and_valid_dates(published):
    records, problems = extract_document(Document("d", RELATIVE, published=published))
    assert "AL205" not in {p.code for p in problems}
    assert len(records) == 3
    for p in records:
        json.dumps(p.to_dict(), allow_nan=False)
        assert p.date is None or dt.date.min <= p.date <= published


# ---- document ids of any text ----------------------------------------------------------------------

IDS = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),  # no lone surrogates
    st.sampled_from(["'; DROP TABLE pledges; --", "a\nb", "tab\there", "\x00nul", "é" * 2000, "🇺🇦", " ", "-"]),
)


@pytest.fixture(scope="module")
def memory_ledger():
    from aidledger.store import Ledger

    with Ledger.open(None) as led:
        yield led


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(doc_id=IDS)
def test_any_id_round_trips_through_extract_json_and_the_store(doc_id, memory_ledger, tmp_path_factory):
    text = "France will send 12 Caesar howitzers to Ukraine."
    records, _ = extract_document(Document(doc_id, text))
    (line,) = [json.dumps(p.to_dict(), ensure_ascii=False) for p in records]
    assert json.loads(line)["doc_id"] == doc_id
    path = tmp_path_factory.mktemp("ids") / "docs.jsonl"
    path.write_text(json.dumps({"id": doc_id, "text": text, "published": "2023-01-30"}) + "\n", encoding="utf-8")
    memory_ledger.ingest([path])
    stored = memory_ledger.sql("SELECT doc_id FROM pledges WHERE doc_id = $id", {"id": doc_id})
    assert stored["doc_id"].to_list() == [doc_id]
