"""Split a document into sentences and clauses, as half-open spans into the original text.

Sentences end at ``.``, ``!`` or ``?`` followed by a capital, a quote or a digit (not after a
known abbreviation or an initial), and at line breaks, so headlines, captions and bulleted
items stay separate. Clauses split a sentence at ``;``, dashes, and conjunctions that start a new
statement (", and", "while", "but", "whereas"). Dashes are not clause breaks: in news they mostly set
off an apposition ("from Germany Marders — all now part of the army").

>>> text = "The U.S. sent 4 HIMARS. Lt. Col. Smith said so.\\nUK: 600 Brimstone missiles"
>>> [text[s:e] for s, e in split_sentences(text)]
['The U.S. sent 4 HIMARS.', 'Lt. Col. Smith said so.', 'UK: 600 Brimstone missiles']
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "st", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx", "est", "fig", "ca", "u.s", "u.k",
    "d.c", "e.u", "a.m", "p.m", "jr", "sr", "appr", "incl", "pcs", "mln", "bln", "mld", "dept", "pres",
    "govt", "nos", "sec", "amb",  # speakers of transcripts: "SEC. AUSTIN:", "AMB. THOMAS-GREENFIELD:"
    "vz", "wz", "mod", "obr",  # a model's designation: "ShKH vz. 77", "AK wz. 1996", "M1 mod. 2"
}
# a "No." that opens its line, a speaker's turn or a sentence: an answer, unless a number follows ("No. 5")
_BARE_NO = re.compile(r"(?:^|\n|[:.!?\"”]\s|[:.!?]\s\s)[ \t]*No\.$")
_NUMBER_AFTER = re.compile(r"\s*(?:\d|[IVX]+\b)")
# A sentence end: a run of '.', '!' or '?' (with closing quotes and brackets) before white space and
# a capital, a digit or an opening quote, or a run of line breaks. Written to start with the one class
# of characters an end begins with, so that ``re`` skips to them at C speed. Run-together text
# ("as the agency reported.The minister said") ends a sentence at a lower-case word's stop right before
# a capitalised word, or before a post's handle and its colon.
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*"
                  r"(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý]|[\"“‘][A-Z]|(?<=[a-z][a-z][.!?])[A-Z][a-z]"
                  # a post's next entry opens with a flag: "... already shipped. 🇸🇪 Sweden: ..."
                  "|\\s+[\U0001F1E6-\U0001F1FF]"
                  # run-together posts: "... Canadian-made.@DefenceMinNZ: New Zealand will ..."
                  r"|(?<=[a-z][.!?])@\w+:)|(?<=\n)\n*)")
# A bullet sign inside a line (posts run their items together: "🔹 Norway: 2 NASAMS 🔹 Denmark: ..."); a sign
# before a lower-case word or at the line's end marks the item it follows ("25 LAV 6 ✅ already at the front")
_BULLET_SIGNS = "•▪●◦‣✅✔☑➡▶➖📌🔹🔸🔺🔻🟢🔴"
_INLINE_BULLET = re.compile("\\s+(?=[" + _BULLET_SIGNS + "]\\ufe0f?[ \\t]+(?![ \\ta-z]))")
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})")
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|although|(?:even\s+)?though|of\s+which)\s"
                     r"|\s(?:while|whereas|but)\s"
                     # a second predicate of the same subject: "... since 2022 and has set aside €7 billion"
                     r"|\s+and\s+(?=(?:has|have|had|will)\s+(?:also\s+|now\s+)?[a-z]{3,}\b)"
                     r"|,\s+as\s+(?=(?:the\s+)?[A-Z][\w-]*\s+(?:[\w-]+\s+)?[a-z]+(?:ed|s)\b)")


_SUBORDINATE_LEAD = re.compile(r"\W*(?:While|Whilst|Whereas|Although|Though|Unlike)\b[^,;.]{3,120}?(,)\s(?=[A-Z])")


class _Line:
    """The line of each stop of a text, the stops read left to right: where the line starts and how many
    brackets are open on it before the stop. Each is found by reading only the text since the stop before
    (read from the line's start at every stop, a long text without line breaks made the split's cost grow
    with the square of its length)."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0  # the last stop read
        self.start = 0  # the start of its line
        self.opened = 0  # brackets opened less brackets closed on its line before it

    def at(self, dot: int) -> int:
        """The start of the line of the stop at ``dot`` (not before the last stop read)."""
        text, since = self.text, self.pos
        newline = text.rfind("\n", since, dot)
        if newline >= 0:  # a new line: counted from its start
            self.start = since = newline + 1
            self.opened = 0
        self.opened += text.count("(", since, dot) - text.count(")", since, dot)
        self.pos = dot
        return self.start


def _is_abbreviation(text: str, dot: int, line: _Line) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation, an initial or a list number ("1. "),
    not a sentence. ``line``: the text's stops before ``dot`` read."""
    line_start = line.at(dot)
    if _LIST_NUMBER.fullmatch(text, line_start, dot):
        return True
    m = _LAST_WORD.search(text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word == "no" and _BARE_NO.search(text, max(0, dot - 6), dot + 1) and not _NUMBER_AFTER.match(text, dot + 1):
        return False  # "MINISTER: No. The remaining jets stay home.": an answer, not "No. 5 Squadron"
    if word in _ABBREVIATIONS:
        return True
    if _in_brackets(text, line.opened, dot):
        return True  # "(about 20 pcs. from Poland)": a bracket that closes later on the line holds no sentence end
    return len(word) == 1 and text[dot - 1].isupper()  # an initial: "J. Smith"


def _in_brackets(text: str, opened: int, dot: int) -> bool:
    """Is the stop at ``dot`` inside a bracket opened on its line (``opened``: brackets opened less brackets
    closed on the line before it) that closes within 80 characters?"""
    if opened <= 0:
        return False
    close = text.find(")", dot, dot + 80)
    return close >= 0 and "\n" not in text[dot:close] and bool(text[dot + 1:close].strip("\"'”’ "))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, trimmed of surrounding white space; empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    line = _Line(text)
    for m in _END.finditer(text):
        if text[m.start()] == "." and m.group(0).startswith(".") and _is_abbreviation(text, m.start(), line):
            continue
        end = m.end() if text[m.start()] != "\n" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    # a text without a bullet sign has none inside a line: the signs are looked for first (``in`` finds a
    # character at C speed, while ``_INLINE_BULLET`` is tried at every run of white space)
    if any(sign in text for sign in _BULLET_SIGNS) and _INLINE_BULLET.search(text):
        spans = [part for s, e in spans for part in _at_bullets(text, s, e)]
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _at_bullets(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """[s, e) cut before each bullet sign inside it ("🔹 Norway: 2 NASAMS 🔹 Denmark: 19 Caesar")."""
    cuts = [m.end() for m in _INLINE_BULLET.finditer(text, s, e) if m.end() > s]
    return [(a, b) for a, b in zip([s, *cuts], [*cuts, e], strict=True)]


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside the sentence ``text[start:end]``."""
    out = []
    s = start
    lead = _SUBORDINATE_LEAD.match(text, start, end)
    if lead is not None:
        # "While Britain has sent Challenger 2 tanks, France has so far ...": the fronted clause ends at its comma
        out.append((start, lead.start(1)))
        s = lead.start(1)
    for m in _CLAUSE.finditer(text, s, end):
        out.append((s, m.start()))
        s = m.start()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]
