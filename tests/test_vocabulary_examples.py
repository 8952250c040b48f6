"""Every row of the cue vocabularies carries an example sentence (column ``example``, written for
this purpose, not taken from any evaluation text) that the recogniser finds through that row."""

from __future__ import annotations

import csv
import re

import pytest

from aidledger.resources import data_path


def _rows(name: str) -> list[tuple[int, dict[str, str]]]:
    with open(data_path(name), encoding="utf-8") as f:
        return list(enumerate(csv.DictReader(f)))


def _id(item: tuple[int, dict[str, str]]) -> str:
    i, row = item
    return f"row{i + 2}:{row.get('label') or row.get('base')}"  # the line of the file (after the header)


@pytest.mark.parametrize("item", _rows("status_cues.csv"), ids=_id)
def test_status_cue_row_has_an_example_it_finds(item):
    from aidledger.mentions.cues import _status_scanner

    i, row = item
    example = (row.get("example") or "").strip()
    assert example, f"status_cues.csv row {i + 2} ({row['pattern'][:40]}...) needs an example sentence"
    scanner, labels = _status_scanner()
    rows_found = [k for k, _ in scanner.first(example)]
    assert i in rows_found, (f"status_cues.csv row {i + 2}: {example!r} is found by rows "
                             f"{[k + 2 for k in rows_found]}, not by this row")


@pytest.mark.parametrize("item", _rows("context_cues.csv"), ids=_id)
def test_context_cue_row_has_an_example_it_finds(item):
    from aidledger.mentions.cues import _context_scanner

    i, row = item
    example = (row.get("example") or "").strip()
    assert example, f"context_cues.csv row {i + 2} ({row['note']}) needs an example sentence"
    scanner, _ = _context_scanner()
    assert scanner.finditer(example)[i], f"context_cues.csv row {i + 2}: {example!r} is not found by this row"


@pytest.mark.parametrize("item", _rows("give_verbs.csv"), ids=_id)
def test_give_verb_row_has_an_example_found_as_a_cue(item):
    from aidledger.mentions.cues import find_status_cues

    i, row = item
    example = (row.get("example") or "").strip()
    assert example, f"give_verbs.csv row {i + 2} ({row['base']}) needs an example sentence"
    forms = {f for col in ("base", "past", "present", "ing") for f in row[col].split("|")}
    form = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b", re.I)
    cues = [c for c in find_status_cues(example) if c.label != "ignore"]
    assert any(form.search(c.text) for c in cues), \
        f"give_verbs.csv row {i + 2}: no status cue of {example!r} holds a form of {row['base']!r}: {cues}"
