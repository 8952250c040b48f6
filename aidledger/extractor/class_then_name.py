"""A counted class told before its name, the word order of translations: "3 more mine-clearing tanks Keiler",
"delivered 6 howitzers Bohdana". The name the catalog does not know, right after the class and closing its phrase,
names the item (README rule 8 records named systems), as a name before its class does ("Morooka tracked dumpers"),
and so does an acronym there ("10 armoured vehicles BOV")."""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.catalog import load_catalog
from aidledger.mentions.dates import MONTHS, WEEKDAYS

# a capitalised name (in quotes or not) right after the class, closing the phrase
# (a name of mixed case too, "THeMIS", not a word of a line in capitals)
# or an acronym of three to six capitals, "10 armoured vehicles BOV", in a sentence of lower case)
_NAME_AFTER = re.compile(r"\s+[\"“'‘]?([A-Z](?:[a-z]|[A-Z](?=[\w-]*[a-z]))[\w-]{2,}|[A-Z]{3,6}(?![\w-]))[\"”'’]?"
                         r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|for|from|and|in|on|at|last|this|next|were|was|will|have|has|"
                         r"had|are|is)\b)")


def named_after_class(m, s: int, e: int, items: list) -> None:
    """Name the counted generic items of sentence [s, e) told with a name right after their class ("transferred 3
    more mine-clearing tanks Keiler"): the item is that name."""
    for i in items:
        if i.kind != "generic" or i.quantity is None or "named-by-proper-name" in i.notes:
            continue
        x = _NAME_AFTER.match(m.text, i.head_end, e)
        if x is None:
            continue
        name = x.group(1)
        if m.inside(m.donors, x.start(1), x.end(1)) or m.inside(m.systems, x.start(1), x.end(1)) or \
                name.lower() in WEEKDAYS or name.lower() in MONTHS or \
                load_catalog().starts_a_name(name) and not name.isupper():
            # "sent 10 trucks Monday", "20 tanks Germany promised": a day or a donor, not a name; a maker's acronym
            # that begins a catalog name ("40 trucks MAN", of the "MAN HX") still names the item
            continue
        if name.isupper() and not _acronym_names(m, i, name, x.end(1)):
            continue
        i.name = name
        i.notes.append("named-after-class")


def _acronym_names(m, item, name: str, end: int) -> bool:
    """Does the acronym ``name`` right after the counted class of ``item`` name it ("10 armoured vehicles BOV")? Not
    an acronym of a class ("20 drones FPV"), a currency ("12 trucks EUR 3 million"), nor a word of a line in capitals
    (the class is told in lower case)."""
    return name.lower() not in _CLASS_ACRONYMS and load_catalog().get_generic(name) is None and \
        name not in _CURRENCIES and not _DIGIT_AFTER.match(m.text, end) and \
        any(c.islower() for c in m.text[item.head_start:item.head_end])


_CURRENCIES = frozenset({"EUR", "USD", "GBP", "CAD", "AUD", "NOK", "SEK", "DKK", "CHF", "PLN", "CZK", "JPY", "UAH"})
_DIGIT_AFTER = re.compile(r"\s*\d")


# "nine Pansarbandvagn carriers, the Swedish army's word for the Pbv 302,", "20 Pbv carriers, its name for the": a
# count and its class, then an apposition telling which system they are
_CLASS_NAMED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:name|designation|term)\s+for\s+(?:the\s+)?", re.I)


def named_by_apposition(m, s: int, items: list) -> list:
    """"Nine Pansarbandvagn carriers, the Swedish army's word for the Pbv 302, went to Kyiv": the counted class is
    the system the apposition names, which takes its count (the class gives no item of its own)."""
    out = list(items)
    for j in items:
        if j.kind != "system" or j.quantity is not None:
            continue
        n = next((n for n in m.inside(m.numbers, max(s, j.start - 90), j.start)
                  if _CLASS_NAMED_AFTER.fullmatch(m.text, n.end, j.start)), None)
        if n is None or n.value is None or n.value >= 1900:
            continue
        j.quantity = n.value
        j.notes.append("count-of-apposition")
        out = [i for i in out if not (i.kind == "generic" and n.start <= i.start < j.start)]
    return out


