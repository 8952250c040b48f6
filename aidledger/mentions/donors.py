"""Donor mentions: countries, demonyms, capitals as metonyms, institutions and named officials.

Sources (all data, in ``aidledger/data``):
- ``donors.csv``: ``alias,code,kind`` — country names, demonyms, capitals, institutions (EU, NATO,
  Pentagon), and the recipient / hostile parties (Ukraine, Russia) so they are recognised *and*
  excluded as donors.
- ``officials.csv``: officials with their country (heads of state and government, defence and
  foreign ministers); surnames are matched too, and misspelt surnames fuzzily (rapidfuzz).
- pycountry: every ISO 3166 country's name, common name and official name.

>>> [(m.text, m.code, m.kind) for m in find_donors("Danish Defence Minister said Berlin agreed.")]
[('Danish', 'DNK', 'demonym'), ('Berlin', 'DEU', 'capital')]
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
import unicodedata
from itertools import compress
from typing import NamedTuple

from aidledger.mentions.makers import maker_spans
from aidledger.mentions.table_codes import table_codes
from aidledger.mentions.words import literal_trie, word_starts
from aidledger.resources import data_path

NON_DONOR_KINDS = frozenset({"recipient", "hostile"})


class DonorMention(NamedTuple):
    """A word or phrase naming a (possible) donor.

    Attributes:
        start, end: half-open span in the text; ``text`` is ``source[start:end]``.
        code: ISO 3166-1 alpha-3, ``EU`` or ``NATO`` (``UKR`` / ``RUS`` for non-donors).
        kind: ``name``, ``demonym``, ``capital``, ``institution``, ``official``, ``recipient``,
            ``hostile``.
    """

    start: int
    end: int
    text: str
    code: str
    kind: str


def fold(s: str) -> str:
    """``s`` without accents (the lexicon also matches names written without them)."""
    if s.isascii():
        return s  # (no accent to drop, no letter of ``_LETTERS``: the same string, without a walk over it)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).translate(_LETTERS)


# letters that are no accented letter to Unicode, and that writers without them spell so ("Store", "Wladyslaw")
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                          "ß": "ss", "ı": "i"})


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """alias → (code, kind) for exact matches; surname → code for officials."""
    import pycountry

    lex: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                lex.setdefault(name, (c.alpha_3, "name"))
    with open(data_path("donors.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["kind"] != "host":  # (read by ``_hosts``)
                lex[row["alias"]] = (row["code"], row["kind"])
    surnames: dict[str, str] = {}
    holder: dict[str, str] = {}  # surname -> the full name of the official it belongs to
    with open(data_path("officials.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            full = row["name"].strip()
            # a person with several offices has one row each; the first row's code stands here
            # and ``aidledger.mentions.offices`` picks the office held on the document's date
            lex.setdefault(full, (row["code"], "official"))
            lex.setdefault(fold(full), (row["code"], "official"))
            surname = full.split()[-1]
            for key in {surname, fold(surname)}:
                surnames.setdefault(key, row["code"])
                holder.setdefault(key, full)
                if holder[key] != full:
                    surnames[key] = ""  # a surname of two people: not used alone
    for s, code in surnames.items():
        if code and s not in lex:
            lex[s] = (code, "official")
    return lex, {k: v for k, v in surnames.items() if v}


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex, _ = _lexicon()
    # A space in a name matches any run of white space; no name holds other white space, so two
    # branches of a node never match the same character (the trie's preference is the alternation's).
    if any(ch.isspace() and ch != " " for n in lex for ch in n):
        raise ValueError("donors.csv / officials.csv: a name holds white space other than ' '")
    # Names are matched case-sensitively (capitalised), with an optional possessive.
    return re.compile(rf"(?<![\w-])(?:the\s+)?({literal_trie(lex)})(?:['’]s)?(?![\w-])")


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str] | None:
    """The words a match of ``_pattern()`` can start with: "the", and the first word of each name (up
    to its first non-word character; the whole name when it has none). A match starts at a word start
    and ends at a word end, so the word there is one of these. None when a name starts with a
    non-word character (then every place is tried)."""
    lex, _ = _lexicon()
    word = re.compile(r"\w*")
    firsts = {word.match(name).group() for name in lex}
    return None if "" in firsts else frozenset(firsts | {"the"})


def _matches(text: str, shadow: str | None = None, changed: list[tuple[int, int]] | None = None):
    """``_pattern().finditer(text)``: the pattern is tried only at the starts of the words it can start
    with (``_first_words``), left to right, from the end of the last match on.

    With ``shadow`` (``text`` with the spans ``changed`` rewritten, each word in them the same length
    and at the same place), the matches in ``shadow``: its words are those of ``text`` but for the
    ones in ``changed``, which are read from it (the text is not split again).
    """
    pattern, firsts = _pattern(), _first_words()
    if firsts is None:
        yield from pattern.finditer(text if shadow is None else shadow)
        return
    words, starts = word_starts(text)
    places = compress(starts, map(firsts.__contains__, words))
    if shadow is not None:
        inside, again = set(), []
        for a, b in changed or ():
            i = bisect.bisect_left(starts, a)
            while i < len(starts) and starts[i] < b:
                at = starts[i]
                inside.add(at)
                if shadow[at:at + len(words[i])] in firsts:
                    again.append(at)
                i += 1
        places = sorted([at for at in places if at not in inside] + again)
        text = shadow
    pos = 0
    for start in places:
        if start >= pos:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                pos = m.end()


@functools.lru_cache(maxsize=65536)
def _lookup(name: str) -> tuple[str, str] | None:
    lex, _ = _lexicon()
    key = re.sub(r"\s+", " ", name)
    return lex.get(key) or lex.get(fold(key))


# "(?<![\w-])([A-ZÀ-Ý][a-zà-ÿ]{4,}(?:-[A-Z][a-z]+)?)(?![\w-])" with the lookbehind after the capital
# (it checks the character before it): Python's ``re`` skips to the capitals at C speed.
_CAPITALISED = re.compile(r"([A-ZÀ-Ý](?<![\w-](?s:.))[a-zà-ÿ]{4,}(?:-[A-Z][a-z]+)?)(?![\w-])")


def find_donors(text: str, *, fuzzy: bool = True) -> list[DonorMention]:
    """All donor-like mentions in ``text``, sorted by start.

    Capitalised words that are not in the lexicon but are close to an official's surname
    (rapidfuzz ratio >= 85, e.g. a misspelt "Lecorne" for "Lecornu") are reported as that
    official's country when ``fuzzy`` is true.
    """
    out: list[DonorMention] = []
    taken: list[tuple[int, int]] = []
    for m in _matches(text):
        hit = _lookup(m.group(1))
        if hit is None or hit[1] == "combining":  # ("Franco" alone is no donor: only in "Franco-British")
            continue
        code, kind = hit
        out.append(DonorMention(m.start(1), m.end(1), m.group(1), code, kind))
        taken.append((m.start(), m.end()))
    if _CAPS_WORD.search(text):
        # transcripts write speakers in capitals ("SECRETARY AUSTIN:", "MR. KIRBY:"), headlines whole
        # sentences ("GERMANY TO SEND 14 TANKS"): the same text with those words title-cased (same
        # length, same offsets) finds the officials and countries among them
        changed = [w.span() for w in _CAPS_WORD.finditer(text)]
        shadow = _CAPS_WORD.sub(lambda w: w.group(0).title(), text)
        # the spans taken so far are in text order and do not overlap (and the shadow's matches come left
        # to right after one another): a match overlaps one of them when it overlaps the last that starts
        # before its end
        starts = [a for a, _ in taken]
        for m in _matches(text, shadow, changed):
            hit = _lookup(m.group(1))
            if hit is None or hit[1] not in _CAPS_KINDS:
                continue
            i = bisect.bisect_left(starts, m.end()) - 1
            if i >= 0 and taken[i][1] > m.start():
                continue
            out.append(DonorMention(m.start(1), m.end(1), text[m.start(1):m.end(1)], hit[0], hit[1]))
            taken.append((m.start(), m.end()))
    out = _without_namesakes(text, out)
    if any(d.text in _hosts() for d in out):
        out = _hosted(out)
    if "-" in text:
        out.extend(_compounds(text))
    out.sort(key=lambda d: d.start)
    out.extend(_introduced(text, out))
    out.extend(_flags(text))
    out.extend(_handles(text))
    out.extend(DonorMention(a, b, text[a:b], code, kind) for a, b, code, kind in table_codes(text, _lexicon_kind))
    if fuzzy:
        out.extend(_fuzzy_officials(text, taken))
    out.sort(key=lambda d: d.start)
    return out


@functools.lru_cache(maxsize=1)
def _hosts() -> dict[str, str]:
    """The capitals that name an institution seated there and the country they are the capital of
    (``donors.csv`` rows of kind ``host``: Brussels, the EU's seat, is Belgium's capital)."""
    with open(data_path("donors.csv"), encoding="utf-8") as f:
        return {row["alias"]: row["code"] for row in csv.DictReader(f) if row["kind"] == "host"}


_HOST_WINDOW = 400  # characters before a capital read for the country it stands for


def _hosted(found: list[DonorMention]) -> list[DonorMention]:
    """``found`` with a capital that names an institution ("Brussels": the EU) read as its country's
    government where the text speaks of that country: the nearest mention before it (within
    ``_HOST_WINDOW`` characters) of the institution or of the country is the country's ("Belgium's
    prime minister said the F-16s would come soon. Brussels has promised 30 of them"). With neither, or
    the institution nearer, the capital stays the institution."""
    out = []
    for i, d in enumerate(found):
        country = _hosts().get(d.text)
        if country is not None and d.kind == "capital":
            for x in reversed(found[:i]):
                if x.end < d.start - _HOST_WINDOW:
                    break
                if x.text not in _hosts() and x.code in (country, d.code):
                    if x.code == country:
                        d = d._replace(code=country)
                    break
        out.append(d)
    return out


# demonyms joined by hyphens ("Swedish-Norwegian", "Franco-British"): each part is a mention of its own
_COMPOUND = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\w-])")
_COMPOUND_KINDS = frozenset({"demonym", "combining", "recipient", "hostile"})


def _compounds(text: str) -> list[DonorMention]:
    """The parts of a word of demonyms joined by hyphens ("a Swedish-Norwegian package", "the
    Franco-British missiles"), each a demonym of its own (a part of kind ``combining`` in the lexicon,
    "Franco", "Anglo", is one only here). Every part must be a demonym (or the recipient's or a hostile
    party's, which keep their kind), one of them at least a donor's: "Austria-Hungary" and "US-made"
    are no such word."""
    found = []
    for m in _COMPOUND.finditer(text):
        parts, at = [], m.start()
        for word in m.group().split("-"):
            hit = _lookup(word)
            if hit is None or hit[1] not in _COMPOUND_KINDS:
                break
            parts.append(DonorMention(at, at + len(word), word, hit[0],
                                      "demonym" if hit[1] == "combining" else hit[1]))
            at += len(word) + 1
        else:
            if any(p.kind == "demonym" for p in parts) and _lookup(m.group()) is None:
                found.extend(parts)
    return found


# An official the lexicon does not know, introduced once with the country they speak for and named
# later by surname: "Finland's defence minister Aino Lehtola", "her Latvian counterpart Edgars Rinkis",
# "the Minister of Defence of Estonia Hanno Pevkur", "Kaja Riisalu, Estonia's deputy defence minister".
# The office words are ``data/offices.csv``, the one list of them (the donor stage reads the same
# words for a speaker: ``office_pattern``).


@functools.lru_cache(maxsize=1)
def _office_rows() -> tuple[tuple[str, str], ...]:
    """(stem, pattern) of each row of ``offices.csv``: the pattern (a regular expression that starts with
    lower-case letters) and those letters, which every match holds (``str.find`` looks for them)."""
    out = []
    with open(data_path("offices.csv"), encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), 2):
            pattern = row["pattern"].strip()
            stem = re.match(r"[a-z]+", pattern)
            if stem is None:
                raise ValueError(f"offices.csv line {line}: a pattern starts with lower-case letters: {pattern!r}")
            out.append((stem.group(), pattern))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def office_pattern() -> str:
    """The office words as one regular expression (a group without capture), each matched with its
    first letter in either case ("minister", "Minister"): "(?:[Mm]inister|[Ss]ecretary|...)"."""
    return "(?:" + "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for _, p in _office_rows()) + ")"


def _office_words(text: str) -> list[int]:
    """The sorted starts of the office words (``office_pattern``) in ``text`` (and of a few longer words
    holding one): ``str.find`` of their stems in the lower-cased text, at C speed."""
    low, found = text.lower(), []
    for stem, _ in _office_rows():
        at = low.find(stem)
        while at >= 0:
            found.append(at)
            at = low.find(stem, at + 1)
    return sorted(found)


_PERSON = (r"([A-Z][\w'’-]+(?:[ \t]+(?:(?:von|van|der|den|de|da|di|du|la|le)[ \t]+)*[A-Z][\w'’-]+){1,4})"
           r"(?![ \t]+[A-Z]\.)")  # not "Lloyd J. Austin" cut at the initial
# words of an office's name ("Minister for Defence Industry Pat Conroy"): no part of the person's name
_OFFICE_NAME_WORDS = frozenset("Defence Defense Foreign Affairs State National Security Industry Interior Finance "
                               "Economy Trade Development Veterans Armed Forces Procurement Pacific Indo-Pacific "
                               "Europe European Policy General Staff Cabinet Office Government".split())
# after a donor: "<donor>('s) [up to six words] <office> [of/for ...] [,] <Name>"
_OFFICE_AFTER_DONOR = re.compile(
    r"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+){0,6}?" + office_pattern() +
    r"(?:[ \t]+(?:of|for|to)(?:[ \t]+(?:the|and|[A-Z][\w-]*))*?)?,?[ \t]+" + _PERSON + r"(?![\w'’-])")
# before a donor: "<office> of <donor> <Name>" ("Minister of National Defence of Lithuania Laurynas Kasciunas")
_OFFICE_OF = re.compile(office_pattern() + r"[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?"
                        r"(?:[A-Z][\w-]*[ \t]+|and[ \t]+){0,4}?)?(?:of|for)[ \t]+(?:the[ \t]+)?$")
_PERSON_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,2}?,?[ \t]+" + _PERSON + r"(?![\w'’-])")  # "... government, Lena Roth"
_NAME_OFFICE = re.compile(r"(?<![\w'’-])" + _PERSON + r",[ \t]+(?:the[ \t]+)?$")
_OFFICE_WORDS_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+){0,4}?" + office_pattern() + r"\b")


def _introduced(text: str, found: list[DonorMention]) -> list[DonorMention]:
    """Mentions of the officials ``text`` introduces with their donor and the lexicon does not know: the
    name where it is introduced, and each later mention of its surname (with the donor's kind for
    Ukraine's and Russia's officials, so they stay no donor)."""
    if not found:
        return []
    offices = _office_words(text)  # each donor reads only the offices near it
    if not offices:
        return []
    lex, _ = _lexicon()
    people: dict[str, tuple[str, str]] = {}  # surname -> (code, kind), first introduction stands
    out: list[DonorMention] = []
    taken = [(d.start, d.end) for d in found]
    for d in found:
        if d.kind not in ("name", "demonym", "capital", "institution", "recipient", "hostile"):
            continue
        i = bisect.bisect_left(offices, d.start - 90)
        if i == len(offices) or offices[i] > d.end + 80:
            continue
        office_after = bisect.bisect_left(offices, d.end) < len(offices) and \
            offices[bisect.bisect_left(offices, d.end)] <= d.end + 80
        spans = []
        after = _OFFICE_AFTER_DONOR.match(text, d.end) if office_after else None
        if after is not None and "\n" not in text[d.end:after.start(1)]:
            spans.append(after.span(1))
        before = _OFFICE_OF.search(text, max(0, d.start - 90), d.start) if offices[i] < d.start else None
        if before is not None:
            person = _PERSON_AFTER.match(text, d.end)
            if person is not None:
                spans.append(person.span(1))
        if office_after and _OFFICE_WORDS_AFTER.match(text, d.end):
            named = _NAME_OFFICE.search(text, max(0, d.start - 60), d.start)
            if named is not None:
                spans.append(named.span(1))
        for a, b in spans:
            # the words after the last that is no part of a person's name: an office's ("Defence Industry Pat
            # Conroy"), a title, function word or acronym ("To The UN Barbara Woodward"), a known name
            parts = list(re.finditer(r"\S+", text[a:b]))
            cut = max((i for i, w in enumerate(p.group() for p in parts) if w in _OFFICE_NAME_WORDS
                       or w in _not_first_names() or (w.isupper() and len(w) > 1) or w in lex), default=-1)
            if len(parts) - cut - 1 < 2:
                continue
            a += parts[cut + 1].start()
            name = re.sub(r"\s+", " ", text[a:b])
            surname = name.split()[-1]
            if _lookup(name) or surname in lex or surname in _not_first_names() or \
                    any(x < b and a < y for x, y in taken):
                continue
            kind = d.kind if d.kind in NON_DONOR_KINDS else "official"
            people.setdefault(surname, (d.code, kind))
            out.append(DonorMention(a, b, text[a:b], *people[surname]))
            taken.append((a, b))
            for later in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text, re.I):
                x, y = later.span()
                if x >= b and text[x].isupper() and not any(p < y and x < q for p, q in taken):
                    out.append(DonorMention(x, y, text[x:y], *people[surname]))
                    taken.append((x, y))
    return out


# a capitalised word right before a name ("Mike Johnson"), on the same line
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-zà-ÿ]+)[ \t]+$")


def _without_namesakes(text: str, found: list[DonorMention]) -> list[DonorMention]:
    """``found`` without the officials named by their surname alone where the text gives that surname
    another first name ("Speaker Mike Johnson" is not Boris Johnson): that mention, and every mention
    of the same surname alone in the text, names someone else. A word before the surname is a first
    name when it is capitalised and no title, month, weekday or English function word ("Defence
    Secretary Wallace", "On Monday Biden")."""
    _, surnames = _lexicon()
    others = set()
    for d in found:
        if d.kind != "official" or d.text not in surnames:
            continue
        m = _WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
        if m is None or m.group(1) in _not_first_names():
            continue
        if m.group(1) not in _holders().get(d.text, ()):
            others.add(d.text)
    return [d for d in found if not (d.kind == "official" and d.text in others)]


@functools.lru_cache(maxsize=1)
def _holders() -> dict[str, tuple[str, ...]]:
    """surname → the words of the full name of the official it stands for (the first such name of the
    lexicon), built once rather than looked for in the whole lexicon at every mention."""
    out: dict[str, tuple[str, ...]] = {}
    for name, (_, kind) in _lexicon()[0].items():
        if kind == "official" and " " in name:
            out.setdefault(name.split()[-1], tuple(name.split()))
    return out


@functools.lru_cache(maxsize=1)
def _not_first_names() -> frozenset[str]:
    """Capitalised words before a surname that are no first name: titles (the list ``name_title`` of
    ``extract_words.csv``), months, weekdays and the English function words of ``stopwords.csv``."""
    import calendar

    words = set(calendar.month_name[1:]) | set(calendar.day_name)
    with open(data_path("extract_words.csv"), encoding="utf-8", newline="") as f:
        words |= {row["phrase"].strip() for row in csv.DictReader(f) if row["list"] == "name_title"}
    with open(data_path("stopwords.csv"), encoding="utf-8") as f:
        words |= {w.capitalize() for row in csv.DictReader(f) if row["code"] == "en" for w in row["words"].split()}
    return frozenset(words)


_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")
_REGIONAL_LETTERS = "".join(map(chr, range(0x1F1E6, 0x1F200)))


def _flags(text: str) -> list[DonorMention]:
    """Flag emoji of posts ("Thanks to 🇳🇱 for 14 tanks"): a pair of regional indicator letters is
    the country's ISO 3166-1 alpha-2 code (🇪🇺: the EU), with the kind its name has in the lexicon."""
    if not any(letter in text for letter in _REGIONAL_LETTERS) or not _FLAG.search(text):  # (``in``: C speed)
        return []
    found = []
    for m in _FLAG.finditer(text):
        alpha2 = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group(0))
        hit = _flag_donor(alpha2)
        if hit is not None:
            found.append(DonorMention(m.start(), m.end(), m.group(0), *hit))
    return found


@functools.lru_cache(maxsize=256)
def _lexicon_kind(alpha3: str) -> str | None:
    """The kind a country's name has in the lexicon (``recipient``, ``hostile`` or ``name``), None if unknown."""
    kinds = {kind for code, kind in _lexicon()[0].values() if code == alpha3}
    return next((k for k in ("recipient", "hostile", "name") if k in kinds), None)


@functools.lru_cache(maxsize=512)
def _flag_donor(alpha2: str) -> tuple[str, str] | None:
    import pycountry

    if alpha2 == "EU":
        return "EU", "institution"
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return None
    kinds = {kind for code, kind in _lexicon()[0].values() if code == country.alpha_3}
    kind = next((k for k in ("recipient", "hostile") if k in kinds), "name")
    return country.alpha_3, kind


_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{2,30})\b")
_HANDLE_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
_HANDLE_KINDS = frozenset({"name", "official", "recipient", "hostile"})


