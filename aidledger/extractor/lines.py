"""The lines around a sentence that tell its donor: a list line that opens with a donor and a colon
("UK: 600 Brimstone missiles"), the line that introduces a list ("Germany and the Netherlands will
send:"), a live blog's time-stamped entry ("16:30 - ..."), and a paragraph break since the last donor
named. ``donor.donors_for`` reads them; the pipeline asks ``bullet_donor`` first.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.partners import coordinated, unique_codes

# the colon or dash after a line's donor ("UK: 600 Brimstone missiles", "Greece – 20 M113 carriers", "NORWAY — Mon:")
_COLON = re.compile(r"\s*:|\s+[–—-]\s")
# the signs before a line's donor: a bullet, a dash, a thread's post number ("3/", "3/8"), a flag
# ("🇨🇦 Canada: 20 Senator vehicles", "4/ 🇳🇴 Norway: 2 NASAMS")
_BULLET_LEAD = re.compile("[\\s\\-•*–—]*(?:\\d{1,2}/(?:\\d{1,2})?\\s+)?(?:[\U0001F1E6-\U0001F1FF]{2}\\s*)?(?:the\\s+)?",
                          re.I)


def bullet_donor(text: str, s: int, e: int, donors) -> str | None:
    """'UK: 600 Brimstone missiles' — a list line that starts with a donor and a colon."""
    for d in donors:
        if d.start - s <= 8 and _COLON.match(text[d.end:e]) and _BULLET_LEAD.fullmatch(text[s:d.start]):
            return d.code
    return None


def donor_led(m: Mentions, start: int) -> bool:
    """Does the line that begins at ``start`` open with a donor and a colon or dash ("Greece – 20 M113 carriers")?"""
    end = m.text.find("\n", start)
    end = len(m.text) if end < 0 else end
    return bullet_donor(m.text, start, end, [d for d in m.inside(m.donors, start, min(end, start + 40))
                                              if d.kind not in m.non_donor_kinds and d.code]) is not None


# the mark that opens an entry of a list: a bullet, a dash, a number or a letter ("•", "–", "2)", "(b)")
ENTRY_MARK = r"(?:[•·▪●◦‣*\-–—+]|\(?\d{1,2}[.)]|\(?[a-z][.)])"
_LIST_LINE = re.compile(rf"[ \t]*{ENTRY_MARK}[ \t]+")


def is_entry(text: str, position: int) -> bool:
    """Is ``position`` on a bulleted, dashed or numbered line (an entry of a list)?"""
    return _LIST_LINE.match(text, text.rfind("\n", 0, position) + 1) is not None


def introducing_donors(m: Mentions, sentence) -> list[str] | None:
    """The donors of the line that introduces the list ``sentence`` is an entry of (a line ending with
    ":" above a run of bulleted or numbered lines), when the entry is one and that line names donors
    (the last named, with those coordinated with it: "Germany and the Netherlands will send:"); [] when
    the introduction names none; None when ``sentence`` is no entry of an introduced list."""
    text = m.text
    start = text.rfind("\n", 0, sentence[0]) + 1
    if not _LIST_LINE.match(text, start):
        return None
    intro = _introduction(m, start)
    if intro is None:
        return None
    found = [d for d in m.inside(m.donors, *intro) if d.kind not in m.non_donor_kinds and d.code]
    return unique_codes(d.code for d in coordinated(text, found))


def _introduction(m: Mentions, start: int) -> tuple[int, int] | None:
    """The span of the line ending with ":" above the run of list lines that the list line at ``start``
    belongs to; None when a blank line or another line comes first. The entries of one list share it:
    it is found once per list (``m.memo``), not by walking up from every entry."""
    text = m.text
    walked = []
    found: tuple[int, int] | None = None
    while start > 0:
        key = ("list-introduction", start)
        if key in m.memo:
            found = m.memo[key]  # type: ignore[assignment]
            break
        walked.append(key)
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        if not line.strip():
            break  # a blank line: the list has no introduction
        if not _LIST_LINE.match(line):
            found = (above, start - 1) if line.rstrip().endswith(":") else None
            break
        start = above
    for key in walked:
        m.memo[key] = found
    return found


# (not a date: "12.03.2025 – Today the Government ...")
_TIME_STAMP = re.compile(r"[ \t*•\-–—]*(?:\d{1,2}[:.]\d{2}\b(?![.:/]\d))")


def new_entry(m: Mentions, sentence) -> bool:
    """Is ``sentence`` in a time-stamped entry of a live blog ("16:30 - ...", "09:10 Berlin ..."), a line
    that opens with a time and names no donor before the sentence, while the donor last named stands
    before the entry?"""
    text = m.text
    line = text.rfind("\n", 0, sentence[0]) + 1
    if not _TIME_STAMP.match(text, line, sentence[1]) or \
            any(d.code for d in m.inside(m.donors, line, sentence[0])):
        return False
    return new_paragraph(m, sentence[0]) if "\n\n" in text[max(0, line - 2):line] else True


def new_paragraph(m: Mentions, start: int) -> bool:
    """Does a paragraph break (a blank line) stand between the last donor mention before ``start`` and
    ``start``?"""
    before = m.inside(m.donors, max(0, start - 3000), start)
    return "\n\n" in m.text[before[-1].end if before else max(0, start - 3000):start]
