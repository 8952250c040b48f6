"""The government that issues a document, read from its own words when its metadata does not tell it.

An official overview or press release says who speaks in its first lines: "Denmark's support to Ukraine –
overview" and then "The Ministry of Defence publishes this list ...", or "The Government of Sweden today
presented ...". The entries of its lists that name no donor are that government's, not those of a country
named in passing before them ("Equipment paid for by Norway is listed elsewhere."; ``donor.donors_for``).

``text_issuer`` finds it: an opening sentence (of the first two after the title) whose subject is a
government body ("The Federal Government", "the Ministry of Defence", "Finland's defence ministry"); the
issuer is the donor named in that body's phrase, else the one donor the title names. News that only reports
a ministry ("Norway's ministry said ...") is read the same way: its entries are that ministry's.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# a government body as the subject of an opening sentence
_BODY = re.compile(r"\b(?:(?:federal|national)\s+)?(?:government|cabinet|ministry|"
                   r"minist(?:ry|er)\s+(?:of|for)\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+minist(?:ry|er))\b", re.I)
_SUBJECT_START = re.compile(r"\W*(?:(?:today|on\s+\w+(?:\s+\d{1,2})?|this\s+week|yesterday)\s*,?\s+)?(?:the\s+)?",
                            re.I)
_TITLE_MAX = 160
_DONOR_KINDS = ("name", "demonym", "capital", "institution")


def text_issuer(m: Mentions) -> str | None:
    """The donor whose government body opens the document ("The Government of Sweden today presented ...";
    "The Ministry of Defence publishes ..." under the title "Denmark's support to Ukraine"), or None."""
    text = m.text
    if not m.sentences:
        return None
    first = 0
    s, e = m.sentences[0]
    title = None
    if "\n" in text[e:e + 3] and len(text[s:e].strip()) < _TITLE_MAX and not text[s:e].rstrip().endswith("."):
        title, first = (s, e), 1
    for s, e in m.sentences[first:first + 2]:
        body = _BODY.search(text, s, min(e, s + 80))
        if body is None or not _SUBJECT_START.fullmatch(text, s, body.start()) and \
                not _named_body(m, s, body.start()):
            continue
        # the donor of the body's own phrase: "The Government of Sweden", "the Danish Ministry of Defence"
        phrase_end = min(e, body.end() + 20)
        named = _codes(m, s, phrase_end)
        if len(named) == 1:
            return named[0]
        if title is not None and len(titled := _codes(m, *title)) == 1:
            return titled[0]
        return None
    return None


def _named_body(m: Mentions, s: int, body: int) -> bool:
    """Does the opening sentence start with a donor that owns the body ("Finland's defence ministry",
    "Sweden's Government")?"""
    found = [d for d in m.inside(m.donors, s, body) if d.kind in _DONOR_KINDS]
    return len(found) == 1 and _SUBJECT_START.fullmatch(m.text, s, found[0].start) is not None


def _codes(m: Mentions, s: int, e: int) -> list[str]:
    """The distinct donors named in [s, e) (not Ukraine, not hostile)."""
    return list(dict.fromkeys(d.code for d in m.inside(m.donors, s, e)
                              if d.kind in _DONOR_KINDS and d.code and d.kind not in m.non_donor_kinds))