@functools.lru_cache(maxsize=1)
def _handle_offices() -> frozenset[str]:
    """Abbreviations of offices in the handles of governments ("@ministerDefNL", "@MFA_LT"): the list
    ``handle_office`` of ``extract_words.csv``, lower case."""
    with open(data_path("extract_words.csv"), encoding="utf-8", newline="") as f:
        return frozenset(row["phrase"].strip().lower() for row in csv.DictReader(f) if row["list"] == "handle_office")


def _office_part(part: str) -> bool:
    """Is ``part`` of a handle an office's abbreviation ("Def", "MFA"), or abbreviations run together
    ("defmin")?"""
    low = part.lower()
    return low in _handle_offices() or re.fullmatch(office_pattern(), part) is not None or \
        len(low) > 4 and any(low.startswith(o) and low[len(o):] in _handle_offices()
                             for o in _handle_offices() if len(o) >= 3)


def _handle_country(handle: str, parts: list[str]) -> str | None:
    """The two-letter country code of an office's handle: last in capitals ("ministerDefNL", "MFA_LT") or
    in lower case after an underscore ("defmin_ee"), or first in capitals before the office ("LTdefmin_office");
    None when the handle has no office or no such code."""
    if len(parts) < 2:
        return None
    last, first = parts[-1], parts[0]
    if len(last) == 2 and (last.isupper() or handle.endswith("_" + last)) and any(map(_office_part, parts[:-1])):
        return last
    if len(first) == 2 and first.isupper() and _office_part(parts[1]):
        return first
    lead = _LEAD_CODE.match(handle)  # "LTdefmin": the capitals run into the office's abbreviation
    return lead.group(1) if lead and _office_part(lead.group(2)) else None


