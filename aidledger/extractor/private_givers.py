"""Private givers: charities, foundations, crowdfunding and companies giving on their own account (README rule
10: government aid only), named by ``data/private_givers.csv``. ``exclusions.context_reason`` asks here first.
"""

from __future__ import annotations

import csv
import functools
import re

from aidledger.extractor.index import Mentions
from aidledger.resources import data_path


@functools.cache
def _private_patterns() -> list[re.Pattern[str]]:
    """The patterns of ``data/private_givers.csv``, each compiled with its row's case rule."""
    with open(data_path("private_givers.csv"), encoding="utf-8", newline="") as f:
        return [re.compile(row["pattern"], 0 if row["case"] == "sensitive" else re.I) for row in csv.DictReader(f)]
# a private body named as a source of figures, not as a giver ("according to the Heritage Foundation")
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|report(?:ed)?\s+by|analysts?\s+(?:at|of|from)|researchers?\s+"
                            r"(?:at|of|from)|data\s+(?:from|of)|stud(?:y|ies)\s+by|estimates?\s+(?:by|of|from)|cited\s+by|"
                            r"told|quoted\s+by)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
# ... or as the speaker of a report ("Germany delivered two IRIS-T systems, the city administration said")
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|reported|reports|told|stated|confirmed|announced)\b", re.I)
_GOVERNMENT_KINDS = ("name", "capital", "institution", "official")
_CHANNEL_BEFORE = re.compile(r"\b(?:to|via|through|into|for|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)


def private_giver(m: Mentions, item, clause) -> str | None:
    """The words naming a private giver of ``item`` ("A Dutch charity bought 40 pickup trucks", "a crowdfunding
    drive paid for a drone", "the company donated 8 jammers"), or None. Gifts by companies, private foundations
    and crowdfunding are no government aid (README rule 10). The giver is named in the item's clause, or
    elsewhere in its sentence when the clause names no government ("A charity raised $3 million, which will
    buy 12 drones"). A body cited as a source of figures ("according to the ... Foundation") is no giver, nor
    one a government gives through ("Norway will give 10 million euros to the Sunflower Foundation")."""
    text = m.text
    k = m.sentence_index(item.start)
    s, e = m.sentences[k] if k >= 0 else clause
    own = [d for d in m.inside(m.donors, *clause) if d.kind in _GOVERNMENT_KINDS and d.code]
    for start, words in _private_words(m, s, e):
        if own and _CHANNEL_BEFORE.search(text, max(s, start - 40), start):
            continue  # "Norway will give 10 million euros to the charity ...": a government gives through it
        if clause[0] <= start < clause[1] or not own:
            return words
    return None


def _private_words(m: Mentions, s: int, e: int) -> tuple[tuple[int, str], ...]:
    """The private givers' words of sentence [s, e) that are not a source of figures or a speaker, in the order of the
    vocabulary's rows (read once per sentence, not once per item: kept in ``m.memo``)."""
    key = ("private_words", s, e)
    found = m.memo.get(key)
    if found is None:
        text = m.text
        found = m.memo[key] = tuple(
            (x.start(), x.group(0)) for pattern in _private_patterns() for x in pattern.finditer(text, s, e)
            if not _SOURCE_BEFORE.search(text, max(s, x.start() - 60), x.start())
            and not _SPEAKER_AFTER.match(text, x.end()))
    return found