# a model designation (a capital, then a digit: "VCC-1", "M-11", "Leonidas-2", "KrAZ-6322") between the count and its
# class, with at most two words of the class's own before the class ("20 more VCC-1 armoured vehicles")
# or an acronym of three capitals or more that is no class of its own ("40 ASLAV light armoured vehicles", not "FPV"),
# or a make with its drive configuration ("five more Patria 6x6 vehicles", "12 Tatra 8x8 trucks")
_DESIGNATION_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*-?[A-Za-z]*\d[\w]*(?:-[\w]+)*|[A-Z]{3,7}|"
                                 r"[A-Z][A-Za-z-]+\s+\d{1,2}[x×]\d{1,2})"
                                 r"\s+(?:[a-z][\w-]*\s+){0,2}$")
_CLASS_ACRONYMS = frozenset({"ifv", "apc", "afv", "mbt", "spg", "mlrs", "uav", "uas", "fpv", "ugv", "usv", "uuv",
                             "mrap", "atgm", "manpads", "shorad", "gbad", "rpg", "nvg", "ew", "aa", "sam", "ammo"})


def named_by_designation(m, items: list) -> None:
    """Name the counted generic items told with a model designation or acronym the catalog does not know between
    their count and their class ("Italy will send 20 more VCC-1 armoured vehicles", "10 KrAZ-6322 trucks", "40 ASLAV
    light armoured vehicles"): the item is that system (README rule 8 records named systems), its class kept beside
    the name."""
    for i in items:
        if i.kind != "generic" or i.quantity is None or i.start >= i.head_start or \
                any(n in i.notes for n in ("named-by-proper-name", "named-after-class")):
            continue
        x = _DESIGNATION_BEFORE.search(m.text, i.start, i.head_start)
        if x is None or m.inside(m.donors, x.start(1), x.end(1)) or m.inside(m.systems, x.start(1), x.end(1)) or \
                x.group(1).lower() in _CLASS_ACRONYMS or load_catalog().get_generic(x.group(1)) is not None:
            continue
        i.name = f"{x.group(1)} {m.text[i.head_start:i.head_end].lower()}"
        i.notes.append("named-by-designation")


# an ordinal without its article, then the class and its words, right before the name: "considers to transfer second
# aircraft ASC 890", "sent third battery of air defence IRIS-T" (translations drop the article; "the second
# aircraft" refers back and "a second" is counted elsewhere)
_BARE_ORDINAL_CLASS = re.compile(
    r"(?<![\w-])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?:second|third|fourth|fifth|sixth)\s+"
    r"(?:aircraft|plane|airplane|battery|system|complex|launcher|ship|vessel|helicopter|radar)"
    r"(?:\s+of(?:\s+[a-z-]+){0,3})?\s+$", re.I)


def one_by_bare_ordinal(m, s: int, items: list) -> None:
    """An uncounted system told after an ordinal without article and its class ("Sweden considers to transfer
    second aircraft ASC 890"): one of it, as "a second ASC 890" is."""
    for i in items:
        if i.kind != "system" or i.quantity is not None:
            continue
        if _BARE_ORDINAL_CLASS.search(m.text[max(s, i.start - 60):i.start]):
            i.quantity = Decimal(1)
            i.notes.append("one-by-ordinal")


def names_of_counted(m, s: int, e: int, items: list) -> list:
    """The counted items of sentence [s, e) named by a name after their class, a designation before it or by an
    apposition; a system after a bare ordinal and its class counts one."""
    one_by_bare_ordinal(m, s, items)
    named_after_class(m, s, e, items)
    named_by_designation(m, items)
    return named_by_apposition(m, s, items)