_LEAD_CODE = re.compile(r"([A-Z]{2})([a-z]+)")


def _handles(text: str) -> list[DonorMention]:
    """Handles of posts ("Had a call with @PMCanada", "@RishiSunak"): the country or official its
    capitalised parts name, read as the lexicon reads them (two parts together first: "NewZealand")."""
    if "@" not in text:
        return []
    found = []
    for m in _HANDLE.finditer(text):
        parts = _HANDLE_PART.findall(m.group(1))
        names = [" ".join(parts[i:i + 2]) for i in range(len(parts) - 1)] + parts
        for name in names:
            hit = _lookup(name) if name[:1].isupper() else None
            if hit is not None and hit[1] in _HANDLE_KINDS:
                found.append(DonorMention(m.start(), m.end(), name, *hit))
                break
        else:
            # "@ministerDefNL", "@MFA_LT", "@defmin_ee", "@LTdefmin": an office's handle ending (or opening) in its
            # country's two-letter code
            country = _handle_country(m.group(1), parts)
            code = _flag_donor("GB" if country.upper() == "UK" else country.upper()) if country else None
            if code is not None:
                found.append(DonorMention(m.start(), m.end(), country, *code))
    return found


# in capitals, officials (speakers of transcripts) and country names are read; a capital city in
# capitals is a dateline ("PARIS, Jan 30 -"), not a donor
_CAPS_KINDS = frozenset({"official", "name", "demonym", "institution", "recipient", "hostile"})
# "\b[A-Z][A-Z'’-]{3,}\b" with the word boundary after the capital (a lookbehind at the character before
# it): Python's ``re`` skips to the capitals at C speed
_CAPS_WORD = re.compile(r"[A-Z](?<!\w(?s:.))[A-Z'’-]{3,}\b")


