"""Is a document written in English? If not, which language does it look like?

The extractor reads English. A text in another language gives no records, and without a word that
would look like a document about nothing. :func:`not_english` turns it into a problem (``AL150``)
that names the language, so a researcher sees why.

The detector counts function words: the commonest short words of each language (articles,
prepositions, conjunctions, auxiliaries), listed in ``data/stopwords.csv``. A word listed for two
languages counts for neither, and no word of the English list counts for another language. Over the
first ``SAMPLE`` words of the text, a language other than English is named when at least
``MIN_HITS`` of its function words occur and they outnumber the English ones ``RATIO`` times (an
English report that quotes a German sentence, or names French places, stays English; a text that
is half English and half German is not flagged, and is extracted as always). A text whose letters
are mostly of another script (Cyrillic, Arabic, Greek ...) and that has few English function words
is named by its script when no listed language matches. Short texts (fewer than ``MIN_WORDS``
words) and lists of items (few function words of any language) are never flagged.

Deterministic, no model, and cheap: one dictionary look-up per word of the sample, on the word list
the recognisers share (``words.word_starts``).

>>> detect_language("Die Bundesregierung hat der Ukraine weitere Panzer zugesagt, die noch in "
...                 "diesem Jahr geliefert werden sollen. Das ist nicht das erste Paket.").name
'German'
>>> detect_language("Germany will send 14 Leopard tanks, Chancellor Scholz said on Wednesday.") is None
True
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from collections import Counter
from typing import NamedTuple

from aidledger.mentions.words import word_starts
from aidledger.model import Document, Problem
from aidledger.resources import data_path

__all__ = ["Language", "detect_language", "not_english"]

SAMPLE = 2000  # words read from the start of the text
MIN_WORDS = 12  # fewer words than this: no decision
MIN_HITS = 4  # function words of the other language needed
RATIO = 2.0  # ... and how many times more than the English ones
SCRIPT_SHARE = 0.5  # letters of another script needed to name a text by its script


class Language(NamedTuple):
    """A language the text looks like. Attributes: code (ISO 639-1, or ``und`` when only the script
    is known), name, hits (its function words in the sample), english (English function words in
    the sample), words (words in the sample)."""

    code: str
    name: str
    hits: int
    english: int
    words: int


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """word -> language code (words of one language only), and code -> language name."""
    owners: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    with open(data_path("stopwords.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["code"]] = row["language"]
            for word in row["words"].split():
                owners.setdefault(word.lower(), set()).add(row["code"])
    lookup = {}
    for word, codes in owners.items():
        if "en" in codes:
            lookup[word] = "en"
        elif len(codes) == 1:
            lookup[word] = next(iter(codes))
    return lookup, names


def _script(ch: str) -> str:
    """The script of a letter, as the first word of its Unicode name (LATIN, CYRILLIC, ARABIC ...)."""
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def detect_language(text: str) -> Language | None:
    """The language ``text`` looks like when it is not English; None for English (or when the text is
    too short, or gives too little evidence, to say)."""
    words = word_starts(text)[0][:SAMPLE]
    if len(words) < MIN_WORDS:
        return None
    lookup, names = _lexicon()
    folded = " ".join(words).lower().split(" ")
    counts = Counter(map(lookup.get, folded))
    english = counts.pop("en", 0)
    counts.pop(None, None)
    if counts:
        code, hits = max(sorted(counts.items()), key=lambda kv: kv[1])
        if hits >= MIN_HITS and hits > RATIO * english:
            return Language(code, names[code], hits, english, len(words))
    if english >= max(2, len(words) // 40):
        return None
    letters = Counter(ch for w in words for ch in w if ch.isalpha())
    scripts: Counter[str] = Counter()
    for ch, n in letters.items():
        scripts[_script(ch)] += n
    total = sum(scripts.values())
    if not total:
        return None
    script, n = max(sorted(scripts.items()), key=lambda kv: kv[1])
    if script != "LATIN" and n >= SCRIPT_SHARE * total:
        return Language("und", f"a language in {script.title()} script", 0, english, len(words))
    return None


def not_english(doc: Document) -> list[Problem]:
    """``[AL150 problem]`` when ``doc`` is not in English, else ``[]``."""
    lang = detect_language(doc.text)
    if lang is None:
        return []
    evidence = (f"{lang.hits} of its common words against {lang.english} English ones in {lang.words} words"
                if lang.code != "und" else f"{lang.english} English common words in {lang.words} words")
    return [Problem("AL150", f"text is not English: looks like {lang.name} ({evidence}); extracted as English, "
                             "records may be missing", doc_id=doc.id)]