_FUZZY_CUTOFF = 85  # rapidfuzz ratio from which a capitalised word is read as a misspelt surname


@functools.lru_cache(maxsize=1)
def _surname_keys() -> tuple[list[str], dict[str, str]]:
    _, surnames = _lexicon()
    return list(surnames), surnames


@functools.lru_cache(maxsize=65536)
def _fuzzy_surname(word: str) -> str | None:
    """The official's country for a capitalised word close to a surname, or None (one rapidfuzz
    search per distinct word: news repeat their names, so most words are answered from the cache)."""
    from rapidfuzz import fuzz, process

    keys, surnames = _surname_keys()
    folded = fold(word)
    best = process.extractOne(folded, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if best is None:
        return None
    # Require the same first letter and a close length: misspellings, not other words.
    if best[0][0] != folded[0] or abs(len(best[0]) - len(folded)) > 2:
        return None
    return surnames[best[0]]


_FUZZY_KNOWN: dict[str, str | None] = {}  # capitalised word -> its official's country (None: no surname)


def _fuzzy_words(words: list[str]) -> dict[str, str | None]:
    """``_fuzzy_surname`` of each word (remembered across documents). The words not seen before are
    first compared with every surname in one ``rapidfuzz.process.cdist`` call (C speed, one per
    document); only a word with a score near the cutoff is searched again by ``_fuzzy_surname``
    (most words are near no surname: about 1 in 100 is)."""
    known, out, new = _FUZZY_KNOWN, {}, []
    for w in dict.fromkeys(words):
        code = out[w] = known.get(w, "?")
        if code == "?":
            new.append(w)
    if new:
        from rapidfuzz import fuzz, process

        keys, _ = _surname_keys()
        # a point below the cutoff: a score is never missed for a rounding of cdist's floats
        best = process.cdist([fold(w) for w in new], keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF - 1,
                             workers=1).max(axis=1)
        if len(known) > 65536:
            known.clear()
        for w, score in zip(new, best.tolist(), strict=True):
            out[w] = known[w] = _fuzzy_surname(w) if score >= _FUZZY_CUTOFF - 1 else None
    return out


_NAME_GOES_ON = re.compile(r" (?:[A-Z][a-z]|[A-Z]\.)")


def _fuzzy_officials(text: str, taken: list[tuple[int, int]]) -> list[DonorMention]:
    # ``taken`` holds the spans of exact matches, in text order and not overlapping.
    starts = [s for s, _ in taken]
    makers = maker_spans(text)  # "Lockheed Martin": a maker's name, no misspelt "Marin"
    free = []
    for m in _CAPITALISED.finditer(text):
        at = m.start()
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < taken[i][1]:
            continue
        if any(a <= at < b for a, b in makers):
            continue
        free.append(m)
    if not free:
        return []
    words = [m.group(1) for m in free]
    codes = _fuzzy_words(words)
    countries = _fuzzy_countries(words)
    found = []
    for m, word in zip(free, words, strict=True):
        hit = countries[word]
        if hit is not None:
            found.append(DonorMention(m.start(1), m.end(1), word, hit, "name"))
        elif codes[word] is not None and not _NAME_GOES_ON.match(text, m.end(1)):
            # (a word with a capitalised name after it is a first name: "Martin Keswick" misspells no "Marin")
            found.append(DonorMention(m.start(1), m.end(1), word, codes[word], "official"))
    return found


@functools.lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    """One-word country names of 7 letters or more (``Netherlands``, ``Slovakia``), folded → code."""
    lex, _ = _lexicon()
    return {fold(k): code for k, (code, kind) in lex.items()
            if kind == "name" and " " not in k and len(k) >= 7 and k.isalpha()}


_COUNTRY_KNOWN: dict[str, str | None] = {}  # capitalised word -> the country it misspells (None: none)


def _fuzzy_countries(words: list[str]) -> dict[str, str | None]:
    """``_fuzzy_country`` of each word (remembered across documents). The words of seven letters or
    more not seen before are first compared with every country name in one ``rapidfuzz.process.cdist``
    call (C speed, one per document); only a word one edit or less from some name is searched again
    by ``_fuzzy_country`` (most are far from all of them)."""
    known, out, new = _COUNTRY_KNOWN, {}, []
    for w in dict.fromkeys(words):
        code = out[w] = known.get(w, "?") if len(w) >= 7 else None
        if code == "?":
            new.append(w)
    keys = list(_country_keys())
    if new and keys:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # a distance above the cutoff comes back as cutoff + 1
        nearest = process.cdist([fold(w) for w in new], keys, scorer=OSA.distance, score_cutoff=1,
                                workers=1).min(axis=1)
        if len(known) > 65536:
            known.clear()
        for w, distance in zip(new, nearest.tolist(), strict=True):
            out[w] = known[w] = _fuzzy_country(w) if distance <= 1 else None
    elif new:
        out.update(dict.fromkeys(new))
    return out


@functools.lru_cache(maxsize=65536)
def _fuzzy_country(word: str) -> str | None:
    """The country of a capitalised word one typing slip away from exactly one country name
    ("Netherland", "Slovakai", "Phillipines"): one letter added, dropped, changed, or two letters
    swapped, with the first two letters right; None otherwise."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if len(word) < 7:
        return None
    keys = _country_keys()
    folded = fold(word)
    close = process.extract(folded, list(keys), scorer=OSA.distance, score_cutoff=1, limit=3)
    codes = {keys[k] for k, _, _ in close if k[:2] == folded[:2]}
    return codes.pop() if len(codes) == 1 else None
